"""Release thirty, speed (issue 21): the sentence alignment of one long paragraph, called on its own, grows linearly
with the paragraph's length (tests/helpers.grows_linearly: CPU time at n and 4n sentences, never a wall-clock bound)."""

from __future__ import annotations

import pytest
from tests.helpers import codes, findings, grows_linearly

from transqa.align import align_sentences
from transqa.lang import transliterate
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


# persons of the original named in every sentence of one long paragraph (TQA3xx's dropped person, names' windows)
PERSONS_EN = "Prime Minister Boris Johnson met Chancellor Olaf Scholz in Berlin on Monday. "
PERSONS_ZH = "周一，首相鲍里斯·约翰逊在柏林会见了总理奥拉夫·朔尔茨。"


def test_a_long_paragraph_naming_persons_is_checked_in_linear_time() -> None:
    """Each person of the original's paragraph had the name-dot parts of the whole translated paragraph read again
    (checks/transliteration/dropped.py), quadratic: 100 and 400 sentences a side took 0.27 and 2.87 CPU s (11x),
    1,000 took 17.2; now 0.12, 0.34 and 0.77."""
    def work(n: int) -> list[str]:
        return codes("# Title\n\n" + PERSONS_EN * n + "\n", "# 标题\n\n" + PERSONS_ZH * n + "\n")

    assert "TQA999" not in grows_linearly(work, 100)


def test_the_windows_of_a_long_text_are_kept_as_a_short_texts_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text over MAX_LISTED characters has its distinct windows kept, grouped by sound key, as a shorter one has
    (the same groups in the same order); with more than MAX_DISTINCT of them, none (each name walks the windows)."""
    text = PERSONS_ZH * 800 + "他说，约翰孙和肖尔茨都来了。"
    assert len(text) > transliterate.MAX_LISTED
    long = transliterate.keyed_windows(text, 6, wide=True)
    monkeypatch.setattr(transliterate, "MAX_LISTED", 10 * len(text))
    assert long is not None
    assert long == transliterate.keyed_windows(text, 6, wide=True)
    monkeypatch.setattr(transliterate, "MAX_LISTED", 20_000)
    monkeypatch.setattr(transliterate, "MAX_DISTINCT", 10)
    assert transliterate.keyed_windows(text, 6, wide=True) is None


def test_a_long_paragraph_gives_the_same_findings_whether_its_windows_are_kept_or_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The names' hits of a text whose windows are kept (keyed) and of one whose windows are walked for every name are
    the same: each run's first place and its key's score, sorted by score, length and form."""
    en = "# Title\n\n" + PERSONS_EN * 60 + "\n\n" + PERSONS_EN * 60 + "Scholz said so.\n"
    zh = "# 标题\n\n" + PERSONS_ZH * 60 + "\n\n" + PERSONS_ZH * 60 + "舒尔茨这样说。\n"  # TQA310: 舒尔茨 beside 朔尔茨
    monkeypatch.setattr(transliterate, "MAX_LISTED", 1000)  # each paragraph (1,600 characters) counts as long
    kept = [(f.code, f.message, f.target) for f in findings(en, zh)]
    assert kept
    monkeypatch.setattr(transliterate, "MAX_DISTINCT", 0)
    walked = [(f.code, f.message, f.target) for f in findings(en, zh)]
    assert kept == walked
