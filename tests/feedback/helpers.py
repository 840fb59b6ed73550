"""What the per-panel feedback tests share: running the real engine on a text, the catalogue of
rule ids (FEEDBACK.md), and the benign corpora of ordinary posts."""

from __future__ import annotations

from pathlib import Path

from studio.feedback.checks.registry import registered_checks
from studio.feedback.engine import analyse
from studio.feedback.evaluate import read_corpus
from studio.feedback.model import Draft, Finding, Panel
from studio.feedback.rulepacks import builtin_packs

_CORPUS_DIR = Path(__file__).parent / "corpus"
_BENIGN_DIR = _CORPUS_DIR / "benign"

# FEEDBACK.md's catalogue as of November 2026 (ids are stable once shipped). The row
# "IA-EMOTICON/ASCII-ART" is one rule, IA-EMOTICON. PF-GRAMMAR is the grammar backends' catalogue
# id (studio/feedback/grammar.py).
CATALOGUE: dict[str, Panel] = {
    **dict.fromkeys(
        [
            "WB-SUICIDE-VERB",
            "WB-SUICIDE-SENSATIONAL",
            "WB-SUICIDE-METHOD",
            "WB-HELP-RESOURCE",
            "WB-CONTENT-WARNING",
            "WB-SUICIDE-NOTE",
            "WB-MH-CASUAL",
            "WB-BODY-LABEL",
            "WB-FOOD-MORALITY",
            "WB-BODY-NUMBERS",
            "WB-URGENCY",
            "WB-SCARCITY",
            "WB-CONFIRMSHAME",
            "WB-FAKE-SOCIALPROOF",
            "WB-HYPE",
            "WB-CLICKBAIT",
            "WB-COMPARISON",
            "WB-DOOMSCROLL",
        ],
        Panel.WELLBEING,
    ),
    **dict.fromkeys(
        [
            "AU-REACT-BAIT",
            "AU-VOTE-BAIT",
            "AU-SHARE-BAIT",
            "AU-TAG-BAIT",
            "AU-COMMENT-BAIT",
            "AU-HELP-EXEMPT",
            "AU-BROADCAST",
            "AU-CTA-STACK",
            "AU-CORPORATE",
            "AU-NO-INVITE",
            "AU-HASHTAG-STUFF",
        ],
        Panel.AUTHENTICITY,
    ),
    **dict.fromkeys(
        [
            "IA-EQUALITY",
            "IA-PROFANITY",
            "IA-CAMELCASE",
            "IA-FANCY-UNICODE",
            "IA-EMOJI-OVERUSE",
            "IA-EMOJI-MIDWORD",
            "IA-ALLCAPS",
            "IA-ALTCASE",
            "IA-EMOTICON",
            "IA-ALT-TEXT",
            "IA-READABILITY",
        ],
        Panel.INCLUSION,
    ),
    **dict.fromkeys(
        [
            "TR-UNDISCLOSED",
            "TR-AMBIGUOUS-LABEL",
            "TR-PLACEMENT",
            "TR-HASHTAG-BURIED",
            "TR-TOOL-ONLY",
            "TR-AFFILIATE",
            "TR-GIFTED",
            "TR-CLAIMS",
            "TR-DATA-ASK",
            "TR-EDITED-IMAGE",
        ],
        Panel.TRANSPARENCY,
    ),
    **dict.fromkeys(["PF-LENGTH", "PF-PREVIEW", "PF-LINK"], Panel.PLATFORM),
}


def catalogue_ids(panel: Panel) -> set[str]:
    return {rule_id for rule_id, owner in CATALOGUE.items() if owner is panel}


def panel_findings(panel: Panel, text: str, **draft: object) -> list[Finding]:
    """The findings of one panel on `text`, through the real engine and built-in packs."""
    return list(analyse(Draft(text=text, **draft)).for_panel(panel))  # type: ignore[arg-type]


def found(text: str, rule_id: str, **draft: object) -> list[Finding]:
    report = analyse(Draft(text=text, **draft))  # type: ignore[arg-type]
    return [f for f in report.findings if f.rule_id == rule_id]


def only(text: str, rule_id: str, **draft: object) -> Finding:
    hits = found(text, rule_id, **draft)
    assert len(hits) == 1, [(f.message, text[f.start : f.end]) for f in hits]
    return hits[0]


def covered(text: str, finding: Finding) -> str:
    """The words of `text` a finding underlines."""
    return text[finding.start : finding.end]


def corpus_posts(file_name: str) -> list[str]:
    """The posts of a benign corpus file (corpus/benign/; posts are separated by a blank line)."""
    return read_corpus(_BENIGN_DIR / file_name)


def assert_each_id_implemented_once(panel: Panel, pack_name: str) -> None:
    """Every catalogue id of `panel` is a YAML rule or a code check, never both, and the panel's
    pack (`pack_name` is part of its path) loads without problems."""
    yaml_ids = {r.rule_id for r in builtin_packs().rules if r.panel is panel}
    code_ids = {c.rule_id for c in registered_checks() if c.panel is panel}
    assert yaml_ids | code_ids >= catalogue_ids(panel)
    assert not (yaml_ids & code_ids)
    assert not [p for p in builtin_packs().problems if pack_name in p.path]
