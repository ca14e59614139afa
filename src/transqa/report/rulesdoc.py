"""Rule documentation from the rules' own metadata and docstrings (transqa rules, docs/rules.md)."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable

from transqa import __version__
from transqa.registry import CERTAIN_REPAIRS, Rule, rules

_SECTIONS = re.compile(r"^(What it checks|Why it matters|Example|Fix):\s*", re.MULTILINE)


def rules_text() -> str:
    """Every rule, one line each: code, name, category, severity, whether it needs the original; each
    column as wide as its longest entry (a long rule name does not push its line out of line)."""
    lines = []
    table = rules().values()
    name_w = max(len(r.name) for r in table)
    cat_w = max(len(r.category) for r in table)
    sev_w = max(len(str(r.severity)) for r in table)
    for r in table:
        mode = "pair" if r.needs_source else "any"
        flag = "" if r.default_enabled else " (off unless selected)"
        lines.append(f"{r.code}  {r.name:<{name_w}} {r.category:<{cat_w}} {str(r.severity):<{sev_w}} {mode:<5} {r.summary}{flag}")
    return "\n".join(lines) + "\n"


def _sections(r: Rule) -> list[tuple[str, str]]:
    parts = _SECTIONS.split(r.doc)
    out = []
    for i in range(1, len(parts) - 1, 2):
        body = " ".join(parts[i + 1].split())
        out.append((parts[i], body[:1].upper() + body[1:]))
    return out


SHORT_WHAT_WORDS = 60
"""The most words of `What it checks` that `transqa rule CODE` prints without `--full` (whole sentences; a first
sentence longer than that is cut at a comma or colon, then …). The newcomer of release 35 met 1,870 words for TQA310,
1,515 for TQA401, 1,034 for TQA312, where the README promised what a rule checks, why, an example and the fix.
Measured over the 79 rules: their first paragraphs have 158 words at the median (14 of 79 fit in 60 whole); with 60,
the short output is 117 words at the median, 288 at most (TQA305, whose `Why` and `Fix` are long), 140, 113 and 97
for TQA310, TQA401 and TQA312."""

SHORT_PAGE_WORDS = 300
"""The most words of a short page (`transqa rule CODE`) that prints the first paragraph of `What it checks` whole: a
longer one is cut (SHORT_WHAT_WORDS). The reviewer of release 38 met TQA010's and TQA212's pages cut with `…` inside
a sentence or after their first case, pages of 182 and 275 words whole (mend 39 item 5); 300 is the bound the
newcomer's three pages are held to (tests/test_ux35.py). Over the 83 rules, 64 print it whole now (were 14)."""

def _breaks(text: str, marks: str) -> list[int]:
    """The offsets just after each of `marks` that a space follows and that stands outside backticks and brackets (a
    quoted example, `(e.g. …)`, keeps its stops and commas)."""
    out, depth, quoted = [], 0, False
    for i, ch in enumerate(text):
        if ch == "`":
            quoted = not quoted
        elif not quoted and ch in "(（[":
            depth += 1
        elif not quoted and ch in ")）]":
            depth = max(0, depth - 1)
        elif not quoted and not depth and ch in marks and (ch == " " or text[i + 1 : i + 2].isspace()):
            out.append(i + 1)
    return out


