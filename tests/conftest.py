from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

# Property tests assert what is computed, never how fast: the machines that run the suite are shared and noisy (a
# 20 ms example took 255 ms under a load of 10 on two cores and failed hypothesis's default 200 ms deadline; input
# generation fell under its "too slow" health check the same way). Linear-time guards measure CPU time instead.
settings.register_profile("transqa", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("transqa")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRANSQA_SHARED", ROOT.parent / "shared"))
CHIP_URL = "https://example.com/news/kestrel-orbis"  # the original the chip_translation fixture's 原文 header names
SEED = ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md"
ZUCK_EN = SHARED / "corpora/techcrunch-en/goose3/test_techcrunch1.html"
ZUCK_ZH = SHARED / "corpora/techcrunch-zh/techcrunch-blog-zh-2007-2014/docs/2005-zuckerberg-didnt-want-to-take-over-the-world.md"


def user_docs() -> str:
    """The user's documentation: README.md (set-up, quick starts, day one) then docs/usage.md (the full reference,
    where the README's long detail moved in release 32). A test of a documented fact reads both."""
    return (ROOT / "README.md").read_text(encoding="utf-8") + "\n" + (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")


def benchmark_module(name: str) -> ModuleType:
    """The module benchmarks/<name>.py (the folder is on sys.path only while it is imported)."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)


def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001
    """The suite starts `transqa` in about a hundred subprocesses. Under PYTHONDONTWRITEBYTECODE (set in many
    containers and CI images) each of them compiled every transqa module from source again: about 0.4 of the
    0.9 CPU s a cold `transqa check` took. The subprocesses share compiled bytecode in a folder outside the source
    tree instead (PYTHONPYCACHEPREFIX), so the tree stays free of .pyc files as the setting asks; it is removed
    at the end of the session. Nothing changes where bytecode is written anyway."""
    import atexit
    import shutil
    import tempfile

    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not os.environ.get("PYTHONPYCACHEPREFIX"):
        prefix = tempfile.mkdtemp(prefix="transqa-test-pyc-")
        atexit.register(shutil.rmtree, prefix, ignore_errors=True)
        os.environ["PYTHONPYCACHEPREFIX"] = prefix
        del os.environ["PYTHONDONTWRITEBYTECODE"]


def pytest_collection(session: pytest.Session) -> None:
    """Under `make test` each of the two workers collects every test file, and pytest rewrote the assertions of
    all ~360 of them in both (about 12 of a worker's 24 CPU s of collection; measured with a warm and a cold
    bytecode folder, release 48). The second worker writes the rewritten files from the end of the collection
    order while the first collects from its start; where it finds one written it has met the first and stops, and
    its own collection then reads every file rewritten. Collection itself and its order do not change."""
    if os.environ.get("PYTEST_XDIST_WORKER") == "gw1" and not sys.dont_write_bytecode:
        _rewrite_backwards(session.config)


def _test_files(config: pytest.Config) -> list[Path]:
    """The test files the arguments name, in the reverse of collection's order (depth first, names sorted); only those
    under the `testpaths` folders (`pytest -n 2 .` would reach the test files of .venv's packages), none under an
    `--ignore` path or a folder `norecursedirs` matches."""
    import fnmatch

    roots = [(config.rootpath / t).resolve() for t in config.getini("testpaths")] or [config.rootpath.resolve()]
    ignored = [Path(p).resolve() for p in config.getoption("ignore") or ()]
    skip = config.getini("norecursedirs")
    files: set[Path] = set()
    for arg in config.args:
        path = Path(arg.split("::")[0])
        if not path.is_absolute():
            path = config.invocation_params.dir / path if (config.invocation_params.dir / path).exists() else config.rootpath / path
        files.update(path.rglob("test_*.py") if path.is_dir() else [path] if path.suffix == ".py" else [])
    root = config.rootpath.resolve()
    kept = {f for f in (f.resolve() for f in files)
            if any(f.is_relative_to(r) for r in roots) and not any(f.is_relative_to(i) for i in ignored)
            and not any(fnmatch.fnmatch(part, pat) for part in _parts_below(f.parent, root) for pat in skip)}
    return sorted(kept, key=lambda f: f.parts, reverse=True)


def _parts_below(folder: Path, root: Path) -> tuple[str, ...]:
    """The folder names of `folder` below `root` (all of them when it is elsewhere)."""
    return folder.relative_to(root).parts if folder.is_relative_to(root) else folder.parts


def _rewrite_backwards(config: pytest.Config) -> None:
    """Writes pytest's rewritten bytecode of the test files, last first, until one is found written already."""
    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
    except (ImportError, AttributeError, KeyError):  # pytest's internals moved: collection rewrites as before
        return
    try:
        for source in _test_files(config):
            folder = rewrite.get_cache_dir(source)
            pyc = folder / (source.name[:-3] + rewrite.PYC_TAIL)
            if rewrite._read_pyc(source, pyc) is not None or not rewrite.try_makedirs(folder):
                return
            source_hash, code = rewrite._rewrite_test(source, config)
            rewrite._write_pyc(state, code, source_hash, pyc)
    except Exception:  # noqa: BLE001 an internal's shape changed, or a file does not compile (a syntax error):
        return  # collection rewrites the rest and reports the error as a collection error, not an INTERNALERROR


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.txt from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def need_shared(*paths: Path) -> None:
    for p in paths:
        if not p.exists():
            pytest.skip(f"{p} is not available (../shared is absent)")


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(ROOT)


@pytest.fixture(autouse=True)
def _sigint_kept() -> Iterator[None]:
    """No test may leave Ctrl-C's handler changed: a later test that sends SIGINT to an audit would find it
    ignored (the audit then ran to its end, exit 1 instead of 130, and only in a full run)."""
    import signal

    before = signal.getsignal(signal.SIGINT)
    yield
    after = signal.getsignal(signal.SIGINT)
    if after != before:
        signal.signal(signal.SIGINT, before)
        pytest.fail(f"the test left SIGINT's handler changed: {before!r} -> {after!r}")


def _fuzz_tried() -> int:
    return sum(m.TRIED[0] for name, m in list(sys.modules.items()) if name.endswith("test_fuzz") and hasattr(m, "TRIED"))


_WORKERS_TRIED = [0]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist the fuzz tests run in a worker: it hands its count to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["fuzz_tried"] = _fuzz_tried()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:  # noqa: ANN001, ARG001
    _WORKERS_TRIED[0] += int(getattr(node, "workeroutput", {}).get("fuzz_tried", 0))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001, ARG001
    tried = _fuzz_tried() + _WORKERS_TRIED[0]
    if tried:
        terminalreporter.write_line(f"fuzz: {tried} generated inputs tried")


@pytest.fixture
def chip_translation(tmp_path: Path) -> Path:
    """The chip-merger sample translation, its 原文 header naming CHIP_URL (served by tests.wayback_server)."""
    return chip_target(tmp_path)


def chip_target(tmp_path: Path) -> Path:
    """The chip_translation fixture's file, written into `tmp_path`."""
    target = tmp_path / "kestrel.zh.md"
    text = (ROOT / "corpora" / "samples" / "chip-merger.zh.md").read_text(encoding="utf-8")
    target.write_text(text.replace("https://web.archive.org/web/20240315000000/https://example.com/news/kestrel-orbis",
                                   f"https://web.archive.org/web/20240315000000/{CHIP_URL}"), encoding="utf-8")
    return target
