"""The values that cross layers: a checked pair (Result) and one article of an audit (AuditRecord).

Renderers, the audit store and the workers depend on these data types and on transqa.codec, never on
the engine (and so never on the checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from transqa.align.dp import Bead
from transqa.errors import InputError
from transqa.escape import counted
from transqa.findings import INTERNAL_ERROR_CODE, Finding, unique_fingerprints
from transqa.model import Document

CONFIDENT_BEAD = 0.5  # a paired group of paragraphs scoring this or more translates each other (the header and the wrong-pair warning)


def below_half(matched: int, source_paragraphs: int, target_paragraphs: int) -> tuple[int, int] | None:
    """(matched, paragraphs of the longer side) when fewer than half of the longer side's paragraphs (at least 3)
    found a confident counterpart: the wrong-pair test TQA014 (`transqa.checks.page.mismatch`) and the warning for a
    run without it (`pair_mismatch`) share. None for a pair that looks like one."""
    longer = max(source_paragraphs, target_paragraphs)
    return None if longer < 3 or matched * 2 >= longer else (matched, longer)


def read_as_one(source: Document, target: Document) -> str | None:
    """Why a pair that does not align may be the right pair all the same: one side was read as 1 paragraph of
    several lines (Markdown joins lines with no blank line between them) while the other has 3 paragraphs or more
    (newcomer 30 item 2: a line-per-sentence translation named `.md` read as one paragraph beside its original's
    one a line was called another article, and the translator went looking for another original). None otherwise;
    an HTML original's lines say nothing of its paragraphs."""
    for doc, other, what in ((target, source, "translation"), (source, target, "original")):
        paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
        if len(paragraphs) != 1 or len(other.blocks) < 3 or doc.format == "html":
            continue
        lines = doc.raw[paragraphs[0].file_start:paragraphs[0].file_end].rstrip("\r\n").count("\n") + 1
        if lines >= 3:  # a .txt name helps a text with no Markdown only (the loader's test)
            from transqa.load import sniff_format

            txt = " (or name it .txt)" if what == "translation" and sniff_format(doc.raw) == "text" else ""
            return f"the {what} was read as 1 paragraph of {lines} lines: separate its paragraphs by blank lines{txt}"
    return None


def pair_mismatch(result: Result) -> str | None:
    """For a run without TQA014 (wrong-pair, transqa.checks.page: the same test), a warning when the alignment
    says the two files are not translations of each other: fewer than half of the paragraphs (of the longer side, at
    least 3) found a confident counterpart. None for a pair with a verdict on the whole of it (Finding.whole: TQA004 a
    file that is not the article, a consent page; TQA401 a translation in English): that one finding says all there is
    to say; the paragraphs an unclosed comment hides (TQA511) are left out of the count. Here, beside the Result it reads, for the command line's warning (service) and the HTML page's
    (report.html), which imported it from service inside a function: service imports the renderers."""
    if result.source is None or result.target is None or any(f.whole for f in result.findings):
        return None
    # the source paragraphs an unclosed `<!--` of the translation hides are out of the count: TQA511 says so
    counts = below_half(sum(len(b.target) for b in result.confident_beads),
                        len(result.source.blocks) - len(result.hidden), len(result.target.blocks))
    if counts is None:
        return None
    one = read_as_one(result.source, result.target)
    return (f"{result.source_path} and {result.target_path} do not look like an original and its translation: "
            f"{counts[0]} of {counts[1]} paragraphs matched{'; ' + one if one else ' (is it the right pair?)'}")


CORPUS_LINES = 300  # the fewest lines of a line-aligned corpus (line_corpus): the longest WMT22 general-test document has 51
# lines (its metainfo's docids: 181 documents, median 10), a whole test set 998 (WMT24) to 2,037 (WMT22) lines


def line_corpus(result: Result) -> str | None:
    """A warning when the pair looks like a line-aligned corpus checked as one article (a whole WMT test set: the
    source file beside one system's output): both files plain text with no Markdown, one segment a line (no blank
    line), the same number of lines, CORPUS_LINES at least. Such a file holds many unrelated documents, and names and
    numbers are then compared across them; the README's `A WMT test set` cuts the files by document first. Never
    changes the findings (release 41, mend item 5). None otherwise."""
    src, tgt = result.source, result.target
    if src is None or tgt is None or src.format != "text" or tgt.format != "text":
        return None
    counts = [d.raw.rstrip("\r\n").count("\n") + 1 for d in (src, tgt)]
    if counts[0] != counts[1] or counts[0] < CORPUS_LINES or any("\n\n" in d.raw.replace("\r", "") for d in (src, tgt)):
        return None
    return (f"{result.source_path} and {result.target_path} look like a line-aligned corpus ({counts[0]} lines each, "
            "no Markdown), checked as one article: names and numbers are compared across its documents; cut both files "
            "by document first and check the pairs in one run (README, `A WMT test set`)")


