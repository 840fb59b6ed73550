"""The Well-being panel (WB-*): every rule fires on a realistic example and stays quiet on a close,
harmless one. All through the real engine (`analyse`) with the built-in packs and code checks."""

from __future__ import annotations

import pytest

from studio.feedback.checks.registry import registered_checks
from studio.feedback.checks.wellbeing import helpline_for, helplines
from studio.feedback.context import AnalysisContext
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel, RuleSettings, Severity
from studio.feedback.rulepacks import builtin_packs
from tests.feedback.helpers import (
    assert_each_id_implemented_once,
    corpus_posts,
    covered,
    found,
    panel_findings,
)

# --- every rule fires on a realistic example, on the right words ---------------------------------

FIRES = [
    # (rule, text, the words the finding covers, a suggestion it offers or None)
    (
        "WB-SUICIDE-VERB",
        "He committed suicide last spring.",
        "committed suicide",
        "died by suicide",
    ),
    (
        "WB-SUICIDE-VERB",
        "After a failed suicide attempt she found a great therapist.",
        "failed suicide attempt",
        "suicide attempt",
    ),
    (
        "WB-SUICIDE-VERB",
        "Calling it a successful suicide is cruel.",
        "successful suicide",
        "death by suicide",
    ),
    (
        "WB-SUICIDE-SENSATIONAL",
        "Experts warn of a teen suicide epidemic in our county.",
        "suicide epidemic",
        "rise in suicides",
    ),
    (
        "WB-SUICIDE-SENSATIONAL",
        "Suicides skyrocketing among farmers, says new report.",
        "Suicides skyrocketing",
        "Suicides have risen",
    ),
    ("WB-SUICIDE-METHOD", "She hanged herself in her room.", "hanged herself", "died by suicide"),
    (
        "WB-SUICIDE-METHOD",
        "My brother died by suicide in 2019. He jumped from the bridge near our house.",
        "jumped from the bridge",
        None,
    ),
    (
        "WB-SUICIDE-METHOD",
        "Local man took his own life by jumping from the Westgate Bridge, police said.",
        "jumping from the Westgate Bridge",
        None,
    ),
    ("WB-SUICIDE-NOTE", "Her suicide note said she was sorry.", "suicide note", "note"),
    ("WB-MH-CASUAL", "I'm so OCD about my desk, everything lined up.", "so OCD", "so particular"),
    (
        "WB-MH-CASUAL",
        "Bipolar weather again: sun, hail, sun.",
        "Bipolar weather",
        "Changeable weather",
    ),
    ("WB-MH-CASUAL", "My ex is a total psycho.", "a total psycho", "totally unpredictable"),
    (
        "WB-MH-CASUAL",
        "I'm literally depressed my latte spilled.",
        "literally depressed",
        "really disappointed",
    ),
    ("WB-BODY-LABEL", "Squats for those thunder thighs!", "thunder thighs", "thighs"),
    (
        "WB-BODY-LABEL",
        "8 weeks to get your bikini body, starting Monday.",
        "get your bikini body",
        "feel confident this summer",
    ),
    (
        "WB-BODY-LABEL",
        "Blast your problem areas with this routine.",
        "problem areas",
        "whole body",
    ),
    ("WB-FOOD-MORALITY", "Guilt-free brownies, only three ingredients 🍫", "Guilt-free", "Light"),
    ("WB-FOOD-MORALITY", "Sunday is my cheat day 🍕", "cheat day", "treat day"),
    (
        "WB-FOOD-MORALITY",
        "Had two slices of cake, now I have to burn it off at the gym.",
        "burn it off",
        None,
    ),
    ("WB-BODY-NUMBERS", "Down 20 lbs since January!", "Down 20 lbs", None),
    ("WB-BODY-NUMBERS", "Sticking to 1200 calories a day this month.", "1200 calories a day", None),
    ("WB-BODY-NUMBERS", "Finally fit into a size 0 dress.", "a size 0", None),
    ("WB-URGENCY", "LAST CHANCE to grab the winter collection!", "LAST CHANCE", "Last day"),
    ("WB-URGENCY", "Hurry! The summer sale is on.", "Hurry!", ""),
    ("WB-URGENCY", "Today only: 20% off all candles.", "Today only", "Available today"),
    ("WB-URGENCY", "ENDS TONIGHT: the big spring sale", "ENDS TONIGHT", "Ends tonight"),
    ("WB-URGENCY", "Don't miss out on our spring event.", "Don't miss out", ""),
    ("WB-URGENCY", "Sale ends tonight!", "ends tonight!", "ends tonight."),
    ("WB-SCARCITY", "Only 3 left in stock, get yours!", "Only 3 left", None),
    ("WB-SCARCITY", "These are selling fast 🔥", "selling fast", None),
    (
        "WB-CONFIRMSHAME",
        "No thanks, I like paying full price.",
        "No thanks, I like paying full price",
        None,
    ),
    ("WB-CONFIRMSHAME", "Only losers skip leg day.", "Only losers skip leg day", None),
    (
        "WB-FAKE-SOCIALPROOF",
        "500 people bought this in the last hour!",
        "500 people bought this in the last hour",
        None,
    ),
    ("WB-FAKE-SOCIALPROOF", "Everyone is switching to oat milk.", "Everyone is switching", None),
    (
        "WB-FAKE-SOCIALPROOF",
        "Everyone's switching to our app!",
        "Everyone's switching",
        None,
    ),
    (
        "WB-CLICKBAIT",
        "You won't believe what happened next at the farmers' market.",
        "You won't believe what happened next",
        None,
    ),
    ("WB-CLICKBAIT", "7 signs you're burning out at work", "7 signs", None),
    ("WB-CLICKBAIT", "This one simple trick fixed my sourdough.", "one simple trick", None),
    ("WB-COMPARISON", "Perfect body goals 🔥 #fitness", "Perfect body", None),
    ("WB-COMPARISON", "Before and after: 12 weeks, -8kg 💪", "Before and after", None),
    ("WB-COMPARISON", "Summer inspo #thinspo", "thinspo", None),
    # A suggestion that opens a sentence starts with a capital (the fix tidies it: fixes.py).
    ("WB-DOOMSCROLL", "Keep scrolling for more deals 👀", "Keep scrolling", "Save this for later"),
    (
        "WB-DOOMSCROLL",
        "Turn on notifications so you never miss a post!",
        "Turn on notifications so you never miss a post",
        "Save this for later",
    ),
    (
        "WB-HYPE",
        "INSANE deal!!! Absolutely mind-blowing!!",
        "INSANE deal!!! Absolutely mind-blowing!!",
        "Insane deal! Absolutely mind-blowing!",
    ),
]


