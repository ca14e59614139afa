"""Release 39, a newcomer's and a reviewer's leftovers of release 38 (mend)."""

from __future__ import annotations

from tests.helpers import findings


def _changed(en: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.source.text if f.source else None, f.target.text if f.target else None) for f in findings(en, zh) if f.code == "TQA201"]


def test_two_wrong_multipliers_in_one_paragraph_are_each_reported() -> None:
    """Two multiples left on each side were not compared (one with one only): each is compared at its place."""
    got = _changed("Analysts say subscribers will double next year, and prices will be twice as high.",
                   "分析师称，明年订户将增加三倍，价格将高出三倍。")
    assert got == [("double", "增加三倍"), ("twice", "高出三倍")]


def test_two_multipliers_rendered_right_in_one_paragraph_pass() -> None:
    assert _changed("Analysts say subscribers will double next year, and prices will be twice as high.",
                    "分析师称，明年订户将翻一番，价格将是现在的两倍。") == []


def test_crossed_multipliers_are_each_reported_at_their_place() -> None:
    """`twice as high … a 3-fold rise` → `的三倍 … 增长了30%`: twice → 三倍 and 3-fold → 30%, not twice → 30%."""
    got = _changed("Sales were twice as high as a year ago, after a 3-fold rise in users.", "销售额是一年前的三倍，此前用户增长了30%。")
    assert got == [("twice", "的三倍"), ("3-fold", "30%")]


def test_a_multiple_kept_beside_a_changed_rise_stays_paired_by_value() -> None:
    """The matched multiple says what its source says (both a level): the pairing by value stands."""
    got = _changed("Sales were three times as high as a year ago, after users grew twice as large.", "销售额是一年前的三倍，此前用户增长了30%。")
    assert ("three times", "的三倍") not in got


def test_fix_says_what_it_did_to_the_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`fix --write` and `fix -o` with nothing to repair said only "0 repairs" (or "wrote the repaired translation"):
    they say the file is left as it was, or that the copy is unchanged; with a repair, what was fixed."""
    from tests.helpers import run_cli

    clean = tmp_path / "clean.zh.md"
    clean.write_text("# 标题\n\n正文没有问题。\n", encoding="utf-8")
    _, _, err = run_cli(capsys, "fix", "--write", str(clean))
    assert "left as it was" in err and "no diff written" not in err and not (tmp_path / "clean.zh.md.orig").exists()
    _, _, err = run_cli(capsys, "fix", str(clean), "-o", str(tmp_path / "copy.zh.md"))
    assert "wrote an unchanged copy of the translation (nothing to repair) to" in err
    broken = tmp_path / "f.zh.md"
    broken.write_text("# 标题\n\n正文 mail . ru 和 Mail.ru 与 Mail.ru\n", encoding="utf-8")
    _, _, err = run_cli(capsys, "fix", "--write", str(broken))
    assert "fixed TQA" in err and "left as it was" not in err and "nothing to repair" not in err
    assert "mail . ru" not in broken.read_text(encoding="utf-8")


def test_a_short_page_prints_what_it_checks_whole_when_the_page_stays_short() -> None:
    """`transqa rule TQA010` cut `What it checks` inside a sentence (`render two or more …`), TQA212 after its first case."""
    from transqa.registry import rules
    from transqa.report.rulesdoc import SHORT_PAGE_WORDS, rule_text

    for code in ("TQA010", "TQA212"):
        text = rule_text(rules()[code])
        what = " ".join(rules()[code].doc.split("\n\n")[0].split())
        assert " ".join(text.split()).count(what[len("What it checks: "):]) == 1 and len(text.split()) <= SHORT_PAGE_WORDS


def test_a_time_said_twice_is_advised_to_be_said_once_where_it_renders_the_english() -> None:
    """TQA009's advice for a time said again told to translate what the repetition replaced, where nothing was."""
    got = [f.suggestion for f in findings("On Sunday, hopes of a deal all but vanished.", "周日，达成协议的希望在周日几近破灭。") if f.code == "TQA009"]
    assert got and got[0].startswith("say 周日 once, where it renders “Sunday”") and "drop the other copy" in got[0]


