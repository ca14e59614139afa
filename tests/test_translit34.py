"""Release 34, names (issue 17): the readings the sound scores share. The palatal reading (a k or hard g before an i
sound written with j or q) is weighed with the original too (`keyed_score`), a k after an n and the soft g of dg are
palatal, a th inside a name may be heard as an s, and an accented letter is its base letter. Short pairs in the shape
of real output (archive anki-debuts-at-wwdc…, the-job-board-bubble, hp-ceo-apotheker; WMT-style Chesky)."""

from tests.helpers import findings
from transqa.lang.transliterate import (
    RenderingIndex,
    english_skeleton_th,
    rendering_score,
    sound_key,
    sound_score,
)


def test_the_palatal_reading_is_heard_with_the_original_too() -> None:
    # 切斯基 qie-si-ji: the plain classes hear S S S against Chesky's S S K (0.45); the palatal reading J S J
    assert rendering_score("Chesky", "切斯基") >= 0.9
    assert RenderingIndex(["Chesky", "Lin", "Smith"], 0.7).best("切斯基") == "Chesky"
    assert len(sound_key("切斯基")) == 3


def test_a_k_after_an_n_and_a_soft_g_are_palatal() -> None:
    assert sound_score("Anki", "安奇") >= 0.9  # an-qi
    assert sound_score("Edgeio", "埃齐奥") >= 0.9  # ai-qi-ao
    assert sound_score("King", "金斯") < 0.9  # the ng of King stays no g of its own


def test_a_th_inside_a_name_may_be_an_s_but_not_a_first_one() -> None:
    assert sound_score("Cathie", "凯西") >= 0.9
    assert english_skeleton_th("Thomas") == ""  # a first th stays a t: 托马斯
    assert sound_score("Etho", "伊索") < 0.7  # one class alone (S) would match too many runs
    assert sound_score("Cathie", "凯特") >= 0.9  # the plain reading is kept beside it


def test_an_accented_letter_is_read_as_its_base_letter() -> None:
    assert sound_score("Léo", "莱奥") >= 0.9
    assert sound_score("Léo", "莱奥") == sound_score("Leo", "莱奥")


def _tqa310(en: str | None, zh: str) -> list[tuple[int, str, str | None]]:
    return [(f.target.line, f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]


def test_a_lone_rendering_with_a_palatal_k_after_n_beside_the_latin_name_is_reported() -> None:
    zh = ("# Anki 在 WWDC 上首次亮相，推出人工智能赛车游戏\n\n"
          "Anki 今天在苹果的开发者大会上展示了它的第一款产品，Anki 的创始人在台上演示了这款游戏。\n\n"
          "安奇显然还吸引了不少投资者的注意。\n\n"
          "Anki 表示，这款游戏将于今年秋天上市。\n")
    assert (5, "安奇", "Anki") in _tqa310(None, zh)


def test_a_name_written_one_way_is_not_reported() -> None:
    zh = ("# Anki 在 WWDC 上首次亮相\n\n"
          "Anki 今天展示了它的第一款产品，Anki 的创始人在台上演示了这款游戏。\n\n"
          "奇怪的是，这款游戏将于今年秋天上市。\n")
    assert _tqa310(None, zh) == []
