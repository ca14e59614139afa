"""Corpus summary of an audit: counts per rule and category, rates per 1,000 characters, the worst
articles, a breakdown per folder and per year, reference scores; as text, JSON or an HTML index."""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from transqa import GENERATOR_META
from transqa.audit.scores import corpus_scores
from transqa.escape import below_here, clipped, counted, line_safe, visible
from transqa.findings import Finding
from transqa.registry import rules
from transqa.result import AuditRecord, hidden_parts

WORST = 15
RANKING = ("highest score first: findings per 1,000 characters weighed by severity, error 1, warning 0.5, info 0.1, "
           "at most 3 of one rule per article")
MIN_CHARS_FOR_RATE = 200
"""The worst articles' `/1k chars` column (JSON `per_1000_chars`) is the article's findings, unweighed and uncapped,
per 1,000 of its characters, an article shorter than this counting as this long: the plain rate beside the score,
which counts a short article as MIN_CHARS_FOR_SCORE (a two-line file with one finding reads 5.000, not 80.000)."""
MIN_CHARS_FOR_SCORE = 1000
"""An article shorter than this is scored as if it were this long: one finding in a three-line brief is not the
worst article of an archive (the median TechCrunch translation of the archive has about 1,500 characters)."""
REPEATS_SCORED = 3
"""A rule's findings in one article count at most this many times in its score: TQA207 on every full-width
thousands separator of a table, TQA310 on one name 11 times, put a well translated article first, while a
search-and-replace fixes them all."""
WEIGHTS = {"error": 1.0, "warning": 0.5, "info": 0.1}
UNUSABLE_SHOWN = 20
"""The most unusable articles (Finding.whole) the text summary lists by name before the ranking (the JSON and HTML
summaries list them all): the archive of 4,006 has 73 TQA004 files (release 47 base audit), a newcomer's sample of 300
had 6; twenty at two lines each stay on one screen."""


def article_score(findings: Counter[tuple[str, str]], chars: int) -> float:
    """An article's place among the worst (RANKING): its findings per (rule, severity), capped at REPEATS_SCORED,
    weighed by WEIGHTS, per 1,000 of its characters (at least MIN_CHARS_FOR_SCORE)."""
    weighed = sum(WEIGHTS.get(sev, 0.0) * min(n, REPEATS_SCORED) for (_, sev), n in findings.items())
    return round(1000.0 * weighed / max(chars, MIN_CHARS_FOR_SCORE), 3)


