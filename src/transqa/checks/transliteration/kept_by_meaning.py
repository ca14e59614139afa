"""TQA310 without the original: a name of several capitalised words kept whole in Latin script, translated word by word
elsewhere in the same article (`Google Answers` twice, `谷歌答案` once; `Third Voice`, `第三声音`).

The article itself shows that the words are a name (it keeps them in Latin script, inside sentences), so a place that
writes the dictionary rendering of each of its words, side by side and in order, is the same name written a second
way, and the reader cannot tell that the two are one thing."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from transqa.checks.transliteration.common import NOT_NAMES
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.context import Context, first_time, quote, times
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.established import established
from transqa.lang.script import HAN as _HAN
from transqa.model import Block

# Two to four capitalised words of letters, one space apart, not inside a longer Latin run, an address or a handle
_RUN = re.compile(r"(?<![A-Za-z0-9'’@#./&_-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![A-Za-z0-9'’&_-]| [A-Za-z0-9])")
_BETWEEN = "(?:的|之)?"  # what may stand between two words' renderings (谷歌的答案)

KEPT_LEAST = 1  # places in Latin script, in prose, from which a run of capitalised words is taken for the article's name
# Measured (release 35) on the archive dev splits (dev, dev2, dev3, heldout, heldout2, heldout4; 3,244 articles): 30 new
# findings, 23 on name labels (name-literal and name-inconsistent); the others mostly `应用商店` for `App Store` (4, no
# label: an established Chinese name of the feature that readers left alone, one reader labelled it) and lines labelled
# `other`. Release 42 (issue 17) took a name kept once, and a rendering written as often as the Latin name (a tie: the
# rendering is reported, as the readers mark it): kept_by_meaning alone over the whole archive 47 → 120 findings; the 22
# development splits (real.py) name-inconsistent 769 → 771, name-literal 820 → 825, name-dropped 17 → 18, name precision
# 2,871/3,873 → 2,890/3,899 (of the 7 new FALSE rows 6 read right: `老虎手枪` ×4, `最终的推文`, `真正的知识`; wrong: `页面帖子`
# for Facebook's Page Post ads, a description); clean references unchanged. On the development splits' lines, ties of a name kept twice or more 13 of 22 new findings on name labels (`数字海洋`
# ×3 beside `Digital Ocean` ×3, `极端创业公司` ×5 beside `Extreme Startups` ×5, `谷歌应用` ×2; unlabelled: `原生客户端` ×5
# beside `Native Client` ×5 and four of five `老虎手枪` for Tiger Pistol, whose title the readers labelled), a name kept
# once 26 of 42 (`导管实验室`, `疯狂鸡蛋`, `数字车库`, `机械土耳其人`, `布隆伯格资本`). Google's products named so by Google
# China itself (谷歌地图, 谷歌翻译 …) are established names (`lang.established`), not reported.

NAME_BUDGET = 60_000  # (name, paragraph) pairs searched in one article, as PAIR_BUDGET: a page of thousands of Latin
# names left in English ends in time linear in its size (the rest of the names are left unsearched)
BUDGET_CHARS = 200  # characters of text searched that cost one more pair: thousands of names in one long paragraph (one
# pair each) made the search quadratic (hostile35 #3: 8,000 names, 10.9 CPU s, 27 times 1,000's)


def kept_by_meaning(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 findings at each place that renders, word by word, a name of two to four capitalised words the article
    keeps in Latin script at least as often (KEPT_LEAST places at least, each with Han text near: prose, not a line of
    English). A place tied to the name (a gloss in brackets, `谷歌答案(Google Answers)`) is not reported. The
    suggestion is the Latin name. Shapes: ctx a target-only pair; findings carry the Latin name as suggestion."""
    blocks = [b for b in ctx.target.blocks if b.kind != "code"]
    kept: dict[str, list[tuple[Block, int]]] = defaultdict(list)
    for b in blocks:
        for m in _RUN.finditer(b.text):
            if _HAN.search(b.text, max(0, m.start() - 3), m.end() + 3) and not _sentence_start(b.text, m.start()):
                kept[m.group(0)].append((b, m.start()))
    han_blocks = [b for b in blocks if _HAN.search(b.text)]
    budget, han_chars = NAME_BUDGET, sum(len(b.text) for b in han_blocks)
    for name, places in sorted(kept.items()):
        if len(places) < KEPT_LEAST:
            continue
        pat, mixed = _rendering_pattern(name), _mixed_words(name)
        if pat is None and mixed is None:
            continue
        budget -= len(han_blocks) + han_chars // BUDGET_CHARS  # a long paragraph costs as the pairs its length makes
        if budget < 0:
            break
        found = _rendered_places(han_blocks, pat, mixed)
        if not found or len(found) > len(places):
            continue
        first = places[0]
        line = ctx.target.location(first[0], first[1], first[1] + len(name)).line
        for b, s0, e in found:
            if tied_at(b.text, s0, e, name) or established(b.text[s0:e]) or not first_time(reported, (b.index, s0)):
                continue  # (an established name by meaning, 应用商店 for App Store, as TQA316 accepts it)
            longer = linked_longer(b.text, [k.href for k in b.links], s0, e, name)
            if longer is None:
                continue  # the place names a longer common thing the link spells (老虎手枪虾, Tiger_pistol_shrimp)
            s, whole = longer
            how = "word by word" if pat is not None and pat.fullmatch(b.text[s0:e]) else "part by sound, part by meaning"
            yield ctx.finding(TRANSLIT_INCONSISTENT, f"{quote(b.text[s:e])} translates the name {quote(whole)} {how}, which "
                              f"this article keeps in Latin script (line {line}, {times(len(places))})", target=(b, s, e), suggestion=whole)


