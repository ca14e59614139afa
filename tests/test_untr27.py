"""Release twenty-seven, brief UNTR27: English words of the original kept in the Chinese (issues 18 and 19)."""

from __future__ import annotations

from tests.helpers import findings


def _untranslated(en: str, zh: str) -> list[str]:
    return [f.message for f in findings(en, zh) if f.code == "TQA401"]


# ------------------------------------------------------------- a word no dictionary knows, after a determiner
def test_a_common_noun_the_english_writes_after_a_determiner_is_reported() -> None:
    # heldout19/20 (four systems): `their scrum` kept as `他们的scrum`
    got = _untranslated("But their scrum was offering a foothold in the game.", "但是他们的scrum在比赛中提供了一个立足点。")
    assert got == ["“scrum” of the original is left in English"], got


def test_a_lower_case_name_without_a_determiner_stays_silent() -> None:
    # a name written in lower case follows no determiner (`use gitlab`), or the English capitalises it elsewhere
    assert _untranslated("You can use gitlab to host it.", "你可以用 gitlab 来托管它。") == []
    assert _untranslated("The scrumly app and Scrumly itself.", "这个scrumly应用程序和它本身。") == []


def test_a_three_letter_word_after_a_determiner_stays_silent() -> None:
    # three letters are an abbreviation or a unit as often (`my apt`, `the erg`): left out, as measured
    assert _untranslated("I rushed to get into my apt to avoid him.", "我急忙进入我的 apt 避开他。") == []


# ------------------------------------------------------------- words CC-CEDICT's definitions write
def test_words_the_dictionary_definitions_write_count_as_common_words() -> None:
    # heldout17: `a good deal` kept as `一笔 good deal。`; heldout15: `eel and shiitake broth` kept as `shiitake汤`
    assert _untranslated("It seemed like it would have been a good deal if not for that.",
                         "如果不是这样的话，这似乎会是一笔 good deal。") == ["“good deal” of the original is left in English"]
    assert _untranslated("Intensely flavoured eel and shiitake broth have been my standouts.",
                         "风味鳗鱼、shiitake汤是我最满意的。") == ["“shiitake” of the original is left in English"]


def test_loan_words_and_names_stay_silent() -> None:
    assert _untranslated("Open the app for more.", "打开该 app 了解更多。") == []
    assert _untranslated("He bought the iphone yesterday.", "他昨天买了 iphone 。") == []


def test_an_unknown_word_no_english_word_ends_like_stays_silent() -> None:
    # dev/heldout12/heldout13: a transcript's garbled token (`into the delebl` → `推到 delebl 中`); heldout14: an
    # Arabic word a reference keeps (`the shuhadaa`): no English word ends in `-ebl` or `-daa`
    assert _untranslated("Now we will push the template into the delebl.", "现在我们将把模板推到 delebl 中。") == []
    assert _untranslated("In paradise alongside the shuhadaa and virtuous.", "在天堂，与 shuhadaa 和贤者们一同。") == []
