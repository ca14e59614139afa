"""English sentences as spaCy's blank English pipeline with its sentencizer gives them, without spaCy.

Importing spaCy and building the pipeline cost 0.65 CPU s per process; this module applies the same
rules in 0.05 s. The rules are spaCy's English tokenizer's (prefix, suffix, infix and URL patterns,
special cases such as `U.S.` and `a.m.`), written to `data/en_tokenizer.json` by
`benchmarks/sentence_rules.py`, and the algorithm is spaCy's: whitespace-delimited chunks, special
cases first, prefixes and suffixes split off, infixes, then the special cases that span tokens.
A sentence starts at the first token after a sentence-final punctuation token that is neither
punctuation nor sentence-final itself. `tests/test_sentencizer.py` checks that the sentences are
spaCy's, character for character, on the corpora and on generated text.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from transqa import recache

DATA = Path(__file__).resolve().parent.parent / "data" / "en_tokenizer.json"
_NEVER = re.compile("a^")


@dataclass(frozen=True)
class _Rules:
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    infix: re.Pattern[str]
    token_match: re.Pattern[str] | None
    url_match: re.Pattern[str] | None
    special: dict[str, tuple[str, ...]]
    matcher: dict[tuple[str, ...], str]  # the tokens a special case falls into without special cases → it
    longest: int
    punct_chars: frozenset[str]
    firsts: frozenset[str] = frozenset()  # the tokens special cases of the second pass start with
    tail: tuple[int, tuple[tuple[str, int], ...]] | None = None  # where a suffix can start (_suffix_tail)
    special_longest: int = 0  # the longest special case


def _compile(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    return None if spec is None else re.compile(spec["pattern"], spec["flags"])


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def spacy_version() -> str:
    """The version of spaCy whose rules these are."""
    return str(_data()["spacy"])


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = _data()
    r = _Rules(_compile(data["prefix"]) or _NEVER, _compile(data["suffix"]) or _NEVER, _compile(data["infix"]) or _NEVER,
               _compile(data["token_match"]), _compile(data["url_match"]),
               {k: tuple(v) for k, v in data["special"].items()}, {}, 0, frozenset(data["punct_chars"]))
    for key in data["matcher"]:
        r.matcher[tuple(_chunk(r, key, False))] = key
    return _Rules(r.prefix, r.suffix, r.infix, r.token_match, r.url_match, r.special, r.matcher,
                  max((len(k) for k in r.matcher), default=0), r.punct_chars, frozenset(k[0] for k in r.matcher if k),
                  recache.kept("suffix-tail", (__name__,), r.suffix, _suffix_tail), max(map(len, r.special), default=0))


def _suffix_tail(pattern: re.Pattern[str]) -> tuple[int, tuple[tuple[str, int], ...]] | None:
    """Where a match of the suffix pattern can start, for a search of the string's end alone: every
    branch of spaCy's suffix pattern ends at `$`; all but one match at most a few characters (`%$`,
    `(?<=[0-9])km$`), and that one is a run of one character (`\\.\\.+$`). Returns the widest bounded
    branch and, for each run branch, its character and least length; None for a pattern of another
    shape (it is then searched from the start)."""
    c, parser = importlib.import_module("re._constants"), importlib.import_module("re._parser")  # Python >= 3.11
    tree = parser.parse(pattern.pattern, pattern.flags)
    branches = tree.data[0][1][1] if len(tree.data) == 1 and tree.data[0][0] is c.BRANCH else [tree]
    width = 0
    runs: list[tuple[str, int]] = []
    for b in branches:
        items = list(b.data)
        if not items or items[-1] != (c.AT, c.AT_END):
            return None
        low, high = b.getwidth()
        if high < c.MAXREPEAT:
            width = max(width, high)
            continue
        chars = {x if op is c.LITERAL else x[2][0][1] if op is c.MAX_REPEAT and len(x[2]) == 1
                 and x[2][0][0] is c.LITERAL else None for op, x in items[:-1]}
        code = chars.pop() if len(chars) == 1 else None
        ch = chr(code) if code is not None else ""
        if not ch or ch.lower() != ch.upper():  # (a letter would need its other case under IGNORECASE)
            return None
        runs.append((ch, low))
    return width, tuple(runs)


def _suffix_search(r: _Rules, s: str) -> re.Match[str] | None:
    """r.suffix.search(s) in time linear in the suffix rather than in s (_suffix_tail): the search starts
    where the first match can; the characters before stay visible to look-behinds, as in the full search."""
    if r.tail is None or s.endswith("\n"):  # `$` also matches before a final newline (a chunk has none)
        return r.suffix.search(s)
    width, runs = r.tail
    start = max(0, len(s) - width)
    for ch, least in runs:
        run = len(s) - len(s.rstrip(ch))
        if run >= least:
            start = min(start, len(s) - run)
    return r.suffix.search(s, start)


def _affix_len(m: re.Match[str] | None) -> int:
    return m.end() - m.start() if m is not None else 0


def _split_affixes(r: _Rules, s: str, specials: bool) -> tuple[list[str], str, list[str]]:
    prefixes: list[str] = []
    suffixes: list[str] = []
    last = -1
    # a special case is a short string: a longer one is not looked up (hashing it at every step of a run of
    # thousands of brackets was quadratic)
    longest = r.special_longest if specials else -1
    while s and len(s) != last:
        if r.token_match is not None and r.token_match.match(s):
            break
        if len(s) <= longest and s in r.special:
            break
        last = len(s)
        pre = _affix_len(r.prefix.search(s))
        if pre and len(s) - pre <= longest and s[pre:] and s[pre:] in r.special:
            prefixes.append(s[:pre])
            s = s[pre:]
            break
        suf = _affix_len(_suffix_search(r, s[pre:] if pre else s))
        if suf and len(s) - suf <= longest and s[:-suf] and s[:-suf] in r.special:
            suffixes.append(s[-suf:])
            s = s[:-suf]
            break
        if pre and suf and pre + suf <= len(s):
            prefixes.append(s[:pre])
            suffixes.append(s[-suf:])
            s = s[pre:-suf]
        elif pre:
            prefixes.append(s[:pre])
            s = s[pre:]
        elif suf:
            suffixes.append(s[-suf:])
            s = s[:-suf]
    return prefixes, s, suffixes


def _infixes(r: _Rules, s: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in r.infix.finditer(s):
        if m.start() == 0:
            continue
        if m.start() != start:
            out.append(s[start:m.start()])
        if m.start() != m.end():
            out.append(m.group())
        start = m.end()
    if s[start:]:
        out.append(s[start:])
    return out or [s]


def _middle(r: _Rules, s: str, specials: bool) -> list[str]:
    if specials and s in r.special:
        return list(r.special[s])
    if (r.token_match is not None and r.token_match.match(s)) or (r.url_match is not None and r.url_match.match(s)):
        return [s]
    return _infixes(r, s)


def _chunk(r: _Rules, s: str, specials: bool) -> list[str]:
    """The tokens of a chunk without whitespace (spaCy's _tokenize: affixes, then the middle)."""
    if specials and s in r.special:
        return list(r.special[s])
    prefixes, mid, suffixes = _split_affixes(r, s, specials)
    return prefixes + (_middle(r, mid, specials) if mid else []) + suffixes[::-1]


@lru_cache(maxsize=20000)
def _chunk_tokens(s: str) -> tuple[str, ...]:
    return tuple(_chunk(_rules(), s, True))


def _tokens(text: str) -> list[tuple[int, str]]:
    """(offset, text) of spaCy's tokens: chunks between whitespace, and every run of whitespace but a
    single space after a chunk."""
    out: list[tuple[int, str]] = []
    add = out.append
    at = 0  # the end of the last chunk: the whitespace up to the next one is one run
    for m in _CHUNKS.finditer(text):
        i, j = m.span()
        if at < i:
            lo = at + 1 if at > 0 and text[at] == " " else at  # the space after a chunk belongs to it
            if lo < i:
                add((lo, text[lo:i]))
        chunk = m.group()
        toks = _chunk_tokens(chunk)
        if len(toks) == 1:
            add((i, chunk))
        else:
            k = i
            for t in toks:
                add((k, t))
                k += len(t)
        at = j
    if at < len(text):
        lo = at + 1 if at > 0 and text[at] == " " else at
        if lo < len(text):
            add((lo, text[lo:]))
    return out


_CHUNKS = re.compile(r"\S+")  # the chunks between runs of whitespace: re's \s is exactly str.isspace()


def _special_spans(r: _Rules, text: str, toks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """spaCy's second pass: special cases whose tokens the first pass split (`(._.)` after a prefix)."""
    if not r.matcher:
        return toks
    orths = [t for _, t in toks]
    # a match starts at a token that starts a special case: the others are not tried (while _rules() builds
    # the matcher, its partial rules carry no firsts yet)
    firsts = r.firsts or frozenset(k[0] for k in r.matcher)
    matches = [(i, i + n) for i in range(len(orths)) if orths[i] in firsts
               for n in range(1, min(r.longest, len(orths) - i) + 1) if tuple(orths[i:i + n]) in r.matcher]
    if not matches:
        return toks
    seen: set[int] = set()
    kept: list[tuple[int, int]] = []
    for a, b in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if a not in seen and b - 1 not in seen:
            kept.append((a, b))
        seen.update(range(a, b))
    out: list[tuple[int, str]] = []
    i = 0
    for a, b in sorted(kept):
        out.extend(toks[i:a])
        lo = toks[a][0]
        span = text[lo:toks[b - 1][0] + len(toks[b - 1][1])]
        if span in r.special:
            for t in r.special[span]:
                out.append((lo, t))
                lo += len(t)
        else:
            out.extend(toks[a:b])
        i = b
    out.extend(toks[i:])
    return out


@lru_cache(maxsize=65536)
def _is_punct(token: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in token)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences spaCy's blank English pipeline with its
    sentencizer finds in `text` (end exclusive, a sentence's last token's end)."""
    r = _rules()
    toks = _special_spans(r, text, _tokens(text))
    if not toks:
        return []
    starts = [0]
    seen_period = False
    for i, (_, t) in enumerate(toks):
        final = t in r.punct_chars
        if seen_period and not final and not _is_punct(t):
            starts.append(i)
            seen_period = False
        elif final:
            seen_period = True
    out: list[tuple[int, int]] = []
    for a, b in zip(starts, [*starts[1:], len(toks)], strict=True):
        if a < b:
            out.append((toks[a][0], toks[b - 1][0] + len(toks[b - 1][1])))
    return out
