"""Release 34, names (issue 17), second pass: a name particle (`de`, `van`, `bin` …) inside a run of capitalised words
belongs to the name, so `FW de Klerk` kept in Latin script beside 德克勒克 elsewhere is a name kept, not an English
phrase (WMT22 voa-en.714470, missed in four splits). Short pairs in the shape of real output."""

from tests.helpers import findings

EN = ["# South Africa pays tribute to De Klerk",
      "South Africa on Sunday paid an official tribute to FW de Klerk, the final president of white rule.",
      "De Klerk died on November 11 aged 85 following a battle with cancer.",
      "De Klerk also shared the Nobel Peace Prize with Mandela in 1993.",
      "De Klerk represented the National Party for decades."]


def _tqa310(en: list[str], zh: list[str]) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings("\n\n".join(en), "\n\n".join(zh)) if f.code == "TQA310"]


def test_a_name_with_a_particle_kept_in_latin_beside_its_rendering_is_reported() -> None:
    zh = ["# 南非向德克勒克致敬", "南非周日正式向白人统治的最后一位总统 FW de Klerk 致敬。", "德克勒克于11月11日去世，享年85岁。",
          "德克勒克还于1993年与曼德拉分享了诺贝尔和平奖。", "德克勒克代表国民党数十年。"]
    # the particle is reported with the surname it belongs to: the fix 德克勒克 leaves `FW 德克勒克`, not `FW de 德克勒克`
    assert _tqa310(EN, zh) == ["de Klerk"]


def test_the_particle_written_with_another_case_is_still_the_name() -> None:
    zh = ["# 南非向德克勒克致敬", "南非周日正式向白人统治的最后一位总统Fw de Klerk致敬。", "德克勒克于11月11日去世，享年85岁。",
          "德克勒克还于1993年与曼德拉分享了诺贝尔和平奖。", "德克勒克代表国民党数十年。"]
    assert any("Klerk" in (t or "") for t in _tqa310(EN, zh))


def test_a_name_left_inside_an_english_clause_is_no_name_kept() -> None:
    # the clause is left untranslated (an omission's business), not the name written the other way
    zh = ["# 南非向德克勒克致敬", "南非周日 paid an official tribute to FW de Klerk。", "德克勒克于11月11日去世，享年85岁。",
          "德克勒克还于1993年与曼德拉分享了诺贝尔和平奖。", "德克勒克代表国民党数十年。"]
    assert _tqa310(EN, zh) == []


def test_a_lower_case_word_that_is_no_particle_still_ends_the_run() -> None:
    en = ["# South Africa pays tribute to Klerk", "South Africa on Sunday paid tribute to FW and Klerk, the final presidents.",
          "Klerk died on November 11 aged 85.", "Klerk also shared the Nobel Peace Prize in 1993.", "Klerk represented the party."]
    zh = ["# 南非向克勒克致敬", "南非周日向最后两位总统 FW and Klerk 致敬。", "克勒克于11月11日去世，享年85岁。",
          "克勒克还于1993年分享了诺贝尔和平奖。", "克勒克代表该党。"]
    assert _tqa310(en, zh) == []


def test_with_the_original_the_rendering_is_counted_by_its_places_as_alone() -> None:
    # the 2005 Zuckerberg article: 脸书 seven times in five paragraphs; pair mode said 5 times, the translation alone 7
    en = ["# Zuckerberg on Facebook", "Facebook users now make up 11% of the world's population.",
          "Zuckerberg seems impressed by seeing people using Facebook at college parties.",
          "The Facebook founder said Facebook did not need to be more, and Facebook grew anyway.",
          "Facebook was founded in 2004 in a Harvard dormitory."]
    zh = ["# 扎克伯格谈脸书", "脸书用户现在占世界人口的 11%。", "扎克伯格似乎对看到人们在大学聚会上使用 Facebook 印象深刻。",
          "这位脸书创始人说脸书不一定要更多，而脸书还是发展了。", "脸书于 2004 年在哈佛宿舍创立。"]
    pair = [f.message for f in findings("\n\n".join(en), "\n\n".join(zh)) if f.code == "TQA310"]
    alone = [f.message for f in findings(None, "\n\n".join(zh)) if f.code == "TQA310"]
    assert len(pair) == 1 and "(6 times, first on line 1)" in pair[0]
    assert len(alone) == 1 and "(6 times)" in alone[0]
