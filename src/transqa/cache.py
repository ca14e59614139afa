"""Where transqa keeps what it caches: fetched originals and audit results."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    """$TRANSQA_CACHE_DIR, else $XDG_CACHE_HOME/transqa, else ~/.cache/transqa."""
    base = os.environ.get("TRANSQA_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "transqa"
    )
    return Path(base)
