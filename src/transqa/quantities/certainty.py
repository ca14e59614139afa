"""`100%` as an intensifier of certainty (`it was 100% the phone`, `I'm 100% sure`, `I agree 100%`), not a measure.

A translator renders it by a word of certainty (完全, 绝对, 肯定, 百分之百…), not always by the figure; a translation
with none of those words has lost the claim's certainty. Only the adverbial uses are read: before a determiner, a
pronoun or an adjective of certainty, or after a verb or adjective of agreement or certainty. `100% cotton`,
`100% service`, `100% of the proceeds` (measures, or 全方位/纯 idioms) are not."""

from __future__ import annotations

import re

from transqa.quantities.gated import finditer

_PCT = r"100\s?(?:%|percent\b|per\s+cent\b)"
_PCT_RE = re.compile(_PCT, re.IGNORECASE)
# not after a word of level (`dial them to 100% the fans shut off`: a setting, WMT23 line 1948)
_EN_BEFORE = re.compile(
    r"(?<!\bto )(?<!\bat )(?<!\bby )(?<!\bof )(?<!\bfrom )(?<!\bhit )(?<!\breach )(?<!\breached )" + _PCT + r"\s+(?:the|a|an|my|his|her|their|our|your|its|it|that|this|those|these|sure|certain|true|correct|right|wrong|"
    r"convinced|positive|honest|serious|not|behind|on\s+board)\b", re.IGNORECASE)
_EN_AFTER = re.compile(r"\b(?:agree[ds]?|sure|certain|right|correct|true|honest|believe[ds]?|support(?:s|ed)?|recommend(?:s|ed)?|"
                       r"committed|confident|positive)\s+" + _PCT + r"(?!\s*of\b)", re.IGNORECASE)
# the words of certainty a translator writes for it (news and review style; the figure itself first)
_ZH_CERTAIN = re.compile(r"百分之百|百分之一百|百分百|100\s?[%％]|一百个|完全|绝对|肯定|一定|确实|确定|确信|的确|无疑|毫无疑问|千真万确|"
                         r"板上钉钉|十足|彻底|全然|真的|分明|明明|显然|全心全意|全力|坚决|毫无保留|非常|十分|就是")


def english_certainty_100(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each adverbial `100%` (an intensifier of certainty) in an English text; offsets
    are character offsets into `text`, the figure with its percent word."""
    out = []
    for m in (*finditer(_EN_BEFORE, text), *finditer(_EN_AFTER, text)):
        pct = _PCT_RE.search(m.group(0))
        if pct is not None:  # always: both patterns hold the figure
            out.append((m.start() + pct.start(), m.start() + pct.end()))
    return sorted(set(out))


def chinese_certain(text: str) -> bool:
    """The Chinese text says certainty in a way a translator renders an intensifier `100%` (百分之百, 完全, 绝对…)."""
    return _ZH_CERTAIN.search(text) is not None
