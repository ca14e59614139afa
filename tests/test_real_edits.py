"""Edited references (benchmarks/real.py ``apply_edits``): a held-out set made by writing MT-like defects into a
professional reference is rebuilt from the corpus and its edit list, so the text itself never enters the repository."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real  # noqa: E402

LINES = {10: "周日风暴抵达海岸时，官员下令3000名居民撤离。", 11: "彭博社报道了此事。", 12: "他说。"}


def _edit(line: int, op: str, find: str = "", replace: str = "") -> dict[str, str]:
    return {"doc": "d", "line": str(line), "op": op, "find": find, "replace": replace, "note": ""}


def test_no_edits_give_the_reference_in_order() -> None:
    assert real.apply_edits(LINES, []) == sorted(LINES.items())


def test_replace_drop_and_insert_keep_corpus_line_numbers() -> None:
    out = real.apply_edits(LINES, [
        _edit(10, "replace", "官员下令3000名居民撤离。", ""),
        _edit(11, "replace", "彭博社", "博社"),
        _edit(11, "insert", replace="彭博社报道了此事。"),
        _edit(12, "drop"),
    ])
    assert out == [(10, "周日风暴抵达海岸时，"), (11, "博社报道了此事。"), (11, "彭博社报道了此事。")]


def test_later_edits_of_a_line_see_the_earlier_ones() -> None:
    out = real.apply_edits(LINES, [_edit(11, "replace", "彭博社", "彭博"), _edit(11, "replace", "彭博报道", "彭博新闻报道")])
    assert out[1] == (11, "彭博新闻报道了此事。")


@pytest.mark.parametrize("edit", [
    _edit(11, "replace", "路透社", "路社"),      # find absent
    _edit(10, "replace", "，", ","),            # find twice in the line as it stands
    _edit(9, "drop"),                           # outside the document
    _edit(10, "swap"),                          # unknown op
])
def test_bad_edits_are_refused(edit: dict[str, str]) -> None:
    lines = dict(LINES)
    lines[10] = "风暴，抵达，海岸。"
    with pytest.raises(ValueError):
        real.apply_edits(lines, [edit])


def _wmt21_documents(src: list[str]) -> list[tuple[int, int]]:
    """heldout14's split rule (fixed before the edits were written): a headline-like line (stripped, non-empty, under
    100 characters, not ending in . ? ! " ” ') whose previous line is not headline-like starts a document."""
    def headline(s: str) -> bool:
        s = s.strip()
        return bool(s) and len(s) < 100 and s[-1] not in ".?!\"”'"
    starts = [i + 1 for i, s in enumerate(src) if headline(s) and (i == 0 or not headline(src[i - 1]))]
    return [(a, b - 1) for a, b in zip(starts, starts[1:] + [len(src) + 1], strict=True)]


def test_the_edited_heldout_follows_its_choosing_rule() -> None:
    """heldout14: every WMT21 document of at most 40 lines, a third of them clean by sha256, no edit on a line the
    numbers set cites (those lines were read for the number rules)."""
    import hashlib

    from conftest import SHARED, need_shared

    docs = [d for d in real.read_tsv(real.LABELS / "wmt-mt/documents.tsv") if d["split"] == "heldout14"]
    edits = real.read_tsv(real.LABELS / "wmt-mt/edits.heldout14.tsv")
    labels = real.read_tsv(real.LABELS / "wmt-mt/labels.heldout14.tsv")
    assert docs and edits and labels
    for d in docs:
        first = d["first_line"]
        clean = int(hashlib.sha256(f"inj18/clean/{first}".encode()).hexdigest(), 16) % 3 == 0
        assert (d["note"] == "clean") == clean, d
        if clean:
            assert not [e for e in edits if e["doc"] == d["doc"]], d
            assert all(r["reason"].startswith("[in the reference]") for r in labels if r["doc"] == d["doc"]), d
    cited = {int(r["line"]) for split in ("dev", "dev2", "heldout") for r in real.read_tsv(real.LABELS / f"numbers/numbers.{split}.tsv") if r["corpus"] == "wmt21"}
    assert not cited & {int(e["line"]) for e in edits}
    need_shared(SHARED / "corpora/wmt/wmt21_newstest_en-zh")
    src = real._corpus_lines(SHARED, "wmt21", real.WMT_FILES["wmt21"][1])[:1002]
    want = {(a, b) for a, b in _wmt21_documents(src) if b - a + 1 <= 40}
    assert {(int(d["first_line"]), int(d["last_line"])) for d in docs} == want


