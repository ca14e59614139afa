"""Glossaries: accepted renderings, known-bad renderings, names kept in Latin script.

TSV (columns source, target, status with status accept | reject | keep; a header line is optional)
or YAML:

    keep: [Paytm, Mail.ru]                    # names kept in Latin script
    accept: {Huffington Post: [赫芬顿邮报]}     # English term → accepted Chinese renderings
    reject: {嘴唇: Lips}                       # known-bad Chinese rendering → the right one
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from transqa.errors import InputError
from transqa.load.decode import read_bytes


@dataclass(frozen=True)
class Glossary:
    """Names kept in Latin script, accepted renderings per English term, rejected renderings (bad, what to
    write instead), and the files they came from."""
    keep: frozenset[str] = frozenset()
    accept: tuple[tuple[str, tuple[str, ...]], ...] = ()
    reject: tuple[tuple[str, str], ...] = ()  # (bad rendering, what to write instead)
    sources: tuple[str, ...] = field(default=())


def _merge(gs: list[Glossary]) -> Glossary:
    return Glossary(
        frozenset().union(*(g.keep for g in gs)) if gs else frozenset(),
        tuple(a for g in gs for a in g.accept),
        tuple(r for g in gs for r in g.reject),
        tuple(s for g in gs for s in g.sources),
    )


def _tsv_rows(path: str, text: str) -> list[list[str]]:
    """The rows of a TSV glossary. InputError, naming the line, for a field over the csv module's limit (131,072
    characters, left as it is: no term is that long, and the limit is the whole process's), most often a `"`
    opening a term and never closed, which joins the lines after it into one field."""
    reader = csv.reader(text.splitlines(), delimiter="\t")
    rows: list[list[str]] = []
    end = 0  # the last line of the last row read: the bad row begins on the next
    try:
        for row in reader:
            rows.append(row)
            end = reader.line_num
    except csv.Error as exc:
        raise InputError(path, f"line {end + 1}: {exc} (no term is that long: is a \" never closed?)", "glossary") from None
    return rows


def _from_tsv(path: str, text: str) -> Glossary:
    keep: set[str] = set()
    accept: dict[str, list[str]] = {}
    reject: list[tuple[str, str]] = []
    rows = _tsv_rows(path, text)
    if rows and [c.strip().lower() for c in rows[0][:3]] == ["source", "target", "status"]:
        rows = rows[1:]
    for n, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) < 3:
            raise InputError(path, f"line {n}: expected source, target and status separated by tabs", "glossary")
        src, tgt, status = (c.strip() for c in row[:3])
        if (status == "reject" and not tgt) or (status == "accept" and not (src and tgt)) or (status == "keep" and not (src or tgt)):
            raise InputError(path, f"line {n}: an empty term matches everywhere", "glossary")
        if status == "keep":
            keep.add(src or tgt)
        elif status == "accept":
            accept.setdefault(src, []).append(tgt)
        elif status == "reject":
            reject.append((tgt, src))
        else:
            raise InputError(path, f"line {n}: status must be accept, reject or keep, not {status!r}", "glossary")
    good = {s: v[0] for s, v in accept.items()}
    return Glossary(frozenset(keep), tuple((s, tuple(v)) for s, v in sorted(accept.items())),
                    tuple((bad, good.get(src, src)) for bad, src in reject), (path,))


def _scalar(path: str, key: str, value: object) -> str:
    """One term: a non-empty string (or number). An empty rendering matches everywhere (one finding per
    character of every article); a nested list is not a term."""
    if isinstance(value, (list, dict, set, tuple)) or value is None:
        raise InputError(path, f"{key}: expected a term, not {type(value).__name__ if value is not None else 'an empty value'}", "glossary")
    text = str(value).strip()
    if not text:
        raise InputError(path, f"{key}: an empty term matches everywhere", "glossary")
    return text


MAX_DEPTH = 8  # a glossary's YAML: the document's mapping, a key's mapping, a term's list of renderings


class _Refused(Exception):
    """A glossary's YAML refused while it is composed (an alias, nesting over MAX_DEPTH)."""


def _parser() -> type[Any]:
    """libyaml's scanner and parser (CSafeLoader's) when PyYAML was built with it, else the pure-Python ones."""
    try:
        from yaml.cyaml import CParser  # type: ignore[attr-defined]

        return CParser
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        from yaml.parser import Parser
        from yaml.reader import Reader
        from yaml.scanner import Scanner

        class PyParser(Reader, Scanner, Parser):
            def __init__(self, stream: str) -> None:
                Reader.__init__(self, stream)
                Scanner.__init__(self)
                Parser.__init__(self)

        return PyParser


