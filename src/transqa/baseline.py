"""Baselines for legacy corpora: findings recorded once, then not reported again.

Keyed by file and a baseline fingerprint: the finding's rule, its text on both sides (of a place longer than LONG
characters, a paragraph or a passage, its first HEAD), and the CONTEXT characters before its place in the target on
its own line, never its line number nor what follows it. Two
findings of one rule on the same text (two unclosed `(`) are told apart by what precedes them, so a new one does
not take the place of a recorded one, and a line inserted above or text added after changes nothing (text added
just before a recorded finding, within CONTEXT characters, makes it new again);
a fingerprint recorded n times hides n findings. transqa.baseline/1 files (the fingerprint alone) are
refused with a line that says to write them again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from transqa.errors import InputError
from transqa.escape import counted
from transqa.findings import Finding, Location, fingerprint_of
from transqa.load.decode import read_bytes, read_text

if TYPE_CHECKING:
    from transqa.result import Result

SCHEMA = "transqa.baseline/2"
OLD_SCHEMAS = ("transqa.baseline/1",)
CONTEXT = 12  # characters before a finding's target text that its baseline fingerprint holds


def _before(f: Finding, lines: list[str] | None) -> str:
    """The CONTEXT characters before the finding's place in the target, on its line ("" without a target place
    or the target's text)."""
    t = f.target
    if t is None or lines is None or not 1 <= t.line <= len(lines):
        return ""
    return lines[t.line - 1][: max(0, t.column - 1)][-CONTEXT:]


LONG = 40
"""A place longer than this many characters is a paragraph or a passage: its baseline fingerprint holds its first HEAD
characters, not all of it, so that an edit elsewhere in the paragraph (`200亿` → `20亿`) leaves a recorded TQA008 at
the paragraph's start recorded (newcomer 41 item 3). Measured on the archive audit of main (release 41): 813 of 9,560
target places are longer than 40 characters (TQA505 embeds 389, TQA107 anchors 368, TQA323 23, TQA401 19), the
whole-paragraph places of the rules that need the original (TQA008, TQA015, TQA2xx) come on top; 929 are longer than
32, 1,104 longer than 24: the words and names most rules quote stay whole."""
HEAD = 16  # characters of a long place that its baseline fingerprint holds


def _held(loc: Location | None) -> str:
    """What of a place's text the baseline fingerprint holds: all of it, or the first HEAD characters of a long one."""
    if loc is None:
        return ""
    return loc.text if len(loc.text) <= LONG else loc.text[:HEAD]


def _rule_print(f: Finding) -> str:
    """Finding.fingerprint with each place's text as _held keeps it: the same as Finding.fingerprint for every finding
    whose places are LONG characters or shorter (the baselines written before stay good for those)."""
    return fingerprint_of(f.code, _held(f.source), _held(f.target))


def baseline_prints(findings: list[Finding] | tuple[Finding, ...], raw: str | None, *, legacy: bool = False) -> list[str]:
    """The baseline fingerprints of one target's findings; `raw` is the target's decoded text (None when it
    cannot be read: the fingerprints then hold no context). `legacy`: the fingerprints transqa wrote before release
    41, which held the whole text of a long place (a baseline written then still hides what it recorded)."""
    lines = raw.split("\n") if raw is not None else None
    return [_print(f, lines, legacy) for f in findings]


def _print(f: Finding, lines: list[str] | None, legacy: bool = False) -> str:
    """One finding's baseline fingerprint (baseline_prints), `lines` the target's text split at line ends."""
    return hashlib.sha1(f"{f.fingerprint if legacy else _rule_print(f)}\x1f{_before(f, lines)}".encode()).hexdigest()[:16]


def _cut(f: Finding) -> bool:
    """A place of the finding is longer than LONG: its legacy print differs from its print (else they are equal)."""
    return any(loc is not None and len(loc.text) > LONG for loc in (f.source, f.target))