@dataclass
class Summary:
    """Counts of an audit, added record by record: articles, findings by rule, category and severity, per
    folder and per year ([articles, findings, characters]), the articles ranked by errors, then warnings,
    then findings per 1,000 characters (RANKING), unreadable articles, reference scores."""
    articles: int = 0
    target_only: int = 0
    errors: int = 0  # articles that could not be read
    missing: int = 0  # paths given that do not exist (not articles)
    chars: int = 0
    findings: int = 0
    suppressed: int = 0  # findings hidden by suppression directives
    baselined: int = 0  # findings hidden by the baseline
    by_rule: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    groups: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))  # articles, findings, chars
    years: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    articles_rank: list[tuple[float, int, int, int, float, str]] = field(default_factory=list)  # score, errors, warnings, infos, rate, target
    rule_articles: Counter[str] = field(default_factory=Counter)  # the articles each rule was found in
    rule_first: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # each rule: its first finding's severity, place, text, message
    repairable: Counter[str] = field(default_factory=Counter)  # each rule: its findings with a certain repair (`transqa fix`)
    # the certain repairs of those findings, one at each place a finding names (TQA302's `mail . ru` ×2: one finding, two
    # repairs), as `audit --fix`'s `repairs:` line counts them (mend19 item 3: "55 repairable" beside "57 repairs"); the
    # text and HTML summaries say it, the JSON one as `repairs` since transqa.audit-summary/3 (newcomer 49 item 3)
    repairs: int = 0
    unusable: list[tuple[str, str, str]] = field(default_factory=list)  # articles with a whole-pair verdict: target, code, message
    error_list: list[tuple[str, str]] = field(default_factory=list)  # unreadable articles and paths not found, in order
    missing_list: list[str] = field(default_factory=list)  # the paths given that do not exist (targets of error_list)
    references: list[dict[str, object]] = field(default_factory=list)
    per_reference: list[tuple[str, float, float]] = field(default_factory=list)
    config: str = ""  # the configuration file the audit used ("" for the defaults), named as check's report names it
    fetched: bool = False  # --fetch-source was given: its closing line counts the originals not available instead

    def add(self, record: AuditRecord) -> None:
        """Count one article's audit record."""
        if record.error is not None:
            # a path given that does not exist is no article (newcomer 27 item 13: `audited 2 articles` for one file
            # and a mistyped name): counted apart, listed apart under `not found:`
            if record.error.kind == "missing":
                self.missing += 1
                self.missing_list.append(record.target)
            else:
                self.articles += 1
                self.errors += 1
            self.error_list.append((record.target, record.error.message))
            return
        self.articles += 1
        if record.source is None:
            self.target_only += 1
        n = len(record.findings)
        chars = record.stats.target_chars
        self.chars += chars
        self.findings += n
        self.suppressed += record.suppressed
        self.baselined += record.baselined
        sev: Counter[str] = Counter()
        kinds: Counter[tuple[str, str]] = Counter()
        for f in record.findings:
            self.by_rule[f.code] += 1
            if f.certain_repairs:
                self.repairable[f.code] += 1
                self.repairs += len(f.certain_repairs)
            self.by_category[f.category] += 1
            sev[str(f.severity)] += 1
            kinds[(f.code, str(f.severity))] += 1
            if f.code not in self.rule_first:
                self.rule_first[f.code] = (str(f.severity), *_place(record, f), _cut(f.message))
        self.rule_articles.update({code for code, _ in kinds})
        self.by_severity.update(sev)
        for table, key in ((self.groups, record.group or "."), (self.years, record.year or "unknown")):
            row = table[key]
            row[0] += 1
            row[1] += n
            row[2] += chars
        verdict = next((f for f in record.findings if f.whole), None)
        if verdict is not None:
            # not the article, or left in English (Finding.whole): listed apart, before the ranking and not in it; its
            # one finding scored about 1, so a consent page ranked below every translation with two errors (newcomer 47
            # item 1) while an editor re-fetches or translates it first
            # the whole message, on one line: the JSON and HTML summaries carry it all, the terminal's text cuts it
            # (_unusable_lines; newcomer 47 read “…” in the JSON)
            self.unusable.append((record.target, verdict.code, " ".join(verdict.message.split())))
        elif n:
            rate = 1000.0 * n / max(chars, MIN_CHARS_FOR_RATE)
            self.articles_rank.append((article_score(kinds, chars), sev["error"], sev["warning"], sev["info"], rate, record.target))
        ref = record.reference
        if ref and "bleu" in ref:
            self.references.append(ref)
            self.per_reference.append((record.target, float(ref["bleu"]), float(ref["chrf"])))

    @property
    def worst(self) -> list[tuple[float, int, int, int, float, str]]:
        """The WORST articles (score, errors, warnings, infos, findings per 1,000 characters, target), in RANKING
        order (ties: more errors, more warnings, then the path): a short article with one info does not come before
        one with seven findings and errors, nor one with twelve cosmetic repeats of one rule before one with
        several rules' errors."""
        return sorted(self.articles_rank, key=lambda x: (-x[0], -x[1], -x[2], x[5]))[:WORST]

    def rate(self, n: int, chars: int) -> float:
        """Findings per 1,000 characters, rounded to 3 decimals (0.0 without characters)."""
        return round(1000.0 * n / chars, 3) if chars else 0.0

    def errors_apart(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """error_list split, in order: the unreadable articles, then the paths given that do not exist (missing_list)."""
        missing = set(self.missing_list)
        return ([(t, e) for t, e in self.error_list if t not in missing], [(t, e) for t, e in self.error_list if t in missing])

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON (schema transqa.audit-summary/3: docs/audit-summary.schema.json, every field described;
        /3 added `repairs`)."""
        table = rules()
        unreadable, not_found = self.errors_apart()
        return {
            "schema": "transqa.audit-summary/3",
            "articles": self.articles,
            "target_only": self.target_only,
            "errors": self.errors,
            "missing": self.missing,
            "target_chars": self.chars,
            "findings": self.findings,
            "findings_per_1000_chars": self.rate(self.findings, self.chars),
            "hidden": {"baseline": self.baselined, "suppressions": self.suppressed},
            "configuration": self.config or None,
            "by_severity": dict(sorted(self.by_severity.items())),
            "by_category": dict(sorted(self.by_category.items())),
            "by_rule": [
                {"code": c, "rule": table[c].name if c in table else "", "severity": self.rule_first[c][0], "count": n,
                 "articles": self.rule_articles[c], "per_1000_chars": self.rate(n, self.chars), "example": self.rule_first[c][1],
                 "example_text": self.rule_first[c][2], "example_message": self.rule_first[c][3],
                 "repairable": self.repairable[c]}
                for c, n in sorted(self.by_rule.items())
            ],
            "repairable": sum(self.repairable.values()),
            "repairs": self.repairs,
            "unusable": [{"target": t, "code": c, "message": m} for t, c, m in self.unusable],
            "worst": [{"target": t, "score": sc, "findings": e + w + i, "by_severity": {"error": e, "warning": w, "info": i},
                       "per_1000_chars": round(r, 3)} for sc, e, w, i, r, t in self.worst],
            "worst_ranking": RANKING,
            "by_folder": {k: {"articles": v[0], "findings": v[1], "per_1000_chars": self.rate(v[1], v[2])} for k, v in sorted(self.groups.items())},
            "by_year": {k: {"articles": v[0], "findings": v[1], "per_1000_chars": self.rate(v[1], v[2])} for k, v in sorted(self.years.items())},
            "unreadable": [{"target": t, "error": e} for t, e in unreadable],
            "not_found": [{"target": t, "error": e} for t, e in not_found],
            "reference_scores": corpus_scores(self.references),
        }


EXAMPLE_CHARS = 40
"""The most terminal columns of the text the summary quotes for each rule's example (a paragraph is cut with …;
escape.clipped: a Chinese character takes two)."""


def _place(record: AuditRecord, f: Finding) -> tuple[str, str]:
    """Where a finding is, for the summary's example of its rule, and the text there (spaces collapsed, cut at
    EXAMPLE_CHARS): the translation's file and line, else the original's (a paragraph omitted), else the
    translation without a text."""
    if f.target is not None:
        return f"{record.target}:{f.target.line}", clipped(f.target.text, EXAMPLE_CHARS)
    if f.source is not None and record.source:
        return f"{record.source}:{f.source.line}", clipped(f.source.text, EXAMPLE_CHARS)
    return record.target, ""


def _quoted(text: str) -> str:
    """` “text”` after an example's place, or nothing when the finding has no text there."""
    return f" “{text}”" if text else ""


