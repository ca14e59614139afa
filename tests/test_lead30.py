"""Release thirty, lead: a stopped audit's pool terminate is bounded (1 run in 25 of test_cli22's stop hung in
CPython's Pool.terminate, its task thread joined for ever)."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from transqa.audit import run


def _sleep() -> None:
    time.sleep(60)


class _StuckPool:
    """A pool whose terminate never returns, as CPython's did, with real worker processes."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("fork")
        self._pool = [ctx.Process(target=_sleep, daemon=True) for _ in range(2)]
        for p in self._pool:
            p.start()
        self.joined = False

    def terminate(self) -> None:
        threading.Event().wait()

    def join(self) -> None:
        self.joined = True


def test_a_terminate_that_never_returns_is_given_up_and_the_workers_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "TERMINATE_WAIT", 0.3)
    pool = _StuckPool()
    start = time.monotonic()
    run._terminate(pool)
    assert time.monotonic() - start < 5
    assert not any(p.is_alive() for p in pool._pool)
    assert not pool.joined  # Pool.join would wait for the stuck thread


def test_a_terminate_that_returns_is_joined() -> None:
    class Quick:
        _pool: list[multiprocessing.Process] = []
        joined = False

        def terminate(self) -> None:
            pass

        def join(self) -> None:
            self.joined = True

    pool = Quick()
    run._terminate(pool)
    assert pool.joined
