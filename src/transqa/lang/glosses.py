"""Every rendering CC-CEDICT gives an English word, for one question: does a translation render it at all?

The word list of `transqa.lang.lexicon` keeps two- to six-character renderings of one-word glosses: enough
to place paragraphs, too little to say that a clause has no translation. A professional translation renders
44% of the English content words it knows (WMT24 references); adding the single-character renderings
(`time` → 次, `want` → 想), the words of multi-word glosses (`wish for` → 希望, `sleeping bag` → 睡袋) and
more inflections (`applied` → apply, `omitted` → omit) lifts that to 64%, while the share of the words of
labelled omissions (real MT, `benchmarks/real/wmt-mt`) that the rest of their line seems to render goes
from 8% to 14%. The omission checks use it where a word that looks unrendered is evidence of a drop.

It also reads irregular English forms (`told` → tell, `women` → woman), glosses qualified after a comma
(`London, capital of United Kingdom`, `media, esp. news media`) and demonyms and country names that CC-CEDICT
glosses only in a long phrase (`British` → 英国): of all the English content words of the WMT24 references
(function words left out), the share with a rendering found in their reference line goes from 56.6% to 58.2%
(of those the word list knows, 65.8% to 66.6%), while the share of the words of labelled partial omissions
that the rest of their line seems to render goes from 14.4% to 14.7%.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

import regex

from transqa.lang.english import GENERIC_WORDS
from transqa.lang.lexicon import (
    PARENS,
    base_forms,
    cedict_entries,
    cedict_path,
    chinese_words,
    han_words_in,
    lexicon,
    renderings_found,
)
from transqa.lang.script import HAN_CLASS
from transqa.memo import per_pair

_ONE_HAN = regex.compile(rf"^{HAN_CLASS}$")
_SOME_HAN = regex.compile(rf"^{HAN_CLASS}{{2,6}}$")
_WORD = re.compile(r"[a-z]{3,}")
_PHRASE = re.compile(r"[a-z]{3,}(?: [a-z]{3,}){1,2}")
MAX_SINGLE = 8  # single-character renderings kept per word
# renderings kept per word from glosses of two or three words, and from glosses that a comma qualifies (`media,
# esp. news media`). The caps were chosen by hand, not measured; the module's figures measure these glosses as a whole.
MAX_PHRASE = 16
# More endings than the word list's base forms: `carried` `happier` `stopped` `bigger` `wolves`
_ENDINGS = (("ied", "y"), ("ier", "y"), ("iest", "y"), ("er", ""), ("er", "e"), ("est", ""), ("ves", "f"))
_DOUBLED = ("ed", "ing", "er", "est")
# Irregular English forms and their base forms (the dictionary glosses base forms only): past tenses and
# participles and plurals (not comparatives: `better` → good would be rendered by any 好)
_IRREGULAR = dict(
    pair.split(":")
    for pair in """
    arose:arise arisen:arise ate:eat eaten:eat awoke:awake bore:bear borne:bear beaten:beat became:become
    began:begin begun:begin bent:bend bet:bet bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break
    broken:break bred:breed brought:bring built:build burnt:burn burst:burst bought:buy caught:catch chose:choose
    chosen:choose clung:cling came:come cost:cost crept:creep dealt:deal dug:dig dove:dive drew:draw drawn:draw
    dreamt:dream drank:drink drunk:drink drove:drive driven:drive fell:fall fallen:fall fed:feed felt:feel
    fought:fight found:find fled:flee flung:fling flew:fly flown:fly forbade:forbid forbidden:forbid
    forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze gotten:get
    given:give went:go gone:go ground:grind grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide
    held:hold hurt:hurt kept:keep knelt:kneel knew:know known:know laid:lay led:lead leapt:leap learnt:learn
    left:leave lent:lend lay:lie lain:lie lit:light lost:lose meant:mean met:meet paid:pay proved:prove
    proven:prove quit:quit rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run sought:seek
    sold:sell sent:send set:set shook:shake shaken:shake shed:shed shone:shine shot:shoot shown:show shrank:shrink
    shrunk:shrink shut:shut sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak
    spoken:speak sped:speed spent:spend spun:spin split:split spread:spread sprang:spring sprung:spring stood:stand
    stole:steal stolen:steal stuck:stick stung:sting stank:stink struck:strike stricken:strike swore:swear
    sworn:swear swept:sweep swam:swim swum:swim swung:swing taught:teach tore:tear torn:tear told:tell
    thought:think threw:throw thrown:throw understood:understand undertook:undertake undertaken:undertake
    woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep won:win wound:wind withdrew:withdraw
    withdrawn:withdraw wrote:write written:write overcame:overcome overtook:overtake overtaken:overtake
    mistook:mistake mistaken:mistake upheld:uphold withheld:withhold foresaw:foresee foreseen:foresee
    children:child women:woman men:man people:person feet:foot teeth:tooth mice:mouse geese:goose
    lives:life wives:wife knives:knife leaves:leaf halves:half thieves:thief analyses:analysis crises:crisis
    theses:thesis criteria:criterion phenomena:phenomenon
    """.split()
)
# Demonyms and names of countries whose Chinese name the dictionary gives under another English word
# (`British` → 英国 is glossed `United Kingdom`); each is looked up under both
_ALIASES: dict[str, tuple[str, ...]] = {
    "britain": ("british",), "british": ("britain",), "scottish": ("scotland",), "welsh": ("wales",),
    "irish": ("ireland",), "english": ("england",), "american": ("america", "usa"), "america": ("usa",),
    "americans": ("america", "usa"), "canadian": ("canada",), "mexican": ("mexico",), "brazilian": ("brazil",),
    "argentine": ("argentina",), "argentinian": ("argentina",), "chilean": ("chile",), "peruvian": ("peru",),
    "colombian": ("colombia",), "venezuelan": ("venezuela",), "cuban": ("cuba",), "french": ("france",),
    "german": ("germany",), "italian": ("italy",), "spanish": ("spain",), "portuguese": ("portugal",),
    "dutch": ("netherlands", "holland"), "belgian": ("belgium",), "swiss": ("switzerland",), "austrian": ("austria",),
    "swedish": ("sweden",), "norwegian": ("norway",), "danish": ("denmark",), "finnish": ("finland",),
    "polish": ("poland",), "czech": ("czechia",), "hungarian": ("hungary",), "romanian": ("romania",),
    "greek": ("greece",), "turkish": ("turkey",), "russian": ("russia",), "ukrainian": ("ukraine",),
    "belarusian": ("belarus",), "georgian": ("georgia",), "european": ("europe",), "israeli": ("israel",),
    "palestinian": ("palestine",), "iranian": ("iran",), "iraqi": ("iraq",), "syrian": ("syria",),
    "lebanese": ("lebanon",), "saudi": ("arabia",), "egyptian": ("egypt",), "afghan": ("afghanistan",),
    "pakistani": ("pakistan",), "indian": ("india",), "chinese": ("china",), "japanese": ("japan",),
    "korean": ("korea",), "vietnamese": ("vietnam",), "thai": ("thailand",), "indonesian": ("indonesia",),
    "filipino": ("philippines",), "malaysian": ("malaysia",), "australian": ("australia",), "african": ("africa",),
    "nigerian": ("nigeria",), "kenyan": ("kenya",), "ethiopian": ("ethiopia",), "asian": ("asia",),
}
# …and the names CC-CEDICT glosses only in a long phrase (`United Kingdom of Great Britain and Northern Ireland`)
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "britain": ("英国",), "british": ("英国", "英方"), "england": ("英格兰", "英国"), "english": ("英格兰", "英国"),
    "america": ("美国",), "american": ("美国", "美方"), "americans": ("美国人",), "usa": ("美国",),
}


@lru_cache(maxsize=1)
def _extra() -> dict[str, tuple[str, ...]]:
    """English word → single-character renderings and renderings of the glosses it is a word of."""
    path = cedict_path()
    if path is None or lexicon() is None:
        return {}
    from transqa.lang.dictcache import load_or_build

    return load_or_build("glosses", path, (__name__, "transqa.lang.lexicon", "transqa.lang.english"), _build)


def _build(path: str) -> dict[str, tuple[str, ...]]:
    single: dict[str, list[str]] = {}
    phrase: dict[str, list[str]] = {}
    lead: dict[str, list[str]] = {}
    for _trad, simp, _pinyin, defs in cedict_entries(path):
        one, some = bool(_ONE_HAN.match(simp)), bool(_SOME_HAN.match(simp))
        if not one and not some:
            continue
        for d in defs.split("/"):
            d = PARENS.sub("", d).strip().lower()
            d = d[3:] if d.startswith("to ") else d
            if d.startswith(("a ", "an ", "the ")):
                d = d.split(" ", 1)[1]
            if one and _WORD.fullmatch(d) and d not in GENERIC_WORDS:
                _add(single, d, simp, MAX_SINGLE)
            elif some and _PHRASE.fullmatch(d):
                for w in d.split():
                    if w not in GENERIC_WORDS:
                        _add(phrase, w, simp, MAX_PHRASE)
            elif some and "," in d and _WORD.fullmatch(head := d.split(",", 1)[0].strip()) and head not in GENERIC_WORDS:
                _add(lead, head, simp, MAX_PHRASE)  # `London, capital of United Kingdom`, `media, esp. news media`
    words = single.keys() | phrase.keys() | lead.keys()
    return {w: tuple(lead.get(w, []) + single.get(w, []) + phrase.get(w, [])) for w in words}


def _add(table: dict[str, list[str]], word: str, han: str, cap: int) -> None:
    lst = table.setdefault(word, [])
    if han not in lst and len(lst) < cap:
        lst.append(han)


def forms(word: str) -> tuple[str, ...]:
    """The word and the base forms it may have (the word list's, plus `-ied`, `-er`, `-est`, doubled consonants)."""
    out = list(base_forms(word))
    if word in _IRREGULAR:
        out.append(_IRREGULAR[word])
    for suffix, repl in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    for suffix in _DOUBLED:
        n = len(suffix)
        if word.endswith(suffix) and len(word) - n >= 4 and word[-n - 1] == word[-n - 2]:
            out.append(word[: -n - 1])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def all_renderings(word: str) -> tuple[str, ...]:
    """Every Chinese rendering (one to six Han characters) the dictionary gives a lower-case English word."""
    lex = lexicon()
    if lex is None or word in GENERIC_WORDS:
        return ()
    extra = _extra()
    out: dict[str, None] = dict.fromkeys(_COUNTRIES.get(word, ()))
    for f in forms(word) + _ALIASES.get(word, ()):
        out.update(dict.fromkeys(lex.get(f, ())))
        out.update(dict.fromkeys(extra.get(f, ())))
    return tuple(out)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every string any English word may be rendered by (one union, without a Python step per string:
    0.05 -> 0.025 CPU s, once per process)."""
    return chinese_words().union(chain.from_iterable(_extra().values()), chain.from_iterable(_COUNTRIES.values()))


@per_pair
def _present(chinese: str) -> frozenset[str]:
    """The renderings that occur in a Chinese text, found in time linear in its length (they are one to six
    Han characters, so they sit inside runs of Han); after it, a lookup is a set membership test."""
    return han_words_in(chinese, _known(), 1)


def found_any(words: frozenset[str], chinese: str) -> dict[str, frozenset[str]]:
    """For each word the text renders by any of `all_renderings`, the strings that do ("" for a word kept
    in English)."""
    return renderings_found(words, chinese, all_renderings, _present(chinese)) if words else {}


# Glosses that say nothing about the word's meaning: a cross-reference, a surname, an abbreviation's expansion, a
# measure word
_NOT_MEANING = ("see ", "variant of", "old variant", "surname", "abbr", "cl:", "also written", "used in")
MAX_GLOSS_WORDS = 24  # English words kept per headword (the first glosses are the usual meanings); chosen by hand


@lru_cache(maxsize=1)
def english_words() -> dict[str, tuple[str, ...]]:
    """Chinese headword (two to six Han characters) → the English words of its CC-CEDICT glosses, three letters or
    more, function words left out (`反馈` → feedback, information, …; `众筹` → crowdfunding): the other direction
    of `all_renderings`, for reading which English words a Chinese phrase may stand for. Empty without a dictionary."""
    path = cedict_path()
    if path is None or lexicon() is None:
        return {}
    from transqa.lang.dictcache import load_or_build

    return load_or_build("english-words", path, (__name__, "transqa.lang.lexicon", "transqa.lang.english"),
                         _build_english)


@lru_cache(maxsize=1)
def _gloss_words() -> frozenset[str]:
    return frozenset(w.lower() for ws in english_words().values() for w in ws)


def is_gloss_word(word: str) -> bool:
    """The lower-case word is an English word of some CC-CEDICT gloss (`english_words`, read once into a set): a
    common word, not a name (`governor` is a title); False for every word without a dictionary."""
    return word in _gloss_words()


def _build_english(path: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, dict[str, None]] = {}
    for _trad, simp, _pinyin, defs in cedict_entries(path):
        if not _SOME_HAN.match(simp):
            continue
        words = table.setdefault(simp, {})
        for d in defs.split("/"):
            d = PARENS.sub("", d).strip().lower()
            if d.startswith(_NOT_MEANING):
                continue
            for w in _WORD.findall(d):
                if w not in GENERIC_WORDS and len(words) < MAX_GLOSS_WORDS:
                    words[w] = None
    return {k: tuple(v) for k, v in table.items() if v}


# Letters of the shortest gloss word sought whole in a name (log, gear: shorter ones are inside too many words).
GLOSS_WHOLE = 3
# Letters of the shortest beginning of a gloss word that stands for it in a name (feed of feedback), and of the
# shortest ending that does (onomics of economics: priceonomics). Measured 2026-12-02 (release 20) with
# `benchmarks/real.py --details` on dev, dev2, dev3 (TQA319 was tuned on archive dev2/dev3, commit 3589870): GLOSS_PREFIX 3
# and 4 alike, 5 loses crowdtilt.com's [众筹] (archive dev2 name-literal 32 → 31 of 162); GLOSS_SUFFIX 6 and 7 alike, 5 finds
# feednation's [反馈] too (33 of 162, name precision 182/192 → 183/193; dev, dev3 unchanged), not taken without a
# whole-archive count read by a person.
GLOSS_PREFIX = 4
GLOSS_SUFFIX = 6


def gloss_in_label(word: str, label: str) -> tuple[int, int] | None:
    """Where the word stands in the label, or its longest beginning of GLOSS_PREFIX letters or more and half the word's
    (feed of feedback in feednation; crowd of crowdfunding), or its longest ending of GLOSS_SUFFIX letters or more
    (onomics of economics in priceonomics; shorter endings are suffixes: -ation, -ment)."""
    k = label.find(word) if len(word) >= GLOSS_WHOLE else -1
    if k >= 0:
        return k, k + len(word)
    for n in range(len(word) - 1, GLOSS_PREFIX - 1, -1):
        if (n > GLOSS_PREFIX or 2 * n >= len(word)) and (k := label.find(word[:n])) >= 0:
            return k, k + n
        if n >= GLOSS_SUFFIX and (k := label.find(word[-n:])) >= 0:
            return k, k + n
    return None
