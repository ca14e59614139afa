"""The pipeline: load → align → check → policy (severity, suppressions, baseline) → sorted findings.
No printing here."""

from __future__ import annotations

import traceback
from dataclasses import replace
from functools import lru_cache

from transqa import policy
from transqa.align import align
from transqa.align.dp import pair_checked
from transqa.align.paragraphs import hidden_source
from transqa.checks import (
    FAMILIES,
    coverage,
    embeds,
    linknames,
    markup,
    names,
    numbers,
    page,
    placeholders,
    slugtitle,
    spelling,
    terminology,
    untranslated,
)
from transqa.checks.meta import INTERNAL_ERROR
from transqa.checks.omission import without_replied
from transqa.checks.transliteration.letter_off import without_letter_off_twice
from transqa.config import Settings
from transqa.context import Context
from transqa.errors import STDIN_NAME, InputError, input_name, missing_dependency
from transqa.escape import shown_path
from transqa.findings import Finding, without_inside_deleted
from transqa.glossary import load_glossaries
from transqa.lang.script import han_count
from transqa.load import load_source, load_target, no_chinese, not_an_english_capture
from transqa.memo import pair_scope
from transqa.model import Document
from transqa.registry import rules
from transqa.result import Result
from transqa.tabular import refuse_table, refuse_table_early

DEFAULT = Settings()


def check_documents(source: Document | None, target: Document, settings: Settings | None = None) -> Result:
    """Align (when there is a source), run every enabled check family, then apply the policy
    (suppressions, severity overrides, baseline). A family that raises becomes a TQA999 finding;
    the other families still run. Preconditions: a file that is not the article (TQA004) gets that one finding, a
    translation in English (TQA401's one finding) no other, and a wrong pair (TQA014) keeps that finding beside the
    translation's own findings, checked alone (no rule that needs the original). Raises InputError only for an
    unreadable baseline. The analyses of a text that the aligner and the checks share are computed once for the pair
    (transqa.memo)."""
    with pair_scope():
        result = _check(source, target, settings or DEFAULT)
    pair_checked()
    return result


def _check(source: Document | None, target: Document, settings: Settings) -> Result:
    beads = align(source, target) if source is not None else []
    table = rules()
    selected = frozenset(settings.enabled(target.path))
    enabled = {c for c in selected if source is not None or not table[c].needs_source}
    # the rules that tell what they tell: the selected ones, ignored or not (`--ignore TQA316` still keeps TQA323 off
    # the title TQA316 points at: newcomer 40 item 2); a rule left out of --select takes no part (`--select TQA001`
    # reports a paragraph replaced by a reply as omitted)
    telling = enabled | {c for c in _selected_before_ignores(settings.select, settings.extra)
                         if source is not None or not table[c].needs_source}
    glossary = load_glossaries(settings.glossary) if settings.glossary else None
    ctx = Context(source, target, beads, glossary=glossary, default_currency=settings.default_currency)
    hidden = frozenset(hidden_source(source, target, beads))  # the paragraphs an unclosed `<!--` hides: TQA511
    findings = _findings(ctx, enabled, hidden, telling)
    if source is not None and page.WRONG_PAIR.code in enabled and any(f.code == page.WRONG_PAIR.code for f in findings):
        # (a precondition only when TQA014 reports: `--ignore TQA014` checks the two files as a pair all the same)
        # a wrong pair (TQA014): every other pair finding compares the translation with another article (newcomer 26
        # item 3: 16 of them, "“30%” became “70%”"): the wrong pair is said, and the translation is checked alone
        alone = Context(None, target, [], glossary=glossary, default_currency=settings.default_currency)
        findings = [f for f in findings if f.code == page.WRONG_PAIR.code] + _findings(
            alone, {c for c in enabled if not table[c].needs_source}, hidden,
            {c for c in telling if not table[c].needs_source})
    findings = [f for f in findings if f.code in enabled or f.code == INTERNAL_ERROR.code]
    findings, suppressed, baselined = policy.apply(target, findings, settings, enabled, table)
    return Result(shown_path(source.path) if source else None, shown_path(target.path), source, target, beads, findings, None,
                  suppressed, baselined, settings.path, hidden, reading=reading_options(settings), selected=selected)