def result_prints(result: Result) -> list[str]:
    """baseline_prints of a checked pair's findings, from the text of its target (check's and the audit worker's)."""
    return baseline_prints(result.findings, result.target.raw if result.target else None)


def prints_of_file(target: str, findings: list[Finding] | tuple[Finding, ...]) -> list[str]:
    """baseline_prints with the target read from its file (an audit's records hold no text)."""
    try:
        raw: str | None = read_text(target)
    except (InputError, OSError):
        raw = None
    return baseline_prints(findings, raw)


def _key(base_dir: str, target: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(target), base_dir).replace(os.sep, "/")
    except ValueError:
        return Path(target).as_posix()


def load_baseline(path: str) -> dict[str, Counter[str]]:
    """A baseline file as {target path relative to the baseline: Counter of fingerprints}. Raises InputError
    when it is missing, not JSON, of an older schema (OLD_SCHEMAS) or not of SCHEMA."""
    try:  # a BOM an editor adds is not part of the JSON (HOSTILE25 #7)
        data = json.loads(read_bytes(path).decode("utf-8-sig"), object_pairs_hook=_once_each)
    except InputError as exc:
        raise InputError(path, "no such baseline file" if exc.kind == "missing" else exc.message, exc.kind) from None
    except _Twice as exc:
        raise InputError(path, f"not a baseline (the key {json.dumps(exc.key)[:80]} is given twice in one object)", "baseline") from None
    except ValueError as exc:
        raise InputError(path, f"not a baseline (invalid JSON: {exc})", "baseline") from None
    except RecursionError:  # nesting deeper than the decoder can follow: no baseline is nested at all
        raise InputError(path, "not a baseline (nested too deeply)", "baseline") from None
    if isinstance(data, dict) and data.get("schema") in OLD_SCHEMAS:
        raise InputError(path, f"a baseline of an older transqa ({data['schema']}, whose fingerprints cannot tell apart two "
                         "findings on the same text): write it again with --write-baseline", "baseline")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f"not a baseline (expected schema {SCHEMA})", "baseline")
    files = data.get("files", {})
    wrong = _shape_error(files)
    if wrong:
        raise InputError(path, f"not a baseline ({wrong})", "baseline")
    return {k: Counter(v) for k, v in files.items()}


