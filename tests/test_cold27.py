"""Issue 21, release 27 (a quick cold start): what a command does not need is not loaded, and the tables now kept
whole in the dictionary indexes are the tables the checks derived from the older indexes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import ROOT

EN, ZH = "corpora/samples/solar-startup.en.md", "corpora/samples/solar-startup.zh.md"
HEAVY = ("spacy", "thinc", "jieba", "langdetect", "numpy", "rich", "sqlite3", "dask")
# the codec modules that looking up every charset a browser knows imports (load.decode._web_codecs)
WEB_CODEC_MODULES = ("encodings.koi8_r", "encodings.cp866", "encodings.iso8859_13", "encodings.gbk", "encodings.euc_jp")


def _probe(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter (it sets `out`, a dict) and return `out` read back as JSON."""
    script = f"import io, json, sys\nout = {{}}\n{code}\nsys.__stdout__.write(json.dumps(out))\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_importing_the_command_line_loads_no_heavy_library_no_check_and_no_dictionary() -> None:
    out = _probe(f"""
import transqa.cli
out['heavy'] = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})
out['codecs'] = sorted(m for m in sys.modules if m in {WEB_CODEC_MODULES!r})
out['transqa'] = sorted(m for m in sys.modules if m.startswith(('transqa.checks', 'transqa.engine', 'transqa.lang.lexicon',
                                                                 'transqa.lang.transliterate', 'transqa.lang.dictcache')))
""")
    assert out == {"heavy": [], "codecs": [], "transqa": []}


def test_a_check_of_a_utf8_pair_looks_up_no_browser_charset_and_loads_no_model() -> None:
    # the charsets a page may declare were looked up at import (about 40 codec modules); a check of UTF-8 Markdown
    # declares none. spaCy, jieba and langdetect are not needed for this pair either (the rule-based sentencizer,
    # no doubtful Latin run).
    out = _probe(f"""
from transqa.cli import main
sys.stdout = io.StringIO()
out['code'] = main(['check', {EN!r}, {ZH!r}])
sys.stdout = sys.__stdout__
out['heavy'] = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'jieba', 'langdetect'))
out['codecs'] = sorted(m for m in sys.modules if m in {WEB_CODEC_MODULES!r})
""")
    assert out == {"code": 1, "heavy": [], "codecs": []}


def test_the_browser_charsets_are_the_same_when_looked_up_on_first_use() -> None:
    import codecs

    from transqa.load import decode

    assert decode._web_codecs() == frozenset(codecs.lookup(n).name for n in decode._WEB_CODEC_LABELS)
    assert decode._web_codec("ISO-8859-13") == "iso8859-13" and decode._web_codec("koi8-r") == "koi8-r"
    assert decode._web_codec("unicode_escape") is None and decode._web_codec("no-such-charset") is None
    assert decode.decode_declared("<meta charset=koi8-r>\xc1".encode("latin-1")) == ("<meta charset=koi8-r>а", "koi8-r")  # 0xC1: а


def _cedict() -> str:
    from transqa.lang.lexicon import cedict_path

    path = cedict_path()
    if path is None:
        pytest.skip("no CC-CEDICT (the lexicon extra)")
    return path


def test_the_vocabulary_by_initial_index_is_the_vocabulary_sorted_and_grouped() -> None:
    # it was sorted and grouped from english_vocabulary in every process; it is an index of its own now
    _cedict()
    from transqa.lang.lexicon import (
        _vocabulary_by_initial,
        english_vocabulary,
        spelt_like,
        starts_a_word,
    )

    grouped: dict[str, list[str]] = {}
    for w in sorted(english_vocabulary()):
        if len(w) >= 4:
            grouped.setdefault(w[0], []).append(w)
    assert _vocabulary_by_initial() == {k: tuple(v) for k, v in grouped.items()}
    assert starts_a_word("intro") and not starts_a_word("xqzv")
    assert "striker" in spelt_like("Strykers")


