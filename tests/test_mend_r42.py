"""Release forty-two, helper mend: leftovers of the last reread made cheaper or shared, each exactly as before."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.helpers import ZEYOUDI_EN, ZEYOUDI_ZH

from transqa import baseline
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _found() -> list:  # type: ignore[type-arg]
    return check_documents(parse_text("a.en", ZEYOUDI_EN), parse_markdown("a.zh", ZEYOUDI_ZH)).findings


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    real = baseline._print

    def counted(f, lines, legacy=False):  # type: ignore[no-untyped-def]
        calls.append(legacy)
        return real(f, lines, legacy)

    monkeypatch.setattr(baseline, "_print", counted)
    return calls


def test_a_file_the_baseline_does_not_record_costs_no_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found()
    assert found
    path = tmp_path / "base.json"
    path.write_text(baseline.baseline_json(str(path), [(str(tmp_path / "other.zh"), ["0" * 16])]), encoding="utf-8")
    calls = _counting(monkeypatch)
    kept, hidden = baseline.filter_baseline(str(path), str(tmp_path / "a.zh"), found, ZEYOUDI_ZH)
    assert (kept, hidden, calls) == (found, 0, [])


def test_the_legacy_print_is_made_only_for_a_long_place_not_recorded_by_its_new_print(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found()
    long_ones = [f for f in found if any(loc is not None and len(loc.text) > baseline.LONG for loc in (f.source, f.target))]
    assert long_ones and len(long_ones) < len(found)
    path = tmp_path / "base.json"
    # every finding recorded by its new print but one long one, recorded by its legacy print (a release 40 baseline)
    prints = baseline.baseline_prints(found, ZEYOUDI_ZH)
    k = found.index(long_ones[0])
    prints[k] = baseline.baseline_prints([found[k]], ZEYOUDI_ZH, legacy=True)[0]
    path.write_text(baseline.baseline_json(str(path), [(str(tmp_path / "a.zh"), prints)]), encoding="utf-8")
    calls = _counting(monkeypatch)
    kept, hidden = baseline.filter_baseline(str(path), str(tmp_path / "a.zh"), found, ZEYOUDI_ZH)
    assert (kept, hidden) == ([], len(found))
    assert calls.count(False) == len(found) and calls.count(True) == 1  # the one long finding its new print missed


@pytest.mark.parametrize("settings", [
    Settings(),
    Settings(select=("TQA3",), ignore=("TQA310",)),
    Settings(select=("TQA001", "transliteration"), extra=("TQA509",), per_file_ignores=(("*.zh", ("TQA3",)),)),
    Settings(select=("TQA",), ignore=("TQA",)),
])
def test_the_rules_selected_before_ignores_are_those_settings_without_ignores_enable_for_any_file(settings: Settings) -> None:
    from transqa.engine import _selected_before_ignores

    for path in ("a.zh", "dir/b.md"):
        assert _selected_before_ignores(settings.select, settings.extra) == replace(
            settings, ignore=(), per_file_ignores=()).enabled(path)


def test_the_glossary_groups_are_built_once_per_glossary() -> None:
    from transqa.checks.terminology import _accepted_groups

    accept = (("G7", ("七国集团", "G7")), ("Lips", ("嘴唇",)))
    first = _accepted_groups(accept)
    assert first == (frozenset({"g7", "七国集团"}), frozenset({"lips", "嘴唇"}))
    assert _accepted_groups(tuple((t, tuple(r)) for t, r in accept)) is first  # an equal glossary of the next document


def test_the_role_words_take_each_entry_s_defining_senses_as_the_noun_tables_do() -> None:
    from transqa.lang.lexicon import _entry_senses

    assert _entry_senses("/president/CL:個|个[ge4]/ variant of 總裁|总裁 / chairman /") == ["president", "chairman"]
    assert _entry_senses("/surname Zhang/") == []
