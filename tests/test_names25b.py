"""Release twenty-five (NAMES25B): a name rendered by sound inside a paragraph that keeps it in Latin script (TQA310).

heldout14 (WMT21 reference A with injections): doc-203 `Aubameyang 控球，……奥巴梅扬离金靴奖仅一球之隔，…… Aubameyang
本可`, the article keeping `Aubameyang` in three paragraphs; doc-444 `特朗普宣布……Trump 称自己`, `Trump` kept in five.
The other checks never heard a paragraph that keeps the name: its Latin form says the name is there."""

from __future__ import annotations

from tests.helpers import findings, passes

EN = ("Watford relegated from Premier League as Aubameyang fires Arsenal win.\n\n"
      "Pierre-Emerick Aubameyang dispatched the spot kick unfussily.\n\n"
      "Aubameyang then converted a masterful overhead kick that left him one goal short of the golden boot, an award "
      "he would have shared with Jamie Vardy if Ben Foster had not blocked one last chance near the end.\n")
ZH = ("Aubameyang 助力阿森纳送沃特福德英超降级\n\n"
      "Pierre-Emerick Aubameyang 主罚点球命中。\n\n"
      "Aubameyang 随后倒勾将球打入，此时，奥巴梅扬离金靴奖仅一球之隔，若非 Ben Foster 在比赛快结束时拦截了最后一球，"
      "他本可跟 Jamie Vardy 同享金靴殊荣。\n")


def _translit(en: str, zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]


def test_a_rendering_beside_the_latin_form_the_article_keeps_is_reported() -> None:
    assert _translit(EN, ZH) == [("奥巴梅扬", "Aubameyang")]


def test_a_rendering_glossed_with_the_name_is_the_translation_s_choice() -> None:
    for glossed in ("奥巴梅扬（Aubameyang）离金靴奖", "奥巴梅扬（阿森纳前锋）离金靴奖"):
        passes("TQA310", EN, ZH.replace("奥巴梅扬离金靴奖", glossed))


def test_a_name_the_article_renders_elsewhere_is_left_to_the_mixed_weighing() -> None:
    # rendered in a paragraph of its own too: the article writes it both ways, not this check's to call
    zh = ZH.replace("Pierre-Emerick Aubameyang 主罚点球命中", "奥巴梅扬主罚点球命中")
    assert ("奥巴梅扬", "Aubameyang") not in _translit(EN, zh) or len(_translit(EN, zh)) == 1
    assert all("in this paragraph and elsewhere" not in f.message for f in findings(EN, zh) if f.code == "TQA310")


def test_kept_in_one_paragraph_only_a_rendering_after_the_latin_form_is_reported() -> None:
    en = ("Kansas City mayor Quinton Lucas questioned the motives of Trump.\n\n"
          "Trump announced he was deploying agents to Chicago, as Trump continues to position himself as a law and "
          "order president.\n")
    before = "堪萨斯城市长 Quinton Lucas 质疑了总统的动机。\n\n特朗普宣布向芝加哥派遣联邦执法人员，Trump 称自己为代表法律与秩序的总统。\n"
    passes("TQA310", en, before)  # the Latin form in one paragraph alone, after the rendering: which is odd is unsaid
    after = "堪萨斯城市长 Quinton Lucas 质疑了总统的动机。\n\nTrump 宣布向芝加哥派遣联邦执法人员，特朗普称自己为代表法律与秩序的总统。\n"
    assert _translit(en, after) == [("特朗普", "Trump")]
