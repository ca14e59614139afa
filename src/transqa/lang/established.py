"""Established Chinese names that translate an English name by its meaning, which CC-CEDICT lacks: the name's own
Chinese, not a literal slip (data, shared by the rules of names translated as words: TQA316, TQA317, TQA319)."""

from __future__ import annotations

# Periodicals, platforms, games and firms whose usual Chinese name is the meaning of their English one. The first
# seven were found among the renderings those rules reported before (periodicals, Apple's platform words); the
# last seven by reading every TQA316/TQA317/TQA319 finding of the whole archive (365): the only ones an editor
# would keep there (Second Life 第二人生, Club Penguin 企鹅俱乐部, frog design 青蛙设计, Fruit Ninja 水果忍者, Blizzard
# Entertainment 暴雪娱乐, Innovation Works 创新工场, The Village Voice 乡村之声). A literal rendering beside one of
# them (第二生命 for Second Life) is not established and is still reported.
BY_MEANING = frozenset({
    "消费者报告", "市场观察", "网络世界", "计算机世界", "应用商店", "应用程序商店", "游戏中心",
    "第二人生", "企鹅俱乐部", "青蛙设计", "水果忍者", "暴雪娱乐", "创新工场", "乡村之声",
})

# Marks around a name in Chinese text that are not part of it (《乡村之声》, 【第二人生】, @handle)
_MARKS = "@《》【】“”「」 "


def established(chinese: str) -> bool:
    """The Chinese text, less the marks around it, is an established Chinese name by meaning."""
    return chinese.strip(_MARKS) in BY_MEANING
