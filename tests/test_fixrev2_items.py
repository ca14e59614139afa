"""fixrev2 (release 42): the reviewer's remaining items and a TQA324 slip."""

from __future__ import annotations

from tests.helpers import needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _findings(zh: str, code: str) -> list[tuple[str, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", "# 标题\n\n" + zh + "\n"), Settings(select=(code,)))
    return [(f.code, f.target.text) for f in result.findings if f.target is not None]


@needs_lexicon
def test_a_list_item_longer_than_twelve_characters_still_ends_with_a_run_together_name() -> None:
    # undotted._ends_listed compared a match end in the item's last 12 characters with the whole item's length, so
    # the item before counted only when it was 12 characters or fewer (the archive's 约翰帕尔弗里 was missed)
    got = _findings("这个基金去年由硅谷投资人吉姆摩尔、约翰帕尔弗里和理查德菲什曼共同宣布成立。", "TQA324")
    assert ("TQA324", "约翰帕尔弗里") in got


@needs_lexicon
def test_a_long_list_item_ending_with_no_name_lists_no_people() -> None:
    got = _findings("这个基金去年由多位知名的硅谷投资人、约翰帕尔弗里和理查德菲什曼共同宣布成立。", "TQA324")
    assert ("TQA324", "约翰帕尔弗里") not in got


@needs_lexicon
def test_acronym_meanings_read_the_pairs_pieces_as_every_substring_read_them() -> None:
    # acronym_spelt._meanings cut every 2-4 character substring itself; it now looks up the pair's Han pieces
    # (lexicon.han_pieces, up to six characters, and past KEPT_PIECES_TEXT the pieces sought run by run)
    from transqa.checks.transliteration.acronym_spelt import MAX_PIECE, _meanings
    from transqa.lang.glosses import english_words
    from transqa.lang.lexicon import KEPT_PIECES_TEXT

    table = english_words()

    def cut(text: str) -> frozenset[str]:
        return frozenset(w for s in range(len(text)) for n in range(2, MAX_PIECE + 1) if s + n <= len(text)
                         for w in table.get(text[s : s + n], ()))

    short = "美国公民自由联盟(ACLU)周二表示，众筹平台的反馈机制需要修正法案。"
    long_ = "公民自由a反馈，" * (KEPT_PIECES_TEXT // 8 + 1)
    assert len(long_) > KEPT_PIECES_TEXT
    for text in (short, long_, "ABC", "公"):
        assert _meanings(text) == cut(text)
    assert {"citizen", "feedback"} <= _meanings(short)


def _315(path: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == "TQA315"]


@needs_lexicon
def test_a_name_translated_before_its_dot_is_named_after_the_first_linked_host_with_its_ending() -> None:
    # untranslated._ending_head and _linked_endings read one per-article list of linked (label, ending) pairs
    # (_linked_sites), in the order the links give them; a Wayback capture is read as the address it holds
    zh = ("# 音乐\n\n[这个网站](https://web.archive.org/web/2011/http://www.turntable.fm/lobby) 和 "
          "[另一个](http://blog.other.fm/) 都在 [YouAre。电视](http://www.youare.tv/) 上。文章介绍了让转盘. fm 工作的努力。\n")
    got = _315("music-sites.md", zh)
    assert ("转盘. fm", "turntable.fm") in got and ("YouAre。电视", "YouAre.tv") in got, got


def test_a_transliterated_run_before_a_kept_dot_is_the_translated_part() -> None:
    # the run's start is lang.transliterate.name_run's (the walk back over NAME_CHARS it replaced)
    got = _315("intel-files.md", "# 文件\n\n其中一个名为英特尔. csv，他说。\n")
    assert got and got[0][0] == "英特尔. csv", got
