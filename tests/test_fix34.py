"""Release 32, a newcomer's reading of real text (names): a common phrase taken for a name (东南约), a Latin word
of a title weighed as a name's counterpart, a message without a repair, a lower-case piece of a CamelCase name."""

from __future__ import annotations

from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _target_only(path: str, zh: str, code: str = "TQA310") -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == code]


def test_a_common_word_and_a_character_is_no_writing_of_a_name() -> None:
    # WMT22 Online-Y line 88: `位于西雅图东南约85英里`, 东南 (southeast) + 约 (about), beside 东南亚 elsewhere
    zh = ("他在东南亚有三家工厂，东南亚市场很重要。\n\n东南亚的客户也来了。\n\n"
          "雪崩发生在上午10点50分左右，位于西雅图东南约85英里（137公里）的水晶山银盆地区。\n")
    assert _target_only("zh/avalanche.md", zh) == []
    en = ("He has three factories in Southeast Asia, an important market.\n\nSoutheast Asian customers came too.\n\n"
          "The avalanche was reported about 10:50 a.m. at Crystal Mountain, about 85 miles (137 kilometers) "
          "southeast of Seattle.\n")
    assert [f for f in findings(en, zh) if f.code == "TQA310"] == []


def test_a_name_whose_characters_make_a_common_word_by_chance_is_still_weighed() -> None:
    # archive heldout2 carol-bartz-talkes-with-michael-arrington…, ZH 75: 布雷 (to lay mines) + 克, beside 布莱克
    zh = ("马:新的血液是布莱克·埃文。他现在在雅虎管理产品吗？\n\n马:有产品沙皇吗？那是布莱克吗？\n\n"
          "马:为什么是布雷克？他是佩珀代因大学的教授。\n")
    assert _target_only("zh/carol-bartz.md", zh) == [("布雷克", "布莱克")]


def test_a_common_word_of_a_title_is_no_counterpart_of_another_word_of_the_name() -> None:
    # archive scottevest-evolution-jacket-they-just-keep-getting-better, ZH 11: 斯科特 is Scott of ScottEVest, not Jacket
    zh = ("# ScottEVest Evolution Jacket:它们越来越好\n\n# ScottEVest Evolution Jacket:他们正在变得越来越好\n\n"
          "它有所有相同的口袋，但斯科特的团队让你更容易布线和隐藏你的设备。\n")
    assert _target_only("zh/scottevest-evolution-jacket.md", zh) == []


def test_a_finding_without_a_repair_says_why() -> None:
    # archive diapers-com-on-its-way-to-selling-half-a-billion-diapers-…, ZH 7:39: 马克·洛尔 once, `Lore` twice
    zh = ("“今年我们将售出 5 亿片尿布，”Diapers.com 的首席执行官马克·洛尔告诉我。\n\n"
          "Lore 和他的联合创始人 Vinit Bharara 不断将他们筹集的资金投入到营销中。\n\n"
          "“我们想通过消费品建立关系，”Lore 解释说。\n")
    got = [f for f in check_documents(None, parse_markdown("zh/diapers-com.md", zh)).findings if f.code == "TQA310"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("洛尔", None)]
    assert "no repair offered" in got[0].message and "half in Latin script" in got[0].message


def test_a_lower_case_piece_of_a_camel_case_name_is_the_name_cut() -> None:
    # archive cvent-buys-crowdcompass, ZH 15:223: `将允许 compass 在…` where the article writes CrowdCompass whole
    zh = ("# Cvent 以 1000 万美元收购了 CrowdCompass\n\n"
          "CrowdCompass 已经筹集了大约 130 万美元的资金。\n\n"
          "反过来，访问 Cvent 在 90 多个国家的客户的名册将允许 compass 在比其他情况下更大的规模上运行。\n")
    got = check_documents(None, parse_markdown("zh/cvent-buys-crowdcompass.md", zh)).findings
    assert [(f.code, f.target.text if f.target else None, f.suggestion) for f in got
            if f.code in ("TQA311", "TQA401")] == [("TQA311", "compass", "CrowdCompass")]


def test_a_name_kept_beside_the_words_its_rendering_covers_is_marked_whole() -> None:
    # WMT22 Online-Y line 168: `Black ⟦Desert⟧ Prestige Edition` → 黑沙漠 would give `Black 黑沙漠 Prestige Edition`
    en = ("Dive into an immersive story encased in Black Desert's expansive world that's just waiting to be explored.\n\n"
          "Black Desert Prestige Edition is a living-world MMORPG with $140 worth of bonus content.\n\n"
          "Crafting - Enjoy all aspects of crafting in Black Desert from tools, weapons, armor, jewelry, boats, and more.\n\n"
          "Just about everything can be crafted in the world of Black Desert.\n\n"
          "With professions like gathering, cooking and sailing, you can choose to play Black Desert Online the way you "
          "want to.\n")
    zh = ("潜入一个沉浸在黑沙漠广阔世界中的沉浸式故事，等待探索。\n\n"
          "Black Desert Prestige Edition 是一款生活世界的 MMORPG，有价值 140 美元的奖励内容。\n\n"
          "手工制作-在黑沙漠中享受手工制作的各个方面，包括工具、武器、盔甲、珠宝、船只等。\n\n"
          "在黑沙漠世界中，几乎所有东西都可以制作。\n\n"
          "拥有聚会、烹饪和帆船等职业，你可以选择按照自己想要的方式玩《黑沙漠在线》。\n")
    got = [(f.target.text if f.target else None, f.source.text if f.source else None, f.suggestion)
           for f in findings(en, zh) if f.code == "TQA310"]
    assert got == [("Black Desert", "Black Desert", "黑沙漠")]


def test_a_half_translated_sporting_event_is_put_right_in_chinese() -> None:
    # WMT22 Online-Y lines 573-575: `Gabba测试` for the Gabba Test was given the repair `Gabba Test` (English put back)
    en = ("Risks of power failure inherent in the Gabba's broadcast compound set-up are unlikely to be improved before "
          "the next Ashes series, as cricket authorities await more details.\n\n"
          "Primary and backup generators powering the global broadcast of the Gabba Test went down for about 25 minutes "
          "on day four.\n")
    zh = ("在下一届《灰烬》系列赛之前，Gabba广播大院设置固有的停电风险不太可能得到改善，因为板球当局正在等待更多细节。\n\n"
          "为Gabba测试的全球广播供电的主发电机和备用发电机在第四天停机了大约25分钟。\n")
    got = [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == "TQA312"]
    assert got == [("Gabba测试", "Gabba 测试赛")]
