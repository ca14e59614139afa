"""A person's title or role in Chinese (`首席执行官`, `作家`, `发言人`, `CTO`): the one test of "is this a role word" that
every rule asks before a name (TQA324's given name after a title, TQA328's title joined to a name by a stray `·`).

Three sources, one answer: CC-CEDICT's role words (`lexicon.role_words`, 308 headwords whose first sense names a
title), the titles TechCrunch's translations write before a name that the dictionary defines otherwise or not at all
(`_TITLES`: `创始人` founder is a "founder" sense only after its first, `作家` writer, `董事` director, `天使` an angel
investor), and the acronyms of C-level officers and vice presidents (`CMO`, `SVP`).
"""

from __future__ import annotations

import re

from transqa.lang.lexicon import role_words

# Titles the archive writes right before a name that role_words lacks (its first sense is not a title, or it is no
# headword); with role_words' words among them, the list TQA324 read before release 41 (47 titles).
_TITLES = frozenset(
    "首席执行官 首席运营官 首席技术官 首席财务官 执行长 总裁 创始人 创办人 作家 作者 记者 董事长 董事 发言人 合伙人 经理"
    " 主管 主席 负责人 编辑 主编 分析师 教授 总监 官员 工程师 投资人 投资者 设计师 高管 律师 研究员 参议员 议员 部长 总统"
    " 导演 演员 歌手 博士 顾问 科学家 天使".split()
)
# A title's acronym: C-level officers (`CEO`, `CMO`, `CTO`) and vice presidents (`VP`, `SVP`, `EVP`)
_ACRONYM = re.compile(r"C[A-Z]O|[SE]?VP")
ROLE_REACH = 6  # the longest role word tried, in characters (CC-CEDICT's role words: 2-6; the titles: 2-5)


def is_role(word: str) -> bool:
    """Whether word (the whole string, no space) is a person's title or role: a CC-CEDICT role word (empty without a
    dictionary), one of the archive's titles, or a C-level or vice president's acronym (`CFO`, `SVP`; upper case)."""
    return word in _TITLES or _ACRONYM.fullmatch(word) is not None or word in role_words()


def role_before(text: str, end: int) -> int | None:
    """Offset in text where the longest role word (`is_role`) ending at offset end begins, trying words of
    ROLE_REACH characters down to 2; None when none ends there. An acronym counts only when no Latin letter runs into it
    (`xCEO` is no title)."""
    for n in range(min(ROLE_REACH, end), 1, -1):
        word = text[end - n : end]
        if is_role(word) and not (word.isascii() and end - n > 0 and text[end - n - 1].isascii()
                                  and text[end - n - 1].isalpha()):
            return end - n
    return None
