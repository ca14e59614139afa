"""Release twenty-three's debt: the mends of review 22 that could drift in behaviour, each pinned."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_from_paths_keeps_every_field_of_a_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """from_paths renumbers the jobs it gathers; every other field stays (it rebuilt them field by field and lost
    source_name, how reports name a fetched original)."""
    from transqa.audit import discover

    job = discover.Job(7, "a.zh.md", "cache/x.html", None, "g", "2020", source_name="https://example.com/a", note="n")
    monkeypatch.setattr(discover, "from_folder", lambda *args: [job])
    (got,) = discover.from_paths([str(tmp_path)])
    assert got == discover.Job(0, "a.zh.md", "cache/x.html", None, "g", "2020", source_name="https://example.com/a", note="n")


def test_finding_the_original_by_name_stops_at_the_fourth_match(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nine pages could be the original of a.zh.md: the note names the one used and two passed over, with `…` for
    the rest, and no page's head is read past the fourth match (every candidate was probed and every page read)."""
    from transqa.audit import discover

    target = tmp_path / "zh" / "a.zh.md"
    target.parent.mkdir()
    target.write_text("# 标题\n", encoding="utf-8")
    originals = tmp_path / "en"
    originals.mkdir()
    for ext in (".html", ".htm", ".md", ".markdown", ".txt"):
        (originals / f"a.en{ext}").write_text("<p>x</p>", encoding="utf-8")
        (originals / f"a{ext}").write_text("<p>x</p>", encoding="utf-8")
    read: list[str] = []
    real = discover.written_by_transqa
    monkeypatch.setattr(discover, "written_by_transqa", lambda p: read.append(p) or real(p))
    source, note = discover._find_by_name("a", ".", [str(originals)], str(target))
    en = originals
    assert source == str(en / "a.en.html")
    assert note == f"{target}: checked against {en / 'a.en.html'}, not {en / 'a.en.htm'}, {en / 'a.en.md'} … (an original named slug.en.* comes first)"
    assert read == [str(en / "a.en.html"), str(en / "a.en.htm")]


# a paragraph past untranslated.INDEXED (its words then sought through an index), and its translation
_LONG = ("The company said on Tuesday that it would keep its plans for the year. " * 60, "公司周二表示，将维持今年的计划。" * 60)


@pytest.mark.parametrize("lead", [("", ""), _LONG])
def test_a_kept_lower_case_phrase_is_sought_whole_in_a_paragraph_of_any_length(lead: tuple[str, str]) -> None:
    """`_source_phrase` finds the phrase through `_places` (the index of a long paragraph's words)."""
    from tests.helpers import fails

    fails("TQA401", lead[0] + "I am using a similar double crochet pattern.\n", lead[1] + "我用了类似的 double crochet 图案。\n")


def test_a_phrase_of_the_original_is_not_the_first_part_of_a_compound() -> None:
    """`_source_phrase`'s places (`compound=False`): not before a hyphen, as its own pattern had it; the other
    searches of a kept run take that place (`jaw` of `jaw-dropping`)."""
    from transqa.checks import untranslated

    for en in ("a double crochet-style pattern", _LONG[0] + "a double crochet-style pattern"):
        assert untranslated._places("double crochet", en, compound=False) == []
        assert [m.group(0) for m in untranslated._places("double crochet", en)] == ["double crochet"]


@pytest.mark.parametrize("lead", [("", ""), _LONG])
def test_an_unlisted_plural_the_english_capitalises_anywhere_is_a_name(lead: tuple[str, str]) -> None:
    """`_unlisted_plural` reads whether the English writes the word capitalised from its index of words: after a `#`
    too (`#Collabs`), as its own pattern did; not inside a longer word (`SuperCollabs`)."""
    from tests.helpers import fails, passes

    zh = lead[1] + "从来没有错过发布，喜欢的collabs，等等。\n"
    passes("TQA401", lead[0] + "Never missed a release, loved the collabs (#Collabs), etc.\n", zh)
    fails("TQA401", lead[0] + "Never missed a release, loved the collabs (SuperCollabs), etc.\n", zh)


