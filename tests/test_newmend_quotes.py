"""Release forty-one, a newcomer's items (task newmend): TQA504 and a stray ASCII `"` after the full stop of a
paragraph whose other ASCII marks pair (MT moved the full stop of `…"red lines."` out and kept the mark)."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _codes(pairs: list[tuple[str, str]], code: str, with_source: bool = True) -> list[tuple[int, str]]:
    """(line, message) of the findings of `code` on a WMT-style document (one segment a line, each Chinese line
    one Markdown paragraph), with or without the original."""
    en = "\n".join(e for e, _ in pairs) + "\n"
    zh = "\n\n".join(z for _, z in pairs) + "\n"
    source = parse_text("d.en.txt", en) if with_source else None
    found = check_documents(source, parse_markdown("d.zh.md", zh)).findings
    return [(f.target.line, f.message) for f in found if f.code == code]


_LEAD = ("“Our priority is to have 100% customer satisfaction.", '"我们的首要任务是拥有100％的客户满意度。')


def test_a_stray_ascii_mark_after_the_full_stop_is_reported_when_the_original_pairs_its_marks() -> None:
    pairs = [
        _LEAD,  # a line left open by the original too: without the original it hides the next one
        ("Kremlin spokesman Dmitry Peskov said there were very serious differences on Moscow's \"red lines.\"",
         '克里姆林宫发言人德米特里佩斯科夫说，俄罗斯和美国在莫斯科的"红线"上存在非常严重的概念分歧。"'),
        ('The only time we saw it was in "Cause and Effect."', '我们唯一一次看到它是在"因果"。"'),
    ]
    found = _codes(pairs, "TQA504")
    assert [line for line, _ in found] == [3, 5]
    assert "never opened" in found[0][1]


def test_without_the_original_the_pair_right_before_the_full_stop_is_needed() -> None:
    pairs = [
        ("He went home.", "他回家了。"),
        ('The only time we saw it was in "Cause and Effect."', '我们唯一一次看到它是在"因果"。"'),
        ('There were "red lines."', '莫斯科的"红线"上存在非常严重的概念分歧。"'),
    ]
    assert [line for line, _ in _codes(pairs, "TQA504", with_source=False)] == [3]


def test_a_quotation_that_the_original_leaves_open_or_balanced_marks_are_not_reported() -> None:
    pairs = [
        ('He said: "We saw "Cause and Effect." It was good.', '他说："我们看了"因果"。这很好。'),
        ('It was "good," he said. "Very good."', '他说，这很"好"。"非常好。"'),
        ('They called it "hype."', '他们称之为"炒作"。'),
    ]
    assert _codes(pairs, "TQA504") == []
