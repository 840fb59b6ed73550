"""The Authenticity panel (AU-*): engagement bait, the real-help exception, broadcast tone, calls
to action, invitations, hashtag piles and corporate wording. All through the real engine."""

from __future__ import annotations

import pytest

from studio.feedback.checks.authenticity import (
    CTA_STACK_MIN_KINDS,
    HASHTAG_ALWAYS_FINE,
    HASHTAG_ALWAYS_STUFFED,
    NO_INVITE_MIN_WORDS,
    question_from_condition,
)
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel, RuleSettings, Severity
from studio.feedback.rulepacks import builtin_packs
from tests.feedback.helpers import assert_each_id_implemented_once, covered, found

BAIT_IDS = {"AU-REACT-BAIT", "AU-VOTE-BAIT", "AU-SHARE-BAIT", "AU-TAG-BAIT", "AU-COMMENT-BAIT"}


FIRES = [
    # (rule, text, the words the finding covers, a suggestion it offers or None)
    (
        "AU-REACT-BAIT",
        "LIKE this if you're an Aries ♈",
        "LIKE this if you're an Aries ♈",
        "Are you an Aries? I'd love to hear your take.",
    ),
    (
        "AU-REACT-BAIT",
        "New week!\nDouble tap if you love Mondays",
        "Double tap if you love Mondays",
        "Do you love Mondays? I'd love to hear your take.",
    ),
    (
        "AU-REACT-BAIT",
        "👍 if you're coming tonight",
        "👍 if you're coming tonight",
        "Are you coming tonight? I'd love to hear your take.",
    ),
    (
        "AU-REACT-BAIT",
        "Like if you remember this 😂 Share if you're a 90s kid!",
        "Like if you remember this 😂",
        "Do you remember this? I'd love to hear your take.",
    ),
    (
        "AU-VOTE-BAIT",
        "❤️ for pizza, 👍 for tacos",
        "❤️ for pizza, 👍 for tacos",
        "Pizza or tacos? Tell me why.",
    ),
    ("AU-VOTE-BAIT", "Like = yes, Love = no", "Like = yes, Love = no", "Yes or no? Tell me why."),
    (
        "AU-SHARE-BAIT",
        "Share with 5 friends to win a free cruise!",
        "Share with 5 friends to win a free cruise!",
        None,
    ),
    (
        "AU-SHARE-BAIT",
        "Repost if you agree.",
        "Repost if you agree.",
        "What do you think? I'd love to hear.",
    ),
    (
        "AU-SHARE-BAIT",
        "Giveaway! Like, comment and share to win a hamper 🎁",
        "Like, comment and share to win a hamper 🎁",
        None,
    ),
    (
        "AU-TAG-BAIT",
        "Tag a friend who needs this 😂",
        "Tag a friend who needs this 😂",
        "Know someone this would help? Send it their way if you like.",
    ),
    (
        "AU-TAG-BAIT",
        "Giveaway time 🎁 Tag 3 friends to enter!",
        "Tag 3 friends to enter!",
        "Know someone this would help? Send it their way if you like.",
    ),
    (
        "AU-COMMENT-BAIT",
        "Type AMEN if you believe",
        "Type AMEN if you believe",
        "What would you add?",
    ),
    (
        "AU-COMMENT-BAIT",
        "Free guide! Comment LINK and I'll DM you",
        "Comment LINK and I'll DM you",
        "The link is in my bio.",
    ),
    ("AU-COMMENT-BAIT", "Drop a 🔥 if you agree", "Drop a 🔥 if you agree", "What would you add?"),
    (
        "AU-BROADCAST",
        "Shop now. Link in bio. Buy today. DM to order.",
        "Shop now. Link in bio. Buy today. DM to order.",
        "Shop now. Link in bio. Buy today. DM to order.\n\nWhat do you think?",
    ),
    (
        "AU-CTA-STACK",
        "Click the link, sign up, share and buy!",
        "sign up, share and buy!",
        "Sign up if you'd like.",
    ),
    (
        "AU-CORPORATE",
        "Please be advised that opening hours change on Monday.",
        "Please be advised that",
        "Just so you know",
    ),
    ("AU-CORPORATE", "We'll circle back with dates soon.", "circle back", "follow up"),
    (
        "AU-CORPORATE",
        "Time to leverage synergies across teams.",
        "leverage synergies",
        "work together",
    ),
]


