"""Where something of the source with no counterpart belongs in the translation: the translated paragraphs around a
bead with no target side, the insertion point (the next translated paragraph's first character, else the end of the
translation) and the place said in lines of the translation. Shared by the omission checks (TQA001) and the missing
images and players (TQA104)."""

from __future__ import annotations

from transqa.context import Context
from transqa.model import Block


def neighbours(ctx: Context, bead_index: int) -> tuple[int | None, int | None]:
    """The translated paragraphs around a bead with no target side: (the last before it, the first after it), as
    target block indexes, None where there is none (`insertion_place` and `between_lines` read both)."""
    after = next((ctx.beads[j].target[-1] for j in range(bead_index - 1, -1, -1) if ctx.beads[j].target), None)
    before = next((bead.target[0] for bead in ctx.beads[bead_index + 1:] if bead.target), None)
    return after, before


def insertion_fix(ctx: Context, near: tuple[int | None, int | None]) -> str:
    """TQA001's suggestion for the place insertion_place gives (`near`: the bead's `neighbours`), said in lines of the
    translation (`translate it and insert it between lines 13 and 15 of the translation`, `… after line 9, at the end of
    the translation`). It was `insert it before this paragraph`, which the text report shows in a box whose Chinese side
    is `(no translation)`, where "this paragraph" names nothing (the release-30 newcomer's item 8)."""
    return "translate it" if near == (None, None) else f"translate it and insert it {lines_place(ctx, near)}"


def insertion_place(ctx: Context, near: tuple[int | None, int | None]) -> tuple[Block, int, int] | None:
    """Where the translation of a bead with no target side goes (`near`: its `neighbours`): the start of the next
    translated paragraph, or, after the last one, the end of the translation (not the paragraph before it, where a
    translator would look for the missing one's neighbour rather than its place)."""
    after, before = near
    if before is not None:
        return ctx.target.blocks[before], 0, 0
    if after is not None:
        last = ctx.target.blocks[after]
        end = len(last.text.rstrip())
        return last, end, end
    return None


def between_lines(ctx: Context, near: tuple[int | None, int | None]) -> str:
    """Where a paragraph with no translation belongs, said in lines of the translation (` (its place: between lines 17
    and 19 of the translation)`): its finding stands at the next paragraph's first character (`insertion_place`), which
    a concise line, SARIF or JUnit shows as a finding on that paragraph (newcomer 27 item 5); "" with no neighbour."""
    if near[1] is None:
        return ""  # after the last paragraph: its finding stands at the end of the translation, its place
    return f" (its place: {lines_place(ctx, near)})"


def lines_place(ctx: Context, near: tuple[int | None, int | None]) -> str:
    """The place of a paragraph with no translation (`near`: its `neighbours`, one at least not None) in lines of the
    translation: `between lines 17 and 19 of the translation`, `before line 3, the first of the translation`, or
    `after line 9, at the end of the translation`."""
    after, before = near
    blocks = ctx.target.blocks
    last = None if after is None else ctx.target.location(blocks[after], len(blocks[after].text), len(blocks[after].text)).line
    if before is None:
        return f"after line {last}, at the end of the translation"
    first = ctx.target.location(blocks[before], 0, 0).line
    if last is None:
        return f"before line {first}, the first of the translation"
    return f"between lines {last} and {first} of the translation"
