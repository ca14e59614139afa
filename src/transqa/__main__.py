"""The transqa command (`python -m transqa` too): cli.main, then a quick exit.

A normal interpreter exit tears every module down and frees every object one by one: after a check,
the dictionary indexes and the compiled patterns, 0.08 CPU s of a 0.65 s run. The command has
written and flushed everything by then, so it runs the atexit handlers (temporary folders, logging,
process pools) and ends the process with os._exit. When other threads are still running, it exits
the normal way, which waits for them.
"""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
import threading

# A worker process this command started (the Dask executor's, which import this module as their main):
# Ctrl-C reaches the whole process group and is the parent's to act on (it stops the audit and closes
# the cluster); a worker that took it too printed tracebacks, also while it started. Such a worker has
# imported multiprocessing before this module; a command started by hand has not, and spares its import.
_mp = sys.modules.get("multiprocessing")
if _mp is not None and _mp.current_process().name != "MainProcess":
    signal.signal(signal.SIGINT, signal.SIG_IGN)

# A run allocates much and frees little (indexes, patterns): collect 14 times less often, from the imports on.
gc.set_threshold(10_000, 10, 10)

from transqa import recache  # noqa: E402

# Compiled patterns come from the kept table (transqa.recache): installed before the imports, which compile most of them.
recache.install()

from transqa.cli import main  # noqa: E402  (after the threshold: the imports are most of the allocations)


def run() -> None:
    if sys.stdout is None:  # started with standard output closed (`transqa ... >&-`): nowhere to report
        if sys.stderr is not None:
            print("transqa: error: standard output is closed: nothing can be reported", file=sys.stderr)
        os._exit(2)
    code = main()
    if threading.active_count() > 1:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            pass
    atexit._run_exitfuncs()
    os._exit(code)


if __name__ == "__main__":
    run()
