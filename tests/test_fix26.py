"""Release twenty-six: the newcomer's blocker (an audit that hung after Ctrl-C) and bugs (newcomer26-report.md)."""

from __future__ import annotations

import os
import random
import re
import signal
import time
from pathlib import Path

import pytest
from tests.conftest import SEED
from tests.helpers import ForkedAudits, run_cli, stored_results

_stored = stored_results


def _stop(audits: ForkedAudits, pid: int, store: Path, rng: random.Random) -> tuple[int | None, bool]:
    """Stop the audit `pid` as GNU `timeout -s INT` does (its process, then its process group), at a random point once
    it has stored an article: its exit code (None when it has not ended 45 s after), and whether both signals found
    it. An audit that ended by itself before the signal gives its own code (0 or 1); one gone at the group's signal was
    ended by the first (130) or had ended by itself: a signal that finds the process gone is a run that ended before
    it, not an error (the forker reaps it at once: ProcessLookupError)."""
    deadline = time.monotonic() + 90  # the pool, the first articles checked
    while time.monotonic() < deadline and not _stored(store):
        if (ended := audits.status(0)) is not None:
            return ended, False
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.5))
    if (ended := audits.status(0)) is not None:
        return ended, False
    try:
        os.kill(pid, signal.SIGINT)
        time.sleep(rng.uniform(0, 0.03))
        os.killpg(pid, signal.SIGINT)
    except ProcessLookupError:
        return audits.status(45), False
    return audits.status(45), True  # a watchdog, not a measure: a stop ends in well under a second


