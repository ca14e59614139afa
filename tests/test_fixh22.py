"""HOSTILE22's growth bugs and small misreadings: each test bounds the work (counts the calls), not the time."""

from __future__ import annotations

import pytest
from tests.helpers import findings

import transqa.checks.placeholders as placeholders
import transqa.checks.transliteration.target_only as target_only
from transqa.model import Block
from transqa.quantities import english_quantities
from transqa.quantities.core import matches
from transqa.quantities.renders import RestIndex

_PEOPLE = [("Udi", "Manber", "乌迪·曼伯"), ("Peter", "Kovacs", "彼得·科瓦奇"), ("John", "Lopez", "约翰·洛佩兹"),
           ("Anna", "Sanders", "安娜·桑德斯"), ("Mark", "Turner", "马克·特纳"), ("Tom", "Fisher", "汤姆·菲舍尔")]


def test_a_latin_full_name_is_tried_only_against_dot_names_its_surname_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    real = target_only._as_full_name

    def spy(given: str, surname: str, raw: str) -> str | None:
        calls.append((surname, raw))
        return real(given, surname, raw)

    monkeypatch.setattr(target_only, "_as_full_name", spy)
    zh = "# 名字\n\n" + "\n\n".join(f"{g} {s}表示，公司正在增长。后来{g} {s}说，{z}同意。" for g, s, z in _PEOPLE) + "\n"
    found = findings(None, zh)
    assert len(calls) == len(_PEOPLE)  # six surnames of six onsets: one `·` name each, not all six (36 before)
    assert any("乌迪·曼伯" in f.message and "Udi Manber" in f.message for f in found)


def test_chat_tags_are_looked_up_by_label_not_compared_with_every_other() -> None:
    tags = [f"#{a}{b}{c}#" for a in "ABCDEFGH" for b in "KLMN" for c in "KRST"]  # 128 labels, all of value 0 (a fourth end in K: no `4K`)
    qs = english_quantities(" ".join(f"{t} said ok." for t in tags))
    assert [q.kind for q in qs] == ["label"] * len(tags)
    index = RestIndex(qs)
    assert all(len(list(index.near(q))) == 1 for q in qs)  # itself only, not all 128 (16,384 `matches` tests before)
    year, glued = english_quantities("in 2018")[0], english_quantities("the Tapa2018 phone")[0]  # Tapa 2018 → Tapa2018
    both = RestIndex([*qs, glued])
    assert list(both.near(year)) == [len(tags)]  # a label is still found by its value for a year
    assert matches(year, glued)


def test_bare_tags_are_sought_in_one_reading_of_the_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = placeholders._TargetTags.__init__

    def spy(self: placeholders._TargetTags, targets: list[Block]) -> None:
        made.append(len(targets))
        real(self, targets)

    monkeypatch.setattr(placeholders._TargetTags, "__init__", spy)
    n = 300
    en = "# Title\n\n" + " ".join(f"[PERSON{i}] said yes." for i in range(n)) + "\n"
    zh = "# 标题\n\n" + "".join(f"PERSON{i}说是的。" for i in range(n)) + "(PERSON0)好。\n"
    bare = [f for f in findings(en, zh) if "lost its brackets" in f.message]
    assert len(bare) == n - 1  # PERSON0 stands in brackets once: not bare
    assert len(made) <= 2  # one reading per aligned pair (title, body), not one search per tag (300)


def test_a_han_tag_after_a_latin_tag_is_found_by_bisection() -> None:
    spans = [(0, 5), (9, 12), (20, 30)]
    assert [i for i in range(32) if placeholders._inside(spans, i)] == [*range(5), *range(9, 12), *range(20, 30)]
    assert not placeholders._inside([], 3)


def test_repeated_translated_hash_tags_are_each_reported() -> None:
    en = "# Title\n\n" + " ".join("#NAME# said #PRS_ORG# and #URL# ok." for _ in range(50)) + "\n"
    zh = "# 标题\n\n" + "".join("#姓名#说# PRS_ORG #和#url是的。" for _ in range(50)) + "\n"
    got = [f.message for f in findings(en, zh) if f.rule == "placeholder-changed"]
    assert sum("translated: “#姓名#”" in m for m in got) == 50
    assert sum("“# PRS_ORG #”" in m for m in got) == 50


@pytest.mark.parametrize(("n", "zh"), [(0, "第零人"), (0, "人〇"), (100, "人一百"), (105, "第一百零五人"), (1234, "人一千二百三十四")])
def test_placeholder_numbers_past_one_to_ninety_nine_are_read_in_chinese(n: int, zh: str) -> None:
    got = [f.message for f in findings(f"# T\n\n[PERSON{n}] said yes.\n", f"# 标题\n\n{zh}说是的。\n")
           if f.rule == "placeholder-changed"]
    assert got == [f"the placeholder “[PERSON{n}]” of the original is written “{zh}”"]


def test_a_larger_chinese_number_is_not_read_as_its_head() -> None:
    got = findings("# T\n\n[PERSON100] said yes.\n", "# 标题\n\n人一百零一说是的。\n")
    assert not [f for f in got if f.rule == "placeholder-changed" and "人一百" in f.message]


def _stray(en: str, zh: str) -> list[tuple[str, list[str]]]:
    return [(f.message, [zh[r.start : r.end] for r in f.certain_repairs]) for f in findings(en, zh) if f.code == "TQA303"]


def test_a_run_of_one_stray_token_is_one_finding_read_as_its_first() -> None:
    en = "# Movie\n\nAfter The Social Network, Fincher made it. Bloomberg reported it.\n"
    zh = "# 电影\n\n芬奇拍了电影。彭博报道了此事。T1 T1 T1\n"
    got = _stray(en, zh)
    assert len(got) == 1 and "“T1 T1 T1”" in got[0][0] and got[0][1] == []  # a lost name: none of the three deleted
    got = _stray("# Movie\n\nBloomberg reported it.\n", "# 电影\n\n彭博 T2 T2 报道了此事。\n")
    assert got == [(got[0][0], [" T2 T2 "])]  # debris: all deleted, with the spaces


def test_a_token_deleted_at_the_end_of_a_line_leaves_no_space() -> None:
    zh = "# 电影\n\n卖得很好 iPhone T5\n"
    got = _stray("# Movie\n\nThe iPhone sold well\n", zh)
    assert [r for _m, r in got] == [[" T5"]]  # not `iPhone ` (two trailing spaces are a Markdown hard break)


def test_a_gloss_is_sought_only_in_the_paragraphs_where_its_latin_name_can_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = target_only._gloss_blocks

    def spy(ctx: object, t: str) -> list[Block]:
        got = real(ctx, t)  # type: ignore[arg-type]
        sizes.append(len(got))
        return got

    monkeypatch.setattr(target_only, "_gloss_blocks", spy)
    zh = "# 名字\n\n" + "\n\n".join(f"{g} {s}表示，公司正在增长。后来{g} {s}说，{z}同意。" for g, s, z in _PEOPLE) + "\n"
    found = findings(None, zh)
    assert sizes and max(sizes) <= 2  # the paragraphs with a word starting as the name does (Ma: Manber, Mark), not all 7
    assert any("乌迪·曼伯" in f.message for f in found)
