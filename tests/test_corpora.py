"""Every sample of corpora/: all gold defects found, and no finding outside the gold list."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from transqa.config import settings_for
from transqa.engine import check_paths
from transqa.registry import rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "corpora" / "samples").glob("*.zh.md"))


def _gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _compare(result, gold: list[dict[str, str]]) -> None:  # noqa: ANN001
    found = list(result.findings)
    missing = []
    for g in gold:
        hit = None
        for f in found:
            tline = str(f.target.line) if f.target else "-"
            sline = str(f.source.line) if f.source else "-"
            if f.code == g["code"] and tline == g["target_line"] and (g["source_line"] == "-" or sline == g["source_line"]) and g["message_contains"] in f.message:
                hit = f
                break
        if hit is None:
            missing.append(g)
        else:
            found.remove(hit)
    extra = [(f.code, f.target.line if f.target else None, f.message) for f in found]
    assert not missing and not extra, f"missing gold defects: {missing}\nfindings outside the gold list: {extra}"


@pytest.mark.parametrize("target", SAMPLES, ids=lambda p: p.name.split(".")[0])
def test_sample_matches_gold(target: Path) -> None:
    stem = target.name.split(".")[0]
    source = next(target.parent.glob(f"{stem}.en.*"))
    _compare(check_paths(str(source), str(target), settings_for(str(target))), _gold(target.parent / f"{stem}.gold.tsv"))


def test_seed_target_only_matches_gold() -> None:
    seed = ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md"
    _compare(check_paths(None, str(seed)), _gold(seed.with_name("alibaba-russia-mail-ru.gold.tsv")))


@pytest.mark.parametrize("target", sorted((ROOT / "corpora" / "target-only").glob("*.zh.md")), ids=lambda p: p.name.split(".")[0])
def test_target_only_sample_matches_gold(target: Path) -> None:
    stem = target.name.split(".")[0]
    _compare(check_paths(None, str(target), settings_for(str(target))), _gold(target.parent / f"{stem}.gold.tsv"))


def test_samples_cover_every_rule() -> None:
    covered = set()
    for gold in (ROOT / "corpora").rglob("*.gold.tsv"):
        covered |= {g["code"] for g in _gold(gold)}
    wanted = {c for c, r in rules().items() if c != "TQA999" and r.default_enabled}
    assert wanted <= covered, f"rules without a sample defect: {sorted(wanted - covered)}"


def test_at_least_six_samples_and_a_clean_control() -> None:
    assert len(SAMPLES) >= 6
    clean = [p for p in SAMPLES if len(_gold(p.with_name(p.name.split(".")[0] + ".gold.tsv"))) == 0]
    assert clean, "a clean control sample is expected"
