"""WB-CLICKBAIT: headlines that withhold the point to force a click (Chakraborty et al. 2016).

The genre has a few moves, and each has a shape:

- the forward reference: a pronoun or "this" that only the click explains ("This Is What
  Happens When…", "Here's Why…", "What She Did Next", "She opened the box and couldn't believe
  her eyes");
- the withheld answer: "You'll never guess which…", "The reason will surprise you", "and the
  result was…";
- the listicle aimed at the reader: "19 Things Only Night Owls Will Understand", "23 Photos That
  Prove…", "17 Times Twitter Was Way Too Real";
- the quiz and the challenge: "Can You Pass This 5th Grade Quiz?", "Which Pasta Shape Are You?",
  "Only A Genius Can Spot The Difference";
- the promised reaction: "…Will Melt Your Heart", "Try Not To Cry", "People Are Losing It Over…".

A warning for the first two, which trick; a nudge for listicles, quizzes and promised reactions,
which are a style some readers enjoy. Headlines that say what they are stay quiet ("5 ways to
reduce food waste at home" is a plain how-to; "Five things we learned from the budget" is news),
and so does a person telling a story in a post ("you won't believe the queue at the post office
today" is chat, not bait: the shapes are looked for where a headline is, a short line).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.selling import CHATTER_WORDS, capitalised_share
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import GatedPattern

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE
_CHAKRABORTY = "https://arxiv.org/abs/1610.09786"
_A = r"[''’]"  # an apostrophe, straight or curly

# Tricks: fire wherever they are.
_TRICKS = GatedPattern(
    r"""
    \b(?:can[''’]?t|couldn[''’]?t|could\s+not|can\s+not)\s+believe\s+(?:(?:her|his|their|
        its)\s+eyes|what\s+(?:happened|she|he|they|we)\s+(?:found|saw|did))\b
  | \b(?:see|find\s+out|guess|believe|watch|what|and)\s+what\s+happen(?:s|ed)\s+next\b
  | \bwhat\s+happened\s+next\b
  | \b(?:what|how)\s+(?:she|he|they|this\s+\p{L}+|the\s+\p{L}+)\s+(?:did|said|found|
        saw)\s+next\b
  | \bwhat\s+(?:she|he|they|we|i)\s+found\s+(?:was|will|inside|under|in\s+(?:the|her|his|their))\b
  | \b(?:this|one)\s+(?:simple|weird|little|easy|crazy|strange|genius|secret|sneaky|clever|
        odd)\s+(?:trick|hack|tip|change|rule|habit|thing|food|item|ingredient|mistake)\b
  | \bthis\s+one\s+(?:trick|thing|change|habit|rule|mistake|ingredient)\b
  | \bdoctors\s+(?:hate|don[''’]?t\s+want\s+you\s+to\s+know)\b
  | \b(?:banks|experts|dentists|chefs|landlords|airlines)\s+(?:hate|
        don[''’]?t\s+want\s+you\s+to\s+know)\b
  | \bwill\s+(?:blow\s+your\s+mind|shock\s+you|surprise\s+you|amaze\s+you|stun\s+you|
        make\s+you\s+(?:cry|laugh|smile|gasp|rethink|question|want)|
        leave\s+you\s+(?:speechless|in\s+tears|stunned|shook)|restore\s+your\s+faith|
            melt\s+your\s+heart|give\s+you\s+(?:chills|goosebumps)|
        change\s+(?:your\s+life|everything|the\s+way\s+you)|have\s+you\s+(?:crying|in\s+tears|
            laughing|screaming))\b
  | \b(?:number|no\.|\#)\s*\d+\s+will\s+(?:shock|surprise|amaze|blow|make|leave)\b
  | \bthe\s+(?:reason|answer|result|results|truth|ending|twist)\s+(?:why\s+)?(?:will|may|might|
        is\s+going\s+to)\s+(?:shock|surprise|amaze|blow|make|leave|stun)\b
  | \bthe\s+(?:weird|real|surprising|shocking|strange|simple|hidden|secret|unexpected|genius|odd|
        actual)\s+reason\s+(?:why\s+)?\p{L}
  | \bthis\s+changes\s+everything\b
  | \band\s+the\s+(?:result|results|answer|reaction|ending|outcome)\s+(?:was|were|is|
        will)\b(?=\s*(?:$|[.…:!?\n]|\p{Extended_Pictographic}))
  | \b(?:here[''’]?s|here\s+is|this\s+is)\s+(?:what|why|how|the\s+(?:reason|answer|
        truth))\b(?=[^.!?\n]{0,80}(?:$|[.…!?\n]|\p{Extended_Pictographic}))
  | \band\s+here[''’]?s\s+what\s+happened\b
  | \b(?:i|we)\s+(?:tried|tested|asked|gave|put|spent|let|did|ate|wore|
        used)\b[^.!?\n]{3,80}?\band\s+(?:here[''’]?s|this\s+is|it\s+was|the\s+(?:result|
            results)|you\s+won[''’]?t)\b
  | \byou[''’]?(?:re|\s+are)\s+(?:probably\s+|definitely\s+|still\s+|all\s+)?(?:doing|using|
        eating|washing|storing|cooking|cleaning|saying|brushing|drinking|wearing|charging|folding|
            pronouncing|spelling|peeling|cutting|boiling)\s+(?:it|this|them|these|that|
                your\s+\p{L}+)\s+wrong\b
  | \bstop\s+(?:doing|eating|using|buying|washing|putting|drinking|wearing|
        throwing\s+away)\s+(?:this|these|that|your\s+\p{L}+)\b(?=[^.!?\n]{0,40}(?:immediately|
            right\s+now|now|$|[.!?\n]))
  | \bdon[''’]?t\s+(?:throw\s+away|buy|eat|use|wash|book|bin|
        delete)\b[^.!?\n]{0,50}\buntil\s+you(?:[''’]ve)?\s+(?:read|see|seen|watch|watched|try|
            tried|know)\b
  | \b(?:things|secrets|facts)\s+(?:nobody|no\s+one)\s+(?:tells|told|talks)\b
  | \b(?:is|are|looks?|was)\s+(?:completely\s+|totally\s+)?unrecogni[sz]able\b
  | \b(?:they|everyone|people)\s+laughed\s+when\b
  | \bbefore\s+you\s+(?:buy|book|try|eat|die|turn\s+\d+|go|sign|start)\b(?=[^.!?\n]{0,30}(?:$|
        [.!?\n]))(?<=^[^\n]{0,60})
  | \byou[''’]?(?:re|\s+are)\s+(?:going|gonna)\s+to\s+be\s+(?:mad|shocked|surprised|obsessed)\b
  | \b(?:everyone|everybody|every\s+\p{L}+)\s+needs\s+to\s+(?:see|hear|read|know|
        watch)\s+(?:this|these)\b
  | \b(?:his|her|their|the)\s+reason\s+(?:why\s+)?is\s+something\b
  | \bnever\s+(?:look\s+at|see|think\s+(?:about|of)|eat|use|wash|watch|hear|drink|cook|store|buy)\b
        [^.!?\n]{0,40}?\bthe\s+same\s+(?:way\s+)?again\b
  | \bnever\s+(?:look\s+at|see|think\s+(?:about|of)|eat|use|wash|watch|hear|drink|cook|store|buy)\b
        [^.!?\n]{0,40}?\bthe\s+same\s+way\b
  | \bafter\s+(?:seeing|reading|watching|hearing|learning|trying)\s+(?:this|these|
        what)\b(?=\s*(?:$|[.!?\n]|\p{Extended_Pictographic}))
  | \b(?:been|are|were)\s+(?:\p{L}+ing)\s+(?:(?:your|the|it|them|this|
        my)\s+)?(?:\p{L}+\s+){0,2}?wrong\s+(?:this\s+whole\s+time|all\s+along|all\s+(?:these|
            this)\s+(?:years|time)|for\s+years|your\s+(?:whole|entire)\s+life)\b
  | \bby\s+(?:doing\s+)?(?:just\s+)?one\s+(?:thing|trick|simple\s+\p{L}+|weird\s+\p{L}+|
        change|habit)\b
  | (?<=\S[^.!?\n]{8,90}[.!?]\s{1,3})then\s+[^.!?\n]{3,60}[.!]?(?=\s*(?:$|\n|
        \p{Extended_Pictographic}))
  | \bthis\s+will\s+hit\s+you\b|\bhit\s+(?:you\s+)?(?:right\s+)?in\s+the\s+feels\b
  | \byou[''’]?ll\s+want\s+to\s+(?:sit\s+down|hear|see|read|know)\b
  | \bhow\s+(?:this|one|these)\s+(?:\d+[\s-]year[\s-]old|man|woman|mum|mom|dad|teen|teenager|
        couple|family|student|teacher|grandma|grandpa|nurse|guy|girl|kid|dog|cat|village|town|
            company|influencer|stranger|waiter|farmer|pensioner)\b
  | \b(?:that[''’]?s|that\s+is|is|are|could\s+be)\s+(?:slowly\s+|secretly\s+|quietly\s+|
        silently\s+)?(?:ruining|killing|destroying|damaging|sabotaging|aging|ageing|
            wrecking)\s+your\b
  | \bthe\s+answer\s+(?:is(?:n[''’]?t)?\s+what|will|might|may|on\s+the\s+next|is\s+(?:hilarious|
        surprising|shocking|complicated|not\s+what|wild))\b
  | \bcan[''’]?t\s+unsee\b
  | \bwill\s+(?:destroy|wreck|ruin|break)\s+(?:you|your\s+heart)\b
  | \bif\s+your\s+\p{L}+\s+(?:does|has|is|makes|shows)\s+this\b
  | \b(?:do|delete|stop|check|try|remove|uninstall)\s+(?:this|these|
        that)\b[^.!?\n]{0,20}\b(?:immediately|right\s+now|asap)\b
  | \band\s+(?:i|we|now\s+i)\s+(?:finally\s+)?(?:get|know|see|understand)\s+why\b|\b(?:i|
        we)\s+finally\s+(?:know|get|understand)\s+why\b
  | \band\s+(?:we|i)\s+know\s+why\b
  | \bthe\s+(?:sad|dark|real|shocking|surprising|hidden|untold|ugly|bizarre|weird|
        disturbing)\s+(?:truth|story|meaning|reason|secret|history)\s+(?:behind|about|of)\b
  | \b(?:actually\s+)?has\s+a\s+(?:super\s+|really\s+|very\s+)?(?:dark|sad|secret|hidden|
        disturbing|tragic)\s+(?:meaning|history|backstory|origin|secret)\b
  | \bwhy\s+you\s+should\s+(?:always|never)\b
  | \bnobody\s+knows\s+(?:who|why|how|what)\b
  | \bsomething\s+no\s+(?:other\s+)?\p{L}+\s+has\s+ever\s+done\b
  | \b(?:just\s+)?(?:discovered|found|revealed|did|said|noticed)\s+something\s+(?:terrifying|
        incredible|weird|strange|amazing|shocking|unexpected|disturbing|bizarre|wild)\b
  | \bdid\s+something\s+(?:weird|strange|unexpected|incredible|amazing|wild|bizarre)\b
  | \bthe\s+one\s+(?:ingredient|thing|trick|habit|food|item|mistake|reason|word|question|rule|app|
        setting)\s+(?:that|you|which|every)\b
  | \bonly\s+(?:\d+\s+in\s+\d+|one\s+in\s+\p{L}+)\s+(?:people|\p{L}+)\s+can\b
  | \bdon[''’]?t\s+make\s+(?:my|the\s+same)\s+mistakes?\b
  | \band\s+the\s+(?:whole\s+|entire\s+)?\p{L}+\s+went\s+(?:silent|quiet|wild|crazy)\b
  | \b(?:are|is)\s+only\s+(?:now\s+|just\s+)?(?:learning|finding\s+out|realising|realizing|
        discovering)\b
  | \b(?:are|is)\s+getting\s+a\s+(?:big\s+|huge\s+|nasty\s+)?surprise\b|\bsurprise\s+of\s+(?:her|
        his|their|my|your)\s+li(?:fe|ves)\b
  | \b(?:are|is)\s+doing\s+this\s+instead\b
  | \b(?:are|is)\s+(?:stunned|baffled|shocked|amazed|speechless|obsessed)\s+(?:by|at|with)\s+this\b
  | \bthe\s+(?:results?|reaction|response|answer|ending|note|reply)\s+(?:made|left|
        had)\s+(?:\p{L}+\s+){1,2}?(?:cry|crying|in\s+tears|speechless|laugh|scream|stunned)\b
  | \breaction\s+(?:was|is)\s+(?:priceless|everything|gold|pure\s+gold|perfect|hilarious|epic)\b
  | \bdid\s+next\b
  | \bthey\s+said\s+it\s+couldn[''’]?t\s+be\s+done\b
  | \bhas\s+(?:people|everyone|fans|parents|the\s+internet)\s+(?:in\s+tears|divided|shook|
        speechless|stunned|talking|baffled)\b
  | \b(?:breaking|broke)\s+(?:people[''’]?s|everyone[''’]?s|our|the\s+internet[''’]?s)\s+brains?\b
  | \bso\s+you\s+don[''’]?t\s+have\s+to\b
  | \bwhat\s+(?:it|the\s+\p{L}+|she|he|they)\s+(?:said|says|revealed|found)\s+(?:has|will|is)\b
  # The withheld answer: "…and it's not what you think", "The inventor was NOT who you think".
  | \b(?:is|isn[''’]?t|was|wasn[''’]?t|are|aren[''’]?t|not)\s+(?:what|who)\s+you\s+(?:think|thought|
        expect|expected|imagine)\b
  | \bnot\s+what\s+(?:we|i)\s+expected\b
  | \b(?:don[''’]?t|do\s+not)\s+want\s+you\s+to\s+(?:know|find\s+out|see)\b
  | (?:\.{2,}|…)\s*(?:and\s+then\s+)?(?:this|it|he|she|they)\s+happened\b
  | \band\s+then\s+this\s+happened\b
  | \band\s+the\s+reason\s+(?:why\s+)?is\s+(?:wild|hilarious|heartbreaking|genius|surprising|
        so\s+simple|unbelievable)\b
    """,
    _FLAGS,
)

# Tricks people also use chatting with friends ("you wont believe who i just saw", "you need to see
# this sunset"): a trick in a headline, talk in a personal post (`_chatter`).
_CHATTY_TRICKS = GatedPattern(
    rf"""
    \byou\s+(?:won{_A}?t|will\s+not|wont|will\s+never|(?:ll|{_A}ll)\s+never)\s+(?:believe|guess)\b
        (?!\s+(?:how\s+(?:cold|hot|long|tired|busy|late|early|much\s+I)|the\s+(?:queue|traffic|
            weather|rain)))
  | \byou[''’]?ll\s+never\s+guess\b
  | \bwait\s+(?:un)?till?\s+(?:you\s+see|the\s+end|the\s+ending|you\s+hear|you\s+find\s+out)\b
  | \byou\s+(?:need|have)\s+to\s+see\s+(?:what|how|why)\b
  | \byou\s+(?:need|have)\s+to\s+see\s+(?:this|these)(?!\s*\p{{L}})
  | \b(?:nobody|no\s+one)\s+(?:is\s+talking\s+about\s+(?:this|it|these)|talks\s+about\s+(?:this|it)|
        expected\s+(?:this|what)|saw\s+(?:this|it)\s+coming|tells\s+you|told\s+(?:me|you)\s+about)\b
  | \byou\s+might\s+want\s+to\s+sit\s+down\b|\bsit\s+down\s+before\s+you\b|\bbrace\s+yourselves\b
  | \byou[''’]?re\s+not\s+ready\s+for\b|\bstop\s+what\s+you[''’]?re\s+doing\b
  | \byou\s+(?:have|need|got)\s+to\s+see\s+what\b
    """,
    _FLAGS,
)

# Styles: a nudge, and only where a headline is (a short line).
_STYLES = GatedPattern(
    r"""
    # A listicle: a number, a plural noun of the genre ("21 Pictures That…", "The 25 Most Awkward
    # Family Photos", "11 Dogs Who…"). News explainers ("5 things to know about the budget",
    # "Five takeaways from the debate") are left alone.
    ^\W{0,3}(?:the\s+)?(?:[1-9]\d?|ten|five|seven|nine|eleven|twelve|fifteen|
        twenty)\s+(?:[\p{L}\-'’]+\s+){0,3}?
        (?:things|reasons|ways|signs|photos|pictures|pics|times|tweets|people|facts|secrets|
            tricks|hacks|
        struggles|moments|questions|foods|products|memes|gifs|quotes|mistakes|ideas|places|words|
            habits|
        lessons|rules|items|reactions|posts|stories|jokes|problems|situations|kinds|types|movies|
            films|
        shows|songs|books|brands|characters|dogs|cats|animals|pets|
        snacks|gadgets|flags|myths|truths|thoughts|confessions|texts|responses|comments|
        fails|wins|details|clues|purchases|finds|recipes|tips|skills|(?:men|women|guys|girls|dads|
            moms|
        mums|babies|teachers|people|kids|parents|couples|celebrities|celebs|stars)(?=\s+(?:who|
            that|whose|with|you|we|on|in|from|whom))|struggles|times|hacks|uses|gifts|looks|
                outfits|quotes|
        tattoos|parents|memes|accounts|apps|destinations|desserts|drinks|cocktails|snacks|illusions|
        riddles|puzzles|questions|problems|realities|truths|perks|benefits|red\s+flags|
            green\s+flags|
        life\s+hacks|photos|products)\b
        (?!\s+(?:to\s+know|we\s+learned|from\s+the\s+(?:debate|budget|election|report|ruling|
            hearing|speech|vote|summit|match|game|trial)|
        answered|killed|dead|injured|hurt|arrested|charged|missing|rescued|evacuated)\b)
  # Quizzes and challenges.
  | \bcan\s+you\s+(?:spot|guess|find|pass|name|solve|tell|see|handle|beat|get|answer|identify|
        match|count|read|remember)\b
  | \bwhich\s+(?:[\p{L}\-'’]+\s+){1,5}?(?:are\s+you|should\s+you|is\s+your|matches\s+your|
        were\s+you|would\s+you\s+be)\b
  | \bwhat\s+(?:[\p{L}\-'’]+\s+){1,5}?(?:are\s+you|says\s+about\s+you|reveals\s+about\s+you)\b
  | \byour\s+(?:favou?rite\s+\p{L}+|choice\s+of\s+\p{L}+|zodiac(?:\s+sign)?|star\s+sign|
        birth\s+month|
        \p{L}+\s+order|\p{L}+)\s+(?:will\s+)?(?:reveals?|says|tells?|determines?|decides?)\b
  | \b(?:we[''’]ll|we\s+will|this\s+quiz\s+will)\s+(?:guess|reveal|tell\s+you|know)\b
  | \b(?:only|just)\s+(?:a\s+genius|geniuses|\d{1,2}\s*%|true|real|people\s+with|smart\s+people|
        the\s+smartest|experts)\b
        [^.!?\n]{0,60}?\bcan\b
  | \bquiz\s*:|\btake\s+(?:this|our|the)\s+quiz\b
  | \btry\s+not\s+to\s+(?:cry|laugh|smile|scream)\b
  # Promised reactions and hyperbole.
  | \b(?:the\s+)?(?:most|best|worst|cutest|funniest|weirdest|greatest|sweetest|wildest|saddest|
        craziest|smartest|dumbest|coolest|happiest|strangest|oddly\s+satisfying)\b[^.!?\n]{0,40}?
        \b(?:you[''’]ll\s+(?:ever\s+)?(?:see|read|watch|hear)|you\s+will\s+(?:ever\s+)?(?:see|
            read)|of\s+all\s+time|on\s+the\s+internet|you[''’]ve\s+ever)\b
  | \b(?:people|twitter|the\s+internet|tiktok|everyone|fans|parents|mums|moms)\s+(?:are|is|
        can[''’]?t\s+stop)\s+
        (?:losing\s+it|freaking\s+out|obsessed|going\s+(?:crazy|wild|nuts)|in\s+tears|divided|
            shook|losing\s+their\s+minds|
        talking\s+about\s+(?:this|it|these)|stunned|furious|fuming|loving\s+(?:this|it|these))\b
  | \b(?:went|is\s+going|goes)\s+viral\b|\bbroke\s+the\s+internet\b
  | \b(?:jaw[\s-]dropping|mind[\s-]blowing|heart[\s-](?:melting|warming|breaking)|(?:totally|
        absolutely|completely)\s+(?:genius|brilliant|perfect|adorable))\b
  | \bway\s+too\s+(?:real|relatable|accurate|much\s+sense|funny)\b
  | \b(?:this|these)\s+(?:dog|cat|guy|girl|man|woman|kid|mom|mum|dad|baby|grandma|grandpa|teen|
        teenager|couple|bride|video|photo|tweet|post)(?:[''’]s)?\b
        [^.!?\n]{0,60}?\b(?:is|are|will|just|has|made|went|did)\b(?=[^.!?\n]{0,60}\b(?:everything|
            best|perfect|
        hilarious|genius|heart|viral|internet|amazing|incredible|iconic|winning|wholesome|tears)\b)
  | \b(?:pov|wait\s+for\s+it)\s*:
  | \bwatch\s+(?:till|until|to)\s+the\s+end\b
  | \b(?:is|are|was)\s+(?:pure\s+gold|peak\s+\p{L}+|priceless|giving\s+(?:us|me)\s+life|
        too\s+much)\b
  | \b(?:people|fans|parents|bosses|boomers|millennials|experts|scientists|doctors|dermatologists|
        the\s+internet|the\s+web|gen\s+z)\s+(?:are|is)\s+(?:not\s+happy|panicking|fuming|stunned|
            baffled|furious|shocked|speechless|in\s+tears|divided|losing\s+(?:it|their\s+minds))\b
  | \bcan[''’]?t\s+handle\s+(?:it|this)\b
  | \bwe\s+need\s+to\s+talk\s+about\b
  | \byou(?:[''’]ll|\s+will)\s+literally\b
  | \b(?:nobody|no\s+one)\s+(?:is|was)\s+ready\s+for\b
  | \byour\s+(?:zodiac|star)\s+sign\b
  | \byou[''’]?re\s+officially\s+(?:old|a|an)\b
  | \bbet\s+you\s+can[''’]?t\b
  | \bname\s+a\s+(?:worse|better)\b|\bi[''’]?ll\s+wait\b
  | \b(?:i|we)\s+(?:did\s+not|didn[''’]?t)\s+expect\b
  | \baccording\s+to\s+science\b
  | \bhas\s+gone\s+too\s+far\b
  | \bthis\s+is\s+(?:actually|literally|honestly|truly)\s+(?:insane|wild|crazy|genius|unreal|
        incredible)\b
  | \bonly\s+one\s+(?:was|is|of\s+them)\b
  | \bguess\s+what(?:[''’]s|\s+is|\s+happened)?\b
  | \b(?:i[''’]?m|we[''’]re)\s+(?:not\s+ok(?:ay)?|
        shook)\b(?<=[\p{Extended_Pictographic}!?.…]\s{0,3}\S[^\n]{0,80})
  | \b(?:people|fans|everyone|viewers|commenters|users|shoppers|drivers|parents|readers|
        the\s+internet|twitter|tiktok|reddit)\s+(?:are|is|were)\s+(?:only\s+(?:now|just)\s+|
        just\s+(?:now\s+)?)?(?:realising|realizing|noticing|discovering|sharing|arguing|split|
        divided|horrified|applauding|losing\s+it|going\s+wild)\b
  | \b\p{L}+s\s+(?:are|were)\s+(?:only\s+now|just\s+now|only\s+just)\s+(?:realising|realizing|
        noticing|discovering|learning)\b
  | \b\p{L}+s\s+are\s+(?:horrified|shocked|stunned|divided|split)\s+
        (?:after|by\s+how|over\s+whether)\b
  | \((?:storytime|emotional|shocking|gone\s+wrong|not\s+clickbait|must\s+watch|
        take\s+a\s+look|it[''’]?s\s+not\s+what\s+you\s+think|you[''’]?ll\s+never\s+guess|
        spoiler[^)\n]{0,40}|and\s+it\s+actually\s+\p{L}+|\#\d+[^)\n]{0,40}|yes,?\s+really)\)
  | \b(?:prank|proposal|date|wedding|experiment|challenge)\s+gone\s+wrong\b
  | \b(?:only|just)\s+(?:real|true|left[\s-]handed|\d{1,2}\s*%\s+of|millennials|gen\s+z|
        \p{L}+\s+fans)\b[^.!?\n]{0,40}?\b(?:will|can|could)\s+(?:score|pass|get|name|spot|solve|
            identify|read|remember|understand|ace|recogni[sz]e)\b
  | \bmost\s+people\s+can[''’]?t\s+(?:name|spot|guess|solve|pass|read|answer|identify)\b
  | \bnobody\s+has\s+(?:got|scored|passed|solved)\b
  | \bare\s+you\s+more\s+(?:of\s+an?\s+)?\p{L}+\s+or\b
  | \b(?:this|the)\s+(?:\p{L}+\s+)?(?:test|quiz)\s+(?:will|can)\s+(?:reveal|tell|guess)\b
  | \bwill\s+reveal\s+your\b
  | \b(?:doctors?|surgeons?|neurosurgeons?|dermatologists?|dentists?|experts?|scientists?|chefs?|
        therapists?|nutritionists?|cardiologists?|vets?|insiders?|\p{L}+ologists?)\s+(?:reveals?|
            exposes?)\s+(?:the|why|what|how|this|his|her|their)\b
  | \bwhat\s+(?:this|a)\s+(?:[\p{L}'’\-]+\s+){1,5}?(?:found|wrote|did|said|discovered|saw|left)\b
  | \bwhat\s+(?:really\s+)?happens\s+(?:to|in)\s+your\b|\bwhat\s+really\s+happens\b
  | \bthe\s+(?:surprising|shocking|secret|simple|real)\s+(?:thing|reason|mistake|food|habit|way|
        trick)\s+(?:most|every|nearly|you)\b
  | ^\W{0,3}turns\s+out\b
  | \b(?:could|may|might)\s+(?:get|be\s+owed|claim|receive)\s+(?:a\s+)?(?:huge|big|massive|
        thousands|hundreds|\p{Sc})
  | \bguaranteed\s+to\s+(?:make|give|cheer|brighten)\b|\byou[''’]ll\s+feel\s+every\s+emotion\b
  | \bwill\s+(?:warm|melt|fix|make)\s+(?:even\s+)?(?:the\s+coldest|your\s+(?:entire|whole)|
        your\s+day|your\s+week)\b
  | ^\W{0,3}is\s+this\s+the\s+(?:\p{L}+est|most|best|worst)\b
  | \b(?:big|huge)\s+mistake\b(?=\s*(?:$|[.!?\n]|\p{Extended_Pictographic}))
    """,
    _FLAGS,
)

# Shapes that are a headline's only when written as one (Title Case or capitals): "This Is The
# Greatest Thing Ever Captured On A Ring Doorbell" is bait, "this weather is everything" is a sigh.
_TITLED_STYLES = GatedPattern(
    r"""
    # "This 10-Year-Old Just Solved A Problem NASA Couldn't", "These Are The Most Dangerous Foods
    # In Your Fridge": a pointer at something the reader has not seen yet, with a promise.
    ^\W{0,3}(?:this|these)\s+(?:[\p{L}\p{N}$£€'’\-]+\s+){0,6}?(?:is|are|was|will|just|has|could|
        can|might)\b(?=[^.!?\n]{0,80}\b(?:you|your|ever|most|secret|reveal\w*|explains?|everything|
            never|wildest|best|worst|greatest|only|guaranteed|chang\w+|ruin\w*|nobody|everyone|
            internet|nervous|forever|unreal|wild|genius|happiness|heart)\b)
  | \bthe\s+(?:most\s+\p{L}+|\p{L}+est)\s+(?:[\p{L}'’\-]+\s+){1,6}?(?:ever(?!\s+(?:recorded|
        measured|reported|built|made|found|seen\s+in|held|sold))|you[''’]ll\s+(?:ever\s+)?(?:see|hear|
            get|read|watch)|all\s+year)\b
  | \b(?:everyone|everybody)\b[^.!?\n]{0,30}?\b(?:is|are)\s+(?:talking\s+about|sharing|
        saying\s+the\s+(?:same|exact)|arguing\s+about|obsessed\s+with)\b
  | \bwait\s+for\s+it\b
    """,
    _FLAGS,
)

# A headline is a short line; a story told in a long post uses the same words in passing.
_HEADLINE_WORDS = 22


def clickbait_spans(ctx: AnalysisContext) -> Iterator[tuple[int, int, bool]]:
    """(start, end, trick) of each clickbait shape; trick = a warning, else a nudge."""
    found = [(m.start(), m.end(), True) for m in _TRICKS.finditer(ctx)]
    found += [
        (m.start(), m.end(), True)
        for m in _CHATTY_TRICKS.finditer(ctx)
        if not _chatter(ctx, m.start())
    ]
    found += [
        (m.start(), m.end(), False)
        for m in _STYLES.finditer(ctx)
        if _is_headline(ctx, m.start()) and not _chatter(ctx, m.start())
    ]
    found += [
        (m.start(), m.end(), False)
        for m in _TITLED_STYLES.finditer(ctx)
        if _is_headline(ctx, m.start()) and _written_as_a_headline(_line_of(ctx, m.start()))
    ]
    spans: list[tuple[int, int, bool]] = []
    for start, end, trick in sorted(found, key=lambda f: (f[0], -f[1])):
        if ctx.in_quotes(start, end):
            continue
        if spans and (start < spans[-1][1] or not ctx.text[spans[-1][1] : start].strip()):
            # "You won't believe" + "(believe) what happened next": one phrase, one finding.
            last = spans.pop()
            start, end, trick = last[0], max(end, last[1]), last[2] or trick
        spans.append((start, end, trick))
    yield from spans


# Someone telling friends about their day: "you wont believe who i just saw in tesco", "omg the
# dog learned to open the door". A headline speaks about others, in Title Case or capitals when it
# says "I" ("I Tried Every Viral Snack…"); a person writes "i", "my" and "lol" in their own case.


def _chatter(ctx: AnalysisContext, offset: int) -> bool:
    line = _line_of(ctx, offset)
    # Sentence or lower case with a person's words: a person, not a headline.
    return bool(CHATTER_WORDS.search(line)) and capitalised_share(line) < 0.6


def _line_of(ctx: AnalysisContext, offset: int) -> str:
    line_start = ctx.text.rfind("\n", 0, offset) + 1
    line_end = ctx.text.find("\n", offset)
    return ctx.text[line_start : line_end if line_end != -1 else len(ctx.text)]


def _written_as_a_headline(line: str) -> bool:
    return len(line.split()) >= 3 and capitalised_share(line) >= 0.7


def _is_headline(ctx: AnalysisContext, offset: int) -> bool:
    return len(_line_of(ctx, offset).split()) <= _HEADLINE_WORDS


@code_check(
    "WB-CLICKBAIT",
    panel=Panel.WELLBEING,
    severity=Severity.WARN,
    why="Clickbait trades the reader's curiosity for a click and leaves them feeling tricked.",
    source=_CHAKRABORTY,
)
def clickbait(ctx: AnalysisContext) -> Iterator[Hit]:
    for start, end, trick in clickbait_spans(ctx):
        words = ctx.text[start:end]
        if trick:
            message = (
                f"'{words}' withholds the point to make people click. Say what it is instead, "
                "e.g. 'How I cut my commute by 20 minutes'."
            )
        else:
            message = (
                f"'{words}' is a clickbait style. A headline that says what the reader gets, e.g. "
                "'How I cut my commute by 20 minutes', earns the click."
            )
        yield Hit(start, end, message, severity=None if trick else Severity.INFO.value)
