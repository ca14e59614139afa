"""The dictionary index cache: the same index as a fresh parse, keyed by the file's content, rebuilt
when unreadable, written atomically, and optional (an unwritable folder only costs the parse)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from transqa.lang import dictcache, lexicon, transliterate

CEDICT = (
    "# CC-CEDICT sample\n"
    "彭博社 彭博社 [Peng2 bo2 she4] /Bloomberg News/\n"
    "伊朗 伊朗 [Yi1 lang3] /Iran/\n"
    "電動車 电动车 [dian4 dong4 che1] /electric vehicle/electric car/\n"
    "投資 投资 [tou2 zi1] /investment/to invest/\n"
)


def _clear() -> None:
    for f in (lexicon.lexicon, lexicon.renderings, transliterate.proper_names, transliterate._name_tables,
              transliterate._headwords, transliterate._headword_set, dictcache._file_hash, lexicon._entries):
        f.cache_clear()


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cedict = tmp_path / "cedict.txt"
    cedict.write_text(CEDICT, encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CEDICT", str(cedict))
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    _clear()
    yield cedict
    _clear()


def _files(root: Path) -> list[Path]:
    """The indexes in the cache folder, less the parsed dictionary they are built from (lexicon.cedict_entries)."""
    return sorted(p for p in (root / "cache" / "index").glob("*.marshal") if not p.name.startswith("cedict-"))


def test_the_cached_index_equals_a_fresh_parse(fresh: Path) -> None:
    built = lexicon._build_lexicon(str(fresh))
    names = (*transliterate._build_name_tables(str(fresh)), transliterate.headword_set(transliterate._build_headwords(str(fresh))))
    assert built["invest"] == ("投资",) and names[0]["Iran"] == frozenset({"伊朗"}) and "投资" in names[2]
    assert lexicon.lexicon() == built  # builds and stores
    assert transliterate.proper_names() == names
    assert len(_files(fresh.parent)) == 3
    _clear()
    assert lexicon.lexicon() == built  # read back
    assert transliterate.proper_names() == names
    assert transliterate.is_headword("伊朗") and transliterate.known_renderings("Iran") == frozenset({"伊朗"})
    assert not list((fresh.parent / "cache" / "index").glob("*.tmp"))


def test_a_changed_dictionary_gets_its_own_index(fresh: Path) -> None:
    assert "investment" in (lexicon.lexicon() or {})
    fresh.write_text(CEDICT.replace("/investment/to invest/", "/stake/") + "#\n", encoding="utf-8")
    _clear()
    lex = lexicon.lexicon() or {}
    assert "investment" not in lex and lex["stake"] == ("投资",)
    # the old dictionary's index stays beside the new one (another installation may still read it), up to
    # dictcache.VERSIONS versions of the kind
    old, new = sorted(_files(fresh.parent), key=lambda p: p.stat().st_mtime_ns)
    assert dictcache._read(new, "lexicon") == lex and "investment" in dictcache._read(old, "lexicon")


def test_two_versions_of_the_code_sharing_the_folder_each_read_their_own_index(fresh: Path) -> None:
    # pre-commit's environment and a project's venv (or two checkouts) alternate on one cache folder: each
    # pruned the other's index when it built its own, so that every run built it again
    built: list[str] = []

    def build(tag: str) -> object:
        def run(path: str) -> object:
            built.append(tag)
            return {"tag": tag}
        return run

    one, two = ("transqa.lang.lexicon",), ("transqa.lang.lexicon", "transqa.lang.english")
    for _ in range(3):
        assert dictcache.load_or_build("lexicon", str(fresh), one, build("one")) == {"tag": "one"}
        assert dictcache.load_or_build("lexicon", str(fresh), two, build("two")) == {"tag": "two"}
    assert built == ["one", "two"]


def test_past_the_kept_versions_the_least_recently_used_index_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "index"
    names = [f"k-{i}.marshal" for i in range(dictcache.VERSIONS + 1)]
    for age, name in enumerate(names[: dictcache.VERSIONS]):
        assert dictcache.keep(name, "k-*.marshal", (name,), "k", versions=dictcache.VERSIONS)
        os.utime(folder / name, ns=(10**18 + age, 10**18 + age))  # k-0 the oldest
    assert sorted(p.name for p in folder.iterdir()) == names[: dictcache.VERSIONS]
    assert dictcache.read_index(folder / names[0], "k") == (names[0],)  # a plain read leaves the time alone
    assert (folder / names[0]).stat().st_mtime_ns == 10**18
    assert dictcache.read_used(folder / names[0], "k") == (names[0],)  # read as an index: used now, newer than the others
    assert dictcache.keep(names[-1], "k-*.marshal", (names[-1],), "k", versions=dictcache.VERSIONS)
    assert sorted(p.name for p in folder.iterdir()) == sorted([names[0], *names[2:]])  # k-1 was used least recently
    assert dictcache.keep("s-1.sha256", "s-*.sha256", b"a" * 32) and dictcache.keep("s-2.sha256", "s-*.sha256", b"b" * 32)
    assert not (folder / "s-1.sha256").exists()  # one version by default: a stamp's earlier versions go at once


def test_a_fifo_or_a_device_in_the_cache_folder_is_not_read(fresh: Path) -> None:
    import os

    want = lexicon.lexicon()
    (target,) = _files(fresh.parent)
    stamps = sorted((fresh.parent / "cache" / "index").glob("stamp-*.sha256"))
    assert stamps
    target.unlink()
    os.mkfifo(target)  # reading it would block for ever
    for stamp in stamps:
        stamp.unlink()
        stamp.symlink_to("/dev/zero")  # reading it would never end
    _clear()
    assert lexicon.lexicon() == want


def test_an_unreadable_cache_file_is_rebuilt(fresh: Path) -> None:
    want = lexicon.lexicon()
    (target,) = _files(fresh.parent)
    target.write_bytes(b"\x00garbage")
    _clear()
    assert lexicon.lexicon() == want
    _clear()
    assert lexicon.lexicon() == want  # and stored again
    assert target.read_bytes() != b"\x00garbage"


@pytest.mark.parametrize("content", [
    __import__("marshal").dumps(42),  # loads, but is no index: used as one, every run failed (exit 3)
    __import__("marshal").dumps({"invest": ("投资",)}),  # a foreign marshal file of the right type
    "flip",  # one byte of an intact file changed
])
def test_a_cache_file_that_is_not_an_intact_index_is_rebuilt(fresh: Path, content: object) -> None:
    want = lexicon.lexicon()
    (target,) = _files(fresh.parent)
    if content == "flip":
        data = bytearray(target.read_bytes())
        data[-3] ^= 0x01
        target.write_bytes(bytes(data))
    else:
        assert isinstance(content, bytes)
        target.write_bytes(content)
    _clear()
    assert lexicon.lexicon() == want
    _clear()
    assert lexicon.lexicon() == want and dictcache._read(target, "lexicon") == want  # stored again, intact


def test_an_unwritable_cache_folder_only_costs_the_parse(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = fresh.parent / "blocker"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(blocker))
    assert lexicon.lexicon() == lexicon._build_lexicon(str(fresh))
    assert transliterate.common_words() == transliterate.headword_set(transliterate._build_headwords(str(fresh)))


def test_the_key_follows_the_building_code(fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = dictcache.cache_file("lexicon", str(fresh), ("transqa.lang.lexicon",))
    assert a == dictcache.cache_file("lexicon", str(fresh), ("transqa.lang.lexicon",))
    assert a != dictcache.cache_file("lexicon", str(fresh), ("transqa.lang.lexicon", "transqa.lang.english"))


def test_the_dictionary_hash_is_kept_beside_the_indexes_until_the_file_changes(fresh: Path) -> None:
    import hashlib

    digest = dictcache.file_hash(str(fresh))
    assert digest == hashlib.sha256(fresh.read_bytes()).digest()
    (stamp,) = (fresh.parent / "cache" / "index").glob("stamp-*.sha256")
    assert stamp.read_bytes() == digest
    _clear()
    stamp.write_bytes(b"k" * 32)  # read back, not computed again, while the file is unchanged
    assert dictcache.file_hash(str(fresh)) == b"k" * 32
    fresh.write_text(CEDICT + "#\n", encoding="utf-8")
    _clear()
    assert dictcache.file_hash(str(fresh)) == hashlib.sha256(fresh.read_bytes()).digest()
    (kept,) = (fresh.parent / "cache" / "index").glob("stamp-*.sha256")  # the stamp of the old version is gone
    assert kept != stamp and kept.read_bytes() == hashlib.sha256(fresh.read_bytes()).digest()


def test_the_kept_traditional_table_gives_what_opencc_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.lang import script

    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path))
    script._t2s_changes.cache_clear()
    dictcache._file_hash.cache_clear()
    try:
        changes = script._t2s_changes()
        if changes is None:
            pytest.skip("OpenCC is not installed")
        assert len(list((tmp_path / "index").glob("t2s-*.marshal"))) == 1
        script._t2s_changes.cache_clear()
        assert script._t2s_changes() == changes  # read back from the file
        han = script.HAN.findall("".join(map(chr, (*range(0x3400, 0xA000), *range(0xF900, 0xFB00), *range(0x20000, 0x20400)))))
        assert len(han) > 20_000
        assert all(changes.get(c, c) == script._t2s(c) for c in han)
        assert changes["萬"] == "万" and changes["歐"] == "欧" and "万" not in changes
    finally:
        script._t2s_changes.cache_clear()
        dictcache._file_hash.cache_clear()


def test_without_opencc_the_characters_are_asked_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.lang import script

    monkeypatch.setattr(script, "_opencc_library", lambda: None)
    script._t2s_changes.cache_clear()
    monkeypatch.setattr(script, "_T2S", {})
    monkeypatch.setattr(script, "_MET", set())
    try:
        assert script._t2s_changes() is None
        assert script.to_simplified("萬人 abc") == "萬人 abc".translate({ord("萬"): script._t2s("萬")})
    finally:
        script._t2s_changes.cache_clear()


def test_a_yaml_glossary_is_read_back_as_it_was_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import glossary
    from transqa.errors import InputError

    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    g = tmp_path / "g.yaml"
    g.write_text("keep: [Paytm, Mail.ru]\naccept: {Huffington Post: [赫芬顿邮报, 哈芬登邮报]}\nreject: {嘴唇: Lips}\n", encoding="utf-8")
    text = g.read_text(encoding="utf-8")
    parsed = glossary._from_yaml(str(g), text)
    assert glossary._from_yaml_kept(str(g), text) == parsed  # parsed and kept
    assert len(list((tmp_path / "cache" / "index").glob("glossary-*.marshal"))) == 1

    def no_parsing(path: str, text: str) -> glossary.Glossary:
        raise AssertionError("parsed again")

    monkeypatch.setattr(glossary, "_from_yaml", no_parsing)
    assert glossary._from_yaml_kept(str(g), text) == parsed  # read back
    monkeypatch.undo()
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    for _ in range(2):  # an error is raised every time, never kept
        with pytest.raises(InputError, match="aliases"):
            glossary._from_yaml_kept(str(g), "a: &x [1]\nb: *x\n")
    edited = "keep: [Paytm]\n"
    assert glossary._from_yaml_kept(str(g), edited) == glossary._from_yaml(str(g), edited)
    assert len(list((tmp_path / "cache" / "index").glob("glossary-*.marshal"))) == 1  # the file's latest version only


def test_the_dictionary_is_parsed_once_and_every_index_reads_that_parse(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """lexicon.cedict_entries: the entries (comment lines and lines not of four fields left out), parsed once per
    process and file version and kept on disk; the indexes of lexicon, glosses, established, transliterate and
    chinese are built from it, never from a reading of their own."""
    from transqa.lang import chinese, established, glosses

    fresh.write_text(CEDICT + "壞行 坏行 [huai4]\n 縮進 缩进 [suo1 jin4] /indent/\n易趣 易趣 [Yi4 qu4] /eBay/\n", encoding="utf-8")
    _clear()
    entries = lexicon.cedict()
    assert entries[0] == ("彭博社", "彭博社", "Peng2 bo2 she4", "Bloomberg News") and len(entries) == 5
    assert entries[2][3] == "electric vehicle/electric car"
    assert (fresh.parent / "cache" / "index").glob("cedict-*.marshal")
    real_open = open

    def no_dictionary(file: object, *args: object, **kwargs: object) -> object:
        assert str(file) != str(fresh), "the dictionary file was read again"
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", no_dictionary)
    path = str(fresh)
    assert lexicon._build_lexicon(path)["invest"] == ("投资",) and "电动车" in glosses._build(path)["vehicle"]
    assert established._build_entity_glosses(path)["伊朗"][0] == "Iran"
    assert transliterate._build_name_tables(path)[0]["Iran"] == frozenset({"伊朗"})
    assert "易趣" in transliterate.headword_set(transliterate._build_headwords(path))
    assert chinese._build_camel_names(path) == frozenset({"ebay"})
    lexicon.forget_cedict()  # freed (as an audit does before its workers start): the kept parse is read back
    assert lexicon.cedict_entries(path) == entries


def test_an_index_whose_kind_begins_another_kind_s_name_leaves_that_kind_alone(fresh: Path) -> None:
    folder = fresh.parent / "cache" / "index"
    built: list[str] = []

    def build(kind: str, tag: int) -> object:
        def run(path: str) -> object:
            built.append(f"{kind}{tag}")
            return {"tag": tag}
        return run

    versions = [("transqa.lang.lexicon",) * (k + 1) for k in range(dictcache.VERSIONS + 1)]  # keys of as many versions
    dictcache.load_or_build("proper-names-lower", str(fresh), versions[0], build("lower", 0))
    for tag, modules in enumerate(versions):  # more versions of proper-names than are kept
        dictcache.load_or_build("proper-names", str(fresh), modules, build("names", tag))
    assert len(list(folder.glob("proper-names-lower-*.marshal"))) == 1
    assert len([p for p in folder.glob("proper-names-*.marshal") if "lower" not in p.name]) == dictcache.VERSIONS
    assert dictcache.load_or_build("proper-names-lower", str(fresh), versions[0], build("lower", 1)) == {"tag": 0}
