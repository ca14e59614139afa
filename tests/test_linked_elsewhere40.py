"""Release 40 (namesarch): TQA399, a name the article's own links spell, translated word by word away from its link
(`transqa.checks.transliteration.linked_elsewhere`)."""

from __future__ import annotations

from tests.helpers import needs_lexicon


def _codes(zh: str) -> list[tuple[str, str | None]]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return [(f.code, f.target.text if f.target else None)
            for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings if f.category == "name"]


@needs_lexicon
def test_a_linked_name_rendered_beside_another_anchor_is_reported() -> None:
    # archive crunchgear-meet-up-the-aftermath: the firm's words before a link whose anchor is its staff
    zh = ("# 聚会之后\n\n特别感谢我们的赞助商、爆破媒体[可爱的女士们](https://web.archive.org/web/2015/http://blastmedia.com/)"
          "和大卫。\n")
    assert ("TQA399", "爆破媒体") in _codes(zh)
    f = next(f for f in _findings(zh) if f.code == "TQA399")
    assert f.suggestion == "Blast Media"  # cut where 爆破 and 媒体 start spelling it (a blind reader: `blastmedia` no help)


@needs_lexicon
def test_a_site_name_rendered_in_another_paragraph_is_reported() -> None:
    # archive video-pacemaker-pocket-dj-in-action: the site's words in another paragraph than its link
    zh = ("# 袖珍 DJ\n\n[视频](http://www.digital-lifestyles.info/2007/01/23/pacemaker/)在这里。\n\n"
          "数字生活方式和这些设备玩了一会儿。\n")
    got = [f for f in _findings(zh) if f.code == "TQA399"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("数字生活方式", "Digital Lifestyles")]


@needs_lexicon
def test_established_names_single_words_and_glossed_names_are_left() -> None:
    # an established Chinese name by meaning (Wikimedia's own), a periodical's Chinese name
    zh = ("# 维基数据\n\n[维基数据](http://meta.wikimedia.org/wiki/Wikidata)由维基媒体推出。\n\n"
          "[来源](http://www.gamedaily.com/)游戏日报称销量下降。\n")
    assert not [c for c in _codes(zh) if c[0] == "TQA399"]
    # one dictionary word: the word in the article's own sense (monster.com, 怪物)
    zh = "# 招聘\n\n[招聘网站](http://www.monster.com/jobs)上的怪物很多。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA399"]
    # glossed with the name right after it
    zh = "# 袖珍 DJ\n\n[视频](http://www.digital-lifestyles.info/x)\n\n数字生活方式(Digital Lifestyles)和这些设备玩了一会儿。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA399"]


@needs_lexicon
def test_many_linked_sites_end_in_time() -> None:
    import time

    links = "".join(f"[站点](http://www.site{i}alpha.com/) " for i in range(3000))
    zh = "# 很多链接\n\n" + links + "\n\n" + "齿轮日志" * 5000 + "\n"
    t = time.process_time()
    _codes(zh)
    assert time.process_time() - t < 30


def _findings(zh: str) -> list:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return list(check_documents(None, parse_markdown("zh/x.md", zh)).findings)


@needs_lexicon
def test_linked_names_no_word_of_the_text_opens_are_read_in_linear_time() -> None:
    # reviewer of release 40: every linked name read every Han character (200 links and 20,000 characters: 26 CPU s);
    # now only the names a dictionary word of the text can open (`_openings`). At n = 60, the old code's reads
    # (60 names × 2,400 characters) already outweigh the parse; at 4n sixteen times as many
    from tests.helpers import grows_linearly

    def work(n: int) -> list[tuple[str, str | None]]:
        letters = "bcdfghjklmnpqrstvwxz"
        names = ["zqx" + "".join(letters[i // 20 ** k % 20] for k in range(3)) for i in range(n)]
        links = "".join(f"[站点](http://www.{name}.com/) " for name in names)
        return [c for c in _codes("# 很多链接\n\n" + links + "\n\n" + "齿轮日志" * (10 * n) + "\n") if c[0] == "TQA399"]

    assert grows_linearly(work, 60) == []



@needs_lexicon
def test_the_suggestion_keeps_the_articles_own_spelling_of_the_name() -> None:
    # archive top-y-combinator-startups: the article writes Flightcar itself (6 times); `Flight Car` (the address cut
    # into words) was suggested (a newcomer of release 40)
    import pytest
    from tests.conftest import SHARED

    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import load_target

    path = SHARED / "corpora/techcrunch-zh/techcrunch-blog-zh-2007-2014/docs/top-y-combinator-startups.md"
    if not path.exists():
        pytest.skip("the shared archive is absent")
    doc = load_target(str(path))
    # TQA316 takes the place in a full run (FlightCar); selected alone, TQA399 reports it with the article's spelling
    got = [f.suggestion for f in check_documents(None, doc, Settings(select=("TQA399",))).findings if f.target
           and f.target.text == "飞行汽车"]
    assert got and set(got) == {"Flightcar"}
