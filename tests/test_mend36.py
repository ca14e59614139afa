"""Release 36, the helper `mend`: what this release's newcomer found (numbers, the align view, audit output,
markup, names). Each test failed before its mend."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ZUCK_EN, ZUCK_ZH

from transqa.service import align_report


@pytest.mark.skipif(not (ZUCK_EN.exists() and ZUCK_ZH.exists()), reason="needs ../shared")
def test_align_shows_images_and_players_not_blank_rows() -> None:
    """`transqa align` on the Zuckerberg pair printed its image and video paragraphs as empty `EN:`/`ZH:` rows."""
    text = align_report(str(ZUCK_EN), str(ZUCK_ZH), "text")
    assert "    EN: [image: http://tctechcrunch2011.files.wordpress.com/" in text
    assert "    EN: [embedded player: http://www.youtube.com/v/" in text
    assert "    ZH: [image: img/" in text


def test_align_shows_an_image_of_a_markdown_pair(tmp_path: Path) -> None:
    en = tmp_path / "a.md"
    zh = tmp_path / "b.md"
    en.write_text("# Title here\n\nThe first paragraph says something.\n\n![a cat](cat.png)\n", encoding="utf-8")
    zh.write_text("# 标题\n\n第一段说了些什么。\n\n![猫](cat.png)\n", encoding="utf-8")
    text = align_report(str(en), str(zh), "text")
    assert "EN: [image: cat.png]" in text and "ZH: [image: cat.png]" in text
