"""Reference-based scores with sacrebleu: BLEU (Chinese tokenisation) and chrF, per article and corpus.

Per article the sufficient statistics are kept in the result line, so that the corpus scores can be
computed from stored results without the texts (a resumed audit gives the same corpus scores).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from transqa.errors import InputError
from transqa.load import parse
from transqa.load.decode import read_text
from transqa.model import Document


@lru_cache(maxsize=1)
def _metrics() -> tuple[Any, Any]:
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF

    bleu, chrf = BLEU(tokenize="zh"), CHRF()
    for metric in (bleu, chrf):  # the signature needs the number of references, known once scored
        metric.corpus_score(["新闻"], [["新闻"]])
    return bleu, chrf


def _text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks if b.kind not in ("image", "code"))


def reference_scores(reference_path: str, target: Document) -> dict[str, object]:
    """BLEU (tok:zh) and chrF of a translation against a reference translation, rounded to 2 decimals, with
    their sufficient statistics (for corpus scores); {path, error} when the reference cannot be read."""
    bleu, chrf = _metrics()
    try:
        ref = parse(reference_path, read_text(reference_path), "markdown")
    except InputError as exc:
        return {"path": reference_path, "error": exc.message}
    hyp, refs = [_text(target)], [[_text(ref)]]
    bstats = bleu._extract_corpus_statistics(hyp, refs)[0]
    cstats = chrf._extract_corpus_statistics(hyp, refs)[0]
    return {
        "path": reference_path,
        "bleu": round(bleu._compute_score_from_stats(bstats).score, 2),
        "chrf": round(chrf._compute_score_from_stats(cstats).score, 2),
        "bleu_stats": [int(x) for x in bstats],
        "chrf_stats": [int(x) for x in cstats],
    }


def corpus_scores(items: list[dict[str, object]]) -> dict[str, object] | None:
    """Corpus BLEU and chrF from the per-article statistics, with sacrebleu's signatures; None without any
    scored article."""
    items = [i for i in items if "bleu_stats" in i]
    if not items:
        return None
    bleu, chrf = _metrics()
    b = [sum(x) for x in zip(*(i["bleu_stats"] for i in items), strict=True)]
    c = [sum(x) for x in zip(*(i["chrf_stats"] for i in items), strict=True)]
    return {
        "articles": len(items),
        "bleu": round(bleu._compute_score_from_stats(b).score, 2),
        "chrf": round(chrf._compute_score_from_stats(c).score, 2),
        "bleu_signature": str(bleu.get_signature()),
        "chrf_signature": str(chrf.get_signature()),
    }
