"""Newcomer 27 items fixed on branch r27-fixb: an English sentence with a figure left in the translation (item 3), an
untranslated `slug.zh.md` in an audit (item 13), and the smaller items that follow."""

from __future__ import annotations

from tests.helpers import findings


def test_an_english_sentence_with_a_bounded_figure_is_one_untranslated_passage_and_no_number_finding() -> None:
    # newcomer 27 item 3: two TQA401 halves split at `30,000`, and a false TQA209 whose fix `最多 30,000` is Chinese in English
    en = ("Some dockworkers' unions criticised the technology. The International Transport Workers' Federation said in "
          "March that automation could eliminate up to 30,000 jobs in European ports by 2030.")
    zh = ("一些码头工人工会批评了这项技术。The International Transport Workers' Federation said in March that automation "
          "could eliminate up to 30,000 jobs in European ports by 2030.")
    got = findings(en, zh)
    left = [f for f in got if f.code == "TQA401"]
    assert len(left) == 1, [(f.code, f.message) for f in got]
    assert left[0].target is not None and "up to 30,000 jobs" in left[0].target.text, left[0].target
    assert not [f for f in got if f.category == "number"], [(f.code, f.message) for f in got]


def test_a_figure_changed_outside_english_left_is_still_reported() -> None:
    # the number rules keep a figure of the Chinese beside an English passage
    en = "Sales rose 18% last year. The company said demand was strong in every market it serves."
    zh = "去年销售额增长了 81%。The company said demand was strong in every market it serves."
    got = findings(en, zh)
    assert [f.code for f in got].count("TQA401") == 1 and "TQA201" in [f.code for f in got], [(f.code, f.message) for f in got]
