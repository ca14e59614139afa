"""Configuration: `[tool.transqa]` in pyproject.toml or a transqa.toml, found by walking up from the
target. Select and ignore by code, name or prefix (the most specific entry wins), per-file ignores,
severity overrides, fail-on, glossary paths. Anything unknown is an error that names it."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from transqa.errors import InputError
from transqa.findings import Severity
from transqa.load.decode import read_bytes
from transqa.registry import Rule, names_rule, rules, unknown_rule

MAX_CONFIG_BYTES = 1024 * 1024
KEYS = ("select", "ignore", "per-file-ignores", "severity", "fail-on", "glossary", "default-currency", "baseline")
# What a bare `$` of the sources means when a corpus is set in one country (default: any dollar).
CURRENCY_CODES = ("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD")
_PREFIX = re.compile(r"^TQA\d{0,2}$")


class ConfigError(InputError):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message, "config")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("TQA",)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    glossary: tuple[str, ...] = ()
    root: str = "."
    path: str = ""  # the configuration file, "" for defaults
    suppress: bool = True
    baseline: str | None = None
    extra: tuple[str, ...] = field(default=())  # codes switched on by a command (fix --unwrap-links)
    default_currency: str | None = None  # the dollar a bare `$` stands for in this corpus (AUD for Australian news)
    force_chinese: bool = False  # --force-chinese: a translation that looks Japanese or Korean is checked all the same
    one_per_line: bool = False  # --one-per-line: both files read as plain text, whatever Markdown they seem to hold
    skipped: str = ""  # a configuration file not read: its folder others may write to (_search_folders); for a notice

    # ------------------------------------------------------------------ selection
    def enabled(self, target: str | None = None) -> set[str]:
        table = rules()
        out = set()
        ignores = list(self.ignore)
        if target:
            ignores.extend(self._file_ignores(target))
        for code, rule in table.items():
            best_sel = max((_specificity(e, rule) for e in (*self.select, *self.extra)), default=-1)
            best_ign = max((_specificity(e, rule) for e in ignores), default=-1)
            if best_sel < 0 or best_ign >= best_sel:
                continue
            if not rule.default_enabled and best_sel < 6:
                continue  # opt-in rules need their own code or name
            out.add(code)
        return out

    def _file_ignores(self, target: str) -> list[str]:
        out: list[str] = []
        try:
            rel = os.path.relpath(os.path.abspath(target), os.path.abspath(self.root))
        except ValueError:
            rel = target
        rel = rel.replace(os.sep, "/")
        for pattern, codes in self.per_file_ignores:
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(target), pattern):
                out.extend(codes)
        return out

    def severity_of(self, rule: Rule) -> Severity:
        best, level = -1, None
        for key, value in self.severity:
            sp = _specificity(key, rule)
            if sp > best:
                best, level = sp, value
        return Severity(level) if level else rule.severity

    def _blob(self) -> str:
        data = {k: getattr(self, k) for k in ("select", "ignore", "per_file_ignores", "severity", "glossary", "suppress", "extra")}
        if self.default_currency:
            data["default_currency"] = self.default_currency
        if self.force_chinese:  # an audit's stored refusal of a Japanese article is not its result under the flag
            data["force_chinese"] = True
        if self.one_per_line:  # the same files read otherwise are other paragraphs
            data["one_per_line"] = True
        blob = json.dumps(data, sort_keys=True)
        for g in self.glossary:
            try:
                blob += read_bytes(g).decode("utf-8", "replace")
            except InputError:
                pass
        return blob

    @property
    def digest(self) -> str:
        """For the report signature and the audit store: 'default', or a hash of what changes results."""
        blob = self._blob()
        return "default" if blob == Settings()._blob() else hashlib.sha1(blob.encode()).hexdigest()[:8]


def _glob_error(pattern: str) -> str | None:
    """What makes a per-file-ignores key no glob (fnmatch reads an unclosed `[` as the character itself, so `"["`
    ignored a file named `[` only, silently: HOSTILE27 #10), or None."""
    if not pattern.strip():
        return "it is empty"
    i = 0
    while i < len(pattern):
        if pattern[i] == "[":
            j = i + 1 + (pattern[i + 1 : i + 2] == "!")
            j += pattern[j : j + 1] == "]"  # `[]]`, `[!]]`: a ] first in the set is one of its characters
            close = pattern.find("]", j)
            if close < 0:
                return f"the [ at character {i + 1} is never closed with ]; write [[] for the character ["
            i = close
        i += 1
    return None


def _specificity(entry: str, rule: Rule) -> int:
    e = entry.strip()
    if e.upper() == rule.code or names_rule(e, rule):
        return 6
    if _PREFIX.match(e.upper()) and rule.code.startswith(e.upper()):
        return len(e)
    return -1


def _check_entries(path: str, key: str, entries: list[str]) -> tuple[str, ...]:
    """The entries, checked; ConfigError `path: key: …` (`--select: …` once for an option, where path is key)."""
    table = rules()
    where = "" if key == path else f"{key}: "
    out = []
    for e in entries:
        if not isinstance(e, str):
            raise ConfigError(path, f"{where}expected rule codes or names, got {e!r}")
        if not any(_specificity(e, r) >= 0 for r in table.values()):
            raise ConfigError(path, f"{where}{unknown_rule(e)}")
        out.append(e.strip())
    return tuple(out)


def _severities(path: str, sev: dict[str, object]) -> list[tuple[str, str]]:
    """The `severity` table, checked: a rule (or prefix) given twice under two spellings (TQA511 and tqa511, or its
    name) is an error, not one of them winning silently."""
    table = rules()
    seen: dict[str, str] = {}
    out = []
    for k, v in sorted(sev.items()):
        _check_entries(path, "severity", [k])
        if v not in ("error", "warning", "info"):
            raise ConfigError(path, f"severity.{k}: expected error, warning or info, got {v!r}")
        one = next((r.code for r in table.values() if _specificity(k, r) == 6), k.strip().upper())
        if one in seen:
            raise ConfigError(path, f"severity: {one} given twice (as {seen[one]!r} and {k!r}): keep one")
        seen[one] = k
        out.append((k, str(v)))
    return out


def parse_config(path: str, table: dict[str, object]) -> Settings:
    root = str(Path(path).parent)
    for key in table:
        if key not in KEYS:
            raise ConfigError(path, f"unknown key {key!r} (known: {', '.join(KEYS)})")

    def strings(key: str) -> list[str]:
        v = table.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list):
            raise ConfigError(path, f"{key}: expected a list")
        return v

    select = _check_entries(path, "select", strings("select")) if "select" in table else ("TQA",)
    ignore = _check_entries(path, "ignore", strings("ignore"))
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(path, "per-file-ignores: expected a table of glob = [codes]")
    for g, c in pfi.items():
        if not isinstance(c, (str, list)):
            raise ConfigError(path, f"per-file-ignores.{g}: expected rule codes or names, got {str(c)[:60]}")
        wrong = _glob_error(g)
        if wrong:
            raise ConfigError(path, f"per-file-ignores.{g}: not a glob pattern ({wrong})")
    per_file = tuple((str(g), _check_entries(path, f"per-file-ignores.{g}", [c] if isinstance(c, str) else list(c))) for g, c in sorted(pfi.items()))
    sev = table.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(path, "severity: expected a table of rule = level")
    severity = _severities(path, sev)
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning", "info"):
        raise ConfigError(path, f"fail-on: expected error, warning or info, got {fail_on!r}")
    names = strings("glossary")
    bad = [x for x in names if not isinstance(x, str)]
    if bad:  # rule entries are checked by _check_entries, which names them
        raise ConfigError(path, f"glossary: expected file names, got {str(bad[0])[:60]}")
    glossary = []
    for g in names:
        gp = Path(root) / g
        if not gp.is_file():
            raise ConfigError(path, f"glossary: {_not_a_file(g, gp)}")
        glossary.append(str(gp))
    currency = table.get("default-currency")
    if currency is not None and (not isinstance(currency, str) or currency not in CURRENCY_CODES):
        raise ConfigError(path, f"default-currency: expected one of {', '.join(CURRENCY_CODES)}, got {currency!r}")
    return Settings(select, ignore, per_file, tuple(severity), fail_on, tuple(glossary), root, path,
                    baseline=_baseline(path, root, table.get("baseline")), default_currency=currency)