EXAMPLE_MESSAGE_CHARS = 60
"""The most characters of the finding's message the summary gives beside each rule's example (what is wrong
there; on a 300-article archive sample the messages ran 76 characters on average, the longest 180)."""
_WORD_MARKS = "_'’.,%$@#/+×-"  # with letters and digits below the CJK blocks: a Latin word, number, handle or address
_OPENERS = "“‘(（《【[`\"'"


_QUOTED = re.compile(r"“([^“”]*)”")
MIN_QUOTED_CHARS = 12  # of a quoted text cut so that the rule's words after (or before) it stay whole


def _cut(message: str) -> str:
    """The message on one line, cut at EXAMPLE_MESSAGE_CHARS with … at a whole word (a Chinese character is one)
    and a whole character (never before a combining mark or a joiner), never after an opening quote or
    bracket; escaped by the renderer after the cut, so never in the middle of an escape. When the message
    quotes text (`“…” is left in English`), the longest quotation is cut instead, so the rule's own words, what
    the finding says of it, stay (a cut at the end dropped them)."""
    one = " ".join(message.split())
    if len(one) <= EXAMPLE_MESSAGE_CHARS:
        return one
    quoted = max(_QUOTED.finditer(one), key=lambda m: len(m.group(1)), default=None)
    if quoted is not None:
        room = len(quoted.group(1)) - (len(one) - EXAMPLE_MESSAGE_CHARS)
        if room >= MIN_QUOTED_CHARS:
            inner = _cut_at(quoted.group(1).rstrip("…"), room)
            return one[: quoted.start(1)] + inner + one[quoted.end(1):]
    return _cut_at(one, EXAMPLE_MESSAGE_CHARS)


def _cut_at(one: str, limit: int) -> str:
    """`one` cut to at most `limit` characters with … (_cut's rules)."""
    if len(one) <= limit:
        return one
    end = limit - 1
    while end > 0 and (_joined(one, end) or (_in_word(one[end - 1]) and _in_word(one[end]))):
        end -= 1  # back to the start of the word (or the character) the cut fell in
    if end < limit // 2:  # one long token (a URL): cut it at a whole character instead
        end = limit - 1
        while end > 0 and _joined(one, end):
            end -= 1
    head = one[:end].rstrip()
    while head and (head[-1] in _OPENERS or head[-1] in " ,:;，：；、"):
        head = head[:-1].rstrip()
    return head + "…"


