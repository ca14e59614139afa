"""Release 39, a newcomer's findings (brief r39/newmend): one defect, one finding, with advice that agrees."""

from __future__ import annotations

from tests.helpers import findings

# Shaped on a WMT22 e-commerce page: an ingredient blend's brand, translated word by word twice and kept once
_AQUA_EN = ("Formulated with a natural ingredient blend of Red Algae, Brown Algae and Aqua Minerals with Vitamin C.\n\n"
            "Aqua Minerals keeps skin hydrated and supple.\n\n"
            "A hydrating day and night cream that leaves thirsty skin soft.\n\n"
            "Formulated with a natural ingredient blend of Red Algae, Brown Algae and Aqua Minerals with Vitamin C.")
_AQUA_ZH = ("配方采用天然红藻、褐藻和水族矿物质与维生素C混合。\n\n"
            "Aqua Minerals可保持皮肤保湿和柔韧。\n\n"
            "一种日夜保湿霜，让口渴的皮肤变得柔软。\n\n"
            "配方采用天然红藻、褐藻和水族矿物质与维生素C混合。")


def test_a_brand_kept_once_and_translated_word_by_word_is_never_advised_in_its_literal_form() -> None:
    got = [f for f in findings(_AQUA_EN, _AQUA_ZH) if f.code in ("TQA310", "TQA312")]
    literal = [f.target.text for f in got if f.code == "TQA312" and f.target]
    assert literal == ["水族矿物质", "水族矿物质"]
    assert all("水族矿物质" not in (f.suggestion or "") for f in got), [(f.code, f.suggestion) for f in got]
    kept = [f for f in got if f.code == "TQA310"]
    assert [f.target.text for f in kept if f.target] == ["Aqua Minerals"]
    assert "word by word" in kept[0].message and "keep Aqua Minerals in Latin script" in (kept[0].suggestion or "")