def _rendered_places(
    blocks: list[Block], pat: re.Pattern[str] | None, mixed: tuple[tuple[str, tuple[str, ...]], ...] | None,
) -> list[tuple[Block, int, int]]:
    """The places (block, start, end) of `blocks` that render a name word by word (`pat`, `_rendering_pattern`), else,
    where none does, part by sound and part by meaning (`mixed`, `_mixed_words`: 布鲁姆能源 for Bloom Energy)."""
    found = [(b, m.start(), m.end()) for b in blocks for m in pat.finditer(b.text)] if pat is not None else []
    if not found and mixed is not None:
        found = [(b, s, e) for b in blocks for s, e in mixed_places(b.text, mixed)]
    return found


def _sentence_start(text: str, s: int) -> bool:
    """The run opens its paragraph or follows a full stop: capitals there may be the sentence's."""
    before = text[max(0, s - 16) : s].rstrip(" *#>[“\"")  # a window: the run's places are many in a long paragraph
    return (not before and s <= 16) or (bool(before) and before[-1] in "。！？.!?:：\n")


@lru_cache(maxsize=4096)
def _word_forms(word: str) -> tuple[str, ...]:
    """A name word's Chinese renderings by meaning, longest first (its CC-CEDICT renderings, the lexicon's name-word
    renderings, `LONGER_FORMS`), each two Han characters or more; () for a word with none."""
    from transqa.lang.lexicon import name_renderings
    from transqa.lang.transliterate import known_renderings

    return tuple(sorted({f for f in (*known_renderings(word), *name_renderings(word.lower()),
                                     *LONGER_FORMS.get(word.lower(), ())) if len(f) >= 2 and _HAN.match(f)},
                        key=lambda f: (-len(f), f)))


@lru_cache(maxsize=4096)
def _rendering_pattern(name: str) -> re.Pattern[str] | None:
    """The dictionary renderings of each word of the name (two characters or more, the name's CC-CEDICT rendering for a
    brand: Google 谷歌), joined in order; None when a word has none, is no name word (`NOT_NAMES`), or the whole name
    has a rendering of its own (White House, 白宫: the established name, not a word-by-word one)."""
    from transqa.lang.transliterate import known_renderings

    words = name.split()
    if known_renderings(name) or any(w in NOT_NAMES for w in words):
        return None
    alts: list[str] = []
    for w in words:
        forms = _word_forms(w)
        if not forms:
            return None
        alts.append("(?:" + "|".join(map(re.escape, forms)) + ")")
    return re.compile(_BETWEEN.join(alts))


