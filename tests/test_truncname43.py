"""Release 43, helper truncname: Latin-script names cut short (issue 17), and TQA306's far reading capped at its limit."""

from __future__ import annotations

from tests.helpers import fails, findings, passes

from transqa.checks.spelling import misspelt


def _codes(en: str, zh: str) -> list[tuple[str, str, str | None]]:
    return [(f.code, f.target.text, f.suggestion) for f in findings(en, zh) if f.target and f.code in ("TQA306", "TQA311")]


# --- TQA306: the edit distance was capped at 3, the far limit 3: every long name with the same start passed


def test_a_word_far_from_the_name_is_no_misspelling_of_it() -> None:
    assert not misspelt("Microphones", "Microsoft", far=True)  # distance 5, the same first four letters
    assert not misspelt("Kazi", "Kazinform", far=True)  # distance 5: a cut (TQA311), not a misspelling
    assert misspelt("Orifire", "Oriflame", far=True)  # three letters off a long name that keeps its start


def test_microphones_is_not_a_misspelt_microsoft() -> None:
    passes("TQA306", "Microsoft sells microphones now.\n", "Microsoft 现在销售 Microphones。\n")


# --- TQA311 with the original: a name cut short


def test_a_long_name_cut_to_a_third_is_cut_short_not_misspelt() -> None:
    en = "The earthquake struck at night, Kazinform reported on Monday.\n"
    assert _codes(en, "据 Kazi 周一报道，地震发生在夜间。\n") == [("TQA311", "Kazi", "Kazinform")]


def test_a_cut_name_followed_by_the_next_part_of_the_name_is_cut_short() -> None:
    # `Flor Tan`: the Latin word after the cut is the surname, not the rest of Florence (before, any Latin letter
    # after the token read as the name written in pieces, and only TQA306's capped distance reported it)
    en = "The news was reported by Florence Tan on Monday from Singapore.\n"
    assert _codes(en, "这一消息由 Flor Tan 周一从新加坡报道。\n") == [("TQA311", "Flor", "Florence")]


def test_a_name_in_pieces_is_not_cut() -> None:
    # the rest follows: garbled (TQA301), not cut
    assert not [c for c in _codes("Olaf Scholz met the press.\n", "Olaf Sch olz 会见了记者。\n") if c[0] == "TQA311"]


def test_the_last_word_of_a_product_name_cut_short() -> None:
    en = "The service runs on Google Cloud Platform, the company said on Tuesday.\n"
    assert ("TQA311", "Plat", "Platform") in _codes(en, "该服务运行在 Google Cloud Plat 上，该公司周二表示。\n")


def test_short_given_names_abbreviations_and_short_cuts_are_not_cut_names() -> None:
    en = "Alexander Kazinformova and Christopher Lee flew to California on Monday.\n"
    zh = "Alex Kazi 和 Chris Lee 周一飞往 Calif. 。\n"
    assert [c for c in _codes(en, zh) if c[0] == "TQA311"] == []  # a nickname, a quarter of a name, an abbreviation
    # a shorter name the source itself uses
    passes("TQA311", "Alexander, known as Alex, spoke.\n", "Alexander（Alex）发言了。\n")


def test_stripe_cut_short_is_still_found() -> None:
    f = fails("TQA311", "Payments company Stripe raised money.\n", "支付公司 Stri 融资了。\n")
    assert (f.target.text, f.suggestion) == ("Stri", "Stripe")


def test_a_cut_in_a_run_of_the_name_is_one_finding_the_cut() -> None:
    # WMT22 Online-A, en.ndtv.com.58695: `Zube Garg` for Zubeen Garg, two letters off beside its other part (TQA306's)
    # and the name cut short (TQA311's since it reads a cut before the next word of the name): one defect, one finding
    en = "Singer and music composer Zubeen Garg, who led the protests, also addressed the rally on Monday.\n"
    zh = "领导抗议的歌手兼音乐作曲家 Zube Garg 周一也在集会上发表了讲话。\n"
    assert _codes(en, zh) == [("TQA311", "Zube", "Zubeen")]
