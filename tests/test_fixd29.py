"""Release twenty-nine's paths a hostile tester found quadratic (hostile29 #1-#4), linear again: each is compared at 1x
and 4x the input (CPU time, tests/helpers.grows_linearly) or counted, never wall-clock timed."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.helpers import checked_alone, grows_linearly, run_cli, timed_pair

from transqa.align import Bead, SentenceAlignment, align
from transqa.audit.store import APPLICATION_ID
from transqa.checks import markup, names, untranslated
from transqa.checks.coverage import _content_words, _negated_clause_lost
from transqa.context import PER_PARAGRAPH, Context, Span
from transqa.load import parse
from transqa.load.markdown import parse_markdown

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"


@pytest.mark.parametrize(("sentence", "end"), [("Prices were not low, buyers said, and sellers agreed. ", ""),
                                               ("prices were not low and buyers said nothing to sellers ", "and it will not take long")])
def test_negated_clause_reads_a_paragraph_of_many_negations_once(sentence: str, end: str) -> None:
    """HOSTILE29 #1: for each negator, TQA012's negated-clause test walked every content word of the paragraph and
    searched for `until` to the paragraph's end (N negations: N x N; 34 KB -> 272 KB took 1.1 -> 32 s); in a paragraph
    with no stop it also sought `not … long` to the end for each. At n=300 the old code's walks are ~15x from n to 4n;
    bisect over the word starts and a search carried on from the last make it ~4x."""

    def work(n: int) -> tuple[int, int] | None:
        en = sentence * n + end
        words = _content_words(en)
        return _negated_clause_lost(en, "买家表示价格上涨，卖家同意。" * (n // 2), words, [bool(end)] * len(words))

    assert grows_linearly(work, 300) is None


def test_negated_clause_still_found_after_many_rendered_ones() -> None:
    """The bisect window is the old one: the last negated clause, its words unrendered, is found at its own place."""
    en = " ".join("Prices were not low, buyers said." for _ in range(50)) + " Sellers did not want higher taxes today."
    words = _content_words(en)
    loose = [s < en.index("Sellers") for s, _e, _w in words]
    got = _negated_clause_lost(en, "买家表示价格上涨。", words, loose)
    assert got is not None and en[got[0]:got[1]].startswith("not want higher taxes")


def _emphasis_context(n: int) -> Context:
    """A pair whose one paragraph stresses `new` n times in the original and the whole clause n times in the
    translation, every stretch opening with the same six characters (hostile29 #2's input, aligned)."""
    en = " ".join("The company said the *new* plan would work well." for _ in range(n))
    zh = "".join("公司表示**这个新计划将会非常有效地运作下去**。" for _ in range(n))
    source, target = parse("a.en.md", "# Plan\n\n" + en + "\n"), parse_markdown("a.zh.md", "# 计划\n\n" + zh + "\n")
    return Context(source, target, align(source, target))


def test_moved_emphasis_places_each_stretch_in_one_pass() -> None:
    """HOSTILE29 #2: TQA509 listed every copy of a stretch's opening and recounted the markup's copies from the
    paragraph's start for each stretch (8,000 stretches: 64 M find_all steps, 14 s). At n=400 the old code is ~16x
    from n to 4n (its 2.6 M steps at 4n against a few ms of the rest); one pass over the copies makes it ~4x."""
    contexts = {n: _emphasis_context(n) for n in (100, 400, 1600)}
    got = grows_linearly(lambda n: list(markup.check(contexts[n])), 400)
    moved = [f for f in got if f.code == "TQA509"]
    assert len(moved) == PER_PARAGRAPH + 1 and moved[-1].message.startswith(f"{1600 - PER_PARAGRAPH} more stretches")


def test_moved_emphasis_stands_at_its_own_copy_of_a_repeated_opening() -> None:
    """Each stretch is placed at the copy of its opening that the markup's copies before it count, not the first."""
    ctx = _emphasis_context(3)
    places = [f.target.column for f in markup.check(ctx) if f.code == "TQA509" and f.target]
    assert places == [7, 32, 57], places  # `这个新计划` of each 25-character `公司表示**…**。`, 1-based




def _kept_runs(n: int) -> Callable[[], Context]:
    """hostile29 #3's pair: one paragraph of n sentences each kept in English in the translation."""
    return timed_pair("# Title\n\n" + " ".join("The quick brown company reported strong growth again." for _ in range(n)) + "\n",
                 "# 标题\n\n" + "公司表示 the quick brown company reported strong growth again 今年增长。" * n + "\n")


def test_runs_kept_in_english_are_placed_in_the_original_once_per_paragraph_and_run() -> None:
    """HOSTILE29 #3: TQA401's judged_run re-normalised the whole aligned English paragraph (_plain) and listed every
    copy of the run in it (Context.counterpart) for each run kept (800 runs: 640,800 places, 33 s in str.join). At
    n=100 the old code is ~16x from n to 4n; once per block and per (paragraph, run) makes it ~4x."""
    pairs = {n: _kept_runs(n) for n in (25, 100, 400)}
    got = grows_linearly(lambda n: checked_alone(untranslated.check, pairs[n]), 100)
    assert [f.code for f in got] == ["TQA401"] * len(got) and got


def test_a_run_written_twice_is_placed_at_the_copy_its_sentence_renders() -> None:
    """Context.counterpart still picks, of the copies of a text, the one in the English sentence aligned with the
    target's, not the first (bisect over each sentence's copies); a lone copy needs no alignment."""
    ctx = _kept_runs(3)()
    sb = ctx.source.blocks[-1] if ctx.source else None
    tb = ctx.target.blocks[-1]
    assert sb is not None
    copies = ctx.run_copies([sb], "the quick brown company")
    assert [p[1] for p in copies.places] == [0, 54, 108]
    for k in range(3):
        at = tb.text.index("the quick", 40 * k)
        assert ctx.counterpart((tb, at, at + 9), copies) == copies.places[k]
    assert ctx.run_copies([sb], "the quick brown company") is copies
    assert ctx.counterpart((tb, 0, 1), ctx.text_copies([sb], "Title")) is None


def _garbled_names(n: int) -> Callable[[], Context]:
    """hostile29 #4's pair: one paragraph of n sentences, each garbling `Mail.ru` as `mail . ru`; the sentence
    alignment of the long paragraph is given one to one (working it out is not what the test times)."""
    en = " ".join(f"Mail.ru said its revenue rose {i + 5} percent." for i in range(n))
    zh = "".join(f"mail . ru 表示其收入增长了 {i + 5}%。" for i in range(n))
    source = parse("a.en.md", "# Russian internet company reports results\n\nThe company reported results on Tuesday.\n\n"
                   + en + "\n\nThe shares fell on Wednesday.\n")
    target = parse_markdown("a.zh.md", "# 俄罗斯互联网公司公布业绩\n\n这家公司周二公布了业绩。\n\n" + zh + "\n\n周三股价下跌。\n")
    beads = align(source, target)
    sb, tb = source.blocks[2], target.blocks[2]
    units = ([(sb, m.start(), m.end()) for m in re.finditer(r"Mail\.ru[^.]*\.", sb.text)],
             [(tb, m.start(), m.end()) for m in re.finditer(r"[^。]*。", tb.text)])
    assert len(units[0]) == len(units[1]) == n and beads[2].source == beads[2].target == (2,)
    one_to_one = SentenceAlignment(*units, [Bead((i,), (i,), 1.0) for i in range(n)])
    return lambda: Context(source, target, beads, _sentences={2: one_to_one})


def test_garbled_names_are_placed_in_the_original_in_one_pass() -> None:
    """HOSTILE29 #4: for each garbled copy of a name TQA301's _source_span listed every copy of the name in the aligned
    English paragraph and walked every sentence bead (Context.aligned_sentences): 3,200 garbles, 10 M steps. At n=400
    the old code is ~15x from n to 4n (0.04 -> 0.63 CPU s); once per (paragraph, name) and bisect over the sentence starts make it ~4x.
    Each garble still points at the copy of its own English sentence."""
    pairs = {n: _garbled_names(n) for n in (100, 400, 1600)}

    def work(n: int) -> list[Span | None]:
        ctx = pairs[n]()
        tb = ctx.target.blocks[2]
        return [names._source_span(ctx, "Mail.ru", (tb, m.start(), m.end())) for m in re.finditer("mail . ru", tb.text)]

    got = grows_linearly(work, 400)
    assert [p[1] if p else None for p in got] == [m.start() for m in re.finditer("Mail.ru", pairs[1600]().source.blocks[2].text)]


@pytest.mark.parametrize("seed", range(5))
def test_reported_name_spans_overlap_as_the_list_said(seed: int) -> None:
    """TQA301's reported spans (names._Reported, bisect over disjoint spans) answer as any() over the list did."""
    r = random.Random(seed)
    reported, listed = names._Reported(), []
    for _ in range(400):
        b, s = r.randrange(3), r.randrange(200)
        e = s + r.randint(1, 12)
        want = any(b == bi and s < le and ls < e for bi, ls, le in listed)
        assert reported.overlaps(b, s, e) == want
        if not want:
            reported.add(b, s, e)
            listed.append((b, s, e))


def test_garbled_and_broken_names_are_bounded_per_paragraph() -> None:
    """TQA301 and TQA315 list a paragraph's first PER_PARAGRAPH garbles one by one (each TQA301 with its repair), the
    rest as one finding with their count, like the other floods (hostile29 #4: 12,800 findings for a 274 KB file)."""
    make = _garbled_names(30)
    got = checked_alone(names.check, make) + checked_alone(untranslated.check, make)
    for code, what in (("TQA301", "garbled names"), ("TQA315", "broken names")):
        found = [f for f in got if f.code == code]
        assert len(found) == PER_PARAGRAPH + 1 and found[-1].message.startswith(f"{30 - PER_PARAGRAPH} more {what} in this")
    assert all(f.repairs for f in got if f.code == "TQA301" and "more" not in f.message)


def _database(path: Path, *statements: str) -> bytes:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize("table", ["other (x)", "results (x)"])
def test_a_foreign_database_given_as_the_store_is_refused_untouched(tmp_path: Path, table: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """HOSTILE29 #5: `--store app.db` naming another program's SQLite database (or one whose `results` table is not
    a store's) got transqa's table and WAL mode for good; it is refused with one line, exit 2, before it is opened."""
    store = tmp_path / "app.db"
    before = _database(store, f"CREATE TABLE {table}")
    code, _out, err = run_cli(capsys, "audit", str(SAMPLES / "wind-farm.zh.md"), "--store", str(store), "--no-progress", "-q")
    assert code == 2 and err.count("\n") == 1 and err.startswith("transqa: error:") and "cannot be used as the result store" in err
    assert store.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]


def test_a_new_an_empty_and_an_earlier_store_are_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new file, an empty one, an SQLite database with no table, a store transqa marked and a store of an earlier
    release (its `results` table, no mark) are all used as the store."""
    (tmp_path / "empty.db").write_bytes(b"")
    _database(tmp_path / "blank.db", "PRAGMA user_version=0")
    _database(tmp_path / "old.db", "CREATE TABLE results (key TEXT PRIMARY KEY, line TEXT NOT NULL)")
    for name in ("new.db", "empty.db", "blank.db", "old.db", "new.db"):
        code, _out, err = run_cli(capsys, "audit", str(SAMPLES / "wind-farm.zh.md"), "--store", str(tmp_path / name),
                                  "--no-progress", "-q", "-o", str(tmp_path / "o.jsonl"))
        assert code in (0, 1) and "result store" not in err, (name, err)
        db = sqlite3.connect(tmp_path / name)
        assert db.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert db.execute("SELECT count(*) FROM results").fetchone() == (1,)
        db.close()
