"""The committed real-data label sets (benchmarks/real/) are well-formed: known kinds, splits that follow
the sha256 rule of their README, and every quoted span an exact substring of the corpus line it names
(the corpus checks skip when ../shared is absent)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from conftest import SHARED, need_shared

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real  # noqa: E402

KINDS = set(real.KIND_CATEGORIES) | real.UNCLAIMED


def _heldout(key: str) -> bool:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _split_ok(key: str, split: str) -> bool:
    """dev/heldout follow the sha256 rule; dev2/heldout2 (later readings of new documents) are declared as such."""
    return split in set(real.SPLITS) - {"dev", "heldout"} or split == ("heldout" if _heldout(key) else "dev")


def _sets() -> list[str]:
    return sorted(p.name for p in real.LABELS.iterdir() if p.is_dir())


def test_there_are_label_sets() -> None:
    assert {"archive", "numbers"} <= set(_sets())


@pytest.mark.parametrize("split", [s for s in real.SPLITS if s not in ("heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21")])  # WMT only
def test_archive_labels(split: str) -> None:
    arts = {a["file"]: a for a in real.read_tsv(real.LABELS / "archive/articles.tsv")}
    assert len(arts) >= 40
    for name, a in arts.items():
        assert _split_ok(name, a["split"]), name
    rows = real.read_tsv(real.label_file(real.LABELS, "archive", split))
    assert rows
    for r in rows:
        assert r["kind"] in KINDS, r
        assert arts[r["file"]]["split"] == split, r
    need_shared(SHARED / "corpora/techcrunch-zh")
    for r in rows:
        lines = (SHARED / "corpora/techcrunch-zh" / r["file"]).read_text(encoding="utf-8").split("\n")
        assert r["zh"] in lines[int(r["line"]) - 1], r


@pytest.mark.parametrize("split", ["dev", "dev2", "heldout"])
def test_number_labels(split: str) -> None:
    rows = real.read_tsv(real.LABELS / f"numbers/numbers.{split}.tsv")
    assert rows
    assert {r["verdict"] for r in rows} == {"legit", "wrong"}
    for r in rows:
        assert _heldout(f"{r['corpus']}/{r['file']}/{r['line']}") == (split == "heldout"), r
    need_shared(SHARED / "corpora/wmt")
    for r in rows:
        folder, src = real.NUMBER_FILES[r["corpus"]]
        en = (SHARED / "corpora/wmt" / folder / "txt" / src).read_text(encoding="utf-8").split("\n")[int(r["line"]) - 1]
        zh = real._zh_path(SHARED, r["corpus"], r["file"]).read_text(encoding="utf-8").split("\n")[int(r["line"]) - 1]
        assert r["en"] in en and r["zh"] in zh, r


def test_no_2023_news_in_development_sets() -> None:
    meta = SHARED / "corpora/wmt/wmt23_general_en-zh/txt/metainfo/generaltest2023.en-cs.meta.jsonl"
    need_shared(meta)
    news = {i + 1 for i, line in enumerate(meta.read_text(encoding="utf-8").splitlines()) if json.loads(line)["domain"] == "news"}
    for split in ("dev", "dev2", "heldout"):
        for r in real.read_tsv(real.LABELS / f"numbers/numbers.{split}.tsv"):
            assert not (r["corpus"] == "wmt23" and int(r["line"]) in news), r
    for d in real.read_tsv(real.LABELS / "wmt-mt/documents.tsv"):
        if d["year"] == "wmt23":
            assert not set(range(int(d["first_line"]), int(d["last_line"]) + 1)) & news, d


@pytest.mark.parametrize("split", [s for s in real.SPLITS if s != "heldout3"])  # heldout3 is archive only
def test_wmt_labels(split: str) -> None:
    docs = {d["doc"]: d for d in real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")}
    assert len(docs) >= 50
    for name, d in docs.items():
        assert _split_ok(name, d["split"]), name
        assert name == f"{d['year']}/{d['system']}/{d['docid']}"
    rows = real.read_tsv(real.label_file(real.LABELS, "wmt-mt", split))
    assert rows
    for r in rows:
        d = docs[r["doc"]]
        assert r["kind"] in KINDS and d["split"] == split, r
        assert int(d["first_line"]) <= int(r["line"]) <= int(d["last_line"]), r
    need_shared(SHARED / "corpora/wmt")
    cache: dict[tuple[str, str], list[str]] = {}
    texts: dict[str, tuple[list[str], dict[int, str]]] = {}
    for r in rows:
        d = docs[r["doc"]]
        if d["doc"] not in texts:
            en, zh = real.document_lines(SHARED, d, cache=cache)
            texts[d["doc"]] = en, {line: " ".join(t for k, t in zh if k == line) for line, _ in zh}
        en, zh_by_line = texts[d["doc"]]
        line = int(r["line"])
        assert r["en"] in en[line - int(d["first_line"])] and r["zh"] in zh_by_line.get(line, ""), r


def test_second_heldout_reads_new_documents() -> None:
    """heldout2 is only an independent check if none of its documents (any system) or articles was read before."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    earlier = {(d["year"], d["docid"]) for d in docs
               if d["split"] not in ("dev2", "dev3", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout16", "heldout17")}
    assert not [d["doc"] for d in docs if d["split"] == "heldout2" and (d["year"], d["docid"]) in earlier]
    arts = real.read_tsv(real.LABELS / "archive/articles.tsv")
    assert len({a["file"] for a in arts}) == len(arts)


def test_fourth_heldout_reads_other_systems_of_heldout2_sources() -> None:
    """heldout4 and heldout5 (WMT) are new outputs of heldout2's sources: systems nobody read for them, and sources nobody tuned on
    (heldout2's doc ids only; they share no doc id with dev, dev2 or heldout)."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h4 = [d for d in docs if d["split"] in ("heldout4", "heldout5")]
    assert h4
    h2_ids = {(d["year"], d["docid"]) for d in docs if d["split"] == "heldout2"}
    assert all((d["year"], d["docid"]) in h2_ids for d in h4)
    assert len({d["doc"] for d in docs}) == len(docs)


def test_sixth_heldout_reads_unread_outputs_of_heldout_sources_only() -> None:
    """heldout6 (WMT) is outputs nobody had read of sources that only held-out splits hold: WMT22 heldout2 doc ids in
    their 11th-13th systems, and WMT23 non-news doc ids of the held-out splits in systems not read for them."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h6 = [d for d in docs if d["split"] == "heldout6"]
    assert h6
    dev_ids = {(d["year"], d["docid"]) for d in docs if d["split"].startswith("dev")}
    held_ids = {(d["year"], d["docid"]) for d in docs if d["split"].startswith("heldout") and d["split"] != "heldout6"}
    assert all((d["year"], d["docid"]) in held_ids and (d["year"], d["docid"]) not in dev_ids for d in h6)
    assert not [d for d in h6 if d["domain"] == "news" and d["year"] == "wmt23"]


@pytest.mark.parametrize(("split", "first"), [("heldout7", 4), ("heldout8", 6), ("heldout9", 8), ("heldout10", 10)])
def test_late_heldouts_read_unread_systems_of_dev2_sources(split: str, first: int) -> None:
    """heldout7 … heldout10 (WMT) are outputs nobody had read of dev2's WMT22 sources: for each such doc id,
    the 5th and 6th (heldout7), the 7th and 8th (heldout8), the 9th and 10th (heldout9), the 11th and 12th (heldout10) system of its sha256(docid + "/" + system) ranking (dev2 read the
    1st and 2nd, dev3 the 3rd and 4th)."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h7 = [d for d in docs if d["split"] == split]
    assert len(h7) == 178
    dev2_ids = {d["docid"] for d in docs if d["split"] == "dev2" and d["year"] == "wmt22"}
    systems = {d["system"] for d in docs if d["year"] == "wmt22" and "+" not in d["system"]}
    for d in h7:
        ranked = sorted(systems, key=lambda s: hashlib.sha256(f"{d['docid']}/{s}".encode()).hexdigest())
        assert d["year"] == "wmt22" and d["docid"] in dev2_ids and d["system"] in ranked[first:first + 2], d
    assert len({d["doc"] for d in docs}) == len(docs)


def test_eleventh_heldout_reads_the_last_unread_systems() -> None:
    """heldout11 (WMT) is outputs nobody had read: for each WMT22 doc id of dev2, the 13th (last) system of its
    sha256(docid + "/" + system) ranking; for each WMT22 doc id of dev/heldout, the first two systems of that ranking
    that no earlier split had read. Read in the order of sha256("h11/" + doc), round-robin across the domains."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h11 = [d for d in docs if d["split"] == "heldout11"]
    assert len(h11) == 131
    systems = sorted({d["system"] for d in docs if d["year"] == "wmt22" and "+" not in d["system"]})  # not edited references
    assert len(systems) == 13
    earlier = [d for d in docs if d["split"] not in ("heldout11", "heldout19", "heldout20", "heldout21")]  # heldout19–21 were read later
    dev2_ids = {d["docid"] for d in earlier if d["split"] == "dev2" and d["year"] == "wmt22"}
    wmt22_ids = {d["docid"] for d in earlier if d["year"] == "wmt22"}
    want = set()
    for docid in wmt22_ids:
        ranked = sorted(systems, key=lambda s: hashlib.sha256(f"{docid}/{s}".encode()).hexdigest())
        read = {d["system"] for d in earlier if d["year"] == "wmt22" and d["docid"] == docid}
        want |= {(docid, s) for s in ([ranked[12]] if docid in dev2_ids else [s for s in ranked if s not in read][:2])}
    assert {(d["docid"], d["system"]) for d in h11} == want
    assert all(d["year"] == "wmt22" and d["status"] == "read" for d in h11)


# the WMT23 held-out sets in the order they were read: each read, for each non-news WMT23 doc id with a system no
# earlier split had read, the first unread system of its sha256(tag + "/" + docid + "/" + system) ranking
_WMT23_HELDOUTS = (("heldout12", "h12", 109), ("heldout13", "h13", 105))


@pytest.mark.parametrize(("split", "tag", "n"), _WMT23_HELDOUTS)
def test_wmt23_heldouts_read_the_first_unread_system_of_each_non_news_source(split: str, tag: str, n: int) -> None:
    """heldout12 (WMT23 outputs nobody had read) and heldout13 (those left unread after it): never a 2023 news
    document; the splits read later are not "earlier" for the ranking."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    held = [d for d in docs if d["split"] == split]
    assert len(held) == n
    later = {s for s, _t, _n in _WMT23_HELDOUTS[[s for s, _t, _n in _WMT23_HELDOUTS].index(split):]}
    earlier = [d for d in docs if d["split"] not in later and d["year"] == "wmt23" and "+" not in d["system"]]  # not edited references
    systems = sorted({d["system"] for d in earlier})
    assert len(systems) == 4
    want = set()
    for docid in {d["docid"] for d in earlier}:
        read = {d["system"] for d in earlier if d["docid"] == docid}
        ranked = [s for s in sorted(systems, key=lambda s: hashlib.sha256(f"{tag}/{docid}/{s}".encode()).hexdigest()) if s not in read]
        want |= {(docid, s) for s in ranked[:1]}
    assert {(d["docid"], d["system"]) for d in held} == want
    assert all(d["year"] == "wmt23" and d["domain"] != "news" and d["status"] == "read" for d in held)


def test_third_development_set_reads_other_systems_of_dev2_sources() -> None:
    """dev3 (WMT) is new outputs of dev2's sources only: it shares no doc id with any held-out split."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    dev3 = [d for d in docs if d["split"] == "dev3"]
    assert dev3
    dev2_ids = {(d["year"], d["docid"]) for d in docs if d["split"] == "dev2"}
    # heldout7 … heldout11 read other systems of these same sources, so they are left out here
    held = {(d["year"], d["docid"]) for d in docs
            if d["split"].startswith("heldout") and d["split"] not in ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout16", "heldout17")}
    assert all((d["year"], d["docid"]) in dev2_ids and (d["year"], d["docid"]) not in held for d in dev3)


@pytest.mark.parametrize(("split", "units", "labels", "n"), [
    ("heldout2", "heldout2-articles.tsv", "heldout2-archive.labels.tsv", 80),
    ("heldout4", "heldout4-articles.tsv", "heldout4-archive.labels.tsv", 40),
    ("dev2", "dev2-articles.tsv", "dev2-archive.labels.tsv", 40),
    ("dev2", "dev2-documents.tsv", "dev2-wmt.labels.tsv", 60),
    ("heldout8", "heldout8-documents.tsv", "heldout8-wmt.labels.tsv", 60),
    ("heldout9", "heldout9-documents.tsv", "heldout9-wmt.labels.tsv", 60),
    ("heldout10", "heldout10-documents.tsv", "heldout10-wmt.labels.tsv", 60),
    ("heldout11", "heldout11-documents.tsv", "heldout11-wmt.labels.tsv", 50),
    ("heldout12", "heldout12-documents.tsv", "heldout12-wmt.labels.tsv", 50),
    ("heldout13", "heldout13-documents.tsv", "heldout13-wmt.labels.tsv", 50),
    ("heldout14", "heldout14-documents.tsv", "heldout14-wmt.labels.tsv", 20),
    ("heldout19", "heldout19a-documents.tsv", "heldout19a-wmt.labels.tsv", 21),
    ("heldout19", "heldout19b-documents.tsv", "heldout19b-wmt.labels.tsv", 21),
])
def test_second_readings(split: str, units: str, labels: str, n: int) -> None:
    """agreement/: later independent readings of a sample of a split (the first n by sha256("agree/" + name)),
    well-formed, quoting their lines exactly, and only of units the first reading also read."""
    wmt = units.endswith("documents.tsv")
    key, kind = ("doc", "wmt-mt") if wmt else ("file", "archive")
    first = real.read_tsv(real.LABELS / kind / ("documents.tsv" if wmt else "articles.tsv"))
    # heldout4's sample was drawn from the 887 articles its reader had read by then (agreement/heldout4-pool.txt)
    # heldout19's two samples were each drawn from one reader's 42 documents (agreement/heldout19?-documents-pool.txt)
    pool_file = real.LABELS / "agreement" / units.replace(".tsv", "-pool.txt")
    pool_file = pool_file if pool_file.exists() else real.LABELS / "agreement" / f"{split}-pool.txt"
    pool = set(pool_file.read_text(encoding="utf-8").split()) if pool_file.exists() else None
    ranked = sorted((u[key] for u in first if u["split"] == split and (pool is None or u[key] in pool)),
                    key=lambda p: hashlib.sha256(("agree/" + p).encode("utf-8")).hexdigest())
    sample = real.read_tsv(real.LABELS / "agreement" / units)
    assert [u[key] for u in sample] == ranked[:n] and len(sample) == n
    rows = real.read_tsv(real.LABELS / "agreement" / labels)
    names = {u[key]: u for u in sample}
    assert rows and all(r["kind"] in KINDS and r[key] in names for r in rows)
    if wmt:
        need_shared(SHARED / "corpora/wmt")
        for r in rows:
            d = dict(names[r["doc"]], split=split, doc=r["doc"])
            en, zh = real.document_lines(SHARED, d)
            line = int(r["line"])
            assert int(d["first_line"]) <= line <= int(d["last_line"]), r
            assert r["en"] in en[line - int(d["first_line"])] and r["zh"] in " ".join(t for k, t in zh if k == line), r
        return
    need_shared(SHARED / "corpora/techcrunch-zh")
    for r in rows:
        lines = (SHARED / "corpora/techcrunch-zh" / r["file"]).read_text(encoding="utf-8").split("\n")
        assert r["zh"] in lines[int(r["line"]) - 1], r


def test_nineteenth_heldout_reads_the_outputs_nobody_had_read() -> None:
    """heldout19 (WMT22 system outputs nobody had read, release twenty-three): for each WMT22 doc id of at most 40
    lines with a system no earlier split had read, the unread systems ranked by sha256("h19/" + docid + "/" + system),
    the first four taken (reader H19A the 1st and 2nd, reader H19B the 3rd and 4th)."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h19 = [d for d in docs if d["split"] == "heldout19"]
    assert len(h19) == 84 and all(d["year"] == "wmt22" and d["status"] == "read" for d in h19)
    earlier = [d for d in docs if d["split"] not in ("heldout19", "heldout20", "heldout21") and d["year"] == "wmt22" and "+" not in d["system"]]
    systems = sorted({d["system"] for d in earlier})
    assert len(systems) == 13
    spans = {d["docid"]: (int(d["first_line"]), int(d["last_line"])) for d in earlier}
    want = {}
    for docid, (first, last) in spans.items():
        read = {d["system"] for d in earlier if d["docid"] == docid}
        ranked = [s for s in sorted(systems, key=lambda s: hashlib.sha256(f"h19/{docid}/{s}".encode()).hexdigest())
                  if s not in read]
        if last - first + 1 <= 40:
            want |= {(docid, s): ("H19A" if k < 2 else "H19B") for k, s in enumerate(ranked[:4])}
    assert {(d["docid"], d["system"]): d["reader"] for d in h19} == want


def test_twentieth_heldout_reads_every_output_nobody_had_read() -> None:
    """heldout20 (release twenty-five, the blind check of that release): every WMT22 system output of a doc id of at
    most 40 lines that no earlier split had read, in the order of sha256("h20/" + doc), dealt to readers H20A, H20B
    and H20C in turn (35 documents each). Only `ecommerce_en_36` and `ecommerce_en_47` (over 40 lines) stay unread."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h20 = [d for d in docs if d["split"] == "heldout20"]
    assert len(h20) == 105 and all(d["year"] == "wmt22" and d["status"] == "read" for d in h20)
    earlier = [d for d in docs if d["split"] not in ("heldout20", "heldout21") and d["year"] == "wmt22" and "+" not in d["system"]]
    systems = sorted({d["system"] for d in earlier})
    spans = {d["docid"]: (int(d["first_line"]), int(d["last_line"])) for d in earlier}
    unread = sorted((f"wmt22/{s}/{docid}" for docid, (first, last) in spans.items() if last - first + 1 <= 40
                     for s in systems if s not in {d["system"] for d in earlier if d["docid"] == docid}),
                    key=lambda doc: hashlib.sha256(f"h20/{doc}".encode()).hexdigest())
    assert {d["doc"]: d["reader"] for d in h20} == {doc: "H20" + "ABC"[k % 3] for k, doc in enumerate(unread)}


def test_twenty_first_heldout_reads_the_last_unread_outputs() -> None:
    """heldout21 (release twenty-six, the blind check of that release): every real MT output that no earlier split had
    read and that is not held out for good — the 26 WMT22 outputs of `ecommerce_en_36` and `ecommerce_en_47` (13
    systems each) and the 8 WMT23 *speech* outputs of the 4 systems (WMT23 news stays held out) — in the order of
    sha256("h21/" + doc), dealt to readers H21A, H21B and H21C in turn. After it no real MT output in ../shared is unread."""
    docs = real.read_tsv(real.LABELS / "wmt-mt/documents.tsv")
    h21 = [d for d in docs if d["split"] == "heldout21"]
    assert len(h21) == 34 and all(d["status"] == "read" for d in h21)
    assert {(d["year"], d["domain"]) for d in h21} == {("wmt22", "ecommerce"), ("wmt23", "speech")}
    earlier = [d for d in docs if d["split"] != "heldout21" and "+" not in d["system"]]
    for year, n_systems in (("wmt22", 13), ("wmt23", 4)):
        seen = [d for d in earlier if d["year"] == year]
        systems = sorted({d["system"] for d in seen})
        assert len(systems) == n_systems
        ids = {d["docid"] for d in seen} | {d["docid"] for d in h21 if d["year"] == year}
        read = {(d["docid"], d["system"]) for d in seen}
        unread = {(docid, s) for docid in ids for s in systems if (docid, s) not in read}
        assert unread == {(d["docid"], d["system"]) for d in h21 if d["year"] == year}
    order = sorted((d["doc"] for d in h21), key=lambda doc: hashlib.sha256(f"h21/{doc}".encode()).hexdigest())
    assert {d["doc"]: d["reader"] for d in h21} == {doc: "H21" + "ABC"[k % 3] for k, doc in enumerate(order)}
