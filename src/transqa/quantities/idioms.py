"""English idioms that hold a number word but no quantity (`half-baked`, `at sixes and sevens`, `on cloud nine`), and
the Chinese that reads their number literally (`做了一半的工作`, `九号云`).

Each row: the English idiom (a pattern), what it means, and the literal Chinese renderings that betray a word-for-word
reading. A translator renders the meaning (半吊子, 乱七八糟, 欣喜若狂), or a Chinese idiom that keeps a number
(半生不熟, 七上八下, 一石二鸟): those are not in the literal column, so they pass. Written from the idioms' dictionary
senses (Cambridge, Merriam-Webster) and their standard Chinese glosses, not from any benchmark line."""

from __future__ import annotations

import re
from typing import NamedTuple

from transqa.quantities.gated import finditer, none_can_match


class NumberIdiom(NamedTuple):
    """One idiom: `en` (a compiled pattern over English), `sense` (its meaning, in English), `literal` (a compiled
    pattern over the Chinese that reads its number as a quantity, an order or a size)."""

    en: re.Pattern[str]
    sense: str
    literal: re.Pattern[str]
    frequency: bool = False  # an idiom of how often (`more often than not`): its literal reading changes a frequency


def _row(en: str, sense: str, literal: str, frequency: bool = False) -> NumberIdiom:
    return NumberIdiom(re.compile(r"\b" + en + r"\b", re.IGNORECASE), sense, re.compile(literal), frequency)


# the rest of an English sentence holds a negation of its own (`more often than not, they don't`): a Chinese 不 may be it
_NO_NEGATION_AFTER = r"(?![^.!?]*(?:\b(?:not|never|no)\b|n['’]t\b))"


NUMBER_IDIOMS: tuple[NumberIdiom, ...] = (
    _row(r"half[- ]baked", "botched, ill thought out", r"一半|烤了?半|半烤"),
    _row(r"half[- ]hearted(?:ly)?", "without enthusiasm", r"一半的?心|半颗心"),
    _row(r"second[- ]guess(?:es|ed|ing)?", "to doubt or criticise after the fact", r"第二次?猜|二次猜测"),
    _row(r"at sixes and sevens", "in confusion", r"六和七|六个和七个|六点和七点"),
    _row(r"the whole nine yards", "everything, all the way", r"九码"),
    _row(r"on cloud nine", "overjoyed", r"九号云|第九(?:朵|片|层)?云|云九"),
    _row(r"(?:dressed|done up) to the nines", "dressed elaborately", r"到九|九点|九分"),
    _row(r"put(?:s|ting)? two and two together", "to work out the obvious", r"二加二|2\s?加\s?2|两个和两个|二和二"),
    _row(r"six feet under", "dead and buried", r"六英尺|六尺|6\s?英尺"),
    _row(r"behind the eight[- ]ball", "in a difficult position", r"八号球|8\s?号球|八球"),
    _row(r"in two minds", "undecided", r"两个(?:头脑|思想|心思|想法)|两种(?:思想|头脑)"),
    _row(r"two[- ]faced", "insincere, hypocritical", r"两张脸|两个面孔|两副面孔"),
    _row(r"(?:a )?dime a dozen", "common, of little value", r"一打|一角钱|十二个"),
    _row(r"forty winks", "a short nap", r"四十"),
    _row(r"back to square one", "back to the start", r"(?:一号|第一)(?:广场|方格|方块)|广场一"),
    _row(r"(?:in )?seventh heaven", "extremely happy", r"第七(?:层)?天堂?"),
    _row(r"(?:my|his|her|their|our|your) two cents(?:['’] worth)?", "an opinion offered modestly", r"两美分|两分钱|两毛钱|二分钱"),
    _row(r"one[- ]horse town", "a small, dull town", r"一匹马"),
    _row(r"third wheel", "an unwanted companion of a couple", r"第三个?轮子|第三轮"),
    # how often: `more often than not` (usually) read as `often not` (往往不是: WMT22 line 371, 1 of 15 outputs)
    _row(r"more often than not" + _NO_NEGATION_AFTER, "usually, most of the time",
         r"(?:往往|经常|常常|通常|多半|时常|更多的?时候)(?:并|都|也)?不是?", frequency=True),
    _row(r"once in a blue moon", "very rarely", r"蓝月|蓝色的?月亮", frequency=True),
)


_ENGLISH = tuple(row.en for row in NUMBER_IDIOMS)


def number_idioms(text: str) -> list[tuple[int, int, NumberIdiom]]:
    """Each number idiom of an English text: (start, end, row), character offsets into `text`, in text order."""
    if none_can_match(_ENGLISH, text):
        return []
    return sorted(((m.start(), m.end(), row) for row in NUMBER_IDIOMS for m in finditer(row.en, text)), key=lambda x: (x[0], x[1]))
