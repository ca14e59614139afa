"""What a check sees: the two documents, their alignment, and shared analyses computed once."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property

from transqa.align import Bead, SentenceAlignment, align_sentences
from transqa.findings import Finding, Location, Repair, RepairKind
from transqa.glossary import Glossary
from transqa.lang.script import find_all, wordless
from transqa.memo import per_pair
from transqa.model import Block, Document
from transqa.quantities import Quantity, chinese_quantities, english_quantities
from transqa.registry import Rule

Span = tuple[Block, int, int]


@dataclass(frozen=True)
class Copies:
    """The places of one text in some blocks, in order (`places`), and for each block holding it (by id) the index of
    its first place in `places` and its places' start offsets, ascending: where a sentence holds a copy is a bisect."""
    places: list[Span]
    by_block: dict[int, tuple[int, list[int]]]

    @classmethod
    def of(cls, places: Iterable[Span]) -> Copies:
        """The Copies of places given in order, block by block."""
        listed = list(places)
        by_block: dict[int, tuple[int, list[int]]] = {}
        for k, (b, start, _end) in enumerate(listed):
            by_block.setdefault(id(b), (k, []))[1].append(start)
        return cls(listed, by_block)


@dataclass
class Context:
    """What a check sees: the documents (source None in target-only mode), the paragraph beads, the glossary,
    and analyses computed once per pair (quantities, sentence alignments)."""
    source: Document | None
    target: Document
    beads: list[Bead]
    glossary: Glossary | None = None
    default_currency: str | None = None  # the dollar a bare `$` stands for (config `default-currency`)
    _sentences: dict[int, SentenceAlignment | None] = field(default_factory=dict, repr=False)
    # bead index → id(target block) → (starts, ends, bead of each of its target sentences), for aligned_sentences
    _sentence_index: dict[tuple[int, str], dict[int, tuple[list[int], list[int], list[int]]]] = field(default_factory=dict, repr=False)
    _copies: dict[tuple[str, tuple[int, ...], str], Copies] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ alignment helpers
    def pairs(self) -> Iterator[tuple[int, list[Block], list[Block]]]:
        """Beads with blocks on both sides: (bead index, source blocks, target blocks)."""
        if self.source is None:
            return
        for k, bead in enumerate(self.beads):
            if bead.source and bead.target:
                yield k, [self.source.blocks[i] for i in bead.source], [self.target.blocks[j] for j in bead.target]

    @cached_property
    def bead_of_target(self) -> dict[int, int]:
        """Target block index → index of its bead."""
        return {j: k for k, b in enumerate(self.beads) for j in b.target}

    @cached_property
    def bead_of_source(self) -> dict[int, int]:
        """Source block index → index of its bead."""
        return {i: k for k, b in enumerate(self.beads) for i in b.source}

    def aligned_sources(self, target: Block) -> list[Block]:
        """The source blocks of the bead that holds a target block; [] without an original or a bead."""
        k = self.bead_of_target.get(target.index)
        if self.source is None or k is None:
            return []
        return [self.source.blocks[i] for i in self.beads[k].source]

    def aligned_sentences(self, target: Span) -> list[tuple[Block, int, int]]:
        """The source sentences (block, start, end) that the sentence alignment of its bead pairs with the target
        sentence holding the start of a target span; [] without an original, a bead or such a sentence. The target
        sentences of a bead are indexed once (their starts per block, for bisect), not walked for each span
        (hostile29 #4)."""
        k = self.bead_of_target.get(target[0].index)
        found = self._aligned(k, target, "target")
        return [] if found is None else [found[0].source[m] for m in found[1].source]

    def aligned_targets(self, source: Span) -> list[tuple[Block, int, int]]:
        """The target sentences (block, start, end) that the sentence alignment of its bead pairs with the source
        sentence holding the start of a source span, in order; [] without an original, a bead or such a sentence
        (aligned_sentences the other way)."""
        k = self.bead_of_source.get(source[0].index)
        found = self._aligned(k, source, "source")
        return [] if found is None else [found[0].target[m] for m in found[1].target]

    def target_sentences_of(self, source: Span, block: Block) -> Span:
        """Where a finding about the source place `source` stands in `block`, its target paragraph: the target sentences
        of `block` that the sentence alignment pairs with the source sentence holding the start of `source` (the start
        of the first, the end of the last); the whole of `block` where none of them lies in it (no original, no
        sentence alignment, the sentence lost). A finding that carried the whole paragraph made the JSON report of a
        long paragraph with many findings grow with its square (issue 21; TQA203 was narrowed so in release 40)."""
        return _sentences_in(block, [(s, e) for b, s, e in self.aligned_targets(source) if b is block])

    def source_sentences_of(self, target: Span, block: Block) -> Span:
        """target_sentences_of the other way: the source sentences of `block` paired with the target sentence holding
        the start of `target`; the whole of `block` where none of them lies in it."""
        return _sentences_in(block, [(s, e) for b, s, e in self.aligned_sentences(target) if b is block])

    def _aligned(self, k: int | None, span: Span, side: str) -> tuple[SentenceAlignment, Bead] | None:
        """The sentence alignment of bead k and its sentence bead holding the start of `span` on `side` ("source" or
        "target"); None where there is none. Each side's sentences are indexed once per bead."""
        b, s, _e = span
        aligned = self.sentence_alignment(k) if k is not None else None
        if aligned is None or k is None:
            return None
        if (k, side) not in self._sentence_index:
            first_bead: dict[int, int] = {}  # sentence of the side → the first bead that holds it
            for n, bead in enumerate(aligned.beads):
                for j in getattr(bead, side):
                    first_bead.setdefault(j, n)
            index: dict[int, tuple[list[int], list[int], list[int]]] = {}
            for j, (tb, ts, te) in sorted(enumerate(getattr(aligned, side)), key=lambda u: u[1][1]):
                starts, ends, beads = index.setdefault(id(tb), ([], [], []))
                starts.append(ts)
                ends.append(te)
                beads.append(first_bead.get(j, -1))
            self._sentence_index[(k, side)] = index
        starts, ends, beads = self._sentence_index[(k, side)].get(id(b), ([], [], []))
        i = bisect_right(starts, s) - 1  # the last sentence starting at or before s: sentences do not overlap
        if i < 0 or s >= ends[i] or beads[i] < 0:
            return None
        return aligned, aligned.beads[beads[i]]

    def counterpart(self, target: Span, copies: Copies) -> Span | None:
        """Of the source places of one text (in order), the first inside the source sentences aligned with the target
        sentence holding `target` (aligned_sentences): where the English writes a name or a run twice in a paragraph,
        the copy the target's sentence renders, not the first; else the first place (None without one). The
        sentence alignment is sought only when there are two places or more; each sentence's first copy is a bisect
        (hostile29 #3, #4: listing every copy for each finding was N x N)."""
        places = copies.places
        if len(places) < 2:
            return places[0] if places else None
        first = len(places)
        for sb, ss, se in self.aligned_sentences(target):
            base, starts = copies.by_block.get(id(sb), (0, []))
            i = bisect_left(starts, ss)
            if i < len(starts) and starts[i] < se:
                first = min(first, base + i)
        return places[first] if first < len(places) else places[0]

    def run_copies(self, blocks: list[Block], run: str) -> Copies:
        """runs_in(blocks, run) as Copies, listed once per (blocks, run) and remembered (hostile29 #3)."""
        key = ("run", tuple(id(b) for b in blocks), run)
        if key not in self._copies:
            self._copies[key] = Copies.of(runs_in(blocks, run))
        return self._copies[key]

    def text_copies(self, blocks: list[Block], text: str) -> Copies:
        """The non-overlapping copies of `text` (non-empty, exact) in `blocks`, in order, listed once per (blocks,
        text) and remembered (hostile29 #4)."""
        key = ("text", tuple(id(b) for b in blocks), text)
        if key not in self._copies:
            self._copies[key] = Copies.of((b, i, i + len(text)) for b in blocks for i in find_all(b.text, text))
        return self._copies[key]

    # ------------------------------------------------------------------ cached analyses
    def sentence_alignment(self, bead_index: int) -> SentenceAlignment | None:
        """The sentence alignment inside paragraph bead `bead_index` (computed once per bead); None
        without a source, for a bead with an empty side, or when a side has no sentence."""
        if bead_index not in self._sentences:
            bead = self.beads[bead_index]
            got = None
            if self.source is not None and bead.source and bead.target:
                got = align_sentences([self.source.blocks[i] for i in bead.source], [self.target.blocks[j] for j in bead.target])
            self._sentences[bead_index] = got
        return self._sentences[bead_index]

    @cached_property
    def source_quantities(self) -> dict[int, list[Quantity]]:
        """Source block index → its quantities ({} without a source)."""
        if self.source is None:
            return {}
        return {b.index: english_quantities(b.text) for b in self.source.blocks}

    @cached_property
    def target_quantities(self) -> dict[int, list[Quantity]]:
        """Target block index → its quantities."""
        return {b.index: chinese_quantities(b.text) for b in self.target.blocks}

    @cached_property
    def source_text(self) -> str:
        """The source's blocks joined by newlines ("" without a source)."""
        return "\n".join(b.text for b in self.source.blocks) if self.source else ""

    @cached_property
    def target_text(self) -> str:
        """The target's blocks joined by newlines."""
        return "\n".join(b.text for b in self.target.blocks)

    # ------------------------------------------------------------------ building findings
    def repair(self, span: Span | Location, text: str, *, certain: bool, kind: RepairKind = RepairKind.REPLACE) -> Repair:
        """A repair of a span of the target (block span or file location): replace it by `text`."""
        loc = span if isinstance(span, Location) else self.target.location(*span)
        start, end = loc.offset, loc.end_offset
        if kind is RepairKind.DELETE:
            text = ""
        return Repair(kind, start, end, text, certain, self.target.raw[start:end])

    def finding(
        self,
        rule: Rule,
        message: str,
        *,
        source: Span | None = None,
        target: Span | None = None,
        suggestion: str | None = None,
        source_location: Location | None = None,
        target_location: Location | None = None,
        repairs: tuple[Repair, ...] = (),
        whole: bool = False,
        deletes: bool = False,
        latin_name: str | None = None,
    ) -> Finding:
        """A finding of `rule` with its code, name, category and default severity; spans are (block, start,
        end) offsets into a block's text, turned into file locations (or give locations directly).
        `repairs` are typed repairs (see `findings.Repair`) and are only allowed for fixable rules
        (ValueError otherwise); `whole`: the one verdict on the whole pair (Finding.whole); `deletes`: the finding advises
        deleting its whole target place (Finding.deletes); `latin_name`: the name a finding of a name translated as words
        says its target renders (Finding.latin_name)."""
        if repairs and not rule.fixable:
            raise ValueError(f"{rule.code} is not declared fixable but a finding carries a repair")
        sloc = source_location
        tloc = target_location
        if source is not None and self.source is not None:
            sloc = self.source.location(*source)
        if target is not None:
            tloc = self.target.location(*target)
        return Finding(
            code=rule.code,
            rule=rule.name,
            category=rule.category,
            severity=rule.severity,
            message=message,
            source=sloc,
            target=tloc,
            suggestion=suggestion,
            source_block=source[0].index if source else None,
            target_block=target[0].index if target else None,
            repairs=repairs,
            whole=whole,
            deletes=deletes,
            latin_name=latin_name,
        )