def hidden_parts(baselined: int, suppressed: int) -> list[str]:
    """What the baseline and the suppression directives hid (`5 findings hidden by the baseline`), for the totals
    lines of the check report and the audit summary."""
    return [f"{counted(n, 'finding')} hidden by {what}" for n, what in
            ((baselined, "the baseline"), (suppressed, "suppression directives")) if n]


@dataclass
class Result:
    """One checked pair (or a translation alone: source_path None).

    source/target are the loaded documents (None when loading failed: then `error` says why), beads the
    paragraph alignment (empty without a source), findings sorted by Finding.sort_key, after
    suppressions, severity overrides and the baseline; suppressed and baselined count what those hid; hidden
    the source paragraphs an unclosed comment of the translation hides (align.paragraphs.hidden_source), computed
    once by the engine for the omission filter, the wrong-pair warning and the text report's header.
    """

    source_path: str | None
    target_path: str
    source: Document | None
    target: Document | None
    beads: list[Bead] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    suppressed: int = 0
    baselined: int = 0
    config: str = ""  # the configuration file in use ("" for the defaults)
    hidden: frozenset[int] = frozenset()  # the source paragraphs an unclosed `<!--` of the translation hides (TQA511)
    # a translation checked alone: the file beside it named as its original (`slug.en.md`, not used) and the command
    # that checks the pair (service.with_original: one line, shell-quoted); None when there is no such file
    beside: tuple[str, str] | None = None
    # a translation checked alone because the original --fetch-source asked for could not be had: why (service.fetch_for,
    # one line); the text report says it where it would advise --fetch-source (mend19 item 5: it advised the option given)
    unfetched: str | None = None
    # the options that changed how the pair was read (`--one-per-line`, `--force-chinese`): the header's command that
    # checks this pair alone gives them again (newcomer 38 item 8: without `--one-per-line` a WMT pair aligns otherwise)
    reading: tuple[str, ...] = ()
    # the translation's file text when no document is loaded (an audit record rendered as SARIF: its snippets are the
    # file's text at each region, newcomer 40 item 4); None otherwise (`target.raw` is that text when it is loaded)
    raw: str | None = None
    # the rules the settings select for this translation, those that need the original included (config.Settings.enabled:
    # `--select`, `--ignore`, per-file ignores): the text report's header counts them (release 41, mend item 4: it
    # counted the rules on by default whatever was selected); None where unknown (an audit record)
    selected: frozenset[str] | None = None
    # the file the original was read from when the reports name it otherwise: a capture `--fetch-source` fetched is
    # named by its URL, read from its cached copy; the text report's `transqa check …` header names that copy (newcomer
    # 46 item 1: it gave the URL as a file, which exits 2 `no such file`); None when source_path is that file
    source_file: str | None = None

    @property
    def confident_beads(self) -> list[Bead]:
        """The paired groups of paragraphs the alignment is confident translate each other (CONFIDENT_BEAD)."""
        return [b for b in self.beads if b.source and b.target and b.score >= CONFIDENT_BEAD]

    def fingerprinted(self) -> list[tuple[Finding, str]]:
        """Each finding with the fingerprint reports give it (`findings.unique_fingerprints`: unique within the
        file): the one pass every format that shows a fingerprint reads (JSON, SARIF, CSV)."""
        return list(zip(self.findings, unique_fingerprints(self.findings), strict=True))

    @property
    def internal_error(self) -> bool:
        """True when a check family raised on this pair (reported as TQA999)."""
        return any(f.code == INTERNAL_ERROR_CODE for f in self.findings)


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why a pair could not be checked: kind (missing, binary, internal…) and a one-line message."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Stats:
    """Sizes of a checked pair: characters of the target's blocks, blocks on each side."""

    target_chars: int = 0
    target_blocks: int = 0
    source_blocks: int = 0


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One article of an audit, as the workers write it, the store keeps it and the audit reads it.

    `line` is the record's JSON line exactly as written (schema: docs/report-schema.md, a document of
    transqa.report/1 plus group, year, stats and reference); the other fields are decoded from it.
    Findings decoded from a line carry no file offsets (Location.offset = 0).
    """

    line: str
    source: str | None
    target: str
    findings: tuple[Finding, ...]
    error: ErrorInfo | None
    group: str
    year: str
    stats: Stats
    reference: dict[str, Any] | None
    suppressed: int = 0  # findings hidden by suppression directives
    baselined: int = 0  # findings hidden by the baseline
    baseline_fingerprints: tuple[str, ...] | None = None  # of the findings, as --write-baseline records them (None: not in the line)

    def fingerprinted(self) -> list[tuple[Finding, str]]:
        """Each finding with the fingerprint reports give it (`findings.unique_fingerprints`: unique within the
        file): the one pass every format that shows a fingerprint reads (JSON, SARIF, CSV)."""
        return list(zip(self.findings, unique_fingerprints(self.findings), strict=True))

    @property
    def internal_error(self) -> bool:
        """True when the pair crashed a loader or a check family."""
        return self.error is not None and self.error.kind == "internal"
