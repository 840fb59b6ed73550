"""Transparency checks: are ads, gifts and affiliate links disclosed where readers see them?

The FTC ("Disclosures 101 for Social Media Influencers") and the UK ASA/CMA ask the same of a
post that earns the writer something: say so clearly ("Ad", "Paid partnership with…", "I earn a
commission"), up front, in words readers understand — not "#sp" in a pile of hashtags behind
"more". Every check here reads one shared picture of the post, `commercial_facts(ctx)`: which
disclosures it makes (and whether they are negated: "not an ad" is not a disclosure) and which
commercial signals it carries (a discount code, an affiliate link, "PR package", "partnered
with", the draft's sponsored flag).

Precision first: a signal must be unmistakable ("use code SARAH20", "amzn.to/…"), so that "use
code review checklists", "#AdventureTime" or "I bought this myself, not an ad" stay quiet. A
shop announcing its own sale ("use code SPRING20 in our shop") is not an endorsement: readers
know whose post it is, so a discount code only counts next to someone else's @handle, as "my
code", or in a draft marked as sponsored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

import regex
import yaml

from studio.domain.platforms import (
    PLATFORMS,
    PlatformId,
    find_hashtags,
    find_urls,
    fold_offset,
)
from studio.feedback.checks.registry import code_check
from studio.feedback.context import AnalysisContext, Hit, Token
from studio.feedback.model import Panel, Severity, Signal

_FTC_101 = (
    "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers"
)
_FTC_FAQ = "https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides"
_ASA = "https://www.asa.org.uk/resource/influencers-guide.html"
_DATA = Path(__file__).resolve().parent.parent / "data" / "transparency_affiliate.yml"
_WORDS = _DATA.with_name("transparency_words.yml")

_FLAGS = regex.IGNORECASE | regex.VERBOSE
# Where a post is cut behind "more" when no platform is chosen: Instagram's first-party figure,
# the strictest documented one (PLATFORMS.md).
DEFAULT_FOLD_PLATFORM = PlatformId.INSTAGRAM

# --------------------------------------------------------------------------------------------
# Detectors
#
# Each detector is a few small patterns, each with the words it cannot match without ("gates",
# see `present_gates`). A pattern is scanned only when one of its gates occurs in the draft, so a
# post that never says "paid" or "code" costs almost nothing. A hashtag pattern's gates are its
# tag words: the draft's word set holds "ad" for "#ad", so a post with only "#sourdough" skips it.
# Separate small patterns also let the regex engine jump to their literal start instead of trying
# a long alternation at every position.


@dataclass(frozen=True, slots=True)
class _Piece:
    gates: tuple[str, ...]
    pattern: regex.Pattern[str]


# Every gate of every detector, tested against a draft once (`present_gates`).
_ALL_GATES: list[str] = []


class _Detector:
    def __init__(self, *pieces: tuple[tuple[str, ...], str], flags: int = 0) -> None:
        self.pieces = tuple(
            _Piece(gates, regex.compile(source, _FLAGS | flags)) for gates, source in pieces
        )
        _ALL_GATES.extend(gate for gates, _ in pieces for gate in gates)

    def find(self, text: str, present: frozenset[str]) -> list[regex.Match[str]]:
        """Matches of every piece whose gate is present, leftmost first, without overlaps."""
        found: list[regex.Match[str]] = []
        for piece in self.pieces:
            if not present.isdisjoint(piece.gates):
                found.extend(piece.pattern.finditer(text))
        found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[regex.Match[str]] = []
        for match in found:
            if not kept or match.start() >= kept[-1].end():
                kept.append(match)
        return kept


# --------------------------------------------------------------------------------------------
# What counts as a disclosure

_END = r"(?![\p{L}\p{N}_])"
_HANDLE = r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"

# "#ad" and its equivalents in the languages influencers most often post in (German "Anzeige",
# "Werbung", Italian "adv", Spanish "publicidad", Scandinavian "reklame"). "#ads" and
# "#advertising" are topics (marketing posts), not labels.
_AD = _Detector(
    (
        (
            "ad",
            "advert",
            "advertisement",
            "paidpartnership",
            "paidpartner",
            "paidad",
            "paidpost",
            "anzeige",
            "werbung",
            "adv",
            "publicidad",
            "reklame",
            "reklam",
            "reclame",
        ),
        rf"""\#(?:ad|advert|advertisement|paidpartnership|paidpartner|paidad|paidpost|anzeige
        |werbung|adv|publicidad|reklame|reklam|reclame){_END}""",
    ),
    (
        ("ad", "advert*", "anzeige", "werbung"),
        r"""^[^\S\n]*[\[(【]?[^\S\n]*(?:ad|advert|advertisement|advertising|paid\s+ad|anzeige|werbung)
        [^\S\n]*[\])】]?[^\S\n]*(?:[:|–—•/]|-(?![\p{L}\p{N}])|$)""",
    ),
    (("ad", "advert*", "paid"), r"[\[(](?:ad|advert|advertisement|paid\s+ad)[\])]"),
    (
        ("paid",),
        r"""\bpaid\s+(?:partnership|promotion|post|collab(?:oration)?|content|ad|advertisement
        |endorsement|sponsorship)\b""",
    ),
    (
        ("ad", "advert*", "paid"),
        r"""\b(?:this|the)\s+(?:post|video|reel|content|story|stream|episode|review)\s+
        (?:is|was)\s+(?:an?\s+)?(?:paid\s+)?(?:ad|advert|advertisement|paid\s+for)\b""",
    ),
    (
        ("ad", "advert*"),
        r"\b(?:this|it)(?:['’]s|\s+is)\s+an?\s+(?:paid\s+)?(?:ad|advert|advertisement)\b",
    ),
    (
        ("paid",),
        r"""\b(?:I['’]m|I\s+am|I\s+was|I\s+got|I['’]ve\s+been|I\s+have\s+been|we['’]re|we\s+are
        |we\s+were)\s+(?:being\s+)?paid\s+(?:by|to|for)\b""",
    ),
    (
        ("paid", "paying", "pays"),
        rf"{_HANDLE}\s+(?:paid|is\s+paying|are\s+paying|pays)\s+(?:me|us)\b",
    ),
    flags=regex.MULTILINE,
)
# "Sponsored" is clear to US readers (FTC) but the ASA finds it ambiguous in the UK.
_SPONSORED = _Detector(
    (("sponsored", "sponsoredpost"), rf"\#(?:sponsored|sponsoredpost){_END}"),
    (("sponsor*",), r"(?<![\p{L}\-])sponsored\s+(?:by|post|content|video|reel)\b"),
    (
        ("sponsor*",),
        rf"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+)?(?:to\s+)?{_HANDLE}\s+for\s+sponsoring\b",
    ),
    (
        ("sponsor*",),
        r"""\b(?:this|the)\s+(?:post|video|reel|content|story|stream|episode)\s+(?:is|was)\s+
        sponsored\b""",
    ),
)
_AFFILIATE_DISCLOSURE = _Detector(
    (("affiliate",), r"\baffiliate\s+links?\b"),
    (
        (
            "affiliate",
            "affiliatelink",
            "affiliatelinks",
            "aff",
            "commissionlink",
            "commissionearned",
        ),
        rf"\#(?:affiliate|affiliatelink|affiliatelinks|aff|commissionlink|commissionearned){_END}",
    ),
    (
        ("commission*", "cut", "percentage", "share", "bonus", "credit", "referral"),
        r"""\b(?:I|we)\s+(?:may\s+|might\s+|will\s+|could\s+|do\s+|can\s+)?(?:earn|receive|get|make)s?
        \s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?(?:commission|a\s+cut|a\s+percentage|a\s+share
        |a\s+bonus|credit|referral\s+(?:bonus|credit|fee))""",
    ),
    (("commission*",), r"\bcommissions?\s+earned\b"),
    (("associate",), r"\bas\s+an\s+amazon\s+associate\b"),
    (
        ("commission*", "cut", "credit"),
        r"\bearns?\s+(?:me|us)\s+(?:a\s+)?(?:small\s+)?(?:commission|a\s+cut|credit)",
    ),
)
# Gifts disclosed with the giver named: fine for a gift the brand did not control (ASA), and
# close to the FTC's own wording ("Thanks to [brand] for the free product").
_GIFT_DISCLOSURE = _Detector(
    (("gifted",), r"\bgifted\s+(?:to\s+(?:me|us)\s+)?(?:by|from)\s+@?[\p{L}\p{N}_]"),
    (("giftedby*",), r"\#giftedby\w+"),
    (
        ("thank*",),
        rf"""\bthanks?(?:\s+you)?\s+(?:so\s+much\s+)?(?:to\s+)?{_HANDLE}\s+for\s+(?:the\s+
        |this\s+|these\s+|my\s+|kindly\s+|sending\s+(?:me\s+)?(?:the\s+|this\s+|these\s+)?)*
        (?:free|gift|gifting|pr\b)""",
    ),
    (
        ("sent", "given", "gifted"),
        rf"\b(?:sent|given|gifted)\s+(?:to\s+)?(?:me|us)\s+(?:for\s+free\s+)?by\s+{_HANDLE}",
    ),
    (("free",), r"\bfree\s+(?:product|sample|gift|item)s?\s+(?:from|by)\b"),
    (("sent", "gifted", "gave"), rf"{_HANDLE}\s+(?:sent|gifted|gave)\s+(?:me|us)\b"),
)
# "#gifted" on its own: it says "free", but not from whom.
_GIFT_LABEL = _Detector(
    (("gifted",), r"\#gifted(?![\p{L}\p{N}_])"),
    (
        ("gift*", "pr"),
        r"[\[(](?:gifted|gift|pr\s+gift|pr\s+product|pr\s+sample|pr)[\])]",
    ),
    (("gifted",), r"\*gifted\b|\bgifted\*"),
    (("gifted",), r"^[^\S\n]*gifted[^\S\n]*(?:[:|\-–—]|$)"),
    flags=regex.MULTILINE,
)
# Labels readers do not understand as "this is an ad" (FTC: "#sp", "#spon", "#collab", "thanks
# @brand"). Some are only ambiguous when the post is commercial: "#collab" between two musicians
# is just a collaboration, and "#SP" is also São Paulo.
_AMBIGUOUS_ALWAYS = _Detector(
    (
        ("spon", "spons", "sponsor", "sponsorship", "ambassador", "brandambassador"),
        r"\#(?:spon|spons|sponsor|sponsorship|ambassador|brandambassador)(?![\p{L}\p{N}_])",
    ),
)
_AMBIGUOUS_IF_COMMERCIAL = _Detector(
    (
        ("sp", "collab", "collaboration", "partner", "partnership", "brandpartner"),
        r"\#(?:sp|collab|collaboration|partner|partnership|brandpartner)(?![\p{L}\p{N}_])",
    ),
)
_AMBIGUOUS_UK = _Detector((("association",), r"\bin\s+association\s+with\b"))
_THANKS_BRAND = _Detector(
    (
        ("thank*", "thx", "ty"),
        rf"(?<![\p{{L}}])(?:thanks?|thank\s+you|thx|ty)\s+(?:so\s+much\s+)?(?:to\s+)?{_HANDLE}",
    ),
)

# "not an ad", "not #ad", "this isn't sponsored", "no affiliate links": a denial, not a label.
_NEGATION_BEFORE = regex.compile(
    r"(?:\bnot|\bno|n['’]t|\bnever|\bnon)[\s\-]+(?:(?:an?|the|this|my|any|being)\s+)?$", _FLAGS
)

# --------------------------------------------------------------------------------------------
# Commercial signals

_CODE_TOKEN = r"(?-i:[A-Z0-9][A-Z0-9_\-]{2,}|[A-Za-z]+\d+[A-Za-z0-9]*)"
_CODE_WITH_DIGIT = r"(?-i:[A-Z][A-Z_\-]*\d[A-Z0-9_\-]*|[A-Za-z]+\d+[A-Za-z0-9]*)"
_DEAL = r"(?:\d+\s?%|\b(?:off|discount|save|saves|savings|checkout|free\s+shipping)\b|[$£€]\s?\d)"
_PROMO_CODE = _Detector(
    (
        ("code*",),
        r"\b(?:my|our)\s+(?:discount|promo|coupon|voucher|referral|affiliate)\s+codes?\b",
    ),
    (
        ("code*",),
        rf"\b(?:discount|promo|coupon|voucher|referral)\s+code\s*:?\s*[\"'“‘]?{_CODE_TOKEN}",
    ),
    (
        ("code*",),
        rf"""\b(?:use|using|with|enter|apply)\s+(?:my\s+|our\s+|the\s+)?code\s*:?\s*[\"'“‘]?
        (?:{_CODE_WITH_DIGIT}\b|(?-i:[A-Z]{{3,}})\b(?=[^.!?\n]{{0,40}}{_DEAL}))""",
    ),
    (
        ("code*",),
        rf"""\bcode\s*:?\s*[\"“]?(?-i:[A-Z][A-Z0-9]{{2,}})[\"”]?\s+(?:for|to\s+get|gets?\s+you
        |saves?\s+you|at\s+checkout)\b(?=[^.!?\n]{{0,30}}{_DEAL})""",
    ),
    (("code*",), rf"\b(?:use|with)\s+my\s+code\b(?=[^.!?\n]{{0,40}}{_DEAL})"),
    (("referral",), r"\b(?:my|our)\s+referral\s+link\b"),
)
# A first-person partnership ("I've partnered with @brand"). "We've partnered with the food
# bank" is usually an organisation announcing its own work, which readers already attribute.
_PARTNERSHIP = _Detector(
    (
        ("partner*",),
        r"""\bI(?:['’]ve|\s+have|['’]m|\s+am)?\s+(?:so\s+|really\s+)?
        (?:(?:excited|proud|thrilled|happy|delighted)\s+to\s+(?:have\s+|be\s+)?)?
        (?:partnered|partnering|partner)\s+with(?=\s+@)""",
    ),
    (
        ("partner*", "collaboration"),
        rf"\bin\s+(?:paid\s+)?(?:partnership|collaboration)\s+with\s+{_HANDLE}",
    ),
)
# Gift jargon readers may not decode: "PR package", "c/o @brand".
_GIFT_JARGON = _Detector(
    (
        ("pr",),
        r"""\bPR\s+(?:package|packages|sample|samples|gift|gifts|box|boxes|haul|mail|unboxing
        |product|products|kit|kits)\b""",
    ),
    (
        (
            "prpackage",
            "prpackages",
            "prhaul",
            "prgift",
            "prgifts",
            "prsample",
            "prsamples",
            "prunboxing",
            "prbox",
            "prmail",
        ),
        r"\#pr(?:package|packages|haul|gift|gifts|sample|samples|unboxing|box|mail)(?![\p{L}\p{N}_])",
    ),
    (("c/o",), r"\bc/o\s+@[A-Za-z0-9_]"),
)


@cache
def _affiliate_data() -> tuple[frozenset[str], regex.Pattern[str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    domains = frozenset(str(domain).lower() for domain in data["domains"])
    params = "|".join(regex.escape(str(param)) for param in data["params"])
    query = regex.compile(
        rf"[?&](?:(?:{params})=[^&#\s]+|tag={data['amazon_tag']}(?![\w.\-]))", regex.IGNORECASE
    )
    return domains, query


_HOST = regex.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:www\.)?([^/?#:\s]+)", regex.IGNORECASE)


def is_affiliate_link(url: str) -> bool:
    domains, query = _affiliate_data()
    host_match = _HOST.match(url)
    host = host_match.group(1).lower() if host_match else ""
    labels = host.split(".")
    if any(".".join(labels[index:]) in domains for index in range(len(labels) - 1)):
        return True
    return query.search(url) is not None


# --------------------------------------------------------------------------------------------
# The shared picture of a post


@dataclass(frozen=True, slots=True)
class Mark:
    """A disclosure or a commercial signal found in the text."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CommercialFacts:
    ads: tuple[Mark, ...]  # clear "this is an ad" labels
    affiliate_disclosures: tuple[Mark, ...]
    gift_disclosures: tuple[Mark, ...]  # gifts with the giver named
    gift_labels: tuple[Mark, ...]  # "#gifted" alone
    ambiguous: tuple[Mark, ...]  # labels readers misread; only those that apply to this post
    codes: tuple[Mark, ...]
    partnerships: tuple[Mark, ...]
    gift_jargon: tuple[Mark, ...]
    affiliate_links: tuple[Mark, ...]

    @property
    def paid_signals(self) -> tuple[Mark, ...]:
        return tuple(sorted(self.codes + self.partnerships, key=lambda m: m.start))

    @property
    def disclosures(self) -> tuple[Mark, ...]:
        """Every label that tells readers what they are looking at, earliest first."""
        found = self.ads + self.affiliate_disclosures + self.gift_disclosures + self.gift_labels
        return tuple(sorted(found, key=lambda m: m.start))


_FACTS: WeakKeyDictionary[AnalysisContext, CommercialFacts] = WeakKeyDictionary()


def is_uk(ctx: AnalysisContext) -> bool:
    return ctx.draft.locale.lower().replace("_", "-") in {"en-gb", "en-uk"}


def commercial_facts(ctx: AnalysisContext) -> CommercialFacts:
    """Disclosures and commercial signals of this draft, found once and shared by every check."""
    facts = _FACTS.get(ctx)
    if facts is None:
        facts = _find_facts(ctx)
        _FACTS[ctx] = facts
    return facts


def present_gates(ctx: AnalysisContext) -> frozenset[str]:
    """The detector gates this draft satisfies.

    A gate is a word ("paid"), a word prefix ending in "*" ("sponsor*"), or — when it holds
    anything but letters and digits — a substring ("#", "c/o"). Words and prefixes are looked up
    in the draft's word set, which the rule packs have already built: no scan of the text.
    """
    words, prefixes, substrings = _gate_kinds()
    present = set(ctx.word_set.intersection(words))
    present.update(prefix for prefix in prefixes if ctx.has_word_starting_with(prefix[:-1]))
    present.update(part for part in substrings if part in ctx.lower)
    return frozenset(present)


@cache
def _gate_kinds() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    gates = tuple(dict.fromkeys(_ALL_GATES))
    prefixes = tuple(g for g in gates if g.endswith("*") and g[:-1].isalnum())
    substrings = tuple(g for g in gates if not g.isalnum() and g not in prefixes)
    words = tuple(g for g in gates if g.isalnum())
    return words, prefixes, substrings


def _marks(
    kind: str, detector: _Detector, ctx: AnalysisContext, present: frozenset[str]
) -> tuple[Mark, ...]:
    text = ctx.text
    return tuple(
        Mark(kind, m.start(), m.end(), m.group())
        for m in detector.find(text, present)
        if _NEGATION_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
    )


def _find_facts(ctx: AnalysisContext) -> CommercialFacts:
    text = ctx.text
    uk = is_uk(ctx)
    present = present_gates(ctx)
    sponsored = _marks("sponsored", _SPONSORED, ctx, present)
    ads = _marks("ad", _AD, ctx, present) + (() if uk else sponsored)
    affiliate_links = tuple(
        Mark("affiliate_link", start, end, text[start:end])
        for start, end in find_urls(text)
        if is_affiliate_link(text[start:end])
    )
    codes = _endorsed_codes(ctx, present, _marks("code", _PROMO_CODE, ctx, present))
    partnerships = _marks("partnership", _PARTNERSHIP, ctx, present)
    if partnerships and _CHARITY.search(text):
        partnerships = ()
    gift_jargon = _marks("gift_jargon", _GIFT_JARGON, ctx, present)
    commercial = bool(
        ctx.draft.sponsored or codes or partnerships or gift_jargon or affiliate_links
    )
    ambiguous = list(_marks("ambiguous", _AMBIGUOUS_ALWAYS, ctx, present))
    if commercial:
        ambiguous.extend(_marks("ambiguous", _AMBIGUOUS_IF_COMMERCIAL, ctx, present))
    if uk:
        ambiguous.extend(sponsored)
        ambiguous.extend(_marks("ambiguous", _AMBIGUOUS_UK, ctx, present))
    gift_disclosures = _marks("gift", _GIFT_DISCLOSURE, ctx, present)
    if ctx.draft.sponsored:
        ambiguous.extend(
            m
            for m in _marks("thanks", _THANKS_BRAND, ctx, present)
            if not any(g.start <= m.start < g.end for g in gift_disclosures + ads)
        )
    return CommercialFacts(
        ads=tuple(sorted(ads, key=lambda m: m.start)),
        affiliate_disclosures=_marks("affiliate", _AFFILIATE_DISCLOSURE, ctx, present),
        gift_disclosures=gift_disclosures,
        gift_labels=_marks("gift_label", _GIFT_LABEL, ctx, present),
        ambiguous=tuple(sorted(ambiguous, key=lambda m: m.start)),
        codes=codes,
        partnerships=partnerships,
        gift_jargon=gift_jargon,
        affiliate_links=affiliate_links,
    )


# Partnering with a charity, a fundraiser or a friend's sponsored run is not advertising.
_CHARITY = regex.compile(
    r"\b(?:charity|charities|fundrais\w*|donat\w*|sponsor\s+(?:me|us)|good\s+cause|volunteer\w*"
    r"|food\s*bank|non-?profit)\b",
    regex.IGNORECASE,
)
# A shop announcing its own discount code is not an endorsement: readers know whose post it is.
_OWN_BUSINESS = regex.compile(
    r"""\b(?:our|my)\s+(?:(?:online\s+|etsy\s+|little\s+|new\s+)?(?:shop|store|website|site
    |products?|menu|range|collection|bakery|studio|café|cafe|salon|brand|business|classes|course
    |workshop|book|app|stock|stall)|whole\s+(?:shop|store|site|range))\b""",
    _FLAGS,
)
_MENTION = regex.compile(r"@[A-Za-z0-9_]")
_MY = regex.compile(r"\bmy\b", regex.IGNORECASE)


def _endorsed_codes(
    ctx: AnalysisContext, present: frozenset[str], codes: tuple[Mark, ...]
) -> tuple[Mark, ...]:
    """Discount codes that endorse someone else's product: "use my code", a sponsored draft, or
    a code next to a brand's @handle in a post that is not about the writer's own shop."""
    if not codes:
        return codes
    draft = ctx.draft
    if draft.sponsored or draft.partner.strip():
        return codes
    personal = tuple(code for code in codes if _MY.search(code.text))
    if personal:
        return personal
    if _AMBIGUOUS_ALWAYS.find(ctx.text, present) or _AMBIGUOUS_IF_COMMERCIAL.find(
        ctx.text, present
    ):
        return codes  # "#spon", "#collab": the writer is labelling a brand deal
    if _MENTION.search(ctx.text) and not _OWN_BUSINESS.search(ctx.text):
        return codes
    return ()


def _first_line(ctx: AnalysisContext) -> Token:
    for line in ctx.lines:
        if line.text.strip():
            start = line.start + len(line.text) - len(line.text.lstrip())
            end = line.start + len(line.text.rstrip())
            return Token(start, end, ctx.text[start:end])
    return Token(0, 0, "")


def _ad_prefix(ctx: AnalysisContext) -> tuple[str, ...]:
    partner = ctx.draft.partner.strip()
    prefixes = ["Ad: "]
    if partner:
        prefixes.append(f"Paid partnership with {partner}: ")
    return tuple(prefixes)


def _prefix_hit(ctx: AnalysisContext, start: int, end: int, message: str) -> Hit:
    """A hit whose suggestions put a disclosure at the very start of the post.

    When the words to highlight are in the post's first sentence, the span reaches back to the
    start of the post so that the suggestion ("Ad: " + the same words) is a plain replacement;
    further down, the highlight stays on the words and the message says where the label goes.
    """
    sentences = ctx.sentences
    if sentences and sentences[0].start <= start < sentences[0].end:
        first = sentences[0].start
        covered = ctx.text[first:end]
        return Hit(first, end, message, tuple(p + covered for p in _ad_prefix(ctx)))
    return Hit(start, end, message)


# --------------------------------------------------------------------------------------------
# TR-UNDISCLOSED


@code_check(
    "TR-UNDISCLOSED",
    panel=Panel.TRANSPARENCY,
    severity=Severity.STRONG,
    why="Readers have a right to know when a post is paid for or earns you money; the FTC and "
    "the ASA require a clear disclosure.",
    source=_FTC_101,
)
def undisclosed(ctx: AnalysisContext) -> Iterator[Hit]:
    facts = commercial_facts(ctx)
    draft = ctx.draft
    if facts.ambiguous and not facts.ads:
        return  # TR-AMBIGUOUS-LABEL names the label the writer used instead
    paid_disclosed = bool(facts.ads or facts.affiliate_disclosures)
    if facts.paid_signals and not paid_disclosed:
        signal = facts.paid_signals[0]
        code = signal.kind == "code"
        what = "a discount code" if code else "a brand partnership"
        hit = _prefix_hit(
            ctx,
            signal.start,
            signal.end,
            f"“{signal.text}” shows {what}, but nothing tells readers this is an ad. Say so at "
            "the start: “Ad:” or “Paid partnership with @brand”.",
        )
        # "Partnered with @…" alone may be a friend or a charity: a warning, not a red flag.
        yield hit if code or draft.sponsored else replace(hit, severity=Severity.WARN)
        return
    gift_disclosed = paid_disclosed or bool(facts.gift_disclosures or facts.gift_labels)
    if facts.gift_jargon and not gift_disclosed and not draft.sponsored:
        jargon = facts.gift_jargon[0]
        yield Hit(
            jargon.start,
            jargon.end,
            f"“{jargon.text}” means you got it free from a brand, but many readers won't know "
            "that. Say it plainly: “Gifted by @brand” or “Thanks to @brand for the free product”.",
        )
        return
    if draft.sponsored and not facts.ads and not draft.paid_partnership_tool:
        first = _first_line(ctx)
        yield Hit(
            first.start,
            first.end,
            "This post is marked as sponsored, but the text never says it's an ad. Start with "
            "“Ad:” or “Paid partnership with …” so readers know before they read on.",
            tuple(p + first.text for p in _ad_prefix(ctx)) if first.text else _ad_prefix(ctx),
        )


# --------------------------------------------------------------------------------------------
# TR-AMBIGUOUS-LABEL


@code_check(
    "TR-AMBIGUOUS-LABEL",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="Labels like #sp, #spon, #collab or a bare “thanks @brand” are not understood as "
    "“this is an ad”; regulators ask for plain words.",
    source=_FTC_101,
)
def ambiguous_label(ctx: AnalysisContext) -> Iterator[Hit]:
    facts = commercial_facts(ctx)
    if not facts.ambiguous or facts.ads:
        return
    # When the ambiguous label is all a paid post has, the post is in effect undisclosed.
    undisclosed = (ctx.draft.sponsored or facts.paid_signals) and not facts.affiliate_disclosures
    for label in facts.ambiguous:
        uk_note = " (UK readers and the ASA don't read it as an ad)" if is_uk(ctx) else ""
        yield Hit(
            label.start,
            label.end,
            f"“{label.text}” doesn't clearly say “this is an ad”{uk_note}. Use “#ad”, “Ad:” or "
            "“Paid partnership with @brand”, at the start of the post.",
            ("#ad",) if label.text.startswith("#") else (),
            severity=Severity.STRONG if undisclosed else None,
        )


# --------------------------------------------------------------------------------------------
# TR-PLACEMENT


def hidden_on(ctx: AnalysisContext, end: int) -> list[PlatformId]:
    """The selected platforms (or Instagram, when none is) that fold the post before `end`."""
    platforms = ctx.draft.platforms or (DEFAULT_FOLD_PLATFORM,)
    hidden = []
    for platform in platforms:
        fold = fold_offset(platform, ctx.text)
        if fold is not None and end > fold:
            hidden.append(platform)
    return hidden


def early_disclosure_signal(ctx: AnalysisContext) -> Signal | None:
    """A positive signal when the first disclosure is visible before the fold everywhere."""
    disclosures = commercial_facts(ctx).disclosures
    if not disclosures or hidden_on(ctx, disclosures[0].end):
        return None
    first = disclosures[0]
    return Signal(
        "SIGNAL-EARLY-DISCLOSURE",
        Panel.TRANSPARENCY,
        f"“{first.text}” comes before the fold, where readers see it without tapping “more”.",
        first.start,
        first.end,
    )


@code_check(
    "TR-PLACEMENT",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="A disclosure only works where readers see it without tapping “more”; the FTC asks "
    "for it above the fold.",
    source=_FTC_101,
)
def disclosure_placement(ctx: AnalysisContext) -> Iterator[Hit]:
    disclosures = commercial_facts(ctx).disclosures
    if not disclosures:
        return
    first = disclosures[0]
    hidden = hidden_on(ctx, first.end)
    if not hidden:
        return
    names = _names(hidden)
    approximate = all(PLATFORMS[p].fold_approximate for p in hidden)
    yield Hit(
        first.start,
        first.end,
        f"“{first.text}” only shows after “more” on {names}"
        f"{' (approximate cut-off)' if approximate else ''}. Move the disclosure to the first "
        "line, e.g. start with “Ad:”.",
    )


def _names(platforms: list[PlatformId]) -> str:
    names = [PLATFORMS[p].name for p in platforms]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------------------------
# TR-HASHTAG-BURIED

_HASHTAG_GAP = regex.compile(r"[\s,.·|•]*")
_MIN_HASHTAG_PILE = 3


@code_check(
    "TR-HASHTAG-BURIED",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="Readers skim past a pile of hashtags, so a disclosure mixed into one is easily "
    "missed (FTC: don't bury it in a group of hashtags).",
    source=_FTC_101,
)
def hashtag_buried(ctx: AnalysisContext) -> Iterator[Hit]:
    facts = commercial_facts(ctx)
    tagged = [d for d in facts.disclosures if d.text.startswith("#")]
    if not tagged or len(tagged) < len(facts.disclosures):
        return  # no hashtag disclosure, or a plain-words one exists too
    piles = _hashtag_piles(ctx.text)
    for disclosure in tagged[:1]:
        for pile in piles:
            inside = pile[0][0] <= disclosure.start < pile[-1][1]
            at_the_very_start = not ctx.text[: pile[0][0]].strip()
            if inside and len(pile) >= _MIN_HASHTAG_PILE and not at_the_very_start:
                yield Hit(
                    disclosure.start,
                    disclosure.end,
                    f"“{disclosure.text}” is one of {len(pile)} hashtags in a row, where readers "
                    "skim past it. Put the disclosure in words at the start: “Ad: …”.",
                )


def _hashtag_piles(text: str) -> list[list[tuple[int, int]]]:
    piles: list[list[tuple[int, int]]] = []
    for span in find_hashtags(text):
        if piles and _HASHTAG_GAP.fullmatch(text, piles[-1][-1][1], span[0]) is not None:
            piles[-1].append(span)
        else:
            piles.append([span])
    return piles


# --------------------------------------------------------------------------------------------
# TR-TOOL-ONLY


@code_check(
    "TR-TOOL-ONLY",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="A platform's “paid partnership” label is easy to miss and not shown everywhere the post "
    "travels; the FTC says not to rely on it alone.",
    source=_FTC_101,
)
def tool_only(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.draft.paid_partnership_tool or commercial_facts(ctx).ads:
        return
    first = _first_line(ctx)
    yield Hit(
        first.start,
        first.end,
        "The platform's paid-partnership label is on, but the caption itself doesn't say it's "
        "an ad. Add “Ad:” in the text too: the label is easy to miss and gone when the post is "
        "shared.",
        tuple(p + first.text for p in _ad_prefix(ctx)),
    )


# --------------------------------------------------------------------------------------------
# TR-AFFILIATE

_COMMISSION_NOTE = " (affiliate link — I earn a small commission)"


@code_check(
    "TR-AFFILIATE",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="An affiliate link pays you when readers buy, which is an ad; readers should know before "
    "they click.",
    source=_FTC_FAQ,
)
def affiliate_link(ctx: AnalysisContext) -> Iterator[Hit]:
    facts = commercial_facts(ctx)
    if not facts.affiliate_links or facts.affiliate_disclosures:
        return
    link = facts.affiliate_links[0]
    others = len(facts.affiliate_links) - 1
    more = f" (and {others} more)" if others else ""
    yield Hit(
        link.start,
        link.end,
        f"This looks like an affiliate link{more}, with no word that you earn from it. Add "
        "“affiliate link — I earn a small commission” next to it.",
        (link.text + _COMMISSION_NOTE,),
        # With no disclosure of any kind the post is undisclosed advertising.
        severity=None if facts.ads else Severity.STRONG,
    )


# --------------------------------------------------------------------------------------------
# TR-GIFTED


@code_check(
    "TR-GIFTED",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="Readers should know who gave you a product for free; “#gifted” alone doesn't say who, "
    "and a gift with strings attached is an ad.",
    source=_ASA,
)
def gifted_label(ctx: AnalysisContext) -> Iterator[Hit]:
    facts = commercial_facts(ctx)
    if not facts.gift_labels or facts.gift_disclosures or facts.ads or ctx.draft.sponsored:
        return
    label = facts.gift_labels[0]
    brand = ctx.draft.partner.strip() or _first_handle(ctx.text)
    giver = brand or "@brand"
    suggestions = (f"Gifted by {brand}", f"Thanks to {brand} for the free product") if brand else ()
    yield Hit(
        label.start,
        label.end,
        f"“{label.text.strip()}” says it was free but not who gave it. Name the brand: “Gifted by "
        f"{giver}” (or “Ad” if the brand told you what to post).",
        suggestions,
    )


_FIRST_HANDLE = regex.compile(_HANDLE)


def _first_handle(text: str) -> str:
    match = _FIRST_HANDLE.search(text)
    return match.group() if match else ""


# --------------------------------------------------------------------------------------------
# TR-EDITED-IMAGE

# Appearance claims that an edited or filtered photo could fake.
_APPEARANCE_CLAIM = regex.compile(
    r"""
    \b(?:skin|complexion|glow(?:y|ing)?|flawless|poreless|pores|wrinkles?|fine\s+lines|lashes
    |brows|acne|blemish(?:es)?|dark\s+(?:spots|circles)|spots|breakouts?|before\s+(?:and|&|\+)\s+after
    |before/after|transformation|whiter\s+teeth|teeth\s+whitening|hair\s+growth|thicker\s+hair
    |foundation|concealer|serum|moisturi[sz]er|cream|makeup|make-up|lipstick|mascara|tan|tanning
    |abs|waist|slimmer|toned|cellulite|stretch\s+marks|results)\b
    """,
    _FLAGS,
)
_NO_FILTER = regex.compile(r"\#nofilter\b|\bno\s+filter\b|\bunfiltered\b|\bunedited\b", _FLAGS)


@code_check(
    "TR-EDITED-IMAGE",
    panel=Panel.TRANSPARENCY,
    severity=Severity.INFO,
    why="An edited or filtered photo next to an appearance claim shows results the product may "
    "not give; readers should know it was edited.",
    source=_ASA,
)
def edited_image(ctx: AnalysisContext) -> Iterator[Hit]:
    if not any(item.edited for item in ctx.draft.media):
        return
    contradiction = _NO_FILTER.search(ctx.text)
    if contradiction is not None:
        yield Hit(
            contradiction.start(),
            contradiction.end(),
            f"“{contradiction.group()}”, but you marked the photo as edited or filtered. Remove "
            "the claim, or use the unedited photo.",
            severity=Severity.WARN,
        )
        return
    claim = _APPEARANCE_CLAIM.search(ctx.text)
    if claim is not None:
        yield Hit(
            claim.start(),
            claim.end(),
            f"You talk about “{claim.group()}” next to a photo you marked as edited. Say it's "
            "edited (“filter used”) or use an unfiltered photo, so readers can judge the result.",
            (f"{claim.group()} (photo edited)",),
        )


# --------------------------------------------------------------------------------------------
# TR-DATA-ASK

# Asking for personal data in comments or direct messages: comments are public, and a DM inbox
# has no privacy notice or deletion policy. A warning ("never post your phone number") is advice,
# not an ask, and "comment your birthday month" is a game, not data. The words in
# data/transparency_words.yml gate the scan (a set lookup in the draft's words): without one of
# them no ask is possible.
_PERSONAL_DATA_WORDS = frozenset(
    yaml.safe_load(_WORDS.read_text(encoding="utf-8"))["personal_data_words"].split()
)
_DATA_ASK = regex.compile(
    r"""
    \b(?:comment|drop|leave|post|share|write|type|put|reply\s+with|tell\s+(?:me|us)|dm|message
        |send|text|inbox|email)
    \s+(?:me\s+|us\s+)?(?:with\s+)?(?:your|ur)\s+(?:full\s+|home\s+|personal\s+)?
    (?:e-?mail(?:\s+address)?|(?:phone|mobile|cell|whatsapp)(?:\s+number)?|address|postcode
        |post\s+code|zip(?:\s+code)?|date\s+of\s+birth|dob|birth\s*date
        |birthday(?!\s+(?:month|season|sign|wish|wishes|plans|cake|outfit|song|playlist|memory
            |memories|traditions?|vibes|party|week|weekend|trip|dinner|gift|present))
        |full\s+name|passport(?:\s+number)?|social\s+security(?:\s+number)?|ssn
        |national\s+insurance(?:\s+number)?|card\s+(?:number|details)|bank\s+details|iban
        |password|login(?:\s+details)?)\b
    """,
    _FLAGS,
)
_ADVICE_AGAINST = regex.compile(
    r"""\b(?:never|don['’]?t|do\s+not|shouldn['’]?t|should\s+not|avoid|stop)\s+(?!forget\b)
    (?:\w+\s+){0,2}(?:comment|drop|leave|post|share|write|type|put|reply|tell|dm|message|send
    |text|inbox|email|give)""",
    _FLAGS,
)


_PUBLIC_ASK = regex.compile(
    r"(?:comment|drop|leave|post|share|write|type|put|reply)\b", regex.IGNORECASE
)
_FORM = regex.compile(r"\b(?:form|sign[\s-]?up\s+(?:page|sheet)|survey)\b", _FLAGS)


@code_check(
    "TR-DATA-ASK",
    panel=Panel.TRANSPARENCY,
    severity=Severity.WARN,
    why="Personal data shared in comments or DMs can be seen, scraped or kept without the care "
    "and consent that a form with a privacy note gives.",
    source="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
    "data-protection-principles/a-guide-to-the-data-protection-principles/data-minimisation/",
)
def data_ask(ctx: AnalysisContext) -> Iterator[Hit]:
    if ctx.word_set.isdisjoint(_PERSONAL_DATA_WORDS):
        return
    for match in _DATA_ASK.finditer(ctx.text):
        sentence = ctx.sentence_containing(match.start())
        if ctx.in_quotes(match.start(), match.end()):
            continue
        if _ADVICE_AGAINST.search(ctx.text, sentence.start, match.end()) is not None:
            continue
        if _FORM.search(ctx.text, sentence.start, max(sentence.end, match.end())) is not None:
            continue  # "drop your address in the form": the form is the safe way
        public = _PUBLIC_ASK.match(match.group()) is not None
        yield Hit(
            match.start(),
            match.end(),
            f"“{match.group()}” asks people to "
            + ("post personal data where everyone can see it. " if public else "send you ")
            + ("" if public else "personal data with no privacy note. ")
            + "Use a form with a short privacy note, and ask only for what you need.",
            # In a comment everyone can read (and scrape) it; in a DM it is only you: a nudge.
            severity=None if public else Severity.INFO,
        )