# A word's usual Chinese that CC-CEDICT's (2023 file) rendering is only the start of: its `应用` is app, but the archive's
# translations write 应用程序 (2,328 lines of techcrunch-zh hold it), so `谷歌应用程序` is Google Apps whole, and a span
# of `谷歌应用` alone made the suggestion leave `Google Apps程序` (release 42's blind reading, 3 of 45 findings).
LONGER_FORMS: dict[str, tuple[str, ...]] = {
    "app": ("应用程序",),
    "apps": ("应用程序",),
}

_ADDRESS_WORD = re.compile(r"[A-Za-z0-9]+")


def linked_longer(text: str, hrefs: list[str], s: int, e: int, name: str) -> tuple[int, str] | None:
    """The place [s, e) of a paragraph's text read against the link addresses (`hrefs`) it holds: (start, name) to report,
    widened back over the renderings of the words an address spells before the name (`[乡村峡谷合伙人](…/rustic-canyon-
    partners)`: 乡村 is rustic, so the place is `乡村峡谷合伙人` and the name `Rustic Canyon Partners`); None when an
    address that keeps letter case writes the name's words in lower case with a word after them whose rendering follows
    the place (`…/wiki/Tiger_pistol_shrimp` beside `老虎手枪虾`: the shrimp the company is named after, a common noun,
    not the name); (s, name) otherwise. Shapes: text a paragraph, s and e character offsets into it."""
    want = [w.lower() for w in name.split()]
    for url in hrefs:
        for seg in url.split("/"):
            words = _ADDRESS_WORD.findall(seg.replace("%20", " "))
            low = [w.lower() for w in words]
            for i in range(len(low) - len(want) + 1):
                if low[i : i + len(want)] != want:
                    continue
                start = _rendered_back(text, s, words[:i])
                if start is not None:
                    return start, " ".join([*(w if not w.islower() else w.capitalize() for w in words[:i]), name])
                common = seg != seg.lower() and words[i : i + len(want)] != name.split()
                if common and i + len(want) < len(words) and _rendered_after(text, e, low[i + len(want)]):
                    return None
    return s, name


def _rendered_back(text: str, s: int, words: list[str]) -> int | None:
    """Where the renderings of `words` (in order, by `name_renderings`) end at s, written back to back: the start of the
    first; None when there are no words or one is not written so."""
    from transqa.lang.lexicon import name_renderings

    if not words:
        return None
    for w in reversed(words):
        form = next((f for f in sorted(name_renderings(w.lower()), key=len, reverse=True)
                     if len(f) >= 2 and text.endswith(f, 0, s)), None)
        if form is None:
            return None
        s -= len(form)
    return s


def _rendered_after(text: str, e: int, word: str) -> bool:
    """The Han character at e is part of a rendering of the English word (虾 of 虾子, shrimp)."""
    from transqa.lang.lexicon import name_renderings

    return e < len(text) and bool(_HAN.match(text[e])) and any(text[e] in f for f in name_renderings(word))


SOUND_HEARD = 0.9  # sound score (`sound_score`) of the characters taken for a word of the name rendered by sound, the bar of
# TQA310's other sound readings (`_script_minority`, EMBEDDED_HEARD)


