"""Release twenty-seven: names of an archive article checked from the Chinese alone, with the file-name slug as
Latin evidence (issues 17, 19).

Each case is written after a real archive article of `techcrunch-zh` (named in its test)."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load import parse_markdown

# office-depot-now-fulfilling-at-least-some-32gb-touchpad-backorders.md (archive dev3): the HP TouchPad written once in
# Latin script in the prose, the slug spells it, and the title and a link translate it as 触摸板 (touchpad, the word)
TOUCHPAD = ("# Office Depot 现在至少完成了一些 32GB 触摸板的延期订单\n\n"
            "至少有一些 32GB 的 TouchPad 订单被取消，零售商准备用这些订单来完成补充订单。\n\n"
            "除非你委托的零售商收到了部分上次运行的触摸板。\n")


def _literal(path: str, zh: str) -> list[tuple[str | None, str | None]]:
    target = parse_markdown(path, zh)
    return [(f.target.text if f.target else None, f.suggestion) for f in check_documents(None, target).findings
            if f.code == "TQA317"]


def test_a_name_the_slug_spells_and_the_prose_writes_once_in_latin() -> None:
    path = "techcrunch/docs/office-depot-now-fulfilling-at-least-some-32gb-touchpad-backorders.md"
    assert _literal(path, TOUCHPAD) == [("触摸板", "TouchPad"), ("触摸板", "TouchPad")]


def test_without_the_slug_one_latin_place_is_no_evidence() -> None:
    assert _literal("techcrunch/docs/office-depot-fulfils-some-backorders.md", TOUCHPAD) == []


def test_a_short_slug_word_is_no_second_writing() -> None:
    # people-are-now-playing-quake-live.md (archive dev2): `《雷神之锤》Live` once, 直播 elsewhere; the slug's `live`
    # is a word of the longer name Quake Live, whose 直播 the reader kept
    zh = ("# 人们现在正在玩雷神之锤直播\n\n《雷神之锤》Live 的预告片在这里。\n\n什么是雷神之锤直播？\n")
    assert _literal("techcrunch/docs/people-are-now-playing-quake-live.md", zh) == []
