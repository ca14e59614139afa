"""Release 41 (helper nameswmt): with the original, a mixed-case name kept twice as often as the dictionary's Chinese
name for it reports the Chinese minority too (TQA310, `camel_rendering_minority`)."""

from __future__ import annotations

from tests.helpers import findings

# the shape of a WMT22 e-commerce output (ecommerce_en_8): the source spells the name three ways
_EN = ("eBay gives an estimated delivery date which does not include any delay by Royal Mail.\n\n"
       "The easiest way would be to open a returns request via eBbay.\n\n"
       "The easiest way would be to return the item for a refund via Ebay returns.\n")


def _inconsistent(zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(_EN, zh) if f.code == "TQA310"]


def test_the_dictionary_name_written_once_beside_the_latin_name_twice_is_reported() -> None:
    zh = ("eBay 提供了一个估计的交货日期，其中不包括皇家邮政造成的任何延误。\n\n最简单的方法是通过易趣进行退货申请。\n\n"
          "退货退款最简单的方法是通过 eBay 退货。\n")
    assert _inconsistent(zh) == ["易趣"]


def test_the_latin_name_kept_throughout_is_not_reported() -> None:
    zh = ("eBay 提供了一个估计的交货日期，其中不包括皇家邮政造成的任何延误。\n\n最简单的方法是通过 eBay 进行退货申请。\n\n"
          "退货退款最简单的方法是通过 eBay 退货。\n")
    assert _inconsistent(zh) == []
