"""Sentences of the Chinese alone that stop where they cannot: a title or paragraph cut after a function word."""

from __future__ import annotations

from collections.abc import Iterator

from transqa.checks.anchors import COMPLETE_WORDS
from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.registry import rule

CUT_SENTENCE = rule(
    "TQA506", "cut-sentence", "markup", Severity.WARNING,
    "A title or paragraph ends on a preposition, conjunction or particle with nothing after it",
    """
    What it checks: a heading, paragraph, quote or list item whose last word is a preposition or
    conjunction that needs what follows (`在`, `对`, `被`, `由`, `和`, `或`, `以及` …) or a phrase
    left open (`…中的`), with nothing after it; words that merely end in such a character (`现在`,
    `反对`, `埃及`) are complete.

    Why it matters: the rest of the sentence was lost in translation (or moved into a link or the next
    block); the reader gets half a title.

    Example: ZH (archive) `# 推广和合作中的`; ZH (archive, a Groupon interview) `…但是在`.

    Fix: complete the sentence from the original, or join it with the part that was split off.
    """,
    needs_source=False,
)
RULES = (CUT_SENTENCE,)

# What a sentence cannot end on, longest first.
DANGLING = ("以及", "因为", "如果", "并且", "中的", "和", "与", "及", "或", "对", "把", "被", "由", "在", "从", "向", "将")
TEXT_KINDS = ("heading", "paragraph", "quote", "list_item")


def dangling(text: str) -> str | None:
    """The word a text dangles on, or None when it ends complete."""
    t = text.rstrip(" *_`")
    for w in DANGLING:
        if t.endswith(w) and len(t) > len(w):
            if any(t.endswith(c) for c in COMPLETE_WORDS if len(c) > len(w)):
                return None
            if t[: -len(w)].endswith(("；", ";")):
                return None  # the "; and" that closes an enumerated list
            return w
    return None


def check(ctx: Context) -> Iterator[Finding]:
    blocks = ctx.target.blocks
    for i, b in enumerate(blocks):
        if b.kind not in TEXT_KINDS or not b.text.strip():
            continue
        if b.links and b.links[-1].end >= len(b.text.rstrip()):
            continue  # ends on a link: the anchor rules judge it
        w = dangling(b.text)
        if w is None:
            continue
        nxt = blocks[i + 1].text.lstrip() if i + 1 < len(blocks) else ""
        if nxt[:1] in ("，", ",", "、", "；"):
            continue  # the next paragraph continues it: a split sentence (TQA501), not a cut one
        end = len(b.text.rstrip(" *_`"))
        what = "title" if b.kind == "heading" else "paragraph"
        yield ctx.finding(
            CUT_SENTENCE,
            f"the {what} ends on {quote(w)} with nothing after it: {quote('…' + b.text[max(0, end - 16) : end])}",
            target=(b, end - len(w), end),
            suggestion=f"complete the {what} after {quote(w)} from the original, or join it with the part that was split off",
        )
