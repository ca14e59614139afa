"""Release forty, a newcomer's findings as a publication pipeline and archive maintainer (helper newmend)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transqa.config import Settings
from transqa.engine import check_paths

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "techcrunch-zh"
NATIVE_CLIENT = SHARED / "techcrunch-blog-zh-2007-2014" / "docs" / "chrome-native-client.md"


def _seen(path: Path, settings: Settings) -> list[tuple[str, int, int]]:
    result = check_paths(None, str(path), settings)
    return sorted((f.code, f.target.offset if f.target else -1, f.target.end_offset if f.target else -1) for f in result.findings)


@pytest.mark.skipif(not NATIVE_CLIENT.exists(), reason="needs the techcrunch-zh archive in ../shared")
def test_ignoring_a_rule_makes_no_other_fire() -> None:
    """Item 2: `--ignore TQA316` (or per-file-ignores) made two TQA323 appear on the titles TQA316 points at.
    Ignoring any one rule leaves every other rule's findings as the full run reports them."""
    full = _seen(NATIVE_CLIENT, Settings())
    codes = sorted({c for c, _s, _e in full})
    assert "TQA316" in codes
    for code in codes:
        assert _seen(NATIVE_CLIENT, Settings(ignore=(code,))) == [x for x in full if x[0] != code], code
    pfi = Settings(per_file_ignores=(("chrome-*.md", ("TQA316",)),))
    assert _seen(NATIVE_CLIENT, pfi) == [x for x in full if x[0] != "TQA316"]


def test_translated_name_quotes_the_whole_word(tmp_path: Path) -> None:
    """Item 3: TQA316 quoted “原生客户” inside 原生客户端, and its suggestion would leave `Native Client端`: each place
    takes the longest rendering of the name standing there (client: 客户, 客户端)."""
    path = tmp_path / "native-client.md"
    path.write_text("# 谷歌发布原生客户端插件\n\n谷歌今天发布了 Native Client 插件，让网页运行本地代码。\n\n"
                    "开发者可以下载 Native Client 的源代码。\n", encoding="utf-8")
    found = [f for f in check_paths(None, str(path)).findings if f.code == "TQA316"]
    assert [(f.target.text, f.suggestion) for f in found if f.target] == [("原生客户端", "Native Client")]
    assert "“原生客户端”" in found[0].message