@pytest.mark.parametrize(("rule_id", "text", "words", "suggestion"), FIRES)
def test_rule_fires_on_the_right_words(
    rule_id: str, text: str, words: str, suggestion: str | None
) -> None:
    hits = found(text, rule_id)
    assert [covered(text, f) for f in hits] == [words]
    finding = hits[0]
    assert finding.why and finding.message
    # WB-DOOMSCROLL rests on our own principle (FEEDBACK.md), not on an outside source.
    assert finding.source.startswith("https://") or rule_id == "WB-DOOMSCROLL"
    if suggestion is not None:
        assert suggestion in finding.suggestions


QUIET = [
    # A close, harmless neighbour of each trigger.
    ("WB-SUICIDE-VERB", "He died by suicide last spring; we talk about him every day."),
    ("WB-SUICIDE-VERB", 'Please stop saying "committed suicide". Say "died by suicide".'),
    ("WB-SUICIDE-VERB", "She committed to the marathon and finished in four hours."),
    ("WB-SUICIDE-SENSATIONAL", "Suicide rates rose 4% last year, the report says."),
    ("WB-SUICIDE-SENSATIONAL", "Our app downloads are skyrocketing this week!"),
    ("WB-SUICIDE-METHOD", "We jumped off the bridge into the lake at sunset 🥶"),
    ("WB-SUICIDE-METHOD", "He shot himself in the foot with that tweet."),
    ("WB-SUICIDE-METHOD", "Storing guns locked and unloaded helps prevent suicide."),
    ("WB-SUICIDE-METHOD", "Hanging out at the market all day. Come find us at stall 12!"),
    ("WB-SUICIDE-NOTE", "I left a note on the fridge: buy milk."),
    ("WB-MH-CASUAL", "I was diagnosed with OCD at 19 and therapy changed my life."),
    ("WB-MH-CASUAL", "Living with bipolar disorder means planning my weeks carefully."),
    ("WB-MH-CASUAL", 'The word "psycho" hurts people who live with psychosis.'),
    ("WB-MH-CASUAL", "Depression is an illness, not a mood."),
    ("WB-BODY-LABEL", "The muffin tops are the best part, and today they're blueberry."),
    ("WB-BODY-LABEL", "The council mapped the problem areas for flooding."),
    ("WB-BODY-LABEL", "New swimsuits for every body are in the shop."),
    ("WB-BODY-LABEL", "Summer body? You already have one. Go enjoy the beach."),
    ("WB-FOOD-MORALITY", "My guilty pleasure is reality TV."),
    ("WB-FOOD-MORALITY", "The kids need to burn it off at the playground before dinner."),
    ("WB-FOOD-MORALITY", "Cheating at board games is a family tradition."),
    ("WB-BODY-NUMBERS", "Each slice is about 350 calories."),
    ("WB-BODY-NUMBERS", "Baby Noah arrived at 3:12am, weighing 3.4 kg 💙"),
    ("WB-BODY-NUMBERS", "We donated 500 kg of food to the food bank."),
    ("WB-BODY-NUMBERS", "Size 0 needles are so fiddly for a beginner."),
    ("WB-URGENCY", "No hurry on the RSVPs, just let me know by the end of the month."),
    ("WB-URGENCY", "I'm in a hurry this morning so we open at 10."),
    ("WB-URGENCY", "Hurry up and wait, as always at the DMV."),
    ("WB-URGENCY", "Our spring sale runs until Sunday 31 May."),
    ("WB-URGENCY", "This is the last chance for the bees before winter: plant asters."),
    ("WB-URGENCY", "Last chance to see the Monet exhibition: it closes on Sunday."),
    ("WB-URGENCY", "The exhibition ends tonight. Thank you for visiting."),
    ("WB-SCARCITY", "Only 2 days left until the wedding 💍"),
    ("WB-SCARCITY", "Only 3 left to go in my 100-day drawing challenge!"),
    ("WB-SCARCITY", "The croissants are sold out for today, sorry!"),
    ("WB-SCARCITY", "Due to high demand, our phone lines are busy."),
    ("WB-CONFIRMSHAME", "No thanks, I'm good. Maybe next time!"),
    ("WB-FAKE-SOCIALPROOF", "We just crossed 1,000 members in our running club!"),
    ("WB-FAKE-SOCIALPROOF", "Everyone is welcome at the picnic on Sunday."),
    ("WB-CLICKBAIT", "New blog post: five ways to reduce food waste at home."),
    ("WB-CLICKBAIT", "I can't believe it's been ten years since we opened."),
    ("WB-COMPARISON", "Before and after of the garden makeover 🌱"),
    ("WB-COMPARISON", "#goals 😍 this kitchen"),
    ("WB-COMPARISON", "The perfect day at the beach."),
    ("WB-DOOMSCROLL", "Not for you? Keep scrolling, no hard feelings."),
    ("WB-DOOMSCROLL", "Swipe for more photos from the wedding."),
    ("WB-HYPE", "Best day ever!!! So grateful!!!"),
    ("WB-HYPE", "Thank you to our amazing team!! We did it!"),
]


