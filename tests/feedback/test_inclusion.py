"""Inclusion & accessibility rules (IA-*): each fires on a realistic post and stays quiet on a
close, harmless one. Everything runs through the real engine with the built-in packs."""

from __future__ import annotations

import pytest

from studio.feedback.checks.inclusion import camel_case, plain_text, split_words
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, MediaFacts, Panel, Severity
from tests.feedback.helpers import corpus_posts, covered, found, only

# --- IA-EQUALITY ----------------------------------------------------------------------------


def test_equality_guys_as_a_group_address() -> None:
    text = "Hey guys, the new episode is up — link in bio!"
    finding = only(text, "IA-EQUALITY")
    assert covered(text, finding) == "Hey guys"
    assert finding.panel is Panel.INCLUSION
    assert finding.severity is Severity.WARN
    assert "Hey everyone" in finding.suggestions
    assert finding.why and finding.source


@pytest.mark.parametrize(
    ("text", "words", "suggestion"),
    [
        ("Landing on the moon was a giant leap for mankind.", "mankind", "humankind"),
        ("Honestly that sequel was so lame.", "lame", "boring"),
        ("You're crazy if you skip the dessert here.", "crazy", "wild"),
        ("Every team has a blind spot when it comes to feedback.", "blind spot", "gap"),
        ("Our firemen were at the school fair today!", "firemen", "firefighters"),
        ("Coffee is my spirit animal.", "spirit animal", "kindred spirit"),
        ("Thank you guys for coming out tonight", "Thank you guys", "Thank you all"),
        ("Great chat with the elderly residents at Oak House.", "elderly", "older"),
    ],
)
def test_equality_flags_the_exclusionary_use(text: str, words: str, suggestion: str) -> None:
    finding = only(text, "IA-EQUALITY")
    assert covered(text, finding) == words
    assert suggestion in finding.suggestions


@pytest.mark.parametrize(
    "text",
    [
        "The guys at the garage fixed my bike in an hour.",
        "This pizza is crazy good.",
        "I'm crazy about this new album.",
        "The crowd went crazy when they played the encore.",
        'Can we stop calling everything "lame"? There are better words.',
        "My horse went lame after the show, so we're resting her this week.",
        "Always check your blind spot before changing lanes on the motorway.",
        "I'm tone-deaf, so karaoke night was rough on everyone's ears.",
        "Our manager is so good at manning the grill lol",
        "Obviously I had to buy three.",
        "Many hands make light work.",
    ],
)
def test_equality_stays_quiet_on_literal_or_harmless_use(text: str) -> None:
    assert found(text, "IA-EQUALITY") == []


def test_equality_condescending_word_addressed_to_the_reader_is_a_nudge_to_delete() -> None:
    text = "Obviously you need a good base layer for winter hikes."
    finding = only(text, "IA-EQUALITY")
    assert covered(text, finding).startswith("Obviously")
    assert finding.severity is Severity.INFO
    assert finding.suggestions == ("",)


# --- IA-PROFANITY ---------------------------------------------------------------------------


def test_profanity_masked_swear_word_gets_a_softer_word() -> None:
    text = "Paying £9 for a sandwich at the station is bullsh*t."
    finding = only(text, "IA-PROFANITY")
    assert covered(text, finding) == "bullsh*t"
    assert finding.severity is Severity.INFO
    assert "nonsense" in finding.suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Our labrador bitch had eight healthy puppies this morning!",
        "Weekend trip to Scunthorpe with the family.",
        "Rereading Dickens by the fire tonight.",
        'He said "what the hell" and jumped in the lake.',
        "Cocktail hour on the terrace 🍸",
    ],
)
def test_profanity_quiet_on_ordinary_words(text: str) -> None:
    assert found(text, "IA-PROFANITY") == []


# --- IA-CAMELCASE ---------------------------------------------------------------------------


def test_camelcase_long_lowercase_hashtag() -> None:
    text = "Talking about burnout today. #mentalhealthawareness"
    finding = only(text, "IA-CAMELCASE")
    assert covered(text, finding) == "#mentalhealthawareness"
    assert finding.suggestions == ("#MentalHealthAwareness",)


