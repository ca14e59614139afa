"""Release 30: a name's rendering that runs into the word after it (阿奎罗本赛季) is the whole rendering (with the original)."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _cuts(en: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == "TQA311"]


_AGUERO = ("Sergio Aguero injured his knee on Tuesday.\n\n"
           "Manchester City said Aguero will miss the match.\n\n"
           "Aguero has scored 20 goals this season.\n")


def _aguero(third: str) -> str:
    return f"塞尔吉奥·阿奎罗周二膝盖受伤。\n\n曼城表示，阿奎将缺席比赛。\n\n{third}\n"


@pytest.mark.parametrize("third", [
    "本赛季阿奎罗已打进20球。",  # the base case: found before too
    "阿奎罗本赛季已打进20球。",  # 本 (this) is a transliteration character: 罗本 read as Robben hid the rendering
    "阿奎罗本周已打进20球。",
    "阿奎罗因此已打进20球。",
    "阿奎罗加入曼城后已打进20球。",  # 加入, joined: a common word starting with a transliteration character
])
def test_a_rendering_running_into_the_next_word_counts_whole(third: str) -> None:
    assert _cuts(_AGUERO, _aguero(third)) == [("阿奎", "阿奎罗")]


def test_a_rendering_whole_everywhere_is_not_reported() -> None:
    zh = "塞尔吉奥·阿奎罗周二膝盖受伤。\n\n曼城表示，阿奎罗将缺席比赛。\n\n阿奎罗本赛季已打进20球。\n"
    assert _cuts(_AGUERO, zh) == []


def test_a_character_the_name_is_heard_better_with_stays_in_the_name() -> None:
    # 特朗普通过: 普通 (ordinary) is a common word, but Trump is heard better as 特朗普 than as 特朗
    en = ("Trump signed the bill on Monday.\n\nThe Senate passed it after Trump called for a vote.\n\n"
          "Trump passed the law in March.\n")
    zh = "特朗普周一签署了该法案。\n\n在特朗普要求投票后，参议院通过了该法案。\n\n特朗普通过了这项法律。\n"
    assert _cuts(en, zh) == []


def _literal(en: str, zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(en, zh) if f.code == "TQA312"]


def test_a_surname_rendered_by_a_word_the_dictionary_reads_back_is_reported() -> None:
    # CC-CEDICT gives `山脊 /ridge (of a hill)/`: no forward rendering of `ridge`, read back it spells the surname
    en = "The Labour MP told Sophy Ridge: \"I understand why they have made the decision.\"\n"
    zh = "这位工党议员告诉 Sophy 山脊：“我理解他们为什么做出这个决定。”\n"
    assert _literal(en, zh) == ["Sophy 山脊"]


def test_a_surname_kept_or_transliterated_is_not_reported() -> None:
    en = "The Labour MP told Sophy Ridge: \"I understand why they have made the decision.\"\n"
    for zh in ("这位工党议员告诉 Sophy Ridge：“我理解他们为什么做出这个决定。”\n",
               "这位工党议员告诉索菲·里奇：“我理解他们为什么做出这个决定。”\n"):
        assert _literal(en, zh) == []


def test_a_paragraph_ending_on_the_name_keeps_its_last_character() -> None:
    # 斯 alone is a word (this), but 科林斯 ends the paragraph: it is the whole rendering, another spelling of 柯林斯
    # (科林 is heard at 1.0 and 科林斯 at 0.95 for Collins: the name goes on while the longer run is still acceptable)
    en = ("Loved Collins...\n\nGrady and Collins had an amazing night together.\n\n"
          "Collins thought she was finally getting everything.\n\nCollins was right to be upset.\n")
    zh = "爱的科林斯\n\n格雷迪和柯林斯一起度过了一个美妙的夜晚。\n\n柯林斯认为她终于得到了一切。\n\n柯林斯感到沮丧是有道理的。\n"
    got = [(f.code, f.target.text if f.target else None) for f in findings(en, zh) if f.code in ("TQA310", "TQA311")]
    assert got == [("TQA310", "科林斯")]


def test_a_name_kept_elsewhere_and_translated_by_a_word_read_back_is_reported() -> None:
    # `But the Flask part`: But opens the sentence, it makes no title of `… the Flask`; 烧瓶 is CC-CEDICT's `flask`,
    # which the forward word list lacks (refA+inj21 elitr_minuting-2)
    en = ("(PERSON2) But the Flask part or the communication part with the client is something that I cannot do.\n\n"
          "Just I don't really know Flask either, but yeah, I can think about that.\n")
    zh = "[PERSON2] 但 Flask 部分或与客户的沟通部分是我无法完成的。\n\n只是我也不太了解烧瓶，不过我可以考虑一下。\n"
    assert _literal(en, zh) == ["烧瓶"]
    assert _literal(en, zh.replace("烧瓶", "Flask")) == []