@lru_cache(maxsize=16)
def _selected_before_ignores(select: tuple[str, ...], extra: tuple[str, ...]) -> frozenset[str]:
    """The codes `select` and `extra` switch on, no ignore nor per-file ignore applied: Settings.enabled of the run's
    settings without them, the same for every file, so computed once per run (it was once per pair)."""
    return frozenset(replace(DEFAULT, select=select, extra=extra).enabled())


def reading_options(settings: Settings) -> tuple[str, ...]:
    """The command-line options of `settings` that change how a pair is read (its paragraphs, its language), as
    typed: `("--one-per-line",)`; empty for the defaults. The report's command that checks the pair alone repeats them."""
    return (("--one-per-line",) if settings.one_per_line else ()) + (("--force-chinese",) if settings.force_chinese else ())


def _findings(ctx: Context, enabled: set[str], hidden: frozenset[int], telling: set[str]) -> list[Finding]:
    """The findings of every check family with an enabled rule on `ctx`, less those another finding already tells;
    the findings of the `telling` rules kept (the enabled ones and those selected but ignored): the caller keeps the
    enabled ones. A rule ignored (`--ignore TQA316`, a per-file-ignores entry) still tells what it tells, so the
    findings it stands for (TQA323 on a title TQA316 points at) do not appear when it is ignored: the enabled rules
    report what they report in a full run (newcomer 40 item 2). A rule left out of --select takes no part."""
    target = ctx.target
    findings: list[Finding] = []
    # Preconditions: a file that is not the article (a consent page) gets that one finding, no side effects; so does
    # a translation in English (newcomer 25 item 8: not one TQA002 and TQA401 per paragraph, and TQA014)
    unusable = page.unusable(target) is not None  # once: the test below and the families' choice read it
    english = _in_english(ctx) if "TQA401" in enabled else None  # a precondition only when its rule reports
    if english is not None and not unusable:
        findings.append(untranslated.whole_left_in_english(ctx, english))
    for family in (page,) if unusable else () if english is not None else FAMILIES:
        codes = {r.code for r in family.RULES}
        if not codes & enabled:
            continue
        try:
            findings.extend(f for f in family.check(ctx) if f.code in telling)
        except Exception as exc:  # a rule must never take the run down: report it instead
            if missing_dependency(exc):  # but a library not installed ends the run with its fix (cli.py): every pair needs it
                raise
            where = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(
                ctx.finding(
                    INTERNAL_ERROR,
                    f"internal error in {family.__name__.rsplit('.', 1)[-1]}: {type(exc).__name__}: {exc} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
                )
            )
    findings = numbers.without_in_english(numbers.without_k_in_magnitude(
        numbers.without_covered(embeds.without_side_effects(ctx, findings))))
    findings = names.without_untranslated_garbles(findings)
    findings = without_letter_off_twice(findings)  # a garble another name rule reports is its (TQA327)
    findings = linknames.without_misspelt_twice(linknames.one_per_span(untranslated.without_spelt_twice(findings)))
    findings = linknames.written_again(ctx, findings)  # a name's rendering as words reported once: its other places too
    findings = slugtitle.without_told_twice(findings)  # a title name TQA317 points at: not a TQA323 too
    findings = spelling.without_cut_twice(findings)  # a name cut short TQA311 reports: not a TQA306 too
    findings = markup.without_hidden(findings, hidden)
    findings = without_replied(findings)  # the English paragraph a reply's TQA013 names: not a TQA001 too
    findings = coverage.without_inside_dropped(findings)  # a clause or name of a dropped sentence: TQA003/TQA016 alone
    findings = coverage.without_reply_added(findings)  # a reply TQA013 names: not a TQA010 sentence too
    findings = placeholders.without_dropped_twice(findings)  # a tag written as another: TQA305, not a TQA007 too
    findings = terminology.settled_by_glossary(ctx, findings)  # what the glossary says of a name: its finding alone
    return without_inside_deleted(findings)  # a span one finding deletes: no other edit inside it


