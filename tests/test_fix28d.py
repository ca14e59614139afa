"""Release twenty-eight, brief FIX28D (newcomer 28, items 15-17): what the Zuckerberg pair and a rule's documented
example showed."""

from __future__ import annotations

import re

import pytest
from tests.helpers import findings

pytest.importorskip("transqa.lang.lexicon")


def _needs_dictionary() -> None:
    from transqa.lang.lexicon import lexicon

    if lexicon() is None:
        pytest.skip("needs the CC-CEDICT lexicon")


# Each site TQA319's documentation names, with an anchor that translates its name word by word as the archive does
# (creepy-crawly-remote-controlled-tarantulas: 齿轮日志; vodafone-to-buy-verizon: 寻找阿尔法). `asymptomatic.net`
# with `[无症状]` was documented but never fired: the installed CC-CEDICT has no entry glossed `asymptomatic`.
_SITE_EXAMPLES = {
    "gearlog.com": "齿轮日志",
    "seekingalpha.com": "通过寻找阿尔法",
}


def test_every_documented_site_of_tqa319_is_reported() -> None:
    _needs_dictionary()
    from transqa.checks.linknames import LINK_NAME_AS_WORDS

    what = LINK_NAME_AS_WORDS.doc.split("Why it matters")[0]
    documented = set(re.findall(r"`([a-z0-9-]+\.(?:com|net|org))`", what))
    assert documented == set(_SITE_EXAMPLES)
    for site, anchor in _SITE_EXAMPLES.items():
        zh = f"# 标题\n\n据报道，这家公司正在扩张。\n\n请参见[{anchor}](http://{site}/2007/11/29/2135/page)。\n"
        assert [f.code for f in findings(None, zh) if f.code == "TQA319"] == ["TQA319"], site


# The Zuckerberg 2011 page (techcrunch-en/goose3/test_techcrunch1.html): its body opens with WordPress's lead image
# (`<div class="post-first-image"><img class="attachment-image wp-post-image">`) and holds a YouTube player in a
# paragraph of its own (`<p><object>…<embed src="http://www.youtube.com/v/…">`); the translation has neither, and both
# were dropped by the extraction (a class read as furniture; an embed read as nothing), so TQA104 could not see them.
_PAGE = """<html><head><title>Five years on</title></head><body><h1>Five years on</h1>
<div class="body-copy">
<div class="post-first-image"><img width="288" height="288" src="http://example.com/files/screen-shot-1.png?w=288"
 class="attachment-image wp-post-image" alt="Screen Shot"></div>
<p>The Huffington Post has found a fascinating five-minute interview of the founder at his office in June 2005.</p>
<p><object width="640" height="505"><param name="movie" value="http://www.youtube.com/v/--APdD6vejI?version=3"></param>
<embed src="http://www.youtube.com/v/--APdD6vejI?version=3" type="application/x-shockwave-flash"></embed></object></p>
<p>But at the time the site had only reached 800 schools, and the founder seemed pleased with that.</p>
</div></body></html>
"""
_ZH = "# 五年之后\n\n《赫芬顿邮报》发现了 2005 年 6 月对这位创始人的五分钟采访。\n\n{kept}但当时该网站只覆盖了 800 所学校，创始人似乎对此很满意。\n"


def _page_findings(kept: str) -> list[str]:
    from transqa.engine import check_documents
    from transqa.load.html import parse_html
    from transqa.load.markdown import parse_markdown

    result = check_documents(parse_html("en.html", _PAGE), parse_markdown("zh.md", _ZH.format(kept=kept)))
    return [f.message for f in result.findings if f.code == "TQA104"]


def test_a_lead_image_and_a_player_in_the_body_are_blocks_of_the_article() -> None:
    from transqa.load.html import parse_html

    media = [im.src for b in parse_html("en.html", _PAGE).blocks if b.kind == "image" for im in b.images]
    assert media == ["http://example.com/files/screen-shot-1.png?w=288", "http://www.youtube.com/v/--APdD6vejI?version=3"]


def test_a_dropped_lead_image_and_a_dropped_player_are_reported() -> None:
    messages = _page_findings("")
    assert len(messages) == 2
    assert "image http://example.com/files/screen-shot-1.png" in messages[0]
    assert messages[1].startswith("embedded media http://www.youtube.com/v/--APdD6vejI")


def test_a_player_kept_as_a_link_or_a_spaced_shortcode_is_not_reported() -> None:
    link = "[https://www.youtube.com/embed/--APdD6vejI?version=3](https://www.youtube.com/embed/--APdD6vejI?version=3)\n\n"
    shortcode = "【YouTube = http://www . YouTube . com/watch？v = --apdd 6 vejI】\n\n"
    for kept in (link, shortcode):
        assert [m for m in _page_findings(kept) if "youtube" in m] == []