@pytest.mark.parametrize(
    "text",
    [
        "Talking about burnout today. #MentalHealthAwareness",
        "Golden hour at the pier #sunset",
        "Packing for Peru #wanderlust",
        "Best summer ever #summer2024",
        "Off to the shops #nyc",
        "Binge-watching #AdventureTime all weekend",
        "Ready for the weekend #xqzvbnmrtp",
        "New reads on the shelf #bookstagram",
        "Caught them all #pokemon",
        "Sunday runs with the crew #nofilter",
    ],
)
def test_camelcase_quiet(text: str) -> None:
    assert found(text, "IA-CAMELCASE") == []


def test_hashtag_splitter_prefers_common_words() -> None:
    assert split_words("mentalhealthawareness") == ["mental", "health", "awareness"]
    assert camel_case("photooftheday") == "PhotoOfTheDay"
    assert camel_case("selfcare2025") == "SelfCare2025"
    assert camel_case("throwback") is None  # one word already reads correctly
    assert camel_case("manchesterunited") == "ManchesterUnited"  # not "Man Chester"
    assert camel_case("beyonce") is None  # not "Bey Once"


# --- IA-FANCY-UNICODE -----------------------------------------------------------------------


def test_fancy_unicode_bold_math_letters() -> None:
    text = "𝐍𝐞𝐰 𝐩𝐨𝐬𝐭 on the blog today"
    finding = only(text, "IA-FANCY-UNICODE")
    assert covered(text, finding) == "𝐍𝐞𝐰 𝐩𝐨𝐬𝐭"
    assert finding.severity is Severity.STRONG
    assert finding.suggestions == ("New post",)


def test_fancy_unicode_other_generators_are_read_back_to_letters() -> None:
    assert plain_text("Ⓢⓐⓛⓔ") == "Sale"
    assert plain_text("🅰🅱") == "AB"
    assert plain_text("ꜱᴍᴀʟʟ") == "small"
    assert plain_text("ｖｉｂｅｓ") == "vibes"
    text = "ｖｉｂｅｓ only this weekend"
    assert covered(text, only(text, "IA-FANCY-UNICODE")) == "ｖｉｂｅｓ"


@pytest.mark.parametrize(
    "text",
    [
        "Café crème with Zoë and Łukasz in Kraków",
        "東京タワーからの眺め、最高でした",
        "ＵＳＢ充電器を買いました",
        "Our flat is 54 m², ½ price this week™ — № 1 in town",
        "Let 𝑥 be the number of cupcakes 🧁",
        "🔥 new drop 🅿️ parking round the back",
    ],
)
def test_fancy_unicode_quiet_on_real_text(text: str) -> None:
    assert found(text, "IA-FANCY-UNICODE") == []


# --- IA-EMOJI-OVERUSE -----------------------------------------------------------------------


def test_emoji_overuse_same_emoji_in_a_row() -> None:
    text = "Launch day!! 🔥🔥🔥🔥"
    finding = only(text, "IA-EMOJI-OVERUSE")
    assert covered(text, finding) == "🔥🔥🔥🔥"
    assert finding.suggestions == ("🔥",)


def test_emoji_overuse_long_mixed_run() -> None:
    text = "Holiday mood 🌴☀️🍹🏖️😎🌊"
    finding = only(text, "IA-EMOJI-OVERUSE")
    assert covered(text, finding) == "🌴☀️🍹🏖️😎🌊"


@pytest.mark.parametrize(
    "text",
    [
        "Great day 🎉🎉",
        "Sun's out ☀️ see you at the beach 🏖️",
        "Family 👨‍👩‍👧‍👦 and flags 🇬🇧 🇫🇷 in one post",
    ],
)
def test_emoji_overuse_quiet(text: str) -> None:
    assert found(text, "IA-EMOJI-OVERUSE") == []


# --- IA-EMOJI-MIDWORD -----------------------------------------------------------------------


def test_emoji_as_words() -> None:
    text = "I ❤️ 🍕 with my 👯"
    hits = found(text, "IA-EMOJI-MIDWORD")
    assert [covered(text, f) for f in hits] == ["❤️ 🍕", "👯"]
    assert hits[0].suggestions == ("love pizza",)