# ------------------------------------------------------------------- item 1: a stopped audit always ends
def test_an_audit_stopped_as_timeout_does_always_ends_and_resumes_byte_identical(tmp_path: Path) -> None:
    # `timeout -s INT 25 transqa audit …` hung 4 times in 17 (a frozen bar, SIGTERM ignored): GNU timeout sends
    # its signal to the command, then to its process group, and the parent's second KeyboardInterrupt was raised
    # inside Pool.terminate once it held the task queue's read lock; Pool.join then waited for ever for the pool's
    # threads, which the workers, blocked on that lock, could no longer end. Each stop here is two SIGINTs as timeout
    # sends them, at a random point (a random wait after the first stored article, a random gap between the two),
    # and a third to the group from inside Pool.terminate just after it took that lock (ForkedAudits.start's
    # `again`): the place the hang was seen, reached on every stop, not 1 stop in 8 as random signals reached it
    # (b31deb35: 15 random stops found it 86 times in 100, and found it no more once terminate ran in a thread of its
    # own, c2312064). So three stops, each under a watchdog, not fifteen; with the pre-b31deb35 shape of the pool's
    # stop (terminate in the main thread, join in a `finally`) the first stop hangs.
    # The audits are forked from one warm interpreter that has checked an article (ForkedAudits): each is the
    # command's own code with its real pool and signals, only the interpreter's start-up and first-check loads are
    # not run again. 20 articles, the first stored 0.15 s after the pool starts: each stop, at most 0.53 s after the
    # first stored article, has 1.4 s of checking left on an idle machine (2 of 20 stored); a run that ended by itself
    # before its stop (ProcessLookupError, or 0/1 with its report written) is not counted as one.
    folder = tmp_path / "zh"
    folder.mkdir()
    seed = SEED.read_bytes()
    for i in range(20):
        (folder / f"a{i:03d}.zh.md").write_bytes(seed)
    rng = random.Random(26)
    store = tmp_path / "s.sqlite"
    audits = ForkedAudits()
    stops = 0
    try:
        for k in range(6):
            if stops == 3:
                break
            fresh = tmp_path / f"fresh{k}.sqlite"  # a store of its own: every stop comes while articles are checked
            err, out = tmp_path / f"err{k}.txt", tmp_path / f"o{k}.jsonl"
            again = tmp_path / f"again{k}"
            pid = audits.start(err, str(folder), "--no-progress", "--jobs", "2", "--store", str(fresh), "-o", str(out), again=again)
            code, found = _stop(audits, pid, fresh, rng)
            if code in (0, 1) and not found:  # it ended by itself (the gate's 0 or 1) before the stop came: no stop
                assert out.exists(), err.read_text(encoding="utf-8")[-2000:]
                continue
            if code is None:
                os.killpg(pid, signal.SIGKILL)
                audits.status(30)
                pytest.fail(f"stop {stops + 1} of 3: the interrupted audit hung (a SIGINT inside Pool.terminate: {again.exists()})")
            text = err.read_text(encoding="utf-8")
            assert code == 130, text[-2000:]
            assert "Traceback" not in text, text[-2000:]
            assert re.search(r"transqa: interrupted \(\d+ of 20 articles (is|are) stored", text), text[-2000:]
            assert not out.exists()
            assert again.exists(), "the stop did not reach Pool.terminate's read lock"
            store, stops = fresh, stops + 1
        if stops < 3:
            pytest.skip(f"only {stops} of 6 audits were stopped before they ended by themselves")
        # the last stop's store resumed gives what an audit never stopped gives, byte for byte
        for name, opts in (("resumed", ("--store", str(store))), ("whole", ("--no-cache", "--store", str(tmp_path / "w.sqlite")))):
            audits.start(tmp_path / f"{name}.err", str(folder), "--no-progress", "--jobs", "2", *opts, "-o", str(tmp_path / f"{name}.jsonl"))
            assert audits.status(300) in (0, 1), (tmp_path / f"{name}.err").read_text(encoding="utf-8")[-2000:]
    finally:
        audits.close()
    assert (tmp_path / "resumed.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


# ------------------------------------------------------------------- item 12: a stop leaves --html-dir as it was
def test_a_stop_while_the_pages_are_written_leaves_no_new_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # a stop while --html-dir's pages were written said "not written … site" and left `site` (and its new parent)
    # there, empty, where there was none
    import transqa.audit.store

    for i in range(3):
        (tmp_path / f"a{i}.zh.md").write_bytes(SEED.read_bytes())
    site = tmp_path / "new" / "site"
    render = transqa.audit.store.unpack_page  # each page, rendered by its worker, is read back as it is written (r41)
    calls: list[int] = []

    def stop_at_the_second_page(*a: object, **k: object) -> str | None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return render(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(transqa.audit.store, "unpack_page", stop_at_the_second_page)
    args = ["audit", *(str(tmp_path / f"a{i}.zh.md") for i in range(3)), "--store", str(tmp_path / "s.sqlite"), "--jobs", "1", "--no-progress",
            "-o", str(tmp_path / "r.jsonl"), "--html-dir", str(site)]
    code, _o, err = run_cli(capsys, *args)
    assert code == 130 and f"not written, as a stopped run leaves no half-written file: {site}" in err, err
    assert not (tmp_path / "new").exists()
    monkeypatch.setattr(transqa.audit.store, "unpack_page", render)
    assert run_cli(capsys, *args)[0] in (0, 1) and (site / "index.html").exists()


# ------------------------------------------------------------------- item 3: a wrong pair is checked target-only
DATA = Path(__file__).parent / "data" / "fix26"
SAMPLES = Path(__file__).parent.parent / "corpora" / "samples"


def test_a_wrong_pair_reports_itself_and_checks_the_translation_alone() -> None:
    # TQA014 came with 16 findings of the meaningless alignment ("“30%” became “70%”", TQA001 on every English
    # paragraph, TQA322 on the other article's countries): now the wrong pair, then what the translation alone shows
    from transqa.engine import check_paths

    pair = check_paths(str(DATA / "skyhaul.en.md"), str(SAMPLES / "scholz-visit.zh.md"))
    alone = check_paths(None, str(SAMPLES / "scholz-visit.zh.md"))
    codes = [f.code for f in pair.findings]
    assert codes.count("TQA014") == 1 and "TQA001" not in codes and "TQA322" not in codes
    key = [(f.code, f.message, f.target) for f in pair.findings if f.code != "TQA014"]
    assert key == [(f.code, f.message, f.target) for f in alone.findings] and key


def test_the_countries_the_original_names_are_listed_once_each() -> None:
    # 印度尼西亚 and 印尼 are both Indonesia: "it names Indonesia, Indonesia, Germany"
    from transqa.engine import check_paths

    result = check_paths(str(DATA / "skyhaul.en.md"), str(DATA / "skyhaul-country.zh.md"))
    msgs = [f.message for f in result.findings if f.code == "TQA322"]
    assert msgs and all("(it names Indonesia, Germany, Philippines)" in m for m in msgs), msgs


# ------------------------------------------------------------------- item 2: TQA302 on the minority spelling
def test_a_prose_tie_is_broken_by_the_title_and_the_minority_spelling_is_marked(tmp_path: Path) -> None:
    # archive 14812.md: `Model S` in the title and once in the prose, `Models` once: TQA302 marked the title's right
    # `Model S`, said "no spelling is the most frequent" and suggested nothing
    from transqa.engine import check_paths

    path = tmp_path / "m.zh.md"
    path.write_text("# 马斯克证明《纽约时报》的特斯拉 Model S 试驾是假的\n\n> 原文：<https://techcrunch.com/2013/02/14/musk/>\n\n"
                    "特斯拉首席执行官埃隆·马斯克在本周早些时候声称，这次 Models 试驾的报道是编造的。\n\n"
                    "他说，车辆日志显示记者在充电站停留的时间很短。\n\n"
                    "但总的来说，马斯克的证据相当确凿，尤其是有 Model S 本身的可靠数据支持。\n", encoding="utf-8")
    found = [f for f in check_paths(None, str(path)).findings if f.code == "TQA302"]
    assert len(found) == 1 and found[0].suggestion == "Model S", found
    assert found[0].target is not None and found[0].target.line == 5 and "“Models” is written 2 ways" in found[0].message


# ------------------------------------------------------------------- items 7, 10: one defect, one finding, one wording
def test_a_lost_clause_gets_tqa012_alone_and_it_says_when_more_is_missing() -> None:
    # the tail of a sentence dropped: TQA003 "about 42% of its expected length: a clause seems missing" and TQA012 on
    # the clause, both on 11:1; now TQA012 alone, saying that more than its clause seems lost
    from transqa.engine import check_paths

    found = [f for f in check_paths(str(DATA / "lumo.en.md"), str(DATA / "lumo.zh.md")).findings if f.target and f.target.line == 11]
    assert [f.code for f in found] == ["TQA012"], found
    assert "and more of its sentence “Germany's government pays up to 70%" in found[0].message
    assert "may be missing (its translation is about 42% of its expected length)" in found[0].message


def test_the_placeholders_of_one_paragraph_are_worded_alike(tmp_path: Path) -> None:
    # `This、 T1 和其他网站 T2 、 T3 和 T4`: T2, after a Chinese word, was "stray token … (a leaked MT placeholder)"
    # → "unless a name was lost there, delete it", the three others "stands where the machine translation lost something"
    from transqa.engine import check_paths

    path = tmp_path / "q.zh.md"
    path.write_text("# Quirky 为社交产品开发平台融资 600 万美元\n\n"
                    "Quirky 类似于考夫曼以前的一个项目，分别命名为 This、T1 和其他网站 T2、T3 和 T4。\n", encoding="utf-8")
    found = [f for f in check_paths(None, str(path)).findings if f.code == "TQA303"]
    assert len(found) == 4 and all("stands where the machine translation lost something" in f.message for f in found), found
    path.write_text("# 彭博 T2 报道\n\n据彭博 T2 报道，该公司正在融资。\n", encoding="utf-8")  # no placeholder beside it: debris
    debris = [f for f in check_paths(None, str(path)).findings if f.code == "TQA303"]
    # debris told as every placeholder is (mend19 item 2: one wording); its suggestion is the deletion
    assert debris and all(f.suggestion.startswith("unless a name was lost there, delete it") for f in debris), debris
