"""The progress bar of an audit, on standard error: on screen from the moment the command starts (finding the
articles and starting the worker processes took several seconds with nothing shown), then the count and the rate.

The rate and the time left count only the articles checked in this run: results served from the result store
come at once, and counting them made a resumed run show "324/500 1,797/s" and then a rate and an ETA that
fell for a minute (rich's own ETA column averages every advance, those included).

No rate nor ETA is shown before ETA_AFTER_SECONDS of checking and ETA_AFTER_ARTICLES articles, and the rate is that of
the last RATE_WINDOW seconds: the workers' first articles come slowly (each loads the dictionaries), and a rate from the
start made a 1.5-minute run read `3/300 0.5/s ETA 0:09:45` for its first seconds (newcomer 47 item 7)."""

from __future__ import annotations

import time
from collections import deque
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console
    from rich.progress import Progress, TaskID


def rate_and_eta(checked: int, seconds: float, left: int) -> tuple[str, str]:
    """The rate ("12/s", "0.4/s") and the time left ("0:01:05") of `checked` articles checked in `seconds`
    of this run with `left` still to do; empty strings until one article is checked."""
    if checked <= 0 or seconds <= 0:
        return "", ""
    per_second = checked / seconds
    rate = f"{per_second:,.0f}/s" if per_second >= 10 else f"{per_second:.1f}/s"
    eta = round(max(0, left) / per_second)
    return rate, f"ETA {eta // 3600}:{eta // 60 % 60:02d}:{eta % 60:02d}"


ETA_AFTER_SECONDS = 10.0
"""Seconds of checking before the bar shows a rate and an ETA. The newcomer's 300-article run (release 47, 2 workers on
the shared machine) had 3 results at 6 s (0.5/s: `ETA 0:09:45`), 27 at 13.5 s and a steady 2.6-3.2/s after: the first
seconds are the workers' warm-up, not the run's pace."""
ETA_AFTER_ARTICLES = 5
"""Articles checked before the bar shows a rate and an ETA (one or two results are no rate)."""
RATE_WINDOW = 10.0
"""Seconds of the latest results the rate is measured over (rich's own speed column uses 30): with ETA_AFTER_SECONDS,
the warm-up leaves the rate after 20 s of checking, where the run above read 2.0/s from its start while it went 3.2/s."""


class AuditBar:
    """`with AuditBar(enabled) as bar:` shows "finding the articles" at once; `bar.found(total)` once they are
    counted ("starting the workers"), then `bar.callback` is called with the articles done and whether they were
    checked in this run (False: served from the result store) ("auditing n/total"). Disabled, it shows nothing
    and `callback` is None. The bar is gone when the block ends."""

    def __init__(self, enabled: bool, no_color: bool = False, console: Console | None = None) -> None:
        self.enabled = enabled
        self._no_color = no_color
        self._console = console
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._started = 0.0
        self._total = 0
        self._done = 0
        self._checked = 0
        self._after_step = False  # a long step was said (say): the first result after it restarts the clock
        self._samples: deque[tuple[float, int]] = deque()  # (time, articles checked) of this run, for the rate (RATE_WINDOW)

    def __enter__(self) -> AuditBar:
        if not self.enabled:
            return self
        from rich import progress as rp
        from rich.console import Console

        console = self._console or Console(stderr=True, no_color=self._no_color or None)
        self._bar = rp.Progress(rp.TextColumn("{task.description}"), rp.BarColumn(), rp.MofNCompleteColumn(),
                                rp.TextColumn("{task.fields[rate]}"), rp.TextColumn("{task.fields[eta]}"),
                                console=console, transient=True)
        self._task = self._bar.add_task("finding the articles…", total=None, rate="", eta="")
        self._bar.start()  # draws at once
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def after(self, stream: IO[str], text: str) -> None:
        """Stop the bar, then write `text` (a stopped run's summary or SARIF) to `stream`: a report written under a
        live bar on the same terminal had the bar's line drawn again after it (newcomer 25 item 2)."""
        if text:
            self.__exit__(None, None, None)
            stream.write(text)

    def found(self, total: int, from_store: bool = False) -> None:
        """The articles are counted: the result store is read (`from_store`: the run uses one), then the workers
        start. A run whose every article came from the store showed "starting the workers… 0/200" though no worker
        ran (newcomer 43 #7)."""
        self._total = total
        self._update(total=total, description="reading the result store…" if from_store else "starting the workers…")
        self._started = time.monotonic()

    def say(self, description: str) -> None:
        """Show what the run is doing before the first result (building the dictionary index); the rate and the time
        left then count from the first result after it: counted from the start, a fresh cache's index build (20-30 s
        on a loaded machine) made the first results read `auditing 1/200 0.1/s ETA 0:33:45` for a run of 35 s
        (newcomer 27 item 20)."""
        self._after_step = True
        self._update(description=description)

    def _update(self, **fields: Any) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, **fields)

    def _advance(self, n: int, checked: bool = True) -> None:
        self._done += n
        if not checked or self._after_step:  # from the result store, or the first result after a long step (say):
            self._after_step &= not checked  # counted, not in the rate; the clock starts again
            self._update(advance=n, description="auditing" if checked else self._stored(n))
            self._started = time.monotonic()
            self._samples = deque([(self._started, self._checked)])
            return
        self._checked += n
        now = time.monotonic()
        if not self._samples:
            self._samples.append((self._started, 0))
        self._samples.append((now, self._checked))
        while len(self._samples) > 2 and self._samples[1][0] <= now - RATE_WINDOW:
            self._samples.popleft()  # the oldest kept is the last one at or before the window's start
        if now - self._started < ETA_AFTER_SECONDS or self._checked < ETA_AFTER_ARTICLES:
            self._update(advance=n, description="auditing")
            return
        t0, c0 = self._samples[0]
        rate, eta = rate_and_eta(self._checked - c0, now - t0, self._total - self._done)
        self._update(advance=n, rate=rate, eta=eta, description="auditing")

    def _stored(self, n: int) -> str:
        """What the bar says once `n` articles came from the result store: that, and whether workers start for the
        rest (`200 from the result store`, `150 from the result store; starting the workers…`)."""
        return f"{n:,} from the result store" + ("; starting the workers…" if self._done < self._total else "")

    @property
    def callback(self) -> Callable[[int, bool], None] | None:
        """What the audit calls with the number of articles just done and whether this run checked them
        (None when the bar is off)."""
        return self._advance if self._bar is not None else None


def terminal_columns(isatty: bool) -> int:
    """The terminal's width for cut report rows: $COLUMNS, else standard output's size when it is a terminal, else 80
    (also for a terminal that reports no size, a pty opened without one: 0 columns), kept within 60-200."""
    import os

    try:
        return max(60, min(200, int(os.environ.get("COLUMNS", "0")) or (os.get_terminal_size().columns if isatty else 0) or 80))
    except (ValueError, OSError):
        return 80
