"""WB-FAKE-SOCIALPROOF: crowd claims a reader cannot check (Mathur et al. 2019: social proof).

Three shapes, from most to least suspect:

- activity notifications, the pop-ups of online shops: "Someone in Leeds just bought this
  jacket", "Priya from Toronto purchased Matte Lipstick 4 minutes ago", "Last purchased 47 seconds
  ago". Mathur et al. found many of them generated at random, so they are a warning;
- live counters: "2,381 people have viewed this today", "12 people are looking at this right now",
  "In 112 carts", "89 bought · 15 viewing now": also a warning;
- crowd claims: "Join 50,000+ happy customers", "Loved by 200K+ customers", "97% of parents
  recommend it", "Everyone is switching to…", "1,200 sold this week". A nudge: some are true, and
  the fix is to make them checkable (a named review, a source).

A fact a reader can place stays quiet: "Our run club has 40 members", "2,000 people came to the
parade, the council says", "Thank you to the 312 of you who donated", "Everyone is welcome".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.selling import CHATTER_WORDS, about_an_offer, on_a_banner
from studio.feedback.checks.spans import trimmed_span
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import GatedPattern

_FLAGS = regex.IGNORECASE | regex.VERBOSE
_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"

# "12", "1,200", "3.4K", "200K+", "50,000+", "3 million"
_AMOUNT = r"(?:\d{1,3}(?:[,.]\d{3})*(?:[.,]\d+)?\s*(?:k|m|million|thousand)?\+?)"
# A crowd too big to know: "2,000", "10k", "1.5 million", "50,000+", "10 lakh".
_BIG_AMOUNT = (
    r"(?:\d{1,3}(?:,\d{3})+\+?|\d{4,}\+?|\d+(?:[.,]\d+)?\s*(?:k|m|million|thousand|lakh|crore)\+?"
    r"|\d{2,3}\+)"
)
_CROWD = r"""(?:(?:other|happy|satisfied|real|verified|loyal|new|local|fellow|uk|us)\s+)*
    (?:people|persons|others|shoppers|customers|buyers|users|visitors|guests|travell?ers|readers|
    viewers|watchers|fans|members|families|parents|mums|moms|dads|students|learners|runners|gamers|
    (?:dog|pet|cat|home|car|business)\s+owners|homeowners|owners|clients|patients|diners|couples|
    brides|women|men|girls|guys|salons|businesses|companies|brands|teams|marketers|creators|
    subscribers|followers|households|neighbou?rs|locals|professionals|designers|developers|
    teachers|nurses|athletes|golfers|cyclists|skaters|bakers|cooks|chefs|photographers|hikers|
    renters|investors|freelancers|agencies|schools|gyms|cafes|cafés|restaurants|hotels|practices)"""
_ACTIVITY = r"""(?:(?:just|recently|has\s+just|have\s+just|also)\s+)?
    (?:bought|purchased|ordered|booked|
    signed\s+up|joined|claimed|subscribed|grabbed|added|reserved|registered|downloaded|saved|got|
    snagged|picked\s+up|upgraded|switched|enrolled|started|unlocked|renewed|redeemed|hit|placed|
    checked\s+out|completed|received|scored|shopped)"""
_RECENT = r"(?:\d{1,3}|a\s+few|an?)\s*(?:seconds?|secs?|s|minutes?|mins?|min|m|hours?|hrs?|h)\s+ago"
_NAME = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.?)?"
_PLACE = r"\p{Lu}[\p{L}'’.\-]+(?:(?:\s+|,\s*)\p{Lu}[\p{L}'’.\-]*){0,3}"
# Kinship and friendship words start personal news, not pop-ups: "Mum just bought me flowers".
_PERSONAL = regex.compile(
    r"^(?:mum|mom|mam|dad|my|our|grandma|grandpa|nan|nana|gran|granny|auntie|aunt|uncle|"
    r"sis|bro|hubby|wifey|babe|husband|wife|partner|bestie|i|we|me|he|she|they|you)$",
    regex.IGNORECASE,
)

_NOTIFICATIONS = GatedPattern(
    rf"""
    # "Someone in Leeds just bought", "a customer in Dublin, Ireland just ordered"
    \b(?:someone|somebody|a\s+(?:customer|shopper|buyer|guest|travell?er|user|visitor|member|
        student|parent|mum|mom|dad|reader|family(?:\s+of\s+\d+)?|couple|local))\s+
        \(?(?:in|from|near)\s+[\p{{L}}'’.\-]+(?:[\s,]+[\p{{L}}'’.\-]+){{0,3}}?\)?,?\s+{_ACTIVITY}\b
  | \b(?:someone|somebody)\s+{_ACTIVITY}\b(?=[^.!?\n]{{0,40}}\b(?:this|these|it|one|ago)\b)
  # "Priya from Toronto purchased", "Jake in Austin, TX Signed Up", "Mia (Adelaide) Grabbed"
  | (?-i:(?P<name>{_NAME}))\s+(?:&\s+\d+\s+others?\s+)?(?:(?:in|from|near)\s+(?-i:{_PLACE})|
        \((?-i:{_PLACE})\)),?
        \s+{_ACTIVITY}\b
  | (?-i:(?P<name2>\p{{Lu}}{{2,}}))\s+(?:IN|FROM|
        NEAR)\s+(?-i:\p{{Lu}}{{2,}}(?:[\s,]+\p{{Lu}}{{2,}}){{0,2}}),?\s+{_ACTIVITY}\b
  # "Emma Just Bought Cosy Cable Knit · 12 Mins Ago"
  | (?-i:(?P<name3>{_NAME}))\s+(?:&\s+\d[\d,]*\s+others?\s+)?{_ACTIVITY}\b
        [^.!?\n]{{0,60}}?\b{_RECENT}
  | \b(?:last|recently)\s+(?:purchased|bought|ordered|booked)\s+{_RECENT}
  | \b{_ACTIVITY}\s+(?:[\p{{L}}\p{{N}}'’&\-]+\s+){{0,6}}?[·•|\-–—]?\s*{_RECENT}
  | \bjust\s+(?:sold|booked|ordered|purchased|shipped)\s+(?:to|by|for)\s+(?:a|an|someone|\p{{Lu}})
  | \bjust\s+booked\s*!\s*(?:by\s+)?(?:a\s+)?(?:family|couple|group|someone|\p{{Lu}}\p{{L}}+)
  | \bnew\s+sign-?up\s*!
    """,
    _FLAGS,
)

_COUNTERS = GatedPattern(
    rf"""
    \b{_AMOUNT}\s+{_CROWD}\s+(?:are\s+|is\s+|have\s+been\s+)?(?:currently\s+|also\s+|now\s+|
        right\s+now\s+)?
        (?:viewing|looking|watching|browsing|checking\s+out|considering|eyeing|interested|shopping|
        booking|searching|reading|on\s+this|in\s+the\s+queue|waiting|choosing|picking)\b
  | \b{_AMOUNT}\s+{_CROWD}?\s*(?:have\s+|has\s+)?(?:viewed|looked\s+at|visited|seen|saved|
        favourited|
        favorited|wishlisted|added|liked|shared)\s+(?:this|it|today|in\s+the\s+(?:last|past))\b
  | \b{_AMOUNT}\s+{_CROWD}?\s*(?:have|has)\s+(?:this|it)\s+in\s+(?:their|a|the)\s+(?:cart|basket|
        bag|wishlist)s?\b
  | \b{_AMOUNT}\s+(?:{_CROWD}\s+)?(?:have\s+|has\s+)?(?:just\s+)?(?:bought|ordered|booked|
        purchased|claimed|viewed|
        grabbed|added)\s+(?:this|it|one|these)?\s*(?:in\s+the\s+(?:last|past)|
            within\s+the\s+(?:last|past))\s+
        (?:\d+\s+|few\s+|couple\s+of\s+)?(?:hours?|minutes?|mins?|seconds?|hrs?)\b
  | \b{_AMOUNT}\s+{_CROWD}\s+want\s+(?:this|it)\b
  | \b(?:someone|somebody|{_AMOUNT}\s+(?:{_CROWD}\s+)?)\s*(?:just\s+)?(?:viewed|opened|
        looked\s+at)\s+this\b
  | \b{_AMOUNT}\s+(?:viewing|watching|looking)(?:\s+(?:now|right\s+now|this))?\b
  | \b{_AMOUNT}\s+(?:views?|viewers|watchers)\s+(?:now|today|right\s+now|in\s+the\s+(?:last|past))\b
  | \b(?:viewed|booked|bought|ordered|claimed|purchased|sold|saved|added|put\s+in\s+a\s+(?:basket|
        cart))
        \s+{_AMOUNT}\s+times\b
  | \b(?:currently\s+)?being\s+viewed\s+by\s+{_AMOUNT}
  | \b(?:in|sitting\s+in)\s+(?:over\s+)?{_AMOUNT}\s+(?:{_CROWD}[''’]?\s+)?(?:carts|baskets|bags|
        wishlists)\b
  | \bis\s+in\s+{_AMOUNT}\s+(?:carts|baskets|bags|wishlists)\b
  | \byou[''’]?re\s+not\s+alone\b(?=[^.!?\n]{{0,10}}[—–-]?\s*{_AMOUNT})
  | \b{_AMOUNT}\s+(?:{_CROWD}\s+)?(?:are\s+)?(?:on|in)\s+this\s+(?:page|article|listing|
        deal)\s+with\s+you\b
  | \b{_AMOUNT}\s+{_CROWD}\s+in\s+your\s+(?:network|area|town|city|street|school|office)\b
    """,
    _FLAGS,
)

_CROWD_CLAIMS = GatedPattern(
    rf"""
    # "1,200+ sold in 24 hrs", "22 people booked this tour this week", "7,000 people have already
    # joined", "Ravi & 12 Others Bought This Today"
    \b(?:over\s+|more\s+than\s+)?{_AMOUNT}\s+(?:{_CROWD}\s+)?(?:have\s+|
        has\s+)?(?:already\s+)?(?:just\s+)?
        (?:sold|bought|booked|ordered|joined|signed\s+up|downloaded|switched|claimed|purchased|
        registered|enrolled|subscribed|upgraded|pre-?ordered|grabbed|reviewed|chose|picked|
            reserved)\b
        (?=\s*(?:this|these|it|today|in\b|on\b|since|already|so\s+far|and\s+counting|overnight|
            within|
        last|over|this|the\s+first|yesterday|a\s+pair|one|[·•|!—–\-]|$|\p{{Extended_Pictographic}}))
  | \b{_AMOUNT}\s+{_CROWD}\s+(?:from\s+your\s+\p{{L}}+\s+|in\s+your\s+\p{{L}}+\s+)?(?:have\s+|
        has\s+)?
        (?:already\s+)?(?:just\s+)?(?:bought|ordered|booked|joined|enrolled|signed\s+up|reserved|
        grabbed|claimed|switched|upgraded)\b
  | (?<=\b{_CROWD}\s+(?:have\s+|has\s+)?)already\s+(?:joined|switched|bought|booked|ordered|
        signed\s+up|
        upgraded|downloaded)\b
  | \b(?:we[''’]ve|we\s+have|we|they[''’]ve|they)\s+(?:already\s+)?(?:sold|shipped|taken|had|booked|
        packed)\s+(?:over\s+|more\s+than\s+|a\s+record\s+)?{_AMOUNT}\s+(?:[\p{{L}}\-]+\s+){{0,2}}?
        (?:in\s+|this\s+|since\b|already|over\s+the|last|so\s+far|today|yesterday)
  | \b{_AMOUNT}\s+(?:bookings|orders|sign-?ups|enquiries|inquiries|downloads|sales|views|claims|
        registrations|pre-?orders|new\s+members|families|guests)\s+(?:today|this\s+(?:week|month|
            hour|
        morning)|in\s+(?:the\s+)?(?:last|past|first|\d+)|so\s+far|since|already|alone|in\s+(?:two|
            three)\s+days)\b
  | \bjoin\s+(?:the\s+)?(?:over\s+|more\s+than\s+)?(?:{_AMOUNT}|thousands|millions|
        hundreds(?:\s+of\s+thousands)?)\s+
        (?:of\s+)?(?:other\s+)?{_CROWD}
  | \bjoin\s+(?:the\s+)?(?:crowd|club\s+of\s+{_AMOUNT})\b
  | \b(?:loved|trusted|used|chosen|rated|recommended|worn|backed|picked|preferred|relied\s+on|
        adored|endorsed|enjoyed)\s+by\s+(?:over\s+|more\s+than\s+)?(?:{_AMOUNT}|thousands|millions|
        hundreds)\b
  | \brated\s+\#?1\b|\#1\s+(?:rated|choice|pick|best|most)\b|\bnumber\s+one\s+(?:rated|choice)\b
  | \btop\s+pick\s+of\s+\d{{1,3}}\s*%
  | \b\d{{1,3}}\s*%\s+of\s+(?:our\s+)?{_CROWD}\s+(?:say|said|recommend|agree|love|would|reorder|
        saw|noticed|felt|choose|chose|pick|prefer|come\s+back|rated|rate|buy)\b
  | \b\d{{1,2}}\s+(?:out\s+of|in)\s+(?:10|ten|\d{{1,2}})\s+(?:{_CROWD}\s+)?(?:are\s+)?(?:choose|
        choosing|
        pick|picking|picked|recommend|prefer|say|chose|love|buy|would)\b
  | \b(?:1|one)\s+in\s+\d{{1,2}}\s+{_CROWD}\s+(?:picked|chose|bought|choose|pick|buy)\b
  | \b(?:every(?:one|body)|all\s+my\s+friends)(?:\s+(?:is|are|seems\s+to\s+be)|[''’]?s|[''’]re)\s+
        (?:currently\s+|now\s+|already\s+)?(?:switching|buying|ordering|upgrading|
            getting\s+(?:one|this|theirs)|
        talking\s+about\s+(?:this|it|these|us)|obsessed\s+with\s+(?:this|it|these|our)|
        loving\s+(?:this|it|these|our)|booking|downloading|raving|wearing\s+(?:this|these|it|our)|
        using\s+(?:this|it|our)|trying\s+(?:this|it|our))\b
  | \beveryone\s+and\s+their\s+(?:mum|mom|dog|nan|gran|neighbou?r)\b
  | \b(?:thousands|millions|hundreds|loads|lots|tons|so\s+many)\s+(?:of\s+(?:you|{_CROWD})\s+)?
        (?:have\s+|has\s+|are\s+)?(?:already\s+)?(?:switched|bought|joined|upgraded|ordered|booked|
        use|love|trust|swear\s+by|can[''’]?t\s+be\s+wrong|loving|switching|using|signed\s+up)\b
  | \b{_CROWD}\s+(?:in\s+\p{{L}}+\s+)?(?:are|[''’]re)\s+(?:already\s+|all\s+|
        absolutely\s+)?(?:loving|raving\s+about|obsessed|
        going\s+(?:mad|crazy|wild|nuts)\s+for|switching\s+(?:to|from)|ordering|snapping|booking|
        buying)\b
  | \b(?:you\s+all|you\s+guys|y[''’]?all)\s+(?:are\s+|have\s+been\s+)?(?:loving|obsessed|buying|
        ordering)\b
  | \bpopular\s+with\s+{_CROWD}\b
  | \b{_AMOUNT}\s+(?:happy|satisfied|delighted)\s+{_CROWD}
  | \b{_AMOUNT}\s+(?:five|5)[\s-]?star\s+reviews\b
  | \b(?:talk\s+of\s+the\s+town|breaking\s+the\s+internet|broke\s+the\s+internet|going\s+viral)\b
  | \btiktok\s+made\s+me\s+buy\b
  | \b(?:in\s+droves|by\s+the\s+(?:crate|thousand|hundred))\b
  # A big crowd doing something: "10,000 Brits can't be wrong", "4,000+ Aussies have already taken
  # the plunge", "2k of you bought the last drop", "120,000 remote workers swear by".
  | \b{_BIG_AMOUNT}\s+(?:of\s+you|(?:[\p{{L}}\-]+\s+){{0,2}}?[\p{{L}}\-]+s)\s+(?:have\s+|has\s+|
        are\s+|who[''’]ve\s+|who\s+have\s+)?
        (?:already\s+|now\s+|just\s+)?(?:bought|ordered|joined|switched|opened|wear|use|swear\s+by|
        can[''’]?t\s+be\s+wrong|ditch(?:ed|ing)|reading|got|grabbed|signed\s+up|made\s+the\s+switch|
        taken|tried|love|trust|rely|chose|picked|beat|booked|reserved|downloaded|subscribed|
        upgraded|put|are\s+(?:using|loving|wearing|reading|switching|ditching))\b
  | \b\d{{1,3}}(?:,\d{{3}})*\s+of\s+you\s+(?:have\s+)?(?:already\s+)?(?:bought|ordered|joined|
        grabbed|
        booked|signed\s+up|pre-?ordered|claimed|picked|chose)\b
  | \bmost[\s-](?:popular|wanted|loved|booked|bought|viewed|ordered|gifted|requested|reviewed|
        talked[\s-]about|searched|followed|downloaded|watched|shared|liked|pre-?ordered)\b
  | \b(?:popular|hot|trending|best[\s-]?selling|top[\s-]selling)\s+(?:item|items|product|choice|
        pick|
        seller|property|dates?|plan|shade|colou?r|size|style|option|right\s+now)\b
  | \#?\d\s+best[\s-]?sell(?:er|ing)\b|\bbest[\s-]?sell(?:er|ing)\s+(?:of\s+the\s+(?:month|week|
        year)|in\s+\p{{L}}+)\b
  | \b(?:top|best)\s+seller\s+(?:for|of|in)\b
  | \btrending\s+(?:now|in|right\s+now|for\s+a\s+reason|on\s+\p{{L}}+)\b
  | (?:^|(?<=[\n#]))\W{{0,3}}(?:\#\d+\s+)?trending\b
  | \bevery\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:you\s+know|[\p{{L}}\-]+\s+(?:swears?\s+by|
        already\s+(?:has|uses|owns)))\b
  | \b(?:the\s+)?(?:one|bag|candle|\p{{L}}+)\s+everyone\s+(?:has|is\s+(?:gifting|wearing|eating|
        using|
        buying|getting|talking\s+about)|swears\s+by|loves)\b
  | \bwhy\s+(?:is|are)\s+(?:every(?:one|body)|{_AMOUNT}\s+\p{{L}}+|all\s+the\s+\p{{L}}+)\b
  | \b(?:everyone|everybody)\s+in\s+(?:the\s+)?\p{{L}}+(?:\s+\p{{L}}+)?\s+(?:is|are)\s+\p{{L}}+ing\b
  | \bcan[''’]?t\s+be\s+wrong\b
  | \b(?:thousands|millions|{_BIG_AMOUNT})\s+(?:of\s+)?(?:[\p{{L}}\-]+\s+){{0,3}}?swear\s+by\b
  | \b(?:your\s+(?:co-?workers|colleagues|friends|neighbou?rs|competitors|peers|rivals|classmates)|
        most\s+of\s+your\s+\p{{L}}+|half\s+(?:your|the)\s+\p{{L}}+|every\s+\p{{L}}+\s+you\s+know)\s+
        (?:is\s+|are\s+|has\s+|have\s+)?(?:already\s+)?(?:using|use|on|signed\s+up|switched|joined|
        bought|ordered|has|have|got|booked)\b
  | \b(?:joined|signed\s+up|bought|opened\s+this\s+\p{{L}}+|got\s+this\s+deal|ordered|
        booked)\s+before\s+you\b
  | \bbeat\s+you\s+to\s+it\b
  | \byou[''’]?re\s+(?:the\s+only\s+one|one\s+of\s+the\s+(?:last|few|only))\s+(?:people\s+)?
        (?:who\s+(?:hasn[''’]?t|has\s+not|isn[''’]?t|doesn[''’]?t)|not)\b
  | \bdon[''’]?t\s+be\s+(?:left\s+out|the\s+(?:last|only)\s+one)\b
  | \b(?:sold|sells?|bought|booked|ordered)\s+every\s+\d+\s+(?:seconds?|minutes?|mins?|secs?)\b
  | \b{_BIG_AMOUNT}\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:sold|sell|went\s+out|served|shipped|delivered|
        reserved|booked|visits|views)\b(?=\s*(?:in\b|this|every|since|so\s+far|and\s+counting|
            already|last|
        yesterday|today|worldwide|[.!,]|$))
  | \bsold\s+{_BIG_AMOUNT}\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:in|this|since|last|already)\b
  | \b{_AMOUNT}\s+(?:[\p{{L}}\-]+\s+){{0,2}}?and\s+counting\b
  | \b{_BIG_AMOUNT}\s+strong\b
  | \b{_CROWD}\s+in\s+\d+\s+countries\b
  | \bvoted\s+(?:\#1|number\s+one|best|the\s+(?:nation|country|city)[''’]s\s+favou?rite)\b
  | \breorder\w*\s+(?:on\s+average\s+)?\d+\s+times\b
  # A big crowd that does business with the writer: "1,400 local dogs walk with us", "14,000
  # teachers have qualified with us", "38,000 homes in the North West switched to us".
  | \b{_BIG_AMOUNT}\s+(?:[\p{{L}}'’\-]+\s+){{1,6}}?(?:with|to|from)\s+us\b
  | \bhelped\s+(?:over\s+|more\s+than\s+)?{_AMOUNT}\s+(?:[\p{{L}}\-]+\s+)?{_CROWD}
  # "Rated 4.9 by 60,000 pet parents", "Rolled through airports by 750,000 travellers"
  | \b(?:rated\s+[\d.]+\s*(?:★|stars?|/\s*\d+|out\s+of\s+\d+)?|reviewed|installed|rolled|pinned|
        joined|worn|carried|downloaded|played|read|shared|saved|bought|picked|chosen)\s+
        (?:[\p{{L}}\-]+\s+){{0,3}}?by\s+(?:over\s+|more\s+than\s+)?(?:{_BIG_AMOUNT}|\d{{1,3}}\s+in\s+
        \d{{1,2}}|\d{{2,3}}\s+new)
  | \b(?:installed|sold|used|worn|stocked)\s+in\s+(?:over\s+|more\s+than\s+)?(?:{_BIG_AMOUNT}|
        \d{{2,3}}\s+countries)\b
  # "2M+ learners", "1.3 million customers", "1 crore+ investors", "2,700 Google reviews"
  | \b\d+(?:[.,]\d+)?\s*(?:k|m|million|crore|lakh)\+?\s+(?:[\p{{L}}\-]+\s+)?(?:{_CROWD}|
        downloads|reviews|ratings|installs|saves|homes|learners|investors|players)\b
  | \b{_BIG_AMOUNT}\s+(?:[\p{{L}}\-]+\s+)?(?:reviews|ratings|downloads|installs|saves)\b
  | \b(?:shared|viewed|saved|pinned|downloaded|read|watched|streamed)\s+{_AMOUNT}\s+times\b
  # Friends and neighbours as a crowd: "7 of your friends like this", "your friend Tom just
  # signed up", "Amira, Josh and 23 other connections follow", "your group chat has booked"
  | \b\d{{1,4}}\s+(?:of\s+your\s+(?:friends|connections|contacts|colleagues|followers|
        neighbou?rs)|(?:people|friends|others)\s+you\s+(?:follow|know))\s+(?:\p{{L}}+\s+)?
        (?:like|liked|bought|follow|use|booked|ordered|joined|went|are|have|shop)\b
  | \byour\s+(?:friend|mate|colleague|neighbou?r)\s+(?:\p{{Lu}}\p{{L}}+\s+)?(?:just\s+)?
        (?:signed\s+up|joined|bought|booked|ordered|switched)\b
  | \b(?:and|&)\s+\d{{1,4}}\s+other\s+(?:connections|friends|people|followers)\b
  | \byour\s+(?:group\s+chat|street|town|team|office|class)\s+(?:has|have)\s+(?:already\s+)?
        (?:booked|bought|switched|joined|ordered)\b
  # "Most drivers like you choose Comprehensive cover", "Most of Cambridge already banks with us"
  | \bmost\s+(?:of\s+)?(?:[\p{{L}}\-]+\s+){{0,3}}?(?:like\s+you\s+)?(?:choose|chose|pick|picked|
        prefer|already\s+\p{{L}}+)\b(?=[^.!?\n]{{0,60}}\b(?:us|our|this|these|cover|plan|plans|
            monthly|option|one)\b)
  | \bpicked\s+by\s+most\b
  | \bhalf\s+(?:the|your|a)\s+[\p{{L}}\-]+\s+(?:is|are)\s+\p{{L}}+ing\b
  | \bevery\s+(?:single\s+)?(?:[\p{{L}}\-]+\s+){{0,2}}?[\p{{L}}\-]+\s+(?:in|at|on)\s+
        (?:[\p{{L}}'’\-]+\s+){{0,2}}?(?:rides|uses|wears|carries|owns|swears\s+by|seems\s+to\s+(?:be\s+\p{{L}}+ing|have|
            own|use|love))\b
  | \bwho\s+(?:isn[''’]?t|doesn[''’]?t|hasn[''’]?t)\s+(?:using|use|tried|got|bought|
        switched)\b
  | \byou[''’]?re\s+(?:basically\s+|probably\s+)?the\s+last\s+one\b
  | \beveryone[''’]s\s+(?:watching|learning|using|buying|getting|drinking|eating|wearing|
        ordering|booking|moving|switching)\b
  | \beverybody[''’]s\s+(?:watching|learning|using|buying|getting|moving|switching)\b
    """,
    _FLAGS,
)

_DIGIT = regex.compile(r"\d")
_ALARMING_MESSAGE = (
    "'{words}' is a live activity claim readers can't check, and shops often make them up. "
    "Leave it out, or share something verifiable instead, e.g. a named review."
)
_CLAIM_MESSAGE = (
    "'{words}' is a crowd claim readers can't check. Share something verifiable and attributed "
    "instead, e.g. a named review or where the figure comes from."
)


def social_proof_claims(ctx: AnalysisContext) -> Iterator[tuple[int, int, bool]]:
    """(start, end, live) of each claim, in order, not overlapping; live = a notification or a
    live counter (a warning), otherwise a crowd claim (a nudge)."""
    text = ctx.text
    found: list[tuple[int, int, bool]] = []
    for match in _NOTIFICATIONS.finditer(ctx):
        groups = match.groupdict()
        name = groups.get("name") or groups.get("name2") or groups.get("name3")
        if name and _PERSONAL.match(name.split()[0]):
            continue
        if groups.get("name3") and not _looks_like_a_notification(ctx, match.start()):
            continue
        found.append((match.start(), match.end(), True))
    found += [(m.start(), m.end(), True) for m in _COUNTERS.finditer(ctx)]
    found += [(m.start(), m.end(), False) for m in _CROWD_CLAIMS.finditer(ctx)]
    taken_until = -1
    for start, end, live in sorted(found, key=lambda f: (f[0], -f[1], not f[2])):
        if start < taken_until:
            continue
        start, end = trimmed_span(text, start, end, keep_first="#")
        if end <= start or ctx.in_quotes(start, end):
            continue
        # "everyone in my office is pretending to work lol": a crowd without a number, away from
        # anything for sale, in a person's own words is a joke among friends.
        if (
            not live
            and not _DIGIT.search(text, start, end)
            and not about_an_offer(ctx, start)
            and CHATTER_WORDS.search(ctx.sentence_containing(start).text)
        ):
            continue
        taken_until = end
        yield start, end, live


def _looks_like_a_notification(ctx: AnalysisContext, offset: int) -> bool:
    """A name, a purchase and "12 mins ago" on a short line is a pop-up; in a longer sentence it
    is someone's news ("Sam bought our first round 10 minutes ago, legend")."""
    return on_a_banner(ctx.text, offset, extra_words=6)


@code_check(
    "WB-FAKE-SOCIALPROOF",
    panel=Panel.WELLBEING,
    severity=Severity.INFO,
    why="Unverifiable crowd claims pressure people to follow the herd and erode trust when they "
    "are not true.",
    source=_MATHUR,
)
def fake_social_proof(ctx: AnalysisContext) -> Iterator[Hit]:
    for start, end, live in social_proof_claims(ctx):
        words = ctx.text[start:end]
        message = _ALARMING_MESSAGE if live else _CLAIM_MESSAGE
        yield Hit(
            start,
            end,
            message.format(words=words),
            suggestions=("",),
            severity=Severity.WARN.value if live else None,
        )
