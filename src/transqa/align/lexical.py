"""Shared vocabulary through the optional CC-CEDICT lexicon (transqa.lang.lexicon), as a cost term."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from transqa.align.dp import band_width
from transqa.align.features import Lex
from transqa.lang.script import han_count

if TYPE_CHECKING:
    import numpy as np

    from transqa.align.grid import LexBound

# Shared vocabulary through the lexicon: a translation renders 47% of the English content words the
# lexicon knows, a neighbouring paragraph's translation 8% (WMT news). Rendered words lower the cost of
# a pair, unrendered ones raise it, both capped per source paragraph, so that a long paragraph does not
# drown the length term and a merge of two long paragraphs earns what each of them earns alone.
LEX_WEIGHT = 1.5  # per rendered word
LEX_CAP = 10
MISS_WEIGHT = 0.4  # per unrendered word
MISS_CAP = 15
ORPHAN_MIN_WORDS = 3  # a paragraph of a merge is an orphan from 3 content words: a translation renders none of 2 for 28% of paragraphs (0.53²)


def lexical_matcher(en: list[str], zh: list[str], zh_wholes: list[str] | None = None) -> Lex | None:
    """Shared vocabulary through the optional CC-CEDICT lexicon. `zh_wholes`: for target units that are
    parts of longer texts (sentences), the text each is part of (its renderings are searched in it once).

    matches(source range, target range) gives (the vocabulary cost: per source paragraph, -LEX_WEIGHT per
    content word rendered and MISS_WEIGHT per word not rendered, each capped; orphans: blocks of a merge
    that share no vocabulary with the other side while their partners do; of a 1-1 pair, 1 when the target unit
    renders no word of the source unit, which features.pair_cost reads for a pair that shares nothing). matches.bound(source range,
    target range) is a lower bound of that cost, for the aligner to skip merges that cannot win.
    """
    from transqa.lang.lexicon import content_words, lexicon

    if lexicon() is None or not en or not zh:
        return None
    return _Matcher([content_words(t) for t in en], zh, zh_wholes)


_NONE: dict[str, frozenset[str]] = {}


# Rendering → the words met so far that it renders, for the whole process, and the words it holds. Every use
# of the index intersects what it finds with the words of one alignment (rendered_words), so the words of
# other pairs change no result; the index holds dictionary words only (content_words), so it is bounded by
# the dictionary, and a word is inverted once per process, not once per pair (3.9% of a benchmark run's
# samples were the per-pair inversion: the same words come back from article to article). It belongs to the
# dictionary it was built from: another one (a $TRANSQA_CEDICT read again) starts a new index.
_INDEX: list[Any] = [None, {}, set()]  # the dictionary, rendering → words, the words indexed


def _process_index() -> tuple[dict[str, list[str]], set[str]]:
    """The process's inverse index and the words it holds, for the dictionary lexicon() now gives."""
    from transqa.lang.lexicon import lexicon

    lex = lexicon()
    if _INDEX[0] is not lex:
        _INDEX[:] = [lex, {}, set()]
    return _INDEX[1], _INDEX[2]


