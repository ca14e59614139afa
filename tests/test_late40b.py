"""Release forty, late helper two: two quadratic spots of the name rules (issue 21), made linear exactly."""

from __future__ import annotations

import random
import re

from tests.helpers import grows_linearly

from transqa.model import Block


def _block(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))


_AFTER_NAME = re.compile(r" ?\+| [A-Z][A-Za-z0-9]+")  # what follows an extended name: `+`, ` +`, a capitalised word


def _extended_beside(text: str, t: str) -> bool:
    """The one-name-at-a-time search `_Extended` replaced (release 12, removed from the package in release 42 when
    nothing else called it), kept here as the reference it must agree with: the name followed by `+`, ` +` or a
    space and a capitalised word, at a place not continuing a longer word; a later place may start inside a
    refused one. (Release 12 searched `re.escape(t)` + _AFTER_NAME as one pattern; each place of the name tried in
    turn with _AFTER_NAME after it finds the same leftmost places without compiling a pattern per name: 11,693 names
    here, the compiling was 4 of the test's 5 CPU s.)"""
    at = text.find(t)
    while at >= 0:
        if _AFTER_NAME.match(text, at + len(t)) and not (at and (text[at - 1].isascii() and text[at - 1].isalnum())):
            return True
        at = text.find(t, at + 1)
    return False


def test_extended_names_of_one_paragraph_are_found_as_one_name_at_a_time() -> None:
    # target_only._Extended indexes the paragraph once per name length; it must answer as the one-name search did
    from transqa.checks.transliteration.target_only import _Extended

    r = random.Random(40)
    for _ in range(400):
        text = "".join(r.choice(["Go", "a", "+", " ", "G", "x", "谷", " D", "1"]) for _ in range(r.randrange(1, 30)))
        b = _block(text)
        ext = _Extended()
        for t in {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 6) + 1)} | {"Go", "a+a"}:
            assert ext(b, t) == _extended_beside(text, t), (text, t)


def test_thousands_of_latin_names_in_one_paragraph_are_weighed_for_extensions_in_linear_time() -> None:
    # 8,000 names in one 120 KB paragraph: one scan of the paragraph per name took 5.7 CPU s (quadratic)
    from transqa.checks.transliteration.target_only import _Extended

    def work(n: int) -> int:
        text = "，".join(f"Q{i:05d}x说 Q{i:05d}x Drive" if i % 7 == 0 else f"Q{i:05d}x说" for i in range(n))
        b = _block(text)
        ext = _Extended()
        return sum(ext(b, f"Q{i:05d}x") for i in range(n))

    assert grows_linearly(work, 4_000) == len(range(0, 16_000, 7))


def _target_only_findings(tmp_path, zh: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from transqa import engine
    from transqa.load import load_target

    (tmp_path / "a.zh.md").write_text(zh + "\n", encoding="utf-8")
    report = engine.check_documents(None, load_target(str(tmp_path / "a.zh.md")))
    return [(f.code, f.target.text if f.target else "") for f in report.findings]


def test_thousands_of_forms_alike_in_writing_are_weighed_in_linear_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # TQA310 `_two_forms`: forms 史密森X斯 (X over thousands of characters) are each close in writing to all the others,
    # and `_NearForms` offered every pair (n² candidates: 2,800 places 9.1 CPU s of the whole check, 700 places 0.5,
    # before; 0.4 and 0.2 after). Keyed by sound too and with decided forms left out, each form meets few.
    def work(n: int) -> list[tuple[str, str]]:
        return _target_only_findings(tmp_path, "# 标题\n\n" + "".join(f"史密森{chr(0x4E00 + i % 5000)}斯和" for i in range(n)))

    found = grows_linearly(work, 700)
    assert sum(code == "TQA310" for code, _ in found) > 500  # the second writings are still each reported


def test_a_second_writing_is_still_found_among_many_forms(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # more than SOUND_KEYED forms, so the sound keys are used: 舒尔茨 three times, 朔尔茨 once (same skeleton) is reported,
    # 史密森 beside 史密斯 (another skeleton: s-m-s-n-s) never weighed as one
    many = "，".join(f"{a}{b}{c}说" for a in "阿巴卡达" for b in "利米尼" for c in "洛莫诺索托沃")
    found = _target_only_findings(tmp_path, f"# 标题\n\n舒尔茨说。舒尔茨来了。舒尔茨走了。朔尔茨说。\n\n{many}。")
    assert ("TQA310", "朔尔茨") in found
