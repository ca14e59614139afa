"""The shapes of issue 21's last quadratic paths, fixed (release twenty-two): each is read off an index built once per
text instead of a walk over the whole text per name, term or cell; each index answers exactly what the walk did."""

from __future__ import annotations

import random
import re

import pytest

from transqa.checks.transliteration.known_literal import _match, _starts, _words
from transqa.checks.transliteration.target_only import _RunIndex
from transqa.checks.untranslated import INDEXED, _places, _quoted_in, _Taken, _word_starts
from transqa.lang.glosses import all_renderings
from transqa.lang.script import find_all
from transqa.lang.transliterate import TRANSLIT
from transqa.load.markdown import parse_markdown


def test_run_index_counts_as_the_whole_text_does() -> None:
    """_before_word's two counts (a name's places; its cut form's places that end a run, as find_all gives them)
    read off the article's runs of transliteration characters equal the counts over the whole text."""
    rnd = random.Random(7)
    letters = "阿巴卡利用的 "
    for _ in range(400):
        whole = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 40)))
        runs = _RunIndex(whole)
        for n in (2, 3, 4):
            for s in range(len(whole) - n + 1):
                part = whole[s : s + n]
                if not all(c in TRANSLIT for c in part):
                    continue
                alone = sum(1 for k in find_all(whole, part) if k + n >= len(whole) or whole[k + n] not in TRANSLIT)
                assert runs.alone(part) == alone, (whole, part)
                if n >= 3:
                    assert runs.count(part) == whole.count(part), (whole, part)


def test_run_index_keeps_a_repeated_run_once() -> None:
    """A name written a thousand times is one run of the index with its count, not a thousand to read per name."""
    runs = _RunIndex("阿巴卡用了。" * 1000)
    assert runs.count("阿巴卡") == 1000 and runs.alone("巴卡") == 1000
    assert runs.by_end["巴卡"] == [("阿巴卡", 1000)]


@pytest.mark.skipif(not all_renderings("mirror"), reason="needs the dictionary")
def test_literal_starts_only_near_a_piece_that_means_a_word() -> None:
    """TQA312 tries a name only near a piece that renders one of its words by meaning: none in a paragraph of other
    names (each of thousands of names walked it whole before); every start where the name matches is among them."""
    words = _words("The Sunday Mirror")
    assert _starts(words, "阿巴卡达拉玛纳萨塔" * 300) == []
    rnd = random.Random(3)
    pieces = ["周日", "星期日", "的", "镜像", "镜子", "阿巴", "说", " ", "卡达"]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        starts = set(_starts(words, text))
        for s in range(len(text)):
            if _match(words, text, s) is not None:
                assert s in starts, (text, s)


def test_kept_runs_and_quoted_terms_are_found_from_the_words_they_start_with() -> None:
    """A kept run's whole places, and a quoted term's quotation, found from the English's words (one index per
    paragraph) are those a search of the whole paragraph finds."""
    source = ('They said "good money" and "tank," then GOOD MONEY; fwiw-ish, x-fwiw, fwiw. '
              "'Tank' and 'tank' and “pod” pods GOOD MONEYS; see archive.org, #tank and tank@home.")
    source += " And so on, and so forth." * (INDEXED // 20)  # long enough to be read through its index
    assert "GOOD" in _word_starts(source) and "ish" not in _word_starts(source)
    for run in ("GOOD MONEY", "fwiw", "tank", "pod", "money", "ish", "archive", "home"):
        whole = re.compile(rf"(?<![A-Za-z0-9\-./@#]){re.escape(run)}(?![A-Za-z0-9]|\.[A-Za-z0-9])")
        assert [m.span() for m in _places(run, source)] == [m.span() for m in whole.finditer(source)], run
    for term in ("good money", "tank", "pod", "pods", "money"):
        quoted = re.compile(rf"[\"“'‘]{re.escape(term)}[,.]?[\"”'’]")
        assert _quoted_in(term, source) == (quoted.search(source) is not None), term


def test_taken_places_overlap_as_a_walk_over_them_says() -> None:
    rnd = random.Random(11)
    spans = [(a, a + rnd.randint(0, 90)) for a in (rnd.randint(0, 500) for _ in range(60))] + [(300, 10**6)]
    taken = _Taken(spans)
    for s in range(0, 620, 3):
        for e in (s, s + 1, s + 7, s + 130):
            assert taken.overlaps(s, e) == any(a < e and s < z for a, z in spans), (s, e)


def test_a_table_cell_spans_its_cell_not_its_row() -> None:
    """markdown-it maps each cell to its row; the loader clips it to the cell (sought from the end of the cell before
    it), so a row of many cells, each with an invisible character, is read once."""
    cells = [f" 甲{i}\u200b " for i in range(50)]
    raw = "|" + "|".join(f" h{i} " for i in range(50)) + "|\n|" + "---|" * 50 + "\n|" + "|".join(cells) + "|\n"
    doc = parse_markdown("t.zh.md", raw)
    body = [b for b in doc.blocks if b.text.startswith("甲")]
    assert [b.text for b in body] == [f"甲{i}" for i in range(50)]
    for i, b in enumerate(body):
        span = raw[b.file_start : b.file_end]
        assert f"甲{i}" in span and span.count("甲") == 1, (i, span)
