"""Acceptance on the real data of ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from tests.conftest import ROOT, SHARED, ZUCK_EN, ZUCK_ZH, need_shared

from transqa.cli import main
from transqa.engine import check_paths
from transqa.load import load_source

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def _json(capsys, args: list[str]) -> tuple[int, dict]:  # noqa: ANN001
    code = main(args)
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_shared_seed_is_the_bundled_seed() -> None:
    need_shared(SHARED / "seed/alibaba-russia-mail-ru.zh.md")
    assert (SHARED / "seed/alibaba-russia-mail-ru.zh.md").read_bytes() == (ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md").read_bytes()


def test_zuckerberg_article_extraction() -> None:
    need_shared(ZUCK_EN)
    doc = load_source(str(ZUCK_EN))
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "2005 Zuckerberg Didn’t Want To Take Over The World"  # title, without "| TechCrunch"
    assert doc.blocks[1].kind == "heading"
    body = " ".join(texts)
    assert "The Huffington Post has come across" in body and "Five years, eternity in Internet time." in body
    for junk in ("Sponsored Ads", "Got a Tip", "Just one more step", "world’s largest social network, with over 500"):
        assert junk not in body


def test_zuckerberg_pair(capsys) -> None:  # noqa: ANN001
    need_shared(ZUCK_EN, ZUCK_ZH)
    r = check_paths(str(ZUCK_EN), str(ZUCK_ZH))
    assert r.source is not None and r.target is not None
    # every English block (title, headline, body, quote, last image) is paired with its Chinese counterpart 1-1, but
    # the lead image (2) and the YouTube player (5), which the translation drops (newcomer 28 item 17)
    dropped = (2, 5)
    kept = [i for i in range(len(r.source.blocks)) if i not in dropped]
    assert [(b.source, b.target) for b in r.beads if b.target] == [((i,), (j,)) for j, i in enumerate(kept)]
    assert [b.source for b in r.beads if not b.target] == [(i,) for i in dropped]
    assert len(r.source.blocks) == 12 and len(r.target.blocks) == 10
    got = sorted((f.code, f.source.text if f.code == "TQA101" else f.target.text) for f in r.findings)
    assert ("TQA101", "come across this fascinating five-minute interview") in got
    assert ("TQA101", "penetrated 800") in got
    assert ("TQA303", "《T2》") in got and ("TQA303", "(T3)") in got
    # the nine defects a careful reader sees, and nothing else: two dropped links, the dropped lead image and player,
    # 《T2》, (T3), the emphasis moved from `just` to the whole clause, the two sentences run together after the motto,
    # and `Facebook` kept once where the translation writes 脸书 elsewhere (the source's `TheFacebook` there: fixb30 #5)
    assert sorted(code for code, _ in got) == ["TQA101", "TQA101", "TQA104", "TQA104", "TQA303", "TQA303", "TQA310", "TQA507",
                                               "TQA509"], got
    assert ("TQA310", "Facebook") in got
    assert ("TQA507", "但当然，") in got  # at the gap where the full stop is missing (newcomer 28 item 16)
    # the dropped links at their anchors' renderings (`…五分钟采访`, `渗透到 800`), not at column 1 (newcomer 28 item 16),
    # from whole words: not `分钟采访` cut out of 五分钟 (fixb29 #2)
    assert sorted(f.target.text for f in r.findings if f.code == "TQA101" and f.target) == ["五分钟采访", "渗透到 800"]
    emphasis = next(f for f in r.findings if f.code == "TQA509")
    assert emphasis.target is not None and emphasis.target.text.startswith("刚满 21 岁")
    # suggestions quote whole clauses and repair the title once
    t3 = next(f for f in r.findings if f.code == "TQA303" and f.target and f.target.text == "(T3)")
    assert t3.suggestion == "delete it"  # not a preview quoting 《T2》, the lost name's placeholder (its own finding)
    t2 = next(f for f in r.findings if f.code == "TQA303" and f.target and f.target.text == "《T2》")
    assert [(x.old, x.text) for x in t2.repairs] == [("《T2》之后的《社交网络》", "《社交网络》之后")]
    code, report = _json(capsys, ["check", str(ZUCK_EN), str(ZUCK_ZH), "--format", "json"])
    assert code == 1
    jsonschema.validate(report, SCHEMA)
    doc = report["documents"][0]
    assert doc["source"] == str(ZUCK_EN) and len(doc["alignment"]) == 12
    huff = next(f for f in doc["findings"] if f["code"] == "TQA101")
    assert huff["source"]["line"] == 276 and huff["target"]["line"] == 7


def test_seed_json_target_only(capsys) -> None:  # noqa: ANN001
    seed = ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md"
    code, report = _json(capsys, ["check", str(seed), "--format", "json"])
    assert code == 1
    jsonschema.validate(report, SCHEMA)
    doc = report["documents"][0]
    assert doc["source"] is None and doc["alignment"] == [] and doc["mode"] == "target-only"
    texts = {f["target"]["text"] for f in doc["findings"]}
    assert {"pay TM", "Mail 说。Ru", "T2", "where Alibaba recently backed an e-commerce firm", "【"} <= texts
    # the delete suggestion quotes the clause without the token, never a name cut mid-word (`…阿里巴巴总裁 M`)
    t2 = next(f for f in doc["findings"] if f["target"]["text"] == "T2")
    assert t2["suggestion"] == "unless a name was lost there, delete it: “据彭博报道，”"  # target-only (newcomer 43 #2)
    # one finding for the name Mail.ru: its repairs cover both `mail . ru` (certain) and `Mail 说。Ru` (suggested; the
    # verb 说 MT put between the pieces is kept, release 33)
    mail = next(f for f in doc["findings"] if f["target"]["text"] == "Mail 说。Ru")
    assert [(r["old"], r["text"], r["certain"]) for r in mail["repairs"]] == [
        ("Mail 说。Ru", "Mail.ru 说", False), ("mail . ru", "Mail.ru", True), ("mail . ru", "Mail.ru", True)]


def test_real_corpus_sample_never_crashes() -> None:
    """A slice of the real archive, target-only: no internal errors, spans inside their text."""
    docs = SHARED / "corpora/techcrunch-zh/techcrunch-blog-zh-2007-2014/docs"
    need_shared(docs)
    # every third of the first 150 files (r44: the 150 took 18 CPU s; the archive audit reads all 4,006 each release)
    files = sorted(docs.glob("*.md"))[:150:3]
    for p in files:
        try:
            r = check_paths(None, str(p))
        except Exception as exc:  # InputError for empty files is fine
            assert type(exc).__name__ == "InputError", (p, exc)
            continue
        assert not r.internal_error, (p, [f.message for f in r.findings if f.code == "TQA999"])
        raw = Path(p).read_text(encoding="utf-8")
        for f in r.findings:
            assert f.target is not None
            assert 0 <= f.target.offset <= f.target.end_offset <= len(raw)