def _in_word(c: str) -> bool:
    """True for a character of a Latin word, number, handle or address (a Chinese character is a word of its own)."""
    return (c.isalnum() and ord(c) < 0x2E80) or c in _WORD_MARKS or unicodedata.category(c).startswith("M")


def _joined(text: str, i: int) -> bool:
    """True when text[i] belongs to the character before it (a combining mark, a variation selector, a joiner
    or what follows one, the low half of a surrogate pair read from a narrow source)."""
    c, prev = text[i], text[i - 1]
    return (unicodedata.combining(c) > 0 or unicodedata.category(c) in ("Mn", "Me", "Cs") or "\ufe00" <= c <= "\ufe0f"
            or c == "\u200d" or prev == "\u200d")


def _example(r: dict[str, Any]) -> str:
    """` — message` after an example's place and text (what is wrong there), or nothing without a message."""
    return f" — {r['example_message']}" if r.get("example_message") else ""


def severity_line(s: Summary) -> str:
    """`by severity: error 28, warning 25, info 1` (the severities with findings)."""
    return "by severity: " + (", ".join(f"{k} {s.by_severity[k]}" for k in ("error", "warning", "info") if s.by_severity[k]) or "none")


def originals_hint(s: Summary) -> list[str]:
    """The lines that say how many articles were checked without an original and how to give them one (none when
    every article had one, or with --fetch-source: its own line counts the originals not available): an archive
    audited alone ran every article target-only, and nothing said that the rules needing the original had not run
    on them, nor how to give it (check says so; newcomer 35 item 2)."""
    if not s.target_only or s.fetched:
        return []
    return [f"no original: {s.target_only} of {counted(s.articles, 'article')} (the rules that need one, marked 'pair' "
            "by `transqa rules`, did not run on them)",
            "  give them one with --originals DIR or --originals-index FILE, or add --fetch-source (fetched from the "
            "Wayback Machine by the URL of each 原文 header)"]


def _fitted(lines: list[str], columns: int | None) -> list[str]:
    """Lines of prose broken at spaces to a terminal's `columns` (None: as they are), each continuation indented by
    two spaces as a line that starts with them is."""
    if columns is None:
        return lines
    from transqa.report.wrap import wrap_paths

    out: list[str] = []
    for line in lines:
        indent = " " * (len(line) - len(line.lstrip(" ")))
        out.extend(indent + x for x in wrap_paths(line.strip(), max(20, columns - len(indent) - 2)).split("\n"))
    return [out[0], *("  " + x if not x.startswith(" ") else x for x in out[1:])] if out else out


def _capital(line: str) -> str:
    """line with its first letter upper-cased (a sentence of the HTML summary from a line of the text one)."""
    return line[:1].upper() + line[1:]


def hidden_note(s: Summary) -> str:
    """What the baseline and the suppression directives hid ("" when nothing), for the totals line."""
    parts = hidden_parts(s.baselined, s.suppressed)
    return "; " + ", ".join(parts) if parts else ""


def _common_root(paths: list[str]) -> str:
    """The folder that holds all of paths, when they share one beyond the file system's root (a newcomer's absolute
    paths ran past the summary's columns): the summary names it once and gives the paths below it. Empty if none."""
    try:
        root = os.path.commonpath(paths) if paths else ""
    except ValueError:  # absolute and relative paths mixed
        return ""
    if root in paths and len(set(paths)) == 1:
        root = os.path.dirname(root)  # one article: its folder
    return root if root and root != os.path.dirname(root) and root != os.curdir else ""


def _under(path: str, root: str) -> str:
    """path relative to root (root itself: `.`), or path unchanged without a root."""
    return os.path.relpath(path, root) if root else path


