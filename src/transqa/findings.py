"""The finding record: small, immutable, with places on both sides."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

INTERNAL_ERROR_CODE = "TQA999"  # the code of the meta rule that reports a check family's crash


class Severity(StrEnum):
    """info < warning < error."""
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error: for comparisons with a gate."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """A span of one input file: 1-based line and column (code points), end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    offset: int = 0
    end_offset: int = 0

    def as_dict(self) -> dict[str, object]:
        """The JSON form (transqa.report/1)."""
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
        }


class RepairKind(StrEnum):
    REPLACE = "replace"  # put `text` in place of raw[start:end]
    DELETE = "delete"  # remove raw[start:end] (text is "")
    RELINK = "relink"  # wrap raw[start:end] (a link's anchor text) in a link: text is the new markup


@dataclass(frozen=True, slots=True)
class Repair:
    """One edit of the target file, on raw offsets, with the new text.

    `certain`: `transqa fix` applies it. Anything else is a suggestion: shown in reports, never applied.
    A repair is certain when the original's spelling (or a glossary `keep`) decides it, or, without the
    original, when it needs no guess (a tokenisation garble: `mail . ru`, a sentence break inside a
    name, a space inside a lower-case word whose joined form the article's prose uses). Case changes,
    joined capitalised words and repairs whose evidence is a URL, a file name or a tag are suggestions.
    """

    kind: RepairKind
    start: int  # raw offsets in the target file, end exclusive
    end: int
    text: str
    certain: bool
    old: str = ""  # the text replaced, raw[start:end]

    def describe(self) -> str:
        if self.kind is RepairKind.DELETE:
            return f"delete {self.old!r}"
        if self.kind is RepairKind.RELINK:
            return f"link {self.old!r}: {self.text!r}"
        return f"{self.old!r} → {self.text!r}"

    def as_dict(self) -> dict[str, object]:
        return {"kind": str(self.kind), "start": self.start, "end": self.end, "text": self.text,
                "old": self.old, "certain": self.certain}



