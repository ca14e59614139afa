"""urls.profile_handle: the one reader of the handle a Twitter or Instagram address spells (TQA315's suggestion for a
handle broken at its underscores, TQA319's for a handle written in Chinese characters)."""

from __future__ import annotations

import pytest

from transqa.urls import profile_handle


@pytest.mark.parametrize(("href", "want"), [
    ("https://twitter.com/oprah", ("twitter", "oprah")),
    ("http://twitter.com/#!/abrams/status/123", ("twitter", "abrams")),
    ("https://web.archive.org/web/20221005163856/http://twitter.com/#!/adamjackson", ("twitter", "adamjackson")),
    ("mobile.twitter.com/@Jon_Morris?lang=en", ("twitter", "Jon_Morris")),
    ("https://m.twitter.com/kayak", ("twitter", "kayak")),  # review of a3e25f79: the old TQA315 pattern read it
    ("https://x.com/elonmusk/status/1", ("twitter", "elonmusk")),
    ("http://instagram.com/parislemon", ("instagram", "parislemon")),
    ("https://www.instagram.com/insta.animal/", ("instagram", "insta.animal")),
])
def test_the_handle_an_account_or_post_address_spells(href: str, want: tuple[str, str]) -> None:
    assert profile_handle(href) == want


@pytest.mark.parametrize("href", [
    "https://twitter.com/search?q=transqa", "https://twitter.com/intent/tweet?text=x", "http://twitter.com/#!/home",
    "https://www.instagram.com/p/Bx1/", "http://instagram.com/about/legal/privacy/",
    "http://www.firebox.com/index.html?dir=firebox", "http://www.xbox.com/en-US/live/", "http://www.spiritflex.com/bbpearl.jpg",
    "https://twitter.com/a_handle_of_sixteen",  # longer than a Twitter handle can be
])
def test_no_handle_for_another_address_or_a_services_own_page(href: str) -> None:
    assert profile_handle(href) is None
