"""Release 38's hostile inputs: the new code of this release fed long paragraphs, long runs of one script, thousands
of names, figures and repeats in one paragraph (each test failed before its fix; the fixed code's author is named in
the test)."""

from __future__ import annotations

from tests.helpers import grows_linearly


def test_a_long_latin_run_is_no_subword_search_per_letter() -> None:
    # hostile38 #1 (r38-addsub's coverage._SUBWORD_MARKER, 36140b19): `[A-Za-z0-9]*@@` was tried at every letter of a
    # Latin run with no `@@`, each try reading the run to its end: a 40,000-letter run took 1.2 CPU s, 96 KB 8 s of a
    # paired check. A run is now tried from its first letter only.
    from transqa.checks.coverage import _SUBWORD_MARKER

    assert grows_linearly(lambda n: _SUBWORD_MARKER.search("你好" + "a" * n), 10_000) is None
    m = _SUBWORD_MARKER.search("运动水平。FOLFO@@ 其他")
    assert m is not None and m.group(0) == "FOLFO@@"
    m = _SUBWORD_MARKER.search("abc de@@f@@g 中")
    assert m is not None and m.group(0) == "de@@f@@g"
