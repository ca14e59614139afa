"""transqa: quality checks for Chinese translations of English news articles."""

__version__ = "0.1.0"

GENERATOR_MARK = '<meta name="generator" content="transqa'
"""How every HTML page transqa writes begins its generator tag (`GENERATOR_META`): audit's pairing never takes such a
page for an original (`audit.discover`)."""
GENERATOR_META = f'{GENERATOR_MARK} {__version__}">'
