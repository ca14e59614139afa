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