def _worst_lines(worst: list[dict[str, Any]], root: str, columns: int | None = None) -> list[str]:
    """The worst articles' lines of the text summary: how they are ranked, then errors, warnings, infos, rate, path;
    on a terminal (`columns`) the heading wrapped to its width and a path too long for its row given whole on the
    line below it (cut in the middle with `…` it could not be copied, release-37 newcomer; wrapped mid-word by the
    terminal it was hard to read, newcomer 25 item 2); a path longer than the terminal is left to its soft wrap."""
    if not worst:  # no article has a finding shown (none, or all hidden): no heading over nothing
        return ["articles by score: none"]
    # the heading is wrapped, not cut: at 80 columns it read `…weighed b…` (the release-36 newcomer's item 4)
    rows: list[str] = []
    for w in worst:
        b = w["by_severity"]
        row = f"  {w['score']:>6.2f} {b['error']:>6} {b['warning']:>8} {b['info']:>5} {w['per_1000_chars']:>9.3f}  "
        path = line_safe(_under(w["target"], root))
        fits = columns is None or len(row) + len(path) <= columns
        rows.extend([row + path] if fits else [row.rstrip() + " ↓", f"    {path}"])  # whole, to copy (never cut: ncmisc 37)
    # the `↓` a row ends on is said in the heading (newcomer 46 item 5: nothing explained it)
    below = "; ↓: the article's path is on the line below" if any(r.endswith(" ↓") for r in rows) else ""
    return [*_fitted([f"articles by score ({RANKING}" + (f"; paths under {line_safe(root)}" if root else "") + below + "):"], columns),
            f"  {'score':>6} {'errors':>6} {'warnings':>8} {'infos':>5} {'/1k chars':>9}  article", *rows]


_COUNTS_COLUMNS = 54  # a by-folder or by-year row past its name: the indent, articles, findings and rate columns


def fit_tail(path: str, width: int | None, name: bool = True) -> str:
    """`path` in `width` columns at most: its start, `…` and its end, the end (the file's name) kept whole when it
    fits; a folder (`name` False) as `…` and its end, where folders of one archive differ; as it is when width is
    None or it fits."""
    if width is None or len(path) <= width:
        return path
    keep = max(1, width - 1)
    if not name:
        return "…" + path[-keep:]
    base = os.path.basename(path)
    tail = base if len(base) < keep else path[-keep:]
    return path[: keep - len(tail)] + "…" + tail


def fit(line: str, width: int | None) -> str:
    """`line` cut to `width` terminal columns (a Han character or a full-width form takes two), ending in `…` when cut;
    as it is when width is None (a file, a pipe: the whole line)."""
    import unicodedata

    if width is None or len(line) <= width // 2:
        return line
    used = 0
    for i, c in enumerate(line):
        used += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        if used > width - 1:
            return line[:i] + "…" if i < len(line) - 1 or used > width else line
    return line


def _rule_lines(d: dict[str, Any], root: str, columns: int | None = None) -> list[str]:
    """The text summary's counts by rule (severity, findings, articles hit, rate, one place and its text) and by category ("none"
    when no finding is shown, never a heading over nothing). More findings than articles: the rule repeats in one. On a
    terminal (`columns`) the example is a line of its own below its row, each line cut to the width: the example
    column made rows of 150-250 characters that wrapped between the rows at 80 columns (newcomer 24 item 13), and cut
    in the row it showed some 22 characters at 80-100 columns, never the file (newcomer29 #11); a summary file keeps
    the rows whole, the example last in each."""
    if not d["by_rule"]:
        out = ["by rule: none"]
    else:
        width = max(len(r["rule"]) for r in d["by_rule"])
        under = bool(root) and columns is None and all(_short(r["example"], root) != r["example"] for r in d["by_rule"])
        head = f"  {'code':<7} {'rule':<{width}} {'severity':<8} {'findings':>8} {'articles':>8} {'/1k chars':>9}"
        out = ["by rule" + (f" (places under {line_safe(root)}):" if under else ":"),
               fit(head + ("  for example" if columns is None else ""), columns)]
        for r in d["by_rule"]:
            row = (f"  {r['code']:<7} {r['rule']:<{width}} {r['severity']:<8} {r['count']:>8} {r['articles']:>8} "
                   f"{r['per_1000_chars']:>9.3f}")
            if columns is None:
                out.append(f"{row}  {line_safe(_for_example(r, root if under else ''))}")
            else:
                out.extend([fit(row, columns), fit(f"{EXAMPLE_INDENT}e.g. {line_safe(_terminal_example(r, columns))}", columns)])
    out.extend(_fitted([repairable_line(d)] if d.get("repairable") else [], columns))
    out.append("by category: " + (", ".join(f"{k} {v}" for k, v in d["by_category"].items()) or "none"))
    return out


