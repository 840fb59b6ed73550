"""WB-CONFIRMSHAME: a way out worded to shame the reader (Mathur et al. 2019: confirmshaming).

The classic is the decline button of a pop-up: "No thanks, I'd rather pay full price", "Nah,
I'll stay broke", "No, I don't want free shipping", "I'm okay with being average". Its shape is
a refusal in the reader's own voice (a decline word, or "I" refusing) that gives up something
they want or admits something bad about themselves. The other forms put the guilt on people who
scroll on: "Scroll past if you don't care about animals", "If you don't share this you don't care",
"Or don't, and stay stuck", "Only losers skip this".

A neutral way out stays quiet ("No thanks", "Not now", "Maybe later", "No thanks, I'm good"), and
so does someone saying no for themselves in conversation: a refusal counts only when it gives up
a good thing or blames the reader.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.selling import OFFER_WORDS, capitalised_share, sentences_around
from studio.feedback.checks.spans import trimmed_span
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import GatedPattern

_FLAGS = regex.IGNORECASE | regex.VERBOSE
_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"

_APOSTROPHE = r"[''’]?"
_DECLINE = rf"""(?:no(?:pe|\s+thanks?|\s+thank\s+you|\s+way)?|nah|not\s+now|not\s+today|
    maybe\s+later|
    skip(?:\s+(?:it|this|for\s+now))?|i{_APOSTROPHE}ll\s+pass|pass|close|dismiss|cancel|
    continue(?:\s+anyway)?|not\s+interested|unsubscribe(?:\s+anyway)?)"""
_ME = rf"""(?:i|i{_APOSTROPHE}m|i{_APOSTROPHE}d|i{_APOSTROPHE}ll|i{_APOSTROPHE}ve|
    id|im|ill|me|my|myself)"""
# What a shaming refusal gives up, or admits to.
_GOOD_THINGS = r"""(?:sav(?:e|es|ed|ing|ings)|money|cash|discounts?|deals?|offers?|free|freebies?|
    bonus(?:es)?|perks?|rewards?|points|gifts?|full\s+price|pay(?:ing)?\s+more|overpay\w*|more\s+money|
    better|best|healthy|health|healthier|fit(?:ter)?|younger|beautiful|pretty|smart(?:er)?|success\w*|
    grow(?:ing|th)?|learn(?:ing)?|improv\w*|win(?:ning)?|rich|wealth\w*|glow(?:ing)?|confiden\w*|
    energy|style|stylish|trends?|news|informed|updates?|tips|advice|knowledge|protect\w*|safe(?:ty)?|
    secur\w*|sleep|happ(?:y|iness)|skin|hair|teeth|kids|children|family|future|career|business|
    help(?:ing)?|support\w*|care|animals?|planet|environment|pets?|dogs?|cats?|puppies|hedgehogs|
    plants?|streak|progress|results|goals?|dreams?|time|comfort|warm|cosy|cozy|fresh|deliver\w*|
    shipping|access|exclusive|early|first|vip|members?|community|friends|love|dating|single|
    relationship|garden|home|house|money[\s-]?back|guarantee|warranty|insurance|fun|adventure|
    travel|holiday|treats?|snacks?|chocolate|coffee|books?|reading|music|workout|gym|muscle|
    weight|diet|fitness|wellness|mental\s+health|productiv\w*|organi[sz]ed|on\s+time|ahead)"""
_SELF_BLAME = r"""(?:broke|poor|ugly|fat|average|boring|bored|uninformed|ignorant|behind|stuck|
    the\s+same|
    alone|lonely|tired|miserable|sad|unhappy|lazy|unproductive|stressed|messy|disorgani[sz]ed|
    outdated|old[\s-]fashioned|ripped\s+off|scammed|wasting|waste|dull|mediocre|ordinary|a\s+loser|
    losing|lose|fail(?:ing|ure)?|miss(?:ing)?\s+out|miss\b|suffer\w*|struggl\w*|pain|hungry|cold|
    freeze|freezing|starv\w*|wrinkles|acne|spots|clutter|chaos|in\s+debt|debt|overpaying|
    paying\s+full\s+price|full\s+price|being\s+\p{L}+|guess\w*|regret\w*|hackers|worse|worst|
    the\s+hard\s+way|(?:on|by)\s+my\s+own)"""

_SHAMING = GatedPattern(
    rf"""
    # Decline button: "No thanks, I'd rather pay full price", "Nah, I'll stay broke", "No, I don't
    # want free shipping", "Skip, I don't want to save time", "No, let my plants die".
    \b{_DECLINE}(?<=(?:^|[\n\[(\"“'‘|/•·>:.!?])[^\p{{L}}\p{{N}}]{{0,6}}{_DECLINE})\s*[,.!:;—–\-]*\s+
        (?:{_ME}\b|let\s+(?:my|the|them)|keep\s+(?:my|me)|leave\s+(?:my|me))
        [^.!?\n\]\)]{{0,70}}?\b(?:{_GOOD_THINGS}|{_SELF_BLAME})\b[^.!?\n\]\)]{{0,40}}
  # A refusal in the reader's voice without a decline word: "I'd rather pay full price",
  # "I don't want to grow my business", "I'm okay with being average", "I'll take my chances".
  | \b(?:i{_APOSTROPHE}d|i\s+would|id)\s+rather\s+(?:pay|miss|stay|be|keep|spend|not|lose|waste|
        do\s+it|struggle|suffer|overpay|look|go|cook|sit|sleep|wait|guess|figure|
            let)\b[^.!?\n\]\)]{{0,50}}
  | \bi\s+(?:don{_APOSTROPHE}t|do\s+not|dont)\s+(?:want|need)\s+to\s+(?:make\s+a\s+difference|
        know\s+what\s+i[''’]?m\s+missing|be\s+(?:happier|healthier|richer|better|more\s+\p{{L}}+))\b
  | \bi\s+(?:don{_APOSTROPHE}t|do\s+not|dont)\s+(?:want|like|need|care\s+about|deserve)\s+(?:to\s+)?
        (?:\p{{L}}+\s+){{0,2}}?(?:{_GOOD_THINGS})\b[^.!?\n\]\)]{{0,40}}
  | \b(?:i{_APOSTROPHE}m|i\s+am|im)\s+(?:not\s+interested\s+in|fine|ok(?:ay)?|happy|good|cool|
        comfortable|content)\s+(?:with\s+|to\s+keep\s+|to\s+stay\s+|staying\s+|being\s+|paying\s+|
        overpaying|missing|dying|while)(?:[^.!?\n\]\)]{{0,50}})
  | \b(?:i{_APOSTROPHE}ll|i\s+will|ill)\s+(?:just\s+)?(?:pay\s+(?:full\s+price|more|extra)|
        stay\s+(?:broke|
        poor|behind|average|stuck|uninformed|ugly|tired|single|unhealthy|the\s+same)|
            keep\s+(?:overpaying|
        paying|struggling|losing|wasting|guessing|doing\s+it|wearing|looking|living|suffering)|
        miss\s+out|take\s+my\s+chances|figure\s+it\s+out\s+(?:myself|alone)|
            do\s+it\s+the\s+hard\s+way|
        stick\s+with|risk\s+it|go\s+without)\b[^.!?\n\]\)]{{0,40}}
  | \bi\s+hate\s+(?:\p{{L}}+\s+)?(?:{_GOOD_THINGS})\b[^.!?\n\]\)]{{0,40}}
  | \bi\s+(?:prefer\s+(?:paying|to\s+pay|being|staying)|like\s+(?:paying|being|wasting|losing|
        overpaying|back\s+pain)|enjoy\s+(?:paying|being|wasting|losing|overpaying|living|throwing|
        missing))\b[^.!?\n\]\)]{{0,40}}
  | \bi\s+already\s+know\s+(?:everything|it\s+all)\b
  | \b(?:continue|proceed|checkout|check\s+out|shop|go\s+on|leave)\s+without\s+(?:protection|
        insurance|
        cover|saving|my\s+\p{{L}}+|the\s+(?:discount|gift|bonus|free\s+\p{{L}}+|deal|offer)|
            a\s+\p{{L}}+)\b
  | \b(?:ignore|skip|forget|neglect|abandon)\s+my\s+(?:\p{{L}}+[''’]s\s+)?(?:skin|health|hair|
        teeth|future|
        savings|family|kids|business|career|body|needs|pet|dog|cat|plants|garden|
            wellbeing)\b[^.!?\n]{{0,30}}
  # Guilt on people who move on: "Scroll past if you don't care", "if you don't share this you
  # don't care", "Or don't, and stay stuck", "Only losers skip this", "Too lazy to sign up?".
  | \b(?:scroll|swipe|keep\s+scrolling|move)\s+(?:past|on|by|away)?\s*,?\s*(?:if|
        unless)\s+you\b[^.!?\n]{{0,60}}
  | \bkeep\s+scrolling\s+if\s+you\b[^.!?\n]{{0,40}}
  | \bif\s+you\s+(?:don{_APOSTROPHE}t|do\s+not|dont|won{_APOSTROPHE}t|unfollow|scroll|ignore|
        skip)\b[^.!?\n]{{0,50}}?,?\s*
        (?:then\s+)?you\s+(?:clearly\s+|obviously\s+|really\s+|probably\s+)?(?:don{_APOSTROPHE}t|
            do\s+not|dont|never|
        aren{_APOSTROPHE}t|are\s+not|re\s+not|[''’]re\s+not|have\s+no|deserve|
            must)\b[^.!?\n]{{0,40}}
  | \b(?:or\s+(?:don{_APOSTROPHE}t|not|keep|stay|continue)|or\s+just)\b[,\s]*(?:and\s+)?(?:stay|
        keep|continue|
        be|enjoy|live|suffer|go\s+on)\b[^.!?\n]{{0,50}}
  | (?:^|(?<=[.!?\n]\s{{0,3}}))or\s+don{_APOSTROPHE}t\s*[.!]
  | \bonly\s+(?:losers|idiots|fools|quitters|cowards|haters|lazy\s+people|boring\s+people|amateurs|
        people\s+who\s+(?:actually|really|truly)\s+\p{{L}}+)\b[^.!?\n]{{0,40}}
  | \b(?:real|true|serious|smart|good|caring|loyal)\s+(?:\p{{L}}+\s+)?(?:fans|friends|people|
        parents|
        mums|moms|dads|members|customers|entrepreneurs|aussies|brits|patriots|allies|supporters|
        women|men)\s+(?:only|would|will|always|buy|share|click|sign|know|
            don{_APOSTROPHE}t)\b[^.!?\n]{{0,40}}
  | \b(?:too\s+(?:lazy|proud|scared|cheap|busy|afraid)\s+to)\b[^.!?\n]{{0,40}}
  | \b(?:unless|if)\s+you\s+(?:like|enjoy|love|want|prefer|are\s+(?:ok(?:ay)?|fine|
        happy))\s+(?:with\s+)?
        (?:being|to\s+be|to\s+stay|staying|paying|wasting|throwing|living|looking|feeling|
            going)\b[^.!?\n]{{0,40}}
  | \bi\s+guess\s+you\s+(?:don{_APOSTROPHE}t|do\s+not)\s+(?:care|want)\b[^.!?\n]{{0,40}}
  | \bguess\s+you[''’]?ll\s+(?:keep|stay|just)\b[^.!?\n]{{0,40}}
  | \b(?:you[''’]ve|you\s+have)\s+chosen\s+to\s+(?:stay|be|keep|miss|lose|pay)\b[^.!?\n]{{0,40}}
  | \bso\s+you[''’]?d\s+rather\b[^.!?\n]{{0,40}}
  | \b(?:are\s+)?you\s+(?:giving\s+up\s+on\s+yourself|okay\s+with\s+(?:being|staying|
        looking))\b[^.!?\n]{{0,30}}
  | \b(?:the\s+rest\s+(?:of\s+you|can)|everyone\s+else\s+can)\s+(?:keep|stay|enjoy|continue|
        carry\s+on)\b[^.!?\n]{{0,40}}
  | \b(?:we[''’]ll|we\s+will)\s+(?:still\s+)?be\s+here\s+when\s+you\s+(?:realise|realize|
        change\s+your\s+mind)\b[^.!?\n]{{0,30}}
  | \b(?:not\s+giving|not\s+donating|not\s+helping)\b[^.!?\n]{{0,40}}?\b(?:hope\s+you\s+sleep|
        that[''’]?s\s+(?:ok|okay|fine))\b[^.!?\n]{{0,30}}
  # Guilt aimed at the reader who hesitates: "Do you even care?", "Your cart misses you",
  # "Fine, walk away from 40% off", "Ignoring us won't fix your credit score".
  | \bdo\s+you\s+(?:even|not|really\s+not)\s+(?:care|like|want|love)\b
  | \bdon[''’]?t\s+you\s+(?:care|want|love)\b[^.!?\n]{{0,40}}
  | \bdid\s+you\s+not\s+want\s+to\b[^.!?\n]{{0,30}}
  | \byou\s+(?:hate|don[''’]?t\s+like)\s+(?:free|saving|money|deals|discounts)\b[^.!?\n]{{0,20}}
  | \b(?:we[''’]ll|we\s+will)\s+miss\s+you\b(?=[^\n]{{0,60}}(?:unsubscrib|perks|savings|deals|
        offers?|cart|subscription|membership|account|rewards|points))[^.!?\n]{{0,60}}
  | \bsad\s+to\s+see\s+you\s+go\b(?=[^\n]{{0,60}}(?:unsubscrib|perks|savings|deals|offers?|
        subscription|membership|rewards))[^.!?\n]{{0,50}}
  | \b(?:are\s+you\s+)?really\s+going\s+to\s+leave\s+us\b[^.!?\n]{{0,30}}
  | \bleaving\s+(?:already|so\s+soon)\s*\?[^\n]{{0,60}}
  | \byou[''’]?re\s+breaking\s+our\s+hearts?\b
  | \bwe\s+thought\s+you\s+were\s+(?:smarter|better|braver)\b[^.!?\n]{{0,30}}
  | \bwe\s+tried\.\s+you\s+didn[''’]?t\b
  | \bare\s+you\s+sure\s+you\s+want\s+to\s+(?:miss|lose|give\s+up|pay|go\s+without|
        stay)\b[^.!?\n]{{0,40}}
  | \bnot\s+worth\s+\d+\s+(?:minutes|seconds|mins)\s+of\s+your\s+time\b
  | \bdon[''’]?t\s+let\s+(?:your\s+)?(?:family|kids|children|team|friends|pet|dog|cat|garden|skin|
        future\s+self)\s+down\b
  | \bdon[''’]?t\s+make\s+your\s+\p{{L}}+\s+suffer\b
  | \byour\s+(?:wallet|cart|basket|skin|spine|garden|plants|future\s+self|body|hair|
        bank\s+account|bank\s+balance|teeth)\s+(?:is\s+crying|misses\s+you|won[''’]?t|will\s+(?:remember|
            hate|never\s+forgive)|is\s+begging|deserves\s+better)\b[^.!?\n]{{0,30}}
  | \bfine,\s+(?:keep|walk\s+away|stay|go|ignore|leave)\b[^.!?\n]{{0,50}}
  | \bignoring\s+(?:us|this|it)\s+won[''’]?t\s+(?:fix|help|make|save)\b[^.!?\n]{{0,30}}
  | \bstill\s+ignoring\s+your\b[^.!?\n]{{0,30}}
  | \byou\s+said\s+no\s*\?
  | \bonly\s+(?:heartless|selfish|lazy|boring|cold[\s-]hearted|cruel)\s+people\b
        [^.!?\n]{{0,40}}
  | \b(?:ignore|skip)\s+this\s+if\s+you(?:[''’]re|\s+are|\s+don[''’]?t|\s+do\s+not)\b
        [^.!?\n]{{0,40}}
  | \bdon[''’]?t\s+like\s+this\s+(?:post\s+)?if\s+you\s+(?:hate|don[''’]?t)\b[^.!?\n]{{0,30}}
  | \bif\s+you\s+don[''’]?t\s+want\s+to\b[^.!?\n]{{0,50}}?\bignore\s+this\b[^.!?\n]{{0,20}}
  | =\s*not\s+caring\b[^.!?\n]{{0,40}}
  | \bnot\s+(?:signing\s+up|joining|sharing|donating|buying|subscribing|helping)\s+means\s+
        you[''’]?re\b[^.!?\n]{{0,50}}
  | \breal\s+(?:gamers|mums|moms|dads|fans|readers|foodies|runners|players)\s+(?:read|pre-?order|
        share|buy|know|don[''’]?t)\b[^.!?\n]{{0,40}}
  | \bat\s+your\s+own\s+peril\b[^.!?\n]{{0,30}}
  | \byou[''’]?re\s+about\s+to\s+lose\s+(?:everything|all)\b[^.!?\n]{{0,30}}
  | \bsmart\s+enough\s+to\s+(?:click|read|see|sign)\b[^.!?\n]{{0,40}}
  | \bguess\s+which\s+group\s+you[''’]?re\s+in\b
  | \(the\s+\p{{L}}+\s+will\s+understand\)
  | \bi[''’]?ll\s+pass\s+on\s+(?:feeling|being|saving|looking|getting|growing|learning)\b
        [^.!?\n]{{0,30}}
  | \bleave\s+my\s+\p{{L}}+\s+(?:exposed|unprotected|at\s+risk|vulnerable)\b
  | \bi[''’]?ll\s+keep\s+my\s+(?:[\p{{L}}\-]+,?\s+){{0,2}}\p{{L}}+,?\s+thanks\b
  | \bi\s+like\s+(?:giving|throwing|wasting|losing)\s+(?:my\s+)?money\b[^.!?\n]{{0,20}}
  | \bpart\s+of\s+the\s+problem\b
  | \bnot\s+really\s+an?\s+(?:ally|fan|friend|supporter)\b
    """,
    _FLAGS,
)

# A refusal that stays calm ("No thanks, I'm good for now") is not shaming, and neither is a
# sincere "I'd rather pay full price to support small shops": the reason is the writer's own.
_SINCERE = regex.compile(
    r"\b(?:to\s+support|support(?:ing)?\s+(?:small|local|independent)|because\s+I|I\s+want\s+to\s+support)\b",
    regex.IGNORECASE,
)


# A decline button is a line of its own: "NO THANKS, I LIKE MY BILLS HIGH", "Nope, I'm a fan of
# awkward silences", "No, my car doesn't need looking after". On such a line any reason in the
# reader's voice after the "no" is the shame; a neutral reason ("No thanks, I'm good", "No, just
# browsing") is not.
_BUTTON = regex.compile(
    rf"""(?m)^[^\p{{L}}\n]{{0,4}}(?:{_DECLINE})\s*[,.!:;—–\-]+\s*(?P<reason>[^\n]+)$""",
    _FLAGS,
)
_BUTTON_WORDS = 12
_READERS_VOICE = regex.compile(
    rf"""\W*(?:thanks,?\s+|just\s+)?(?:{_ME}|someone\s+else|let\s+(?:my|the|them)|
    keep\s+(?:my|me|paying)|leave\s+my)\b""",
    _FLAGS,
)
_NEUTRAL_REASON = regex.compile(
    r"""^\W*(?:(?:i[''’]?m|i\s+am|im)\s+(?:good|fine|ok(?:ay)?|all\s+set|sorted|set|just\s+
        browsing|not\s+(?:interested|ready|sure)|happy\s+with\s+what\s+i\s+have)|just\s+browsing|
        maybe\s+later|not\s+(?:right\s+)?now|another\s+time|next\s+time|remind\s+me\s+later|
        i[''’]?ll\s+(?:decide|think\s+about\s+it|come\s+back|check\s+(?:it\s+)?later|look\s+later|
            pass(?:\s+for\s+now)?)|i\s+already\s+(?:have|subscribed|signed)|i\s+have\s+one|
        (?:close|dismiss|cancel|continue|skip))\b""",
    _FLAGS,
)


def _decline_buttons(ctx: AnalysisContext) -> Iterator[tuple[int, int]]:
    for match in _BUTTON.finditer(ctx.text):
        reason = match.group("reason")
        if len(match.group().split()) > _BUTTON_WORDS or reason.lower().startswith("subject"):
            continue
        if not _READERS_VOICE.match(reason) or _NEUTRAL_REASON.search(reason):
            continue
        # "No, I can't make it tonight" answers a friend; a button is styled as one (Title Case,
        # capitals) or sits by an offer.
        if _styled_as_a_button(match.group()) or OFFER_WORDS.search(
            sentences_around(ctx, match.start())
        ):
            yield match.start(), match.end()


def _styled_as_a_button(line: str) -> bool:
    return len(line.split()) >= 3 and capitalised_share(line) >= 0.8


def shaming_refusals(ctx: AnalysisContext) -> Iterator[tuple[int, int]]:
    taken_until = -1
    spans = sorted(
        [(m.start(), m.end()) for m in _SHAMING.finditer(ctx)] + list(_decline_buttons(ctx))
    )
    for match_start, match_end in spans:
        start, end = trimmed_span(ctx.text, match_start, match_end, drop_last=",;:—–-(\"“'‘")
        if start < taken_until or end <= start:
            continue
        if ctx.in_quotes(start, end) and not _whole_quote(ctx.text, start, end):
            continue
        if _SINCERE.search(ctx.sentence_containing(start).text):
            continue
        taken_until = end
        yield start, end


def _whole_quote(text: str, start: int, end: int) -> bool:
    """A button label is often quoted ("click 'No, I hate deals'"): a quote that is the whole
    refusal is the refusal, not a mention of it."""
    return start > 0 and end < len(text) and text[start - 1] in "\"“'‘" and text[end] in "\"”'’"


@code_check(
    "WB-CONFIRMSHAME",
    panel=Panel.WELLBEING,
    severity=Severity.WARN,
    why="Shaming people for declining pressures them through guilt rather than letting them "
    "choose.",
    source=_MATHUR,
)
def confirmshaming(ctx: AnalysisContext) -> Iterator[Hit]:
    for start, end in shaming_refusals(ctx):
        words = ctx.text[start:end]
        yield Hit(
            start,
            end,
            f"'{words}' shames people who say no. Offer a neutral way out instead, e.g. 'No "
            "thanks' or 'Not now'.",
            suggestions=("No thanks", "Not now"),
        )