@pytest.mark.parametrize(("rule_id", "text"), QUIET)
def test_rule_stays_quiet_on_a_close_harmless_text(rule_id: str, text: str) -> None:
    assert found(text, rule_id) == []


# --- suicide and self-harm: crisis, news, awareness and idioms ----------------------------------


def test_a_person_in_crisis_gets_a_strong_kind_finding_with_a_helpline() -> None:
    text = "I don't want to live anymore. Nothing helps."
    (finding,) = found(text, "WB-HELP-RESOURCE")
    assert finding.severity is Severity.STRONG
    assert covered(text, finding) == "I don't want to live anymore."
    assert "you don't have to carry it alone" in finding.message
    assert "988" in finding.suggestions[0]
    assert finding.suggestions[0].startswith("I don't want to live anymore.")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "I can't do this anymore. I just want to never wake up again.",
            "I just want to never wake up again.",
        ),
        (
            "Honestly everyone would be better off without me.",
            "Honestly everyone would be better off without me.",
        ),
        ("i want to kill myself", "i want to kill myself"),
    ],
)
def test_crisis_wording_in_the_first_person_is_strong(text: str, sentence: str) -> None:
    (finding,) = found(text, "WB-HELP-RESOURCE")
    assert finding.severity is Severity.STRONG
    assert covered(text, finding) == sentence