def repairable_line(d: dict[str, Any]) -> str:
    """`repairable by `transqa fix`: 51 of 728 findings (TQA207 40, TQA302 11)`: the findings that carry a certain
    repair, which `transqa fix` and `audit --fix` apply without an editor (newcomer 47 item 2: nothing said which);
    per rule, most first. The count is of the repairs the rules offer: `fix` applies each where checking the
    repaired text finds nothing new, so a few are left (a newcomer's 3 of 565: `fix` said nothing to repair, release 47
    reread); the line says so. `d`: Summary.as_dict(), whose `repairs` are the repairs of those findings, one
    at each place a finding names, which `audit --fix`'s `repairs:` line counts (mend19 item 3: "55 repairable" beside
    "57 repairs" with no word of what each counted): said when it differs from the findings' count, inside the rules'
    bracket (`(TQA207 1, TQA302 1; 3 repairs, one at each place …)`, not two brackets in a row: release 49's review)."""
    per = sorted(((r["repairable"], r["code"]) for r in d["by_rule"] if r.get("repairable")), key=lambda x: (-x[0], x[1]))
    repairs = d.get("repairs", d["repairable"])
    places = (f"; {counted(repairs, 'repair')}, one at each place a finding names, as --fix counts them"
              if repairs != d["repairable"] else "")
    return (f"repairable by `transqa fix` (or audit --fix): {d['repairable']} of {counted(d['findings'], 'finding')} ("
            + ", ".join(f"{c} {n}" for n, c in per) + f"{places}); each repair is applied only where the repaired text "
            "checks clean")


def _unusable_lines(unusable: list[dict[str, Any]], root: str, columns: int | None = None) -> list[str]:
    """The `not usable` section of the text summary, before the ranking: the articles whose one finding is a verdict on
    the whole pair (Finding.whole: TQA004 not the article, TQA401 left in English), path on a line, code and message
    under it, at most UNUSABLE_SHOWN; nothing when there are none. Their score of about 1 ranked them out of sight while
    an editor re-fetches or translates them first (newcomer 47 item 1)."""
    if not unusable:
        return []
    more = len(unusable) - UNUSABLE_SHOWN
    head = (f"not usable: {counted(len(unusable), 'article')} {'holds' if len(unusable) == 1 else 'hold'} no translation of the article (fetch or translate "
            "them first; not ranked below" + (f"; paths under {line_safe(root)}" if root else "") + "):")
    rows: list[str] = []
    for u in unusable[:UNUSABLE_SHOWN]:
        rows.append(f"  {line_safe(_under(u['target'], root))}")  # (root holds every target shown: render_text)
        rows.append(fit(f"      {u['code']} {line_safe(_cut(u['message']))}", columns))
    tail = [f"  and {more} more (the JSON summary lists them all: unusable)"] if more > 0 else []
    return [*_fitted([head], columns), *rows, *tail, ""]


EXAMPLE_INDENT = " " * 10  # a terminal's example line, under its rule's name


def _for_example(r: dict[str, Any], root: str) -> str:
    """A rule row's example in a file or a pipe: its place (the whole path below the summary's root), the text
    quoted there and the message."""
    return f"{_short(r['example'], root)}{_quoted(r['example_text'])}{_example(r)}"