def test_emoji_inside_a_word_and_as_bullets() -> None:
    text = "So much l💜ve for this"
    assert covered(text, only(text, "IA-EMOJI-MIDWORD")) == "💜"
    listing = "What you get:\n✅ Free delivery\n✅ Vegan ingredients\n✅ Recyclable box"
    bullets = only(listing, "IA-EMOJI-MIDWORD")
    assert bullets.severity is Severity.INFO
    assert covered(listing, bullets) == "✅"


@pytest.mark.parametrize(
    "text",
    [
        "Love this 😍",
        "Thank you 🙏 for coming!",
        "Game on 🔥 see you there",
        "We did it! 🎉 Thanks everyone",
        "Miss her 💕",
        "Morning coffee ☕ and a good book",
        "Cheers to 🥂 another year!",
    ],
)
def test_emoji_midword_quiet_on_decoration(text: str) -> None:
    assert found(text, "IA-EMOJI-MIDWORD") == []


# --- IA-ALLCAPS -----------------------------------------------------------------------------


def test_allcaps_shouting_run() -> None:
    text = "Tickets are going fast. THIS IS SO IMPORTANT: book by Friday."
    finding = only(text, "IA-ALLCAPS")
    assert covered(text, finding) == "THIS IS SO IMPORTANT"
    assert finding.severity is Severity.WARN
    assert finding.suggestions == ("This is so important",)
    heading = "KEY TAKEAWAYS FROM THE CONFERENCE:"
    assert only(heading, "IA-ALLCAPS").suggestions == ("Key takeaways from the conference",)


def test_allcaps_three_words_or_a_stylised_name_is_only_a_nudge() -> None:
    assert only("Got the job!!! I START MONDAY!!!", "IA-ALLCAPS").severity is Severity.INFO
    band = "Live music tonight: the band is called SOUND OF SEA and they're brilliant."
    assert only(band, "IA-ALLCAPS").severity is Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "NASA and the ESA shared new images from the JWST today.",
        "Our FAQ is updated — DM me if anything is unclear.",
        "FREE samples at the stand this Saturday!",
        "Shipping to the UK, USA and EU from Monday.",
        "Big thanks to the NHS staff at St Mary's.",
        "I'm the new CEO & founder of a tiny bakery.",
    ],
)
def test_allcaps_quiet_on_acronyms_and_single_words(text: str) -> None:
    assert found(text, "IA-ALLCAPS") == []


# --- IA-ALTCASE -----------------------------------------------------------------------------


def test_altcase_spongebob_text() -> None:
    text = "Oh great, another Monday. sO uSeFuL"
    finding = only(text, "IA-ALTCASE")
    assert covered(text, finding) == "sO uSeFuL"
    assert finding.suggestions == ("so useful",)


@pytest.mark.parametrize(
    "text",
    [
        "Just got the new iPhone and an eBay bargain",
        "Lunch at McDonald's, then YouTube all afternoon",
        "Writing my thesis in LaTeX with free WiFi",
        "Day 3 of NaNoWriMo and my PhD can wait",
        "Follow @SaRaH_bAkEs for more",
    ],
)
def test_altcase_quiet_on_names(text: str) -> None:
    assert found(text, "IA-ALTCASE") == []


# --- IA-EMOTICON ----------------------------------------------------------------------------


def test_emoticons_and_ascii_art() -> None:
    text = "Made it home :-) and the bus was late ¯\\_(ツ)_/¯"
    hits = found(text, "IA-EMOTICON")
    assert [covered(text, f) for f in hits] == [":-)", "¯\\_(ツ)_/¯"]
    assert hits[0].suggestions == ("🙂",)
    art = "Meet the new office cat\n /\\_/\\\n( o.o )\n > ^ <"
    drawing = only(art, "IA-EMOTICON")
    assert covered(art, drawing) == " /\\_/\\\n( o.o )\n > ^ <"


@pytest.mark.parametrize(
    "text",
    [
        "Meeting at 10:30 (room 2)",
        "Details: https://example.com/event",
        "Note: bring snacks",
        "Choose a plan (option 8) at checkout",
        "Finished the half marathon in <3 hours!",
        "Step 1) preheat the oven; step 2) relax",
    ],
)
def test_emoticon_quiet(text: str) -> None:
    assert found(text, "IA-EMOTICON") == []


