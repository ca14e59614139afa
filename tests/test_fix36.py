"""Release 33, a newcomer's reading of real text (TQA310, TQA312): a name's span that swallowed the next word's first
character, a rendering cut short, a Latin name before a title, a pair reported both ways, a name inside an address."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _target_only(path: str, zh: str, code: str = "TQA310") -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == code]


def test_a_name_run_into_the_next_word_is_marked_without_that_word() -> None:
    # archive yuri-milner-crunchies, ZH 1 and 5: 阿灵顿伏击采访 (Arrington ambushes), beside 阿林顿 three times
    zh = ("# 阿灵顿伏击采访 Crunchies 年度风投尤里·米尔纳\n\n# 阿灵顿伏击采访尤里·米尔纳年度最佳风投\n\n"
          "阿林顿:“那曾经对你不起作用吗？”\n\n阿林顿:“推特怎么了？”\n\n阿林顿:“谢谢。”\n")
    found = _target_only("zh/yuri-milner-crunchies.md", zh)
    assert found and all(f == ("阿灵顿", "阿林顿") for f in found)