def _in_english(ctx: Context) -> tuple[int, int] | None:
    """left_in_english of the translation: with the original, or alone when it holds no Chinese at all (an audit's
    `slug.zh.md` left in English, `check_or_error`; one with a Chinese title gets its TQA401 passage by passage)."""
    english = untranslated.left_in_english(ctx.target)
    return english if english is not None and (ctx.source is not None or english[0] == 0) else None


def check_paths(source_path: str | None, target_path: str, settings: Settings | None = None,
                source_name: str | None = None, english_ok: bool = False, source_text: str | None = None) -> Result:
    """Load and check a pair (or a translation alone); `source_name` names the original in the report
    (a fetched capture's URL, not its cache file). Raises InputError for files that cannot be used. With
    `english_ok`, a translation alone that holds no Chinese but English prose is checked (its one TQA401), not
    refused (load_target). `source_text`: the original's text when it was decoded already (a cached capture's)."""
    try:
        lines = (settings or DEFAULT).one_per_line
        source = load_source(source_path, source_text, lines) if source_path else None
    except InputError as exc:  # a fetched capture (source_name: its URL) of a Chinese page
        # load_source's only wrong-language errors say the page is Chinese ("looks like Chinese", or a capture of a
        # Chinese page when the Wayback toolbar shows it, which a raw `id_` capture lacks): for a fetched capture
        # both mean that capture is of a Chinese page, said with its URL; its other errors are named by that URL too,
        # never by the cache file (HOSTILE26 #6: a capture with no article text, cached by an older release)
        if source_name and exc.kind == "wrong-language":
            raise not_an_english_capture(source_name) from None
        if source_name:
            raise InputError(source_name, exc.message, exc.kind) from None
        raise
    if source is not None and (source_name or source_path == "-"):
        source.path = source_name or STDIN_NAME
    told = refuse_table_early(target_path)  # a TSV or CSV export given as the translation: refused before it is parsed
    forced = (settings or DEFAULT).force_chinese
    target = load_target(target_path, source, forced, english_ok, (settings or DEFAULT).one_per_line)
    if english_ok and source is None and not forced and not any(han_count(b.text) for b in target.blocks) and \
            untranslated.left_in_english(target) is None:
        # no Chinese and no English prose either (a list of names): no translation read; a Korean or kana text the
        # flag --force-chinese asks to check as Chinese is checked
        raise no_chinese(target_path)
    if not told:  # one whose first 64 KB could not tell (standard input, UTF-16, long rows): looked at once, here
        refuse_table(target_path, target.raw)
    if target_path == "-":
        target.path = STDIN_NAME
    return check_documents(source, target, settings)


def check_or_error(source_path: str | None, target_path: str, settings: Settings | None = None,
                   source_name: str | None = None) -> Result:
    """For batches (audit, the hook): a pair that cannot be read (or crashes a loader) becomes a result with its
    error set. A translation alone with no Chinese but English prose is checked: one TQA401 says it is left in English
    (newcomer 27 item 13: the README says an audited `slug.zh.md` is checked whatever its text; it was an input
    error, exit 2, with advice on the order of arguments, which fits `check` given the original alone)."""
    try:
        return check_paths(source_path, target_path, settings, source_name, english_ok=True)
    except InputError as exc:
        err = InputError(shown_path(exc.path), exc.message, exc.kind)
    except Exception as exc:  # one bad pair must not end the batch (a library not installed does: cli.py says which)
        if missing_dependency(exc):
            raise
        err = InputError(shown_path(target_path), f"internal error: {type(exc).__name__}: {exc}", "internal")
    shown = (source_name or shown_path(input_name(source_path))) if source_path else None  # a capture: its URL (HOSTILE27 #2)
    return Result(shown, shown_path(input_name(target_path)), None,
                  None, error=err)