@lru_cache(maxsize=1)
def _loader() -> type[Any]:
    """The YAML loader of glossaries: libyaml's parser when installed (CSafeLoader's; else the pure-Python one),
    PyYAML's composer and safe constructor. The composer refuses an alias at its event, before any node is
    built or shared (a 420-byte "billion laughs" of nested aliases expands to gigabytes once turned into
    strings), and nesting over MAX_DEPTH (a glossary is three levels deep: accept: {term: [renderings]};
    thousands of nested brackets overflowed the recursion): one parse, no second pass over the text. Measured
    on 200,000 entries (3.7 MB): the pure-Python event check then safe_load 33 CPU s, this one 5 CPU s."""
    import yaml
    from yaml.composer import Composer
    from yaml.constructor import SafeConstructor
    from yaml.resolver import Resolver

    parser = _parser()

    class GlossaryLoader(Composer, parser, SafeConstructor, Resolver):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            parser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self.depth, self.key = 0, "(top level)"

        def too_deep(self) -> str:
            return f"{self.key}: nested over {MAX_DEPTH} levels deep (a glossary needs 3)"

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise _Refused("YAML aliases (*name) are not allowed in a glossary")
            nests = self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent)
            if nests:
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise _Refused(self.too_deep())
            elif self.depth == 1 and self.check_event(yaml.ScalarEvent):
                self.key = self.peek_event().value[:40]
            node = Composer.compose_node(self, parent, index)
            self.depth -= nests
            return node

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            # PyYAML keeps the last of a key given twice (a second `keep:` replaced the first's names, silently)
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key in seen:
                    raise _Refused(f"{str(key)[:40]!r} is given twice (line {key_node.start_mark.line + 1}): give it once")
                seen.add(key)
            return SafeConstructor.construct_mapping(self, node, deep)

    return GlossaryLoader


def _problem(exc: Exception) -> str:
    """What a YAML error says went wrong and where (libyaml's first line is often only the context: "while
    increasing flow level" for brackets nested over its 1,000 levels)."""
    problem, mark = getattr(exc, "problem", None), getattr(exc, "problem_mark", None)
    if not problem:
        return str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else str(problem)


def _from_yaml(path: str, text: str) -> Glossary:
    import yaml

    loader = None
    try:
        loader = _loader()(text)
        data = loader.get_single_data() or {}
    except yaml.YAMLError as exc:
        if loader is not None and getattr(exc, "problem", None) == "exceeded maximum nesting depth":  # libyaml's 1,000
            raise InputError(path, loader.too_deep(), "glossary") from None
        raise InputError(path, f"invalid YAML: {_problem(exc)}", "glossary") from None
    except _Refused as exc:
        raise InputError(path, str(exc), "glossary") from None
    finally:
        if loader is not None:
            loader.dispose()
    if not isinstance(data, dict) or set(data) - {"keep", "accept", "reject"}:
        extra = sorted(set(data) - {"keep", "accept", "reject"}) if isinstance(data, dict) else ["(not a mapping)"]
        raise InputError(path, f"unknown glossary key {extra[0]!r} (known: keep, accept, reject)", "glossary")
    for key, want in (("keep", list), ("accept", dict), ("reject", dict)):
        if data.get(key) is not None and not isinstance(data[key], want):
            raise InputError(path, f"{key}: expected a {'list' if want is list else 'mapping'}", "glossary")
    keep = [_scalar(path, "keep", x) for x in data.get("keep") or []]
    accept = {_scalar(path, "accept", k): [_scalar(path, "accept", x) for x in (v if isinstance(v, list) else [v])]
              for k, v in (data.get("accept") or {}).items()}
    reject = [(_scalar(path, "reject", k), _scalar(path, "reject", v)) for k, v in (data.get("reject") or {}).items()]
    return Glossary(frozenset(keep), tuple((s, tuple(v)) for s, v in sorted(accept.items())), tuple(reject), (path,))


@lru_cache(maxsize=32)
def _load_one(path: str, mtime: float) -> Glossary:
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 text (invalid byte at offset {exc.start})", "glossary") from None
    return _from_yaml_kept(path, text) if path.endswith((".yaml", ".yml")) else _from_tsv(path, text)


def _from_yaml_kept(path: str, text: str) -> Glossary:
    """_from_yaml, kept in the user cache by the text and this module's source (recache's digest of a module, as
    every analysis kept between runs is keyed): importing the YAML parser and parsing cost a run with a YAML
    glossary (the demo pair's) about 0.015 CPU s. A glossary that does not parse is parsed every time (its error
    is raised as before); one that does is read back as it was parsed."""
    import hashlib

    from transqa.lang.dictcache import index_dir, keep, read_index
    from transqa.recache import code_version

    of_path = hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    key = hashlib.sha256(text.encode("utf-8", "surrogateescape") + b"\0" + code_version((__name__,)).encode()).hexdigest()[:32]
    name = f"glossary-{of_path}-{key}.marshal"
    try:
        kept, accept, reject = read_index(index_dir() / name, "glossary")
        return Glossary(kept, accept, reject, (path,))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    got = _from_yaml(path, text)
    keep(name, f"glossary-{of_path}-*.marshal", (got.keep, got.accept, got.reject), "glossary")  # and this file's earlier versions go
    return got


def load_glossaries(paths: tuple[str, ...]) -> Glossary:
    """The glossaries of several files (TSV or YAML) merged. Raises InputError for a file that cannot be read
    or parsed."""
    gs = []
    for p in paths:
        try:
            gs.append(_load_one(p, Path(p).stat().st_mtime))
        except OSError as exc:
            raise InputError(p, f"cannot be read ({exc.strerror})", "glossary") from None
    return _merge(gs)
