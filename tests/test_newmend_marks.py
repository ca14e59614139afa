"""Release 42 (brief r42/newmend), item 4: TQA510 reads a full stop after a bracket whose aside already ends in `。`
(archive awwwwwwwwwwwwwwwwww: `…“Awwing”。).然后`), and TQA108 an anchor that ends on a possessive `的`."""

from __future__ import annotations

from tests.helpers import findings


def _doubled(zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(None, zh) if f.code == "TQA510"]


def test_a_full_stop_after_an_aside_that_ends_its_own_sentence() -> None:
    zh = "# 视频\n\n(她整晚都在那里一直在不停地“Awwing”。).然后你可以定制。\n\n这些消息会发给任何 Twitter 用户的消息。）。这些消息会在网上。\n"
    assert _doubled(zh) == ["。).", "。）。"]


def test_an_asides_question_then_the_sentence_full_stop_stays() -> None:
    zh = "# 问答\n\n他和 Johan 在一起(还记得他吗？)。好的客户服务。\n\n这是省略号(等等。)...然后。\n"
    assert _doubled(zh) == []


def _cut(zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(None, zh) if f.code == "TQA108"]


def test_an_anchor_of_a_name_and_its_possessive_de_before_the_noun() -> None:
    zh = ("# 女友\n\n她也是 Instagram 联合创始人[迈克·克里格的](https://example.com/mike-krieger)两年半的女友。\n\n"
          "这是 [Dropbox 的](https://www.dropbox.com/)新一轮大规模融资。\n")
    assert [t for t, _s in _cut(zh)] == ["迈克·克里格的", "Dropbox 的"]
    assert all("move “的” out of the link" in (s or "") for _t, s in _cut(zh))


def test_a_possessive_de_before_a_function_word_or_an_adjective_anchor_stays() -> None:
    zh = ("# 上市\n\n高盛看好 [Square 的](https://squareup.com/)和 Dropbox 的前景。\n\n"
          "这是[泽·弗兰克风格的](https://zefrank.com/)视频，还有[最好的](https://example.com/)版本。\n")
    assert _cut(zh) == []
