"""Release forty, late helper two: two quadratic spots of the name rules (issue 21), made linear exactly."""

from __future__ import annotations

import random

from tests.helpers import grows_linearly

from transqa.model import Block


def _block(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))


def test_extended_names_of_one_paragraph_are_found_as_one_name_at_a_time() -> None:
    # target_only._Extended indexes the paragraph once per name length; it must answer as `_extended_beside`
    from transqa.checks.transliteration.target_only import _Extended, _extended_beside

    r = random.Random(40)
    for _ in range(400):
        text = "".join(r.choice(["Go", "a", "+", " ", "G", "x", "谷", " D", "1"]) for _ in range(r.randrange(1, 30)))
        b = _block(text)
        ext = _Extended()
        for t in {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 6) + 1)} | {"Go", "a+a"}:
            assert ext(b, t) == _extended_beside(text, t), (text, t)


def test_thousands_of_latin_names_in_one_paragraph_are_weighed_for_extensions_in_linear_time() -> None:
    # 8,000 names in one 120 KB paragraph: one scan of the paragraph per name took 5.7 CPU s (quadratic)
    from transqa.checks.transliteration.target_only import _Extended

    def work(n: int) -> int:
        text = "，".join(f"Q{i:05d}x说 Q{i:05d}x Drive" if i % 7 == 0 else f"Q{i:05d}x说" for i in range(n))
        b = _block(text)
        ext = _Extended()
        return sum(ext(b, f"Q{i:05d}x") for i in range(n))

    assert grows_linearly(work, 4_000) == len(range(0, 16_000, 7))