def _not_a_file(g: str, gp: Path) -> str:
    """Why the glossary g (at gp) cannot be read: missing, or there but not a regular file (`/dev/zero` was said to be
    `no such file`), in the inputs' own wording (`load.decode.file_kind`)."""
    from transqa.load.decode import file_kind

    try:
        mode = gp.stat().st_mode
    except OSError:
        return f"no such file {g!r}"
    kind = file_kind(mode)
    return f"{g!r} is {kind}, not a regular file" if kind != "not a regular file" else f"{g!r} is not a regular file"


def _baseline(path: str, root: str, value: object) -> str | None:
    """The `baseline` key: a file name relative to the configuration file's folder. The file is read (and refused
    when missing or not a baseline) by the run, unless the run writes one."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, f"baseline: expected a file name, got {_as_written(value)}")
    if "\0" in value:  # open() would raise ValueError: embedded null byte
        raise ConfigError(path, f"baseline: a file name cannot hold a NUL character, got {value[:60]!r}")
    return str(Path(root) / value)


def _as_written(value: object) -> str:
    """A TOML value as the user wrote it (true, 5), a string quoted: not Python's True."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value[:60]) if isinstance(value, str) else str(value)[:60]


def _deepest_key(text: str) -> str:
    """The key of the line that opens the most brackets (what a RecursionError of the TOML parser was about)."""
    line = max(text.splitlines() or [""], key=lambda x: x.count("[") + x.count("{"))
    key = line.split("=", 1)[0].strip() if "=" in line else ""
    return key[:60] if key and "[" not in key and "{" not in key else "(a value)"


