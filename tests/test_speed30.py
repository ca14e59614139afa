"""Release thirty, speed (issue 21): the sentence alignment of one long paragraph, called on its own, grows linearly
with the paragraph's length (tests/helpers.grows_linearly: CPU time at n and 4n sentences, never a wall-clock bound)."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.align import align_sentences
from transqa.memo import pair_scope
from transqa.model import Block

# sentences whose translations hold many dictionary renderings (公司, 融资, 筹集, 美元 …): the work the old call
# repeated for every sentence was reading every rendering of the whole paragraph
EN = ("The startup raised 5 million dollars in its latest funding round. ",
      "Investors said the company plans to hire more engineers next year. ")
ZH = ("这家初创公司在最新一轮融资中筹集了500万美元。", "投资者表示，该公司计划明年招聘更多工程师。")


def _block(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))


def _pair(n: int) -> tuple[list[Block], list[Block]]:
    return [_block("".join(EN[k % 2] for k in range(n)))], [_block("".join(ZH[k % 2] for k in range(n)))]


def test_a_long_paragraph_is_aligned_sentence_by_sentence_in_linear_time_outside_a_check() -> None:
    """align_sentences outside engine.check_documents (no pair scope of the caller: benchmarks/omission_runs.py and
    omission_narrow.py call it so) read the renderings of the whole target paragraph again for every sentence
    (lexicon.present_within): 416 sentences a side took 25 CPU s under cProfile, quadratic. At 60 and 240 sentences
    a side the old code's repeated reading dominates (measured 0.061 → 0.697 CPU s, 11x); it now runs in a pair scope
    of its own: 0.024 → 0.097 CPU s, 4x."""
    got = grows_linearly(lambda n: align_sentences(*_pair(n)), 60)
    assert got is not None
    assert len(got.source) == len(got.target) == 240
    assert all(len(b.source) == len(b.target) == 1 for b in got.beads)


def test_the_same_beads_inside_and_outside_a_pair_scope() -> None:
    """The scope only keeps what is computed: the caller's scope, its own, or none at all give the same beads."""
    source, target = _pair(30)
    alone = align_sentences(source, target)
    with pair_scope():
        scoped = align_sentences(source, target)
    assert alone is not None and scoped is not None
    assert alone.beads == scoped.beads
