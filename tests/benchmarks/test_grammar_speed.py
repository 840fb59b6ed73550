"""Offline spelling has to keep up with typing: the composer re-checks the caption on every pause.

Run with `uv run pytest tests/benchmarks/test_grammar_speed.py --benchmark-enable`.
"""

from __future__ import annotations

from studio.feedback.grammar import OfflineSpellingChecker

# A realistic long caption (~2,200 characters): emoji, hashtags, mentions, a link, a few typos.
_PARAGRAPH = (
    "Morning friends ☀️ We finally opened the new studio on Elm Street and I can't quite believe "
    "it. Thank you @mara.designs for the signs and @joe_builds for three weeks of late nights. "
    "If you recieve our newsletter you already know the story: a tiny room, one kettle, and a lot "
    "of patience. Come by on Saturday between 10 and 4, bring a friend, and tell me what you "
    "would love to see here next. Details at https://example.com/open-day 🎉 #SmallBusiness "
)
CAPTION = (_PARAGRAPH * 5)[:2200]


def test_offline_spelling_on_a_long_caption_while_typing(benchmark):
    checker = OfflineSpellingChecker()
    checker.check(CAPTION, "en-US")  # the dictionary loads once per process, not per keystroke

    findings = benchmark(checker.check, CAPTION, "en-US")

    assert {CAPTION[f.start : f.end] for f in findings} == {"recieve"}


def test_offline_spelling_of_a_fresh_text_with_typos(benchmark):
    checker = OfflineSpellingChecker()
    checker.check("warm up", "en-US")
    rounds = iter(range(10**9))

    def check_new_text() -> int:
        # A never-seen word each round, so the per-word caches cannot answer for it and the
        # candidate search (the expensive part) runs every time.
        number = next(rounds)
        unseen = "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in str(number))
        return len(checker.check(f"{CAPTION} recieve{unseen}", "en-US"))

    assert benchmark(check_new_text) >= 1
