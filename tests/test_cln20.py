"""Release twenty's leftovers from review and from newcomers: code health and CLI behaviour."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, benchmark_module


def _wmt_tree(txt: Path, source: str, reference: str, metadata: str) -> None:
    rows = [("canary", "canary en", "canary zh"), ("d1", "One.", "一。"), ("d1", " Two. ", "二。"), ("d2", "Three.", ""),
            ("d2", "Four.", "四。"), ("d1", "Five.", "五。")]
    for name, col in ((source, 1), (reference, 2)):
        (txt / name).parent.mkdir(parents=True, exist_ok=True)
        (txt / name).write_text("\n".join(r[col] for r in rows) + "\n", encoding="utf-8")
    (txt / metadata).parent.mkdir(parents=True, exist_ok=True)
    (txt / metadata).write_text("".join(json.dumps({"docid": r[0]}) + "\n" for r in rows), encoding="utf-8")


def test_wmt_documents_of_both_benchmarks_are_read_by_one_function(tmp_path: Path) -> None:
    # clean_refs.documents (WMT22) and run.wmt_documents (WMT24) group the same way: by doc id, canary and
    # half-blank pairs left out, paragraphs stripped
    run, clean_refs = benchmark_module("run"), benchmark_module("clean_refs")
    want = [("d1", [("One.", "一。"), ("Two.", "二。"), ("Five.", "五。")]), ("d2", [("Four.", "四。")])]
    t22 = tmp_path / clean_refs.BASE
    _wmt_tree(t22, "sources/generaltest2022.en-zh.src.en", "references/generaltest2022.en-zh.ref.A.zh",
              "metainfo/generaltest2022.en-zh.meta.derived.jsonl")
    assert clean_refs.documents(tmp_path, 60) == want
    assert clean_refs.documents(tmp_path, 2) == want[1:]
    _wmt_tree(tmp_path / "corpora/wmt/wmt24_general_en-zh/txt", "sources/en-zh.txt", "references/en-zh.refA.txt",
              "metadata/en-zh.jsonl")
    assert run.wmt_documents(tmp_path) == [("d1", "One.\nTwo.\nFive.\n", "一。\n\n二。\n\n五。\n"), ("d2", "Four.\n", "四。\n")]
    assert clean_refs.wmt_paragraphs is run.wmt_paragraphs


def _private_imports(root: Path) -> list[str]:
    """`from transqa.X import _name` in the files under root, but those a package keeps to itself: its `__init__`
    importing from its own modules, and its modules importing the helpers of the package's `common` module."""
    import ast

    out = []
    for path in sorted(root.rglob("*.py")):
        here = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts) if root.name == "src" else ""
        package = here.removesuffix(".__init__") if path.name == "__init__.py" else here.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("transqa"):
                continue
            own = package and (node.module == f"{package}.common" or (path.name == "__init__.py"
                                                                        and node.module.startswith(f"{package}.")))
            out += [f"{path.relative_to(ROOT)}:{node.lineno} {node.module}.{a.name}" for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__") and not own]
    return out


def test_no_private_name_is_imported_across_modules() -> None:
    # an interface is public (letters_heard, lexicon.PARENS and base_forms, needs.is_caseless, features.anchor_total);
    # a package's common module and its __init__ are the package's own
    assert _private_imports(ROOT / "src") == []
    assert _private_imports(ROOT / "benchmarks") == []