@pytest.mark.parametrize(("rule_id", "text", "words", "suggestion"), FIRES)
def test_rule_fires_on_the_right_words(
    rule_id: str, text: str, words: str, suggestion: str | None
) -> None:
    hits = found(text, rule_id)
    assert [covered(text, f) for f in hits] == [words]
    finding = hits[0]
    assert finding.why and finding.message and finding.source.startswith("https://")
    if suggestion is not None:
        assert suggestion in finding.suggestions


QUIET = [
    ("AU-REACT-BAIT", "I'd like this if it came in green."),
    ("AU-REACT-BAIT", "Would love it if you could join us for dinner."),
    ("AU-REACT-BAIT", "Looks like this if you squint."),
    ("AU-REACT-BAIT", "like if you think about it, it's weird"),
    ("AU-REACT-BAIT", 'Meta demotes posts that say "Like this if you agree".'),
    ("AU-VOTE-BAIT", "Thanks everyone ❤️ for the support, 🎉 for the team"),
    ("AU-VOTE-BAIT", "Pizza or tacos tonight? Tell me why."),
    ("AU-SHARE-BAIT", "Please share: our dog is missing since Tuesday."),
    ("AU-SHARE-BAIT", "Feel free to share with your friends if you think they'd enjoy it."),
    ("AU-SHARE-BAIT", "Thanks for sharing your story with us."),
    ("AU-TAG-BAIT", "Tag us in your photos from the festival!"),
    ("AU-TAG-BAIT", "Don't forget to tag your friends in the photos from Saturday 📸"),
    ("AU-TAG-BAIT", "Who would you tag in this? 😂"),
    ("AU-COMMENT-BAIT", "Comment below with your favourite book of the year."),
    ("AU-COMMENT-BAIT", "Type 1 diabetes awareness month starts today."),
    ("AU-COMMENT-BAIT", "Say no to single-use plastic."),
    ("AU-COMMENT-BAIT", "Say YES to summer with our new linen range."),
    (
        "AU-COMMENT-BAIT",
        "Comment \"yes\" if you'd come to a Saturday class, I'm trying to gauge interest.",
    ),
    ("AU-COMMENT-BAIT", "Send your CV to jobs@example.com or drop it off at the counter."),
    ("AU-BROADCAST", "New autumn menu 🍂 Pumpkin bread and chai buns. Open 7–3. Link in bio."),
    ("AU-BROADCAST", "Sign up at the link in bio and bring a friend!"),
    ("AU-BROADCAST", "We made this for rainy mornings. Shop now, link in bio."),
    ("AU-CTA-STACK", "Sign up and bring a friend. Link in bio."),
    ("AU-CORPORATE", "Circle the date: picnic on 3 May!"),
    ("AU-CORPORATE", 'Our intern banned the word "synergy" from the office.'),
    ("AU-NO-INVITE", "Open till 6 today 🥐"),
    ("AU-HASHTAG-STUFF", "Sunset over the bay 🌅 #nofilter #beach #summer #travel #uk"),
]


@pytest.mark.parametrize(("rule_id", "text"), QUIET)
def test_rule_stays_quiet_on_a_close_harmless_text(rule_id: str, text: str) -> None:
    assert found(text, rule_id) == []


# --- AU-HELP-EXEMPT: real requests for help may ask people to share ------------------------------


@pytest.mark.parametrize(
    ("text", "quiet_rule"),
    [
        (
            "Please share with all your friends: our dog Biscuit is missing since Tuesday.",
            "AU-SHARE-BAIT",
        ),
        ("Repost if you can: my grandad went missing this morning in Leeds.", "AU-SHARE-BAIT"),
        ("Tag a friend who lives in Bristol! Any tips for a good piano teacher?", "AU-TAG-BAIT"),
        (
            "Comment YES if you can give blood this week. Blood donors needed for Amira.",
            "AU-COMMENT-BAIT",
        ),
        (
            "Like this if you can help! We're raising money for Amira's medical bills.",
            "AU-REACT-BAIT",
        ),
    ],
)
def test_a_real_request_for_help_is_not_bait(text: str, quiet_rule: str) -> None:
    report = analyse(Draft(text=text))
    assert not [f for f in report.findings if f.rule_id in BAIT_IDS]
    help_signals = [s for s in report.signals if s.signal_id == "AU-HELP-EXEMPT"]
    assert help_signals and help_signals[0].panel is Panel.AUTHENTICITY
    # The same words without the request for help are bait: the exception is what keeps it quiet.
    settings = RuleSettings(disabled_for_workspace=frozenset({"AU-HELP-EXEMPT"}))
    assert found(text, quiet_rule, rule_settings=settings)


