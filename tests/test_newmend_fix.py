"""Release forty-one, a newcomer's item 6 (task newmend): `fix` deletes a stray token glued after a rendered word
only, never one glued after another placeholder (`…地图和 T2(T3)地图`)."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _stray(zh: str, en: str | None = None) -> list[tuple[str, bool]]:
    """(place's text, whether its repair is certain) of each TQA303 finding that carries a repair (`en`: the original)."""
    found = check_documents(None if en is None else parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh)).findings
    return [(f.target.text, bool(f.certain_repairs)) for f in found if f.code == "TQA303" and f.repairs]


def test_a_token_after_another_placeholder_is_not_deleted_for_certain() -> None:
    zh = "然后自动链接到谷歌(Google)的(T1)地图和 T2(T3)地图，甚至可以在 iPhoto 内部进行浏览。\n"
    assert _stray(zh) == [("(T3)", False)]


def test_a_token_after_a_rendered_word_is_still_debris() -> None:
    zh = "然后自动链接到谷歌(Google)的地图和谷歌地球(T3)地图，甚至可以在 iPhoto 内部进行浏览。\n\n在《社交网络》(T3)之后，他又拍了一部电影。\n"
    en = ("It then links automatically to Google's maps and Google Earth maps, even browsable inside iPhoto.\n\n"
          "After The Social Network, he made another film.\n")
    assert _stray(zh, en) == [("(T3)", True), ("(T3)", True)]
    # without the original nothing shows that no name was lost there: the deletion is a suggestion (newcomer 43 #2)
    assert _stray(zh) == [("(T3)", False), ("(T3)", False)]
