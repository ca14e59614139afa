"""Issue 21: a paragraph of thousands of sentences naming people, with its original, checked in time linear in its
length (each name was sought in the whole paragraph: quadratic, 70 CPU s at 4,000 sentences)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from transqa.checks.transliteration import common
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

# syllables with the characters that transliterate them: random names the translation renders by sound
_SYLLABLES = {"ka": "卡", "la": "拉", "ma": "马", "na": "纳", "ba": "巴", "da": "达", "ta": "塔", "sa": "萨", "ri": "里",
              "ni": "尼", "mi": "米", "ti": "蒂", "ko": "科", "lo": "洛", "mo": "莫", "no": "诺", "to": "托", "ru": "鲁"}


def _names_paragraph(n: int) -> tuple[str, str]:
    """One paragraph of n sentences each naming a random person, in English and in Chinese."""
    r = random.Random(41)
    keys = list(_SYLLABLES)
    en, zh = [], []
    for _ in range(n):
        first, last = ([r.choice(keys) for _ in range(3)] for _ in range(2))
        en.append(f"{''.join(first).capitalize()} {''.join(last).capitalize()} said the company would grow.")
        zh.append(f"{''.join(_SYLLABLES[s] for s in first)}·{''.join(_SYLLABLES[s] for s in last)}表示该公司将会增长。")
    return " ".join(en) + "\n", "".join(zh) + "\n"


NAME_RULES = Settings(select=("TQA310", "TQA311", "TQA312", "TQA313"))


def test_names_in_a_long_paragraph_grow_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """20 and 80 sentences, the work counted: the sound-alike runs `_hits` weighs for the names (one
    `ends_before_word` per run kept), which e1298143 bounded to the stretch of a very long paragraph near the name's
    own sentence (name_reach) where each name was sought in the whole paragraph. A paragraph is a very long one from 8
    sentences here (LONG_PARAGRAPH 256 in the package) and the reach is 2 sentences each side (NEAR_SENTENCES 64), so
    the sizes stay small: fixed code 78 -> 279 runs (3.6x), the whole paragraph sought (no reach) 193 -> 1,973 (10.2x).
    The timed growth test this replaces (300 and 1,200 sentences, its CPU time) took ~7 CPU s."""
    monkeypatch.setattr(common, "LONG_PARAGRAPH", 8)
    monkeypatch.setattr(common, "NEAR_SENTENCES", 2)
    weighed = [0]
    inner = common.ends_before_word

    def counted(*args: Any) -> bool:  # noqa: ANN401
        weighed[0] += 1
        return inner(*args)
    monkeypatch.setattr(common, "ends_before_word", counted)

    def runs(n: int) -> int:
        weighed[0] = 0
        en, zh = _names_paragraph(n)
        check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh), NAME_RULES)
        return weighed[0]

    small, large = runs(20), runs(80)
    assert large <= 6 * small, f"20 sentences: {small} runs weighed, 80: {large} (linear: about 4x at most)"


def test_a_long_paragraph_still_finds_a_name_rendered_two_ways(monkeypatch) -> None:  # noqa: ANN001
    """Within its reach a name is sought as before: rendered 卡拉马 then 卡拉玛 a few sentences on, TQA310 says so."""
    monkeypatch.setattr(common, "LONG_PARAGRAPH", 32)
    monkeypatch.setattr(common, "NEAR_SENTENCES", 8)
    en, zh = _names_paragraph(80)
    en = en.rstrip("\n") + " Karama Tonoru said it. Later Karama said it again.\n"
    zh = zh.rstrip("\n") + "卡拉马·托诺鲁表示。后来卡拉玛又说了一遍。\n"
    result = check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh), NAME_RULES)
    assert any(f.code == "TQA310" and f.target is not None and "卡拉" in f.target.text for f in result.findings)