# --- IA-ALT-TEXT ----------------------------------------------------------------------------


def test_alt_text_missing_is_strong_and_a_file_name_is_a_warning() -> None:
    missing = only("Picnic this Saturday!", "IA-ALT-TEXT", media=(MediaFacts(alt_text=""),))
    assert missing.severity is Severity.STRONG
    assert "Flyer:" in missing.message
    named = only(
        "Picnic this Saturday!",
        "IA-ALT-TEXT",
        media=(MediaFacts(alt_text="A red picnic blanket"), MediaFacts(alt_text="IMG_2041.jpg")),
    )
    assert named.severity is Severity.WARN
    assert "Image 2" in named.message


def test_alt_text_quiet_when_described() -> None:
    media = (MediaFacts(alt_text="A golden retriever catching a frisbee on the beach"),)
    assert found("Beach day!", "IA-ALT-TEXT", media=media) == []
    assert found("No pictures today.", "IA-ALT-TEXT") == []


# --- IA-READABILITY -------------------------------------------------------------------------

_LONG_SENTENCE = (
    "After three months of planning, two cancelled venues and more spreadsheets than I care to "
    "admit, we finally opened the community repair café in the old library, and dozens of "
    "neighbours brought broken lamps, toasters and bicycles for our volunteers to fix."
)


def test_readability_flags_a_very_long_sentence_with_a_split() -> None:
    finding = only(_LONG_SENTENCE, "IA-READABILITY")
    assert finding.severity is Severity.INFO
    assert (finding.start, finding.end) == (0, len(_LONG_SENTENCE))
    assert "very hard" in finding.message
    assert finding.suggestions and ". " in finding.suggestions[0]


def test_readability_quiet_on_short_sentences() -> None:
    text = (
        "We opened the repair café today. Dozens of neighbours came. "
        "They brought lamps, toasters and bikes. Our volunteers fixed most of them! "
        "Next session: Saturday at ten."
    )
    assert found(text, "IA-READABILITY") == []


# --- a corpus of ordinary posts -------------------------------------------------------------


def benign_posts() -> list[str]:
    return corpus_posts("benign_inclusion_transparency.txt")


def test_corpus_is_large_enough() -> None:
    assert len(benign_posts()) >= 60


@pytest.mark.parametrize("post", benign_posts())
def test_ordinary_posts_raise_no_inclusion_or_transparency_warning(post: str) -> None:
    report = analyse(Draft(post))
    serious = [
        (f.rule_id, post[f.start : f.end], f.message)
        for f in report.findings
        if f.panel in (Panel.INCLUSION, Panel.TRANSPARENCY) and f.severity is not Severity.INFO
    ]
    assert serious == []


def test_readability_whole_post_grade_for_dense_jargon() -> None:
    text = (
        "Our organisation's comprehensive digital transformation initiative leverages "
        "cross-functional stakeholder collaboration methodologies, facilitating sustainable "
        "capability enhancement. Implementation considerations necessitate substantial "
        "infrastructure modernisation and comprehensive governance frameworks. Additionally, "
        "organisational leadership acknowledges the importance of transparent communication "
        "throughout implementation, particularly regarding interdepartmental dependencies."
    )
    finding = only(text, "IA-READABILITY")
    assert (finding.start, finding.end) == (0, len(text))
    assert "university level" in finding.message


def test_readability_quiet_on_a_plain_long_post() -> None:
    text = (
        "I've been thinking a lot about onboarding lately.\n\n"
        "When I joined my first startup, nobody told me where anything was. I spent two weeks "
        "guessing. It made me anxious and slow.\n\n"
        "So when we hired our first engineers this year, we wrote everything down: how we "
        'deploy, who to ask, what "done" means. We paired every new person with a buddy.\n\n'
        "The result? New hires shipped their first change in three days instead of three "
        "weeks.\n\nWhat's one thing that made your first week at a job easier?"
    )
    assert found(text, "IA-READABILITY") == []
