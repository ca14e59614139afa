"""Release 46: TQA317's names of the slug and a link's address (no Latin writing standing alone in the prose) are not
reported where the rendering is the common noun naming a kind, and are suggested as the prose writes them as a domain
(accel-puts-over-30m-in-digital-marketing-platform-for-the-auto-industry-dealer-com.md, archive: 经销商, car dealers,
beside the company Dealer.com)."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon

pytestmark = needs_lexicon

DEALER_PATH = "techcrunch/docs/accel-puts-over-30m-in-digital-marketing-platform-for-the-auto-industry-dealer-com.md"
LINK = "[Dealer.com 的](http://www.dealer.com/)"


def test_a_rendering_after_a_noun_of_its_own_or_in_a_list_of_kinds_is_the_common_noun() -> None:
    zh = (f"# Accel 投资 Dealer.com\n\nAccel 对 {LINK}进行了投资，这是一家为汽车经销商提供营销方案的公司。\n\n"
          "该公司与独立经销商、特许经销商、广告公司等合作。\n")
    assert name_as_word(DEALER_PATH, zh) == []


def test_the_name_alone_is_still_reported_and_suggested_as_the_prose_writes_its_domain() -> None:
    zh = f"# Accel 投资 Dealer.com\n\nAccel 对 {LINK}进行了投资。\n\n随着网上购车的转变，经销商已经看到了成功。\n"
    assert name_as_word(DEALER_PATH, zh) == [("经销商", "Dealer.com")]


def test_the_bare_name_is_suggested_where_the_domain_ending_follows() -> None:
    # channeling-turntable-fm-….md (archive): `转盘. fm`, the service Turntable.fm with its word translated
    path = "techcrunch/docs/channeling-turntable-fm-shortform-shows-off-live-vj-video-parties.md"
    zh = ("# 引导 Turntable.fm\n\n[Turntable.fm](http://turntable.fm/) 现在这么火。随着转盘越来越受欢迎，平台渴望灵感。\n\n"
          "这几乎是转盘. fm 视频的直接模拟。\n")
    assert name_as_word(path, zh) == [("转盘", "Turntable.fm"), ("转盘", "Turntable")]
