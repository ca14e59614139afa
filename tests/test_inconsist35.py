"""Release 35, names written two ways without the original (issue 17): a Latin name that a headline or one product
line runs into another word is still the article's one name (`_mostly_alone`), and a name written in capitals that
reads as a word (`NASCAR`, `MASON` of a transcript) is weighed against its rendering. Shapes of archive articles
(flock-ditching-firefox…, rims-first-qnx…, brad-keslowski-makes-nascar-history…, groupon-mason-charlie-rose)."""

from tests.helpers import findings


def _tqa310(zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target is not None]


FLOCK = (
    "# Flock 抛弃 Firefox，转向谷歌\n\n"
    "Flock 浏览器的下一个版本将建立在谷歌平台上。Flock Beta 于 2005 年推出。\n\n"
    "过去，Flock 曾表示，它只需要几千万用户。至于弗洛克为什么要离开，消息人士没有说。\n\n"
    "Flock 尚未回复对此事的置评请求。\n\n"
    "我们即将发布的 Flock 新版本构建在新平台上。\n"
)


def test_a_name_run_into_another_word_once_is_still_one_name() -> None:
    assert _tqa310(FLOCK) == ["弗洛克"]


def test_an_even_split_keeps_the_strict_reading() -> None:
    # three places in each script, one Latin place running into another word: no usual form to point to
    zh = ("# Greplin iPhone 应用程序\n\n就在一年前，我第一次写了关于格雷普林的文章。Greplin 是一个搜索框。\n\n"
          "格雷普林似乎知道我想要什么。但 Greplin 显然是这样的。\n\n格雷普林已经从红杉资本获得投资。\n")
    assert "格雷普林" not in _tqa310(zh)


NASCAR = (
    "# 凯斯洛夫斯基创造了纳斯卡的历史\n\n"
    "纳斯卡车手布拉德周日赢得了比赛。\n\n"
    "他说，纳斯卡的车迷喜欢这种比赛。\n\n"
    "纳斯卡还没有回应。NASCAR 的赛季下周结束。\n\n"
    "纳斯卡的官员表示满意。\n"
)


def test_a_name_in_capitals_is_weighed_against_its_rendering() -> None:
    assert _tqa310(NASCAR) == ["NASCAR"]


def test_a_heading_in_capitals_and_a_short_acronym_are_not() -> None:
    heading = NASCAR.replace("NASCAR 的赛季下周结束。", "") + "\n### NASCAR 的赛季\n"
    assert "NASCAR" not in _tqa310(heading)
    short = NASCAR.replace("纳斯卡", "纳萨").replace("NASCAR", "NASA")  # four capitals: an acronym as often as a word
    assert "NASA" not in _tqa310(short)


# archive practice-fusion-ipad, google-buys-measuremap: a name kept in Latin script, once translated word by word
FUSION = (
    "# Practice Fusion 推出 iPad 应用\n\n"
    "电子病历公司 Practice Fusion 今天发布了新的应用。\n\n"
    "医生们说，实践融合的产品很好用。\n\n"
    "该公司表示，Practice Fusion 的用户已经超过十万。\n"
)


def test_a_name_kept_in_latin_and_translated_word_by_word_once() -> None:
    # one finding on the span: TQA316 (a name translated as words, by the article's Latin spelling) reads it too, and
    # linknames.one_per_span keeps TQA316's where both report it
    fs = [f for f in findings(None, FUSION) if f.code in ("TQA310", "TQA316")]
    assert [(f.target.text, f.suggestion) for f in fs if f.target] == [("实践融合", "Practice Fusion")]


def test_a_name_glossed_or_kept_once_or_a_sentence_start_is_not() -> None:
    glossed = FUSION.replace("实践融合的产品", "实践融合(Practice Fusion)的产品")
    assert "实践融合" not in _tqa310(glossed)
    once = FUSION.replace("该公司表示，Practice Fusion 的用户", "该公司表示，它的用户")
    assert "实践融合" not in _tqa310(once)  # kept once: not yet the article's name
    start = FUSION.replace("电子病历公司 Practice Fusion 今天", "Practice Fusion 今天").replace("该公司表示，Practice", "Practice")
    assert "实践融合" not in _tqa310(start)  # capitals that open a sentence may be the sentence's
