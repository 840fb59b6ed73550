"""Precision and recall on ordinary posts written for these tests (not taken from the rule files).

`corpus/benign/benign_mixed.txt` holds everyday posts of every kind a writer makes: small
businesses, personal news, announcements, fundraisers, posts about mental health that do it
well, quoted words, product launches with a proper disclosure, invitations, job posts,
condolences, recipes, and near misses ("Hurry up, spring!", "diagnosed with OCD", "this heat is
killing me"). None may get a warning or worse from the well-being, authenticity, inclusion or
transparency panels: a false alarm on a friendly post costs the writer's trust. The posts below
it are the opposite: realistic posts each rule exists for, which must be caught.
"""

from __future__ import annotations

import pytest

from studio.domain.platforms import PlatformId
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel, Severity
from tests.feedback.helpers import corpus_posts

JUDGED_PANELS = (Panel.WELLBEING, Panel.AUTHENTICITY, Panel.INCLUSION, Panel.TRANSPARENCY)


def benign_posts() -> list[str]:
    return corpus_posts("benign_mixed.txt")


def test_the_mixed_corpus_is_big_and_has_no_repeats() -> None:
    posts = benign_posts()
    assert len(posts) >= 60
    assert len(set(posts)) == len(posts)


@pytest.mark.parametrize("post", benign_posts(), ids=lambda post: post[:40])
def test_an_ordinary_post_gets_no_warning(post: str) -> None:
    # With no platform chosen and with all of them (folds and platform-only rules then apply).
    for platforms in ((), tuple(PlatformId)):
        report = analyse(Draft(post, platforms=platforms))
        loud = [
            (f.rule_id, f.severity.value, post[f.start : f.end])
            for f in report.findings
            if f.panel in JUDGED_PANELS and f.severity is not Severity.INFO
        ]
        assert loud == [], platforms


# Each post with the rules it must trigger (others may fire too).
SHOULD_FIRE: list[tuple[str, set[str]]] = [
    (
        "LIKE this if you're a Taurus ♉ and share it with 3 friends who are too!",
        {"AU-REACT-BAIT", "AU-SHARE-BAIT"},
    ),
    ("Tag a friend who needs a holiday 🌴", {"AU-TAG-BAIT"}),
    ("Comment YES if you want my free meal plan and I'll DM you the link!", {"AU-COMMENT-BAIT"}),
    ("❤️ for pizza, 👍 for tacos. Which one wins?", {"AU-VOTE-BAIT"}),
    ("Click the link, sign up, share this with your friends and buy today!", {"AU-CTA-STACK"}),
    ("LAST CHANCE!!! Our sale ends tonight at midnight, don't miss out!", {"WB-URGENCY"}),
    ("Only 3 left in stock and selling fast! Grab yours before they're gone.", {"WB-SCARCITY"}),
    ("500 people bought this in the last hour. Everyone is switching!", {"WB-FAKE-SOCIALPROOF"}),
    (
        "Join the newsletter? [Yes please] [No thanks, I like paying full price]",
        {"WB-CONFIRMSHAME"},
    ),
    ("You won't believe what happened next 😱", {"WB-CLICKBAIT"}),
    ("He committed suicide last year and nobody saw it coming.", {"WB-SUICIDE-VERB"}),
    ("I want to die. Nothing is getting better and I'm so tired.", {"WB-HELP-RESOURCE"}),
    ("I'm so OCD about my desk lol, everything has to line up.", {"WB-MH-CASUAL"}),
    (
        "Down 20 lbs and finally got my bikini body back!",
        {"WB-BODY-NUMBERS", "WB-BODY-LABEL"},
    ),
    ("Guilt-free brownies for your cheat day 🍫", {"WB-FOOD-MORALITY"}),
    (
        "Keep scrolling, there's more! Turn on notifications so you never miss a post.",
        {"WB-DOOMSCROLL"},
    ),
    (
        "Obsessed with this glow serum 💖 Use code SARAH20 for 20% off at @glowskin",
        {"TR-UNDISCLOSED"},
    ),
    ("Loving my new trainers from @runfast! #spon", {"TR-AMBIGUOUS-LABEL"}),
    (
        "This balm cures eczema and it's clinically proven. Guaranteed results in a week! #gifted",
        {"TR-CLAIMS", "TR-GIFTED"},
    ),
    ("The only blender I'll ever use: https://amzn.to/3abcDEF", {"TR-AFFILIATE"}),
    ("GIVEAWAY! To enter, comment your email address and phone number below.", {"TR-DATA-ASK"}),
    ("Hey guys, our new range is finally here!", {"IA-EQUALITY"}),
    ("𝐍𝐞𝐰 𝐜𝐨𝐥𝐥𝐞𝐜𝐭𝐢𝐨𝐧 𝐝𝐫𝐨𝐩𝐬 𝐅𝐫𝐢𝐝𝐚𝐲", {"IA-FANCY-UNICODE"}),
    ("THIS IS THE MOST IMPORTANT POST I WILL EVER WRITE, PLEASE READ IT ALL", {"IA-ALLCAPS"}),
    ("sO uSeFuL, tHaNkS fOr NoThInG", {"IA-ALTCASE"}),
]


@pytest.mark.parametrize(("post", "expected"), SHOULD_FIRE, ids=lambda value: str(value)[:40])
def test_a_post_the_rules_exist_for_is_caught(post: str, expected: set[str]) -> None:
    report = analyse(Draft(post))
    found = {f.rule_id for f in report.findings}
    assert expected <= found
    assert all(0 <= f.start < f.end <= len(post) for f in report.findings if f.rule_id in expected)
