"""Write src/transqa/data/en_tokenizer.json: the rules of spaCy's English tokenizer (prefix, suffix,
infix and URL patterns, the special cases, those the special-case matcher looks for) and its sentencizer's
punctuation, which transqa.lang.sentencizer applies without importing spaCy.

    .venv/bin/python benchmarks/sentence_rules.py            # rewrite the file from the installed spaCy
    .venv/bin/python benchmarks/sentence_rules.py --check    # exit 1 when the file is stale

tests/test_sentencizer.py checks that the file is current and that the sentences are spaCy's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src/transqa/data/en_tokenizer.json"


def rules() -> dict[str, Any]:
    import spacy
    from spacy.pipeline.sentencizer import Sentencizer
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    tok = nlp.tokenizer

    def pattern(fn: Any) -> dict[str, Any] | None:
        return None if fn is None else {"pattern": fn.__self__.pattern, "flags": int(fn.__self__.flags)}

    special = {k: [d[ORTH] for d in v] for k, v in sorted(tok.rules.items())}
    # the special cases the tokenizer also looks for across tokens (spaCy's faster_heuristics rule)
    matcher = [k for k in sorted(tok.rules) if not tok.faster_heuristics or tok.find_prefix(k) or tok.find_infix(k)
               or tok.find_suffix(k) or " " in k]
    return {
        "spacy": spacy.__version__,
        "prefix": pattern(tok.prefix_search), "suffix": pattern(tok.suffix_search),
        "infix": pattern(tok.infix_finditer), "token_match": pattern(tok.token_match), "url_match": pattern(tok.url_match),
        "special": special, "matcher": matcher,
        "punct_chars": sorted(Sentencizer.default_punct_chars),
    }


def render() -> str:
    return json.dumps(rules(), ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render()
    if args.check:
        current = DATA.read_text(encoding="utf-8") if DATA.exists() else ""
        if current != text:
            print(f"{DATA.name} is stale: run benchmarks/sentence_rules.py", file=sys.stderr)
            return 1
        return 0
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_text(text, encoding="utf-8")
    print(f"wrote {DATA} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