def test_news_about_suicide_is_a_warning_and_awareness_a_nudge() -> None:
    news = found("Teen dies by suicide after months of bullying, police say.", "WB-HELP-RESOURCE")
    awareness = found("World Suicide Prevention Day: check in on friends.", "WB-HELP-RESOURCE")
    assert [f.severity for f in news] == [Severity.WARN]
    assert [f.severity for f in awareness] == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "This traffic is killing me 😩",
        "I'd kill for a coffee right now.",
        "Dying to try the new ramen place!",
        "Watched Suicide Squad again and it's still a mess.",
        "Those suicide doors on the 1962 Lincoln 😍",
        "Our team ran suicide sprints until 9pm.",
        "That policy would be political suicide for the council.",
        "That pass was suicidal, what was the defender thinking?",
        "I want to die of embarrassment.",
        "Ugh I want to die, this exam is brutal 😂",
        "I nearly killed myself on those stairs.",
        "I'm killing it at work this week.",
        "This chocolate cake is to die for.",
        "Suicide bomber kills 12 in market attack.",
    ],
)
def test_idioms_and_other_subjects_are_not_suicide_talk(text: str) -> None:
    ids = {f.rule_id for f in panel_findings(Panel.WELLBEING, text)}
    assert not ids & {"WB-HELP-RESOURCE", "WB-SUICIDE-METHOD", "WB-CONTENT-WARNING"}


def test_a_quoted_phrase_is_a_mention_not_a_crisis() -> None:
    text = 'People say "I want to die" about exams; words matter.'
    assert found(text, "WB-HELP-RESOURCE") == []


def test_a_help_resource_already_present_is_a_signal_not_a_finding() -> None:
    text = (
        "I've been feeling suicidal lately and I'm finally talking about it. If you feel the "
        "same, Samaritans are on 116 123, day or night."
    )
    report = analyse(Draft(text=text, locale="en-GB"))
    assert not [f for f in report.findings if f.rule_id == "WB-HELP-RESOURCE"]
    assert "SIGNAL-HELP-RESOURCE" in {s.signal_id for s in report.signals}


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-US", "988"),
        ("en-GB", "116 123"),
        ("en-IE", "116 123"),
        ("en-CA", "9-8-8"),
        ("fr-CA", "9-8-8"),
        ("en-AU", "13 11 14"),
        ("en-NZ", "1737"),
        ("en-IN", "14416"),
        ("de-DE", "0800 111 0 111"),
        ("fr-FR", "3114"),
        ("pt-BR", "findahelpline.com"),
        ("en", "findahelpline.com"),
    ],
)
def test_the_suggested_helpline_follows_the_workspace_locale(locale: str, expected: str) -> None:
    text = "My cousin died by suicide last year and I still think about him every day."
    (finding,) = found(text, "WB-HELP-RESOURCE", locale=locale)
    assert expected in finding.suggestions[0]
    assert "988" not in finding.suggestions[0] or locale.endswith(("US", "CA"))


def test_the_helpline_is_offered_in_the_locale_language_when_we_have_it() -> None:
    assert "Wenn es dir nicht gut geht" in helpline_for("de-DE").text_for("de")
    assert helpline_for("fr-FR").text_for("fr").startswith("Si vous")
    assert helpline_for("en_GB").name == "Samaritans"


def test_every_helpline_names_its_source_and_has_english_text() -> None:
    regional, fallback = helplines()
    assert {"US", "GB", "IE", "CA", "AU", "DE", "FR", "NZ", "IN"} <= {
        region for line in regional for region in line.regions
    }
    for line in (*regional, fallback):
        assert line.source.startswith("https://")
        assert line.texts["en"]


