"""Texts built to make a pattern backtrack or a loop go quadratic: `analyse` must simply finish.

These are not timed (speed is for tests/benchmarks/); a regression shows up as this file taking
minutes instead of a second or two, as `"I" * 3000` once did (55 s in IA-ALLCAPS). The worst of
them is benchmarked in tests/benchmarks/test_feedback_speed.py.
"""

from __future__ import annotations

import pytest

from studio.domain.platforms import PlatformId
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, MediaFacts

ADVERSARIAL: dict[str, str] = {
    "capital I x3000": "I" * 3000,
    "capital I with spaces": "I " * 3000,
    "a-space x5000": "a " * 5000,
    "hash x3000": "#" * 3000,
    "one-letter hashtags": "#a " * 3000,
    "emoji x20000": "😀" * 20_000,
    "mixed emoji 20000 chars": ("🔥👍🏽👨‍👩‍👧🇬🇧❤️" * 3000)[:20_000],
    "bang x6000": "!!!" * 2000,
    "one word 50 KB": "wonderful " * 5000,
    "nested quotes": ("\"he said 'she said “it's ‘fine’, really” to me' then\" " * 300),
    "straight quotes": '"' * 2000 + "lame" + '"' * 2000,
    "apostrophe x3000": "'" * 3000,
    "letters with no space": "abcdefghij" * 5000,
    "capitals with no space": "ABCDEFGHIJ" * 3000,
    "shouting": "THIS IS SO IMPORTANT " * 800,
    "RTL and CJK": "שלום עולם مرحبا بالعالم 你好世界 こんにちは 안녕하세요 " * 500,
    "combining marks": "e\u0301" * 5000,
    "zero-width joiners": "\u200d" * 5000,
    "fancy letters": "𝐍𝐞𝐰 𝐩𝐨𝐬𝐭 " * 1000,
    "emoticons": ":) :-( ;) <3 ^_^ " * 600,
    "colons": ":" * 5000,
    "parentheses": "(" * 3000 + ")" * 3000,
    "dots": "." * 5000,
    "line breaks": "\n" * 5000,
    "short lines": "a\n" * 5000,
    "spaces": " " * 10_000,
    "one long URL": "https://example.com/" + "a/" * 5000,
    "many URLs": "https://amzn.to/x?tag=y " * 800,
    "mentions": "@a " * 3000,
    "suicide repeated": "suicide " * 2000,
    "method sentences": "She hanged herself. " * 500,
    "crisis phrases": "I want to die. " * 500,
    "bait repeated": "Like if you agree! Tag a friend who. Comment YES. " * 200,
    "code repeated": "Use code SAVE20 @brand " * 500,
    "calls to action": "Shop now. Buy today. Sign up. Share this. " * 300,
    "urgency": "Hurry, last chance, ends tonight! " * 400,
    "emoji as words": "I ❤️ 🍕 with my 👯 " * 800,
    "alternating case": "sO uSeFuL " * 1500,
    "numbers": "down 20 lbs, 1200 calories, size 0. " * 400,
    "digits": "1" * 5000,
    "percent": "50% " * 2000,
    "long sentence": "and then we went on " * 1000,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_text_is_analysed(text: str) -> None:
    draft = Draft(
        text,
        platforms=tuple(PlatformId),
        sponsored=True,
        media=(MediaFacts(alt_text=""), MediaFacts(alt_text="A loaf of bread")),
    )
    report = analyse(draft)
    assert report.text == text
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)
    assert len(report.counts) == len(PlatformId)