def fingerprint_of(code: str, source_text: str, target_text: str) -> str:
    """The 16 hex digits of SHA-1 over a rule code and the texts of its two places (empty for no place), joined by a
    unit separator: `Finding.fingerprint`, and the baseline's print of a finding with its long places cut."""
    return hashlib.sha1("\x1f".join((code, source_text, target_text)).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect: rule code, name and category, severity, a one-line message, its places in the source and the
    target (either may be None), a suggestion, the blocks it is about, and typed repairs (certain ones are applied by `fix`).
    `whole`: the finding is the one verdict on the whole pair, which says all there is to say of it (TQA004: a file that
    is not the article; TQA401: a translation left in English): the wrong-pair warning (result.pair_mismatch) is left
    out, and the audit summary lists the article apart, before its ranking (audit.summary: a consent page with one
    finding scored 1 and ranked out of sight). In the JSON form as `"whole": true` (absent when False), so an audit
    record decoded from it keeps it; not part of equality. `deletes`: the rule advises deleting the whole of the target place (TQA314's site name in a title, a
    TQA505 leaked embed with nothing to link instead, TQA508's invisible character), whatever its suggestion's wording
    (deletes_its_place); a mark of the checked Result like `whole`. `latin_name`: the name in Latin script that a rule of a
    name translated as words (TQA316, TQA317, TQA319, TQA399) says its target renders, as its suggestion writes it
    (`SmartShopper`; `Credit` of `Credit 评分`; `zhimacredit` where the suggestion asks for the owner's spelling of what the
    address spells), handed over by the rule so that `linknames.written_again` reads it, not parses the suggestion's
    text; None for the other rules. A mark of the checked Result like `whole`."""
    code: str
    rule: str
    category: str
    severity: Severity
    message: str
    source: Location | None
    target: Location | None
    suggestion: str | None = None
    source_block: int | None = None
    target_block: int | None = None
    repairs: tuple[Repair, ...] = field(default=())
    whole: bool = field(default=False, compare=False)
    deletes: bool = field(default=False, compare=False)
    latin_name: str | None = field(default=None, compare=False)

    @property
    def certain_repairs(self) -> tuple[Repair, ...]:
        return tuple(r for r in self.repairs if r.certain)

    @property
    def sort_key(self) -> tuple[object, ...]:
        """Report order: target offset, source offset, code, target end, message (findings without a target
        last)."""
        t = self.target
        s = self.source
        return (
            t.offset if t else (1 << 60),
            s.offset if s else (1 << 60),
            self.code,
            t.end_offset if t else 0,
            self.message,
        )

    @property
    def fingerprint(self) -> str:
        """A hash of what the finding is about, independent of its line numbers."""
        return fingerprint_of(self.code, self.source.text if self.source else "", self.target.text if self.target else "")

    def as_dict(self) -> dict[str, object]:
        """The JSON form (transqa.report/1)."""
        return {
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "suggestion": self.suggestion,
            "fingerprint": self.fingerprint,
            **({"repairs": [r.as_dict() for r in self.repairs]} if self.repairs else {}),
            **({"whole": True} if self.whole else {}),
        }


def unique_fingerprints(findings: Sequence[Finding]) -> list[str]:
    """The reported `fingerprint` of each finding of one file, in order: unique within the file and the same on every
    run. The first finding with a given rule and text keeps `Finding.fingerprint` (code-scanning alerts tracked by it
    stay theirs); the k-th after it (k ≥ 1, in report order) hashes that with k: every TQA504 on a lone `“` of an
    article shared one id, so a code-scanning service merged them into one alert."""
    seen: Counter[str] = Counter()
    out: list[str] = []
    for f in findings:
        base = f.fingerprint
        k = seen[base]
        seen[base] += 1
        out.append(base if k == 0 else hashlib.sha1(f"{base}\x1f{k}".encode()).hexdigest()[:16])
    return out


def at_or_above(findings: Iterable[Finding], threshold: Severity) -> list[Finding]:
    """The findings at or above a severity: those that fail a gate at `threshold`."""
    return [f for f in findings if f.severity.rank >= threshold.rank]


def without_inside(
    findings: list[Finding], covers: Callable[[Finding], bool], covered: Callable[[Finding], bool],
    side: Literal["source", "target"] = "target",
) -> list[Finding]:
    """The findings less those that `covered` selects whose place on `side` (file offsets) lies inside the place
    of a finding that `covers` selects: one defect, reported once, by the covering rule (a leaked embed and the
    brackets inside it, a lost clause and its figure, a garbled name and its English-looking words). Order kept;
    the list itself when nothing covers."""
    spans = [(loc.offset, loc.end_offset) for f in findings if covers(f) and (loc := getattr(f, side)) is not None]
    if not spans:
        return findings

    def inside(f: Finding) -> bool:
        loc: Location | None = getattr(f, side)
        return loc is not None and any(s <= loc.offset and loc.end_offset <= e for s, e in spans)

    return [f for f in findings if not (covered(f) and inside(f))]


def deletes_its_place(f: Finding) -> bool:
    """Whether `f` advises deleting the whole of its target place: its rule marked it so (Finding.deletes: TQA314's site
    name in a title, TQA505's leaked embed, TQA508's invisible character), or a certain delete repair spans its place
    (TQA303's stray token; a hedged one, TQA303's `unless a name was lost there, delete it` for `S24` where the
    original writes `S23`, leaves the number's own finding, TQA201, standing). Never read from the suggestion's
    wording (review 35: `startswith("delete it")` made a rewording change which findings without_inside_deleted drops)."""
    t = f.target
    if t is None or t.end_offset <= t.offset:
        return False
    return f.deletes or any(
        r.kind is RepairKind.DELETE and r.certain and r.start <= t.offset and t.end_offset <= r.end for r in f.repairs)


def without_inside_deleted(findings: list[Finding]) -> list[Finding]:
    """One place, one advice: a finding that advises deleting a span of the translation leaves no other finding that
    advises an edit inside that span (newcomer 35 item 5: one title got TQA314 `delete “tech crunch”` and TQA315
    `restore its capitals`). A finding that deletes the same span too stays (two readings of one deletion); a place of
    no length (an insertion point) is no edit inside. Over the archive audit of release 35: 4 findings removed (TQA315
    three times, TQA302 once), each the `tech crunch` a title's TQA314 deletes."""
    return without_inside(findings, deletes_its_place,
                          lambda f: not deletes_its_place(f) and f.target is not None and f.target.end_offset > f.target.offset)

