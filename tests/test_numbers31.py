"""Release thirty-one, numbers (issue 16): a span with no figure set after its event given as a duration tied to no
event (`hours after being visited` → `呆了几个小时`, TQA206)."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


@pytest.mark.parametrize(("en", "zh"), [
    # WMT21 line 646, references A and B
    ("West also reportedly paid a visit to hospital hours after being visited by Justin Bieber at his ranch.",
     "据报道，就在比伯前往牧场探望他之后，West 去医院呆了几个小时。"),
    ("West also reportedly paid a visit to hospital hours after being visited by Justin Bieber at his ranch.",
     "在比伯前往牧场探望侃爷之后，侃爷还被拍到前往医院并且在医院停留数小时。"),
    ("The company collapsed a few weeks later.", "公司坚持了几周。"),
])
def test_an_interval_after_an_event_made_a_duration_is_a_date_changed(en: str, zh: str) -> None:
    assert "TQA206" in _codes(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("He resigned hours after the vote.", "投票几小时后，他辞职了。"),
    ("It was exploited just hours after it was reported.", "在漏洞被公开报告后仅几个小时就被利用。"),
    ("It repainted the car a few days after I returned it.", "据说在我归还租车后几天需要重新粉刷车尾。"),
    ("Months after the fashion house came under fire, it apologised.", "时装公司受到批评，之后几个月，它道歉了。"),
    ("The deal had been initialled a few days ago.", "合同已经草签了几天。"),  # ago: a perfect still says when
    ("He resigned hours after the vote.", "他辞职了。"),  # the span dropped: TQA015's, not this
])
def test_an_interval_kept_related_or_dropped_is_not_a_date_changed(en: str, zh: str) -> None:
    assert "TQA206" not in _codes(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    # WMT23 line 2051 (GPT4-5shot, Lan-BridgeMT, NLLB_Greedy): both ends of the range are said per year
    ("We are very heavy handed and tend to wear out 2-3 controllers per year.", "我们动作很重，每年大约要磨损掉2-3个控制器。"),
    # WMT22 line 245 (Lan-Bridge): 一到两次 is a frequency, its 一 no count per year
    ("The Defense Force may demand you take part in exercises once or twice a year for approx 2 weeks per year.",
     "国防军有资格要求你每年参加一到两次为期约2周的军事演习。"),
])
def test_the_ends_of_a_range_share_their_rate(en: str, zh: str) -> None:
    assert "TQA201" not in _codes(en, zh)


def test_a_rate_moved_to_the_total_is_still_reported() -> None:
    assert "TQA201" in _codes("He used two, about one a year.", "他每年使用两个，大约一个。")


@pytest.mark.parametrize("zh", [
    "# Flycleaners 在布鲁克林推出，筹集了 100 万美元 2M",  # the source's figure left after its rendering
    "# Fab 以 1.5 亿美元的 1B 估值获得 1.5 亿美元",
    "上个季度用户记录了 115B 分钟的通话时间",  # untranslated before a unit of time
    "上市时的估值在 5 亿至 1B 美元之间。",  # and before a currency
])
def test_an_english_magnitude_left_in_the_chinese_is_garbled(zh: str) -> None:
    assert "TQA207" in [f.code for f in findings(None, zh)]


@pytest.mark.parametrize("zh", [
    "它现在拥有 14K 名沙龙专业人士。",  # before a counting word: left alone
    "3M 公司的新型袖珍投影仪。",
    "它支持 4K 视频，售价 100 美元。",
    "原装一体机 Mac 128K。",
    "这台售价 5000 美元的 4K 电视将于下月上市。",  # hostile31: a format after an amount, not its leftover
    "去年全球售出超过 100 万 4K 电视机。",
])
def test_a_magnitude_in_a_name_or_before_a_count_is_not_garbled(zh: str) -> None:
    assert "TQA207" not in [f.code for f in findings(None, zh)]


def test_a_round_amount_in_two_currencies_in_one_paragraph_is_a_clash() -> None:
    # archive larry-ellison-cancels-marc-benioffs-keynote-at-oracles-openworld, line 15
    zh = "在这样的顶级会议上做一个主题演讲可能会花费演讲者高达 100 万英镑。甲骨文公司向贝尼奥夫退还了 100 万美元。"
    assert "TQA212" in [f.code for f in findings(None, zh)]


def test_a_round_amount_in_two_currencies_in_two_paragraphs_is_left_alone() -> None:
    assert "TQA212" not in [f.code for f in findings(None, "他们筹集了 100 万英镑。\n\n另一家公司筹集了 100 万美元。")]


def test_a_leftover_magnitude_beside_another_value_says_the_amount_is_wrong() -> None:
    # release 31 archive sample: `100 亿美元 2B` (2B is 20 亿): deleting 2B would keep the wrong 100 亿
    [f] = [f for f in findings(None, "该公司以 100 亿美元 2B 的价格被收购。") if f.code == "TQA207"]
    assert "20 亿" in f.message and f.suggestion is not None and "20 亿" in f.suggestion
    [g] = [f for f in findings(None, "# Flycleaners 在布鲁克林推出，筹集了 200 万美元 2M") if f.code == "TQA207"]
    assert g.suggestion == "delete 2M"  # the amount agrees: only the leftover goes


def test_each_interval_made_a_duration_is_reported_at_its_own_place() -> None:
    # hostile31: every finding was set on the first `几个小时` of the paragraph
    en = "He went home hours after being visited. She called days later."
    zh = "他回家呆了几个小时。她打了好几天电话。"
    got = [(f.target.offset, f.target.text) for f in findings(en, zh) if f.code == "TQA206" and f.target is not None]
    assert len(got) == len(set(got))
    en2 = "He left hours after being visited. He came back hours after being called."
    zh2 = "他离开了几个小时。他又回来了几个小时。"
    got2 = [f.target.offset for f in findings(en2, zh2) if f.code == "TQA206" and f.target is not None]
    assert len(got2) == 2 and got2[0] != got2[1]
