"""Eighty missed partial omissions read afresh, and the signals the Chinese shows (issue 18, release 48).

    PYTHONPATH=src .venv/bin/python benchmarks/omission_partial48.py [--shared PATH] [--baseline DIR]
        [--missed N] [--signals S…] [--show S] [--limit N]

`--missed N` prints N of the real-MT partial omissions the baseline listings (`--baseline`, default the release 47
end, `/work/runs/r47/end`) show MISSED in the 22 development wmt-mt splits (heldout3 and heldout5 never; the edited
references of heldout14-18 left out), drawn with seed 48, each with its English and Chinese, the span's share of the
line's words, the line's log length ratio and which of the span's content words the lexicon finds rendered
(`coverage.loose_flags`; `+` rendered, `-` not) against the rest of the line: the material of
`benchmarks/real/judged/partial-omission-misses-48.tsv`.

Without `--missed` it measures the signals below the way `omission_narrow.py --all22` does (its `report`: `right`
a line with an omission-kind label, `wrong` one with none, `apart` mistranslation/other only; `adds` against the
baseline listings; references A and B per 100 lines), on the 33,972 lines of the 22 development splits:

- `sub-only-*`: a Chinese sentence (bead) that is one subordinate clause and nothing else: it opens with a
  subordinator (尽管 虽然 即使 如果 当 因为 只要 除非 一旦 …, after 但/而且/尤其是…) and either stops at a comma with no
  comma inside (`-comma`) or ends its only clause with 时/之后/的话 … before its end mark (`-stop`); `-en` also asks the
  English bead not to open with a subordinator (its main clause comes first and is the one lost: `This happened even
  when …` → `尽管我确保戒指和手指完全干燥,`);
- `enum-repeat`: a Chinese enumeration (`、`) that names one item twice (`诊断、治疗、治疗或预防` for `diagnose, treat,
  cure, or prevent`) where the English series has no word twice;
- `squote-fewer`: an English passage in single quotation marks (`'Satanic Communists'`, a headline's quote) of two
  content words or more, none rendered, the Chinese holding fewer quotation marks than the English quotes twice;
- `tag-last`: a hashtag that ends the English sentence after a preposition or a verb (`endeared anyone to
  #blacklivesmatter.`), neither kept nor rendered: TQA007 leaves a hashtag that ends the text alone (a trailing tag
  line).

Figures it printed (release 48, main 75b509e9, baseline the r47 end listings; 33,972 lines, references A and B 2,037
each):

    signal                  right wrong apart   P   | adds right (real MT) / wrong (real MT) | refA | refB
    sub-only-comma             34    11     0  0.76 |   1 (1) / 11 (10)                      |  1   |  1
    sub-only-comma-en          23    10     0  0.70 |   1 (1) / 10 (9)                       |  1   |  1
    sub-only-comma-en-end      22     0     0  1.00 |   1 (1) /  0                           |  0   |  0
    sub-only-stop               1     3     0  0.25 |   1 (1) /  3 (2)                       |  0   |  0
    sub-only-stop-en-end        1     0     0  1.00 |   1 (1) /  0                           |  0   |  0
    enum-repeat                 2     3     2  0.40 |   2 (1) /  3 (3)                       |  0   |  0
    squote-fewer                0     1     0     - |   0     /  1 (0)                       |  0   |  0
    tag-last                    1     2     0  0.33 |   1 (1) /  2 (1)                       |  0   |  1

`sub-only-comma-en-end` is built into TQA005 (`coverage._main_clause_lost`); the rest is read in
`issue-18-misses.md` (release 48).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import omission_narrow as narrow  # noqa: E402
import omission_signals as sig  # noqa: E402

from transqa.checks.coverage import content_word_spans, loose_flags  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402

_ZH_LEAD = r"^[\s\"“”'‘’「(（]*(?:(?:但是?|可是|而且|并且|甚至|尤其是|特别是|就算|不过)[，,]?)?"
_ZH_SUB = r"(?:尽管|虽然|虽说|即使|即便|哪怕|如果|假如|要是|倘若|当|每当|因为|由于|只要|除非|一旦)"
_ZH_SUB_OPEN = re.compile(_ZH_LEAD + _ZH_SUB)
_ZH_INNER = re.compile(r"[，,；;：:]")
_ZH_COMMA_END = re.compile(r"[，,、]\s*$")
_ZH_SUB_CLOSE = re.compile(r"(?:(?<!小)(?<!什么)(?<!有)时|(?<!什么)(?<!有)时候|之时|之后|以后|之前|的话)[\"”’」)）]*\s*[。.！!？?…]*\s*$")
_EN_END = re.compile(r"[.!?][\"”’')]*\s*$")
_EN_SUB_OPEN = re.compile(r"^[\s\"“'(]*(?:(?:and|but|so|or|then|now),?\s+)?(?:when|whenever|while|if|although|though|"
                          r"even|because|since|as|once|unless|until|after|before|whether)\b", re.IGNORECASE)


def _sub_only(form: str, en_first: bool, en_ends: bool = False) -> Callable[[str, str], bool]:
    def test(en: str, zh: str) -> bool:
        t = zh.strip()
        if en_ends and not _EN_END.search(en):
            return False
        if not _ZH_SUB_OPEN.match(t):
            return False
        body = _ZH_COMMA_END.sub("", t)
        if form == "comma":
            ok = bool(_ZH_COMMA_END.search(t)) and not _ZH_INNER.search(body)
        else:
            ok = not _ZH_INNER.search(body) and bool(_ZH_SUB_CLOSE.search(t))
        return ok and not (en_first and _EN_SUB_OPEN.match(en))
    return test


_ZH_ENUM = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+(?:(?:和|或|及|与|以及)[\u4e00-\u9fff]{1,8})?")
_ITEM_SPLIT = re.compile(r"、|和|或|及|与|以及")


def _enum_repeat(ln: narrow.Line) -> str | None:
    for m in _ZH_ENUM.finditer(ln.zh):
        items = [x for x in _ITEM_SPLIT.split(m.group(0)) if x]
        seen = [x for i, x in enumerate(items) if x in items[:i]]
        if seen:
            words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", ln.en)]
            if len(set(words)) == len(words) or not any(words.count(w) > 1 for w in words if len(w) > 3):
                return m.group(0)
    return None


_EN_SQUOTE = re.compile(r"(?<![A-Za-z])'([^']{6,}?)'(?![A-Za-z])|‘([^‘’]{6,})’")
_ZH_QUOTES = re.compile(r"[“「『\"]")


def _squote_fewer(ln: narrow.Line) -> str | None:
    found = list(_EN_SQUOTE.finditer(ln.en))
    if not found or len(_ZH_QUOTES.findall(ln.zh)) >= len(found) + ln.en.count('"') // 2 + ln.en.count("“"):
        return None
    for m in found:
        passage = m.group(1) or m.group(2)
        words = [w for _s, _e, w in content_word_spans(passage)]
        if len(words) >= 2 and not any(loose_flags(words, ln.zh)) and passage not in ln.zh:
            return passage
    return None


_EN_TAG_LAST = re.compile(r"(?:\b(?:to|for|of|about|on|in|with|at|from|by|is|are|was|love|like|support|join)\s+)(#[A-Za-z]\w+)[.!?]*\s*$",
                          re.IGNORECASE)


def _tag_last(ln: narrow.Line) -> str | None:
    m = _EN_TAG_LAST.search(ln.en)
    if m is None or m.group(1).lower() in ln.zh.lower() or "#" in ln.zh:
        return None
    return m.group(1)


SIGNALS: dict[str, Callable[[narrow.Line], str | None]] = {
    "sub-only-comma": narrow._by_sentence(_sub_only("comma", False)),
    "sub-only-comma-en": narrow._by_sentence(_sub_only("comma", True)),
    "sub-only-comma-en-end": narrow._by_sentence(_sub_only("comma", True, True)),
    "sub-only-stop-en-end": narrow._by_sentence(_sub_only("stop", True, True)),
    "sub-only-stop": narrow._by_sentence(_sub_only("stop", False)),
    "sub-only-stop-en": narrow._by_sentence(_sub_only("stop", True)),
    "enum-repeat": _enum_repeat,
    "squote-fewer": _squote_fewer,
    "tag-last": _tag_last,
}


def _missed_detail(en: str, zh: str, span: str) -> tuple[str, str]:
    """What `omission_entities.missed` adds to each missed line for this reading: the span's share of the words and
    the length ratio, then each content word of the span rendered (+) or not (-) and the rest's count rendered."""
    spans = content_word_spans(en)
    flags = loose_flags([w for _s, _e, w in spans], zh) if spans else []
    lo = en.find(span)
    inside = [(s >= lo >= 0 and e <= lo + len(span)) for s, e, _w in spans]
    own = " ".join(f"{w}{'+' if f else '-'}" for (_s, _e, w), f, k in zip(spans, flags, inside, strict=True) if k)
    rest = [f for f, k in zip(flags, inside, strict=True) if not k]
    share = len(span.split()) / max(1, len(en.split()))
    return f" share={share:.2f} lr={log_ratio(en, zh):.2f}", f"\n  span-words {own} | rest {sum(rest)}/{len(rest)}"


def missed(shared: Path, baseline: Path, n: int) -> None:
    """Print n of the real-MT partial omissions `baseline` lists MISSED, drawn with seed 48 (the release 48 reading):
    `omission_entities.missed` with this reading's detail."""
    import omission_entities

    omission_entities.missed(shared, baseline, n, seed=48, detail=_missed_detail)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--shared", type=Path, default=narrow.ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/runs/r47/end"))
    ap.add_argument("--missed", type=int, default=None, help="print this many missed real-MT partial omissions")
    ap.add_argument("--signals", nargs="*", default=None, help="measure only these signals")
    ap.add_argument("--show", default=None, help="a signal name (or `all`) whose fired lines to print")
    ap.add_argument("--limit", type=int, default=400)
    args = ap.parse_args(argv)
    if args.missed is not None:
        missed(args.shared, args.baseline, args.missed)
        return 0
    narrow.sentence_pairs = functools.lru_cache(maxsize=None)(narrow.sentence_pairs)  # each line aligned once
    sig.REAL_MT = (*sig.REAL_MT, "heldout", "heldout2", "heldout4", "heldout6")
    narrow.SIGNALS = SIGNALS
    narrow.report(narrow.gather(args.shared), args.show, args.limit, args.baseline, args.signals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
