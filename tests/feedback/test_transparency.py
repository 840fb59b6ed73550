"""Transparency rules (TR-*): each fires on a realistic post and stays quiet on a close, harmless
one. Everything runs through the real engine with the built-in packs."""

from __future__ import annotations

import pytest

from studio.domain.platforms import PlatformId
from studio.feedback.checks.transparency import (
    commercial_facts,
    early_disclosure_signal,
    is_affiliate_link,
)
from studio.feedback.context import AnalysisContext
from studio.feedback.model import Draft, Finding, MediaFacts, Panel, Severity
from tests.feedback.helpers import covered, found, only, panel_findings


def transparency(text: str, **draft: object) -> list[Finding]:
    return panel_findings(Panel.TRANSPARENCY, text, **draft)


# A caption long enough to fold on Instagram, with the disclosure only at the end.
_LONG_CAPTION = (
    "Three weeks with the new trail shoes and I'm hooked. The grip on wet rock is the best I've "
    "had, they dried overnight after the river crossing, and my knees thanked me on the descent. "
    "Sizing runs a half size small, so go up if you're between sizes.\n\n"
    "Full review on the blog soon. #ad"
)


# --- TR-UNDISCLOSED -------------------------------------------------------------------------


def test_undisclosed_discount_code() -> None:
    text = "Use code SARAH20 for 20% off @glowco"
    finding = only(text, "TR-UNDISCLOSED")
    assert finding.severity is Severity.STRONG
    assert covered(text, finding) == "Use code SARAH20"
    assert finding.suggestions[0] == "Ad: Use code SARAH20"


def test_a_word_that_starts_with_ad_is_not_a_label() -> None:
    text = "Ad-free living is the best! Use code SARAH20 for 20% off @glowco"
    assert covered(text, only(text, "TR-UNDISCLOSED")) == "Use code SARAH20"


def test_undisclosed_sponsored_draft_and_partnership() -> None:
    sponsored = only("Loving my morning routine with @glowco ✨", "TR-UNDISCLOSED", sponsored=True)
    assert sponsored.suggestions[0].startswith("Ad: Loving my morning routine")
    text = "So happy with how the kitchen turned out.\nI've partnered with @tilestudio on this one!"
    partnership = only(text, "TR-UNDISCLOSED")
    assert covered(text, partnership) == "I've partnered with"
    assert partnership.suggestions == ()  # not in the first sentence: the message says where
    assert partnership.severity is Severity.WARN  # a partnership alone is weaker evidence


def test_undisclosed_gift_jargon() -> None:
    text = "Unboxing my PR package from @glowco today!"
    assert covered(text, only(text, "TR-UNDISCLOSED")) == "PR package"


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("Ad: Use code SARAH20 for 20% off @glowco", {}),
        ("Use code SARAH20 for 20% off — affiliate link, I earn a small commission", {}),
        ("I bought this myself, not an ad. Still obsessed.", {}),
        ("Use code review checklists before merging, it saves hours.", {}),
        ("Does anyone have a discount code for the science museum?", {}),
        ("#AdventureTime marathon tonight with my sister", {}),
        ("Paid partnership with @glowco: my morning routine ✨", {"sponsored": True}),
        ("We've partnered with the local food bank for our winter drive.", {}),
        ("Not sponsored, just love this café.", {}),
        ("Use code SPRING20 for 20% off everything in our shop this weekend!", {}),
        ("I've partnered with my best friend to open a candle shop 🕯️", {}),
        ("I'm partnering with @cityfoodbank for our winter charity drive!", {}),
        ("I'm teaming up with @sarah_runs for a 10K next month, wish us luck!", {}),
    ],
)
def test_undisclosed_quiet(text: str, draft: dict[str, object]) -> None:
    assert found(text, "TR-UNDISCLOSED", **draft) == []


# --- TR-AMBIGUOUS-LABEL ---------------------------------------------------------------------


def test_ambiguous_label_alone() -> None:
    text = "Loving my new trainers #spon"
    finding = only(text, "TR-AMBIGUOUS-LABEL")
    assert covered(text, finding) == "#spon"
    assert finding.severity is Severity.WARN
    assert finding.suggestions == ("#ad",)


def test_ambiguous_label_is_strong_when_it_is_all_a_paid_post_has() -> None:
    text = "Use code MAYA15 for 15% off my favourite serum #collab"
    finding = only(text, "TR-AMBIGUOUS-LABEL")
    assert covered(text, finding) == "#collab"
    assert finding.severity is Severity.STRONG
    assert found(text, "TR-UNDISCLOSED") == []  # one finding names the label instead


