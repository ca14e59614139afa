"""Release 41, helper fixrev: a reviewer's findings on the release's change mended (CC-CEDICT read through its index
only, linear cost of TQA324, TQA216 and TQA217, shared readers)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from tests.helpers import needs_lexicon

_SRC = Path(__file__).resolve().parent.parent / "src" / "transqa"


def test_only_the_lexicon_reads_the_whole_dictionary() -> None:
    # every table derived from CC-CEDICT is read through cedict_index (kept on disk, freed by forget_cedict); a check
    # that walks lexicon.cedict() itself holds the parsed entries (+68 MB) in every worker
    callers = [p.relative_to(_SRC).as_posix() for p in _SRC.rglob("*.py")
               if p.name != "lexicon.py" and re.search(r"\bcedict\(\)", p.read_text(encoding="utf-8"))]
    assert callers == []


@needs_lexicon
def test_short_senses_hold_a_definition_of_one_or_two_words_only() -> None:
    from transqa.lang.backgloss import short_senses

    senses = short_senses()
    assert "station" in senses["站"]
    assert "you" in senses["你"]
    assert "cards" not in senses.get("和", ())  # `to complete a set in mahjong or playing cards`: a long sense


_PESKOV = frozenset({("Dmitry", "Peskov"), ("Vladimir", "Putin"), ("Sergei", "Lavrov")})
_SOUNDS = "德米特里佩斯科夫"  # name characters (a run of them is one name run), drawn in any order
_DRAWS = random.Random(41)


def _titled(run_length: int, pairs: frozenset[tuple[str, str]] = _PESKOV) -> list[tuple[int, int, str, str]]:
    """titled_by_source over 德米特里佩斯科夫 after a title, the run made `run_length` long by transliteration characters
    drawn anew for each call (the sound keys of a run's pieces are remembered: a timing repeated by grows_linearly would
    read them back)."""
    from transqa.checks.undotted import titled_by_source

    tail = "".join(_DRAWS.choice(_SOUNDS) for _ in range(max(0, run_length - 8)))
    return list(titled_by_source("克里姆林宫发言人" + ("德米特里佩斯科夫" + tail)[:run_length] + "说。", pairs))


def test_a_titled_run_is_split_at_a_cost_bound_by_the_longest_names() -> None:
    from tests.helpers import grows_linearly

    # every start and end of the run was weighed against each pair: 400 name characters 0.34 CPU s, 1,600 5.1 s
    assert grows_linearly(_titled, 200)[0][2:] == ("德米特里", "佩斯科夫")
    assert _titled(8) == [(8, 16, "德米特里", "佩斯科夫")]


def test_a_titled_run_is_not_split_beyond_the_bounding_pairs() -> None:
    from transqa.checks.undotted import BOUNDING_PAIRS, titled_by_source

    text = "克里姆林宫发言人德米特里佩斯科夫说。"
    crowd = _PESKOV | {(f"Given{i}", f"Surname{i}") for i in range(BOUNDING_PAIRS)}
    assert list(titled_by_source(text, _PESKOV)) == [(8, 16, "德米特里", "佩斯科夫")]
    # as _name_bounds: beyond BOUNDING_PAIRS nothing, not the 40 pairs first in alphabetical order
    assert list(titled_by_source(text, frozenset(crowd))) == []


def _selfcontra(rule_code: str, unit: str, n: int) -> int:
    """How many findings of the rule (TQA216 or TQA217, the check function alone) the unit written n times gives."""
    from transqa.checks import selfcontra
    from transqa.context import Context
    from transqa.load.markdown import parse_markdown

    ctx = Context(None, parse_markdown("zh.md", unit * n + "\n"), [])
    if rule_code == "TQA217":
        return len(list(selfcontra._totals_as_rates(ctx)))
    return sum(len(list(selfcontra._ad_rates(ctx, b))) for b in ctx.target.blocks)


def test_ad_rates_read_each_sentence_end_once() -> None:
    from tests.helpers import grows_linearly

    # each price per minute read the block from its start for its sentence: 2,000 sentences 0.33 CPU s, 8,000 5.2 s
    assert grows_linearly(lambda n: _selfcontra("TQA216", "广告每分钟 1 美元。", n), 1000) == 1  # once per paragraph (r42)


def test_totals_as_rates_compare_lines_once_per_figure() -> None:
    from tests.helpers import grows_linearly

    # each place of a figure asked every total of it for its line: 2,000 places 0.12 CPU s, 8,000 1.83 s
    grows_linearly(lambda n: _selfcontra("TQA217", "总共有 160 亿张照片，每天有 160 亿张照片，", n), 2000)
    assert _selfcontra("TQA217", "总共有 160 亿张照片。\n\n每天有 160 亿张照片。", 1) == 1


def test_a_count_read_as_money_in_a_list_is_told_in_any_currency_the_article_reads() -> None:
    from tests.helpers import findings

    bare = "".join(f"- 站点{i}({i * 100} 万)\n" for i in range(1, 6))

    def told(zh: str) -> list[str]:
        return [f.target.text for f in findings(None, zh) if f.code == "TQA212" and f.target]

    # the currencies of quantities.chinese.amounts, not five of its own: 卢布 as well as 英镑
    assert told(bare + "- friendster(3100 万卢布)\n") == ["3100 万卢布"]
    assert told(bare + "- friendster(3100 万英镑)\n") == ["3100 万英镑"]
    # a figure of people, or a 元 that starts a word, is no amount: nothing
    assert told(bare + "- friendster(3100 万人)\n") == []
    assert told(bare + "- friendster(2012 元月)\n") == []
