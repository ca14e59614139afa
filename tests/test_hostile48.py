"""Hostile inputs against release 48's code: work counts at small sizes (never a timing at a large size), and the
findings the cheaper code must keep."""

from __future__ import annotations

import re
from typing import Any

import pytest

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

TQA315 = Settings(select=("TQA315",))


class _ReadCounter:
    """A compiled pattern's stand-in that adds up the characters its match and fullmatch calls read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def _count(self, text: str, pos: int, endpos: int | None) -> None:
        m = self.pattern.match(text, pos, len(text) if endpos is None else endpos)
        self.read += (m.end() - pos) if m is not None else 1

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self._count(text, pos, endpos)
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self._count(text, pos, endpos)
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)


def test_handles_after_words_read_the_words_before_them_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # `_spaced_handles` asked, for each `@ name` after a word, whether only Latin words parted it from the last handle
    # reported (a list of handles) by a fullmatch from that handle's end: a long run of words then a thousand `x @ abc`
    # read the run a thousand times (8,000 words and handles: 4.5 CPU s, x3.4 per doubling; 0.9 after, x1.9)
    from transqa.checks import untranslated

    counter = _ReadCounter(untranslated._HANDLE_TAIL)
    monkeypatch.setattr(untranslated, "_HANDLE_TAIL", counter)
    text = "# 标题\n\n他说，@ abc " + "word " * 300 + "." + " x @ abc" * 300 + "\n"
    found = check_documents(None, parse_markdown("a.zh.md", text), TQA315).findings
    assert [f.target.text for f in found if f.target is not None] == ["@ abc"]
    assert counter.read < 2 * len(text), counter.read  # was 300 handles x 1,500 characters


def test_a_list_of_handles_after_a_word_is_still_read_as_one() -> None:
    text = "# 标题\n\n关注 @ themayorpete @ professor Josh 和 Bob @ smith，然后 x @ abc\n"
    found = check_documents(None, parse_markdown("a.zh.md", text), TQA315).findings
    assert [f.target.text for f in found if f.target is not None] == ["@ themayorpete", "@ professor"]


def test_sites_beside_a_kelvin_sign_are_not_searched_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # `_written_in_article` searched a block holding a character re.IGNORECASE reads as a Latin letter (the Kelvin
    # sign) with each linked site's pattern: a list of items each with such a sign and a link translating its site's
    # name read the article once per link (400 items: 2.1 CPU s, x7 per doubling; 0.15 after, x2)
    from transqa.checks import untranslated

    searched = 0
    real = untranslated._spelling

    def spelling(label: str) -> re.Pattern[str]:
        nonlocal searched
        searched += 1
        return real(label)

    monkeypatch.setattr(untranslated, "_spelling", spelling)
    n = 60
    text = "# 汽车经销商\n\n" + "".join(f"- [经销商](http://dealer{i}.com/) 汽车经销商 \u212a\n" for i in range(n))
    found = check_documents(None, parse_markdown("a.zh.md", text), Settings(select=("TQA316",))).findings
    assert len(found) == n
    assert searched == 0, searched  # no label is written in Latin (was 60 x 60)


def test_a_spelling_with_odd_case_letters_is_taken_as_written() -> None:
    zh = ("# 标题\n\n[蛋糕健康](http://cakehealth.com/) 和 [皮划艇](https://twitter.com/kayak)\n\n"
          "\u212aayak 与 Ca\u212ae-Health 以及 \u212aAYA\u212a 和 \u0130 cake health\n")
    found = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=("TQA316",))).findings
    assert [(f.target.text, f.suggestion) for f in found if f.target is not None] == [
        ("蛋糕健康", "Ca\u212ae-Health"), ("皮划艇", "\u212aayak")]


def test_the_command_atop_a_report_keeps_a_path_that_starts_with_a_dash_a_path(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa check -- -x.zh.md` printed `transqa check -x.zh.md` as the command to copy: No such option: -x
    from tests.helpers import run_cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "-x.zh.md").write_text("# 标题\n\n他说：“我们会继续投资。\n", encoding="utf-8")
    code, out, _err = run_cli(capsys, "check", "--select", "TQA504", "--", "-x.zh.md")
    assert code in (0, 1)
    assert out.splitlines()[0] == "transqa check -- -x.zh.md"


def _capitalised(n: int) -> list[str]:
    import itertools

    words = ("".join(p).capitalize() for p in itertools.product("bdfgklmnprstvz", "aeiou", "bdfgklmnprstvz", "aeiou"))
    return list(itertools.islice(words, n))


def test_half_kept_names_in_one_paragraph_read_its_translation_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA312's half-kept names (`Sachin 飞行员` for Sachin Pilot) joined the bead's translation, counted the second word
    # in it by a pattern, and searched the first word's hit from its start, for every pair of the English: thousands of
    # `X Pilot` in one paragraph read it once per pair (3,200 pairs: 8.8 of 17.7 CPU s, x4 per doubling; 8.2 CPU s
    # after, x1.9)
    from transqa.checks.transliteration import named_kind

    searched = 0
    real = re.compile

    def compile_counted(pattern: Any, flags: int = 0) -> Any:
        nonlocal searched
        searched += isinstance(pattern, str) and pattern.startswith("(?<![A-Za-z])") and flags == re.IGNORECASE
        return real(pattern, flags)

    monkeypatch.setattr(named_kind.re, "compile", compile_counted)
    names = _capitalised(40)
    en = "# Title\n\n" + " ".join(f"We met {x} Pilot today." for x in names) + "\n"
    zh = "# 标题\n\n" + "".join(f"我们今天见到了 {x} 飞行员。" for x in names) + "\n"
    found = check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh), Settings(select=("TQA312",))).findings
    assert len(found) > 30 and all(f.target is not None and f.target.text.endswith(" 飞行员") for f in found)
    assert searched == 0, searched  # the second word's count: a pattern compiled and run over the bead per pair (was 40)


def test_a_half_kept_name_written_in_latin_elsewhere_or_only_glossed_is_read_as_before() -> None:
    # (the findings of the code before the per-bead reading, for each translation)
    en = "# Title\n\nwe met Sachin Pilot at the airport today and later we also saw Mark Meadow there again too.\n"
    only = Settings(select=("TQA312",))
    for zh, hits in [
        ("我们今天见到了 Sachin 飞行员。我们也看到了 Mark 草地。", ["Sachin 飞行员", "Mark 草地"]),
        ("我们今天见到了 Sachin 飞行员（P\u0130LOT）。我们也看到了 Mark 草地 和 Meadow。", ["Sachin 飞行员"]),
        ("我们今天见到了 Sachin 飞行员（Pilot）。xSachin 飞行员 我们也看到了 Mark草地。", ["Sachin 飞行员", "Mark草地"]),
        ("我们见到了 Sachin 飞行员，pilot 也来了。我们也看到了 Mark 草地 Meadows。", ["Mark 草地"]),
        ("我们见到了 Sachin 飞行员，p\u0131LOT 也来了。我们也看到了 Mark 草地。", ["Mark 草地"]),
    ]:
        found = check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", f"# 标题\n\n{zh}\n"), only).findings
        assert [f.target.text for f in found if f.target is not None] == hits, zh
