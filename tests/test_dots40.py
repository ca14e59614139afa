"""Release 40 (issues 17, 19): small name and sentence kinds read off the archive, in the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings


def _codes(zh: str, code: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_a_noun_with_a_verbs_sense_after_de_glued_to_the_company_subject() -> None:
    # archive shape: `…的支持开放和自由互联网的新举措该公司已经建立了…` (举措 is also "to act": no thing noun)
    assert len(_codes("今天，谷歌宣布了一项支持开放和自由互联网的新举措该公司已经建立了一个网站。\n", "TQA507")) == 1
    assert len(_codes("这是他们发布的计划该团队将在明年完成。\n", "TQA507")) == 1
    # no `的` phrase: a verb before `该X` is its object's verb (`联系该公司`), a conjunction opens the clause (`因此该公司`)
    assert not _codes("我们正在联系该公司以了解更多信息。\n", "TQA507")
    assert not _codes("部分用户的预测往往是正确的，因此该公司去年开始出售。\n", "TQA507")
    assert not _codes("这些数据可以在任何其他支持该服务的应用程序中使用。\n", "TQA507")


def test_a_title_joined_to_the_name_by_a_stray_dot() -> None:
    # archive shapes: `首席运营官·雪莉·桑德伯格`, `SVP·希瑟·哈德`, `首席运营官·罗森即将离职`
    got = [f for f in findings(None, "首席运营官·雪莉·桑德伯格在财报电话会议上表示，这比预期的好。\n") if f.code == "TQA328"]
    assert [f.suggestion for f in got] == ["首席运营官雪莉"] and [r.text for r in got[0].repairs] == [""]
    assert len(_codes("此外还有管理合伙人、SVP·希瑟·哈德(现为公司顾问)。\n", "TQA328")) == 1
    assert len(_codes("雅虎重大重组，首席运营官·罗森即将离职。\n", "TQA328")) == 1
    # a name's own parts, a name's initials, a proper noun whose sense names a role: no title
    assert not _codes("首席运营官雪莉·桑德伯格在财报电话会议上表示。\n", "TQA328")
    assert not _codes("正如我的同事 MG·西格勒最近所说的那样。\n", "TQA328")
    assert not _codes("泰国前总理他信·西那瓦周二表示。\n", "TQA328")


def test_a_known_longer_given_name_is_never_split() -> None:
    from transqa.checks.undotted import undotted

    # archive shape: `高级销售经理克里斯蒂娜格鲁什金`: 克里斯蒂娜·格鲁什金, not 克里斯·蒂娜格鲁什金
    text = "斯旺森和高级销售经理克里斯蒂娜格鲁什金，他们在加入之前。"
    assert [(g, s) for _a, _b, g, s in undotted(text)] == [("克里斯蒂娜", "格鲁什金")]
    # the longer given name alone is no full name (`克里斯` + `蒂娜`); a shorter one still runs into its surname
    assert not list(undotted("销售经理克里斯蒂娜说，他们在加入之前。"))
    assert [(g, s) for _a, _b, g, s in undotted("首席执行官克里斯斯托克说。")] == [("克里斯", "斯托克")]


def test_a_lower_case_middle_initial_of_a_dotted_name() -> None:
    # archive shapes: `罗拉·p·哈夫` (Rolla P. Huff), `乔恩·s·冯·泰茨赫纳`
    got = [f for f in findings(None, "EarthLink 总裁兼首席执行官罗拉·p·哈夫说:“这些变化很重要。”\n") if f.code == "TQA329"]
    assert [(f.target.text, f.suggestion) for f in got] == [("罗拉·p·哈夫", "罗拉·P·哈夫")]
    assert [r.text for r in got[0].repairs] == ["P"]
    assert len(_codes("创始人乔恩·s·冯·泰茨赫纳已经离开。\n", "TQA329")) == 1
    # a capital initial is right; Latin letters alone are no transliterated name
    assert not _codes("他模仿了迈克尔·J·福克斯的马蒂。\n", "TQA329")
    assert not _codes("选项是 a·b·c 三种。\n", "TQA329")
