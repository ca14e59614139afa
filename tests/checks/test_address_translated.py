"""TQA312 with the original: the word of an address or of a Reddit community translated (`r/Military` → `r/军事`,
`norton.com/pricing` → `norton.com/定价`). The pairs are WMT22 source lines with their Online-A, Online-B and
HuaweiTSC outputs (generaltest2022 lines 239 and 309)."""

from __future__ import annotations


def _findings(en: str, zh: str) -> list[tuple[str, str | None]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA312",))).findings
    return [(f.target.text, f.suggestion) for f in got if f.target is not None]


def test_a_community_name_translated_is_reported() -> None:
    assert _findings("Hey r/Military!\n", "嘿 r/军事！\n") == [("r/军事", "r/Military")]
    assert _findings("Hey r/Military!\n", "嘿r /军事！\n") == [("r /军事", "r/Military")]


def test_an_address_path_translated_is_reported() -> None:
    en = "Subscriptions renew at the renewal price found at norton.com/pricing.\n"
    zh = "订阅续订按norton.com/定价上的续订价格收费。\n"
    assert _findings(en, zh) == [("norton.com/定价", "norton.com/pricing")]


def test_kept_as_written_is_not_reported() -> None:
    assert _findings("Hey r/Military!\n", "嘿，r/Military！\n") == []
    en = "Subscriptions renew at the renewal price found at norton.com/pricing.\n"
    assert _findings(en, "订阅按 norton.com/pricing 上的续订价格续订。\n") == []
    # a unit after a slash the original has no address for
    assert _findings("It drove at 80 km/h on the M4.\n", "它在 M4 上以 80 公里/小时的速度行驶。\n") == []


def test_the_translated_community_is_paired_with_its_own_name() -> None:
    # hostile31: `r/Military` kept and `r/news` translated: the finding is news's, not Military's (which was suggested
    # back over `r/新闻`)
    assert _findings("Users on r/Military and r/news shared the video.\n", "r/Military 和 r/新闻 的用户分享了这段视频。\n") == [
        ("r/新闻", "r/news")]
    # two translated: each its own, by their renderings, whatever their order in the translation
    assert sorted(_findings("Users on r/Military and r/news shared it.\n", "r/新闻 和 r/军事 的用户分享了它。\n")) == [
        ("r/军事", "r/Military"), ("r/新闻", "r/news")]
