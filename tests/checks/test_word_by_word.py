"""TQA320 (preview): a name of several capitalised words rendered word by word. Short examples written for these
tests, in the shapes of real MT output (WMT23 user posts)."""

from tests.helpers import passes

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load import parse
from transqa.load.markdown import parse_markdown


def _selected(en: str, zh: str) -> list[Finding]:
    return [f for f in check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA320",))).findings
            if f.code == "TQA320"]


EN = "My kitten is playing with a red Apple Pencil he stole from my desk.\n"
ZH = "我的小猫正在玩一个红色的苹果笔，是他从我桌上偷的。\n"


def test_a_name_rendered_word_by_word_is_reported_when_selected() -> None:
    passes("TQA320", EN, ZH)  # preview: off by default
    [f] = _selected(EN, ZH)
    assert f.target.text == "苹果笔" and f.source.text == "Apple Pencil"  # 笔: the head of 铅笔
    assert "word by word" in f.message


def test_a_name_kept_or_named_is_not_reported() -> None:
    assert _selected(EN, ZH.replace("苹果笔", "Apple Pencil")) == []
    en = "Protesters gathered outside the White House on a cold evening.\n"
    assert _selected(en, "抗议者在一个寒冷的夜晚聚集在白宫外。\n") == []  # CC-CEDICT's name for it
    en = "The game felt like a home game for the Dallas Cowboys again.\n"
    assert _selected(en, "这场比赛对达拉斯牛仔队来说又像是一场主场比赛。\n") == []  # a team named by meaning


def test_labels_lists_longer_names_and_sentence_starts_are_not_reported() -> None:
    en = "Please send us your Full Name, Postal Address and Order Number to get help.\n"
    assert _selected(en, "请将您的全名、邮政地址和订单号发送给我们以获取帮助。\n") == []
    en = "A professor in the Department of Chemical Engineering built the device last year.\n"
    assert _selected(en, "化学工程系的一位教授去年制造了这个装置。\n") == []
    en = "Apple Pencil sales rose sharply this year, the company said.\n"  # a sentence start may be any noun
    assert _selected(en, "该公司表示，今年苹果笔的销量大幅上升。\n") == []


def test_a_known_name_beside_a_translated_word_is_reported() -> None:
    # the first word's CC-CEDICT rendering (伊斯坦布尔) is no sound of a kept name: the second is still a dictionary word
    en = "Both countries back the talks in the Istanbul Format to end the conflict.\n"
    [f] = _selected(en, "两国都支持以伊斯坦布尔格式举行的会谈，以结束冲突。\n")
    assert f.target.text == "伊斯坦布尔格式"
    # a name whose established Chinese is known (诺曼底模式) is TQA312's, one finding for the span
    en = "Both countries back the talks in the Normandy Format to end the conflict.\n"
    assert _selected(en, "两国都支持以诺曼底格式举行的会谈，以结束冲突。\n") == []
    got = check_documents(parse("en.md", en), parse_markdown("zh.md", "两国都支持以诺曼底格式举行的会谈，以结束冲突。\n"),
                          Settings(select=("TQA312",))).findings
    assert [(f.code, f.target.text) for f in got if f.target is not None] == [("TQA312", "诺曼底格式")]
