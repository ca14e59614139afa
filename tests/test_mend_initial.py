"""TQA329 quotes the dotted name whose middle initial it capitalises, bounded by the dotted run and by the article's
other writings of the name, not by transliteration characters only (release 41, mend item 2: `卫·e·斯` was quoted
for `大卫·e·斯通`, `…斯坦格尔的戴尔` for `斯坦格尔`). The repair is unchanged: the initial, capitalised."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _initials(zh: str) -> list[tuple[str, str | None, list[str]]]:
    return [(f.target.text, f.suggestion, [r.text for r in f.repairs]) for f in findings(None, zh)
            if f.code == "TQA329" and f.target is not None]


@pytest.mark.parametrize(
    ("zh", "name"),
    [
        # archive shapes: a part of one name character takes the sound character that ends the Han run or makes a
        # dictionary word with it (大卫, David; 何塞 before `[`; 欧宝 before `(`)
        ("（顺便提一下，这位名叫大卫·e·斯通的研究员称 Wiimote 是一项重要发明。）\n", "大卫·e·斯通"),
        ("约翰·r·欧宝(John r. Opel)曾是公司的总裁。\n", "约翰·r·欧宝"),
        ("作者有乔、[何塞·m·费尔南德斯](https://example.com/jm)。\n", "何塞·m·费尔南德斯"),
        # a possessive ends the outer part: Stangl's Dell laptop, Forrester's Charles S. Golvin
        ("据称是从特别探员克里斯托弗·k·斯坦格尔的戴尔笔记本电脑中窃取的。\n", "克里斯托弗·k·斯坦格尔"),
        ("正如弗雷斯特的查尔斯·s·戈尔文和托马斯说过的那样。\n", "查尔斯·s·戈尔文"),
        # a one-character part that is the name's own stays so (Edwin M. Lee)
        ("旧金山市长埃德温·m·李曾说过这件事。\n", "埃德温·m·李"),
        # the article writes the surname whole elsewhere as a part of a dotted name
        ("研究员大卫·e·斯通发现了它。大卫·斯通，一位工程师，这样说。\n", "大卫·e·斯通"),
    ],
)
def test_the_quoted_name_is_the_whole_dotted_name(zh: str, name: str) -> None:
    got = _initials(zh)
    initial = name.split("·")[1]
    assert got == [(name, name.replace(f"·{initial}·", f"·{initial.upper()}·"), [initial.upper()])]
