"""The progress bar of an audit, on standard error: on screen from the moment the command starts (finding the
articles and starting the worker processes took several seconds with nothing shown), then the count and the rate."""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console
    from rich.progress import Progress, TaskID


class AuditBar:
    """`with AuditBar(enabled) as bar:` shows "finding the articles" at once; `bar.found(total)` once they are
    counted ("starting the workers"), then `bar.callback` is called with the articles done ("auditing n/total").
    Disabled, it shows nothing and `callback` is None. The bar is gone when the block ends."""

    def __init__(self, enabled: bool, no_color: bool = False, console: Console | None = None) -> None:
        self.enabled = enabled
        self._no_color = no_color
        self._console = console
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._started = 0.0
        self._done = 0

    def __enter__(self) -> AuditBar:
        if not self.enabled:
            return self
        from rich import progress as rp
        from rich.console import Console

        console = self._console or Console(stderr=True, no_color=self._no_color or None)
        self._bar = rp.Progress(rp.TextColumn("{task.description}"), rp.BarColumn(), rp.MofNCompleteColumn(),
                                rp.TextColumn("{task.fields[rate]}"), rp.TimeRemainingColumn(), console=console, transient=True)
        self._task = self._bar.add_task("finding the articles…", total=None, rate="")
        self._bar.start()  # draws at once
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def found(self, total: int) -> None:
        """The articles are counted: the workers start."""
        self._update(total=total, description="starting the workers…")
        self._started = time.monotonic()

    def _update(self, **fields: Any) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, **fields)

    def _advance(self, n: int) -> None:
        self._done += n
        rate = f"{self._done / max(1e-6, time.monotonic() - self._started):,.0f}/s"
        self._update(advance=n, rate=rate, description="auditing")

    @property
    def callback(self) -> Callable[[int], None] | None:
        """What the audit calls with the number of articles just done (None when the bar is off)."""
        return self._advance if self._bar is not None else None