def test_the_fifteenth_heldout_follows_its_choosing_rule_and_its_edits_apply() -> None:
    """heldout15 (release nineteen): WMT21 reference B, every document of the injector's split (a headline-like line
    of at most 110 characters, also not ending in `:` or `’`, opens a document after body text), a third clean by
    sha256("inj19/clean/" + first line); every edit applies, every label quotes its line as edited, and the second
    reading's 20 documents are the first 20 by sha256("agree19/" + first line)."""
    import hashlib

    from conftest import SHARED, need_shared

    docs = [d for d in real.read_tsv(real.LABELS / "wmt-mt/documents.tsv") if d["split"] == "heldout15"]
    edits = real.read_tsv(real.LABELS / "wmt-mt/edits.heldout15.tsv")
    labels = real.read_tsv(real.LABELS / "wmt-mt/labels.heldout15.tsv")
    assert len(docs) == 63 and edits and labels and all(d["system"] == "refB+inj19" for d in docs)
    for d in docs:
        clean = int(hashlib.sha256(f"inj19/clean/{d['first_line']}".encode()).hexdigest(), 16) % 3 == 0
        assert (d["note"] == "clean") == clean, d
        if clean:
            assert not [e for e in edits if e["doc"] == d["doc"]], d
    second = real.read_tsv(real.LABELS / "agreement/heldout15-documents.tsv")
    ranked = sorted(docs, key=lambda d: hashlib.sha256(f"agree19/{d['first_line']}".encode()).hexdigest())
    assert [d["doc"] for d in ranked[:20]] == [d["doc"] for d in second]
    need_shared(SHARED / "corpora/wmt/wmt21_newstest_en-zh")
    cache: dict[tuple[str, str], list[str]] = {}
    for d in docs:
        _, zh = real.document_lines(SHARED, d, real.LABELS, cache)
        text = dict(zh)
        for r in (r for r in labels if r["doc"] == d["doc"] and r["zh"]):
            assert any(r["zh"] in t for line, t in zh if line == int(r["line"])) or r["zh"] in "".join(text.values()), r


