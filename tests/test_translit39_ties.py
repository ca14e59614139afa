"""Release 39, names (issue 17): a tie of Latin and Chinese paragraphs (two each way at least) goes to the Chinese form
for a person the source names as one (an honorific or a title before the name, a verb of saying after it), even where
the article keeps other names in Latin script; a tie for a name the source does not show as a person's stays
unreported. A rendering that sounds only roughly like the name, glossed with it in brackets, renders it: the Latin form
after it is the slip. Short pairs in the shape of real output (WMT22 standard.co.uk.46814, parstoday-en.7759)."""

from tests.helpers import findings


def _tqa310(en: str, zh: str) -> list[tuple[int, str]]:
    return [(f.target.line, f.target.text) for f in findings(en, zh) if f.code == "TQA310" and f.target]


_ZH = ("{L}承诺再向阿富汗提供7500万英镑的援助\n\n"
       "{L}宣布，英国将向阿富汗提供7500万英镑的援助。\n\n"
       "{C}这笔资金将拯救生命，此前周六在利物浦举行了会谈。\n\n"
       "执行董事大卫·比斯利表示，这笔捐款将有所帮助。\n\n"
       "马丁·格里菲斯说，情况一周比一周糟糕。\n\n"
       "拉斐尔·马歇尔在Operation Pitting期间为FCDO工作。\n\n"
       "他还声称鲍里斯·约翰逊要求从Paul Farthing经营的避难所撤离动物。\n\n"
       "官员说，资金不会经过Taliban，而是通过WFP送往Kabul。\n\n"
       "周日，在利物浦博物馆，{C}将与外长们进行讨论。\n")
_EN_TAIL = ("David Beasley, the executive director, said the donation would help.\n"
            "Martin Griffiths said it was getting more dire by the week.\n"
            "Raphael Marshall worked for the FCDO during Operation Pitting.\n"
            "He also claimed Boris Johnson requested capacity to evacuate animals from the shelter run by Paul Farthing.\n"
            "Officials said no money would go through the Taliban but through the WFP to Kabul.\n")


def test_a_persons_tie_goes_to_the_chinese_form_where_most_other_names_are_rendered() -> None:
    en = ("Liz Truss pledges another £75m in aid to Afghanistan\n"
          "A further £75 million in aid is to be given to Afghanistan by the UK, Liz Truss has announced.\n"
          "Ms Truss said the funds would save lives, after talks in Liverpool on Saturday.\n"
          + _EN_TAIL + "At the Museum of Liverpool on Sunday, Ms Truss will have discussions with foreign ministers.\n")
    found = _tqa310(en, _ZH.format(L="Liz Truss", C="特拉斯女士"))
    assert (1, "Truss") in found and (3, "Truss") in found


def test_a_tie_of_a_name_not_shown_as_a_person_is_not_reported() -> None:
    en = ("Gorton pledges another £75m in aid to Afghanistan\n"
          "A further £75 million in aid is to be given to Afghanistan by the UK, the council of Gorton has announced.\n"
          "Funds raised in Gorton would save lives, after talks in Liverpool on Saturday.\n"
          + _EN_TAIL + "At the Museum of Liverpool on Sunday, the envoys of Gorton will have discussions with foreign ministers.\n")
    found = _tqa310(en, _ZH.format(L="Gorton", C="戈顿"))
    assert not [f for f in found if f[1] == "Gorton"]


_MOKHBER_EN = ("Iran's First Vice President Mohammad Mokhber said on Wednesday that the country is fully prepared to roll out "
               "booster vaccinations.\n"
               "\"Today there is neither concern nor any shortage in the supply of vaccine,\" Mokhber added.\n")


def test_a_rough_rendering_glossed_with_the_name_makes_the_later_latin_form_the_slip() -> None:
    zh = ("伊朗第一副总统穆罕默德·莫赫贝尔（Mohammad Mokhber）周三表示，该国已做好充分准备推出加强疫苗接种。\n\n"
          "“今天，疫苗供应既不担心也不短缺，”Mokhber补充说。\n")
    assert (3, "Mokhber") in _tqa310(_MOKHBER_EN, zh)


def test_a_rough_rendering_without_a_gloss_and_the_latin_form_after_it_are_one_name_two_ways() -> None:
    # release 39 left this unreported (a rough rendering might name someone else); release 48 (names) reads it as one
    # name written two ways, TQA310's one place each way: the labelled wmt-mt rows say so (heldout6, Mokhber after
    # 莫赫贝尔: a missed name-inconsistent label) and the three other systems' findings were read right
    # (benchmarks/real/judged/wmt-name-misses-48.tsv); WMT22 references A and B gave no finding more
    zh = ("伊朗第一副总统穆罕默德·莫赫贝尔周三表示，该国已做好充分准备推出加强疫苗接种。\n\n"
          "“今天，疫苗供应既不担心也不短缺，”Mokhber补充说。\n")
    assert (3, "Mokhber") in _tqa310(_MOKHBER_EN, zh)


def test_a_persons_tie_stays_where_the_article_keeps_most_other_names_in_latin() -> None:
    en = ("POSTECH announced that a team led by Professor Lee Jung-wook of Chemical Engineering developed a test for Omicron.\n"
          "According to Professor Lee, Omicron has a strong signal for N genes in PCR tests.\n"
          "The team worked with Seegene and Yonsei on the kits.\n"
          "\"I hope this technology will help us return to normal life,\" said Professor Lee.\n"
          "Professor Lee said the technology would be close to commercialization next year.\n")
    zh = ("POSTECH宣布，由化学工程系的Lee Jung-wook教授领导的团队开发了Omicron检测技术。\n\n"
          "根据Lee教授的说法，Omicron在PCR测试中对N基因具有很强的信号。\n\n"
          "该团队与Seegene和Yonsei合作开发了试剂盒。\n\n"
          "“我希望这项技术能帮助我们恢复正常生活，”李教授说。\n\n"
          "李教授说，这项技术明年将接近商业化。\n")
    assert not [f for f in _tqa310(en, zh) if f[1] == "Lee"]