class _Matcher:
    """The matcher of one alignment. Its caches are kept per source unit and only for the few units
    the aligner's row can reach (a merge spans at most three), so memory stays linear in the length;
    a unit evicted and asked for again (the traceback) is recomputed, to the same values."""

    KEEP = 8  # source units kept in the caches behind the newest one asked for

    def __init__(self, words: list[frozenset[str]], zh: list[str], wholes: list[str] | None = None) -> None:
        self.words, self.zh, self.wholes = words, zh, wholes
        self.band = band_width(len(words), len(zh)) + 3
        self.han = [han_count(t) for t in zh]
        self.rows: dict[int, dict[int, dict[str, frozenset[str]]]] = {}
        self.many: dict[int, dict[tuple[int, int], dict[str, frozenset[str]]]] = {}
        self.newest = -1
        self.caps = [LEX_WEIGHT * min(len(ws), LEX_CAP) for ws in words]
        self.rendered: dict[int, frozenset[str]] = {}
        self.inverse: dict[str, list[str]] | None = None
        self._sizes: np.ndarray | None = None

    def _inverse(self) -> dict[str, list[str]]:
        """Rendering → the words it renders (the process's index), extended with the words of this alignment it has
        not met: among them, every word of this alignment that the rendering renders."""
        if self.inverse is None:
            from transqa.lang.lexicon import renderings

            inverse, indexed = _process_index()
            new = frozenset().union(*self.words) - indexed
            for word in new:
                for t in renderings(word):
                    inverse.setdefault(t, []).append(word)
            indexed.update(new)
            self.inverse = inverse
        return self.inverse

    def rendered_words(self, j: int) -> frozenset[str]:
        """The words (the source's, and perhaps others met before) that target unit j renders or keeps:
        the keys of found_renderings(words, zh[j]) are words & rendered_words(j), one set intersection.
        Only ever intersected with the source's words (count, counts): the others are no part of a result."""
        got = self.rendered.get(j)
        if got is None:
            from transqa.lang.lexicon import kept_words, present_renderings, present_within

            inverse = self._inverse()
            present = present_within(self.zh[j], self.wholes[j]) if self.wholes else present_renderings(self.zh[j])
            out = {wd for t in present for wd in inverse.get(t, ())}
            got = self.rendered[j] = frozenset(out) | kept_words(self.zh[j])
        return got

    def counts(self, rows: range | None = None, cols: range | None = None) -> np.ndarray:
        """count(i, j) for every source unit i and target unit j (of `rows` and `cols`: all by default), as a
        matrix (0 off the band)."""
        import numpy as np

        n, m = len(self.words), len(self.zh)
        rows, cols = range(n) if rows is None else rows, range(m) if cols is None else cols
        vocab: dict[str, int] = {}
        for i in rows:
            for wd in self.words[i]:
                vocab.setdefault(wd, len(vocab))
        src = np.zeros((len(rows), len(vocab)))
        tgt = np.zeros((len(cols), len(vocab)))
        for r, i in enumerate(rows):
            src[r, [vocab[wd] for wd in self.words[i]]] = 1.0
        for c, j in enumerate(cols):
            got = [vocab[wd] for wd in vocab.keys() & self.rendered_words(j)]
            tgt[c, got] = 1.0
        off = np.abs(np.arange(rows.start, rows.stop)[:, None] * m / n - np.arange(cols.start, cols.stop)[None, :]) > self.band
        return np.where(off, 0.0, src @ tgt.T)

    def lex_bound(self) -> LexBound:
        """The terms of bound(), for the aligner's tables (align.grid)."""
        from transqa.align.grid import LexBound

        return LexBound(LEX_WEIGHT, LEX_CAP, MISS_WEIGHT, MISS_CAP, self.sizes())

    def sizes(self) -> np.ndarray:
        """The number of content words of every source unit, as floats (built once per alignment)."""
        if self._sizes is None:
            import numpy as np

            self._sizes = np.array([float(len(ws)) for ws in self.words])
        return self._sizes

    def ones(self, counts: np.ndarray, rows: range | None = None) -> np.ndarray:
        """one(i, j) for every pair (of the source units `rows`, a range of step 1, all by default), from counts():
        the same operations on the same numbers."""
        import numpy as np

        sizes = (self.sizes() if rows is None else self.sizes()[rows.start : rows.stop])[:, None]
        return -LEX_WEIGHT * np.minimum(counts, LEX_CAP) + MISS_WEIGHT * np.minimum(sizes - counts, MISS_CAP)  # type: ignore[no-any-return]

    def count(self, i: int, j: int) -> int:
        """len(self.w(i, j)) without building the renderings."""
        if abs(i * len(self.zh) / len(self.words) - j) > self.band or not self.words[i]:
            return 0
        return len(self.words[i] & self.rendered_words(j))

    def _row(self, i: int) -> dict[int, dict[str, frozenset[str]]]:
        row = self.rows.get(i)
        if row is None:
            row = self.rows[i] = {}
            self.many[i] = {}
            if i > self.newest:
                self.newest = i
                for old in [k for k in self.rows if k < i - self.KEEP]:
                    del self.rows[old], self.many[old]
        return row

    def w(self, i: int, j: int) -> dict[str, frozenset[str]]:
        """Source unit i's words that target unit j renders, with their renderings ({} off the band)."""
        row = self._row(i)
        got = row.get(j)
        if got is None:
            from transqa.lang.lexicon import found_renderings

            center = i * len(self.zh) / len(self.words)
            if abs(center - j) > self.band or not self.words[i]:
                got = _NONE
            else:  # the words found are among those rendered_words(j) holds: only they are looked up (the same dict)
                got = found_renderings(self.words[i] & self.rendered_words(j), self.zh[j]) or _NONE
            row[j] = got
        return got

    def occurrences(self, t: str, trange: range) -> int:
        return sum(self.zh[j].count(t) for j in trange)

    def found(self, i: int, trange: range) -> dict[str, frozenset[str]]:
        """Source paragraph i's words that the target paragraphs render, with their renderings."""
        if len(trange) == 1:
            return self.w(i, trange[0])
        self._row(i)
        many = self.many[i]
        key = (trange.start, trange.stop)
        if key not in many:
            got: dict[str, frozenset[str]] = {}
            for j in trange:
                for word, ts in self.w(i, j).items():
                    got[word] = got.get(word, frozenset()) | ts
            many[key] = got
        return many[key]

    def cap(self, srange: range) -> float:
        """The most the source units can earn, whatever the target: LEX_WEIGHT per word, capped."""
        return sum(self.caps[i] for i in srange)

    def bound(self, srange: range, trange: range) -> float:
        """A lower bound of matches(srange, trange)[0] + ORPHAN_COST * orphans: every source unit renders
        at most the words some target unit of the range renders, and no more than it has; the first
        source unit's other words are not rendered (nothing is claimed before it)."""
        total = 0.0
        for k, i in enumerate(srange):
            size = len(self.words[i])
            rendered = min(sum(self.count(i, j) for j in trange), size)
            total -= LEX_WEIGHT * min(rendered, LEX_CAP)
            if k == 0:
                total += MISS_WEIGHT * min(size - rendered, MISS_CAP)
        return total

    def __call__(self, srange: range, trange: range) -> tuple[float, int]:
        if len(srange) == 1 and len(trange) == 1:
            rendered = self.count(srange[0], trange[0])
            return self.one(srange[0], trange[0], rendered), int(not rendered)
        return self.matches(srange, trange)

    def one(self, i: int, j: int, rendered: int | None = None) -> float:
        """matches() of a 1-1 pair: nothing is claimed yet, so every word found is rendered (`rendered`:
        count(i, j) when the caller has it)."""
        if rendered is None:
            rendered = self.count(i, j)
        return -LEX_WEIGHT * min(rendered, LEX_CAP) + MISS_WEIGHT * min(len(self.words[i]) - rendered, MISS_CAP)

    def matches(self, srange: range, trange: range) -> tuple[float, int]:
        words = self.words
        per_source = [self.found(i, trange) for i in srange]
        cost = 0.0
        seen: frozenset[str] = frozenset()
        claimed: dict[str, int] = {}
        for i, got in zip(srange, per_source, strict=True):
            # a word two paragraphs share is one word to render, and a Chinese word that renders one
            # paragraph's "need" renders the next one's "want" only if it occurs again: counting either
            # twice would let a dropped paragraph that repeats its neighbour's subject earn a merge
            own = words[i] - seen
            rendered = 0
            for wd in got.keys() & own:
                if "" in got[wd] or any(t not in claimed or self.occurrences(t, trange) > claimed[t] for t in got[wd]):
                    rendered += 1
            cost += -LEX_WEIGHT * min(rendered, LEX_CAP) + MISS_WEIGHT * min(len(own) - rendered, MISS_CAP)
            if i == srange[-1]:
                break
            seen |= words[i]
            for ts in got.values():
                for t in ts - {""}:
                    claimed[t] = claimed.get(t, 0) + 1
        orphans = 0
        if any(per_source):
            if len(srange) > 1:
                orphans += sum(1 for i, got in zip(srange, per_source, strict=True) if not got and len(words[i]) >= ORPHAN_MIN_WORDS)
            if len(trange) > 1:
                orphans += sum(1 for j in trange if self.han[j] >= 10 and not any(self.w(i, j) for i in srange))
        return cost, orphans
