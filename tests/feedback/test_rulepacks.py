"""The Vale-format loader: each extension point, our keys, and user packs that go wrong."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from studio.domain.platforms import PlatformId
from studio.feedback import rulepacks
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, MediaFacts, Panel, Severity
from studio.feedback.rulepacks import (
    Anchor,
    RulePacks,
    branch_anchors,
    builtin_packs,
    load_packs,
    load_rules_dir,
    rule_from_mapping,
)


def write_rule(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def pack_of(**definition: object) -> RulePacks:
    return RulePacks((rule_from_mapping(definition, name="Test.Rule"),))


def findings(text: str, packs: RulePacks, **draft: object) -> list[tuple[str, str]]:
    report = analyse(Draft(text, **draft), packs=packs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.message) for f in report.findings if f.rule_id == "Test.Rule"]


def matched(text: str, packs: RulePacks, **draft: object) -> list[str]:
    return [words for words, _ in findings(text, packs, **draft)]


# Loading ---------------------------------------------------------------------------------------


def test_builtin_packs_load_without_problems() -> None:
    packs = builtin_packs()
    assert packs.problems == ()
    assert builtin_packs() is packs  # loaded once


def test_a_vale_style_folder_works_and_names_rules_pack_dot_file(tmp_path: Path) -> None:
    write_rule(
        tmp_path / "Brand",
        "Avoid",
        """\
        extends: existence
        message: "Avoid '%s'."
        level: error
        ignorecase: true
        link: https://example.com/style
        tokens:
          - synergy
          - leverage
        """,
    )
    packs = load_rules_dir(tmp_path)
    report = analyse(Draft("We leverage Synergy daily."), packs=packs)
    # A house style's findings go to "Your style"; Vale's `error` is a warning here.
    assert [(f.rule_id, f.severity, f.panel, f.message) for f in report.findings] == [
        ("Brand.Avoid", Severity.WARN, Panel.STYLE, "Avoid 'leverage'."),
        ("Brand.Avoid", Severity.WARN, Panel.STYLE, "Avoid 'Synergy'."),
    ]
    assert report.findings[0].source == "https://example.com/style"


def test_unsupported_extends_and_bad_regex_are_reported_once_and_skipped(tmp_path: Path) -> None:
    write_rule(tmp_path / "House", "Seq", "extends: sequence\ntokens: [a]\n")
    write_rule(tmp_path / "House", "Broken", "extends: existence\ntokens: ['fine', '(oops']\n")
    write_rule(tmp_path / "House", "Junk", "extends: existence\ntokens: [a\n  b: [\n")
    write_rule(tmp_path / "House", "Good", "extends: existence\ntokens: [widget]\n")
    packs = load_rules_dir(tmp_path)
    reasons = {Path(p.path).name: p.reason for p in packs.problems}
    assert set(reasons) == {"Seq.yml", "Broken.yml", "Junk.yml"}
    assert "sequence" in reasons["Seq.yml"] and "not supported" in reasons["Seq.yml"]
    assert "'(oops'" in reasons["Broken.yml"]
    assert "YAML" in reasons["Junk.yml"]
    assert [r.rule_id for r in packs.rules] == ["House.Good"]


def test_markup_scopes_a_post_lacks_are_reported_not_crashed_on(tmp_path: Path) -> None:
    write_rule(tmp_path / "Docs", "Lists", "extends: existence\ntokens: [foo]\nscope: list\n")
    write_rule(
        tmp_path / "Docs", "Cells", "extends: existence\ntokens: [foo]\nscope: [table.cell, code]\n"
    )
    packs = load_rules_dir(tmp_path)
    reasons = {Path(p.path).stem: p.reason for p in packs.problems}
    assert set(reasons) == {"Lists", "Cells"}
    assert "list" in reasons["Lists"] and "table.cell" in reasons["Cells"]
    assert packs.rules == ()


def test_user_and_workspace_packs_load_with_builtins_and_reload_on_change(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    write_rule(rules_dir, "Loose", "extends: existence\ntokens: [gizmo]\n")
    write_rule(rules_dir / "workspaces" / "acme", "Terms", "extends: existence\ntokens: [widget]\n")
    write_rule(
        rules_dir / "workspaces" / "acme" / "Acme", "Terms", "extends: existence\ntokens: [thing]\n"
    )
    packs = load_packs(rules_dir, workspace="acme")
    ids = packs.rule_ids
    assert {"User.Loose", "User.Terms", "Acme.Terms"} <= ids
    assert builtin_packs().rule_ids <= ids
    assert "User.Terms" not in load_packs(rules_dir).rule_ids  # other workspaces don't see it
    assert load_packs(rules_dir) is load_packs(rules_dir)  # nothing changed: nothing re-read
    write_rule(rules_dir, "Loose2", "extends: existence\ntokens: [doohickey]\n")
    assert "User.Loose2" in load_packs(rules_dir).rule_ids


def test_a_whole_vale_styles_path_is_read_one_level_down(tmp_path: Path) -> None:
    write_rule(tmp_path / "styles" / "Corp", "Words", "extends: existence\ntokens: [utilize]\n")
    assert load_rules_dir(tmp_path).rule_ids == {"Corp.Words"}


def test_pack_default_panel_from_pack_file_or_folder_name(tmp_path: Path) -> None:
    (tmp_path / "Voice").mkdir()
    (tmp_path / "Voice" / "_pack.yml").write_text("panel: authenticity\n", encoding="utf-8")
    write_rule(tmp_path / "Voice", "Corp", "extends: existence\ntokens: [synergy]\n")
    write_rule(tmp_path / "wellbeing", "Calm", "extends: existence\ntokens: [hurry]\n")
    write_rule(
        tmp_path / "wellbeing", "Own", "extends: existence\npanel: transparency\ntokens: [x]\n"
    )
    panels = {r.rule_id: r.panel for r in load_rules_dir(tmp_path).rules}
    assert panels == {
        "Voice.Corp": Panel.AUTHENTICITY,
        "wellbeing.Calm": Panel.WELLBEING,
        "wellbeing.Own": Panel.TRANSPARENCY,
    }


def test_bad_values_of_our_keys_are_problems(tmp_path: Path) -> None:
    write_rule(tmp_path / "P", "Panel", "extends: existence\npanel: vibes\ntokens: [a]\n")
    write_rule(
        tmp_path / "P", "Platform", "extends: existence\nplatforms: [myspace]\ntokens: [a]\n"
    )
    write_rule(tmp_path / "P", "When", "extends: existence\nwhen: {weekday: true}\ntokens: [a]\n")
    write_rule(tmp_path / "P", "Severity", "extends: existence\nseverity: huge\ntokens: [a]\n")
    packs = load_rules_dir(tmp_path)
    assert len(packs.problems) == 4
    assert packs.rules == ()


# Extension points ------------------------------------------------------------------------------


def test_existence_word_boundaries_and_symbols() -> None:
    packs = pack_of(extends="existence", message="'%s'", ignorecase=True, tokens=["lame", "#sp"])
    assert matched("That was lame. #sp", packs) == ["lame", "#sp"]
    assert matched("Blame the #spring rain", packs) == []


def test_a_tokens_own_alternatives_stay_inside_the_word_boundaries() -> None:
    packs = pack_of(extends="substitution", swap={"postmen|mailmen": "mail carriers"})
    assert matched("postmen, mailmen", packs) == ["postmen", "mailmen"]
    assert matched("xpostmen mailmenx", packs) == []


@pytest.mark.parametrize(
    "definition",
    [
        {"extends": "existence", "tokens": ["foo|bar"]},
        {"extends": "existence", "tokens": ["(?i)foo|bar"]},
        {"extends": "existence", "ignorecase": True, "tokens": ["zip", "foo|bar"]},
        {"extends": "substitution", "swap": {"foo|bar": "baz"}},
        {"extends": "substitution", "ignorecase": True, "swap": {"foo|bar": "baz", "zip": "zap"}},
    ],
)
def test_a_top_level_alternation_is_grouped_before_the_word_boundaries(
    definition: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unwrapped, the boundaries would bind to "foo" on the left and "bar" on the right only
    # (`\bfoo|bar\b`), so "foox" and "xbar" would match. Checked with the alternatives split
    # into branches of their own (the default, for speed) and with each token whole.
    for split in (True, False):
        monkeypatch.setattr(rulepacks, "_SPLIT_ALTERNATIVES", split)
        packs = pack_of(message="'%s'", **definition)
        assert matched("foox xbar foobar barfoo", packs) == []
        assert matched("foo, bar!", packs) == ["foo", "bar"]
        for branch in packs.rules[0].matcher.branches:
            source = branch.pattern.pattern
            assert source.startswith(rulepacks._BOUNDARY + "(?:")
            assert source.endswith(")" + rulepacks._BOUNDARY)
            if not split and "foo" in source:
                assert "(?:foo|bar)" in source or "(?:(?i:foo|bar))" in source
            if "foo" in source or "bar" in source:
                assert all(a.word_start for a in branch.anchors or ())


def test_a_nonword_token_alternation_keeps_both_alternatives() -> None:
    packs = pack_of(extends="existence", nonword=True, message="'%s'", tokens=["!!+|\\?\\?+"])
    assert matched("Wow!!! Really?? ok", packs) == ["!!!", "??"]


def test_existence_straight_apostrophe_matches_the_curly_one() -> None:
    packs = pack_of(extends="existence", ignorecase=True, tokens=["don't miss out"])
    assert matched("Don’t miss out!", packs) == ["Don’t miss out"]


def test_existence_nonword_raw_append_and_exceptions() -> None:
    nonword = pack_of(extends="existence", nonword=True, tokens=["!!+"])
    assert matched("Wow!!! ok!", nonword) == ["!!!"]
    raw = pack_of(extends="existence", raw=[r"\b\d+", r"\s?lbs\b"])
    assert matched("down 20 lbs", raw) == ["20 lbs"]
    appended = pack_of(extends="existence", tokens=["down"], raw=[r" \d+"], append=True)
    assert matched("down 20 and downtown 5", appended) == ["down 20"]
    # As in Vale, `ignorecase` does not reach the exceptions: "(?i)" does.
    adverbs = {"extends": "existence", "ignorecase": True, "tokens": [r"\w+ly"]}
    excepted = pack_of(**adverbs, exceptions=["only"])
    assert matched("Only really only", excepted) == ["Only", "really"]
    folded = pack_of(**adverbs, exceptions=["(?i)only"])
    assert matched("Only really only", folded) == ["really"]


def test_existence_action_gives_suggestions() -> None:
    replace = pack_of(
        extends="existence", tokens=["utilize"], action={"name": "replace", "params": ["use"]}
    )
    remove = pack_of(extends="existence", tokens=["obviously"], action={"name": "remove"})
    report = analyse(Draft("utilize it, obviously"), packs=replace + remove)
    assert [f.suggestions for f in report.findings] == [("use",), ("",)]


def test_substitution_messages_follow_vales_order_and_keep_capitals() -> None:
    packs = pack_of(
        extends="substitution",
        message="Use '%s' instead of '%s'.",
        ignorecase=True,
        swap={"mankind": "humankind", r"within the (\w+) folder": "in the $1 folder"},
    )
    report = analyse(Draft("Mankind, within the Docs folder."), packs=packs)
    assert [(f.message, f.suggestions) for f in report.findings] == [
        ("Use 'Humankind' instead of 'Mankind'.", ("Humankind",)),
        ("Use 'in the Docs folder' instead of 'within the Docs folder'.", ("in the Docs folder",)),
    ]


def test_substitution_single_placeholder_and_alternatives() -> None:
    packs = pack_of(extends="substitution", message="Prefer %s.", swap={"guys": "everyone|folks"})
    report = analyse(Draft("Thanks guys"), packs=packs)
    assert report.findings[0].message == "Prefer 'everyone' or 'folks'."
    assert report.findings[0].suggestions == ("everyone", "folks")


def test_substitution_is_quiet_when_the_text_already_has_the_preferred_form() -> None:
    packs = pack_of(extends="substitution", ignorecase=True, swap={"e-mail|email": "email"})
    assert matched("Send an email or an e-mail", packs) == ["e-mail"]


def test_occurrence_max_spans_the_extra_occurrences_and_min_the_scope() -> None:
    packs = pack_of(extends="occurrence", message="%s hashtags", max=2, token=r"#\w+")
    assert findings("#a #b #c #d", packs) == [("#c #d", "4 hashtags")]
    assert findings("#a #b", packs) == []
    at_least = pack_of(extends="occurrence", scope="sentence", min=1, token=r"\?", message="%s")
    assert findings("Tell me. Why?", at_least) == [("Tell me.", "0")]


def test_conditional_without_groups_flags_first_when_second_is_missing() -> None:
    packs = pack_of(
        extends="conditional",
        message="Add a help resource near '%s'.",
        ignorecase=True,
        first=r"\bsuicid\w*",
        second=r"\b(?:988|helpline)\b",
    )
    assert matched("Talking about suicide today.", packs) == ["suicide"]
    assert matched("Talking about suicide today. Call 988.", packs) == []


def test_conditional_with_groups_uses_vales_semantics() -> None:
    packs = pack_of(
        extends="conditional",
        message="'%s' has no definition",
        first=r"\b([A-Z]{3,5})\b",
        second=r"(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)",
        exceptions=["ABC"],
    )
    text = "The World Health Organization (WHO) works with WHO staff, DAFB and ABC."
    assert findings(text, packs) == [("DAFB", "'DAFB' has no definition")]


def test_capitalization_styles() -> None:
    upper = pack_of(extends="capitalization", match="$sentence", message="'%s'")
    assert matched("this starts low. This Has Title Case. I met NASA.", upper) == [
        "this starts low.",
        "This Has Title Case.",
    ]
    title = pack_of(extends="capitalization", match="$title", scope="line")
    report = analyse(Draft("The best of times\nA Tale of Two Cities"), packs=title)
    assert [f.suggestions for f in report.findings] == [("The Best of Times",)]


def test_repetition_flags_consecutive_duplicates_only() -> None:
    packs = pack_of(
        extends="repetition",
        message="'%s' repeated",
        alpha=True,
        ignorecase=True,
        tokens=[r"[^\s.!?]+"],
    )
    assert findings("It was the The best. Very, very good.", packs) == [
        ("the The", "'The' repeated")
    ]


def test_metric_with_our_variables_and_division_by_zero() -> None:
    packs = pack_of(
        extends="metric",
        message="%s words per sentence",
        formula="words / sentences",
        condition="> 5.0",
        scope="sentence",
    )
    text = "Short one. This sentence has quite a few more words in it."
    assert findings(text, packs) == [(text[11:], "10 words per sentence")]
    shouty = pack_of(extends="metric", formula="exclamations + caps_words", condition=">= 3")
    assert matched("WOW!! ok", shouty) == ["WOW!! ok"]
    empty = pack_of(extends="metric", formula="questions / hashtags", condition="> 0")
    assert matched("No hashtags here?", empty) == []


def test_metric_rejects_unknown_variables_and_code() -> None:
    write_dir = {"extends": "metric", "formula": "__import__('os')", "condition": "> 1"}
    with pytest.raises(ValueError, match="formula"):
        rule_from_mapping(write_dir, name="Bad.Code")
    with pytest.raises(ValueError, match="unknown variable"):
        rule_from_mapping({**write_dir, "formula": "vibes * 2"}, name="Bad.Var")


def test_readability_averages_vales_grade_level_metrics() -> None:
    packs = pack_of(
        extends="readability",
        message="Grade %s",
        metrics=["Flesch-Kincaid", "Automated Readability"],
        grade=8,
    )
    dense = (
        "Organisational transformation necessitates comprehensive interdepartmental "
        "communication, institutional accountability and considerable administrative perseverance."
    )
    assert len(findings(dense, packs)) == 1
    assert findings(dense, packs)[0][1].startswith("Grade ")
    assert findings("We baked bread. It was good. Come and try some.", packs) == []
    with pytest.raises(ValueError, match="metrics"):
        rule_from_mapping({"extends": "readability", "metrics": ["Vibes"], "grade": 8}, name="X")


def test_consistency_flags_the_later_form() -> None:
    packs = pack_of(
        extends="consistency", message="'%s' vs '%s'", ignorecase=True, either={"email": "e-mail"}
    )
    assert findings("Email me. Or e-mail me.", packs) == [("e-mail", "'e-mail' vs 'email'")]


# Our keys --------------------------------------------------------------------------------------


def test_unless_drops_matches_with_a_context_in_the_same_sentence() -> None:
    packs = pack_of(extends="existence", ignorecase=True, tokens=["OCD"], unless=[r"\bdiagnosed\b"])
    assert matched("I'm so OCD about my desk.", packs) == ["OCD"]
    assert matched("I was diagnosed with OCD at 12.", packs) == []
    assert matched("I was diagnosed last year. I'm so OCD today.", packs) == ["OCD"]


def test_skip_quoted_drops_mentions_in_quotes_but_not_uses() -> None:
    packs = pack_of(extends="existence", ignorecase=True, tokens=["lame"], skip_quoted=True)
    assert matched("Stop calling things \"lame\". It is ‘lame’ to say 'lame'.", packs) == []
    assert matched("This party is lame, isn't it", packs) == ["lame"]


def test_platforms_and_when_restrict_where_a_rule_runs() -> None:
    packs = pack_of(
        extends="existence",
        tokens=["link in bio"],
        ignorecase=True,
        platforms=["instagram"],
        when={"sponsored": True, "has_media": True},
    )
    text = "Link in bio"
    photo = (MediaFacts(alt_text="a cup"),)
    assert matched(text, packs, platforms=(PlatformId.X,), sponsored=True, media=photo) == []
    assert (
        matched(text, packs, platforms=(PlatformId.INSTAGRAM,), sponsored=False, media=photo) == []
    )
    assert matched(text, packs, platforms=(PlatformId.INSTAGRAM,), sponsored=True) == []
    assert matched(text, packs, platforms=(PlatformId.INSTAGRAM,), sponsored=True, media=photo) == [
        "Link in bio"
    ]


def test_id_panel_severity_and_why_keys() -> None:
    rule = rule_from_mapping(
        {
            "extends": "existence",
            "id": "WB-TEST",
            "panel": "wellbeing",
            "level": "suggestion",
            "severity": "strong",
            "why": "Because.",
            "tokens": ["x"],
        },
        name="Pack.File",
    )
    assert (rule.rule_id, rule.name, rule.panel, rule.severity, rule.why) == (
        "WB-TEST",
        "Pack.File",
        Panel.WELLBEING,
        Severity.STRONG,
        "Because.",
    )


def test_signal_rules_produce_signals_not_findings() -> None:
    packs = pack_of(
        extends="existence",
        tokens=["thank you"],
        ignorecase=True,
        signal=True,
        panel="authenticity",
        message="You thank people.",
    )
    report = analyse(Draft("Thank you all"), packs=packs)
    assert report.findings == ()
    assert ("Test.Rule", "You thank people.") in [(s.signal_id, s.message) for s in report.signals]


def test_anchors_are_found_for_literal_runs_groups_and_word_edges() -> None:
    assert branch_anchors("so OCD", word_start=True, word_end=True) == (
        Anchor("ocd", word_start=True, word_end=True),
    )
    assert branch_anchors(r"\bburn(?:ing|ed)?\s+it\s+off", word_start=False) == (
        Anchor("burn", word_start=True, word_end=False),
    )
    assert branch_anchors(r"(?<=\bfood\s)#goals\b", word_start=False) == (
        Anchor("goals", word_start=True, word_end=True),
    )
    assert branch_anchors(r"(?:literally|lowkey)\s+depressed", word_start=True) == (
        Anchor("depressed", word_start=True, word_end=False),
    )
    assert branch_anchors(r"colou?r", word_start=True) == (
        Anchor("colo", word_start=True, word_end=False),
    )
    assert branch_anchors(r"[A-Z]{3,5}", word_start=True) is None
    assert branch_anchors(r"(?x) a b c", word_start=True) is None


def test_skipping_by_anchor_sees_what_ignoring_case_sees() -> None:
    packs = pack_of(extends="existence", ignorecase=True, tokens=["sale", "kilo"])
    # LONG S and KELVIN SIGN match "s" and "k" when ignoring case; the anchor look-up must too.
    assert matched("big \u017fale, 2 \u212ailo", packs) == ["\u017fale", "\u212ailo"]


def test_user_regex_that_backtracks_forever_is_stopped(tmp_path: Path) -> None:
    write_rule(tmp_path / "Slow", "Boom", "extends: existence\nnonword: true\nraw: ['(a+)+$']\n")
    packs = load_rules_dir(tmp_path)
    report = analyse(Draft("a" * 40 + "!"), packs=packs)
    assert report.findings == ()


def test_the_format_reference_examples_load() -> None:
    """The examples in rulepacks.py's docstring (the format reference) are valid rules."""
    doc = rulepacks.__doc__ or ""
    examples = []
    for block in doc.split("Example::")[1:]:
        lines = []
        for line in block.splitlines()[1:]:
            if line.strip() and not line.startswith(" " * 20):
                break
            lines.append(line)
        examples.append(yaml.safe_load(textwrap.dedent("\n".join(lines))))
    assert len(examples) == 2
    for index, example in enumerate(examples):
        rule = rule_from_mapping(example, name=f"Doc.Example{index}")
        assert rule.why or rule.message
