"""The kept compiled patterns (transqa.recache): equal to what `re` compiles, read back from disk, and
falling back to `re` for anything else."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import transqa
from transqa import recache

HAND = [
    (r"(?P<year>(?:19|20)\d{2})\s?年(?P<m>\d{1,2})?", 0),
    (r"(?<![\u4e00-\u9fff])[\u3400-\u9fff\U00020000-\U0002ffff]{2,8}(?=[，。])", 0),
    (r"\b(?:million|billion)s?\b", re.IGNORECASE),
    (r"""(?x) \d+  # digits
         (?:\.\d+)?""", 0),
    (r"^a|b$", re.MULTILINE | re.DOTALL),
    (r"(?i:abc)Def(?-i:g)", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path))
    recache.uninstall()
    re.purge()
    yield tmp_path
    recache.uninstall()
    re.purge()


def _package_patterns() -> list[re.Pattern[str]]:
    importlib.import_module("transqa.engine")
    out: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(transqa.__path__, "transqa."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out[(value.pattern, value.flags)] = value
    return list(out.values())


def test_every_pattern_of_the_package_is_equal_from_its_kept_code() -> None:
    patterns = _package_patterns()
    assert len(patterns) > 150
    for p in patterns:
        assert recache._SRE.compile(p.pattern, *recache._entry(p.pattern, p.flags)) == p, p.pattern


@pytest.mark.parametrize(("pattern", "flags"), HAND)
def test_kept_code_matches_as_re_does(pattern: str, flags: int) -> None:
    fresh = re.compile(pattern, flags)
    kept = recache._SRE.compile(pattern, *recache._entry(pattern, int(flags)))
    assert kept == fresh and kept.groupindex == fresh.groupindex and kept.groups == fresh.groups
    for text in ("2024年5", "在一万人。", "Five Million", "12.5", "a\nb", "abcDefg", "ABCDEFG"):
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_a_pattern_is_kept_on_disk_and_read_back_without_parsing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.install()
    first = re.compile(r"(?P<n>\d+)\s?万(?P<cur>元|美元)")
    assert (first.pattern, 0) in recache._table
    recache.save()
    assert not recache.cache_file().exists()  # one cheap miss is not worth a write
    recache.save(least=0)
    assert recache.cache_file().is_file() and recache.cache_file().is_relative_to(cache)
    recache.uninstall()
    re.purge()

    recache.install()
    parse = recache._parser.parse

    def no_parsing(pattern: object, *args: object) -> object:
        # only this pattern: pytest's own reporting (junitxml, xdist) compiles patterns of its own meanwhile
        if pattern == first.pattern:
            raise AssertionError("parsed again")
        return parse(pattern, *args)

    monkeypatch.setattr(recache._parser, "parse", no_parsing)
    again = re.compile(r"(?P<n>\d+)\s?万(?P<cur>元|美元)")
    assert again == first and again.search("3万美元").group("cur") == "美元"  # type: ignore[union-attr]


def test_nothing_is_written_when_nothing_was_added(cache: Path) -> None:
    recache.install()
    recache.save(least=0)
    assert not recache.cache_file().exists()


def test_bad_patterns_debug_and_bytes_go_to_re(cache: Path) -> None:
    recache.install()
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        re.compile("(ab")
    assert re.compile(rb"\d+").match(b"12") is not None
    assert not any(type(k[0]) is not str for k in recache._table)


@pytest.mark.parametrize("damage", [b"", b"not an index", b"transqa-index\0patterns\0" + b"\0" * 32 + b"junk"])
def test_a_damaged_file_is_ignored_and_replaced(cache: Path, damage: bytes) -> None:
    path = recache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    recache.install()
    assert re.compile(r"[一二三]十").match("二十") is not None
    recache.save(least=0)
    recache.uninstall()
    recache.install()
    assert (r"[一二三]十", 0) in recache._table


def test_an_entry_that_does_not_fit_falls_back_to_re(cache: Path) -> None:
    recache.install()
    recache._table[("x+y", 0)] = (32, [1, 2, 3], 0, {}, (None,))  # not valid code for _sre
    assert re.compile("x+y").fullmatch("xxy") is not None
    assert ("x+y", 0) not in recache._table


def test_the_command_keeps_its_patterns_once_and_a_warm_run_writes_nothing(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "TRANSQA_CACHE_DIR": str(tmp_path), "TRANSQA_CEDICT": str(tmp_path / "none")}
    pair = [str(root / "corpora/samples/solar-startup.en.md"), str(root / "corpora/samples/solar-startup.zh.md")]

    def run() -> str:
        done = subprocess.run([sys.executable, "-m", "transqa", "check", "--format", "json", *pair],
                              capture_output=True, text=True, env=env, check=False)
        assert done.returncode in (0, 1), done.stderr
        return done.stdout

    first = run()
    kept = list((tmp_path / "index").glob("patterns-*.marshal"))
    assert len(kept) == 1
    stamp = kept[0].stat().st_mtime_ns
    assert run() == first
    assert kept[0].stat().st_mtime_ns == stamp


def test_the_quantity_tables_needs_kept_in_the_file_equal_those_computed(cache: Path) -> None:
    from transqa.quantities import chinese, core, english

    tables = [v for m in (english, chinese) for v in vars(m).values()
              if isinstance(v, tuple) and v and isinstance(v[0], core.Pattern)]
    assert tables
    computed = [[core._needs(row.regex) for row in t] for t in tables]
    recache.install()
    first = [[recache.kept("needs", core._NEEDS_CODE, row.regex, core._needs) for row in t] for t in tables]
    recache.save(least=0)
    recache.uninstall()
    recache.install()
    read_back = [[recache.kept("needs", core._NEEDS_CODE, row.regex, lambda p: (None, None)) for row in t] for t in tables]
    assert first == computed and read_back == computed
    assert any(need is not None for t in computed for need, _ in t)


def test_the_sentencizer_s_suffix_tail_kept_in_the_file_equals_the_one_computed(cache: Path) -> None:
    from transqa.lang import sentencizer

    pattern = sentencizer._rules().suffix
    computed = sentencizer._suffix_tail(pattern)
    assert computed is not None
    recache.install()
    assert recache.kept("suffix-tail", ("transqa.lang.sentencizer",), pattern, sentencizer._suffix_tail) == computed
    recache.save(least=0)
    recache.uninstall()
    recache.install()
    assert recache.kept("suffix-tail", ("transqa.lang.sentencizer",), pattern, lambda p: None) == computed


def _made_classes() -> list[type]:
    import dataclasses

    def fields(extra: str) -> list[tuple[str, type, Any] | tuple[str, type]]:
        return [("name", str), (f"count_{extra}", int, dataclasses.field(default=0)),
                ("tags", tuple, dataclasses.field(default_factory=tuple))]

    return [
        dataclasses.make_dataclass("Frozen", fields("a"), frozen=True, slots=True, order=True),
        dataclasses.make_dataclass("Plain", fields("b"), eq=True, unsafe_hash=True),
        dataclasses.make_dataclass("KwOnly", fields("c"), kw_only=True, repr=False),
    ]


def _functions(cls: type) -> dict[str, object]:
    return {k: v.__code__ for k, v in vars(cls).items() if hasattr(v, "__code__")}


def test_dataclass_functions_from_kept_code_are_those_exec_makes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = [_functions(c) for c in _made_classes()]
    assert all(len(f) >= 2 for f in plain)
    recache.install()
    first = [_functions(c) for c in _made_classes()]
    assert any(type(k[0]) is str and k[1] == "exec" for k in recache._table)
    recache.save(least=0)
    recache.uninstall()
    import dataclasses

    assert "exec" not in vars(dataclasses)  # uninstalled: the builtin again
    recache.install()

    def no_compiling(*args: object, **kwargs: object) -> object:
        raise AssertionError("compiled again")

    monkeypatch.setattr(recache, "compile", no_compiling, raising=False)
    classes = _made_classes()
    read_back = [_functions(c) for c in classes]
    assert first == plain and read_back == plain
    made = classes[0](name="x", count_a=2)
    assert repr(made) == "Frozen(name='x', count_a=2, tags=())" and made < classes[0](name="y")


def test_exec_without_dicts_is_exec_s_own() -> None:
    seen: dict[str, object] = {}
    recache._exec("y = 2 + 3", seen)
    assert seen["y"] == 5
    local_value = 7  # noqa: F841  (read by the text exec runs)
    recache._exec("assert local_value == 7 and _made_classes")  # the caller's locals and globals
    with pytest.raises(NameError):
        recache._exec("local_value", {})
