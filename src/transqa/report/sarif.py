"""SARIF 2.1.0, for code-scanning services that annotate the Markdown lines."""

from __future__ import annotations

import json
import os
import re
from pathlib import PurePath
from urllib.parse import quote

from transqa import __version__
from transqa.escape import file_uri, raw_path
from transqa.findings import Finding, Location, Repair
from transqa.model import LineIndex
from transqa.registry import rules
from transqa.result import Result
from transqa.urls import is_url

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


BASE = "%SRCROOT%"  # the uriBaseId of a file under the working folder (run.originalUriBaseIds names that folder)


_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"  # RFC 3986's reserved characters and '%': a URL's own escapes are kept as written


def _uri(path: str) -> str:
    return file_uri(PurePath(raw_path(path)).as_posix())  # percent-encoded: spaces, controls, '#', '?', non-ASCII, the bytes of a non-UTF-8 name


def _artifact(path: str) -> dict[str, str]:
    """An artifactLocation. Code-scanning services want a path relative to the repository: a file under the working
    folder (where a CI job runs, at the checkout's root) is named relative to it, with the uriBaseId %SRCROOT% that
    run.originalUriBaseIds resolves to that folder, however it was typed (`/abs/repo/a.zh.md`, `./a.zh.md`); any other
    file by its absolute file:// URI, which is never taken for a path in the repository (newcomer 24b item 13: the
    path was the one typed, `/tmp/nc/a.zh.md`, with no base)."""
    raw = raw_path(path)
    if raw == "-" or raw.startswith("<"):  # standard input: no file to name
        return {"uri": _uri(raw)}
    if is_url(raw):  # an original --fetch-source fetched, named by its URL: an absolute URI, no base (newcomer 46
        return {"uri": quote(raw, safe=_URI_SAFE)}  # item 2: it was a path `http%3A/127.0.0.1%3A…` under %SRCROOT%)
    full = os.path.abspath(raw)
    rel = os.path.relpath(full)
    if rel.startswith(".."):
        return {"uri": "file://" + _uri(PurePath(full).as_posix())}
    return {"uri": _uri(rel), "uriBaseId": BASE}


def _location(path: str, loc: Location) -> dict[str, object]:
    region: dict[str, object] = {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line, "endColumn": loc.end_column}
    if loc.text:
        region["snippet"] = {"text": loc.text[:500]}
    return {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}


class _FileText:
    """A file's text and its lines, to read a region as it stands in the file (SARIF's snippet is the artifact's
    text at the region, not the text a check read: link markup and line breaks kept)."""

    def __init__(self, raw: str, lines: LineIndex | None = None) -> None:
        self.raw = raw
        self.lines = lines if lines is not None else LineIndex(raw)  # a loaded document's own index when there is one

    def span(self, loc: Location) -> tuple[int, int]:
        """The file offsets [start, end) of a location, from its lines and columns (an audit's stored places have
        no offsets), the end widened over the inline markup the region opens and does not close (`a *lot` → `a
        *lot*`, `[名字` → `[名字](…)`)."""
        starts, n = self.lines.starts, len(self.raw)
        fs = min(n, starts[min(loc.line, len(starts)) - 1] + loc.column - 1)
        fe = max(fs, min(n, starts[min(loc.end_line, len(starts)) - 1] + loc.end_column - 1))
        return fs, _closed(self.raw, fs, fe)

    def located(self, loc: Location) -> Location:
        """loc as the file writes it: its end widened over unclosed markup, its text the file's."""
        fs, fe = self.span(loc)
        (line, col), (eline, ecol) = self.lines.position(fs), self.lines.position(fe)
        return Location(line, col, eline, ecol, self.raw[fs:fe], fs, fe)