def _first_words(text: str, limit: int) -> str:
    """The leading sentences of `text` within `limit` words; when the first is longer, it up to its last comma, colon
    or semicolon within the limit (else its last space outside brackets), then `…` (a rule's first sentence often lists
    every case after a colon). A cut keeps a third of `limit` at least after the section's label (`What it checks:`)."""
    ends = [*_breaks(text, ".;"), len(text)]
    kept = max((e for e in ends if len(text[:e].split()) <= limit), default=0)
    if kept:
        short = text[:kept].strip()
        # a semicolon ends a case, not the sentence: the reader is told more follows (newcomer 37: TQA208's short
        # text stopped on `…多/少, fractions too (…);`, hiding the superlatives its headline names)
        return short[:-1].rstrip() + " …" if short.endswith(";") and kept < len(text.rstrip()) else short
    label = m.end() if (m := _SECTIONS.match(text)) else 0
    for marks in (",:;", " "):
        cuts = [e for e in _breaks(text[: ends[0]], marks) if len(text[label:e].split()) >= limit // 3 and len(text[:e].split()) <= limit]
        if cuts:
            return text[: cuts[-1]].rstrip(" ,:;") + " …"
    return text[: ends[0]].strip()


def former_names(r: Rule, quote: Callable[[str], str]) -> str:
    """The sentence naming a renamed rule's former names (`Rule.aliases`), each written by `quote`: `Former name
    'currency-changed': still accepted in configurations, --select, --ignore and ignore comments.` (newcomer 35:
    "Formerly named …, which configurations and directives may still use" read awkwardly)."""
    names = ", ".join(quote(a) for a in r.aliases)
    return (f"Former name{'s' if len(r.aliases) > 1 else ''} {names}: still accepted in configurations, --select, "
            "--ignore and ignore comments.")


# a line that starts an item of its own in a documentation paragraph: a list mark or a quoted example (`ZH `…``, `EN `…``)
_ITEM = re.compile(r"(?:[-*•] |\d+[.)] |(?:ZH|EN)\b)")


# a word with the quoted examples it holds (`徘徊在 7 月 9 日左右`,): one unit when it fits the line
_WORD = re.compile(r"(?:[^\s`]*`[^`]*`)+[^\s`]*|\S+")


def _fill(text: str, width: int, indent: str) -> list[str]:
    """`text` (one paragraph) in lines of at most `width` terminal cells (a Chinese character counts two), broken at
    spaces only, not inside a quoted example that fits a line (a word wider than the line stands alone: an address
    is never cut), its lines after the first led by `indent`."""
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    words = [w for t in _WORD.findall(text) for w in ([t] if cell_len(t) <= width - len(indent) else t.split())]
    for word in words:
        if line and cell_len(line) + 1 + cell_len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line.strip() else line + word
    return [*lines, line] if line else lines


def refit(doc: str, width: int) -> str:
    """A rule's documentation (`Rule.doc`, its source line breaks) with each paragraph refilled to `width` cells:
    `transqa rule CODE --full` printed TQA207's 285-character source line and broke others in odd places (newcomer2
    of release 39). Paragraphs stay apart; a list item or a line that starts a quoted example (`ZH `…``) starts its own
    line, its continuation indented two spaces (and that of `Example:` when items follow); an indented line is kept
    as it is. `width`: columns, 20 at least (raises ValueError below)."""
    if width < 20:
        raise ValueError(f"width {width} is below 20 columns")
    out: list[str] = []
    for para in re.split(r"\n[ \t]*\n", doc.strip("\n")):
        example = para.startswith("Example:")
        blocks: list[str] = []
        for line in para.split("\n"):
            if blocks and not _ITEM.match(line) and not line[:1].isspace() and not blocks[-1][:1].isspace():
                blocks[-1] += " " + line.strip()
            else:
                blocks.append(line)
        lines = [b.rstrip() if b[:1].isspace() else "\n".join(_fill(b, width, "  " if len(blocks) > 1 and (i or example) else ""))
                 for i, b in enumerate(blocks)]
        out.append("\n".join(lines))
    return "\n\n".join(out)


def rule_text(r: Rule, full: bool = False, width: int | None = None) -> str:
    """`transqa rule CODE`: the rule's line (code, name, category, severity, needs the original, off by default), its
    former names when it was renamed, its summary and its documentation. Short (the default): the first sentences of `What it checks` (SHORT_WHAT_WORDS),
    then the first paragraph of `Why it matters`, `Example` and `Fix`, and a closing line naming `--full` when it
    leaves any of the documentation out; `full`: the whole documentation, as docs/rules.md gives it, refilled to
    `width` columns when given (`refit`; the command gives the terminal's, 80 when not a terminal)."""
    flags = (", needs the original" if r.needs_source else "") + ("" if r.default_enabled else ", off unless selected")
    # former names (`Rule.aliases`): a reader who met the old name in a configuration or an older report learns that
    # it is this rule
    former = f"\n{former_names(r, repr)}" if r.aliases else ""
    head = f"{r.code} {r.name} ({r.category}, {r.severity}{flags}){former}\n\n{r.summary}\n\n"
    if full:
        return f"{head}{refit(r.doc, width) if width else r.doc}\n"
    firsts: dict[str, str] = {}
    for para in re.split(r"\n[ \t]*\n", r.doc):
        m = _SECTIONS.match(para)
        if m and m.group(1) not in firsts:
            firsts[m.group(1)] = " ".join(para.split())
    def page(parts: dict[str, str]) -> str:
        return "\n\n".join(textwrap.fill(body, 100, break_long_words=False, break_on_hyphens=False) for body in parts.values())

    short = page(firsts)
    if "What it checks" in firsts and len(f"{head}{short}".split()) > SHORT_PAGE_WORDS:
        short = page(firsts | {"What it checks": _first_words(firsts["What it checks"], SHORT_WHAT_WORDS)})
    more = len(r.doc.split()) - len(short.split())
    tail = f"\n\n(`transqa rule {r.code} --full`: the whole description, {more:,} words more)" if more > 0 else ""
    return f"{head}{short}{tail}\n"


def rule_pages(codes: list[str], full: bool = False, width: int | None = None) -> tuple[str, str | None]:
    """`transqa rules CODE…` and `transqa rule CODE`: the pages (`rule_text`) of the rules named by `codes` (codes or
    names, registry.resolve), one after the other, and the first code that names no rule (None when all do; the text
    is then "")."""
    from transqa.registry import resolve

    found = [(code, resolve(code)) for code in codes]
    unknown = next((code for code, r in found if r is None), None)
    if unknown is not None:
        return "", unknown
    return "\n".join(rule_text(r, full, width) for _code, r in found if r is not None), None


def rules_markdown() -> str:
    """docs/rules.md: every rule with its documentation."""
    out = [
        "# transqa rules",
        "",
        f"Generated by `transqa rules --format markdown` (transqa {__version__}) from the rules' own documentation;",
        "a test fails when this file is stale (`make rules-doc` regenerates it). Codes are stable: TQA + 3 digits,",
        "the hundreds digit is the category. `transqa rule CODE` prints one rule.",
        "",
        "## Repairs: certain or suggested",
        "",
        *textwrap.dedent(CERTAIN_REPAIRS).strip().splitlines(),
        "",
        "## The rules",
        "",
        "| code | name | category | severity | needs the original | default |",
        "|---|---|---|---|---|---|",
    ]
    table = rules()
    for r in table.values():
        out.append(f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.category} | {r.severity} | {'yes' if r.needs_source else 'no'} | {'on' if r.default_enabled else 'off'} |")
    for r in table.values():
        out += ["", f"## {r.code} {r.name}", "", f"*{r.summary}.* Category {r.category}, severity {r.severity}"
                + (", needs the English original" if r.needs_source else ", runs on the Chinese alone")
                + ("" if r.default_enabled else ", off unless selected") + "."
                + (f" {former_names(r, lambda a: f'`{a}`')}" if r.aliases else "")]
        for title, body in _sections(r):
            out += ["", f"**{title}.** {body}"]
    return "\n".join(out) + "\n"


def rules_json() -> str:
    """Every rule's metadata as JSON."""
    return json.dumps(
        [
            {"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity), "summary": r.summary,
             "needs_source": r.needs_source, "default_enabled": r.default_enabled, "aliases": list(r.aliases),
             "doc": dict(_sections(r))}
            for r in rules().values()
        ],
        ensure_ascii=False, indent=2,
    ) + "\n"