def test_the_sixteenth_heldout_follows_its_choosing_rule_and_its_edits_apply() -> None:
    """heldout16 (release twenty): WMT22 reference B, documents of domain news/social/ecommerce with 3 to 40 lines
    ranked by sha256("inj20/" + docid), the first 60; a third clean by sha256("inj20/clean/" + docid); no edit on a
    line the numbers set cites; every edit applies and every label quotes its line as edited; the second reading's 20
    documents are the first 20 by sha256("agree20/" + docid)."""
    import collections
    import hashlib
    import json

    from conftest import SHARED, need_shared

    docs, _edits, labels = _injected_set("heldout16", "refB+inj20", 60, "inj20", "wmt22", "generaltest2022.en-zh.ref.B.zh")
    base = SHARED / "corpora/wmt/wmt22_general_en-zh/txt"
    need_shared(base)
    meta = [json.loads(x) for x in (base / "metainfo/generaltest2022.en-zh.meta.derived.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    spans: dict[str, list[int]] = collections.OrderedDict()
    for i, m in enumerate(meta, 1):
        if m["domain"] in ("news", "social", "ecommerce") and m["docid"] != "canary":
            spans.setdefault(m["docid"], [i, i])[1] = i
    chosen = sorted((k for k, (a, b) in spans.items() if 3 <= b - a + 1 <= 40),
                    key=lambda k: hashlib.sha256(f"inj20/{k}".encode()).hexdigest())[:60]
    assert {(d["docid"], int(d["first_line"]), int(d["last_line"])) for d in docs} == {(k, *spans[k]) for k in chosen}
    cache: dict[tuple[str, str], list[str]] = {}
    _quotes_hold(labels, docs, cache)
    _second_reading(docs, "heldout16", "agree20", 20, cache)


def _injected_set(split: str, system: str, n: int, tag: str, corpus: str,
                  file: str | None = None) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    """An independent injection's documents, edits and labels, with its clean rule (sha256(tag + "/clean/" + docid) % 3
    == 0: no edit) and no edit on a line the numbers set cites in that corpus (in that file of it, when given) checked."""
    import hashlib

    docs = [d for d in real.read_tsv(real.LABELS / "wmt-mt/documents.tsv") if d["split"] == split]
    edits = real.read_tsv(real.LABELS / f"wmt-mt/edits.{split}.tsv")
    labels = real.read_tsv(real.LABELS / f"wmt-mt/labels.{split}.tsv")
    assert len(docs) == n and edits and labels and all(d["system"] == system for d in docs)
    for d in docs:
        clean = int(hashlib.sha256(f"{tag}/clean/{d['docid']}".encode()).hexdigest(), 16) % 3 == 0
        assert (d["note"] == "clean") == clean, d
        if clean:
            assert not [e for e in edits if e["doc"] == d["doc"]], d
    cited = {int(r["line"]) for s in ("dev", "dev2", "heldout") for r in real.read_tsv(real.LABELS / f"numbers/numbers.{s}.tsv")
             if r["corpus"] == corpus and (file is None or r["file"] == file)}
    assert not cited & {int(e["line"]) for e in edits}
    return docs, edits, labels


def _quotes_hold(rows: list[dict[str, str]], docs: list[dict[str, str]], cache: dict[tuple[str, str], list[str]]) -> None:
    """Every label quotes its English line and its line as edited (`zh` empty for an omission)."""
    from conftest import SHARED

    by_doc = {d["doc"]: d for d in docs}
    for r in rows:
        en, zh = real.document_lines(SHARED, by_doc[r["doc"]], real.LABELS, cache)
        line = int(r["line"])
        assert r["en"] in en[line - int(by_doc[r["doc"]]["first_line"])], r
        assert any(r["zh"] in t for k, t in zh if k == line) or not r["zh"], r


def _second_reading(docs: list[dict[str, str]], split: str, tag: str, n: int, cache: dict[tuple[str, str], list[str]]) -> None:
    """The blind second reading: the first n documents by sha256(tag + "/" + docid), its labels quoting their lines."""
    import hashlib

    second = real.read_tsv(real.LABELS / f"agreement/{split}-documents.tsv")
    ranked = sorted(docs, key=lambda d: hashlib.sha256(f"{tag}/{d['docid']}".encode()).hexdigest())
    assert [d["doc"] for d in ranked[:n]] == [d["doc"] for d in second]
    _quotes_hold(real.read_tsv(real.LABELS / f"agreement/{split}-wmt.labels.tsv"), docs, cache)


def test_the_seventeenth_heldout_follows_its_choosing_rule_and_its_edits_apply() -> None:
    """heldout17 (release twenty-one): WMT23 reference A, documents of domain mastodon/user_review/speech (never
    news) with 3 to 40 contiguous lines ranked by sha256("inj21/" + docid), the first 80; a third-ish clean by
    sha256("inj21/clean/" + docid) % 3 == 0; no edit on a line the numbers set cites; every edit applies, every label
    quotes its English line and its line as edited."""
    import collections
    import hashlib
    import json

    from conftest import SHARED, need_shared

    docs, _edits, labels = _injected_set("heldout17", "refA+inj21", 80, "inj21", "wmt23")
    base = SHARED / "corpora/wmt/wmt23_general_en-zh/txt"
    need_shared(base)
    meta = [json.loads(x) for x in (base / "metainfo/generaltest2023.en-cs.meta.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lines: dict[tuple[str, str], list[int]] = collections.OrderedDict()
    for i, m in enumerate(meta, 1):
        lines.setdefault((m["domain"], m["docid"]), []).append(i)
    spans = {k: (v[0], v[-1]) for (dom, k), v in lines.items()
             if dom in ("mastodon", "user_review", "speech") and 3 <= len(v) <= 40 and v == list(range(v[0], v[-1] + 1))}
    chosen = sorted(spans, key=lambda k: hashlib.sha256(f"inj21/{k}".encode()).hexdigest())[:80]
    assert {(d["docid"], int(d["first_line"]), int(d["last_line"])) for d in docs} == {(k, *spans[k]) for k in chosen}
    cache: dict[tuple[str, str], list[str]] = {}
    _quotes_hold(labels, docs, cache)
    _second_reading(docs, "heldout17", "agree21", 20, cache)


def test_the_eighteenth_heldout_follows_its_choosing_rule_and_its_edits_apply() -> None:
    """heldout18 (release twenty-two): WMT24 reference A, every document of domain news/social/literary with 3 to 40
    contiguous lines (57), listed by sha256("inj22/" + docid); a third-ish clean by sha256("inj22/clean/" + docid) % 3
    == 0; no edit on a line the numbers set cites; every edit applies, every label quotes its English line and its
    line as edited."""
    import collections

    from conftest import SHARED, need_shared

    docs, _edits, labels = _injected_set("heldout18", "refA+inj22", 57, "inj22", "wmt24")
    base = SHARED / "corpora/wmt/wmt24_general_en-zh/txt"
    need_shared(base)
    lines: dict[tuple[str, str], list[int]] = collections.OrderedDict()
    for i, row in enumerate((base / "documents/en-zh.docs").read_text(encoding="utf-8").splitlines(), 1):
        domain, docid = row.split("\t")
        lines.setdefault((domain, docid), []).append(i)
    spans = {k: (v[0], v[-1]) for (dom, k), v in lines.items()
             if dom in ("news", "social", "literary") and 3 <= len(v) <= 40 and v == list(range(v[0], v[-1] + 1))}
    assert {(d["docid"], int(d["first_line"]), int(d["last_line"])) for d in docs} == {(k, *spans[k]) for k in spans}
    cache: dict[tuple[str, str], list[str]] = {}
    _quotes_hold(labels, docs, cache)
    _second_reading(docs, "heldout18", "agree22", 16, cache)
