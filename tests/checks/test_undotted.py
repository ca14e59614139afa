"""TQA324: a transliterated full name written without its `·` (the archive's `迈克尔戴尔`)."""

from tests.helpers import findings

from transqa.checks.undotted import undotted


def _undotted(zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == "TQA324" and f.target is not None]


def test_given_name_run_into_a_surname_the_article_writes_alone() -> None:
    zh = "端品牌的各方面攻击，迈克尔戴尔正在考虑分销。\n\n戴尔表示，这不是第一次。\n"
    assert _undotted(zh) == ["迈克尔戴尔"]
    f = next(f for f in findings(None, zh) if f.code == "TQA324")
    assert f.suggestion == "迈克尔·戴尔" and f.category == "name"


def test_a_run_written_next_to_a_dot_is_one_name() -> None:
    assert _undotted("史蒂夫乔布斯说。\n") == ["史蒂夫乔布斯"]
    assert _undotted("史蒂夫乔布斯说。\n\n帕特·史蒂夫乔布斯也说。\n") == []  # the article makes it one name


def test_a_listed_surname_needs_no_other_mention() -> None:
    # 汤普森 is the last part of `·` names of the archive; the article names Thompson only here
    assert _undotted("马修汤普森， CloudFlare 的联合创始人。\n") == ["马修汤普森"]


def test_the_span_ends_at_the_surname_not_at_the_verb_after_it() -> None:
    assert [text[s:e] for text in ["巴拉克奥巴马加入了这个网络。\n"] for s, e, _, _ in undotted(text)] == ["巴拉克奥巴马"]


def test_dotted_names_and_one_word_names_are_left_alone() -> None:
    for zh in (
        "迈克尔·戴尔正在考虑分销。戴尔表示。\n",  # written with its dot
        "他们在拉斯维加斯举行了发布会。\n",  # a dictionary word that begins like a given name (拉斯)
        "加利福尼亚州雷德伍德城的公司。\n",  # a place: Redwood City
        "马丁内斯说，这是第一次。\n",  # no known surname in the run (Martinez is one name)
        "克里斯蒂娜、布拉德利、安德鲁斯和约翰斯顿都说。\n",  # one name each, begun by a given name
    ):
        assert _undotted(zh) == [], zh


def test_an_item_of_a_list_of_people_needs_no_known_surname() -> None:
    # 康拉德 is neither listed nor written alone: the `·` name beside it makes the list one of people
    assert _undotted("像凯文·罗斯、托尼康拉德、杰夫·克拉维尔和其他人。\n") == ["托尼康拉德"]
    assert _undotted("托尼康拉德说，这不是第一次。\n") == []


def test_a_title_before_the_given_name_makes_an_unknown_run_its_surname() -> None:
    # release 40 (issue 19): no table or paragraph knows 塞尔比尼斯 or 布彻; the title says a person's full name follows
    assert _undotted("“这是一个完美的匹配，”Kobo 首席执行官迈克尔塞尔比尼斯评论说。\n") == ["迈克尔塞尔比尼斯"]
    assert _undotted("史蒂夫显然和 TC 作家迈克布彻准备好了。\n") == ["迈克布彻"]
    assert _undotted("史蒂夫显然和迈克布彻准备好了。\n") == []  # no title: no evidence that 布彻 is a surname
    assert _undotted("首席执行官亚历山大表示，这不是第一次。\n") == []  # one given name, a dictionary word


def test_a_paragraph_lists_its_first_few_then_counts_the_rest() -> None:
    """TQA324 is capped per paragraph as TQA218/306/330 are (mend 43 item 11): the first PER_PARAGRAPH one by one."""
    from transqa.context import PER_PARAGRAPH

    zh = "，".join(["迈克尔戴尔说"] * (PER_PARAGRAPH + 3)) + "。\n\n戴尔表示，这不是第一次。\n"
    got = [f for f in findings(None, zh) if f.code == "TQA324"]
    assert len(got) == PER_PARAGRAPH + 1
    assert got[-1].message.startswith("3 more names run together without the `·` in this paragraph")
