"""Release 49 (names, issue 17): name findings a blind reader judged wrong, their kinds mended."""

from __future__ import annotations

from tests.helpers import findings, name_as_word, needs_lexicon

pytestmark = needs_lexicon

# crunchbase-now-with-maps-advanced-search-jobs-and-milestones.md (archive, shape kept, text shortened): CrunchBase's
# feature Milestones, written once in Latin script, named by its common word 里程碑 in the title, a heading and the
# prose (the slug names it among common nouns: maps, advanced search, jobs and milestones)
MILESTONES_PATH = "techcrunch/docs/crunchbase-now-with-maps-advanced-search-jobs-and-milestones.md"
MILESTONES = ("# CrunchBase:现在有了地图、高级搜索、工作和里程碑\n\n**里程碑**\n\n"
              "里程碑是我们在 CrunchBase 上最新的功能。\n\n"
              "我们创建了一个名为 Milestones 的轻量级数据类型。每个里程碑都有日期和来源。\n\n"
              "以下是 Twitter 最近的一些里程碑事件。\n")


def test_a_feature_named_by_a_plural_noun_is_not_taken_for_a_name_as_word() -> None:
    assert name_as_word(MILESTONES_PATH, MILESTONES) == []


def test_a_singular_name_of_the_slug_still_gets_the_slug_ratio() -> None:
    # the same shape with a one-word product that is no plural (Magpie, 喜鹊, of magpie-the-first-service…): reported
    zh = MILESTONES.replace("里程碑", "喜鹊").replace("Milestones", "Magpie")
    found = name_as_word("techcrunch/docs/magpie-the-first-service-to-offer-in-stream-ads.md", zh)
    assert found and {text for text, _ in found} == {"喜鹊"}


def test_a_plural_name_written_in_latin_as_often_as_its_rendering_is_still_reported() -> None:
    # the ratio of renderings to Latin places still holds for a plural noun: 笔记 once beside Notes twice
    zh = ("# 脸书扼杀了 Notes 中的导入功能\n\n脸书改变了它的笔记设置，并将取消通过 RSS 导入。\n\n"
          "Notes 的用户不多。\n")
    found = name_as_word("techcrunch/docs/facebook-kills-off-import-in-notes.md", zh)
    assert {text for text, _ in found} == {"笔记"}


# updated-yahoo-exec-tracker-114-execs-left-since-january-2007.md (archive, two rows of its table kept): 格瑞格兰特 is
# Greg Grant run together without its `·` (格瑞 + 格兰特, Grant), 格雷戈里 the surname of another executive, Carl Gregory
TRACKER = ("# 雅虎高管追踪\n\n| 姓名 | 职位 |\n| --- | --- |\n| 格瑞格兰特 | 英国市场总监 |\n"
           "| 卡尔·格雷戈里 | 雅虎搜索营销负责人 |\n")


def test_two_names_run_together_are_not_a_second_writing_of_a_surname() -> None:
    assert [f.message for f in findings(None, TRACKER) if f.code == "TQA310"] == []


def test_a_surname_written_two_ways_is_still_reported() -> None:
    # 戴夫·温纳 beside 戴夫·维纳 twice (Dave Winer): one name, one part changed (dotted_variants), still found
    zh = "# 标题\n\n戴夫·维纳创建了 RSS。\n\n戴夫·维纳说这种格式会持续下去。\n\n戴夫·温纳补充说，博客将会繁荣。\n"
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target] == ["温纳"]
