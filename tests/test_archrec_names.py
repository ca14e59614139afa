"""Release 41, archive (issue 19), helper archrec: names broken into a capitalised word and lower-case words."""

from __future__ import annotations

from tests.helpers import findings


def _found(zh: str) -> list[tuple[str, str | None, int | None]]:
    return [(f.code, f.target.text if f.target else None, f.target.line if f.target else None) for f in findings(None, zh)]


_WB = "https://web.archive.org/web/20230404104556/"


def test_a_capitalised_word_and_lower_case_words_that_spell_a_linked_host() -> None:
    # archive, japans-32-best-iphone-apps line 44: `由 Hyper dev box(…)` beside a link to hyperdevbox.com
    zh = (f"# 日本最好的 iPhone 应用\n\n[Exzeus]({_WB}http://www.hyperdevbox.com/exzeus/index.html) "
          "由 Hyper dev box 开发，售价 0.99 美元。\n")
    got = [(c, t) for c, t, _ in _found(zh) if c == "TQA315"]
    assert got == [("TQA315", "Hyper dev box")]
    f = next(f for f in findings(None, zh) if f.code == "TQA315")
    assert "hyperdevbox" in (f.suggestion or "")


def test_an_acronym_and_a_word_as_link_text_of_its_own_host() -> None:
    # archive, jomi-drink-tracker: `[KOR water](…korwater.com/)`
    zh = f"黎心依正与瓶子制造商 [KOR water]({_WB}http://www.korwater.com/) 合作。\n"
    assert ("TQA315", "KOR water", 1) in _found(zh)


def test_words_spelling_a_file_or_a_tag_not_a_host_are_left_alone() -> None:
    # archive, feedburner-bug…: `Feedburner bug` beside an image `feedburnerbug.jpg`; `Gmail drive` beside a tag page
    zh = (f"我称之为 Feedburner bug。\n\n![图]({_WB}http://example.com/img/feedburnerbug.jpg)\n\n"
          f"Gmail drive 是一项服务。[标签]({_WB}http://www.technorati.com/tags/gmaildrive)\n")
    assert not [t for c, t, _ in _found(zh) if c == "TQA315"]


def test_capitalised_words_each_are_not_a_broken_host() -> None:
    # `Business Insider` (businessinsider.com): the name's own words, each capitalised
    zh = f"据 [Business Insider]({_WB}http://www.businessinsider.com/x) 报道，这家公司很好。\n"
    assert not [t for c, t, _ in _found(zh) if c == "TQA315"]


def test_a_capitalised_word_and_a_lower_case_piece_is_reported_again_on_its_line() -> None:
    # archive heldout4, ubercab-ordered-to-cease-and-desist lines 6 and 30: `[Uber cab](…)` and `nee Uber cab` beside
    # UberCab; the one TQA302 finding stood on its first line only
    zh = ("# UberCab 被勒令停止\n\nUberCab 是一家公司。UberCab 很大。\n\n"
          "[Uber cab](https://example.com/) 收到了停止令。\n\n优步——nee Uber cab——不是出租车服务。\n")
    lines = [ln for c, _, ln in _found(zh) if c == "TQA302"]
    assert lines == [5, 7]


def test_capitalised_words_are_still_listed_once() -> None:
    # `Go Daddy` beside GoDaddy (test_archive33): the house style may write it so; `Hyper Dev` is no `Hyperdev` garble
    zh = "GoDaddy 是一家公司。GoDaddy 很大。GoDaddy 很好。\n\nGo Daddy 回应了。\n\n他说 Go Daddy 没有回应。\n"
    assert [ln for c, _, ln in _found(zh) if c == "TQA302"] == [3]


def test_a_hashtag_broken_into_words_beside_the_tag_written_whole() -> None:
    # archive heldout4, the-techcrunch-hackathon-beijing…-disruptbj line 1: `即将开始# disrupt bj` beside `#disruptbj`
    zh = "# TechCrunch 北京黑客马拉松即将开始# disrupt bj\n\n# TechCrunch 北京黑客马拉松即将开始#disruptbj\n\n比赛开始了。\n"
    f = next(f for f in findings(None, zh) if f.code == "TQA315")
    assert f.target is not None and f.target.text == "# disrupt bj" and f.suggestion == "#disruptbj"


def test_a_heading_is_no_broken_hashtag_but_a_tag_glued_after_chinese_is() -> None:
    # The heading `# way wire` is a heading. The tag after 用 was left alone while the article wrote it whole nowhere
    # (commit 62641058); since release 47 (archrec: 11 archive hashtags of this shape, all read right) a `#` glued after
    # Chinese with a space before its words is a broken hashtag whatever the rest of the article writes.
    zh = "# way wire\n\n他在推特上用# way wire 标签。\n\n#waywired 是另一个标签。\n"
    assert [(t, line) for c, t, line in _found(zh) if c == "TQA315"] == [("# way wire", 3)]


def test_a_link_text_in_lower_case_pieces_its_own_address_writes_as_one_word() -> None:
    # archive heldout2, online-video-wheres-the-money line 7: `[revision 3](…/2008/10/27/revision3-cuts-back-…)`;
    # samba-offers-… line 11: `[my 6 sense](…/my6sense-raises-2m-…)`, also reported as English left (TQA402)
    zh = (f"[revision 3]({_WB}http://techcrunch.com/2008/10/27/revision3-cuts-back-on-shows/)已经削减了员工。\n\n"
          f"包括最近的[my 6 sense]({_WB}https://techcrunch.com/2009/06/03/my6sense-raises-2m/)。\n")
    got = _found(zh)
    assert ("TQA315", "revision 3", 1) in got and ("TQA315", "my 6 sense", 3) in got
    assert not [c for c, _, _ in got if c in ("TQA401", "TQA402")]


def test_a_link_text_with_its_name_spaced_as_written_is_left_alone() -> None:
    # `Xbox 360`, `Room 77` (room77.com): a capitalised name written with its space; `[web 2](…/web2/)`: a number alone
    # after a word the link's address does not join (`web-2`)
    zh = (f"[Xbox 360]({_WB}http://www.xbox360.com/) 降价了。[Room 77]({_WB}http://www.room77.com/) 很好。"
          f"[web 2]({_WB}http://example.com/web-2-summit/) 说。\n")
    assert not [t for c, t, _ in _found(zh) if c == "TQA315"]