def test_no_checked_translation_outlives_its_check() -> None:
    """The target-only name rule's index of glosses lives as long as the pair's check (`memo.pair_state`), not in a
    module global that kept the last translation alive for the life of the process (an audit worker)."""
    import gc
    import sys

    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "# 名字\n\nUdi Manber表示，公司正在增长。后来Udi Manber说，乌迪·曼伯同意。\n"
    doc = parse_markdown("a.zh.md", zh)
    held = sys.getrefcount(doc)
    assert any("乌迪·曼伯" in f.message for f in check_documents(None, doc).findings)  # (its gloss sought)
    gc.collect()
    assert sys.getrefcount(doc) == held


@pytest.mark.parametrize(("en", "shown"), [
    ("Bloomberg's analysts said the company will retrain workers.\n", "T2"),  # the name whole before an apostrophe
    ("Bloombergs said the company will retrain workers.\n", "彭博 T2"),  # not inside a longer word
    ("The People's Daily said the company will retrain workers.\n", "T2"),  # a name written with an apostrophe
    ("The Daily said the company will retrain workers.\n", "人民日报 T2"),
])
def test_a_stray_token_after_a_name_is_debris_when_the_original_writes_that_name(en: str, shown: str) -> None:
    """A stray token after a name CC-CEDICT knows: debris when the original writes the name whole (its words read once
    per pair), a garbled name with the token when it does not."""
    from tests.helpers import fails

    name = "彭博" if "Bloomberg" in en else "人民日报"
    f = fails("TQA303", en, f"{name} T2 公司表示将对工人进行再培训。\n")
    assert f.target is not None and f.target.text == shown


def test_every_format_that_shows_fingerprints_shows_the_same_ones() -> None:
    """JSON, SARIF and CSV read one pass of fingerprints (`Result.fingerprinted`): a finding repeated in a file (three
    lone quotation marks) gets one id each, the same in the three formats."""
    import csv
    import io
    import json

    from transqa.codec import document_json
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown
    from transqa.report.csvreport import render_csv
    from transqa.report.sarif import render_sarif

    r = check_documents(None, parse_markdown("a.zh.md", "# 题\n\n他说“好。\n\n她说“行。\n\n我说“是。\n"))
    listed = [fp for _, fp in r.fingerprinted()]
    assert len({f.fingerprint for f in r.findings}) == 1 and len(set(listed)) == len(listed) == 3
    assert [f["fingerprint"] for f in document_json(r)["findings"]] == listed  # type: ignore[index, union-attr]
    sarif = json.loads(render_sarif([r]))["runs"][0]["results"]
    assert [x["partialFingerprints"]["transqa/v1"] for x in sarif] == listed
    rows = list(csv.DictReader(io.StringIO(render_csv([r]))))
    assert [row[list(row)[-1]] for row in rows] == listed


@pytest.mark.parametrize(("v", "unit", "shown"), [
    (9.999999999999999e24, " 亿", "99999999999999990"),
    (1.2345678901234568e17, " 亿", "1234567890.1235"),  # rounded to four places
    (1.2345678901234568e17, " 万", "12345678901234.568"),
    (1.7976931348623157e308, "", "17976931348623157" + "0" * 292),
])
def test_a_huge_amount_is_scaled_exactly_from_its_shortest_digits(v: float, unit: str, shown: str) -> None:
    """numbers._four_places scales a huge amount by quantities.core.shifted (as an exact amount is), not by a division
    at a hand-raised precision: the digits are the float's shortest ones, rounded to four places."""
    from transqa.checks import numbers

    assert numbers._four_places(v / 10 ** {" 亿": 8, " 万": 4, "": 0}[unit], v, unit) == shown


