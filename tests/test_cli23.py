"""Release twenty-three, command line: --statistics as JSON (or refused), --force-chinese on a file alone, -o a FIFO,
a transqa report passed over as an original, a swapped tag reported once and repaired."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transqa.cli import main

S = str(Path(__file__).resolve().parents[1] / "corpora" / "samples") + "/"


@pytest.mark.parametrize("how", [["--format", "json"], []])
def test_statistics_as_json_are_json_even_when_empty(tmp_path: Path, how: list[str]) -> None:
    # newcomer 22b items 4 and 5: tab-separated text written to a .json; no findings wrote 0 bytes to it
    out = tmp_path / "st.json"
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", *how, "-o", str(out)]) == 1
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows and {"count", "code", "name", "severity"} == set(rows[0]) and rows[0]["severity"] == "error"
    assert main(["check", S + "wind-farm.en.md", S + "wind-farm.zh.md", "--statistics", *how, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("how", [["--format", "html"], ["-o", "st.sarif"], ["--format", "junit"]])
def test_statistics_in_a_format_that_cannot_hold_them_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch, how: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", *how]) == 2
    assert "--statistics writes the counts as text or json" in capsys.readouterr().err
    assert not (tmp_path / "st.sarif").exists()


KOREAN = "# 태양광 스타트업, 투자 유치\n\n서울에 본사를 둔 이 스타트업은 새로운 태양광 패널 제조 방법을 개발했다고 밝혔다.\n"


def test_force_chinese_checks_a_korean_file_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 22b item 2: the flag the first error suggests led to "holds no Chinese text" (the original's error)
    (tmp_path / "ko").mkdir()
    target = tmp_path / "ko" / "ko.zh.md"
    target.write_text(KOREAN, encoding="utf-8")
    assert main(["check", str(target), "--force-chinese"]) in (0, 1)
    assert "error" not in capsys.readouterr().err
    store = ["--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"]
    assert main(["audit", str(tmp_path / "ko"), *store, "--force-chinese", "-o", str(tmp_path / "r.jsonl")]) in (0, 1)
    assert json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))["error"] is None
    (tmp_path / "en.md").write_text("# Solar start-up\n\nThe company said it had raised money.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "en.md"), "--force-chinese"]) == 2  # an English file alone: still refused
    assert "holds no Chinese text" in capsys.readouterr().err


def test_a_fifo_nobody_reads_is_refused_not_waited_for(tmp_path: Path) -> None:
    # hostile 22 bug 8: `-o FIFO` with no reader blocked for ever, silently (the timeout only guards a hang)
    import os
    import subprocess
    import sys

    fifo = tmp_path / "r.json"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-m", "transqa", "check", S + "wind-farm.zh.md", "-o", str(fifo)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 2 and "is a FIFO (named pipe) that nobody reads" in run.stderr, run.stderr


def test_a_fifo_with_a_reader_gets_the_report(tmp_path: Path) -> None:
    import os

    from transqa.atomic import write_text

    fifo = tmp_path / "r.txt"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # there before the write: no race
    try:
        write_text(fifo, "报告\n")
        assert os.read(reader, 100).decode("utf-8") == "报告\n"
    finally:
        os.close(reader)


def test_an_audit_names_a_transqa_report_it_passed_over_as_an_original(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 22b item 8: the article was checked target-only beside x.html with no word of why
    import shutil

    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(S + "wind-farm.zh.md", folder / "x.zh.md")
    main(["check", S + "wind-farm.en.md", str(folder / "x.zh.md"), "-o", str(folder / "x.html"), "-q"])
    base = ["audit", str(folder), "--no-cache", "--no-progress", "--jobs", "1", "-o", str(tmp_path / "r.jsonl")]
    capsys.readouterr()
    assert main(base) == 0
    err = capsys.readouterr().err
    assert f"{folder / 'x.html'} passed over as its original (a report transqa wrote)" in err, err
    shutil.copy(S + "wind-farm.en.md", folder / "x.en.md")
    assert main(base) == 0
    err = capsys.readouterr().err
    assert "x.html passed over" in err and json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))["source"]


TAG_EN = "# Title\n\n[PERSON8] said the deal was done. [PERSON1] agreed with #NAME#.\n"
TAG_ZH = "# 标题\n\n[PERSON4] 说交易已经完成。[PERSON12] 同意 #PRS_ORG# 的看法。\n"


def test_a_swapped_tag_is_one_finding_not_two(tmp_path: Path) -> None:
    # newcomer 22b item 11: `[PERSON8]` → `[PERSON4]` got TQA305 and TQA007 tag-dropped at the same place
    from transqa.engine import check_paths

    (tmp_path / "t.en.md").write_text(TAG_EN, encoding="utf-8")
    (tmp_path / "t.zh.md").write_text(TAG_ZH, encoding="utf-8")
    found = check_paths(str(tmp_path / "t.en.md"), str(tmp_path / "t.zh.md")).findings
    assert [(f.code, f.target.column if f.target else None) for f in found] == [("TQA305", 1), ("TQA305", 19), ("TQA305", 33)]


@pytest.mark.parametrize("note", ["（译注：Voltcell 成立于 2015 年。）", "（译者注：该公司成立于十年前。）", "译注：该公司成立于十年前。"])
def test_a_translators_note_inside_a_paragraph_is_accepted(tmp_path: Path, note: str) -> None:
    # newcomer 22b item 17: the paragraph form was accepted and the inline form got TQA010 "remove the added sentence"
    from transqa.engine import check_paths

    (tmp_path / "n.en.md").write_text("# Battery maker hires engineers\n\nVoltcell said on Monday that it had hired 40 "
                                      "new battery engineers for its plant in Ohio.\n", encoding="utf-8")
    (tmp_path / "n.zh.md").write_text(f"# 电池制造商招聘工程师\n\nVoltcell 周一表示，已为其俄亥俄州工厂招聘了 40 名新的电池工程师。{note}\n",
                                      encoding="utf-8")
    assert [f.code for f in check_paths(str(tmp_path / "n.en.md"), str(tmp_path / "n.zh.md")).findings] == []
    (tmp_path / "n.zh.md").write_text("# 电池制造商招聘工程师\n\nVoltcell 周一表示，已为其俄亥俄州工厂招聘了 40 名新的电池工程师。"
                                      "现在，我们来看看。\n", encoding="utf-8")  # unmarked: still an added sentence
    assert [f.code for f in check_paths(str(tmp_path / "n.en.md"), str(tmp_path / "n.zh.md")).findings] == ["TQA010"]


def test_fix_repairs_a_swapped_tag_when_one_of_its_kind_stands_on_each_side(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 22b item 13: "0 repairs" for a single swapped tag, whose fix is certain
    (tmp_path / "t.en.md").write_text("# Title\n\nSo, [PERSON8], please confirm the order with #NAME#.\n", encoding="utf-8")
    (tmp_path / "t.zh.md").write_text("# 标题\n\n因此，[PERSON4]，请与 #PRS_ORG# 确认订单。\n", encoding="utf-8")
    assert main(["fix", str(tmp_path / "t.en.md"), str(tmp_path / "t.zh.md"), "--write", "-q"]) == 0
    assert (tmp_path / "t.zh.md").read_text(encoding="utf-8").endswith("因此，[PERSON8]，请与 #NAME# 确认订单。\n")
    # two tags of the kind in the original's paragraph: which the Chinese one stands for is a guess, not repaired
    (tmp_path / "t.zh.md").write_text(TAG_ZH, encoding="utf-8")
    (tmp_path / "t.en.md").write_text(TAG_EN, encoding="utf-8")
    assert main(["fix", str(tmp_path / "t.en.md"), str(tmp_path / "t.zh.md"), "--write", "-q"]) == 1
    assert (tmp_path / "t.zh.md").read_text(encoding="utf-8").startswith("# 标题\n\n[PERSON4] 说交易已经完成。[PERSON12] 同意 #NAME#")


def _idle_worker_waiting_for_the_task_lock(stopping: object, ready: object, lock: object) -> None:
    from transqa.audit import worker

    worker.ignore_interrupt(True, stopping)
    ready.set()  # type: ignore[attr-defined]
    lock.acquire()  # type: ignore[attr-defined]  # as a pool worker waits for the task queue's lock the parent holds


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_an_idle_worker_whose_stop_merged_into_the_groups_sigterm_ends_with_the_flag() -> None:
    # the hang of test_newc20's SIGTERM to the group under load: a worker that took the group's SIGTERM ended on the
    # parent's flag only while checking an article; an idle one, waiting for the task queue's lock that the parent
    # holds while it terminates the pool, was left to the pool's own SIGTERM, which had merged into the group's
    import multiprocessing
    import signal

    from tests.helpers import sigterm_taken

    ctx = multiprocessing.get_context("fork")
    stopping, ready, lock = ctx.RawValue("b", 0), ctx.Event(), ctx.Lock()
    lock.acquire()  # the parent's, as Pool.terminate takes it
    proc = ctx.Process(target=_idle_worker_waiting_for_the_task_lock, args=(stopping, ready, lock), daemon=True)
    proc.start()
    try:
        assert ready.wait(60)
        sigterm_taken(proc.pid, proc.is_alive)  # from another process, as the group's; until its thread took it
        stopping.value = 1  # the parent terminates the pool; its own SIGTERM was lost in the merge
        proc.join(120)  # a bound for a hang, not a measure: it ends within STOP_POLL
        assert proc.exitcode == 128 + signal.SIGTERM
    finally:
        if proc.is_alive():
            proc.kill()
        lock.release()


def test_a_pool_worker_counts_the_queue_locks_it_holds() -> None:
    # the worker's SIGTERM thread ends it only while it holds neither queue lock of the pool (_Held, put in place by
    # the initializer in the pool's own worker function): a worker that died holding one hung the parent's terminate
    import multiprocessing

    from transqa.audit import worker

    with multiprocessing.get_context("fork").Pool(1, initializer=worker.ignore_interrupt, initargs=(True, None)) as pool:
        assert pool.apply(_locks_seen) == ("_Held", "_Held", 0)


def _locks_seen() -> tuple[str, str, int]:
    import sys

    from transqa.audit import worker

    frame = sys._getframe(1)
    while frame.f_code.co_name != "worker":  # the pool's worker function, which runs this task
        frame = frame.f_back  # type: ignore[assignment]
    inqueue, outqueue = frame.f_locals["inqueue"], frame.f_locals["outqueue"]
    return type(inqueue._rlock).__name__, type(outqueue._wlock).__name__, worker._HELD
