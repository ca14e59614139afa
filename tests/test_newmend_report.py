"""Release forty-one, a newcomer's item 8 (task newmend): the HTML report names the files once per article and each
finding by its place; TQA005 quotes the translation's end from the start of a word."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import ZEYOUDI_EN, ZEYOUDI_ZH

from transqa.engine import check_documents, check_paths
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text
from transqa.report.html import render_html

EN, ZH = ZEYOUDI_EN, ZEYOUDI_ZH


def test_the_sentence_cut_quotes_the_end_from_the_start_of_a_word() -> None:
    found = [f for f in check_documents(parse_text("a.en", EN), parse_markdown("a.zh", ZH)).findings if f.code == "TQA005"]
    assert len(found) == 1
    assert "“论坛全体会议上”" in found[0].message or "“国际论坛全体会议上”" in found[0].message
    assert found[0].target.text in ("论坛全体会议上", "国际论坛全体会议上")


def test_the_html_report_names_the_files_once_and_each_finding_by_its_place(tmp_path: Path) -> None:
    (tmp_path / "a.en").write_text(EN, encoding="utf-8")
    (tmp_path / "a.zh").write_text(ZH, encoding="utf-8")
    page = render_html([check_paths(str(tmp_path / "a.en"), str(tmp_path / "a.zh"))])
    places = re.findall(r'<span class="where">([^<]*)</span>', page)
    assert places and all(str(tmp_path) not in p for p in places)
    assert any(re.fullmatch(r"ZH \d+:\d+ · EN \d+:\d+", p) for p in places)
    assert str(tmp_path / "a.zh") in page  # at the head of the article