_MARKERS = ("**", "__", "~~", "*", "_", "`")
_LINK_REST = re.compile(r"[^\[\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def _closed(raw: str, fs: int, fe: int) -> int:
    """The end fe moved past the markup that closes what raw[fs:fe] opens: an emphasis or code marker written an odd
    number of times in the region and standing right after it, a link's `[` whose `](address)` follows."""
    for marker in _MARKERS:
        if raw.count(marker, fs, fe) % 2 and raw.startswith(marker, fe):
            fe += len(marker)
    text = raw[fs:fe]
    if text.rfind("[") > text.rfind("]") and (m := _LINK_REST.match(raw, fe)):
        fe = m.end()
    return fe


def narrowed(loc: Location, repairs: tuple[Repair, ...]) -> Location:
    """The finding's own span inside its place: a TQA101 finding's place is its whole paragraph, its repair the
    anchor text to relink where it stands; a code-scanning annotation underlines that, not the paragraph. The span
    of the repairs when they lie inside a place of one line whose file offsets are known (a place of one line maps
    offsets to columns linearly; an audit's stored places have no offsets: kept whole)."""
    spans = [(x.start, x.end) for x in repairs if loc.offset <= x.start < x.end <= loc.end_offset]
    if not spans or len(spans) != len(repairs) or loc.line != loc.end_line or loc.end_offset <= loc.offset:
        return loc
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if (start, end) == (loc.offset, loc.end_offset):
        return loc
    old = [x.old for x in repairs if (x.start, x.end) == (start, end)]
    return Location(loc.line, loc.column + start - loc.offset, loc.line, loc.column + end - loc.offset,
                    old[0] if old else "", start, end)


def _result(r: Result, f: Finding, index: dict[str, int], fingerprint: str, text: _FileText | None,
            repairs: tuple[Repair, ...]) -> dict[str, object]:
    locations = []
    related: list[dict[str, object]] = []
    if f.target is not None:
        place = narrowed(f.target, repairs)
        locations.append(_location(r.target_path, text.located(place) if text is not None else place))
    if f.source is not None and r.source_path:
        (related if locations else locations).append(_location(r.source_path, f.source))
    for k, loc in enumerate(related):
        loc["id"] = k
        loc["message"] = {"text": "in the English original"}
    out: dict[str, object] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVEL[str(f.severity)],
        "message": {"text": f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")},
        "locations": locations,
        "partialFingerprints": {"transqa/v1": fingerprint},
        "properties": {"category": f.category, "rule": f.rule, **({"suggestion": f.suggestion} if f.suggestion else {})},
    }
    if related:
        out["relatedLocations"] = related
    if repairs and f.target is not None:
        out["fixes"] = [_fix(r.target_path, f, repairs)]
    return out


def _own_repairs(findings: list[Finding], text: _FileText | None) -> list[tuple[Repair, ...]]:
    """Each finding's repairs as its SARIF result carries them: a repair that lies in the place of another finding of
    the same rule (TQA302 reports each place of a name written another way, its first finding carrying the repairs of
    them all) goes to that finding's result, so that each result's fix is its own place's. Places are read from the
    file's text when it is there, else from the findings' offsets; a repair in no finding's place stays with its own."""
    def span(f: Finding) -> tuple[int, int] | None:
        if f.target is None:
            return None
        if text is not None:
            return text.span(f.target)
        return (f.target.offset, f.target.end_offset) if f.target.end_offset > f.target.offset else None

    spans = [span(f) for f in findings]
    own: list[list[Repair]] = [[] for _ in findings]
    def holds(j: int, x: Repair) -> bool:
        sp = spans[j]
        return sp is not None and sp[0] <= x.start and x.end <= sp[1]

    for k, f in enumerate(findings):
        for x in f.repairs:
            home = k if holds(k, x) else next((j for j, g in enumerate(findings) if g.code == f.code and holds(j, x)), k)
            own[home].append(x)
    return [tuple(x) for x in own]


def _fix(path: str, f: Finding, repairs: tuple[Repair, ...]) -> dict[str, object]:
    """A SARIF `fix` of a finding's repairs (SARIF 2.1.0 §3.55): one artifactChange of the target file, a replacement
    per repair, its deletedRegion by character offset and length in the file (code points, as `columnKind` says) and
    the text to insert. A bot proposes the change without parsing the message (the release-30 newcomer's item 7);
    `properties.suggestion` carries the suggestion of every finding, with repairs or not. Certain repairs (`transqa
    fix` applies them) and suggested ones alike: `properties.certain` says which."""
    replacements = [{"deletedRegion": {"charOffset": x.start, "charLength": x.end - x.start},
                     "insertedContent": {"text": x.text}} for x in sorted(repairs, key=lambda x: (x.start, x.end))]
    return {"description": {"text": f.suggestion or "; ".join(x.describe() for x in repairs)},
            "artifactChanges": [{"artifactLocation": _artifact(path), "replacements": replacements}],
            "properties": {"certain": all(x.certain for x in repairs)}}


def render_sarif(results: list[Result]) -> str:
    """SARIF 2.1.0: the rules that have results as the driver's rules (in registry order; the whole table
    with its help texts is about 120 KB, `transqa rules` lists it), a result per finding, a notification per
    unreadable article."""
    used = {f.code for r in results for f in r.findings}
    table = [rule for rule in rules().values() if rule.code in used]
    driver_rules = []
    index: dict[str, int] = {}
    for k, rule in enumerate(table):
        index[rule.code] = k
        driver_rules.append({
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc.split("\n\n")[0]},
            "help": {"text": rule.doc},
            "defaultConfiguration": {"level": LEVEL[str(rule.severity)], "enabled": rule.default_enabled},
            "properties": {"category": rule.category, "needsSource": rule.needs_source},
        })
    artifacts = []
    notifications = []
    res: list[dict[str, object]] = []
    based = False  # a file is named relative to the working folder: run.originalUriBaseIds names that folder
    for r in results:
        based = based or any("uriBaseId" in _artifact(p) for p in (r.target_path, r.source_path) if p)
        artifacts.append({"location": _artifact(r.target_path), "roles": ["analysisTarget"]})
        if r.source_path:
            artifacts.append({"location": _artifact(r.source_path), "roles": ["referencedOnCommandLine"]})
        if r.error is not None:
            notifications.append({"level": "error", "message": {"text": str(r.error)},
                                  "locations": [{"physicalLocation": {"artifactLocation": _artifact(r.target_path)}}]})
        raw = r.target.raw if r.target is not None else r.raw
        pairs = r.fingerprinted()
        text = (_FileText(raw, r.target.lines if r.target is not None else None)
                if raw is not None and pairs else None)  # read per finding only
        own = _own_repairs([f for f, _ in pairs], text)
        res.extend(_result(r, f, index, fp, text, repairs) for (f, fp), repairs in zip(pairs, own, strict=True))
    run: dict[str, object] = {
        "tool": {"driver": {"name": "transqa", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://github.com/transqa/transqa", "rules": driver_rules}},
        **({"originalUriBaseIds": {BASE: {"uri": "file://" + file_uri(PurePath(os.getcwd()).as_posix().rstrip("/") + "/")}}}
           if based else {}),
        "artifacts": artifacts,
        "results": res,
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
