"""Release 49's reread: mends found by reading the release's change again, and by its last newcomer."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.fix import plan
from transqa.load.markdown import parse_markdown

# the newcomer's article (judge-approves-facebooks-20m-sponsored-stories-settlement.md:11), its link cut short: an
# anchor that swallows sentences (TQA107) quotes `614，000`, which TQA207 repairs
_ANCHOR = ("# 法官批准脸书和解\n\n响应集体诉讼通知的[大约 614，000 名用户可以从这笔基金中申请获得现金支付。该协议还取消了“一帆风顺”"
           "条款，这意味着脸书现在被允许反对原告律师的费用和开支申请。任何剩余的资金将作为集体诉讼的剩余资金分配给组织。](https://"
           "web.archive.org/web/2023/http://gigaom.com/2013/08/26/facebook-will-pay/)\n")


def test_a_repair_is_made_where_another_finding_quotes_the_repaired_text() -> None:
    # it was refused: the re-check's TQA107 quotes `614,000`, a message no finding had before, read as a new finding
    result = check_documents(None, parse_markdown("a.zh.md", _ANCHOR))
    assert {"TQA107", "TQA207"} <= {f.code for f in result.findings}
    fp = plan(result)
    assert [(e.code, e.text) for e in fp.applied] == [("TQA207", "614,000")]
    assert "614,000" in fp.repaired and "TQA107" in {f.code for f in fp.remaining}
