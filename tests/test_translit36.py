"""Release 36, names (issue 17): a name kept in Latin script beside its Chinese rendering, with the original. A
sentence's first word is no word of a whole name (`With Norton Security Deluxe, …`), an honorific is no word that
makes `Ms Truss` another name than `Liz Truss`, a tie of two Latin and two Chinese paragraphs goes to the Chinese form
in an article that writes every other name in Chinese (release 39: for a person too, tests/test_translit39_ties.py),
and a rendering glossed with the name before every Latin form makes the later Latin forms the slips. Short pairs in the
shape of real output (WMT22 ecommerce_en_43, standard.co.uk.46814, abcnews.53861)."""

from tests.helpers import findings


def _tqa310(en: str, zh: str) -> list[tuple[int, str]]:
    return [(f.target.line, f.target.text) for f in findings(en, zh) if f.code == "TQA310" and f.target]


_NORTON_EN = ("Norton has won the Editors' Choice Award 34 times, more than any other security company.\n"
              "Only Norton can make this promise to you.\n"
              "If your PC gets a virus our Norton experts cannot remove, we'll give you a refund.\n"
              "With Norton Security Deluxe, you can secure your device quickly and easily.\n"
              "Norton Security Deluxe provides a simple view of the protection status of your device.\n")


def test_a_product_kept_in_latin_after_a_sentence_opening_word_is_weighed_against_its_rendering() -> None:
    zh = ("诺顿获得了编辑选择奖34次，超过了其他任何一家安全公司。\n\n"
          "只有诺顿才能做出这样的承诺。\n\n"
          "如果您的电脑感染了我们的诺顿专家无法删除的病毒，我们将退款。\n\n"
          "借助Norton Security Deluxe，您可以快速轻松地保护您的设备。\n\n"
          "诺顿安全豪华版提供了一个简单的视图，介绍设备的保护状态。\n")
    assert (7, "Norton") in _tqa310(_NORTON_EN, zh)


def test_a_product_kept_in_latin_wherever_the_source_names_it_is_not_reported() -> None:
    zh = ("诺顿获得了编辑选择奖34次，超过了其他任何一家安全公司。\n\n"
          "只有诺顿才能做出这样的承诺。\n\n"
          "如果您的电脑感染了我们的诺顿专家无法删除的病毒，我们将退款。\n\n"
          "借助Norton Security Deluxe，您可以快速轻松地保护您的设备。\n\n"
          "Norton Security Deluxe提供了一个简单的视图，介绍设备的保护状态。\n")
    assert (7, "Norton") not in _tqa310(_NORTON_EN, zh)


_TRUSS_EN = ("Liz Truss pledges another £75m in aid to Afghanistan\n"
             "A further £75 million in aid is to be given to Afghanistan by the UK, Liz Truss has announced.\n"
             "Ms Truss said the funds would save lives, after talks in Liverpool on Saturday.\n"
             "David Beasley, the executive director, said the donation would help.\n"
             "Martin Griffiths said it was getting more dire by the week.\n"
             "He also claimed Boris Johnson requested capacity to evacuate animals.\n"
             "At the Museum of Liverpool on Sunday, Ms Truss will have discussions with foreign ministers.\n")


def test_a_tie_goes_to_the_chinese_form_in_an_article_of_chinese_names() -> None:
    zh = ("Liz Truss承诺再向阿富汗提供7500万英镑的援助\n\n"
          "Liz Truss宣布，英国将向阿富汗提供7500万英镑的援助。\n\n"
          "特拉斯女士说，这笔资金将拯救生命，此前周六在利物浦举行了会谈。\n\n"
          "执行董事大卫·比斯利表示，这笔捐款将有所帮助。\n\n"
          "马丁·格里菲斯说，情况一周比一周糟糕。\n\n"
          "他还声称鲍里斯·约翰逊要求提供运力疏散动物。\n\n"
          "周日，在利物浦博物馆，特拉斯女士将与外长们进行讨论。\n")
    found = _tqa310(_TRUSS_EN, zh)
    assert (1, "Truss") in found and (3, "Truss") in found


_DEBERRY_EN = ("Six men were found safe at the resort on Sunday, officials said.\n"
               "The resort's president and CEO, Frank DeBerry, said all six men had uphill travel passes.\n"
               "\"People were excited,\" DeBerry said.\n"
               "The gondola will stay closed for the season.\n"
               "\"They had gone into the woods but ended up back in the area,\" DeBerry said.\n")


def test_latin_forms_after_a_glossed_rendering_are_the_slips() -> None:
    zh = ("官员说，周日在度假村发现六名男子安然无恙。\n\n"
          "该度假村总裁兼首席执行官弗兰克·德贝里（Frank DeBerry）表示，所有六名男子都持有上坡通行证。\n\n"
          "“人们很兴奋，”DeBerry说。\n\n"
          "缆车本季将保持关闭。\n\n"
          "“他们进入了森林，但最终回到了这个区域，”DeBerry说。\n")
    found = _tqa310(_DEBERRY_EN, zh)
    assert (5, "DeBerry") in found and (9, "DeBerry") in found


def test_a_name_glossed_once_and_kept_in_latin_throughout_is_not_reported() -> None:
    en = _DEBERRY_EN + "DeBerry said the passes were valid.\nDeBerry added that the men were fine.\n"
    zh = ("官员说，周日在度假村发现六名男子安然无恙。\n\n"
          "该度假村总裁兼首席执行官弗兰克·德贝里（Frank DeBerry）表示，所有六名男子都持有上坡通行证。\n\n"
          "“人们很兴奋，”DeBerry说。\n\n"
          "缆车本季将保持关闭。\n\n"
          "“他们进入了森林，但最终回到了这个区域，”DeBerry说。\n\n"
          "DeBerry说，这些通行证是有效的。\n\n"
          "DeBerry补充说，这些人都很好。\n")
    assert not [f for f in _tqa310(en, zh) if f[1] == "DeBerry"]
