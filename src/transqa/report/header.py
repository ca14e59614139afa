"""The alignment header of a pair's report, shared by the terminal report (text.py) and the HTML page (html.py):
what was matched, the groups paired with little confidence named by place."""

from __future__ import annotations

from transqa.escape import counted, line_safe
from transqa.result import CONFIDENT_BEAD, Result

WEAK_NAMED = 3  # the most weakly paired groups the header names (a wrong pair has them all weak: the warning says so)
# Display only (no finding depends on it). Measured (release 22) over the 1,949 WMT documents of the development splits:
# 69 have a weakly paired group, 57 one, 10 two, 1 three, 1 five: 3 names every one of them in all but one header.


def matched_line(r: Result) -> str:
    """What the alignment matched, in a translator's words ("beads", the aligner's word for a group of paragraphs
    that render each other, meant nothing to them)."""
    assert r.source is not None and r.target is not None
    # the groups paired with little confidence are not said to translate each other: the wrong-pair warning
    # (result.pair_mismatch) counts the same confident groups, and a newcomer's header said "4 groups translate
    # each other" under "1 of 10 paragraphs matched"
    both = len(r.confident_beads)
    weak = sum(1 for b in r.beads if b.source and b.target) - both
    # which paragraphs, by their first lines on both sides (file:line), so that a translator can look at the pairing
    places = [f"{line_safe(r.target_path)}:{r.target.blocks[b.target[0]].line} ↔ {line_safe(r.source_path or '')}:"
              f"{r.source.blocks[b.source[0]].line}" for b in r.beads if b.source and b.target and b.score < CONFIDENT_BEAD]
    named = "; ".join(places[:WEAK_NAMED]) + (f"; {len(places) - WEAK_NAMED} more" if len(places) > WEAK_NAMED else "")
    alone = sum(len(b.source) + len(b.target) for b in r.beads if not (b.source and b.target))
    hidden = len(r.hidden)  # TQA511's paragraphs: not to translate, to uncover
    return (f"Matched {len(r.source.blocks)} English and {len(r.target.blocks)} Chinese paragraphs: {counted(both, 'group')} "
            f"{'translates' if both == 1 else 'translate'} each other"
            + (f", {counted(weak, 'group')} {'was' if weak == 1 else 'were'} paired with little confidence ({named})" if weak else "")
            + f", {alone} {'has' if alone == 1 else 'have'} no counterpart"
            + (f" ({hidden} hidden by an unclosed comment in the Chinese)" if hidden else "") + ".")
