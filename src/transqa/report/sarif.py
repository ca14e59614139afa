"""SARIF 2.1.0, for code-scanning services that annotate the Markdown lines."""

from __future__ import annotations

import json
import os
from pathlib import PurePath

from transqa import __version__
from transqa.escape import file_uri, raw_path
from transqa.findings import Finding, Location, Repair
from transqa.registry import rules
from transqa.result import Result

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


BASE = "%SRCROOT%"  # the uriBaseId of a file under the working folder (run.originalUriBaseIds names that folder)


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


def _result(r: Result, f: Finding, index: dict[str, int], fingerprint: str) -> dict[str, object]:
    locations = []
    related: list[dict[str, object]] = []
    if f.target is not None:
        locations.append(_location(r.target_path, narrowed(f.target, f.repairs)))
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
    if f.repairs and f.target is not None:
        out["fixes"] = [_fix(r.target_path, f)]
    return out


def _fix(path: str, f: Finding) -> dict[str, object]:
    """A SARIF `fix` of a finding's repairs (SARIF 2.1.0 §3.55): one artifactChange of the target file, a replacement
    per repair, its deletedRegion by character offset and length in the file (code points, as `columnKind` says) and
    the text to insert. A bot proposes the change without parsing the message (the release-30 newcomer's item 7);
    `properties.suggestion` carries the suggestion of every finding, with repairs or not. Certain repairs (`transqa
    fix` applies them) and suggested ones alike: `properties.certain` says which."""
    replacements = [{"deletedRegion": {"charOffset": x.start, "charLength": x.end - x.start},
                     "insertedContent": {"text": x.text}} for x in sorted(f.repairs, key=lambda x: (x.start, x.end))]
    return {"description": {"text": f.suggestion or "; ".join(x.describe() for x in f.repairs)},
            "artifactChanges": [{"artifactLocation": _artifact(path), "replacements": replacements}],
            "properties": {"certain": all(x.certain for x in f.repairs)}}


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
        res.extend(_result(r, f, index, fp) for f, fp in r.fingerprinted())
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