def test_loading_a_translation_counts_its_han_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_target counts the Han characters per block once (`_letters`) and hands the count to other_cjk, which no
    longer counts them again over the joined text; a Japanese translation is still refused."""
    from transqa.errors import InputError
    from transqa.lang import script
    from transqa.load import load_target

    zh, ja = tmp_path / "a.zh.md", tmp_path / "b.zh.md"
    zh.write_text("# 标题\n\n公司表示，收入增长了。\n", encoding="utf-8")
    ja.write_text("# タイトル\n\nこの会社は、収入が増えたと言いました。それはとても良いことです。\n", encoding="utf-8")

    def counted_twice(text: str) -> int:
        raise AssertionError("Han counted again over the joined text")

    monkeypatch.setattr(script, "han_count", counted_twice)
    assert load_target(str(zh)).blocks
    with pytest.raises(InputError, match="Japanese"):
        load_target(str(ja))


def _scanned(doc: object, offset: int) -> int | None:
    """The old lookup: every block scanned in order for each finding."""
    for b in doc.blocks:  # type: ignore[attr-defined]
        if b.offsets and b.offsets[0] <= offset <= b.offsets[-1]:
            return int(b.index)
    return None


def test_the_html_report_finds_a_source_place_s_block_as_a_scan_in_order_did() -> None:
    """report.html looks the block of a source place up by bisection over blocks in file order: the same block as the
    scan of every block per finding gave, for every offset of a document (between blocks and past its end: none),
    and for blocks out of file order (scanned, as before)."""
    import dataclasses

    from transqa.load.markdown import parse_markdown
    from transqa.report import html

    en = "# Title\n\n" + "".join(f"Paragraph {k} says *something* about [a link](https://x.org/{k}).\n\n" for k in range(40))
    doc = parse_markdown("a.en.md", en + "- one\n- two\n\n> quoted\n")
    found = html._BlocksByOffset(doc)
    assert found.ordered
    assert [found.at(o) for o in range(-1, len(doc.raw) + 2)] == [_scanned(doc, o) for o in range(-1, len(doc.raw) + 2)]
    shuffled = dataclasses.replace(doc, blocks=[*doc.blocks[5:], *doc.blocks[:5]])
    found = html._BlocksByOffset(shuffled)
    assert not found.ordered
    assert [found.at(o) for o in range(len(doc.raw))] == [_scanned(shuffled, o) for o in range(len(doc.raw))]


def test_the_html_report_of_many_source_places_is_the_same_as_with_a_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's HTML report with every finding's source place given without its block (the case the lookup
    serves), rendered with the bisection and with the old scan per finding: the same page."""
    import dataclasses

    from transqa.engine import check_paths
    from transqa.report import html

    samples = Path(__file__).resolve().parents[1] / "corpora" / "samples"
    r = check_paths(str(samples / "scholz-visit.en.md"), str(samples / "scholz-visit.zh.md"))
    placed = [dataclasses.replace(f, source_block=None) for f in r.findings if f.source is not None]
    assert len(placed) >= 3
    r.findings = placed * 20
    page = html.render_html([r])
    monkeypatch.setattr(html._BlocksByOffset, "at", lambda self, offset: _scanned(r.source, offset))
    assert html.render_html([r]) == page


def _people(n: int, seed: int) -> str:
    """HOSTILE22 #1's article: n people each introduced by a `·` name with the Latin name in brackets, then named by
    the Latin name and the surname; some given names and surnames start with a vowel."""
    import random

    r = random.Random(seed)
    syl = "阿巴卡达埃法加哈伊贾卡拉马纳奥帕拉萨塔乌瓦扎贝克里斯蒂安森莫"

    def lat() -> str:
        return "".join(r.choice("bcdfgklmnprstvz" if k or r.random() < 0.8 else "aeiou") + r.choice("aeiou") for k in range(3)).capitalize()

    paras = []
    for _ in range(n):
        a, b, c, d = lat(), lat(), "".join(r.choice(syl) for _ in range(3)), "".join(r.choice(syl) for _ in range(3))
        paras.append(f"{c}·{d}（{a} {b}）表示，公司正在增长。后来{d}说，{a} {b}和{b}都同意。" if r.random() < 0.5
                     else f"{c}·{d}表示，公司正在增长。后来{a} {b}说，{a} {b}和{b}都同意。")
    return "# 名字\n\n" + "\n\n".join(paras) + "\n"


