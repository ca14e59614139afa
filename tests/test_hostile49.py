"""Hostile inputs against release 49's code: work counts at small sizes (never a timing at a large size), and the
findings the cheaper code must keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.helpers import count_grows_linearly, needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

if TYPE_CHECKING:
    from pathlib import Path

TQA399 = Settings(select=("TQA399",))


@needs_lexicon
def test_linked_names_read_only_the_places_a_word_may_open_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA399 (linked_as_words): each linked name a dictionary word of the text might open walked every character of
    # every Han run (translated_spans tried a stretch at each): 40 real archive articles run together (102,000
    # characters, many linked sites) cost 30 CPU s, x3.6 per doubling; now only the places of the headwords that may
    # spell a name's first letters are walked (6.5 CPU s at 40, linear once the guard bounds the names read)
    from transqa.lang import backgloss

    walked = 0
    real = backgloss._pieces

    def pieces(name: str, text: str, i: int, table: dict[str, tuple[str, ...]]) -> tuple[int, list[tuple[int, int]]]:
        nonlocal walked
        walked += 1
        return real(name, text, i, table)

    monkeypatch.setattr(backgloss, "_pieces", pieces)
    n = 30
    links = "".join(f"[站点](http://www.gearlog{'abcdefghij'[i % 10]}{'klmnopqrst'[i // 10]}.com/) " for i in range(n))
    text = "# 齿轮\n\n" + links + "[网站](http://gearlog.com/)\n\n" + "我们今天去了公园看花。" * 100 + "齿轮日志说了。\n"
    found = check_documents(None, parse_markdown("zh/x.md", text), TQA399).findings
    assert [(f.target.text if f.target else None, f.suggestion) for f in found] == [("齿轮日志", "Gear Log")]
    count_grows_linearly(n + 1, walked, floor=1, bound=4, what="characters walked for n names")  # the one place of 齿轮 per name (was 31 names x 1,100 characters: 33,000)


@needs_lexicon
def test_translated_spans_from_given_starts_are_the_whole_walks() -> None:
    from transqa.lang.backgloss import translated_spans

    text = "数字生活方式和爆破媒体，数字生活方式"
    for name in ("digitallifestyles", "blastmedia"):
        every = list(translated_spans(name, text))
        assert every and list(translated_spans(name, text, [0, 1, 7, 12])) == every


def test_a_manifest_row_resolves_its_paths_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # from_manifest (_joins) resolved a row's source and reference again for every earlier row of the same target: one
    # translation against 1,000 originals took 28 CPU s to read, 2,000 115 (x4); each path is now resolved once
    import os

    from transqa.audit import discover

    calls = 0
    real = os.path.realpath

    def realpath(p: str) -> str:
        nonlocal calls
        calls += 1
        return real(p)

    n = 60
    folder = os.fspath(tmp_path)
    with open(os.path.join(folder, "m.csv"), "w", encoding="utf-8") as fh:
        fh.write("source,target\n" + "".join(f"s{i}.en.md,t.zh.md\n" for i in range(n)) + "s3.en.md,t.zh.md\n")
    monkeypatch.setattr(discover.os.path, "realpath", realpath)
    again: list[str] = []
    jobs = discover.from_manifest(os.path.join(folder, "m.csv"), again)
    assert len(jobs) == n and len(again) == 1  # the repeated row checked once
    count_grows_linearly(n + 1, calls, floor=1, bound=3, what="path resolutions for n rows")  # was about n * n
