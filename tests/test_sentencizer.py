"""transqa.lang.sentencizer gives spaCy's sentences (blank English pipeline + sentencizer), character for
character: on the bundled samples, on the real corpora, and on generated punctuation-heavy text. spaCy
is a test dependency here; the rules file must be the one benchmarks/sentence_rules.py writes from it."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import ROOT, SHARED, benchmark_module

from transqa.lang.english import english_sentences
from transqa.lang.sentencizer import sentences

pytestmark = pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy is not installed")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _spacy(text: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in _nlp()(text).sents]


def test_the_rules_file_is_the_installed_spacys() -> None:
    sentence_rules = benchmark_module("sentence_rules")
    assert (ROOT / "src/transqa/data/en_tokenizer.json").read_text(encoding="utf-8") == sentence_rules.render(), \
        "stale: run benchmarks/sentence_rules.py"


def test_examples() -> None:
    text = "He left at 10a.m. on Monday. The U.S. said no!  “Why?” she asked… (._.) Then :) it ended.\nNext line"
    assert sentences(text) == _spacy(text)
    two = "It rose 2.5%. Mr. Smith disagreed."
    assert [two[a:b] for a, b in sentences(two)] == ["It rose 2.5%.", "Mr. Smith disagreed."]
    assert sentences("") == [] and sentences("   ") == _spacy("   ")


def _paragraphs() -> list[str]:
    out = [p for f in sorted((ROOT / "corpora/samples").glob("*.en.*")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    wmt = SHARED / "corpora/wmt/wmt24_general_en-zh/txt/sources/en-zh.txt"
    if wmt.exists():
        out += wmt.read_text(encoding="utf-8").split("\n")
    return [p for p in out if p.strip()]


def test_the_corpora_get_spacys_sentences() -> None:
    paragraphs = _paragraphs()
    same = sum(sentences(p) == _spacy(p) for p in paragraphs)
    assert same == len(paragraphs), f"{len(paragraphs) - same} of {len(paragraphs)} paragraphs differ"


def test_english_sentences_keep_their_windows() -> None:
    text = ("A short sentence. " * 7000).strip()  # longer than one window
    spans = english_sentences(text)
    assert spans[0] == (0, 17) and all(text[a:b].strip() for a, b in spans)


UNITS = ["a.m.", "p.m.", "U.S.", "Mr.", "e.g.", ":)", "(._.)", "._.", "'s", "n't", "Can't", "10a.m.", "etc.", "Inc.", "No.",
         ".", "!", "?", "...", "…", "。", "？", "\"", "“", "”", "'", "’", "(", ")", "-", "—", ",", ";", ":", "$", "%", "Hello",
         "the", "I", "2.5", "1,000", "http://example.com/a.b", "www.x.com", "a@b.com", "co-op", "A.B", "a.B", " ", "  ", "\n",
         "\t", "\u00a0", "\u2009", "C++", "O'Neil", "''", "<3", "°", "£5", "tho'"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(UNITS), max_size=30).map("".join) | st.text(max_size=60))
def test_generated_text_gets_spacys_sentences(text: str) -> None:
    assert sentences(text) == _spacy(text)


def test_nested_brackets_get_spacys_sentences() -> None:
    for text in ("He said " + "(" * 300 + "no. Then " + ")" * 300 + " left.", "A " + "(" * 200 + "b" + ")" * 200 + ".. c.",
                 "x" + "." * 50 + " y", "(" * 120 + "Hi!" + "]" * 80):
        assert sentences(text) == _spacy(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".…%$)(]\"'”km0123456789aA,;:!?-°£\n", max_size=16))
def test_the_suffix_search_from_the_end_is_the_full_search(text: str) -> None:
    from transqa.lang.sentencizer import _rules, _suffix_search

    full, fast = _rules().suffix.search(text), _suffix_search(_rules(), text)
    assert (full and full.span()) == (fast and fast.span())


def test_nested_brackets_take_linear_time() -> None:
    import time

    text = "An English paragraph " + "(" * 20_000 + "with" + ")" * 20_000 + " brackets. And another sentence."
    start = time.process_time()
    got = sentences(text)
    assert len(got) == 2 and time.process_time() - start < 5  # quadratic, it took minutes (5,000 took 18 s)