def test_thanks_brand_is_not_a_disclosure_for_a_paid_post() -> None:
    text = "Loving this serum, thanks @glowco!"
    finding = only(text, "TR-AMBIGUOUS-LABEL", sponsored=True)
    assert covered(text, finding) == "thanks @glowco"
    assert finding.severity is Severity.STRONG
    assert found(text, "TR-UNDISCLOSED", sponsored=True) == []
    assert found(text, "TR-AMBIGUOUS-LABEL") == []  # not sponsored: just good manners


def test_ambiguous_label_uk_reads_sponsored_as_unclear() -> None:
    text = "Sponsored by @glowco: my evening routine"
    assert found(text, "TR-AMBIGUOUS-LABEL") == []  # clear to US readers (FTC)
    assert covered(text, only(text, "TR-AMBIGUOUS-LABEL", locale="en-GB")) == "Sponsored by"


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("New track out now #collab with @djmira", {}),
        ("#ad #spon Loving my new trainers", {}),
        ("Spring training #sport #spring #sprint", {}),
        ("Thanks @anna for the lovely dinner last night", {}),
        ("Fim de semana incrível em São Paulo! #SP #Brasil #viagem", {}),
    ],
)
def test_ambiguous_label_quiet(text: str, draft: dict[str, object]) -> None:
    assert found(text, "TR-AMBIGUOUS-LABEL", **draft) == []


# --- TR-PLACEMENT ---------------------------------------------------------------------------


def test_placement_disclosure_after_the_fold() -> None:
    finding = only(_LONG_CAPTION, "TR-PLACEMENT")  # no platform chosen: Instagram's fold
    assert covered(_LONG_CAPTION, finding) == "#ad"
    assert "Instagram" in finding.message
    on_linkedin = only(_LONG_CAPTION, "TR-PLACEMENT", platforms=(PlatformId.LINKEDIN,))
    assert "LinkedIn" in on_linkedin.message and "approximate" in on_linkedin.message


def test_placement_quiet_when_early_or_no_fold() -> None:
    early = "Ad: " + _LONG_CAPTION.removesuffix(" #ad")
    assert found(early, "TR-PLACEMENT") == []
    assert found(_LONG_CAPTION, "TR-PLACEMENT", platforms=(PlatformId.BLUESKY,)) == []
    assert found("Short and honest #ad", "TR-PLACEMENT") == []


def test_early_disclosure_signal() -> None:
    early = "Ad: " + _LONG_CAPTION.removesuffix(" #ad")
    signal = early_disclosure_signal(AnalysisContext(Draft(early)))
    assert signal is not None and (signal.start, signal.end) == (0, 3)
    assert early_disclosure_signal(AnalysisContext(Draft(_LONG_CAPTION))) is None


# --- TR-HASHTAG-BURIED ----------------------------------------------------------------------


def test_hashtag_buried_in_a_pile() -> None:
    text = "Leg day done 💪 #fitfam #gym #ad #gains #fit"
    finding = only(text, "TR-HASHTAG-BURIED")
    assert covered(text, finding) == "#ad"
    assert "5 hashtags" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "#ad #skincare #glow\nThis serum has been on repeat all month.",
        "Ad: this serum has been on repeat all month. #skincare #glow #ad",
        "This serum has been on repeat all month #ad",
    ],
)
def test_hashtag_buried_quiet(text: str) -> None:
    assert found(text, "TR-HASHTAG-BURIED") == []


# --- TR-TOOL-ONLY ---------------------------------------------------------------------------


def test_tool_only() -> None:
    text = "My evening routine with @glowco ✨"
    finding = only(text, "TR-TOOL-ONLY", sponsored=True, paid_partnership_tool=True)
    assert finding.suggestions[0] == "Ad: My evening routine with @glowco ✨"
    assert found(text, "TR-UNDISCLOSED", sponsored=True, paid_partnership_tool=True) == []


def test_tool_only_quiet_with_text_disclosure() -> None:
    text = "#ad My evening routine with @glowco ✨"
    assert found(text, "TR-TOOL-ONLY", sponsored=True, paid_partnership_tool=True) == []


# --- TR-AFFILIATE ---------------------------------------------------------------------------


def test_affiliate_link_without_commission_note() -> None:
    text = "These boots survived a whole winter: amzn.to/3xYzAbc"
    finding = only(text, "TR-AFFILIATE")
    assert covered(text, finding) == "amzn.to/3xYzAbc"
    assert finding.severity is Severity.STRONG  # nothing at all is disclosed
    assert finding.suggestions == ("amzn.to/3xYzAbc (affiliate link — I earn a small commission)",)
    tagged = "#ad These boots survived a whole winter: https://www.amazon.com/dp/B0C?tag=maya-21"
    assert only(tagged, "TR-AFFILIATE").severity is Severity.WARN


@pytest.mark.parametrize(
    "text",
    [
        "These boots survived a whole winter: amzn.to/3xYzAbc (affiliate link, I earn a "
        "small commission)",
        "Tickets here: https://example.com/shop?utm_source=ig&ref=newsletter&tag=summer",
        "Code on GitHub: https://github.com/maya/app?ref=main",
    ],
)
def test_affiliate_quiet(text: str) -> None:
    assert found(text, "TR-AFFILIATE") == []