def test_the_entity_index_holds_the_tables_the_check_derived() -> None:
    # the index held name → sorted list; every process made sets of them and grouped the names by word
    path = _cedict()
    from transqa.checks.transliteration import other_entity as oe

    names, by_word = oe.entity_names()
    fresh_names, fresh_by_word = oe._build(path)
    assert names == fresh_names and by_word == fresh_by_word
    assert all(type(v) is frozenset for v in names.values()) and all(type(v) is frozenset for v in by_word.values())
    derived: dict[str, set[str]] = {}
    for n in names:
        for w in n.split():
            if w not in oe._LINKLESS and w not in oe._GENERIC:
                derived.setdefault(w, set()).add(n)
    assert by_word == {k: frozenset(v) for k, v in derived.items()}
    assert list(names) == list(fresh_names)  # the names in the dictionary's order, as before


def _run(args: list[str]) -> tuple[int, str, str]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from transqa.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def test_a_named_command_is_built_alone_and_answers_as_in_the_whole_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import transqa.cli  # noqa: F401  (registers the commands)
    from transqa import options as opt

    assert [c.callback.__name__ for c in opt.app_for(["check", "x"]).registered_commands if c.callback] == ["check"]
    assert [c.name for c in opt.app_for(["rule", "TQA101"]).registered_commands] == ["rule"]
    for whole in ([], ["--version"], ["chek"], ["-h"]):
        assert opt.app_for(whole) is opt.app
    cases = [["check", "--help"], ["audit", "--help"], ["rule", "TQA101"], ["rule", "nope"], ["check", "--bogus"],
             ["check", "a", "b", "c"], ["audit", "--jobs", "x"], ["fix"], ["chek", "x"], ["rules", "--format", "x"],
             ["check", "--format", "concise", EN, ZH]]
    alone = [_run(a) for a in cases]
    monkeypatch.setattr(opt, "app_for", lambda args: opt.app)
    assert [_run(a) for a in cases] == alone
    assert alone[0][0] == 0 and alone[0][1].startswith("Usage: transqa check [OPTIONS]") and alone[-1][0] == 1


def test_the_headword_blocks_kept_as_utf8_answer_as_the_set_of_headwords() -> None:
    # the blocks were text, decoded whole on every read; as bytes, each look-up encodes its word instead
    path = _cedict()
    from transqa.lang import transliterate as tr
    from transqa.lang.lexicon import cedict_entries

    for blocks, common in ((tr._headwords(), False), (tr._common_headwords(), True)):
        assert blocks is not None and all(type(b) is bytes for b in blocks.values())
        heads = tr.headword_set(blocks)
        assert heads == frozenset(s for _t, s, p, _d in cedict_entries(path) if not common or "a" <= p[:1] <= "z")
        words = sorted(heads)
        probes = words[::40] + [w[:-1] for w in words[::37]] + [w[1:] for w in words[::53]] + [w + "们" for w in words[::61]]
        probes += ["", "\n", "伊\ud800", "\udc00", "投资\n", "a b"]
        assert [tr._in_index(blocks, w) for w in probes] == [w in heads for w in probes]


def test_the_command_freezes_what_its_imports_and_indexes_made_and_an_import_does_not() -> None:
    # the collector traversed the indexes' tens of thousands of containers again in every collection after a read
    out = _probe("""
import gc
import transqa.__main__ as entry
from transqa.lang import dictcache
out['on_import'] = [gc.get_freeze_count(), dictcache.FREEZE_AFTER_READ]
""")
    assert out == {"on_import": [0, False]}
    script = ("import gc, sys\nimport transqa.__main__ as entry\nfrom transqa.lang import dictcache\n"
              "def main():\n    print(gc.get_freeze_count() > 10000, dictcache.FREEZE_AFTER_READ)\n    return 0\n"
              "entry.main = main\nentry.run()\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert (done.returncode, done.stdout) == (0, "True True\n")


def test_an_index_read_by_the_command_is_frozen_and_the_same() -> None:
    _cedict()
    out = _probe("""
import gc
from transqa.lang import dictcache, lexicon
plain = lexicon.lexicon()
before = gc.get_freeze_count()
lexicon.lexicon.cache_clear()
dictcache.FREEZE_AFTER_READ = True
frozen = lexicon.lexicon()
out['frozen'] = [before, gc.get_freeze_count() > len(frozen), frozen == plain]
""")
    assert out == {"frozen": [0, True, True]}
