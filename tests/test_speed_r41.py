"""Release 41, issue 21 (pair-mode throughput): each quicker path gives exactly what the one it replaces gave."""

from __future__ import annotations

import random

import pytest

from transqa.lang.english import english_names
from transqa.lang.script import latin_tokens, name_key
from transqa.load.markdown import parse_markdown
from transqa.memo import pair_scope

_HAN = "的一是了人中国谷歌苹果公司微软亚马逊特斯拉推特脸书"
_OTHER = " ,。、Ab1-《》\n"


def _chinese_doc(rng: random.Random, paragraphs: int) -> str:
    paras = []
    for _ in range(paragraphs):
        n = rng.randint(0, 40)
        paras.append("".join(rng.choice(_HAN if rng.random() < 0.8 else _OTHER) for _ in range(n)).replace("\n", "") or "。")
    return "\n\n".join(paras) + "\n"


@pytest.mark.parametrize("budget", [0, 3, 256])
def test_gram_places_are_the_index_of_every_paragraphs_han_grams(monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    # found paragraph by paragraph (substring tests) before the budget, from the whole index after it: the same tuples
    from transqa.checks.transliteration import with_original as wo

    monkeypatch.setattr(wo, "_GRAMS_SCANNED", budget)
    rng = random.Random(budget)
    for k in range(30):
        blocks = parse_markdown("t.zh.md", _chinese_doc(rng, rng.randint(1, 12))).blocks
        with pair_scope():
            index = wo._read_gram_blocks(blocks)
            places = wo._GramPlaces(blocks)
            asked = list(index) + ["".join(rng.choice(_HAN) for _ in range(rng.randint(2, 4))) for _ in range(40)]
            rng.shuffle(asked)
            for g in asked:
                assert places.places(g) == index.get(g, ()), (k, g)
            assert (places.index is not None) == (len(set(asked)) > budget)


def test_english_names_keep_every_token_with_a_capital() -> None:
    # not str.islower() is "a capital somewhere" for the Latin tokens (ASCII, opening with a letter)
    rng = random.Random(41)
    letters = "aAbBzZ09.-'’& é"
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        want = frozenset(name_key(t) for _, _, t in latin_tokens(text) if t[:1].isupper() or any(c.isupper() for c in t[1:]))
        assert english_names(text) == want, text
    assert english_names("the iPhone and eBay, not apple or e-mail; NASA") == {"iphone", "ebay", "nasa"}
