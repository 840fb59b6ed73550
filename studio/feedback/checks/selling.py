"""Is this passage selling something? The context the pressure checks share.

The same words pressure a reader next to an offer and mean nothing next to a life: "48 hours left"
of a sale is a countdown, "48 hours left" of a holiday is a sigh; "only 2 tickets" in a shop is a
scarcity claim, in a fan's post it is news. A passage is about an offer when its sentence, or the
sentence before it ("30% off all lamps. Ends in 2 days."), names one, or when it is a banner: a line
of a few words, which on its own is a shop's sticker or button.
"""

from __future__ import annotations

import regex

from studio.feedback.context import AnalysisContext

OFFER_WORDS = regex.compile(
    r"""\b(?:sale|sales|offer|offers|deal|deals|discount|discounts|price|prices|pricing|code|
    coupon|voucher|promo|bonus|bonuses|gift|free|save|saving|savings|order|orders|checkout|
    check\s+out|cart|basket|booking|bookings|book|buy|shop|store|claim|early[\s-]?bird|tickets?|
    seats?|fare|fares|rate|subscribe|sign[\s-]?ups?|enrol\w*|register|registration|applications?|
    entries|reservations?|reserve|tables?|spots?|places|spaces|join|bundle|stock|restock\w*|
    launch|preorders?|pre-orders?|bogo|soldes|2-for-1|two-for-one|half\s+price|clearance|
    happy\s+hour|delivery|shipping|ships|batch|drop|dm|grab|snag|link|in\s+stock|available|
    get\s+(?:it|yours|one|them|these|this)|add\s+to\s+(?:bag|basket|cart)|pre-?order\w*|
    in\s+your\s+size|sizes|colou?rways?|collection|merch|edition|showroom|warehouse|menu|
    portions?|slots?|enquire|enquiries|ring\s+ahead|sold|selling|sells|shop\s+now|order\s+now)\b
    |%|[£$€₹]""",
    regex.IGNORECASE | regex.VERBOSE,
)

# A line of this many words or fewer reads as a banner, a sticker or a button.
BANNER_WORDS = 7


def sentence_and_the_one_before(ctx: AnalysisContext, offset: int) -> str:
    sentence = ctx.sentence_containing(offset)
    before = ctx.sentence_containing(max(sentence.start - 1, 0))
    return ctx.text[min(before.start, sentence.start) : sentence.end]


def sentences_around(ctx: AnalysisContext, offset: int) -> str:
    """The sentence at `offset` with its neighbours: "Only 12 left! Order in the next 2 hrs"."""
    sentence = ctx.sentence_containing(offset)
    after = ctx.sentence_containing(min(sentence.end, len(ctx.text) - 1)) if ctx.text else sentence
    before = sentence_and_the_one_before(ctx, offset)
    return before + ctx.text[sentence.end : max(after.end, sentence.end)]


def line_around(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def about_an_offer(ctx: AnalysisContext, offset: int) -> bool:
    """True when the words at `offset` sit next to an offer, or on a banner-sized line."""
    if OFFER_WORDS.search(sentences_around(ctx, offset)):
        return True
    return on_a_banner(ctx.text, offset)


def words_on_line(text: str, offset: int) -> int:
    """Words on the line around `offset`; emoji, arrows and bullets are not words."""
    return sum(1 for token in line_around(text, offset).split() if _WORDLIKE.search(token))


def on_a_banner(text: str, offset: int, extra_words: int = 0) -> bool:
    return words_on_line(text, offset) <= BANNER_WORDS + extra_words


_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")


# Words of someone chatting with friends rather than selling: "i", "my", "lol", "mum".
CHATTER_WORDS = regex.compile(
    r"\b(?:i|i['’]m|im|i['’]ve|ive|i['’]d|my|me|mine|myself|lol|lmao|haha\w*|omg|ngl|tbh|rn|"
    r"u|ur|ya|yall|y['’]all|bestie|mum|mam|dad|nan|grandad|gran|neighbours?)\b",
    regex.IGNORECASE,
)


def capitalised_share(line: str) -> float:
    """The share of a line's words that start with a capital: near 1 in Title Case or capitals
    (a headline, a button), low in a sentence someone types to friends."""
    words = [word for word in line.split() if word[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for word in words if word[0].isupper()) / len(words)
