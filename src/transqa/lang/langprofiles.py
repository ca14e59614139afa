"""langdetect's language profiles, read back from the index folder instead of parsed from their JSON.

langdetect parses its 55 JSON profiles on first use (`DetectorFactory.load_profile`): about 0.5-0.7 CPU s,
an eighth of a 200-article target-only audit, in every process that meets a doubtful Latin run. `ready()`
builds the library's own factory once (its own `load_profile`), keeps what it made in the index folder
(`transqa.lang.dictcache`, kind `langdetect`), and later processes install a factory made from the kept
table: the same languages in the same order and, for every word, the same probabilities (each word's list
is made when the detector first asks for it; the detector only tests `word in map` and reads `map[word]`).

The kept table is named by langdetect's factory and detector source and by the profile folder's listing in
the order the library reads it (names, sizes, modification times): an upgrade or a changed profile builds it
again. Anything unexpected (another factory layout, a file that does not read back) leaves langdetect to
load its profiles itself.
"""

from __future__ import annotations

import hashlib
import os
import sys
from itertools import compress
from typing import Any

FORMAT = "1"  # bump when the kept layout changes


class _Probabilities(dict[str, Any]):
    """word → the probability of each language, as `DetectorFactory.add_profile` builds it: a list of
    `size` floats, 0.0 but at the languages whose profile holds the word. Kept sparse (indexes, values)
    until a word is read."""

    size = 0

    def __getitem__(self, word: str) -> Any:
        value = dict.__getitem__(self, word)
        if type(value) is list:
            return value
        indexes, probs = value
        out = [0.0] * self.size
        for i, p in zip(indexes, probs, strict=True):
            out[i] = p
        dict.__setitem__(self, word, out)
        return out


def _key(factory_module: Any, directory: str) -> str:
    h = hashlib.sha256(FORMAT.encode())
    for src in (factory_module.__file__, sys.modules[factory_module.Detector.__module__].__file__):
        with open(str(src), "rb") as fh:
            h.update(fh.read())
    names = os.listdir(directory)  # load_profile's order, which sets each language's index
    for name in names:
        st = os.stat(os.path.join(directory, name))
        h.update(f"\0{name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()[:32]


def _sparse(factory: Any) -> tuple[list[str], int, list[str], list[bytes], list[tuple[float, ...]]]:
    words = list(factory.word_lang_prob_map)
    size = len(next(iter(factory.word_lang_prob_map.values()), ()))
    indexes: list[bytes] = []
    probs: list[tuple[float, ...]] = []
    for w in words:
        row = factory.word_lang_prob_map[w]
        # what [0.0] * size holds is left out: add_profile's other values are a positive count over a
        # positive count, never -0.0 (which compress would drop too)
        indexes.append(bytes(compress(range(size), row)))
        probs.append(tuple(compress(row, row)))
    return list(factory.langlist), size, words, indexes, probs


def _factory_from(kept: Any, factory_class: Any) -> Any:
    langlist, size, words, indexes, probs = kept
    table = _Probabilities(zip(words, zip(indexes, probs, strict=True), strict=True))
    table.size = size
    factory = factory_class()
    factory.langlist, factory.word_lang_prob_map = list(langlist), table
    return factory


def ready() -> None:
    """Install langdetect's factory, from the kept table when there is one (else langdetect's own loading,
    kept for the next process). Does nothing once the factory is installed."""
    from langdetect import detector_factory as df

    if df._factory is not None:
        return
    from transqa.lang import dictcache

    try:
        target = dictcache.index_dir() / f"langdetect-{_key(df, df.PROFILES_DIRECTORY)}.marshal"
    except (OSError, AttributeError, TypeError):
        return  # langdetect loads its profiles itself
    try:
        df._factory = _factory_from(dictcache.read_used(target, "langdetect"), df.DetectorFactory)
        return
    except (OSError, EOFError, ValueError, TypeError):
        pass
    df.init_factory()
    built = df._factory
    if built is not None and type(built.word_lang_prob_map) is dict and len(built.langlist) < 256:
        dictcache.keep(target.name, "langdetect-*.marshal", _sparse(built), "langdetect", versions=dictcache.VERSIONS)
