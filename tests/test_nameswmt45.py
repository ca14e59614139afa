"""Release 45 (nameswmt, issue 17): with the original, a rendering by sound that another name of the same English
paragraph owns is not the rendering of the name kept in Latin script (萨姆 is `Sam` of `Sam Stafford`, not `Samiti`
of `Krishak Mukti Sangram Samiti`: heldout6 LanguageX en.ndtv.com.58695). The sentences are written for these tests
after that document's shape."""

from tests.helpers import findings


def _tqa310(en: str | None, zh: str) -> list[tuple[str, str]]:
    return [(f.target.text, f.message) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]


GROUP_EN = ("Meetings were held at the residence of Sam Stafford, one of the agitators who died.\n\n"
            "The Krishak Mukti Sangram Samiti (KMSS) paid tributes to the agitators at Sam Stafford's residence.\n\n"
            "Akhil Gogoi, who led the Krishak Mukti Sangram Samiti during the agitation, spoke at the meeting.\n")
GROUP_ZH = ("会议在去世的煽动者之一萨姆·斯塔福德的住所举行。\n\n"
            "Krishak Mukti Sangram Samiti (KMSS)在萨姆·斯塔福德的住所向煽动者致敬。\n\n"
            "骚乱期间领导Krishak Mukti Sangram Samiti的Akhil Gogoi在会上发言。\n")


def test_a_rendering_of_another_name_of_the_paragraph_is_not_the_latin_names() -> None:
    assert not [m for _t, m in _tqa310(GROUP_EN, GROUP_ZH) if m.startswith("Samiti")]


def test_a_rendering_that_hears_only_the_name_kept_in_latin_is_still_reported() -> None:
    en = ("Ardern said the borders would stay closed.\n\nArdern spoke on Monday.\n\n"
          "Ardern thanked the nurses.\n\nLater, Ardern met the press.\n")
    zh = ("阿德恩说边境将保持关闭。\n\nArdern周一发表了讲话。\n\nArdern感谢了护士们。\n\n随后，Ardern会见了记者。\n")
    assert [t for t, m in _tqa310(en, zh) if m.startswith("Ardern is rendered")] == ["阿德恩"]