def test_the_help_exception_is_a_signal_rule_not_a_finding() -> None:
    rules = [r for r in builtin_packs().rules if r.rule_id == "AU-HELP-EXEMPT"]
    assert rules and all(rule.signal for rule in rules)
    assert found("Please share: our cat Mittens has gone missing.", "AU-HELP-EXEMPT") == []


# --- metrics and their thresholds ----------------------------------------------------------------


def test_broadcast_is_a_nudge_and_a_personal_voice_or_a_question_silences_it() -> None:
    text = "Shop now. Link in bio. Buy today. DM to order."
    (finding,) = found(text, "AU-BROADCAST")
    assert finding.severity is Severity.INFO
    assert found("I baked these for rainy mornings. " + text, "AU-BROADCAST") == []
    assert found(text + " What's your go-to?", "AU-BROADCAST") == []
    assert found("@sam " + text, "AU-BROADCAST") == []


def test_cta_stack_needs_three_different_actions() -> None:
    assert CTA_STACK_MIN_KINDS == 3
    assert found("Sign up and share with a friend!", "AU-CTA-STACK") == []
    three = "Follow us, share this post and book your table today."
    assert [covered(three, f) for f in found(three, "AU-CTA-STACK")] == [three]


def test_a_long_monologue_gets_a_nudge_to_ask_something() -> None:
    sentence = "We spent the weekend repainting the shop and fixing the old shelves by the window."
    text = " ".join([sentence] * (NO_INVITE_MIN_WORDS // 15 + 1))
    (finding,) = found(text, "AU-NO-INVITE")
    assert finding.severity is Severity.INFO
    assert covered(text, finding) == sentence
    assert finding.suggestions == (f"{sentence} What do you think?",)
    assert found(text + " What would you paint next?", "AU-NO-INVITE") == []
    assert found(text + " Come by and say hi.", "AU-NO-INVITE") == []


def test_a_long_post_about_a_death_is_not_asked_for_a_question() -> None:
    sentence = "My grandfather passed away last week and I keep thinking of his workshop."
    text = " ".join([sentence] * (NO_INVITE_MIN_WORDS // 13 + 1))
    assert found(text, "AU-NO-INVITE") == []


def test_hashtag_piles_are_flagged_and_the_first_five_kept() -> None:
    tags = " ".join(f"#tag{letter}" for letter in "abcdefghijkl")
    text = f"Morning walk by the river.\n\n{tags}"
    (finding,) = found(text, "AU-HASHTAG-STUFF")
    assert covered(text, finding) == tags
    assert finding.suggestions == ("#taga #tagb #tagc #tagd #tage",)


def test_hashtag_thresholds_leave_ordinary_posts_alone() -> None:
    assert (HASHTAG_ALWAYS_FINE, HASHTAG_ALWAYS_STUFFED) == (5, 10)
    six_in_a_long_post = (
        "We finally opened the new studio this weekend after months of work, and I want to thank "
        "everyone who helped paint, carry boxes and bring coffee. It means the world to us. "
        "#studio #pottery #ceramics #handmade #smallbusiness #leeds"
    )
    assert found(six_in_a_long_post, "AU-HASHTAG-STUFF") == []
    six_alone = "New mugs! #pottery #ceramics #handmade #mugs #glaze #kiln"
    assert found(six_alone, "AU-HASHTAG-STUFF") != []


def test_an_if_clause_becomes_a_question() -> None:
    assert question_from_condition("you're an Aries ♈") == "Are you an Aries?"
    assert question_from_condition("you agree!!") == "Do you agree?"
    assert question_from_condition("you've ever burnt toast") == "Have you ever burnt toast?"
    assert question_from_condition("it rains") is None


def test_every_authenticity_id_is_implemented_once_as_yaml_or_code() -> None:
    assert_each_id_implemented_once(Panel.AUTHENTICITY, "authenticity")
