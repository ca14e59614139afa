"""langdetect's profiles read back from the index folder give the factory langdetect's own loading gives."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from transqa.lang import langprofiles

df = pytest.importorskip("langdetect.detector_factory")

TEXTS = ["The company said it would raise prices next year", "via TechCrunch", "Hello world",
         "Der Vorstand hat heute beschlossen", "le gouvernement a annoncé", "iPhone 15 Pro Max", "ok"]


def _detected(factory: object, text: str) -> str:
    detector = factory.create()  # type: ignore[attr-defined]
    detector.append(text)
    return repr(detector.get_probabilities())


@pytest.mark.slow
def test_the_kept_table_gives_the_factory_langdetect_builds() -> None:
    fresh = df.DetectorFactory()
    fresh.load_profile(df.PROFILES_DIRECTORY)
    df.DetectorFactory.seed = 0
    kept = langprofiles._factory_from(marshal.loads(marshal.dumps(langprofiles._sparse(fresh))), df.DetectorFactory)
    assert kept.langlist == fresh.langlist
    assert kept.word_lang_prob_map.keys() == fresh.word_lang_prob_map.keys()
    assert all(p >= 0.0 for row in fresh.word_lang_prob_map.values() for p in row)  # no -0.0 that == would let pass
    assert all(kept.word_lang_prob_map[w] == row for w, row in fresh.word_lang_prob_map.items())
    for text in TEXTS:
        assert _detected(kept, text) == _detected(fresh, text)


@pytest.mark.slow
def test_ready_builds_then_reads_the_kept_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(df, "_factory", None)
    df.DetectorFactory.seed = 0
    langprofiles.ready()
    built = df._factory
    assert type(built.word_lang_prob_map) is dict  # langdetect's own loading, the first time
    assert len(list((tmp_path / "index").glob("langdetect-*.marshal"))) == 1
    monkeypatch.setattr(df, "_factory", None)
    langprofiles.ready()
    read = df._factory
    assert isinstance(read.word_lang_prob_map, langprofiles._Probabilities)
    assert [_detected(read, t) for t in TEXTS] == [_detected(built, t) for t in TEXTS]
    (tmp_path / "index" / next((tmp_path / "index").glob("langdetect-*.marshal")).name).write_bytes(b"broken")
    monkeypatch.setattr(df, "_factory", None)
    langprofiles.ready()  # a file that does not read back: langdetect loads its profiles again
    assert type(df._factory.word_lang_prob_map) is dict
