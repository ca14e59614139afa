"""A renamed rule keeps its former name: configurations, directives and `transqa rule` written with it still work
(TQA205 was `currency-changed` until release 34, now `measure-changed`)."""

from __future__ import annotations

import pytest

from transqa.cli import main
from transqa.config import ConfigError, parse_config
from transqa.load.markdown import parse_markdown
from transqa.registry import resolve, rule, rules
from transqa.suppress import apply_suppressions


def test_the_old_name_resolves_to_the_renamed_rule() -> None:
    r = rules()["TQA205"]
    assert r.name == "measure-changed" and "currency-changed" in r.aliases
    assert resolve("currency-changed") is r and resolve(" Currency-Changed ") is r and resolve("measure-changed") is r
    assert resolve("currency-change") is None


def test_no_alias_is_another_rules_name() -> None:
    table = rules().values()
    names = [n for r in table for n in (r.name, *r.aliases)]
    assert len(names) == len(set(names))


def test_a_malformed_alias_is_refused() -> None:
    with pytest.raises(ValueError):
        rule("TQA299", "some-rule", "number", rules()["TQA205"].severity, "s", "d", needs_source=True, aliases=("Bad Name",))


def test_config_selectors_accept_the_old_name() -> None:
    s = parse_config("transqa.toml", {"ignore": ["currency-changed"]})
    assert "TQA205" not in s.enabled() and "TQA201" in s.enabled()
    s = parse_config("transqa.toml", {"severity": {"currency-changed": "warning"}})
    assert str(s.severity_of(rules()["TQA205"])) == "warning"
    with pytest.raises(ConfigError):  # the same rule under its two names is given twice, not one silently winning
        parse_config("transqa.toml", {"severity": {"currency-changed": "warning", "measure-changed": "error"}})


def test_a_directive_with_the_old_name_suppresses() -> None:
    from transqa.findings import Finding, Location

    r = rules()["TQA205"]
    for name, kept_after in (("currency-changed", 0), ("measure-changed", 0), ("date-changed", 1)):
        doc = parse_markdown("zh.md", f"<!-- transqa: ignore[{name}] 已核实 -->\n这笔交易价值 3 万英镑。\n")
        b = doc.blocks[-1]
        f = Finding(r.code, r.name, r.category, r.severity, "m", None,
                    Location(1, 1, 1, 2, "x", b.file_start + 1, b.file_start + 2), target_block=b.index)
        kept, problems, n = apply_suppressions(doc, [f])
        assert (len(kept), n) == (kept_after, 1 - kept_after), name
        assert [p.code for p in problems] == ([] if not kept_after else ["TQA900"]), name  # unused: another rule


def test_transqa_rule_explains_the_old_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "currency-changed"]) == 0
    assert capsys.readouterr().out.startswith("TQA205 measure-changed")


def test_transqa_rule_names_the_former_name(capsys: pytest.CaptureFixture[str]) -> None:
    for asked in ("TQA205", "measure-changed", "currency-changed"):
        assert main(["rule", asked]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith("TQA205 measure-changed (")
        assert lines[1] == "Former name 'currency-changed': still accepted in configurations, --select, --ignore and ignore comments."


def test_transqa_rule_of_a_rule_never_renamed_has_no_former_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "TQA201"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "" and not any("Former" in ln for ln in lines)
