"""Release 33, names (issue 17): which form TQA310 points a name at. Short pairs in the shape of real output (the
TechCrunch archive's Sejas article; WMT22 en.ndtv.com.58695, `Sam Stafford`)."""

from tests.helpers import findings


def _tqa310(en: str | None, zh: str) -> list[tuple[int, str, str | None]]:
    return [(f.target.line, f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]


STAFFORD_EN = ("Memorial meetings were organised at the residence of Sam Stafford, one of the agitators who died.\n\n"
               "The Krishak Mukti Sangram Samiti paid tributes to the agitators at Sam Stafford's Hatigaon residence.\n\n"
               "All Assam Students' Union chief adviser Samujjal Kumar Bhattacharya said the protests will go on.\n")


def test_a_person_introduced_in_chinese_is_no_slip_in_an_article_that_keeps_names_in_latin() -> None:
    # the article keeps its names in Latin script, but 山姆·斯塔福德 introduces the person first, whole: the later
    # `Sam Stafford` is the odd form (the reader's label), replaced whole; the convention rule made it 山姆·Stafford
    zh = ("纪念会在死亡的煽动者之一山姆·斯塔福德的住所举行。\n\n"
          "Krishak Mukti Sangram Samiti 在Sam Stafford的Hatigaon住所向煽动者致敬。\n\n"
          "All Assam Students' Union首席顾问Samujjal Kumar Bhattacharya说，抗议活动将继续。\n")
    assert _tqa310(STAFFORD_EN, zh) == [(3, "Sam Stafford", "山姆·斯塔福德")]  # 山 is no transliteration character


def test_a_latin_name_after_its_dotted_rendering_is_replaced_whole() -> None:
    # one place each way, the later one reported (`_later_script`): the given name too, not `Sam 斯塔福德`
    en = ("Memorial meetings were organised at the residence of Sam Stafford, one of the agitators who died, and a "
          "playground in Guwahati.\n\nThe farmers' group paid tributes to the agitators at Sam Stafford's residence in Guwahati.\n")
    zh = ("纪念会在已故煽动者之一萨姆·斯塔福德的住所和古瓦哈蒂的一个游乐场举行。\n\n"
          "农民团体在Sam Stafford位于Guwahati的住所向煽动者致敬。\n")
    assert (3, "Sam Stafford", "萨姆·斯塔福德") in _tqa310(en, zh)
