"""Language knowledge, one home per language: Unicode scripts (script), English, Chinese, and the
optional CC-CEDICT lexicon that links the two."""
