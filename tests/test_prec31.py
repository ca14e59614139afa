"""Release 31, precision on the archive: legitimate renderings the rules took for defects."""

from __future__ import annotations

from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _codes_at(path: str, zh: str, code: str) -> list[str | None]:
    """The target texts of one rule's findings on a translation checked alone under its file name."""
    return [f.target.text if f.target else None for f in check_documents(None, parse_markdown(path, zh)).findings
            if f.code == code]


def test_two_characters_cut_out_of_a_dictionary_word_are_no_rendering_of_a_slug_name() -> None:
    # archive heldout4, ooyala-brings-free-live-coverage-of-the-australian-open…: 利亚 of 澳大利亚 (Australia) was taken
    # for `Ooyala` of the file name, written 9 times in Latin script (4 false TQA310); 金海 of 黄金海岸 (Gold Coast) so for Zynga
    path = "ooyala-brings-free-live-coverage-of-the-australian-open-to-the-web.md"
    zh = ("# Ooyala 将澳大利亚网球公开赛的免费现场报道带到了网络上\n\n"
          "Ooyala 与澳大利亚网球协会合作。根据 Ooyala 团队的说法，澳大利亚网球协会选择了 Ooyala。\n")
    assert _codes_at(path, zh, "TQA310") == []
    # the same two characters standing alone are still the name written the other way
    zh2 = ("# Ooyala 将网球公开赛的免费现场报道带到了网络上\n\n"
           "Ooyala 与网球协会合作。根据 Ooyala 团队的说法，网球协会选择了 Ooyala。利亚还说它会继续。\n")
    assert _codes_at(path, zh2, "TQA310") == ["利亚"]


def _translit(zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(None, zh) if f.code == "TQA310"]


def test_a_given_name_in_one_script_and_a_surname_in_the_other_are_two_people() -> None:
    # archive heldout4, profile-vertical-leap-conference lines 41, 54, 100: `Shailesh Rao` beside 戴夫·希尔斯 and 大卫·希尔斯
    zh = ("# 垂直飞跃大会\n\nLookSmart 首席执行官戴夫·希尔斯\n\nShailesh Rao，谷歌\n\n"
          "[杰夫·克拉维尔在大卫·希尔斯的主题演讲上](https://example.com/a)\n")
    assert _translit(zh) == []
    # archive heldout2, updated-yahoo-exec-tracker…: `Chris Bolte` in a table beside 布拉德·拉姆齐 and 布拉德利·霍洛维茨
    zh2 = ("# 雅虎高管追踪\n\n| 。 | 布拉德利·霍洛维茨 | 雅虎副总裁 |\n| 。 | 布拉德·拉姆齐 | 营销副总裁 |\n"
           "| . | Chris Bolte | Vice President of Strategic Alliances |\n")
    assert _translit(zh2) == []
    # a surname in both scripts is still one name written two ways
    zh3 = ("# Mozilla 领导层变动\n\n首席执行官加里·科瓦奇将离职。\n\nKovacs 说，Mozilla 很好。\n\n"
           "加里·科瓦奇加入了一家新公司。\n\n科瓦奇还说，他很高兴。\n")
    assert _translit(zh3) == ["Kovacs"]