def test_method_details_after_a_suicide_mention_are_reported_even_in_the_next_sentence() -> None:
    text = "She died by suicide last week. She overdosed on pills in her room."
    underlined = [covered(text, f) for f in found(text, "WB-SUICIDE-METHOD")]
    assert underlined == ["overdosed on pills in her room"]


def test_a_personal_story_without_a_content_warning_gets_a_gentle_nudge() -> None:
    text = "My anorexia recovery story, three years on.\nIt started when I was 14."
    (finding,) = found(text, "WB-CONTENT-WARNING")
    assert finding.severity is Severity.INFO
    assert covered(text, finding) == "My anorexia recovery story, three years on."
    assert finding.suggestions == (
        "CW: eating disorder\n\nMy anorexia recovery story, three years on.",
    )


def test_a_content_warning_on_the_first_line_satisfies_the_rule() -> None:
    text = "CW: eating disorder\n\nMy anorexia recovery story, three years on."
    assert found(text, "WB-CONTENT-WARNING") == []


def test_awareness_posts_do_not_ask_for_a_content_warning() -> None:
    text = "Eating Disorder Awareness Week starts Monday. Our clinic runs free talks."
    assert found(text, "WB-CONTENT-WARNING") == []


def test_clinical_context_silences_casual_use_only_in_its_own_sentence() -> None:
    text = "I was diagnosed with OCD in 2019. Also, the weather is so bipolar today."
    assert [covered(text, f) for f in found(text, "WB-MH-CASUAL")] == ["bipolar"]


def test_hype_needs_more_words_in_a_long_post() -> None:
    calm = " ".join(["We spent the weekend repainting the shop and fixing the shelves."] * 12)
    loud = "Absolutely mind-blowing news!! " + calm
    assert found(loud, "WB-HYPE") == []
    assert found("Absolutely mind-blowing news!! Epic!!", "WB-HYPE") != []


def test_a_rule_turned_off_for_the_workspace_stays_off() -> None:
    settings = RuleSettings(disabled_for_workspace=frozenset({"WB-URGENCY"}))
    assert found("LAST CHANCE!", "WB-URGENCY", rule_settings=settings) == []


# --- the catalogue and the benign corpus ---------------------------------------------------------


def test_every_wellbeing_id_is_implemented_once_as_yaml_or_code() -> None:
    assert_each_id_implemented_once(Panel.WELLBEING, "wellbeing")


def benign_posts() -> list[str]:
    return corpus_posts("benign_wellbeing_authenticity.txt")


def test_the_benign_corpus_is_big_and_varied() -> None:
    posts = benign_posts()
    assert len(posts) >= 60
    assert len(set(posts)) == len(posts)


@pytest.mark.parametrize("post", benign_posts(), ids=lambda post: post[:40])
def test_ordinary_posts_get_no_wellbeing_or_authenticity_warning(post: str) -> None:
    report = analyse(Draft(text=post))
    loud = [
        (f.rule_id, covered(post, f))
        for f in report.findings
        if f.panel in (Panel.WELLBEING, Panel.AUTHENTICITY) and f.severity is not Severity.INFO
    ]
    assert loud == []


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "!!!???", "🔥" * 50, "#" * 40, "'\"“‘", "I" * 3000, "suicide " * 300],
)
def test_our_rules_never_raise_and_keep_spans_inside_the_text(text: str) -> None:
    # Only this panel pair's rules and checks: each panel's owner tests their own.
    ctx = AnalysisContext(Draft(text=text))
    ours = (Panel.WELLBEING, Panel.AUTHENTICITY)
    spans = [
        (m.start, m.end) for r in builtin_packs().rules if r.panel in ours for m in r.find(ctx)
    ]
    spans += [
        (h.start, h.end) for c in registered_checks() if c.panel in ours for h in c.function(ctx)
    ]
    assert all(0 <= start <= end <= len(text) for start, end in spans)


def test_urgency_underlines_the_word_not_the_comma_after_it() -> None:
    text = "Hurry, only a few seats. Hurry!!"
    spans = [
        text[f.start : f.end]
        for f in analyse(Draft(text=text)).findings
        if f.rule_id == "WB-URGENCY"
    ]
    assert spans == ["Hurry", "Hurry!!"]
