"""Release twenty-four: a name kept in Latin script beside its Chinese rendering (TQA310), where the rendering runs
into the next word.

heldout10 (WMT22 Online-Y ecommerce_en_44): 诺顿 in two paragraphs (诺顿安全豪华版 among them), `Norton` kept in three."""

from __future__ import annotations

from tests.helpers import findings

EN = ("Norton Security Deluxe includes help from certified Norton technicians.\n\n"
      "You must renew your Norton subscription directly from the store, or subscribe to the Norton renewal service.\n\n"
      "The Norton subscription must be installed before the device is infected.\n\n"
      "See Norton website for more detail.\n\n"
      "You may get a refund of the Norton bundle price.\n")
ZH = ("诺顿安全豪华版包括经认证的诺顿技术人员的帮助。\n\n"
      "您必须直接从商店续订诺顿订购，或者订阅诺顿自动续订服务。\n\n"
      "在设备感染病毒之前，必须安装 Norton 订购。\n\n"
      "有关更多详细信息，请参阅 Norton 网站。\n\n"
      "您可能会收到 Norton 捆绑包价格的退款。\n")


def test_a_rendering_that_runs_into_the_next_word_counts_as_the_article_s_rendering() -> None:
    # 诺顿安 of 诺顿安全 is 诺顿 beside 安全 (security): two paragraphs write 诺顿 four times against three Latin forms
    fs = [f for f in findings(EN, ZH) if f.code == "TQA310"]
    assert sorted(f.target.text for f in fs if f.target is not None) == ["Norton", "Norton", "Norton"]
    assert all(f.suggestion == "诺顿" for f in fs)


def test_the_latin_forms_of_a_name_rendered_once_are_not_outnumbered() -> None:
    # one paragraph renders it, four keep it: the rendering is the odd one, never the Latin forms
    zh = ZH.replace("您必须直接从商店续订诺顿订购，或者订阅诺顿自动续订服务。", "您必须直接从商店续订 Norton 订购，或者订阅 Norton 自动续订服务。")
    assert all(f.target is not None and f.target.text != "Norton" for f in findings(EN, zh) if f.code == "TQA310")
