"""Release 44, helper late1: a first mention glossed with a whole name that holds lower-case particles
(`扎尤迪（Thani bin Ahmed Al Zeyoudi）`, WMT22 rt.com.18637) is the translation's chosen form, and the later bare Latin
forms are the slips, as the rule's text says; the message of a Latin name weighed against its dictionary name counts
the text as the reader sees it."""

from tests.helpers import findings

from transqa.checks.transliteration.common import GlossPattern

_EN = ("This Arab state plans to boost trade with Russia\n\n"
       "The United Arab Emirates plans to increase its trade with Russia to $20 billion in the next five years, the "
       "country's Foreign Trade Minister Thani bin Ahmed Al Zeyoudi has announced.\n\n"
       "\"We are working with the Russian side to increase trade turnover,\" Al Zeyoudi told RIA news agency on Saturday "
       "during a plenary session of the forum in the UAE.\n\n"
       "According to the official, \"relations between Abu Dhabi and Moscow are strategic.\"\n\n"
       "\"If we are talking about the number of Russian companies in the UAE, it has reached almost 4,000,\" Al Zeyoudi "
       "stated.\n")
_ZH = ("这个阿拉伯国家计划促进与俄罗斯的贸易\n\n"
       "阿联酋外贸部长塔尼·本·艾哈迈德·扎尤迪（Thani bin Ahmed Al Zeyoudi）宣布，阿联酋计划在未来五年将与俄罗斯的贸易额提高到200亿美元。\n\n"
       "周六，在阿联酋举行的论坛全体会议上，Al Zeyoudi告诉RIA通讯社：“我们正在与俄罗斯方面合作，提高贸易额。”\n\n"
       "据这位官员称，“阿布扎比和莫斯科之间的关系是战略性的。”\n\n"
       "“如果我们谈论的是俄罗斯公司在阿联酋的数量，它已经达到了近4,000家，”Al Zeyoudi表示。\n")


def _tqa310(en: str, zh: str) -> list[tuple[int, str, str | None]]:
    return [(f.target.line, f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]


def test_a_gloss_with_name_particles_glosses_the_rendering() -> None:
    assert GlossPattern("扎尤迪", "Zeyoudi").glossed("扎尤迪（Thani bin Ahmed Al Zeyoudi）宣布")
    assert GlossPattern("扎尤迪", "Zeyoudi").pattern.search("扎尤迪（Thani bin Ahmed Al Zeyoudi）宣布")
    # a lower-case word that is no particle of a name still ends the gloss (`扎尤迪（said Zeyoudi）` glosses nothing)
    assert not GlossPattern("扎尤迪", "Zeyoudi").glossed("扎尤迪（said Zeyoudi）")


def test_the_glossed_first_mention_is_not_reported_the_bare_latin_forms_are() -> None:
    found = _tqa310(_EN, _ZH)
    assert not [f for f in found if f[0] == 3 and "扎尤迪" in f[1]]  # the gloss, the rule's accepted first mention (was reported at 3:18)
    # the Latin forms after it, their particle `Al` with them: 扎尤迪, not 艾哈迈德·扎尤迪 (Ahmed is a given name)
    assert (5, "Al Zeyoudi", "扎尤迪") in found and (9, "Al Zeyoudi", "扎尤迪") in found


# item 2: the title written again as the first heading is weighed once, but the message counts what the reader sees
_HASHTAG = ("# 脸书推出话题标签\n\n> 原文：<https://techcrunch.com/2013/06/12/facebook-hashtag/>\n\n"
            "# 脸书推出话题标签\n\n"
            "之前没有什么阻止你在脸书内容中包含标签。为了说明脸书对话的规模，该公司指出，许多脸书帖子是公开的。\n\n"
            "Facebook 表示，更多的功能将在未来几周内推出。\n")


def test_the_message_counts_a_repeated_title_as_the_reader_sees_it() -> None:
    # 脸书 five times (the title's twice), weighed as four; the three body places beside a transliteration character
    # (在脸书内容, 说明脸书对话, 许多脸书帖子) are not counted as standing alone: the message said 4 (archive
    # facebook-hashtag: 13 written, the message said 12)
    got = [(f.target.text, f.message) for f in findings(None, _HASHTAG) if f.code == "TQA310" and f.target]
    assert got == [("Facebook", "“Facebook” is written “脸书” elsewhere in this article (5 times)")]
