"""Release 38 (issue 18): untranslated text in real MT that the run rules took for a name or a lone word — a line
given as its English original, copied; two names joined by `and`; slang — and the addition and repetition shapes of this release."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.lang.lexicon import lexicon

needs_lexicon = pytest.mark.skipif(lexicon() is None, reason="needs the CC-CEDICT lexicon (the lexicon extra)")


def _at(code: str, en: str | None, zh: str) -> list[str]:
    return [f.target.text for f in findings(en, zh) if f.code == code and f.target is not None]


EN3 = "I went to the shop on Monday.\n\n{}\n\nThen I went home.\n"
ZH3 = "周一我去了商店。\n\n{}\n\n然后我回家了。\n"


@needs_lexicon
def test_a_line_copied_as_its_english_is_untranslated() -> None:
    # WMT22 shapes: `“Sure, OP.`, `straws?).`, a settings label of common words
    for line in ("“Sure, OP.", "straws?).", "Apple Music Documents & Data Storage Size"):
        assert _at("TQA401", EN3.format(line), ZH3.format(line)) == [line], line


@needs_lexicon
def test_a_copied_name_or_hashtag_is_no_untranslated_text() -> None:
    for line in ("#FalconGameBooks", "#WFH #business #neurodiversity", "Apple Watch", "Joe Biden", "COVID-19"):
        assert not _at("TQA401", EN3.format(line), ZH3.format(line)), line
    # a line that differs from its English (translated in part) is the run rules' business, not this one's
    assert "“Sure, OP." not in _at("TQA401", EN3.format("“Sure, OP."), ZH3.format("“当然，OP."))




@needs_lexicon
def test_a_sentence_of_the_next_paragraph_run_in_is_added() -> None:
    # WMT22 Online-W: `Hello everyone!` → `大家好！我来自爱沙尼亚。` before the next line's own translation
    en = "Hello everyone!\n\nI am from Estonia, where I am part of the National Defense Force.\n"
    zh = "大家好！我来自爱沙尼亚。\n\n我来自爱沙尼亚，在那里我是国防军的一员。\n"
    assert _at("TQA010", en, zh) == ["我来自爱沙尼亚。"]
    en2 = "He is trying to look like a terrific person!\n\nHe clearly sucks at damage control.\n"
    zh2 = "他想让自己看起来是一个了不起的人！他显然不善于控制损失。\n\n他显然不善于控制损失。\n"
    assert _at("TQA010", en2, zh2) == ["他显然不善于控制损失。"]


@needs_lexicon
def test_a_sentence_the_english_says_or_a_short_echo_is_not_run_in() -> None:
    # the English has the two sentences: the translation does too
    en = "Hello everyone! I am from Estonia.\n\nI am from Estonia, where I serve.\n"
    zh = "大家好！我来自爱沙尼亚。\n\n我来自爱沙尼亚，在那里我服役。\n"
    assert not _at("TQA010", en, zh)
    # a short sentence (under four Han characters) said again is no evidence (`谢谢。`)
    en2 = "Great job everyone!\n\nThanks, see you.\n"
    zh2 = "大家干得好！谢谢。\n\n谢谢，再见。\n"
    assert not [t for t in _at("TQA010", en2, zh2) if t == "谢谢。"]


@needs_lexicon
def test_a_short_tail_said_again_and_a_word_doubled_across_a_quote_are_repeats() -> None:
    assert _at("TQA009", "So, this should really be done, all the time.\n", "所以，这真的应该一直做，一直做。\n") == ["一直做"]
    en = "He warned that the collapse was 'happening before our eyes' and urged action.\n"
    zh = "他警告说，经济崩溃正在“正在我们眼前发生”，并敦促采取行动。\n"
    assert _at("TQA009", en, zh) == ["正在“正在"]
    # the English says the tail again itself, and a quote between two different words
    assert not _at("TQA009", "Do it again, do it again.\n", "再做一次，再做一次。\n")
    assert not _at("TQA009", en, "他警告说，经济崩溃正在“我们眼前发生”，并敦促采取行动。\n")


@needs_lexicon
def test_a_word_of_time_said_twice_in_a_sentence_is_a_repeat() -> None:
    assert _at("TQA009", "High pressure will prevail through early next week.\n", "高压将在下周初持续到下周初。\n") == ["下周"]
    en = "The chances of the vote appeared close to collapse on Sunday after the body said it could not go on.\n"
    zh = "周日，选举的可能性在周日几近破灭，因为该机构表示无法继续。\n"
    assert _at("TQA009", en, zh) == ["周日"]
    # the English says it twice; two sentences; last weekend is another word
    assert not _at("TQA009", "Sunday is Sunday, he said.\n", "周日就是周日，他说。\n")
    assert not _at("TQA009", "We met today. We left today.\n", "我们今天见面。我们今天离开。\n")
    assert not _at("TQA009", "He came last weekend and left last week.\n", "他上周末来，上周走。\n")
    # said again at the head of the clause it governs (a WMT24 reference)
    en = "I've got a cancellation for tomorrow, so it's take two on Stumpy's crowning.\n"
    assert not _at("TQA009", en, "我明天的预约已取消，所以明天会第二次拍Stumpy做牙冠。\n")


@needs_lexicon
def test_a_day_of_the_week_is_counted_by_its_value() -> None:
    # 星期日 and 星期天 are one day (the weekday reader's value, not two patterns)
    en = "The chances of the vote appeared close to collapse on Sunday after the body said it could not go on.\n"
    assert _at("TQA009", en, "星期日，选举的可能性在星期天几近破灭，因为该机构表示无法继续。\n") == ["星期天"]
    assert not _at("TQA009", "The shop opens on Monday and on Tuesday.\n", "商店周一和周二开门。\n")


@needs_lexicon
def test_the_week_of_a_frequency_is_no_day_said_twice() -> None:
    # 每周一次 (once a week) and 两周一次 (once every two weeks) hold 周一 (Monday) as text only (release 38 review)
    en = "The drug is usually taken once a week, although some patients take it once every two weeks.\n"
    assert not _at("TQA009", en, "这种药每周一次服用，不过一些患者则两周一次服用。\n")


@needs_lexicon
def test_two_names_joined_by_the_english_and_are_untranslated() -> None:
    en = "NEP, which provides trucks to Fox and Seven, has sought an explanation.\n"
    assert _at("TQA401", en, "向Fox and Seven提供卡车的NEP公司已寻求解释。\n") == ["Fox and Seven"]
    en2 = "Still, I find it odd that Sky and Jr. seem so ticked.\n"
    assert _at("TQA401", en2, "尽管如此，我觉得奇怪的是，Sky and Jr.看起来如此生气。\n") == ["Sky and Jr."]


@needs_lexicon
def test_a_title_a_gloss_or_a_known_name_with_and_is_kept() -> None:
    en = "The only time we see it is in Cause and Effect.\n"
    assert not _at("TQA401", en, "唯一一次看到它是在《Cause and Effect》中。\n")
    en2 = "It marks the anniversary of Jammu and Kashmir losing its status.\n"
    assert not _at("TQA401", en2, "这是查谟和克什米尔（Jammu and Kashmir）失去地位的周年纪念。\n")
    en3 = "He flew to Trinidad and Tobago on Monday.\n"
    assert not _at("TQA401", en3, "他周一飞往Trinidad and Tobago。\n")
    # translated with 和: nothing left
    assert not _at("TQA401", "NEP provides trucks to Fox and Seven.\n", "NEP向Fox和Seven提供卡车。\n")


def test_a_subword_marker_left_is_added_debris() -> None:
    en = "-Can be fed to all dogs regardless of age, size or level of exercise.\n"
    assert _at("TQA010", en, "-可以喂给所有的狗，无论年龄，大小或运动水平。FOLFO@@\n") == ["FOLFO@@"]
    assert not _at("TQA010", en, "-可以喂给所有的狗，无论年龄，大小或运动水平。\n")
    assert not _at("TQA010", "Write a@@b in the box.\n", "在框中写入a@@b。\n")


@needs_lexicon
def test_two_letter_slang_kept_is_untranslated() -> None:
    en = "While I have long known that this world view is complete BS and I despise it.\n"
    assert _at("TQA401", en, "虽然我早就知道，这种世界观是完整的BS，我鄙视它。\n") == ["BS"]
    # a British Standard's number or a degree is no slang
    assert not _at("TQA401", "Alarms must meet BS 5839 in every flat.\n", "每套公寓的警报器必须符合BS 5839。\n")
    assert not _at("TQA401", "She holds a BS in Physics.\n", "她拥有BS物理学位。\n")


@needs_lexicon
def test_a_verb_said_again_after_a_light_verb_is_a_repeat() -> None:
    en = "All our watches are checked by trained watchmakers.\n"
    assert _at("TQA009", en, "我们所有的手表都经过受过培训的制表师检验进行检验。\n") == ["检验进行检验"]
    assert not _at("TQA009", en, "我们所有的手表都由受过培训的制表师进行检验。\n")
