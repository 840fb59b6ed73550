"""WB-SCARCITY: low-stock and high-demand claims (Mathur et al. 2019: scarcity).

"Only 3 left in stock", "Last 4 in your size", "5 items left", "Down to the last 12", "Once it's
gone, it's gone", "Selling fast", "In 48 carts", "Sold out 3 times already", "Often sells out".
A bakery with three loaves left is telling the truth, so this is a nudge: the message asks to say
it neutrally ("a small batch of 20") or to leave out what cannot be checked.

A count is only stock when it is counted down ("left", "remaining", "to go") or set apart ("the
last 4", "only 2 in your size"), and not when the thing counted is time ("only 2 days left until
the wedding"), a journey, a challenge or a meal among friends ("3 slices left, come get them").
Plain facts stay quiet: "Our small batch this week is 20 jars", "Back in stock on Monday",
"The concert sold out", "Due to high demand, our phone lines are busy".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.selling import CHATTER_WORDS, about_an_offer
from studio.feedback.checks.spans import trimmed_span
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import GatedPattern

_FLAGS = regex.IGNORECASE | regex.VERBOSE
_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"

_COUNT = r"""(?:\d{1,3}(?:,\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
    fifteen|twenty|a\s+few|few|a\s+handful(?:\s+of)?|handful|a\s+couple(?:\s+of)?|couple|one\s+or\s+two|
    a\s+small\s+number(?:\s+of)?)"""
# What is counted when it is not stock: time, a journey, a challenge, a queue.
_NOT_STOCK = r"""(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|sleeps?|nights?|
    more|to\s+go|miles?|km|kms|laps?|episodes?|chapters?|pages?|questions?|exams?|games?|matches|
    rounds?|holes?|stops?|steps?|reps?|sets\s+to|people\s+(?:ahead|in\s+front)|of\s+us|slices?|
    bites?|sips?|cookies\s+on\s+the\s+plate|percent|%|points?|goals?|runs?|wickets?|overs?|lives)"""
_COUNTED_DOWN = r"""(?:left|remaining|remain|to\s+go|still\s+(?:available|open|up\s+for\s+grabs)|
    available|up\s+for\s+grabs|in\s+stock)"""
# Words that make a count stock without "left": "2 rooms at this price", "3 seats on this fare".
_STOCK_NOUNS = r"""(?:items?|units?|pieces?|pcs|pairs?|sets|seats?|spots?|places|spaces|slots?|
    tables?|rooms?|cabins?|villas?|lodges?|tickets?|bottles?|jars?|bags?|tins?|boxes|kits?|copies|
    prints?|bundles?|portions?|tubs?|bouquets?|orders?|packs?|cases?|bars?|candles?|mugs?|
    jackets?|dresses|shirts?|tees?|hoodies?|sizes?|colou?rs?|shades?|designs?|pieces|plushies|
    hampers?|cakes?|loaves|boards?|lamps?|sofas?|beds?|units|bikes?|cars?|phones?|devices|
    consoles?|licen[cs]es|memberships?|subscriptions?|codes?|coupons?|vouchers?|invites?|
    passes|cohort\s+places|departures?|sailings?|flights?|fares?)"""

_LOW_STOCK = GatedPattern(
    rf"""
    # "only 3 left", "just a few remaining", "only 2 ex-display beds available"
    \b(?:only|just|merely|last|final|the\s+last|the\s+final|down\s+to(?:\s+the\s+last)?|
        (?:there\s+(?:are|is)|we\s+have|we[''’]ve(?:\s+only)?\s+got|
            we\s+only\s+have)\s+(?:only\s+|just\s+)?)
        \s*{_COUNT}\s+(?!{_NOT_STOCK}\b)(?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,4}}?{_COUNTED_DOWN}\b
  # "5 items left", "2 seats left at this fare", "3 left in pink", "40 left"
  | \b{_COUNT}\s+(?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,3}}?{_STOCK_NOUNS}\s+
        (?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,4}}?
        (?:left|remaining|remain|available)\b
  | \b(?:there[''’]?s|there\s+(?:is|are)|we\s+have|i\s+have|(?:has|have)\s+(?:only\s+|just\s+)?)
        (?:\s*(?:literally|like|about|around|only|just|maybe))*\s*{_COUNT}\s+(?!{_NOT_STOCK}\b)
        (?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,4}}?(?:left|remaining)\b
  | \b(?:literally|like)\s+{_COUNT}\s+(?:of\s+(?:these|them|those)\s+)?(?:left|remaining)\b
  | \b{_COUNT}\s+of\s+(?:these|them|those)\s+(?:\p{{L}}+\s+)?(?:left|remaining)\b
  | \b(?:fewer|less)\s+than\s+\d{{1,4}}\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:left|remain|remaining|
        {_STOCK_NOUNS})\b
  | \bunder\s+\d{{1,4}}\s+(?:left|remain|remaining)\b
  | \(\s*\d{{1,4}}\s+left\s*\)
  | \bdown\s+to\s+(?:just\s+|only\s+|our\s+)?(?:\d{{1,3}}|one|two|three|four|five|six|seven|eight|
        nine|ten|
        a\s+few|a\s+handful|the\s+last\s+\p{{L}}+)\b(?!\s+{_NOT_STOCK}\b)
  | \ba\s+handful\s+of\s+(?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,4}}?(?:left|remaining|available)\b
  | \bhalf\s+(?:of\s+(?:it|them|the\s+\p{{L}}+)\s+)?(?:are|is|has|have)\s+(?:already\s+)?gone\b
  | \b(?:they[''’]re|it[''’]s|these\s+are|they\s+are)\s+(?:absolutely\s+|literally\s+)?flying\b
  | \b\d{{1,3}}\s+(?:left|remaining)\s+(?:in\s+(?:stock|your\s+size|the\s+(?:shop|sale|store)|
        (?:size\s+)?\p{{L}}+\b)|at\s+(?:this|the)\s+(?:price|fare|rate)|for\s+\p{{L}}+day)
  | (?<=[:–—\-•]\s{{0,3}})\d{{1,3}}\s+(?:left|remaining)\b
  | \b\d{{1,3}}\s+(?:left|remaining)\s*(?:!+|$)
  # "Last 4 in your size", "LAST ONE", "last few in midnight navy", "the final 10"
  | \b(?:the\s+)?(?:last|final)\s+(?:\d{{1,3}}|one|two|three|four|five|six|few|couple)\s+
        (?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,3}}?(?:in\s+(?:your\s+size|stock|size|the\s+(?:shop|sale|
            store|warehouse|showroom))|
        at\s+(?:this|the)\s+(?:price|fare|rate)|{_STOCK_NOUNS}\b|available|left|remaining|
            are\s+going)
  | \b(?:the\s+)?(?:last|final)\s+(?:pair|piece|unit|item|room|seat|spot|place|space|slot|
        ticket|bottle|jar|box|kit|copy|bundle|hamper|one)\s+(?:in|at|of|left|available)\b
  | \b(?:the\s+)?(?:last|final)\s+(?:batch|run|restock|pallet|bottles|jars|pieces|few\s+pieces|
        drop|release|edition|units|remaining\s+stock|stock)\b(?:\s+(?:ever|of\s+the\s+(?:year|
            season)|available))?
  | \b(?:size\s+\p{{L}}{{1,3}}|in\s+\p{{L}}+)\s*[:–—-]\s*(?:the\s+)?last\s+one\b
  | (?:^|(?<=[\n:•|]\s{{0,3}}))\W{{0,3}}(?:the\s+)?last\s+one\s*(?:!+|\p{{Extended_Pictographic}}|$)
  | \bdown\s+to\s+(?:the\s+)?(?:last|final)\s+(?:\d{{1,3}}|few|one|two|handful|couple|pallet|
        batch|bits?)\b
  | \bdown\s+to\s+(?:single\s+digits|its\s+last\s+few|one\s+or\s+two|\d{{1,3}}\s+in\s+(?:stock|
        \p{{L}}+))\b
  | \b(?:low|limited)\s+(?:in\s+)?(?:stock|supply|supplies|quantities|quantity|availability|
        numbers|pieces|pairs|spaces|spots|places|seats|run|edition\s+(?:only|run))\b
  | \bvery\s+limited\b
  | \b(?:stock|stocks|supplies|supply)\s+(?:is\s+|are\s+)?(?:really\s+|very\s+|super\s+|
        extremely\s+)?
        (?:running\s+)?(?:low|limited|short|thin)\b
  | \b(?:spaces|spots|places|seats|numbers|tickets|slots|tables)\s+(?:are\s+)?(?:strictly\s+|
        very\s+|really\s+)?
        (?:limited|capped|going|filling\s+up)\b
  | \blimited\s+to\s+\d{{1,4}}\s+(?:people|guests|kids|children|students|places|spots|seats|
        pieces|units|pairs|bottles|copies|orders?|per\s+\p{{L}}+)\b
  | \brunning\s+low\s+on\b
  | \b(?:almost|nearly|practically|virtually)\s+(?:gone|sold\s+out|out\s+of\s+stock|out|
        all\s+gone|fully\s+booked|full|booked\s+up)\b
  | \b(?:just|only)\s+(?:a\s+)?(?:few|handful|
        couple)\s+(?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,2}}?(?:left|remaining|remain|available)\b
  | \b(?:a\s+)?(?:few|handful)\s+(?:\p{{L}}+\s+){{0,2}}?(?:left|remaining)\s+(?:in\s+stock|
        at\s+this\s+price|!)
  | \bwhile\s+(?:stocks?|supplies|they)\s+lasts?\b
  | \b(?:until|till|when|once)\s+(?:the\s+)?(?:stock|supplies|spots|spaces|places|
        seats)\s+(?:runs?|run|are)\s+(?:out|gone|filled)\b
  | \bbefore\s+(?:they[''’]?re|it[''’]?s|they\s+are|it\s+is)\s+(?:all\s+)?gone\b
  | \bbefore\s+(?:they|it)\s+(?:vanish|vanishes|disappear|disappears|sell\s+out|sells\s+out|
        goes\s+again|go\s+again)\b
  | \b(?:once|when)\s+(?:it[''’]s|they[''’]re|it\s+is|they\s+are|these\s+are|sold)\s+(?:out|
        gone)\b[,.\s—–-]*
        (?:(?:it[''’]s|they[''’]re|we\s+will\s+not|we\s+won[''’]?t|no\s+more|there\s+won[''’]?t|
            they\s+won[''’]?t|it\s+won[''’]?t|it\s+will\s+not)\b[^.!?\n]{{0,40}})?
  | \b(?:once|when)\s+(?:it|they)[''’]?s?\s+(?:out|gone),?\s+(?:it|they)[''’]?s?\s+(?:out|gone)\b
  | \bgoing,?\s+going,?(?:\s*(?:\.{{2,}}|…))?\s*(?:almost\s+)?gone\b
  | \b(?:won[''’]?t|will\s+not|not|never|no\s+plans\s+to)\s+(?:be\s+)?(?:re-?stock(?:ed|ing)?|
        re-?mak(?:e|ing)|re-?print(?:ed|ing)?|repeat(?:ed|ing)?\s+(?:the|this|it)|
        mak(?:e|ing)\s+(?:more|any\s+more|this|it|these|them)(?:\s+\p{{L}}+)?\s+again)\b
  | \b(?:it|they|this|these|that|this\s+\p{{L}}+|the\s+\p{{L}}+)\s+(?:won[''’]?t|will\s+not|
        will\s+never|
        is\s+never|are\s+never)\s+(?:be\s+)?(?:coming\s+)?back\b(?![^.!?\n]{{0,20}}\b(?:until|
            till|in|from|at)\b)
  | \bno\s+(?:re-?stocks?|more\s+after\s+this|second\s+chance)\b
  | \bnever\s+(?:coming\s+back|again\s+(?:at\s+this\s+price|in\s+stock))\b
  | \b(?:retir(?:ed|ing)|discontinu(?:ed|ing)|vaulted)\s+(?:(?:this|the|
        our)\s+\p{{L}}+\s+)?(?:forever|for\s+good)\b
  | \bvaulted\s+(?:after|on|from|soon)\b
  | \bout\s+of\s+print\s+for\s+good\b
  | \bonly\s+\d{{1,4}}\s+(?:exist|made|printed|available|were\s+made|in\s+the\s+(?:world|country|
        uk|us))\b
  | \b\d{{1,4}}\s+(?:of\s+(?:those\s+|the\s+|these\s+)?\d{{1,4}}\s+)?(?:are\s+|have\s+|
        has\s+)?(?:already\s+)?
        (?:gone|taken|booked|spoken\s+for|claimed|sold)\b(?=[^.!?\n]{{0,40}}(?:$|[.!?\n]))
        (?<=(?:only|just|exist|made|printed|of\s+\d{{1,4}}|places|spots|seats|boxes|copies|run|
            batch|\d{{1,4}}\s+\p{{L}}+)\b[^.!?\n]{{0,80}})
  | \b\d{{1,3}}\s*%\s+(?:already\s+)?(?:gone|sold|claimed|booked|taken)\b
  | \b(?:half|most)\s+of\s+(?:it|them|the\s+\p{{L}}+)\s+(?:is|are|has|have)\s+(?:already\s+)?gone\b
  | \bfirst\s+come,?\s+first\s+serv(?:ed|e)\b
  | \bthin\s+on\s+the\s+ground\b
  | \bbarely\s+any\s+(?:left|in\s+(?:stock|other\s+sizes))\b
    """,
    _FLAGS,
)

_HIGH_DEMAND = GatedPattern(
    r"""
    \b(?:selling|going|moving|flying|disappearing)\s+(?:out\s+)?(?:so\s+|really\s+|super\s+)?
        (?:fast|quick|quickly|rapidly)\b
  | \b(?:selling|sold|going)\s+faster\s+than\b
  | \bflying\s+(?:off|out\s+of)\s+(?:the\s+)?(?:shel(?:f|ves)|warehouse|door|store|shop)\b
  | \b(?<!\bdue\s+to\s+)(?<!\bbecause\s+of\s+)(?:in\s+)?(?:very\s+|super\s+|extremely\s+|
        really\s+)?(?:high|huge|insane|crazy|record|unreal|massive|big)\s+demand\b
  | \bdemand\s+(?:is\s+)?(?:high|huge|insane|crazy|unreal|through\s+the\s+roof|
        higher\s+than\s+ever|is\s+unreal)\b
  | \bthe\s+demand\s+is\s+\p{L}+\b
  | \bdue\s+to\s+demand\b
  | \b(?:crazy|super|very|really|insanely)\s+popular\s+right\s+now\b
  | \b(?:this|the)\s+(?:date|time|day|slot|item|room|hotel|flight|route)\s+is\s+popular\b
  | \bpopular\s+(?:in|with|right\s+now)\b
  | \bhot\s+seller\b
  | \bviral\s+(?:on\s+\p{L}+|\p{L}+\s+(?:is\s+back|sensation))\b
  | \bas\s+seen\s+on\s+tiktok\b
  | \b(?:will|to|likely\s+to|expected\s+to|going\s+to|set\s+to|bound\s+to|about\s+to|
        gonna)\s+sell\s+out\b
  | \b(?:usually|often|always|normally|typically|frequently)\s+sells?\s+out\b
  | \bsells?\s+out\s+(?:every|each|fast|quickly|within|in\s+(?:minutes|hours|days|seconds|\d))\b
  | \b(?:sold|selling)\s+out\s+(?:in\s+(?:\d{1,3}|a|an|one|two|three|minutes|hours|seconds|days)\b
        (?:\s+\p{L}+)?|\d{1,2}\s*(?:x|times)|everywhere|(?:twice|three\s+times|again)|already)
  | \bsold\s+out\s+\d{1,2}\s*(?:x|times)\b
  | \b(?:has\s+|have\s+)?sold\s+out\s+(?:\d{1,2}|two|three|four|five|several|multiple)\s+times\b
  | \b(?:snapped|booked|scooped|picked)\s+up\s+(?:in\s+(?:minutes|hours|seconds|days|no\s+time)|
        fast|quickly|so\s+fast)\b
  | \bbeing\s+snapped\s+up\b
  | \bin\s+(?:over\s+)?\d[\d,.]*k?\+?\s+(?:people[''’]?s\s+)?(?:carts|baskets|bags|wishlists)\b
  | \b\d[\d,.]*k?\+?\s+(?:people\s+)?(?:have|has)\s+(?:this|it)\s+in\s+(?:their|a|the)\s+(?:cart|
        basket|bag)\b
  | \b(?:over|more\s+than)?\s*\d[\d,.]*k?\+?\s+(?:sold|bought|booked|ordered|claimed|
        pre-?orders?)\s+
        (?:in\s+(?:the\s+)?(?:last|past)\b|today|this\s+(?:week|month|morning|hour)|in\s+(?:\d+|
            24|48)\s*(?:h|hours?|hrs?)\b|
        and\s+counting|already|overnight|since)
  | \b(?:sold|booked|ordered|bought)\s+(?:\d{1,4}|\p{L}+)\s+times\s+(?:today|this\s+(?:week|
        month)|in\s+the\s+(?:last|past))\b
  | \bbooked\s+\d{1,4}\s+times\b
  | \b(?:frequently|often)\s+booked\b
  | \bgetting\s+booked\s+up\b|\bbooking\s+up\s+fast\b|\bfilling\s+up\s+(?:fast|quickly|quick)\b
  | \b(?:everyone|everybody)\s+(?:and\s+their\s+\p{L}+\s+)?(?:wants|is\s+(?:buying|getting|
        ordering|booking))\b
  | \bpeople\s+can[''’]?t\s+stop\s+(?:buying|ordering|booking)\b
  | \bwaitlist\s+(?:is\s+)?(?:growing|of\s+\d|hit|for\s+this)|\bwaitlist\s*:\s*\d|
        \b\d[\d,.]*k?\+?\s+(?:people\s+)?on\s+the\s+waitlist\b
  | \bback\s+by\s+popular\s+demand\b
  | \blimit\s+(?:\d|one|two)\s+per\s+(?:customer|order|person|household)\b
  | \b(?:pre-?orders?|orders|bookings|enquiries)\s+(?:are\s+)?(?:pouring|flooding|flying)\s+in\b
  | \b\d[\d,.]*k?\+?\s+(?:enquiries|pre-?orders|viewings\s+booked)\b
  | \bthe\s+queue\s+is\s+(?:already\s+)?(?:massive|huge|enormous)\b
  | \b(?:are|is)\s+(?:trending|rising)\s+up\b
    """,
    _FLAGS,
)

# "Only 50 bags", "just 30 packets", "only 6 departures": a small number of things for sale. Said
# by a fan ("I only got 2 tickets"), it is news, so it counts only next to an offer.
_SMALL_RUN = GatedPattern(
    rf"""
    \b(?:only|just)\s+(?:like\s+|about\s+|
        around\s+)?{_COUNT}\s+(?:[\p{{L}}\p{{N}}\-'’]+\s+){{0,2}}?{_STOCK_NOUNS}\b
  | \b(?:only|just)\s+(?:one|1)\s*(?:,|!|$)
  | \b(?:only|just)\s+\d{{1,4}}\s+(?:exist|made|printed|in\s+this\s+(?:delivery|batch|drop|
        shipment))\b
  | \bwe\s+only\s+(?:got|had|made|printed|have|received)\s+\d{{1,4}}\b
  | \b\d{{1,2}}\s+in\s+stock\b
    """,
    _FLAGS,
)
_STOCK_WORD = regex.compile(rf"\b{_STOCK_NOUNS}\b", _FLAGS)

# A sentence about a game, a journey or a countdown to a personal day is not stock.
_NOT_A_SALE = regex.compile(
    r"""\b(?:to\s+go\s+in\s+my|challenge|lol|lmao|haha)\b""",
    _FLAGS,
)


def scarcity_claims(ctx: AnalysisContext) -> Iterator[tuple[int, int]]:
    """Spans of low-stock and high-demand claims, in order, not overlapping."""
    text = ctx.text
    found = sorted(
        [
            (m.start(), m.end())
            for pattern in (_LOW_STOCK, _HIGH_DEMAND)
            for m in pattern.finditer(ctx)
        ]
        + [(m.start(), m.end()) for m in _SMALL_RUN.finditer(ctx) if about_an_offer(ctx, m.start())]
    )
    taken_until = -1
    for start, end in found:
        if start < taken_until:
            continue
        start, end = trimmed_span(text, start, end, keep_first="#£$€")
        if end <= start or ctx.in_quotes(start, end):
            continue
        names_stock = _STOCK_WORD.search(text, start, min(end + 30, len(text)))
        sentence = ctx.sentence_containing(start).text
        if _NOT_A_SALE.search(sentence) and not names_stock:
            continue
        # "only 2 left in the biscuit tin lol" is a family's news, not a shop's: a count of
        # nothing for sale, in a person's chatty words, counts only next to an offer.
        if not names_stock and CHATTER_WORDS.search(sentence) and not about_an_offer(ctx, start):
            continue
        taken_until = end
        yield start, end


@code_check(
    "WB-SCARCITY",
    panel=Panel.WELLBEING,
    severity=Severity.INFO,
    why="Scarcity claims rush readers into buying, and unverifiable ones erode trust.",
    source=_MATHUR,
)
def scarcity(ctx: AnalysisContext) -> Iterator[Hit]:
    for start, end in scarcity_claims(ctx):
        words = ctx.text[start:end]
        yield Hit(
            start,
            end,
            f"'{words}' is a scarcity claim. If it is true, say it neutrally, e.g. 'a small "
            "batch of 20'; if you can't check it, leave it out.",
            suggestions=("",),
        )
