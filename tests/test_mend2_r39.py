"""Release 39, a second newcomer's items (mend2)."""

from __future__ import annotations


def test_fix_write_with_nothing_to_repair_says_it_in_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`fix --write` run a second time printed "0 repairs; 1 finding remains for review (exit code 1 …)" then
    "nothing to repair: F left as it was": one line says both, and why the exit code is 1."""
    from tests.helpers import run_cli

    target = tmp_path / "f.zh.md"
    target.write_text("# 标题\n\n他说苹果公司（Apple）在2023年2月30日发布了新产品。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "fix", "--write", "--fail-on", "info", str(target))
    lines = [x for x in err.splitlines() if x.strip()]
    assert code == 1 and len(lines) == 1, err
    assert f"nothing to repair: {target} left as it was; " in lines[0] and "remain" in lines[0]
    assert "exit code 1" in lines[0] and "0 repairs" not in lines[0]