@pytest.mark.parametrize("seed", [7, 8])
def test_a_latin_full_name_is_tried_only_against_dot_names_it_may_match(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """The target-only full-name rule tries a Latin name only against the `·` names whose onsets its two tests need
    (`_DottedByOnset`): the same findings as trying every `·` name, with far fewer tries."""
    from tests.helpers import findings

    from transqa.checks.transliteration import target_only

    calls: list[int] = []
    real = target_only._as_full_name
    monkeypatch.setattr(target_only, "_as_full_name", lambda *a: calls.append(1) or real(*a))
    monkeypatch.setattr(target_only, "MAX_SOUNDALIKES", 10**6)  # the index alone (the cap is test_speed25's)
    zh = _people(75, seed)  # 75 people: 1,305-1,440 tries against 5,625 (150: 4,964-5,590 against 22,500, twice the CPU)
    indexed = [(f.code, f.message, f.target) for f in findings(None, zh)]
    tried = len(calls)
    calls.clear()
    monkeypatch.setattr(target_only._DottedByOnset, "candidates", lambda self, given, surname: self.ordered)
    assert [(f.code, f.message, f.target) for f in findings(None, zh)] == indexed
    assert any(c == "TQA310" for c, _m, _t in indexed)
    assert tried * 3 < len(calls)  # (by the surname's first consonant alone it made about four times as many)


def _scanned_alone(blocks: list[object], name: str, latin: bool) -> list[tuple[object, int]]:
    """The old search: the name sought in every block, kept where no `_edge` character touches it."""
    from transqa.checks.transliteration import target_only
    from transqa.lang.script import find_all

    out = []
    for b in blocks:
        text = b.text  # type: ignore[attr-defined]
        for i in find_all(text, name):
            e = i + len(name)
            if (i and target_only._edge(text[i - 1], latin)) or (e < len(text) and target_only._edge(text[e], latin)):
                continue
            if latin and target_only._name_word_before(text, i):
                continue
            out.append((b, i))
    return out


def test_a_name_standing_alone_is_found_in_the_runs_read_once_as_by_a_search_per_block() -> None:
    """`_alone_places` looks a name up among the blocks' runs of word characters (read once per pair): the same places
    as seeking it in every block, for Latin and Chinese names, whole or inside longer runs, after a `·` or a name."""
    import re

    from transqa.checks.transliteration import target_only
    from transqa.load.markdown import parse_markdown
    from transqa.memo import pair_scope

    zh = _people(40, 3) + "\n\nKendall说，Tim Kendall和Kendall's都在。雷·莱恩、布莱恩和莱恩来了，莱恩·雷也来了。Kendall-Smith、Anana。\n"
    blocks = parse_markdown("a.zh.md", zh).blocks
    latin = sorted({w for b in blocks for w in re.findall(r"[A-Z][a-z]+", b.text)}) + ["Ana", "Kendall's"]
    chinese = sorted({w for b in blocks for w in re.findall(r"[\u4e00-\u9fff]{2,3}", b.text)}) + ["莱恩", "雷·莱恩"]
    with pair_scope():
        for name in latin:
            assert target_only._alone_places(blocks, name, latin=True) == _scanned_alone(blocks, name, True), name
        for name in chinese:
            assert target_only._alone_places(blocks, name, latin=False) == _scanned_alone(blocks, name, False), name


def test_a_gloss_is_found_as_the_pattern_compiled_per_name_found_it() -> None:
    """`_glossed_in` reads a form's gloss with one compiled pattern and string searches: the same answer as the pattern
    that was compiled per form and name, over random texts of forms, dots, spaces, brackets and Latin letters."""
    import random
    import re

    from transqa.checks.transliteration.target_only import _glossed_in

    r = random.Random(23)
    alphabet = [*"乌迪曼伯·•・ (（)）Ud iManberx\n", "Udi Manber", "乌迪·曼伯", "Manber", "曼伯曼伯曼伯曼伯"]
    for _ in range(20_000):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 14)))
        f, t = r.choice(["乌迪", "曼伯", "乌迪·曼伯", "迪"]), r.choice(["Manber", "Udi Manber", "Udi", "x"])
        old = re.compile(re.escape(f) + r"(?:[·•・][\u4e00-\u9fff]{1,8})*\s*[(（][^)）]*(?<![A-Za-z])" + re.escape(t) + r"(?![a-z])")
        assert _glossed_in(text, f, t) == bool(old.search(text)), (text, f, t)