def whole(block: Block) -> Span:
    """The span of a block's whole text."""
    return (block, 0, len(block.text))


# The longest stretch of sentences a finding narrowed to them stands on: a longer one stands on its whole paragraph.
# A finding's place copies its text, except all of a block (the block's own string): a sentence alignment's 300 KB of
# a 358 KB paragraph copied for each of its 38,400 TQA204 findings took 20 CPU s (test_hostile39b's changed dates); a
# sentence of news runs well under 1,000 characters.
SENTENCES_MAX = 1000


def _sentences_in(block: Block, inside: list[tuple[int, int]]) -> Span:
    """From the start of the first of the sentences `inside` (block offsets, in order) to the end of the last; the
    whole block when there are none or when they run over SENTENCES_MAX characters."""
    if not inside:
        return whole(block)
    s, e = inside[0][0], inside[-1][1]
    return whole(block) if e - s > SENTENCES_MAX else (block, s, e)


# Quotation marks and apostrophes as one plain form each, for finding a run of the translation in the original
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d\u2032\u2033", "''\"\"'\"")
_RUN_ENDS = " \t\"'.,;:!?()[]<>«»…\u2018\u2019\u201c\u201d"


@per_pair
def _plain(text: str) -> str:
    """`text` lower-cased and with plain quotation marks, character for character (same length: offsets carry over);
    once a text and pair (hostile29 #3: each run kept re-lowered the same paragraphs)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text.translate(_PLAIN_QUOTES))


def runs_in(blocks: list[Block], run: str) -> Iterator[Span]:
    """Where `blocks` hold `run` (English kept in the translation, its quotation marks and end punctuation aside, in
    any case), in order: whole words or runs of words only (`it` is not the one of `with`)."""
    core = run.strip(_RUN_ENDS)
    if not core:
        return
    key = _plain(core)
    for b in blocks:
        text = _plain(b.text)
        i = text.find(key)
        while i >= 0:
            if not (text[i - 1 : i].isalnum() or text[i + len(key) : i + len(key) + 1].isalnum()):
                yield (b, i, i + len(core))
            i = text.find(key, i + 1)


def judged_run(ctx: Context, blocks: list[Block], run: str, target: Span) -> Span | None:
    """The English a run kept at `target` corresponds to: of the places `blocks` hold it (runs_in), the one in the
    English sentence aligned with the target's (Context.counterpart: a run the English writes twice is the copy
    the rule judged, not the first); else the first of them; else the first block whole (None without blocks)."""
    return ctx.counterpart(target, ctx.run_copies(blocks, run)) or (whole(blocks[0]) if blocks else None)


def whole_document(doc: Document) -> Span:
    """Where a finding on the whole document stands (TQA004 a consent page, TQA014 a wrong pair, TQA401 a
    translation in English): its first block with text, whole (the first block when none has text). The document
    must have a block."""
    return whole(doc.first_text_block() or doc.blocks[0])


def first_time(reported: set[tuple[int, int]], place: tuple[int, int]) -> bool:
    """True the first time a place (block index, offset) is asked about, which is then remembered: rules that
    can reach one place by several paths report it once."""
    if place in reported:
        return False
    reported.add(place)
    return True


def times(n: int) -> str:
    """How often, in words for a message: `once`, `3 times`."""
    return "once" if n == 1 else f"{n} times"


def repeats_title(line: int | str) -> str:
    """The words a finding on a repeated title heading ends with, naming the earlier heading (its 1-based `line`) that
    carries the same finding: `; this heading repeats line 1's title, reported there too: mend both` (TQA314, TQA323;
    newcomer 39 item 6: two equal findings read as one defect reported twice)."""
    return f"; this heading repeats line {line}'s title, reported there too: mend both"


def latin_alnum(c: str) -> bool:
    """An ASCII letter or digit: a character of a Latin word or figure that `piece` never cuts inside."""
    return c.isascii() and c.isalnum()


def piece(t: str, s: int, e: int) -> str:
    """t[s:e] (bounds clipped to the text) without a Latin word cut at either end: an end inside a word moves back to
    the word's start (`…阿里巴巴总裁 M` becomes `…阿里巴巴总裁`), a start inside one forward past it; a piece that
    would keep no word or character keeps the whole word instead. Han text is cut at any character."""
    s, e = max(0, s), min(len(t), e)
    a, z = s, e
    if 0 < a < z and latin_alnum(t[a - 1]) and latin_alnum(t[a]):
        while a < z and latin_alnum(t[a]):
            a += 1
    if a < z < len(t) and latin_alnum(t[z - 1]) and latin_alnum(t[z]):
        while z > a and latin_alnum(t[z - 1]):
            z -= 1
    if wordless(t[a:z]):
        a, z = s, e
        while z < len(t) and latin_alnum(t[z - 1]) and latin_alnum(t[z]):
            z += 1
    return t[a:z]


def quote(s: str, limit: int = 60) -> str:
    """Text in curly quotes, whitespace collapsed, cut to `limit` characters with an ellipsis, never inside a Latin
    word (`piece`; a single word longer than the limit is cut at the limit). Text that holds a double curly quote
    itself goes in single ones (‘“亚马逊”’), text that holds both kinds in corner brackets (「…」), so a reader sees
    where the quoted text starts and ends."""
    s = " ".join(s.split())
    if len(s) > limit:
        cut = piece(s, 0, limit - 1)
        s = (cut if len(cut) < limit else s[: limit - 1]).rstrip() + "…"
    if "“" not in s and "”" not in s:
        return f"“{s}”"
    return f"‘{s}’" if "‘" not in s and "’" not in s else f"「{s}」"


# Findings of one kind listed one by one in a paragraph; the rest are one finding with their count (HOSTILE28 #1: a
# broken export of 256,000 unclosed brackets gave 256,000 TQA503 findings, a 161 MB report and 1.5 GB of memory; release
# 29: 64,000 doubled commas gave 64,000 TQA510 findings). Release 28 chose 5 for TQA503/TQA508 (a 273-article archive
# sample: at most 2 of one kind in a paragraph). Release 29 bounds TQA510, TQA106, TQA505, TQA207 and TQA303 too, and real
# paragraphs hold more of those: the whole archive's audit (/work/runs/r29/archive-base.jsonl, 4,006 articles, one
# paragraph a line) has 3 lines with 6 findings of one of them (6 broken `10，000` figures of a list; two rows of
# placeholders T0-T5, T2-T7), 5 with 5, 8 with 4, none with more; the development splits none over 5. At 10 every real
# paragraph keeps all its findings (and TQA207's and TQA303's repairs), with room to spare. TQA509, TQA301 and TQA315
# are bounded too (hostile29 #2, #4: 8,000 and 12,800 findings of one paragraph): the archive's audit has no line with
# more than 2 TQA315 (TQA301 and TQA509 need the original), and the dev, dev2 and dev3 reports are byte-identical.
PER_PARAGRAPH = 10
DAMAGED = "the paragraph is probably damaged (a broken export): compare it with the original"


# `transqa fix` lists every place (release 40, late1): only a listed finding carries its repair, so a paragraph of 1,200
# spaced version points (`8 . x`) got at most PER_PARAGRAPH repairs a run, and the recheck, which must see fewer
# findings of the rule, still saw PER_PARAGRAPH + 1 of them: a first run repaired 5, a second 3, a third none.
_EVERY_PLACE: ContextVar[bool] = ContextVar("transqa_every_place_listed", default=False)


@contextmanager
def every_place_listed(on: bool = True) -> Iterator[None]:
    """While the block runs, listed_per_paragraph lists every finding (`on`), or bounds them as reports do (`on` False,
    inside an outer block that lists them all). For `transqa fix`, whose repairs are carried by listed findings."""
    token = _EVERY_PLACE.set(on)
    try:
        yield
    finally:
        _EVERY_PLACE.reset(token)


def crowded(findings: Iterable[Finding]) -> bool:
    """True when some paragraph holds more than PER_PARAGRAPH + 1 findings of one rule: findings found in an
    every_place_listed block that a report would bound (listed_per_paragraph)."""
    seen: dict[tuple[str, int], int] = {}
    for f in findings:
        if f.target_block is not None:
            key = (f.code, f.target_block)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > PER_PARAGRAPH + 1:
                return True
    return False


def listed_count(n: int) -> int:
    """How many of a paragraph's n findings of one kind are listed one by one: all when at most one is past the first
    PER_PARAGRAPH (one more is itself, not a count of one), else PER_PARAGRAPH."""
    return n if n <= PER_PARAGRAPH + 1 else PER_PARAGRAPH


def more_in_paragraph(ctx: Context, kind: Rule, b: Block, count: int, at: Location, what: str,
                      suggestion: str = DAMAGED) -> Finding:
    """The one finding of `kind` for the `count` places of block b past its first PER_PARAGRAPH, standing at the first
    of them (`at`, a file location: one place's text, not the whole rest of the paragraph); `what` names them in the
    plural (`brackets are never closed`). It carries no repair: `transqa fix` repairs the listed ones."""
    import dataclasses

    f = ctx.finding(kind, f"{count} more {what} in this paragraph (the first {PER_PARAGRAPH} are listed one by one)",
                    target_location=at, suggestion=suggestion)
    return dataclasses.replace(f, target_block=b.index)


def listed_per_paragraph(ctx: Context, kind: Rule, found: Iterable[Finding], what: str,
                         suggestion: str = DAMAGED) -> Iterator[Finding]:
    """`found` in order, less the findings of `kind` of a target paragraph past its first PER_PARAGRAPH: those are one
    finding per paragraph with their count (more_in_paragraph; one alone is itself), yielded after the rest. Findings of other rules, and
    of `kind` with no target paragraph, pass as they are. Lazy: the stream is read once, and only the count and the
    first unlisted finding of a paragraph are kept. Measured for TQA510, TQA106, TQA505, TQA207 and TQA303 (release 29):
    the 18 development splits' `real.py --details` reports and clean reference A's are byte-identical to release 28's
    (/work/briefs/base29; none of their paragraphs holds more than 5 of one); a paragraph of 64,000 doubled commas went
    from 64,000 findings (a 35 MB JSON report, 470 MB of memory, 5.0 CPU s) to 11 (7 KB, 190 MB, 3.3 CPU s)."""
    if _EVERY_PLACE.get():  # transqa fix: every place, each with its repair (every_place_listed)
        yield from found
        return
    listed: dict[int, int] = {}
    rest: dict[int, tuple[int, Finding]] = {}  # block index → (count past the first few, the first of them)
    for f in found:
        if f.code != kind.code or f.target_block is None or f.target is None:
            yield f
            continue
        n = listed.get(f.target_block, 0)
        if n < PER_PARAGRAPH:
            listed[f.target_block] = n + 1
            yield f
            continue
        count, first = rest.get(f.target_block, (0, f))
        rest[f.target_block] = (count + 1, first)
    if rest:
        blocks = {b.index: b for b in ctx.target.blocks}
        for i, (count, first) in rest.items():
            assert first.target is not None
            # one more is itself, not a count of one
            yield first if count == 1 else more_in_paragraph(ctx, kind, blocks[i], count, first.target, what, suggestion)
