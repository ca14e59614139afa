"""Release 31, precision on the archive: legitimate renderings the rules took for defects."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _codes_at(path: str, zh: str, code: str) -> list[str | None]:
    """The target texts of one rule's findings on a translation checked alone under its file name."""
    return [f.target.text if f.target else None for f in check_documents(None, parse_markdown(path, zh)).findings
            if f.code == code]


def test_two_characters_cut_out_of_a_dictionary_word_are_no_rendering_of_a_slug_name() -> None:
    # archive heldout4, ooyala-brings-free-live-coverage-of-the-australian-open…: 利亚 of 澳大利亚 (Australia) was taken
    # for `Ooyala` of the file name, written 9 times in Latin script (4 false TQA310); 金海 of 黄金海岸 (Gold Coast) so for Zynga
    path = "ooyala-brings-free-live-coverage-of-the-australian-open-to-the-web.md"
    zh = ("# Ooyala 将澳大利亚网球公开赛的免费现场报道带到了网络上\n\n"
          "Ooyala 与澳大利亚网球协会合作。根据 Ooyala 团队的说法，澳大利亚网球协会选择了 Ooyala。\n")
    assert _codes_at(path, zh, "TQA310") == []
    # the same two characters standing alone are still the name written the other way
    zh2 = ("# Ooyala 将网球公开赛的免费现场报道带到了网络上\n\n"
           "Ooyala 与网球协会合作。根据 Ooyala 团队的说法，网球协会选择了 Ooyala。利亚还说它会继续。\n")
    assert _codes_at(path, zh2, "TQA310") == ["利亚"]