@lru_cache(maxsize=4096)
def _mixed_words(name: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """The words of a name rendered part by sound, part by meaning (`Bloom Energy`, 布鲁姆能源; `Radio Shack`, 电台夏克;
    `Hale Global`, 黑尔全球): each word with its dictionary renderings (as `_rendering_pattern` reads them; empty for a
    word with none, which can only be heard). None when the name has a rendering of its own, a word is no name word, no
    word has a rendering by meaning, or no word may be heard (a word of two letters or fewer)."""
    from transqa.lang.transliterate import known_renderings

    words = name.split()
    if known_renderings(name) or any(w in NOT_NAMES for w in words):
        return None
    out = tuple((w, _word_forms(w)) for w in words)
    if not any(forms for _w, forms in out) or not any(len(w) >= 3 for w, _forms in out):
        return None
    return out


def mixed_places(text: str, words: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[int, int]]:
    """The places [start, end) of text that render the name `words` (`_mixed_words`) word by word and in order, each word by
    one of its dictionary renderings or, failing those, by characters that sound like it (`_heard_at`), at least one word
    each way. Anchored on the dictionary renderings of each word that has any, then walked forward and back. Shapes: text
    a paragraph; returns character offsets, in text order, no two overlapping."""
    out: list[tuple[int, int]] = []
    for k, (w, forms) in enumerate(words):
        for form in forms:
            p = text.find(form)
            sound = _dictionary_sound(w, form)  # the anchor itself a transliteration (布隆伯格 of 布隆伯格资本)
            while p >= 0:
                after = _walk(text, words[k + 1 :], p + len(form), forward=True)
                before = _walk(text, tuple(reversed(words[:k])), p, forward=False) if after is not None else None
                if (after is not None and before is not None and (sound or after[1] or before[1])
                        and (not sound or after[2] or before[2])):
                    if not any(s < after[0] and before[0] < e for s, e in out):
                        out.append((before[0], after[0]))
                p = text.find(form, p + 1)
    return sorted(out)


def _walk(text: str, words: tuple[tuple[str, tuple[str, ...]], ...], i: int, *, forward: bool) -> tuple[int, bool, bool] | None:
    """Match `words` one after the other from offset i (forward) or back to it: the offset reached, whether a word was
    heard by sound (a dictionary transliteration too, `_dictionary_sound`) and whether one was rendered by meaning; None when a word matches neither way. A dictionary rendering is tried first, the longest first."""
    heard = meant = False
    for w, forms in words:
        f = next((f for f in forms if (text.startswith(f, i) if forward else text.endswith(f, 0, i))), None)
        if f is not None:
            i = i + len(f) if forward else i - len(f)
            by_sound = _dictionary_sound(w, f)
            heard, meant = heard or by_sound, meant or not by_sound
            continue
        n = _heard_at(text, w, i, forward)
        if n == 0:
            return None
        i, heard = (i + n if forward else i - n), True
    return i, heard, meant


@lru_cache(maxsize=4096)
def _dictionary_sound(word: str, form: str) -> bool:
    """The dictionary rendering `form` of the Latin word renders it by sound (布隆伯格 for Blumberg: CC-CEDICT's
    transliteration, heard at SOUND_HEARD and all transliteration characters but one, or three transliteration characters
    or more and nothing else: 迈克尔 for Michael, heard at 0.62): a name written so beside a word by meaning (布隆伯格资本
    for Blumberg Capital) is rendered part by sound, part by meaning, as `_heard_at`'s are; a name rendered by sound alone
    (迈克尔塞尔比尼斯 for Michael Serbinis) is no rendering by meaning."""
    from transqa.lang.transliterate import TRANSLIT, sound_score

    n = sum(c in TRANSLIT for c in form)
    return len(form) >= 2 and n >= len(form) - 1 and (sound_score(word, form) >= SOUND_HEARD or n == len(form) >= 3)


def _heard_at(text: str, word: str, i: int, forward: bool) -> int:
    """How many characters from offset i (forward) or before it render the Latin word by sound: a stretch of Han
    characters of about the word's length that sounds like it (SOUND_HEARD), is no dictionary word, cuts none at its outer
    edge (加更多 of 增加更多服务, heard as Agent of `Agent Services`), and is all transliteration characters but one (both of
    two: 更多, more, is no CC-CEDICT word, as `_embedded_shape` reads it); the longest such, 0 when none."""
    from transqa.lang.transliterate import TRANSLIT, english_syllables, is_headword, sound_score

    syl = english_syllables(word)
    for n in range(min(6, syl + 3), max(2, syl) - 1, -1):
        f = text[i : i + n] if forward else text[max(0, i - n) : i]
        if len(f) < n or not all(_HAN.match(c) for c in f) or sum(c in TRANSLIT for c in f) < n - (n > 2):
            continue
        edge = text[i + n - 1 : i + n + 1] if forward else text[i - n - 1 : i - n + 1] if i > n else ""
        if not is_headword(f) and sound_score(word, f) >= SOUND_HEARD and not (len(edge) == 2 and is_headword(edge)):
            return n
    return 0