def test_phrase_repeated_reads_well_and_its_examples_fire() -> None:
    import re

    from transqa.registry import rules

    r = rules()["TQA009"]
    assert "time" in r.summary and "sel T F" not in r.doc
    example = " ".join(r.doc.split("Example:")[1].split("Fix:")[0].split())
    pairs = re.findall(r"EN `([^`]+)`, ZH `([^`]+)`", example)
    assert len(pairs) == 2
    for en, zh in pairs:
        assert "TQA009" in [f.code for f in findings(en, zh)], en


def _two_forms(en: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == "TQA310"]


def test_a_name_rendered_two_ways_in_one_paragraph_is_reported() -> None:
    """`戴夫·维纳 … 戴夫·温纳` for `Dave Winer … Winer` in one paragraph was missed (two characters each)."""
    got = _two_forms("Dave Winer, who created RSS, said the format would last. Winer added that blogs would thrive.",
                     "创建RSS的戴夫·维纳说，这种格式将会持续下去。戴夫·温纳补充说，博客将会繁荣。")
    assert got == [("温纳", "维纳")]


def test_two_people_of_one_paragraph_are_not_one_name_rendered_two_ways() -> None:
    assert _two_forms("Dave Winer met Bob Weiner. Winer said Weiner was right.", "戴夫·维纳会见了鲍勃·韦纳。维纳说韦纳是对的。") == []
    assert _two_forms("Dave Winer, who created RSS, said the format would last.",  # named once: one rendering each
                      "创建RSS的戴夫·维纳说，温纳这种格式将会持续下去。") == []


def test_a_sentence_run_in_from_the_next_paragraph_is_marked_at_its_own_place() -> None:
    """TQA010 (`_check_neighbour_run_in`) marked the first copy of the run-in sentence (str.find), which may stand at
    the end of an earlier sentence, not the paragraph's last sentence."""
    from transqa.align.paragraphs import align
    from transqa.checks.coverage import _check_neighbour_run_in
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    with pair_scope():
        s = parse_markdown("a.en.md", "Officials said the plan was approved.\n\nThey will meet again next month.\n")
        t = parse_markdown("a.zh.md", "官员们说计划获批后他们下个月将再次开会。该计划已获批准。他们下个月将再次开会。\n\n他们下个月将再次开会。\n")
        got = list(_check_neighbour_run_in(Context(s, t, align(s, t)), s.blocks[0], t.blocks[0]))
    assert len(got) == 1 and got[0].target is not None
    assert got[0].target.offset == t.blocks[0].text.rindex("他们下个月将再次开会。")


def test_a_time_stamp_with_its_zone_glued_opens_no_run_on() -> None:
    """`下午 2:21PDT 我们已经…` is a dated update's head, as `下午 2:21 PDT 我们已经…` is (TQA507)."""
    assert [f.code for f in findings(None, "更新：下午 2:21PDT 我们已经联系了公司，等待回复。\n") if f.code == "TQA507"] == []
    assert [f.code for f in findings(None, "更新：我们看了 iPhone4 我们已经联系了公司。\n") if f.code == "TQA507"] == ["TQA507"]


def test_twice_a_possessive_is_a_multiple_not_how_often() -> None:
    """`twice last year's` was read as how often (两次): a multiple of last year's figure."""
    got = _changed("Revenue was twice last year's, after a 3-fold rise in users.", "收入是去年的三倍，此前用户增长了30%。")
    assert got == [("twice", "的三倍"), ("3-fold", "30%")]
    assert _changed("She visited twice this week and twice last year.", "她本周去了三次，去年去了两次。") == [("twice", "三次")]