def _read_toml(path: str) -> dict[str, object]:
    """A configuration file's TOML, parsed. Raises ConfigError."""
    text = ""
    try:
        text = read_bytes(path, MAX_CONFIG_BYTES).decode("utf-8-sig")  # a BOM (some editors write one) is read, as a glossary's
        return tomllib.loads(text)
    except InputError as exc:
        raise ConfigError(path, "no such configuration file" if exc.kind == "missing" else exc.message) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        said = str(exc).replace("Cannot overwrite a value", "a key given twice", 1)  # tomllib's words for a duplicate key
        raise ConfigError(path, f"invalid TOML: {said}") from None
    except RecursionError:  # tomllib parses nested arrays and inline tables recursively
        raise ConfigError(path, f"{_deepest_key(text)}: arrays or tables nested too deeply (invalid TOML)") from None


def _settings_table(path: str, data: dict[str, object]) -> object:
    """transqa's table of a parsed configuration file: [tool.transqa] of a pyproject.toml (None when it has none),
    else [transqa] or the whole file."""
    if Path(path).name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("transqa") if isinstance(tool, dict) else None
    if "transqa" in data and len(data) > 1:  # the top-level keys would be dropped without a word
        other = next(k for k in data if k != "transqa")
        raise ConfigError(path, f"top-level key {other[:60]!r} beside a [transqa] table: put every setting under [transqa] "
                                "(or leave the [transqa] header out)")
    return data.get("transqa", data)


def load_config(path: str) -> Settings:
    return _parsed_config(path, _read_toml(path))


def _parsed_config(path: str, data: dict[str, object]) -> Settings:
    table = _settings_table(path, data)
    if table is None:  # a pyproject.toml without [tool.transqa] given as --config: the defaults
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(path, "expected a table of settings")
    return parse_config(str(Path(path)), table)


def _foreign(folder: Path) -> bool:
    """True for a folder whose files someone else may have written: writable by every user (/tmp), or
    owned by another user than you and the administrator."""
    try:
        st = folder.stat()
    except OSError:
        return True
    getuid = getattr(os, "getuid", None)
    return bool(st.st_mode & stat.S_IWOTH) or (getuid is not None and st.st_uid not in (getuid(), 0))


def _search_folders(d: Path) -> tuple[list[Path], Path | None]:
    """From d upwards to the first repository root (a folder holding .git, .hg or .svn), the user's home
    folder or the file system's root, whichever comes first, the same for `check FILE` and `audit DIR`;
    never into a folder someone else may write to (/tmp, another user's folder): a transqa.toml there
    must not switch rules off. The folders, and the one that ended the search for that reason (or None)."""
    home = Path(os.path.expanduser("~")).resolve()
    out: list[Path] = []
    for folder in (d, *d.parents):
        if _foreign(folder):
            return out, folder
        out.append(folder)
        if folder == home or any((folder / marker).exists() for marker in (".git", ".hg", ".svn")):
            break
    return out, None


