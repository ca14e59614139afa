"""transqa: quality checks for Chinese translations of English news articles."""

__version__ = "0.1.0"

GENERATOR_MARK = '<meta name="generator" content="transqa'
"""How every HTML page transqa writes begins its generator tag (`GENERATOR_META`): audit's pairing never takes such a
page for an original (`audit.discover`)."""
GENERATOR_META = f'{GENERATOR_MARK} {__version__}">'

COLLECTOR_THRESHOLD = (10_000, 10, 10)
"""The cyclic garbage collector's thresholds of a transqa command (Python's default is (700, 10, 10)), set by
`transqa.__main__` before its imports: a run allocates much and frees little (indexes, patterns, one pair's memo), so it
collects about 14 times less often. Set by the command only: a program that imports transqa keeps its collector as it
was. `benchmarks/speed.py` times the checks under the same setting (and the command's freeze after its imports)."""
