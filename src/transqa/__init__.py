"""transqa: quality checks for Chinese translations of English news articles."""

__version__ = "0.1.0"
