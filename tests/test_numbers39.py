"""Release 39 number rules: an adverbial `100%` (certainty) lost."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load import parse_markdown, parse_text
from transqa.quantities.certainty import chinese_certain, english_certainty_100


def _codes(en: str, zh: str) -> list[str]:
    result = check_documents(parse_text("en.txt", en + "\n"), parse_markdown("zh.md", zh + "\n"))
    return [f.code for f in result.findings if f.category == "number"]


def test_english_certainty_100_reads_only_adverbial_uses() -> None:
    assert english_certainty_100("because it was 100% the phone having the problems") == [(15, 19)]
    assert english_certainty_100("I agree 100 percent with her") == [(8, 19)]
    assert english_certainty_100("I'm 100% sure") == [(4, 8)]
    for measure in ("We strive on 100% service.", "It is 100% cotton.", "100% of the proceeds go to charity.", "a 100% rise"):
        assert english_certainty_100(measure) == []


def test_chinese_certain() -> None:
    assert chinese_certain("我百分之百确定") and chinese_certain("我完全同意") and chinese_certain("绝对是手机的问题")
    assert not chinese_certain("因为这个手机的所有问题是我接受不了的")


def test_certainty_lost_is_reported_and_kept_is_not() -> None:
    en = "I wasted a lot of time because it was 100% the phone having all the problems."
    assert _codes(en, "我浪费了很多时间，因为这个手机的所有问题是我接受不了的。") == ["TQA203"]
    assert _codes(en, "我浪费了很多时间，因为百分之百是手机的问题。") == []
    assert _codes(en, "我浪费了很多时间，因为这绝对是手机的问题。") == []
    assert _codes("I agree 100% with the plan.", "我同意这个计划。") == ["TQA203"]
    assert _codes("I agree 100% with the plan.", "我完全同意这个计划。") == []
    assert _codes("We strive on 100% service.", "我们致力于提供全方位的服务。") == []


def test_number_idiom_read_literally_is_reported() -> None:
    from transqa.quantities.idioms import number_idioms

    assert [row.sense for _s, _e, row in number_idioms("It was a half-baked job, at sixes and sevens.")] == [
        "botched, ill thought out", "in confusion"]
    assert _codes("It took an hour to do a half-baked job of it.", "我花了一个小时才做了一半的工作。") == ["TQA204"]
    assert _codes("It took an hour to do a half-baked job of it.", "我花了一个小时，活儿却干得半生不熟。") == []
    assert _codes("It didn't take the neighbors long to put two and two together.", "邻居们没过多久就把两个和两个放在一起了。") == ["TQA204"]
    assert _codes("It didn't take the neighbors long to put two and two together.", "我的邻居没过多久就明白过来了。") == []
    assert _codes("She was on cloud nine after the win.", "赢球后她欣喜若狂。") == []
    # a number of the idiom's words used as a quantity elsewhere is not the idiom
    assert _codes("Half of the baked goods sold out.", "一半的烘焙食品卖光了。") == []


def test_frequency_idiom_read_literally_is_reported() -> None:
    en = "Any time I worked late (which was more often than not), I rolled the trailer out."
    assert _codes(en, "任何时候我工作到很晚（这往往不是），我都把拖车推出去。") == ["TQA211"]
    assert _codes(en, "每当我工作到很晚（通常是这样），我都把拖车推出去。") == []
    # the source's own negation: 不 renders it
    assert _codes("More often than not, they do not come.", "他们往往不来。") == []


def test_certainty_100_not_a_level() -> None:
    assert english_certainty_100("If you dial them to 100% the fans will shut off") == []
    assert english_certainty_100("It was at 100% the whole day") == []