def _terminal_example(r: dict[str, Any], columns: int) -> str:
    """A rule's example on a terminal, on its own line: the file's base name and line first (a long one cut in its
    middle to half the line, so that the message has the other half), then the message (what is wrong there), or the
    text quoted there when there is none; the line is cut to the width after it (a path first left only
    `arch/techcrunch-blog-z…` at 100 columns, newcomer 25 item 1)."""
    place = os.path.basename(r["example"])
    room = max(16, (columns - len(EXAMPLE_INDENT)) // 2)
    if len(place) > room:  # the slug's start and its end (the line number) kept
        place = place[: room // 2] + "…" + place[len(place) - (room - room // 2 - 1):]
    said = r.get("example_message") or _quoted(r["example_text"]).strip()
    return f"{place} — {said}" if said else place


def _short(path: str, root: str) -> str:
    """path below root when it is there, else path."""
    return _under(path, root) if root and path.startswith(root + os.sep) else path


def _missing(s: Summary) -> str:
    """The headline's note of the paths given that do not exist (none: nothing)."""
    return f"; {counted(s.missing, 'path')} not found" if s.missing else ""


def render_text(s: Summary, columns: int | None = None) -> str:
    """The summary as plain text: totals, by severity, by rule, by category, articles by score, by folder and year,
    reference scores, unreadable articles (render_html gives its sections in the same order); on a terminal of
    `columns`, the rule rows cut to its width (fit)."""
    d = s.as_dict()
    out = [
        f"audited {counted(s.articles, 'article')} ({s.target_only} target-only, {s.errors} unreadable{_missing(s)}): "
        f"{counted(s.findings, 'finding')}, {d['findings_per_1000_chars']:.3f} per 1,000 characters{hidden_note(s)}",
        severity_line(s),
        *([f"configuration: {line_safe(below_here(s.config))}"] if s.config else []),
        *_fitted(originals_hint(s), columns),
        "",
    ]
    folders = [k for k in d["by_folder"] if len(d["by_folder"]) > 1 and os.path.isabs(k)]  # (or relative to the folder audited)
    root = _common_root([w["target"] for w in d["worst"]] + [u["target"] for u in d["unusable"][:UNUSABLE_SHOWN]] + folders)
    out.extend(_rule_lines(d, root, columns))
    out.append("")
    out.extend(_unusable_lines(d["unusable"], root, columns))
    out.extend(_worst_lines(d["worst"], root, columns))
    for title, key in (("by folder", "by_folder"), ("by year", "by_year")):
        shorten = key == "by_folder" and bool(folders) and bool(root)
        rows = {_under(k, root) if shorten else k: v for k, v in d[key].items()}
        if rows:  # every section of the HTML page, a run over one folder too
            out.append("")
            out.append(title + (f" (under {line_safe(root)}):" if shorten else ":"))
            width = max([40, *(len(line_safe(k)) for k in rows)])
            width = width if columns is None else max(12, min(width, columns - _COUNTS_COLUMNS))
            for k, v in rows.items():
                out.append(f"  {fit_tail(line_safe(k), width, name=False) or '.':<{width}} {counted(v['articles'], 'article'):>15} {counted(v['findings'], 'finding'):>16} {v['per_1000_chars']:>8.3f} /1k chars")
    refs = d["reference_scores"]
    if refs:
        out.append("")
        out.append(f"reference scores over {counted(refs['articles'], 'article')}: BLEU {refs['bleu']} ({refs['bleu_signature']}), chrF {refs['chrf']} ({refs['chrf_signature']})")
    out.extend(_error_lines(s))
    return "\n".join(out) + "\n"


def _error_lines(s: Summary) -> list[str]:
    """The `unreadable:` section, then the `not found:` one: a path that does not exist is no article, listed apart
    (verify 27 R8: `nosuch` was under `unreadable:` right after a headline saying `0 unreadable; 1 path not found`)."""
    out: list[str] = []
    for title, errors in zip(("unreadable:", "not found:"), s.errors_apart(), strict=True):
        if errors:
            out.append("")
            out.append(title)
            # the error message names its file already (InputError: "PATH: is empty")
            out.extend(f"  {line_safe(e) if e.startswith(t + ':') else line_safe(t) + ': ' + line_safe(e)}" for t, e in errors)
    return out


def render_html(s: Summary, report_links: dict[str, str] | None = None) -> str:
    """The summary as an HTML page; `report_links` maps targets to their article reports."""
    d = s.as_dict()
    e = html.escape

    def link(t: str) -> str:
        href = (report_links or {}).get(t)
        return f'<a href="{e(href)}">{e(t)}</a>' if href else e(t)

    def example(place: str) -> str:
        """A rule's example place (`target:line`) linked to its article's page, as the worst articles' names are
        (newcomer 38 item 10: the cells named a page written beside them and did not link it)."""
        target, colon, line = place.rpartition(":")
        href = (report_links or {}).get(target) if colon and line.isdigit() else None
        return f'<a href="{e(href)}">{e(place)}</a>' if href else e(place)

    rows = "".join(
        f"<tr><td>{e(r['code'])}</td><td>{e(r['rule'])}</td><td>{e(r['severity'])}</td><td class=n>{r['count']}</td>"
        f"<td class=n>{r['articles']}</td><td class=n>{r['per_1000_chars']:.3f}</td><td class=n>{r['repairable']}</td><td class=p>{example(r['example'])}{e(_quoted(r['example_text']))}{e(_example(r))}</td></tr>"
        for r in d["by_rule"]
    )

    unusable = "".join(f"<tr><td class=p>{link(u['target'])}</td><td>{e(u['code'])}</td><td>{e(u['message'])}</td></tr>"
                       for u in d["unusable"])
    unusable_html = (f"<h2>Not usable</h2><p>{counted(len(d['unusable']), 'article')} {'holds' if len(d['unusable']) == 1 else 'hold'} "
                     "no translation of the article "
                     "(fetch or translate them first; not ranked below).</p>\n<table id=\"unusable\"><tr><th>article</th>"
                     f"<th>code</th><th>verdict</th></tr>{unusable}</table>\n" if d["unusable"] else "")
    fixable = f"<p>{e(_capital(repairable_line(d)))}.</p>" if d["repairable"] else ""
    worst = "".join(
        f"<tr><td class=p>{link(w['target'])}</td><td class=n>{w['score']:.2f}</td>" + "".join(f"<td class=n>{w['by_severity'][k]}</td>" for k in ("error", "warning", "info"))
        + f"<td class=n>{w['findings']}</td><td class=n>{w['per_1000_chars']:.3f}</td></tr>"
        for w in d["worst"]
    )
    sevs = "".join(f"<tr><td>{k}</td><td class=n>{s.by_severity[k]}</td><td class=n>{s.rate(s.by_severity[k], s.chars):.3f}</td></tr>"
                   for k in ("error", "warning", "info"))
    def breakdown(table: dict[str, list[int]]) -> str:
        return "".join(
            f"<tr><td class=p>{e(k or '.')}</td><td class=n>{v[0]}</td><td class=n>{v[1]}</td><td class=n>{s.rate(v[1], v[2]):.3f}</td></tr>"
            for k, v in sorted(table.items())
        )

    years, folders = breakdown(s.years), breakdown(s.groups)
    cats = "".join(f"<tr><td>{e(k)}</td><td class=n>{v}</td><td class=n>{s.rate(v, s.chars):.3f}</td></tr>"
                   for k, v in sorted(s.by_category.items()))
    refs = d["reference_scores"]
    ref_html = (
        f"<p>Reference scores over {counted(refs['articles'], 'article')}: BLEU {refs['bleu']} <code>{e(refs['bleu_signature'])}</code>, "
        f"chrF {refs['chrf']} <code>{e(refs['chrf_signature'])}</code></p>"
        if refs else ""
    )
    config = f"<p>Configuration: <code>{e(below_here(s.config))}</code></p>" if s.config else ""
    # a sentence per line of the hint: joined by a space they read as one (the release-36 newcomer's item 4)
    hint = f"<p>{e('. '.join(_capital(x.strip()) for x in h))}.</p>" if (h := originals_hint(s)) else ""
    # visible(), as the article pages: no control character of an article (a bidi override in an example) reaches it raw
    return visible(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">{GENERATOR_META}<title>transqa audit</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:70em}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left;overflow-wrap:break-word}}th,#by-rule td:nth-child(-n+3){{white-space:nowrap}}td.p{{overflow-wrap:anywhere}}
td.n,th.n{{text-align:right;white-space:nowrap}}</style></head>
<body><h1>transqa audit</h1>
<p>{counted(s.articles, 'article')} ({s.target_only} target-only, {s.errors} unreadable{_missing(s)}): {counted(s.findings, 'finding')},
{d['findings_per_1000_chars']:.3f} per 1,000 characters{e(hidden_note(s))}.</p>{hint}{config}
<h2>By severity</h2><table id="by-severity"><tr><th>severity</th><th class=n>findings</th><th class=n>per 1k chars</th></tr>{sevs}</table>
<h2>By rule</h2><p>Findings, and the articles they are in (more findings than articles: the rule repeats within an article).</p>
<table id="by-rule"><tr><th>code</th><th>rule</th><th>severity</th><th class=n>findings</th><th class=n>articles</th><th class=n>per 1k chars</th><th class=n>repairable</th><th>for example</th></tr>{rows}</table>{fixable}
<h2>By category</h2><table id="by-category"><tr><th>category</th><th class=n>findings</th><th class=n>per 1k chars</th></tr>{cats}</table>
{unusable_html}<h2>Articles by score</h2><p>Ranked by {RANKING}.</p>
<table id="worst"><tr><th>article</th><th class=n>score</th><th class=n>errors</th><th class=n>warnings</th><th class=n>infos</th><th class=n>findings</th><th class=n>per 1k chars</th></tr>{worst}</table>
<h2>By folder</h2><table id="by-folder"><tr><th>folder</th><th class=n>articles</th><th class=n>findings</th><th class=n>per 1k chars</th></tr>{folders}</table>
<h2>By year</h2><table id="by-year"><tr><th>year</th><th class=n>articles</th><th class=n>findings</th><th class=n>per 1k chars</th></tr>{years}</table>
{ref_html}</body></html>
""")