class _Twice(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _once_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are all different, else _Twice: a hand-merged baseline with `"files"` (or one file)
    twice took the last silently, and the records of the first were shown again (HOSTILE27 #10)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise _Twice(key)
        out[key] = value
    return out


def _shape_error(files: object) -> str | None:
    """What is wrong with a baseline's "files" (None when it is a mapping of target path → mapping of
    fingerprint → non-negative whole count), so that a hand-edited file is refused, not crashed on."""
    if not isinstance(files, dict):
        return '"files" is not a mapping of file → fingerprints'
    for name, prints in files.items():
        if not isinstance(prints, dict):
            return f'"files" → {json.dumps(name)} is not a mapping of fingerprint → count'
        for fp, n in prints.items():
            if type(n) is not int or n < 0:  # bool, float, str, null: not a count
                return f'"files" → {json.dumps(name)} → {json.dumps(fp)}: the count {json.dumps(n)[:40]} is not a whole number ≥ 0'
    return None


def baseline_table(path: str) -> dict[str, Counter[str]]:
    """load_baseline, read once per process while the file stays as it was (its modification time and size): the
    run refuses a bad baseline before any work and the policy then uses the same table (it read the file twice)."""
    try:
        st = os.stat(path)
    except OSError:
        return load_baseline(path)  # which says what is wrong with it
    return _table(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _table(path: str, mtime_ns: int, size: int) -> dict[str, Counter[str]]:
    return load_baseline(path)


def filter_baseline(baseline_path: str, target: str, findings: list[Finding], raw: str) -> tuple[list[Finding], int]:
    """The findings the baseline (its table: baseline_table) does not record (a fingerprint recorded n times hides n
    findings), and how many were hidden; `raw` is the target's decoded text."""
    left = Counter(baseline_table(baseline_path).get(_key(os.path.dirname(os.path.abspath(baseline_path)), target), {}))
    if not left:
        return list(findings), 0  # the baseline records nothing of this file: no print is needed
    lines = raw.split("\n") if raw is not None else None
    kept: list[Finding] = []
    hidden = 0
    for f in findings:
        fp = _print(f, lines)
        if left[fp] <= 0 and _cut(f):  # the legacy print only when the new one is not recorded and differs from it
            fp = _print(f, lines, legacy=True)
        if left[fp] > 0:
            left[fp] -= 1
            hidden += 1
        else:
            kept.append(f)
    return kept, hidden


def baseline_notice(baseline_path: str, items: list[tuple[str, list[str]]]) -> str:
    """The line that says what a baseline file records (a newcomer's --write-baseline said nothing)."""
    n = sum(len(fps) for _, fps in items)
    articles = sum(1 for _, fps in items if fps)
    dropped = _dropped(baseline_path, [t for t, _ in items])
    return (f"recorded {counted(n, 'finding')} of {counted(articles, 'article')} in the baseline {baseline_path}: "
            f"--baseline {baseline_path} hides them" + (f"; it held the records of {counted(dropped, 'other article')}, "
                                                       "not checked in this run: they are dropped" if dropped else ""))


def _dropped(baseline_path: str, targets: list[str]) -> int:
    """How many articles the baseline file being written over records that are not among this run's `targets`
    (`check ONE --write-baseline` over a whole corpus's baseline replaced it with one article's records, unsaid)."""
    try:  # not as an input of the run (which refuses to write over one); only a regular file, under the input cap:
        # a device (/dev/full, /dev/zero) never ends and a FIFO blocks (HOSTILE27 #1), and a file over the cap
        # could not serve as --baseline anyway (load_baseline reads it under the same cap), so it records nothing
        old = json.loads(read_bytes(baseline_path, is_input=False)).get("files", {})
    except (InputError, OSError, ValueError, RecursionError, AttributeError):
        return 0
    if not isinstance(old, dict):
        return 0
    base = os.path.dirname(os.path.abspath(baseline_path))
    return len(old.keys() - {_key(base, t) for t in targets})


def baseline_json(baseline_path: str, items: list[tuple[str, list[str]]], signature: str | None = None) -> str:
    """The baseline file: items are (target path, baseline fingerprints of its findings: baseline_prints);
    `signature` (the build's, transqa.signature) is recorded when given and ignored when read."""
    base = os.path.dirname(os.path.abspath(baseline_path))
    files: dict[str, dict[str, int]] = {}
    for target, fingerprints in items:
        c = Counter(fingerprints)
        if c:
            files[_key(base, target)] = dict(sorted(c.items()))
    head: dict[str, object] = {"schema": SCHEMA}
    if signature is not None:
        head["signature"] = signature
    return json.dumps({**head, "files": dict(sorted(files.items()))}, indent=2) + "\n"


def refuse_baseline_output(path: str, report: str | None, inputs: list[str]) -> None:
    """OutputError, before any work, for a --write-baseline file that the run could not write or would lose:
    the report's own file, an input of the run, a path in a missing or unwritable folder, a folder."""
    import errno

    from transqa.atomic import refuse_clashes, refuse_inputs, resolve_output, write_error

    refuse_clashes({"baseline": path, "report": report})
    refuse_inputs(path, inputs, "baseline")
    real, _ = resolve_output(path, what="baseline")
    for fails, code in ((not real.parent.is_dir(), errno.ENOENT), (not os.access(real.parent, os.W_OK | os.X_OK), errno.EACCES)):
        if fails:  # the error the write would have raised, said as the writer says it
            raise write_error(path, OSError(code, os.strerror(code)))
