"""A name of the article's file-name slug that the body keeps in Latin script but the title does not write (without the
original: the slug is the English headline, a partial original of the title)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

import regex

from transqa.checks.untranslated import PROSE
from transqa.checks.wordnames import self_linked, slug_words
from transqa.context import Context, quote, repeats_title, times
from transqa.findings import Finding, Severity
from transqa.lang.established import established_in
from transqa.lang.script import HAN, HAN_CLASS
from transqa.memo import per_pair
from transqa.model import Block
from transqa.registry import rule

TITLE_NAME_LOST = rule(
    "TQA323", "title-name-lost", "name", Severity.WARNING,
    "The title does not write a name that its file-name slug and its body write in Latin script (Haystack → 草堆)",
    """
    What it checks: the Chinese alone, where the article's file name is the English slug of its headline
    (`facebook-completes-rollout-of-haystack-to-stem-losses….md`; three words at least: `profile-feedcatch` is a tag). A word of the slug, or a few words of it
    joined (`gamer-grub` → `Gamer Grub`, `ihave50dollars` → `IHave50Dollars`, `werewards` → `WeReward`), that the
    body writes in Latin script as a name standing among Chinese (`Haystack 是脸书…`) is a name of the English
    headline; a title heading (the first heading, and the headings before the first paragraph) that writes it
    neither in Latin script (in any case or spacing) nor as CC-CEDICT's Chinese name for it (`易贝` for eBay, `树莓派`
    for Raspberry Pi), nor as an established Chinese name by its meaning (one of `established.BY_MEANING`, the
    title's words that mean the name: `应用商店` for App Store, `新蛋` for Newegg, `第二人生` for Second Life; for a
    product's own word of the slug, the product's name with its maker's, `established.PRODUCTS`: `谷歌钱包` for the
    `wallet` of `google-wallet-sprint`, Google's products only; `苹果电视` for Apple TV is reported: it reads as an
    Apple-made television set and Apple TV has no accepted Chinese name), nor
    transliterated (`默塔多` for Mertado: a transliteration is the transliteration rules' business; nor `米切尔·贝克`)
    has rendered it as words (`脸书完成草堆的推广`), misspelt it (`gigabbeat`) or dropped it. A name of several words the
    title writes in part (`Chrome 操作系统`, `黑莓 10`) is not reported. The article must write the name in Latin script
    twice at least (`MIN_PLACES`), its other title heading counting (`# 用 AirPod 轻松呼吸` beside `# 用气垫轻松呼吸`), and
    a place in the text of a link to the name's own site counting twice (`[Memiary](…memiary.com/)`: `# 记忆提醒你…`;
    not where the title holds an established Chinese name by meaning, `《第二人生》`): a capitalised word written once
    is as often a word the title rightly translates (`Beta` → `测试版`).
    Not reported either: acronyms of five capitals at most (`UMPC` → `超便携电脑`, spelt out by meaning), addresses
    (`Mail.ru`), a name the body writes only inside English text. Without a slug for a file name, or with the
    original, the rule is silent (the WMT documents and the clean references have no slug). One finding per title,
    naming every name it does not write; a title written twice (a front matter's `title:` and the heading, the
    archive's title repeated under its 原文 line) is reported at each copy, each naming the other's line.

    Why it matters: the headline is what a reader sees first; MT renders a product it does not know as common words
    (`纽约市四方日` for Foursquare Day), and the title then names something the body never mentions.

    Example: ZH (archive, mayor-bloomberg-proclaims-april-16-as-foursquare-day-in-new-york-city)
    `# 彭博市长宣布 4 月 16 日为纽约市四方日`, body `Foursquare 日…` (×5).

    Fix: write the name in the title as the body writes it (`纽约市 Foursquare 日`).
    """,
    needs_source=False,
)
RULES = (TITLE_NAME_LOST,)

MAX_SLUG_WORDS = 4  # slug words joined into one name at most (`amp-energy-traction`); the longest joining is tried first
# Latin places of the article a name needs. Chosen on two 300-article archive samples (sha256 of "r23-archive/" and of
# "r23-archive-2/" + path, dev splits left out), every finding read: with one place in the body, 38 findings on names
# the body writes once were 16 right (MyStrands 我的份额, Honeycomb 蜂窝) against 12 wrong (Beta 测试版, Wired 连线,
# NewEgg 新蛋, Circuit City 电路城, a title that drops the name) and 10 doubtful or of several words; from two places,
# 31 right, 6 wrong, 5 doubtful. On dev, dev2 and dev3 the names written once gave 7 new rows (TouchPad, Jawbone…).
# A title heading's Latin counts (the other title heading renders the same headline: `# 用 AirPod 轻松呼吸` beside
# `# 用气垫轻松呼吸`): 1 new dev2 row, 2 more right findings in the samples (硅图形 for Silicon Graphics), none wrong
MIN_PLACES = 2
MAX_ACRONYM = 5  # an all-capital name of at most this many letters is an acronym, which Chinese often spells out
NEAR_HAN = 3  # characters either side of a Latin name within which a Han character must stand (a name among Chinese)
MAX_TRANSLIT = 8  # characters of a transliteration looked for in the title (a long name: 泰茨赫纳 for Tetzchner is 4)
TITLE_BLOCKS = 4  # the title headings are among the article's first blocks (the title, the 原文 line, the title again)

# A run of Latin words joined by single spaces (a name of one or more words), not inside a longer token, handle or
# address; a possessive `'s` ends it (`Palm's Foleo` is two names)
_RUN = re.compile(r"(?<![A-Za-z0-9_@#/&'’.:-])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*(?![A-Za-z0-9_@/&'’-]|\.[A-Za-z0-9])")
_HAN_RUN = regex.compile(HAN_CLASS + "+")
_DOTTED = regex.compile(HAN_CLASS + "+(?:·" + HAN_CLASS + "+)+")  # a transliterated full name (`米切尔·贝克`)


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.source is not None:
        return  # with the original, the name rules read the English headline itself
    slug = slug_words(ctx.target.path)
    titles = title_blocks(ctx.target.blocks)
    if not slug or not titles:  # slug_words: three words at least (transliteration.target_only._SLUG)
        return
    names = latin_names([b for b in ctx.target.blocks if b.kind in PROSE])
    slug_names = _slug_names(slug, names, ctx.target.raw.lower())
    losses = {b.index: [(name, places) for key, (name, places) in slug_names.items()
                        if not _title_writes(b.text, key, name, ctx.target.raw)
                        and (len(places) >= MIN_PLACES or not established_in(b.text))] for b in titles}
    for b in titles:  # each copy of a title is reported at its own place: each is text the editor must change
        lost = losses[b.index]
        if not lost:
            continue
        # the other title headings with this finding: a copy (the archive's title again under its 原文 line), or
        # another rendering of the title that loses the same names (newcomer 39, release 40 item 8: the note stood
        # on copies of equal text only, two equal findings on two renderings went without it)
        again = [t for t in titles if t is not b and [n for n, _ in losses[t.index]] == [n for n, _ in lost]]
        yield ctx.finding(TITLE_NAME_LOST, _lost_message(ctx, b, lost, again, titles), target=(b, 0, len(b.text)),
                          suggestion=f"write {' and '.join(quote(name) for name, _ in lost)} in the title")


_TITLE_KEY = re.compile(r"^\s*title\s*[:：]\s*", re.IGNORECASE)  # a front matter's `title:` line (read as a heading)


def _title_text(b: Block) -> str:
    """A title heading's text without a front matter's `title:` key: what two copies of one title share."""
    return " ".join(_TITLE_KEY.sub("", b.text).split())


def _lost_message(ctx: Context, b: Block, lost: list[tuple[str, list[tuple[Block, int]]]], again: list[Block],
                  titles: list[Block]) -> str:
    """The message of one title's finding: every slug name it does not write, each with the lines the article writes
    it on and its count, and what became of it in this title when that can be told (`_cause`); the lines where the
    same title is written again (a front matter's `title:` and the heading, the archive's title line repeated under
    the 原文 line: one finding per copy, not one per name and copy: reviewers 28; each copy keeps its own place, since
    each is text to change and readers of the archive label both). The wording says `this title heading`: another
    title heading may write the name (the release-30 newcomer read `the title does not write “Vista” (line 1, …)` as
    a contradiction, line 1 being a title that writes it, and its count as the count on line 1)."""
    said = []
    for name, places in lost:
        word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")  # also inside a longer name (`Blueair AirPod`)
        every = [(pb, m.start()) for pb in ctx.target.blocks if pb.kind in PROSE for m in word.finditer(pb.text)] or places
        lines = sorted({ctx.target.location(pb, ps, ps + len(name)).line for pb, ps in every})
        on = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines))}"
        said.append(f"{quote(name)} ({_cause(ctx, b, name, titles)}; the article writes it in Latin script "
                    f"{times(len(every))}, {on})")
    copies = [str(ctx.target.location(t, 0, len(t.text)).line) for t in again]
    first = [(t, c) for t, c in zip(again, copies, strict=True) if t.index < b.index]
    # a later copy names the first, whose finding says it all (newcomer 39 item 6: two equal findings read as one defect
    # reported twice); the first names the copies after it; a title heading that words the title otherwise is named
    # as the title heading that does not write the name either
    it = "them" if len(lost) > 1 else "it"
    if first:
        t, c = first[0]
        also = (repeats_title(c) if _title_text(t) == _title_text(b)
                else f"; the title heading on line {c} does not write {it} either, reported there too: mend both")
    elif copies:
        same = all(_title_text(t) == _title_text(b) for t in again)
        also = (f"; the same title is on line {', '.join(copies)} too" if same
                else f"; the title heading on line {', '.join(copies)} does not write {it} either")
    else:
        also = ""
    return f"this title heading does not write {' or '.join(said)}, a name of the article's file-name slug{also}"


MISSPELT_RATIO = 75  # rapidfuzz ratio of a title's Latin word to the name from which it is the name misspelt (`gigabbeat` for Gigabeat: 94)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _cause(ctx: Context, b: Block, name: str, titles: list[Block]) -> str:
    """What title heading b did with the name, when it can be told: a Latin word of it close to the name
    (MISSPELT_RATIO) is the name misspelt; another title heading that writes the name, compared with b (difflib),
    shows what b writes in its place (`街景` for Vista, MAX_TRANSLIT characters at most) or that b drops it, when the
    two differ there only; else the three causes it may be. On the whole archive (release 30): 296 findings, 35
    written, 9 dropped, 4 misspelt before the two last conditions (`月球拍摄负责人阿斯特罗·泰勒` for Moonshots, two names
    together; PlayDock `dropped` where `码头` stands, the titles differing around it but for a space); with them, of
    the names of those 296 findings, 25 written (read: 23 right; `公司` for Plopydop, which is dropped, and the wide
    `尼可对世界说` for Nyko), 7 dropped (6 right; Meteocontrol is `气象控制`, the title reordered), 4 misspelt (all
    right: Shutter for Shuttr, intercal for InterCall), 275 left to the three causes."""
    from rapidfuzz import fuzz

    near = [w for w in _LATIN_WORD.findall(b.text) if fuzz.ratio(_key(w), _key(name)) >= MISSPELT_RATIO]
    if near:
        return f"misspelt {quote(near[0])}"
    for t in titles:
        k = t.text.find(name)
        if t is b or k < 0:
            continue
        other = t.text[:k].rstrip() + "\0" + t.text[k + len(name):].lstrip()
        line = ctx.target.location(t, 0, len(t.text)).line
        ops = difflib.SequenceMatcher(None, other, b.text, autojunk=False).get_opcodes()
        k = next(n for n, (_tag, i1, i2, _j1, _j2) in enumerate(ops) if i1 <= other.index("\0") < i2)
        tag, _i1, _i2, j1, j2 = ops[k]
        if any(ops[n][0] != "equal" or ops[n][2] - ops[n][1] < 2 for n in (k - 1, k + 1) if 0 <= n < len(ops)):
            break  # the two titles differ around the name too: what stands in its place cannot be told
        here = b.text[j1:j2].strip()
        if tag == "delete" or not here:
            return f"dropped: the title heading on line {line} writes it"
        if 2 <= len(here) <= MAX_TRANSLIT:  # one character is a function word's rendering (`将` for `to`), not the name's
            return f"written {quote(here)} where the title heading on line {line} writes it"
    return "rendered as words, misspelt or dropped"


_QUOTED = re.compile(r"“[^“”]*”")  # a name as quote() writes it


def without_told_twice(findings: list[Finding]) -> list[Finding]:
    """Findings without a TQA323 on a title whose words another name finding already points at with the same name
    (`# …webOS 手机和触摸板`: TQA317 on 触摸板 → TouchPad, then TQA323 on the whole title for TouchPad: one defect,
    one change, two warnings in the newcomer's reading of release 24). Order kept."""
    told = [(f.target.offset, f.target.end_offset, f.suggestion) for f in findings
            if f.category == "name" and f.code != TITLE_NAME_LOST.code and f.target is not None and f.suggestion]
    if not told:
        return findings

    def twice(f: Finding) -> bool:  # every name of the title's finding (`write “A” and “B” in the title`) told already
        t = f.target
        if f.code != TITLE_NAME_LOST.code or t is None or f.suggestion is None:
            return False
        inside = {quote(head) for s, e, name in told if t.offset <= s and e <= t.end_offset for head in _heads(name)}
        names = _QUOTED.findall(f.suggestion)
        return bool(names) and all(q in inside for q in names)

    return [f for f in findings if not twice(f)]


def _heads(suggestion: str) -> list[str]:
    """A suggestion, and the name before a Chinese word it keeps (`LongTail 视频` → LongTail: TQA317 takes in the word
    after the name and still tells the name; `Dash Navigation`, a name of two Latin words, is only itself)."""
    name, _sp, rest = suggestion.rpartition(" ")
    return [suggestion, name] if name and rest and not rest.isascii() else [suggestion]


def title_blocks(blocks: list[Block]) -> list[Block]:
    """The title headings: the headings among the first TITLE_BLOCKS blocks before the first paragraph, the first
    block a heading (an archived article writes its title, the 原文 line, then the title again)."""
    out: list[Block] = []
    for b in blocks[:TITLE_BLOCKS]:
        if b.kind == "heading" and b.text.strip():
            out.append(b)
        elif b.kind != "quote" or not out:
            break
    return out


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def latin_names(blocks: list[Block]) -> dict[str, list[tuple[str, Block, int]]]:
    """Latin runs of the prose that may be names, by key (lower case, letters and digits only): a capital in them,
    each word of several holding a capital or a digit (`Google Apps`, `eBay Now`, not `starter kits`), no acronym of
    MAX_ACRONYM capitals or fewer, a Han character within NEAR_HAN characters (a name among Chinese, not a word of
    English text)."""
    out: dict[str, list[tuple[str, Block, int]]] = {}
    for b in blocks:
        for m in _RUN.finditer(b.text):
            t = m.group(0)
            words = t.split(" ")
            if not any(c.isupper() for c in t) or (t.isupper() and len(t) <= MAX_ACRONYM):
                continue
            if len(words) > 1 and not all(any(c.isupper() or c.isdigit() for c in w) for w in words):
                continue
            if HAN.search(b.text, max(0, m.start() - NEAR_HAN), m.end() + NEAR_HAN):
                out.setdefault(_key(t), []).append((t, b, m.start()))
    return out


def _slug_names(
    slug: tuple[str, ...], names: dict[str, list[tuple[str, Block, int]]], text: str,
) -> dict[str, tuple[str, list[tuple[Block, int]]]]:
    """The slug's words, alone or a few joined (longest first, each word used once), that are a Latin name the
    article writes MIN_PLACES times at least (its key, or its key and a plural `s`): key → (the usual spelling, its
    places). Words that the article joins by a dot to the slug word before or after them (`mail` of mail-ru, Mail.Ru)
    are part of an address."""
    used: set[int] = set()
    out: dict[str, tuple[str, list[tuple[Block, int]]]] = {}
    for n in range(MAX_SLUG_WORDS, 0, -1):
        for i in range(len(slug) - n + 1):
            key = "".join(slug[i : i + n])
            if used & set(range(i, i + n)) or len(key) < 4 or _dotted(slug, i, i + n, text):
                continue
            hits = names.get(key) or (names.get(key[:-1]) if key.endswith("s") else None)
            if hits and len(hits) + _self_linked(key, hits) >= MIN_PLACES:  # a joining written fewer times leaves its words to shorter ones
                used |= set(range(i, i + n))
                spellings = [t for t, _, _ in hits]
                out[_key(hits[0][0])] = (max(spellings, key=spellings.count), [(b, s) for _, b, s in hits])
    return out


def _self_linked(key: str, hits: list[tuple[str, Block, int]]) -> int:
    """The places of a name that stand in the text of a link whose address names it (`[Memiary](…memiary.com/)`): the
    article's own evidence that the word is the site's name, each counted as a second place, as TQA317 counts them.
    A name so admitted with fewer than MIN_PLACES places of its own is not reported on a title that holds an
    established Chinese name by meaning (`《第二人生》`, `established_in`). On the whole archive (4,006 articles,
    release 35) it added 16 title findings, read one by one: 14 right (Memiary 记忆, Salesforce 销售力量, Gamer Grub
    玩家食物, Bleacher Report 露天看台报道, Foundation 基金会 (Kevin Rose's show), Our Mobile Planet, DailyCandy 日常
    糖果, You Be The VC 你是风投), 1 doubtful (App Annie dropped from a title that reorders the headline), 1 wrong
    (DataPortability 数据可移植性, the concept the link names); without the established-name condition 2 more, wrong
    (NewEgg 新蛋, since put among the established names; 《第二人生》)."""
    return self_linked([(b, s) for _t, b, s in hits], lambda n: _key(n) == key)


def _dotted(slug: tuple[str, ...], i: int, j: int, text: str) -> bool:
    """The slug's words i..j are written joined by a dot to the slug word before or after them (`Mail.Ru`, `App.net`)
    somewhere in the article's text (lower case)."""
    words = ".".join(slug[i:j])
    return bool(i and f"{slug[i - 1]}.{words}" in text) or bool(j < len(slug) and f"{words}.{slug[j]}" in text)


def _title_writes(title: str, key: str, name: str, text: str) -> bool:
    """The title writes the name: in Latin script (any case, any spacing, with or without a plural `s`), a name of
    several words in part (`Chrome 操作系统`, `黑莓 10`: one of its words in Latin script or as CC-CEDICT's name), as
    CC-CEDICT's Chinese name for it, as the Chinese name the article glosses it with (`百视达(Blockbuster)`,
    `Haystack（干草堆）`), as an established Chinese name by meaning (`_by_established_meaning`, `established.PRODUCTS`), as CC-CEDICT's name of
    the entity (`_entity_named`), or transliterated (`_transliterated`)."""
    from transqa.lang.transliterate import known_renderings_any_case

    written = _key(title)
    if key in written or (key.endswith("s") and key[:-1] in written):
        return True
    parts = name.split(" ")
    if len(parts) > 1 and any(_key(w) in written or any(r in title for r in known_renderings_any_case(w)) for w in parts):
        return True  # a name of several words the title writes in part: a brand with a word the title translates by usage
    if any(r in title for r in known_renderings_any_case(name)) or any(g in title for g in _glosses(name, text)):
        return True
    return _by_established_meaning(title, key) or _entity_named(title, key) or _transliterated(title, name)


def _entity_named(title: str, key: str) -> bool:
    """A stretch of the title's Han characters is CC-CEDICT's name of the entity the name is (`entity_glosses`: 树莓派
    for Raspberry Pi, whose words CC-CEDICT does not give the name as a name each). Release 35, whole archive
    (`--select TQA323`): 1 finding fewer (that title, wrong), no other change."""
    from transqa.lang.established import entity_glosses

    table = entity_glosses()
    return any((got := table.get(run[i:j])) is not None and _key(got[0]) == key
               for run in _HAN_RUN.findall(title) for i in range(len(run))
               for j in range(i + 2, min(len(run), i + MAX_TRANSLIT) + 1))


def _by_established_meaning(title: str, key: str) -> bool:
    """The title writes the name by its meaning as an established Chinese name (`established`: `应用商店` for App
    Store or Appstore, read back into the name by `backgloss`), as the rules of names translated as words (TQA316,
    TQA317, TQA319) accept it. Release 35, archive development splits: TQA323 false 80 → 72 (and 1 on an `other` row
    fewer), right 139 → 139; whole archive (`--select TQA323`): 337 → 326 findings, the 11 removed all on titles that
    write App Store or Appstore `应用商店`, all read wrong (a twelfth, in lookout-android-market-…, still names Lookout).
    A brand's Chinese name no dictionary holds (`established.BRANDS`: 劲量 for Energizer) counts too."""
    from transqa.lang.backgloss import translated_spans
    from transqa.lang.established import BRANDS, PRODUCTS, established

    return (any(established(run[s:e]) for run in _HAN_RUN.findall(title) for s, e in translated_spans(key, run))
            or any(form in title for form in PRODUCTS.get(key, ()) + BRANDS.get(key, ())))


def _glosses(name: str, text: str) -> set[str]:
    """Chinese forms the article ties to the name with brackets: the end (two characters at least) of the Han run
    before `(name)`, and a Han gloss in brackets right after the name."""
    before, after = _bracketed(text)
    out: set[str] = set()
    for run, inside in before:
        if inside == name:
            out |= {run[i:] for i in range(len(run) - 1)}
    out.update(gloss for end, gloss in after if text.endswith(name, 0, end))
    return out


# `百视达(Blockbuster)`: a Han run (its last eight characters) and what the bracket after it holds (spaces inside it
# left out); `Haystack（干草堆）`: where the spaces before a bracket of Han start, and the Han
_RUN_THEN_BRACKET = regex.compile(rf"({HAN_CLASS}{{2,8}})\s*[(（]\s*([^()（）]*?)\s*[)）]")
_BRACKETED_HAN = regex.compile(rf"\s*[(（]\s*({HAN_CLASS}{{2,8}})\s*[)）]")


@per_pair
def _bracketed(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[int, str], ...]]:
    """The article's bracket glosses, found once for every name _glosses is asked of (it compiled two patterns per
    name and scanned the text with each)."""
    return (tuple((m.group(1), m.group(2)) for m in _RUN_THEN_BRACKET.finditer(text)),
            tuple((m.start(), m.group(1)) for m in _BRACKETED_HAN.finditer(text)))


def _transliterated(title: str, name: str) -> bool:
    """A word of the name stands transliterated in the title: a run of transliteration characters that sounds like
    it (ACCEPT), or a part of a `·`-joined Han name (`米切尔·贝克` for Mitchell Baker) that sounds like it as well as
    the transliteration rules take for such a part (PAIR_ACCEPT)."""
    from transqa.checks.transliteration.target_only import PAIR_ACCEPT
    from transqa.lang.transliterate import sound_score

    words = re.findall(r"[A-Za-z]{3,}", name)
    for m in _DOTTED.finditer(title):
        if any(sound_score(w, part) >= PAIR_ACCEPT for part in m.group(0).split("·") for w in words):
            return True
    for run in _HAN_RUN.findall(title):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + MAX_TRANSLIT) + 1):
                if any(_sounds_like(w, run[i:j]) for w in words):
                    return True
    return False


def _sounds_like(word: str, form: str) -> bool:
    """The form transliterates the word: its characters are transliteration characters and it sounds like the word as
    the transliteration rules take it (ACCEPT), or the learned letters of its characters spell the word
    (`letters_heard`: 布赫海特 for Buchheit, which sounds like it at 0.57 only). Looser sounds were tried on a 300-article
    archive sample: a score of 0.5 took 斯坦顿 of 斯坦顿·尤伯斯特 for Uberstand and 金内 for Slinky, and any run
    sounding at 0.9 whatever its characters took 阻止大规 for Haystack."""
    from transqa.checks.transliteration.common import ACCEPT
    from transqa.checks.transliteration.target_only import letters_heard
    from transqa.lang.transliterate import is_translit, sound_score

    return (is_translit(form) and sound_score(word, form) >= ACCEPT) or letters_heard(word.capitalize(), form)
