"""Issue 15 on the real archive: the bad rewrites `fix` used to make are not made, the good ones are.

Each case is an article of ../shared/corpora/techcrunch-zh, the text `fix` used to rewrite and what
it must (or must not) become. Skipped cleanly without ../shared.
"""

from __future__ import annotations

import pytest
from tests.conftest import SHARED, ZUCK_EN, ZUCK_ZH, need_shared

from transqa.engine import check_paths
from transqa.fix import plan

ZH = SHARED / "corpora/techcrunch-zh"
OLD, NEW = "techcrunch-blog-zh-2005to2007/docs", "techcrunch-blog-zh-2007-2014/docs"

# (article, a spelling of the article, what `fix` used to make of it): each must be left alone
NOT_MADE = [
    (f"{NEW}/14812.md", "特斯拉 Model S", "特斯拉 Models"),
    (f"{NEW}/app-store-rules.md", "iPhone", "Iphone"),
    (f"{OLD}/sorry-no-new-imac-at-wwdc-next-week.md", "iMac", "IMAC"),
    (f"{NEW}/216.md", "Oculus VR", "OculusVR"),
    (f"{OLD}/dazzle-us-again-delicious.md", "del.icio.us", "Del.icio.us"),
    (f"{NEW}/mt-gox-dwolla-account-money-seizure.md", "Mt. Gox", "MtGox"),
    (f"{NEW}/gmail-creator-paul-buchheit-chrome-os-will-perish-or-merge-with-android.md", "Chrome OS", "ChromeOS"),
    (f"{NEW}/kindle-cloud-reader.md", "Cloud Reader", "cloudreader"),
    (f"{OLD}/use-comments-to-track-blog-conversations.md", "co . comments", "Co.mments"),
    (f"{NEW}/mixin-hits-the-deadpool-unless-anyone-wants-to-buy-the-social-calendar-app.md", "mix.in", "Mixin"),
    (f"{OLD}/profile-gmail-drive.md", "GMail Drive", "gmaildrive"),
]
# (article, the garble, its repair): each must be made
MADE = [
    (f"{NEW}/instagram-10-million.md", "insta gram", "Instagram"),
    (f"{NEW}/greylock-andreessen-horowitz-back-cloud-enterprise-performance-analytics-startup-tidemark.md", "Andre essen", "Andreessen"),
]


def _fix(rel: str, source: str | None = None):  # noqa: ANN202
    path = ZH / rel
    need_shared(path)
    return plan(check_paths(source, str(path)))


@pytest.mark.parametrize(("rel", "kept", "bad"), NOT_MADE, ids=[c[2] for c in NOT_MADE])
def test_bad_rewrite_is_not_made(rel: str, kept: str, bad: str) -> None:
    fp = _fix(rel)
    assert kept in fp.original
    assert not any(bad in e.text for e in fp.applied), [e.what for e in fp.applied]
    assert fp.repaired.count(kept) >= fp.original.count(kept)  # no occurrence is rewritten


@pytest.mark.parametrize(("rel", "garble", "good"), MADE, ids=[c[2] for c in MADE])
def test_good_repair_is_made(rel: str, garble: str, good: str) -> None:
    fp = _fix(rel)
    assert garble in fp.original and garble not in fp.repaired
    assert any(e.text == good and fp.original[e.start : e.end] == garble for e in fp.applied)


def test_zuckerberg_placeholder_gets_its_name_back() -> None:
    """`在《T2》之后的《社交网络》`: T2 is the second marked-up span of the source paragraph
    (`post-<em>The Social Network</em>`); with the original, `fix` puts the title back once: the
    《社交网络》 that follows already translates it (`在《The Social Network》之后的《社交网络》` would say it twice)."""
    need_shared(ZUCK_EN, ZUCK_ZH)
    fp = plan(check_paths(str(ZUCK_EN), str(ZUCK_ZH)))
    assert "在《T2》之后" in fp.original
    assert "尤其是在《社交网络》之后。" in fp.repaired and "The Social Network" not in fp.repaired
    assert "(T3)" not in fp.repaired  # debris glued after a title: deleted
    # without the original the lost name is not deleted, and the finding says what was lost is most often a name
    alone = check_paths(None, str(ZUCK_ZH))
    fp2 = plan(alone)
    assert "《T2》" in fp2.repaired
    lost = [f for f in alone.findings if f.code == "TQA303" and f.target and f.target.text == "《T2》"]
    assert lost and "lost something, most often a name" in lost[0].message and not lost[0].certain_repairs
