"""The dictionary renderings a Chinese text holds: transqa's index (lexicon.han_words_in: every 2-6 character piece of
the text's Han runs, lexicon.han_pieces, intersected with the renderings) against an Aho–Corasick automaton
(pyahocorasick) over the same renderings, on the Chinese paragraphs and sentences of `benchmarks/speed.py`'s pairs.

    pip install --target /tmp/aho pyahocorasick     # not a transqa dependency (release 48 measured it: no gain)
    PYTHONPATH=/tmp/aho:src .venv/bin/python benchmarks/dictionary_automaton.py

Both give the same set on every text (asserted). Each way is timed by CPU over all texts, in turn, three rounds;
the fastest round of each is printed with the ratio. The index's pieces are cut afresh for every text here
(han_pieces without the pair's memo); in pair mode they are cut once per text and shared by the other dictionaries
looked up in it (glosses, phrases, headwords), which an automaton per dictionary would not share.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    try:
        import ahocorasick
    except ImportError:
        print("dictionary_automaton: needs pyahocorasick on the path (see the docstring)", file=sys.stderr)
        return 2
    import speed

    from transqa.lang import lexicon
    from transqa.lang.chinese import chinese_sentences
    from transqa.load.markdown import parse_markdown

    pairs = speed.pairs_of(HERE.parents[1] / "shared", 20261125, 1)
    paragraphs = [b.text for p in pairs for b in parse_markdown("x.zh.md", p.target_markdown()).blocks]
    sentences = [t[s:e] for t in paragraphs for s, e in chinese_sentences(t)]
    words = lexicon.chinese_words()
    c0 = time.process_time()
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    built = time.process_time() - c0
    print(f"{len(paragraphs)} paragraphs ({sum(map(len, paragraphs))} characters), {len(sentences)} sentences; "
          f"{len(words)} renderings; the automaton built in {built:.3f} CPU s")

    def index(t: str) -> frozenset[str]:
        return lexicon.han_pieces.__wrapped__(t)[1].intersection(words)  # type: ignore[attr-defined,no-any-return]

    def aho(t: str) -> frozenset[str]:
        return frozenset([w for _end, w in automaton.iter(t)])

    ways: dict[str, Callable[[str], frozenset[str]]] = {"index": index, "automaton": aho}
    for name, texts in (("paragraphs", paragraphs), ("sentences", sentences)):
        for t in texts:
            if index(t) != aho(t):
                print(f"differ on {t[:60]!r}")
                return 1
        spent: dict[str, list[float]] = {k: [] for k in ways}
        for _ in range(3):
            for k, fn in ways.items():
                c0 = time.process_time()
                for t in texts:
                    fn(t)
                spent[k].append(time.process_time() - c0)
        best = {k: min(v) for k, v in spent.items()}
        print(f"{name}: index {best['index']:.3f} CPU s, automaton {best['automaton']:.3f} CPU s "
              f"(index/automaton {best['index'] / best['automaton']:.2f}x); the same sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