def test_affiliate_link_recognition() -> None:
    assert is_affiliate_link("https://rstyle.me/+abc")
    assert is_affiliate_link("https://shop.example.com/p/1?aff_id=778")
    assert not is_affiliate_link("https://notamzn.to.example.com/x")
    assert not is_affiliate_link("https://www.producthunt.com/posts/x?ref=twitter")


# --- TR-GIFTED ------------------------------------------------------------------------------


def test_gifted_label_without_the_giver() -> None:
    text = "New season, new scarf 🧣 @woolworks #gifted"
    finding = only(text, "TR-GIFTED")
    assert covered(text, finding) == "#gifted"
    assert finding.suggestions[0] == "Gifted by @woolworks"


@pytest.mark.parametrize(
    "text",
    [
        "New season, new scarf 🧣 gifted by @woolworks",
        "My mum gifted me this necklace for my birthday 💛",
        "She's such a gifted pianist, what a concert!",
        "Thanks to @woolworks for the free scarf! #gifted",
    ],
)
def test_gifted_quiet(text: str) -> None:
    assert found(text, "TR-GIFTED") == []


# --- TR-CLAIMS ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("This tea cures anxiety, I swear by it!", "cures anxiety"),
        ("Clinically proven to reduce wrinkles in 7 days.", "Clinically proven"),
        ("Guaranteed results or your money back!", "Guaranteed results"),
    ],
)
def test_claims(text: str, words: str) -> None:
    finding = only(text, "TR-CLAIMS")
    assert covered(text, finding) == words
    assert finding.severity is Severity.WARN


@pytest.mark.parametrize(
    "text",
    [
        "The cure for boredom: a good book and a pot of tea.",
        "It won't cure your anxiety, but it helps me wind down.",
        "There's no cure for Mondays, only coffee.",
        'Be wary of anything labelled "clinically proven".',
        "Clinically proven to reduce redness (study: https://doi.org/10.1000/xyz123).",
        "This book cured my reading slump!",
        "It's scientifically proven that dogs make everything better.",
    ],
)
def test_claims_quiet(text: str) -> None:
    assert found(text, "TR-CLAIMS") == []


# --- TR-DATA-ASK ----------------------------------------------------------------------------


def test_data_ask() -> None:
    text = "Giveaway time! Comment your email to enter 🎁"
    finding = only(text, "TR-DATA-ASK")
    assert covered(text, finding) == "Comment your email"
    assert finding.severity is Severity.WARN
    private = only("DM me your phone number to enter", "TR-DATA-ASK")
    assert private.severity is Severity.INFO  # not public, but still no privacy note


@pytest.mark.parametrize(
    "text",
    [
        "Never post your phone number in the comments, folks.",
        "Comment your birthday month and I'll tell you your flower 🌸",
        "Send me your questions for Friday's Q&A!",
        "Drop your favourite pasta shape below 👇",
        "Leave your email on the sign-up sheet at the front desk.",
        "Drop your address in the form on our site and we'll post you a sticker.",
    ],
)
def test_data_ask_quiet(text: str) -> None:
    assert found(text, "TR-DATA-ASK") == []


# --- TR-EDITED-IMAGE ------------------------------------------------------------------------


def test_edited_image_with_appearance_claim() -> None:
    edited = (MediaFacts(alt_text="Close-up of my face", edited=True),)
    text = "Two weeks of this serum and look at my skin"
    finding = only(text, "TR-EDITED-IMAGE", media=edited)
    assert covered(text, finding) == "serum"
    assert finding.severity is Severity.INFO
    contradiction = only("Fresh face #nofilter", "TR-EDITED-IMAGE", media=edited)
    assert contradiction.severity is Severity.WARN


def test_edited_image_quiet() -> None:
    landscape = (MediaFacts(alt_text="Sunset over the lake", edited=True),)
    assert found("Golden hour at the lake", "TR-EDITED-IMAGE", media=landscape) == []
    unedited = (MediaFacts(alt_text="Close-up of my face"),)
    assert found("Look at my skin after this serum", "TR-EDITED-IMAGE", media=unedited) == []


# --- the shared picture ---------------------------------------------------------------------


def test_negated_disclosures_are_not_disclosures() -> None:
    facts = commercial_facts(AnalysisContext(Draft("This is not an ad and not #ad either")))
    assert facts.ads == ()


def test_a_properly_disclosed_paid_post_is_clean() -> None:
    text = (
        "Ad: paid partnership with @glowco. I've used their SPF every day this summer — use "
        "code MAYA15 for 15% off. What's your go-to sunscreen?"
    )
    assert [f for f in transparency(text, sponsored=True) if f.severity is not Severity.INFO] == []
