"""TQA312 with the original: a name whose established Chinese is known (`transqa.lang.wellknown`) rendered word by
word (`周日镜像` for the Sunday Mirror), and TQA321 on a person whose first name CC-CEDICT renders only as a name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from transqa.lang.transliterate import proper_names

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")


def _found(code: str, en: str, zh: str) -> list[tuple[str, str]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=(code,))).findings
    return [(f.code, f.target.text) for f in got if f.target is not None]


@needs_cedict
def test_a_paper_rendered_word_by_word_not_by_its_established_name() -> None:
    en = "The minister told The Sunday Mirror that he would not resign before the vote.\n"
    assert _found("TQA312", en, "部长告诉周日镜像，他不会在投票前辞职。\n") == [("TQA312", "周日镜像")]
    assert _found("TQA312", en, "部长告诉周日的镜像，他不会在投票前辞职。\n") == [("TQA312", "周日的镜像")]
    assert _found("TQA312", en, "部长告诉《星期日镜报》，他不会在投票前辞职。\n") == []  # the established name
    assert _found("TQA312", en, "部长告诉 Sunday Mirror，他不会在投票前辞职。\n") == []  # kept in Latin script


@needs_cedict
def test_a_name_of_three_words_one_word_unlinked_and_a_name_by_sound() -> None:
    en = "Thousands marched for Black Lives Matter in the city centre on Saturday afternoon.\n"
    assert _found("TQA312", en, "周六下午，数千人在市中心为“黑人生活问题”游行。\n") == [("TQA312", "黑人生活问题")]
    assert _found("TQA312", en, "周六下午，数千人在市中心为“黑人的命也是命”游行。\n") == []
    en = "The striker joined Aston Villa from a second-division club last summer.\n"
    assert _found("TQA312", en, "这名前锋去年夏天从一家乙级俱乐部加盟阿斯顿别墅队。\n") == [("TQA312", "阿斯顿别墅")]
    assert _found("TQA312", en, "这名前锋去年夏天从一家乙级俱乐部加盟阿斯顿维拉队。\n") == []
    # a longer name that holds the table's name is another name
    assert _found("TQA312", "He works for Aston Villa Holdings in the city.\n", "他在该市的阿斯顿别墅控股公司工作。\n") == []


@needs_cedict
def test_a_team_of_one_word_is_read_only_before_its_team_word() -> None:
    en = "The Chargers lost their third game in a row on Sunday night.\n"
    assert _found("TQA312", en, "充电器队周日晚上输掉了连续第三场比赛。\n") == [("TQA312", "充电器")]
    assert _found("TQA312", en, "闪电队周日晚上输掉了连续第三场比赛。\n") == []
    # the word alone, no team word after it: as often the common word
    assert _found("TQA312", "Bring the Chargers for the phones on Sunday night.\n", "周日晚上把手机的充电器带来。\n") == []


@needs_cedict
def test_a_person_whose_first_name_cedict_renders_only_as_a_name() -> None:
    en = "The group's chairman Peter Duthie said the venue would reopen in the spring next year.\n"
    assert _found("TQA321", en, "该集团董事长表示，该场馆将于明年春天重新开放。\n") != []
    assert _found("TQA321", en, "该集团董事长彼得·达西表示，该场馆将于明年春天重新开放。\n") == []
    # a first name that is a common word too (Mark: 标记) still says nothing
    en = "The group's chairman Mark Duthie said the venue would reopen in the spring next year.\n"
    assert _found("TQA321", en, "该集团董事长表示，该场馆将于明年春天重新开放。\n") == []


@needs_cedict
def test_a_surname_after_an_honorific_left_out() -> None:
    en = "Mr Bhattacharya said the new bridge would be open to traffic by the end of next month.\n"
    assert _found("TQA321", en, "他表示，这座新建的大桥将在下个月月底之前向车辆开放通行。\n") != []
    assert _found("TQA321", en, "巴塔查里亚先生表示，这座新建的大桥将在下个月月底之前向车辆开放通行。\n") == []  # rendered by its sound
    assert _found("TQA321", en, "Bhattacharya 先生表示，这座新建的大桥将在下个月月底之前向车辆开放通行。\n") == []
    # a longer name after the honorific is not read as a surname alone, nor a dictionary word
    en = "Mr Brown said the new bridge would be open to traffic by the end of next month.\n"
    assert _found("TQA321", en, "他表示，这座新建的大桥将在下个月月底之前向车辆开放通行。\n") == []


@needs_cedict
def test_a_paper_named_by_its_paper_word_rendered_by_the_word_s_meaning() -> None:
    en = "The findings were first reported by the Houston Chronicle on Tuesday morning.\n"
    assert _found("TQA312", en, "这些调查结果最早由《休斯敦编年史》在周二上午报道。\n") == [("TQA312", "休斯敦编年史")]
    assert _found("TQA312", en, "这些调查结果最早由《休斯敦纪事报》在周二上午报道。\n") == []
    # a title-case phrase that ends in a word of no paper is not read
    en = "The findings were first reported in the Houston Story on Tuesday morning.\n"
    assert _found("TQA312", en, "这些调查结果最早由《休斯敦故事》在周二上午报道。\n") == []


@needs_cedict
def test_a_title_of_a_work_rendered_by_its_words_not_by_its_release_title() -> None:
    en = 'Critics compared it with the 2018 horror film "A Quiet Place" on its release.\n'
    # the title's article rendered 一个 is no word of the reading: the words after it are
    assert _found("TQA312", en, "影评人将其与 2018 年的恐怖片《一个安静的地方》相提并论。\n") == [("TQA312", "安静的地方")]
    assert _found("TQA312", en, "影评人将其与 2018 年的恐怖片《安静的地方》相提并论。\n") == [("TQA312", "安静的地方")]
    assert _found("TQA312", en, "影评人将其与 2018 年的恐怖片《寂静之地》相提并论。\n") == []
    assert _found("TQA312", en, "影评人将其与 2018 年的恐怖片《A Quiet Place》相提并论。\n") == []
    # a longer name holding the title is another name
    en = "Critics liked A Quiet Place Part II more than the first film.\n"
    assert _found("TQA312", en, "影评人更喜欢《安静的地方第二部》。\n") == []


@needs_cedict
def test_a_cricket_series_named_by_the_ashes_of_the_dead() -> None:
    en = "England lost the third Ashes Test in Hobart by nine wickets.\n"
    assert _found("TQA312", en, "英格兰队在霍巴特以九个三柱门之差输掉了第三场骨灰测试。\n") == [("TQA312", "骨灰测试")]
    assert _found("TQA312", en, "英格兰队在霍巴特以九个三柱门之差输掉了第三场灰烬杯测试赛。\n") == []
    assert _found("TQA312", en, "英格兰队在霍巴特以九个三柱门之差输掉了第三场灰烬系列赛。\n") == []


@needs_cedict
def test_dogecoin_transliterated_is_a_term_by_sound() -> None:
    en = "The price of Dogecoin rose by a third over the weekend, traders said.\n"
    assert _found("TQA318", en, "交易员表示，多杰科恩的价格在周末上涨了三分之一。\n") == [("TQA318", "多杰科恩")]
    assert _found("TQA318", en, "交易员表示，狗狗币的价格在周末上涨了三分之一。\n") == []


@needs_cedict
def test_an_agency_s_established_name_with_an_inner_character_lost() -> None:
    en = "The ministry confirmed the figures to Reuters late on Friday evening.\n"
    assert _found("TQA311", en, "周五晚间，该部向路社证实了这些数字。\n") == [("TQA311", "路社")]
    assert _found("TQA311", en, "周五晚间，该部向路透社证实了这些数字。\n") == []
    assert _found("TQA311", en, "周五晚间，该部向 Reuters 证实了这些数字。\n") == []
    # a cut that runs on into a dictionary word is that word (方式), no cut of 诺曼底四方
    en = "Both countries back the talks in the Normandy Format to end the conflict.\n"
    assert _found("TQA311", en, "两国都支持以诺曼底方式举行的会谈，以结束冲突。\n") == []


@needs_cedict
def test_a_name_named_hundreds_of_times_in_a_paragraph_takes_linear_time() -> None:
    # each mention of a name not rendered word by word walked the whole translation again (quadratic: 500 mentions
    # took 9 s, 2,000 three minutes); a name is tried once per paragraph now, and still found at a later mention
    from tests.helpers import grows_linearly

    def work(n: int) -> list[tuple[str, str]]:
        en = "Officials quoted the Sunday Mirror" + ", the Sunday Mirror" * n + ".\n"
        return _found("TQA312", en, "官员引用了" + "华沙新闻、" * n + "规定。\n")

    assert grows_linearly(work, 150) == []
    en = "Shares of US Sunday Mirror Group rose as the Sunday Mirror fell.\n"  # the first mention is of a longer name
    assert _found("TQA312", en, "股价上涨，周日镜像下跌。\n") == [("TQA312", "周日镜像")]
