"""Release 28: a Latin name written in plain case heard in a Chinese form by its rendering score (target only, TQA310)."""

from __future__ import annotations

from tests.helpers import findings


def _translit(zh: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(f.target.text if f.target else None, f.suggestion, f.target.line if f.target else None)
            for f in findings(None, zh) if f.code == "TQA310"]


def _call(full_name: str, label: str) -> str:
    """A call transcript: the speaker introduced once by a Chinese full name, then quoted under a Latin label."""
    return (f"# 电话会议记录\n\n我刚刚与环球影业首席执行官{full_name}通了电话。\n\n"
            f"–{label}:我们希望内容无处不在。\n\n–{label}:我们不会谈论价格。\n\n–{label}:用户愿意为此付费。\n")


def test_a_plain_name_is_heard_in_a_rendering_with_a_character_for_each_syllable() -> None:
    # 朱克 renders Zucker (rendering score 1.0) though its sound score is 0.67: the Latin form, four times, is the
    # article's, and the Chinese surname once is the minority (a right finding of the release-28 archive sample)
    got = _translit(_call("杰夫·朱克", "Zucker"))
    assert [(text, line) for text, _s, line in got] == [("朱克", 3)]


def test_a_name_in_mixed_case_keeps_the_stricter_bar() -> None:
    # 斯特格 renders `Sidecar` by the rendering score (1.0), but a name in mixed case is a compound of English words,
    # held to sound alone (0.75): Brooke Steger's surname is no second writing of the company SideCar
    zh = "# 拼车服务受限\n\n市议会今天投票限制优步、Lyft、SideCar 和其他按需交通服务。\n\n优步总经理布鲁克·斯特格在声明中写道：我们会继续服务。\n"
    assert _translit(zh) == []


def test_a_form_that_renders_another_name_is_not_reported() -> None:
    assert _translit(_call("杰夫·贝克", "Zucker")) == []


def test_a_given_name_before_a_dot_is_the_usual_form_of_a_lone_writing() -> None:
    # 布伦丹 (Brendan) three times before a `·`, 布兰登 once alone: the lone form is a second writing of the given name
    zh = ("# 布伦丹·艾希加入顾问团\n\n首席技术官布伦丹·艾希已经加入这家公司。\n\n布伦丹·艾希因其工作而闻名。\n\n"
          "多年后，布兰登成为基金会的负责人。\n")
    got = _translit(zh)
    assert [(text, suggestion) for text, suggestion, _line in got] == [("布兰登", "布伦丹")]


def test_a_lone_form_is_never_taken_for_the_slip_of_a_given_name() -> None:
    # the given name is the rarer form here: two people may share a given name, and it is not reported
    zh = ("# 顾问团\n\n布兰登说，公司将扩大。\n\n布兰登还表示，团队会增加。\n\n布兰登认为前景很好。\n\n"
          "另一位顾问布伦丹·艾希也同意。\n")
    assert [text for text, _s, _l in _translit(zh)] == []


def test_a_common_word_is_not_heard_in_a_surname_by_its_rendering_score() -> None:
    # Radar, a photo service the article names, is a word CC-CEDICT translates (雷达): its shortened skeleton (LT)
    # matches 埃利奥特 (rendering score 0.9), the surname of 凯特·埃利奥特; the judge of release 28 read this as wrong
    zh = ("# 雅虎错过了什么\n\n工程副总裁凯特·埃利奥特说，错过这个机会并不完全是雅虎的错。\n\n"
          "埃利奥特举了一个名为 Radar 的服务为例。我很了解 Radar，我写过这项服务。\n\n埃利奥特说，它从未流行起来。\n\n"
          "埃利奥特认为手机照片分享才刚刚开始。埃利奥特还说，雅虎应该更快。\n")
    assert _translit(zh) == []