def _config_in(folder: Path, read: bool = True) -> tuple[str, dict[str, object] | None] | None:
    """The folder's configuration file and its TOML, parsed once: transqa.toml, else a pyproject.toml with a
    [tool.transqa] table. A pyproject.toml that cannot be parsed is passed over (another tool's), unless it holds
    transqa's settings (a [tool.transqa] table header or a dotted `transqa.` key: `_TRANSQA_HEADER`) and the folder's file is to be `read` (not the one a search stopped at):
    its ConfigError is raised (hostile 47: `select = ["TQA1"` left the user's settings unused without a word). The
    transqa.toml is parsed by its reader."""
    t = folder / "transqa.toml"
    if t.is_file():
        return str(t), None
    pp = folder / "pyproject.toml"
    if pp.is_file():
        try:
            data = _read_toml(str(pp))
        except ConfigError:
            if read and _heads_transqa(pp):
                raise
            return None
        if _settings_table(str(pp), data) is not None:
            return str(pp), data
    return None


# [tool.transqa], [tool.transqa.x]; or a dotted key of transqa's (`transqa.fail-on = …` under [tool], `tool.transqa.x = …`:
# a newcomer's broken [project] beside such keys left the gate at its default without a word, release 47 reread)
_TRANSQA_HEADER = re.compile(rb"(?m)^[ \t]*(?:\[[ \t]*tool[ \t]*\.[ \t]*\"?transqa\"?[ \t]*[\].]"
                             rb"|(?:tool[ \t]*\.[ \t]*)?\"?transqa\"?[ \t]*\.[ \t]*[A-Za-z\"])")


def _heads_transqa(path: Path) -> bool:
    """The file's first MAX_CONFIG_BYTES hold a [tool.transqa] table header (read as bytes: it may not decode)."""
    try:
        with path.open("rb") as fh:
            return _TRANSQA_HEADER.search(fh.read(MAX_CONFIG_BYTES)) is not None
    except OSError:
        return False


@dataclass(frozen=True)
class Found:
    """What find_configuration found: the configuration file (None: the defaults) and, for a pyproject.toml, its
    TOML already parsed; a configuration file it did not read because its folder others may write to."""

    path: str | None = None
    data: dict[str, object] | None = None
    skipped: str = ""


def find_configuration(start: str) -> Found:
    """The nearest transqa.toml, or pyproject.toml with a [tool.transqa] table, from start (a file's
    folder, or the folder itself) upwards to the repository root, the user's home folder or the file
    system's root (_search_folders), and one in the folder that ended the search (skipped)."""
    try:
        d = Path(start).resolve()
    except (OSError, RuntimeError):  # a symbolic link loop (RuntimeError before Python 3.13): its reader says what it is
        d = Path(os.path.abspath(start))
    if d.is_file() or not d.exists():
        d = d.parent
    folders, stopped = _search_folders(d)
    for folder in folders:
        got = _config_in(folder)
        if got is not None:
            return Found(*got)
    unread = _config_in(stopped, read=False) if stopped is not None else None
    return Found(skipped=unread[0] if unread else "")


def skipped_notice(path: str) -> str:
    """The notice for a configuration file not read (Settings.skipped): the user may well have meant it."""
    from transqa.escape import line_safe

    return (f"{line_safe(path)} was not read: its folder may be written by other users (world-writable, or another user's), "
            "so anyone could have put it there; give it with --config to use it")


def settings_for(target: str, config: str | None = None, isolated: bool = False, **overrides: object) -> Settings:
    """The settings of a run: the configuration file (given, or found from the target), then options."""
    if isolated:
        settings = Settings()
    elif config:
        settings = load_config(config)
    else:
        found = find_configuration(target)
        if found.path is None:
            settings = Settings(skipped=found.skipped)
        else:  # the TOML of a pyproject.toml found is parsed once, by the search
            settings = _parsed_config(found.path, found.data) if found.data is not None else load_config(found.path)
    changes = {k: v for k, v in overrides.items() if v not in (None, (), [])}
    if "select" in changes:
        changes["select"] = _check_entries("--select", "--select", list(changes["select"]))  # type: ignore[call-overload]
    if "ignore" in changes:
        changes["ignore"] = settings.ignore + _check_entries("--ignore", "--ignore", list(changes["ignore"]))  # type: ignore[call-overload]
    if "glossary" in changes:
        missing = [g for g in changes["glossary"] if not Path(g).exists()]  # type: ignore[attr-defined]  # not a regular file: the reader says what it is
        if missing:
            raise InputError(str(missing[0]), "no such glossary file", "missing")
        changes["glossary"] = settings.glossary + tuple(str(g) for g in changes["glossary"])  # type: ignore[attr-defined]
    return replace(settings, **changes)  # type: ignore[arg-type]
