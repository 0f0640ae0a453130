"""The words that tell a meeting in English: the verbs and nouns of a meeting held, of one to come, of a thing
received rather than a guest, and of who joins it in a later sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from kgpart.extract.patterns import AsciiFolded

#: The words that tell a meeting held: "met with", "received", "paid a courtesy call on", "a delegation led by".
MEET = re.compile(
    r"\b(?:met\s+with|meets\s+with|met|meets|held\s+(?:a\s+|separate\s+|several\s+|a\s+series\s+of\s+)?(?:meetings?|talks|negotiations|consultations)|"
    r"meetings?\s+with|received|receives|welcomed|welcomes|greeted|greets|visited|visits|hosted|hosts|talks\s+with|"
    # a headline's present: "Minister holds talks | negotiations | consultations"
    r"holds\s+(?:a\s+)?(?:meeting|talks|negotiations|consultations)|"
    # "held discussions with", "engaged in a dialogue with", "had a frank exchange of views with"
    r"(?:held|had|conducted|engaged\s+in)\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:discussions?|dialogue|conversation|exchange\s+of\s+views|negotiations|consultations)\s+with|"
    r"(?:discussions?|conversation|dialogue|exchange\s+of\s+(?:views|opinions))\s+(?:took\s+place|between|(?:was|were)\s+held)|"
    # "the visit by Ambassador X to Y", "Ambassador X's visit to Y", "talked to Rector Y"
    r"visit\s+by|['’]s\s+(?:[\w\-]+\s+)?visit\s+to|talked\s+to|"
    r"paid\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:visit|call)|paid\s+(?:visit|call)|"
    r"made\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit|"
    r"(?:courtesy|introductory|farewell)\s+(?:call|visit)|called\s+on|"
    r"was\s+received|were\s+received|headed\s+by|has\s+visit|"
    # a diplomat before a university's students: "gave an open lecture", "conducted a master class",
    # "addressed the students of", "spoke to students of"
    r"(?:delivered|gave|held|conducted)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:lecture|speech|talk|master[\s\-]?class|seminar|workshop|presentation|briefing)|"
    r"(?:addressed|spoke\s+to|talked\s+to|lectured)\s+(?:the\s+)?(?:students|faculty|staff|teachers|audience)|"
    r"(?:meeting|talks)\s+(?:was|were)\s+(?:organi[sz]ed|arranged)|"
    r"toured|led\s+by|conferred\s+with|exchanged\s+views|talked\s+with|spoke\s+with|interacted\s+with|"
    r"(?:was|were)\s+(?:a\s+|the\s+)?guests?\s+of|"
    # "The meeting at X took place with the participation of A and B" (a meeting noun before it: tells_meeting)
    r"with\s+the\s+participation\s+of|"
    # who was there, told first: "Present at the meeting were", "Taking part in the talks were A and B"
    r"(?:present\s+at|participating\s+in|taking\s+part\s+in|attending)\s+the\s+(?:[\w\-]+\s+)?"
    r"(?:meeting|talks|negotiations|consultations|ceremony|signing)\s+(?:were|was)|"
    # "The meeting was co-chaired by A and B", "A and B co-chaired the session of the joint committee"
    r"co[\s\-]?chaired|(?:meeting|session|talks|negotiations|consultations)\s+(?:was\s+|were\s+)?chaired\s+by|"
    r"(?:meeting|talks|negotiations)\s+(?:was|were)\s+held|(?:meeting|talks|negotiations|consultations)\s+(?:took\s+place|between)|"
    # the noun and "was held" apart: "A round table on mobility was held at X", "A roundtable with Ambassador X was
    # held" (the noun before it: tells_meeting)
    r"(?:was|were)\s+(?:also\s+)?held|"
    # "negotiated with", "consulted with", "who is visiting X"
    r"negotiated\s+with|consulted\s+with|(?:is|are|was|were)\s+visiting(?!\s+(?:professors?|scholars?|fellows?|researchers?|lecturers?|students?|"
    r"faculty|staff|positions?))|"
    # "During the reception of the delegation of X, Rector Y spoke"
    r"reception\s+of\s+(?:the\s+|a\s+)?delegation|"
    r"(?:meeting|talks|event|visit|lecture|ceremony|seminar|conference|forum|workshop|round\s*table|opening|"
    r"exhibition|presentation|celebration|festival|webinar|session)\s+(?:was\s+|were\s+)?attended\s+by|"
    # a signing before a witness is a meeting of the signatories and the witness (alone, it is none)
    r"in\s+the\s+(?:presence|attendance)\s+of|witnessed\s+by|"
    r"(?:online|virtual|video|bilateral|working|official)\s+(?:meeting|call|talks)|video[\s\-]?conference|"
    # "led a delegation to X", "headed a five-member delegation on a visit to X"
    r"(?:led|headed)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:delegation|mission)\s+(?:on\s+a\s+visit\s+)?to|"
    r"meeting\s+of\b(?=[^.]{0,160}\bwith\b)|visit\s+of\b|arrived\s+(?:at|in|on)|"
    r"(?:tele)?phone\s+(?:call|conversation|talks?)|"
    r"had\s+(?:a\s+)?(?:meeting|talks|conversation)|held\s+(?:a\s+)?(?:video\s*conference|round\s*table)|"
    # "held a productive meeting", "had a fruitful meeting | discussion with"
    r"(?:had|held)\s+(?:a|an)\s+(?:[\w\-]+\s+){1,2}?(?:meeting|conversation|discussion)|"
    r"(?:attended|participated\s+in|took\s+part\s+in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|event|talks|opening|ceremony|celebration|presentation|round\s*table))\b",
    re.IGNORECASE,
)


#: Rarer words that tell a meeting held, tried when MEET finds none and the sentence holds one of RARE_CUES
#: (MEET runs on every sentence: each alternative there costs time).
MEET_RARE = re.compile(
    r"\b(?:"
    # "was granted an audience by", "sat down with", "played host to", "engaged the management of X" (West
    # African English)
    r"(?:granted|gave|given|grants|gives)\s+(?:an\s+)?audience|(?:sat|sits)\s+down\s+with|play(?:ed|s)?\s+host\s+to|"
    r"engaged\s+(?:with\s+)?(?=(?:the\s+)?(?:management|leadership|authorities|officials|council|vice[\s\-]chancellor|"
    r"pro[\s\-]vice|rector|president|ambassador|high\s+commissioner|dean|director|delegation|minister|consul))|"
    # a host's pleasure: "was honoured to welcome", "had the pleasure of hosting", "It was an honour for X to
    # receive", "opened its doors to"
    r"(?:(?:honou?red|pleased|delighted|happy|proud|privileged|glad|thrilled)\s+to|"
    r"(?:pleasure|honou?r|privilege)\s+(?:of|to)|honou?r\s+for\s+[^,.;]{1,80}?\s+to)\s+"
    r"(?:welcome|welcoming|host|hosting|receive|receiving|greet|greeting)|opened\s+(?:its|their)\s+doors\s+to|"
    # "was on an official visit to X", "The meeting brought together A and B", "stopped by X"
    r"(?:was|were|is|are)\s+on\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip)\s+to|"
    # "X is in Almaty on a working visit", "which is in Tashkent on an official visit"
    r"(?:was|were|is|are)\s+in\s+[^,.;]{1,40}?\s+on\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip)\b|"
    # the passive of a visit and of a guest shown the host's places: "A visit was paid to X by Y", "The guests were
    # shown the laboratories of X"
    r"(?:visit|call)\s+(?:was|were)\s+paid|(?:was|were)\s+shown\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:campus|laborator(?:y|ies)|labs|facilities|premises|museum|library|faculties|departments|cent(?:re|er)s?)|"
    r"(?:meeting|talks|conversation)\b[^.;]{0,80}?\bbrought\s+together|stopped\s+by|"
    # "extended a warm welcome to", "accorded a warm welcome to"
    r"(?:extended|accorded|gave)\s+(?:a\s+)?(?:[\w\-]+\s+)?welcome\s+to|"
    # "talked by video link with", "spoke via Zoom with", "conferred over the phone with"
    r"(?:talked|spoke|conferred)\s+(?:by|via|over|through|on)\s+(?:[\w\-]+\s+){1,2}?with|"
    # a guest shown the host's place (English translated from Russian): "familiarized himself with the work of X",
    # "acquainted the guests with", "got acquainted with", "was given a tour of", "showed him around", "was on campus"
    r"familiari[sz]ed\s+(?:himself|herself|themselves|itself)\s+with|(?:got|became|get|gets)\s+acquainted\s+with|"
    r"acquainted\s+(?:the\s+)?(?:guests?|delegation|visitors?|ambassador|him|her|them)\s+with|"
    r"(?:was|were)\s+(?:given|shown)\s+(?:a\s+)?(?:[\w\-]+\s+)?(?:tour|around|round)|"
    r"showed\s+[^.;]{1,80}?\s(?:a)?round(?=\s+(?:the\s+|its\s+|their\s+)?(?:campus|university|institute|faculty|"
    r"laborator|facilities|premises|building)|\s*[.,;]|\s*$)|"
    r"gave\s+[^.;]{1,80}?\sa\s+(?:[\w\-]+\s+)?tour\s+of|"
    r"(?:was|were)\s+on\s+(?:the\s+)?campus|(?:was|were)\s+joined\s+by\b(?=[^.;]{1,120}\bfor\b)"
    r")\b"
)


def may_be_rare(fold: str) -> bool:
    """Whether ``fold`` holds a word every match of MEET_RARE needs (a chain of ``in`` tests: several times
    cheaper than ``any`` over a tuple, and run on most sentences)."""
    return (
        "audience" in fold
        or "down with" in fold
        or "host to" in fold
        or "hosting" in fold
        or "to host" in fold
        or "engaged" in fold
        or "hono" in fold
        or "pleas" in fold
        or "delighted" in fold
        or "happy" in fold
        or "proud" in fold
        or "privileged" in fold
        or "glad" in fold
        or "thrilled" in fold
        or "doors" in fold
        or "visit to" in fold
        or "trip" in fold
        or "paid" in fold
        or "brought together" in fold
        or "stopped" in fold
        or "talked" in fold
        or "spoke" in fold
        or "conferred" in fold
        or "familiari" in fold
        or "acquainted" in fold
        or "tour" in fold
        or "shown" in fold
        or "showed" in fold
        or "campus" in fold
        or "joined by" in fold
        or "welcome to" in fold
    )


#: The words of a later sentence that add someone to the meeting it speaks of: "attended", "accompanied by".
MEETING_MORE = re.compile(
    r"\b(?:attended|participated|took\s+part|welcomed|welcoming|received|receiving|greeted|included|consisted\s+of|"
    r"comprised|accompanied\s+by|represented\s+by|present\s+(?:were|was)|(?:were|was)\s+(?:also\s+)?present)\b",
    re.IGNORECASE,
)


#: A sentence that names who came along joins the meeting without naming it.
COMPANY = re.compile(
    r"\b(?:accompanied\s+by|delegation\s+(?:included|consisted\s+of|comprised)|"
    # "The university side was represented by A and B", "Also present were A and B"
    r"(?:side|sides|party|parties)\s+(?:was|were)\s+represented\s+by|(?:also\s+)?present\s+(?:were|was)|"
    r"(?:was|were)\s+(?:also\s+)?present)\b",
    re.I,
)


#: The sides of a meeting spoken of together: "The sides discussed", "the two parties agreed".
BOTH_SIDES_LOWER = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:sides|parties)\b")


#: A side of a meeting named by its title alone: "received the Ambassador of India", "the delegation of X".
TITLED_SIDE_LOWER = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+)?(?:ambassador|consul|high\s+commissioner|envoy|minister|rector|president|"
    r"vice[\s\-]chancellor|chancellor|provost|dean|delegation)\b"
)


#: A later sentence joins the meeting when it speaks of it.
MEETING_CONTEXT = re.compile(r"\b(?:meeting|delegation|event|visit|guests?|talks|ceremony)\b")


#: The next sentence when its subject is the guests of the meeting: "They were welcomed by the Rector, X".
THEY_WERE_MET_LOWER = re.compile(
    r"\s*(?:they|he|she)\s+(?:was|were)\s+(?:\w+\s+)?(?:welcomed|received|greeted|hosted|introduced|met)\b"
)


#: The sentence after a meeting's that names who was there, calling the meeting "it" or naming none: "It was
#: attended by A and B", "Among the participants were A and B", "Participants included A".
ATTENDED_NEXT_LOWER = re.compile(
    r"\s*(?:(?:it|they|this)\s+(?:was|were)\s+(?:also\s+)?(?:attended|joined|co-?chaired|chaired|moderated|led|headed)\s+by|"
    r"among\s+(?:the\s+)?(?:participants|attendees|guests|those\s+present)\s+(?:were|was)|"
    r"(?:the\s+)?(?:participants|attendees)\s+(?:included|were))\b"
)


#: A later sentence that opens inside the meeting joins it whatever its verb: "During the meeting, X presented".
DURING_LOWER = re.compile(
    r"\s*(?:during|in\s+the\s+course\s+of|at|in)\s+the\s+(?:meeting|talks|visit|ceremony|negotiations|"
    r"consultations|conversation|signing(?:\s+ceremony)?)\b"
)


#: A signing told the sentence before a witness's ("The agreement was signed by A and B. The Consul C attended
#: the ceremony."): the signatories are of the meeting too.
SIGNED_LOWER = re.compile(r"\bsigned\b")


#: A signing done, in any of its words: "signed", "the signing", "inked", "put their signatures to".
SIGNING_LOWER = re.compile(r"\b(?:signed|signing|inked|signatures?|pen\s+to\s+paper)\b(?!\s+up\b)")


#: What makes a signing an event of its signatories and guests: a ceremony, a signing online, someone who
#: watched it ("in the presence of", "witnessed by", "looked on", "Present at the signing were").
SIGNING_CUE_LOWER = re.compile(
    r"\b(?:ceremony|ceremonies|virtual(?:ly)?|online|remotely|video\s*(?:link|conference|call)|"
    r"via\s+(?:zoom|teams|skype|webex)|"
    r"in\s+the\s+(?:presence|attendance)\s+of|witness(?:ed|ing|es)?|looked\s+on|in\s+attendance|"
    r"present\s+(?:at|were|was|for)|(?:was|were)\s+(?:also\s+)?present|attended|took\s+part|participation)\b"
)


#: The cues of SIGNING_CUE_LOWER that name who watched: a sentence of them after a signing's joins it ("Also in
#: attendance were A and B").
WITNESS_CUE_LOWER = re.compile(
    r"\b(?:in\s+the\s+(?:presence|attendance)\s+of|witness(?:ed|ing|es)?|looked\s+on|in\s+attendance|"
    r"present\s+(?:at|were|was)|(?:was|were)\s+(?:also\s+)?present|attended|took\s+part)\b"
)


#: A sentence that speaks of a signing to come: "invited X to attend the signing", "the signing next month".
_SIGNING_TO_COME_LOWER = re.compile(
    r"\binvit(?:ed|es|ing)\s+[^.;]{0,100}?\bto\s+(?:attend|witness|take\s+part|participate|join|be\s+present)\b|"
    r"\b(?:next|upcoming|forthcoming|coming)\s+(?:week|month|year|days|weeks|months|semester|academic)\b|"
    r"\bto\s+be\s+(?:attended|held|signed|witnessed|organi[sz]ed)\b"
)


def signing_at(fold: str) -> re.Match[str] | None:
    """The first word of ``fold`` (lower-cased) that tells a signing done, not one to come ("will sign",
    "is to be signed", "The signing ceremony is scheduled for May", "invited X to attend the signing")."""
    if "sign" not in fold and "inked" not in fold and "pen to paper" not in fold:
        return None
    if _SIGNING_TO_COME_LOWER.search(fold):
        return None
    for match in SIGNING_LOWER.finditer(fold):
        start = match.start()
        if FUTURE_BEFORE_FOLDED.search(fold, max(0, start - 60), start, lower=fold):
            continue
        if match.group(0) == "signing" and FUTURE_AFTER.search(fold, match.end(), match.end() + 120):
            continue
        return match
    return None


CEREMONY_LOWER = re.compile(r"\b(?:ceremony|signing|witnessed|presence)\b")


#: Case-sensitive twins of the patterns for lower-cased text: several times faster to scan.
#: MEET's twin has a look-ahead after its \b for the characters its alternatives begin with (their first letters, and
#: the apostrophe of "’s visit to"): at a word's edge the engine tests one class instead of entering 68 alternatives
#: (~40 % faster); the same matches (every alternative begins with one of them: tests/extract/meetings/
#: test_meet_first_characters.py).
MEET_FIRST = "abcdefghilmnoprstvw'’"
MEET_LOWER = re.compile(rf"\b(?=[{MEET_FIRST}])" + MEET.pattern.removeprefix(r"\b"))


MEETING_MORE_LOWER = re.compile(MEETING_MORE.pattern)


#: COMPANY's twin written letter first: each alternative opens with its first letter (a, d, s, p, w) and the look-behind
#: for the \b after it (``(?<!\w.)`` after the letter is ``\b`` before it; at the text's start it holds, as \b does), so
#: that sre skips to the next of the five letters instead of entering the pattern at every position (~x0.5 over every
#: sentence). The same alternatives in the same order; tests/extract/meetings/test_company_lower_letter_first.py.
COMPANY_LOWER = re.compile(
    r"(?:a(?<!\w.)(?:ccompanied\s+by|lso\s+present\s+(?:were|was))|d(?<!\w.)elegation\s+(?:included|consisted\s+of|comprised)|"
    r"s(?<!\w.)(?:ide|ides)\s+(?:was|were)\s+represented\s+by|"
    r"p(?<!\w.)(?:(?:arty|arties)\s+(?:was|were)\s+represented\s+by|resent\s+(?:were|was))|"
    r"w(?<!\w.)(?:as|ere)\s+(?:also\s+)?present)\b"
)


REPORTED = re.compile(
    r",?\s*(?:\w+\s+)?(?:reports|reported|cites|citing|according to|press service)\b.*$", re.IGNORECASE
)


#: A verb of saying that ends its sentence after the source of the report: ", the Ministry of X said on its
#: website.", ", the Embassy informs.", ", the university's press office stated in a statement."
SAID_END = re.compile(
    r"\s(?:said|says|stated|states|informs|informed|announced|announces|writes|wrote|noted|notes|posted|reports|"
    r"reported)(?:\s+(?:in|on|via|through)\s+[\w’'\- ]{1,40})?\s*[.!]?\s*$",
    re.IGNORECASE,
)


#: The source of a report that opens its sentence, up to its comma: "According to the press office of X, ...",
#: "As the press service of X informs, ...", "As reported by X, ...".
SOURCE_OPENING = re.compile(
    r"\s*(?:according\s+to|as\s+(?:reported|informed|announced|stated)\s+by|as\s+[^,;]{1,160}?\s"
    r"(?:informs|informed|reports|reported|announced|notes|noted|writes|wrote|said|says))\b[^,;]{0,160},",
    re.IGNORECASE,
)


#: The lower-case words a source's name may hold between its comma and its verb: "the press service of the
#: Ministry of X", "the university's press office", "its website".
_SOURCE_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "at",
        "on",
        "its",
        "their",
        "a",
        "an",
        "press",
        "service",
        "services",
        "office",
        "centre",
        "center",
        "news",
        "agency",
        "website",
        "official",
        "information",
        "department",
        "correspondent",
        "portal",
        "channel",
        "page",
        "secretariat",
        "team",
    ]
)


def _source_from(text: str, start: int) -> int:
    """Where the source of a report whose verb is at ``start`` begins: the comma before a name of one
    ("..., the Ministry of Foreign Affairs of X reported"), else ``start``."""
    comma = text.rfind(",", max(0, start - 160), start)
    if comma < 0:
        return start
    words = text[comma + 1 : start].split()
    if not words or any(q in text[comma:start] for q in '"“”«»()'):
        return start
    if not any(w[:1].isupper() for w in words):
        return start  # ", they reported": no name of a source
    ok = all(w[:1].isupper() or w.lower() in _SOURCE_WORDS or w.lower().endswith(("'s", "’s")) for w in words)
    return comma if ok else start


def reported_at(text: str) -> int:
    """Where "..., the ministry reports" / "according to X" / ", the Embassy said on its website" begins in
    ``text`` (its length when nowhere); a source that opens the sentence is ``source_opening``'s."""
    fold = text.casefold()
    reported_cue = (
        "report" in fold
        or "cites" in fold
        or "citing" in fold
        or "according" in fold
        or "press service" in fold
    )
    tail = len(text) - 120  # where SAID_END may begin: a verb of saying that ends the sentence
    end = fold[tail:]
    said_cue = (
        "said" in end
        or "says" in end
        or "stated" in end
        or "inform" in end
        or "announce" in end
        or "wrote" in end
        or "writes" in end
        or "noted" in end
        or "posted" in end
    )
    if not reported_cue and not said_cue:
        return len(text)
    opening = source_opening(text) if fold[:3] in ("acc", "as ") else 0
    at = len(text)
    reported = REPORTED.search(text, opening) if reported_cue else None
    if reported is not None:
        at = reported.start()
        if not text[reported.start() :].lstrip(", ").lower().startswith(("press service", "according")):
            at = _source_from(text, at) if text[at] != "," else at
    said = SAID_END.search(text, max(opening, tail)) if said_cue else None
    if said is not None and said.start() < at:
        start = _source_from(text, said.start())
        if start < said.start():
            at = start
    return at


def source_opening(text: str) -> int:
    """Where the source of a report that opens ``text`` ends ("According to X, ..."), else 0."""
    if text[:3].lower() not in ("acc", "as ") and text.lstrip()[:3].lower() not in ("acc", "as "):
        return 0
    opening = SOURCE_OPENING.match(text)
    return opening.end() if opening else 0


#: What makes a meeting word tell a meeting yet to come ("will hold talks with", "proposed to hold a meeting
#: with", "invited the rector to visit", "suggested organising a visit of"): no meeting of the article.
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|going\s+to|,\s*to\s+be|invitation\s+(?:for|to)|"
    # a meeting asked for: "suggested | requested | sought a meeting with"
    r"(?:suggested|requested|proposed|sought|asked\s+for)\s+(?:a|an|another)|(?:plans?|planned|planning|intends?|intended|proposed|suggested|offered|"
    r"expected|scheduled|agreed|decided|invited\s+(?:\w+\s+){0,3}?|is|are)\s+to|"
    r"(?:proposed|suggested|planned|discussed|considered|agreed\s+on)\s+(?:holding|organi[sz]ing|arranging))"
    r"\s+(?:\w+\s+){0,2}(?:(?:next|further|another|second|new)\s+)?$",
    re.IGNORECASE,
)
FUTURE_BEFORE_FOLDED = AsciiFolded(FUTURE_BEFORE)


#: What makes a meeting noun tell a meeting yet to come when it follows: "A meeting between A and B is
#: scheduled for May", "The visit of X to Y will take place in June".
FUTURE_AFTER = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+)?(?:scheduled|planned|expected|due|set|slated|envisaged)|"
    r"(?:is|are)\s+being\s+(?:prepared|planned|organi[sz]ed|arranged)|"
    r"will\s+(?:take\s+place|be\s+held|be\s+organi[sz]ed))\b"
)


#: The meeting nouns FUTURE_AFTER may follow.
_MEETING_NOUNS = ("meeting", "talks", "visit", "negotiations", "consultations", "video", "online", "official")


#: A first-person subject right before a meeting word: a speaker's words ('"When I visited X, ...," said Y'),
#: not a meeting the article reports.
FIRST_PERSON_BEFORE = re.compile(
    r"(?:^|[\s\"“‘'(])(?:i|we)\s+(?:(?:have|had|also|recently|once|first|last|personally|all|often|already|"
    r"regularly|have\s+been|were|was)\s+){0,2}$",
    re.IGNORECASE,
)


#: What is received that is no guest: "received scholarships from", "receives 500 applications".
THING_RECEIVED = re.compile(
    # a word between the verb and the thing is no preposition: "received Minister of Education X" is a guest
    r"\s+(?:(?:a|an|the|its|their|\d[\d,]*|more\s+than\s+\d+|over\s+\d+|(?!(?:of|at|for|from|to|in|on)\s)[\w\-]+)\s+){0,2}?"
    r"(?:scholarships?|grants?|awards?|funding|funds|applications?|certificates?|diplomas?|prizes?|orders?|"
    r"medals?|degrees?|support|equipment|books|donations?|accreditation|letters?|approval|recognition|status|"
    r"invitations?|titles?|assistance|financing|investments?|places|quotas?|phd|"
    r"membership|education|training|patents?|visas?|licen[cs]es?)\b",
    re.IGNORECASE,
)


#: The first words of an object of a verb that is no guest.
OBJECT_HEAD = r"\s+(?:(?:a|an|the|this|these|its|their|his|her|\d[\d,]*|[\w\-]+)\s+){0,2}?"


#: What is welcomed, met, hosted or visited that is no guest: "welcomed the decision", "met the requirements",
#: "hosted an international conference", "visited the stand of X" (by a crowd at a fair).
THING_OF = {
    "welc": re.compile(
        OBJECT_HEAD
        + r"(?:decisions?|initiatives?|proposals?|ideas?|news|moves?|steps?|efforts|opening|launch|"
        r"applications?|submissions?|nominations?|establishment|creation|results?|progress|plans?)\b"
    ),
    "met": re.compile(
        OBJECT_HEAD + r"(?:requirements?|criteria|standards?|needs|expectations|demands?|targets?|conditions|"
        r"deadlines?|goals?|quotas?|"
        # "met with success | criticism | approval"
        r"success|criticism|approval|resistance|interest|enthusiasm|opposition|skepticism|scepticism)\b"
    ),
    "host": re.compile(
        OBJECT_HEAD
        + r"(?:conferences?|forums?|summits?|olympiads?|exhibitions?|fairs?|competitions?|festivals?|"
        r"webinars?|workshops?|seminars?|contests?|championships?|games|congress(?:es)?|symposi(?:um|a)|"
        r"hackathons?|schools?|courses?|"
        # what a university houses: "hosts the Confucius Institute", "the regional office of X", "a branch of Y"
        r"institutes?|offices?|branch(?:es)?|cent(?:re|er)s?|campus(?:es)?|headquarters|secretariat|chairs?|"
        r"laborator(?:y|ies)|labs?|museums?|librar(?:y|ies)|hubs?)\b"
    ),
    "gree": re.compile(
        OBJECT_HEAD
        + r"(?:decisions?|initiatives?|proposals?|ideas?|news|moves?|steps?|efforts|opening|launch|"
        r"results?|progress|plans?)\b"
    ),
    "visi": re.compile(OBJECT_HEAD + r"(?:stands?|booths?|pavilions?|web\s*sites?|pages?|portals?)\b"),
}


#: An event before "hosted by" or "led by": no guest and no delegation ("The Olympiad, hosted by X", "The
#: consortium, led by X").
EVENT_BEFORE = re.compile(
    r"\b(?:conference|forum|summit|olympiad|exhibition|fair|competition|festival|webinar|workshop|seminar|"
    r"contest|championship|games|congress|symposium|hackathon|consortium|project|programme|program|initiative|"
    r"network|alliance|team|study|research|school|course|group|centre|center|laboratory|lab|council|committee)"
    r"s?\s*,?\s*(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:(?:jointly|co|also)[\s\-])?$"
)


#: Who a university hosts, welcomes or receives as a habit (the present tense): students, interns, trainees.
HABITUAL_GUESTS = re.compile(
    OBJECT_HEAD + r"(?:students?|interns?|trainees?|pupils?|applicants?|scholars?|researchers?|graduates?)\b"
)
#: A group of students as the guests of a host verb, in any tense ("hosted 25 students from X", "welcomed a group
#: of 30 exchange students of Y"): a cohort, not a side of a meeting, unless someone leads them ("led by").
STUDENT_GUESTS = re.compile(
    r"\s+(?:(?:a|an|the|some|about|over|nearly|almost|more\s+than|\d[\d,]*|(?:group|batch|cohort|team|number)\s+of|"
    r"(?!(?:of|at|for|from|to|in|on|with|and|by|delegations?)\b)[\w\-'’]+)\s+){0,5}?"
    r"(?:students|pupils|schoolchildren|trainees|interns|learners|cadets|undergraduates)\b"
    r"(?![^.;]*\b(?:led|headed|accompanied)\s+by\b)",
    re.IGNORECASE,
)
#: The host verbs STUDENT_GUESTS follows.
_STUDENT_HOSTS = frozenset(
    {"hosted", "hosts", "welcomed", "welcomes", "received", "receives", "greeted", "greets"}
)
#: A host of students who meets them as a side: "The Ambassador of Japan received students of X at the Embassy".
_ENVOY_HOST = re.compile(r"\b(?:ambassador|embassy|consul|high\s+commission|envoy|charg[eé]|minister)", re.I)
_SPACE_THE = re.compile(r"\s+(?:the\s+)?$", re.I)
#: The first letters of the meeting words thing_met looks at (a cheap test first).
_THING_PREFIXES = frozenset({"rec", "wel", "gre", "met", "hos", "vis", "led", "hea"})


def thing_met(fold: str, match: re.Match[str]) -> bool:
    """Whether the object of the meeting word ``match`` is a thing, not a guest: "received a grant",
    "welcomed the decision", "hosted a conference", "met the requirements", "The Olympiad, hosted by X"."""
    word = match.group(0)
    end = match.end()
    if (
        word[-1] == " "
    ):  # MET_LATER's match takes the space and "the" after its verb: the object starts before
        word = _SPACE_THE.sub("", word)
        end = match.start() + len(word)
    if word.lower() in ("hosts", "welcomes", "receives") and HABITUAL_GUESTS.match(fold, end):
        return True  # "Every year X receives students of Y": a habit, not a meeting
    if (
        word.lower() in _STUDENT_HOSTS
        and STUDENT_GUESTS.match(fold, end)
        and not _ENVOY_HOST.search(fold, max(0, match.start() - 150), match.start())
    ):
        return True  # "X hosted 25 students from Y": a cohort, not a side (an envoy's guests meet him)
    if word[:7] in ("receive", "Receive"):
        return THING_RECEIVED.match(fold, end) is not None
    thing = THING_OF.get(word[:4]) or THING_OF.get(word[:3])
    if thing is not None and word[-1] != "y" and thing.match(fold, end):
        return True
    word = word.lower()
    passive = word.endswith(" by") or (word == "hosted" and fold.startswith(" by ", match.end()))
    if passive and (word[:4] in ("host", "head") or word[:3] == "led"):
        return EVENT_BEFORE.search(fold.lower(), max(0, match.start() - 60), match.start()) is not None
    return False


#: Words one of which every match of FUTURE_BEFORE holds (a cheap test first).
FUTURE_CUES = (
    "will",
    "would",
    "shall",
    "to ",
    "holding",
    "organi",
    "arranging",
    "invitation",
    "ed a",
    "for a",
)


#: The meeting nouns "was held" and "with the participation of" need before them in their clause (MEET matches
#: the two alone: a scan from each noun to them costs more).
_HELD_NOUN_LOWER = re.compile(
    r"\b(?:meetings?|talks|negotiations|consultations|round\s*tables?|discussions?|dialogue|conversations?|"
    r"reception|ceremony|event|session)\b[^.;]*$"
)


@lru_cache(maxsize=1024)  # an article's meeting sentence is asked again by the tour, the date, the sides
def tells_meeting(fold: str, pattern: re.Pattern[str] = MEET_LOWER) -> re.Match[str] | None:
    """The first match of ``pattern`` in the lower-cased sentence that tells a meeting held: not one to come,
    not a thing received."""
    rare = pattern is MEET_LOWER and may_be_rare(fold)
    for match in chain(pattern.finditer(fold), MEET_RARE.finditer(fold) if rare else ()):
        start = match.start()
        window = fold[max(0, start - 60) : start]
        if any(w in window for w in FUTURE_CUES) and FUTURE_BEFORE_FOLDED.search(
            fold, max(0, start - 60), start, lower=fold
        ):
            continue
        if match.group(0)[:3].lower() in _THING_PREFIXES and thing_met(fold, match):
            continue
        if match.group(0).lower().startswith(_MEETING_NOUNS) and FUTURE_AFTER.search(fold, match.end()):
            continue  # "A meeting between A and B is scheduled for May"
        word = match.group(0)
        if (word[:4] in ("was ", "were") and word.endswith("held")) or word.startswith(
            "with the participation"
        ):
            nouns = _HELD_NOUN_LOWER.search(fold, max(0, start - 80), start)
            if nouns is None or (
                word[-1] == "d" and nouns.group(0).startswith(("ceremony", "event", "session"))
            ):
                continue  # "The conference was held at X": no meeting noun before it
        if match.group(0)[:3] in ("in ", "wit") and _signing_to_come(fold, start):
            continue  # "X and Y will sign the agreement in the presence of Z": a ceremony to come
        if ("i " in window or "we " in window) and FIRST_PERSON_BEFORE.search(
            fold, max(0, start - 60), start
        ):
            continue  # '"When I visited X last year, ...," said Y': the speaker's memory, not the article's meeting
        return match
    return None


_SIGN_ANY_LOWER = re.compile(r"\b(?:sign|signs|signed|signing|ink)\b")


def _signing_to_come(fold: str, end: int) -> bool:
    """Whether the last signing ``fold`` tells before ``end`` is one to come ("will sign", "is to be signed")."""
    starts = [m.start() for m in _SIGN_ANY_LOWER.finditer(fold, 0, end)]
    if not starts:
        return False
    return FUTURE_BEFORE_FOLDED.search(fold, max(0, starts[-1] - 60), starts[-1], lower=fold) is not None


VISITED = re.compile(r"\b(?:visited|visit\s+to|arrived\s+at|at\s+the\s+campus\s+of)\s+(?:the\s+)?$", re.I)


#: The words of a meeting sentence that tell a visit to each of several hosts: "visited A and B", "held
#: meetings with the rectors of A and B".
TOUR_WORDS = re.compile(r"visited|visits|toured|paid\s|made\s|held\s+(?:separate\s+|several\s+)?meetings")


#: Kinds of organisation that host a meeting of their own on a tour (a faculty is shown round, not met).
HOST_KINDS = frozenset({"University", "ResearchInstitute", "Ministry", "Government", "Company", "Embassy"})


#: Verbs of an opening that tell a meeting when two people of two sides are named before them: "Ambassador X and
#: Rector Y inaugurated the centre".
OPENED_LOWER = re.compile(
    r"\b(?:inaugurated|unveiled|opened|jointly\s+opened|cut\s+the\s+(?:red\s+)?ribbon)\b"
)
#: Verbs of two sides that tell a meeting only when people of two organisations are named before them: "Rector A
#: and Ambassador B considered | reviewed | explored | talked about ...", a headline's "A and B discuss ...".
JOINT_LOWER = re.compile(
    r"\b(?:discuss|exchanged\s+(?:opinions|ideas|information)|held\s+(?:[\w\-]+\s+)?(?:discussions|consultations)|"
    # of cooperation, not of research: "considered the prospects of", "explored avenues for", "talked about ways"
    r"(?:considered|reviewed|explored|talked\s+about|spoke\s+about|touched\s+(?:up)?on)\s+"
    r"(?:(?:the|further|possible|bilateral|mutual|future|new|current|main|key|promising|joint)\s+)*"
    r"(?:prospects|possibilit(?:y|ies)|opportunit(?:y|ies)|ways|avenues|areas|issues|questions|matters|cooperation|"
    r"collaboration|partnership|progress|status|implementation|development|expansion|strengthening|directions))\b"
)
#: A headline's verb of two sides that meet: "Uzbek minister, Korean ambassador discuss ...", "Kyrgyzstan and
#: Turkey mull academic exchange", "Rector and envoy explore ties" (the body names who).
HEADLINE_JOINT_LOWER = re.compile(
    r"^(?![^\n]*\b(?:forum|conference|summit|congress|symposium|webinar|experts|scientists|students)\b)"
    r"[^\n]*?(?:,|\band\b)[^\n]*?\s(?:discuss|discussed|mull|explore|review|consider|eye)\b"
)
#: Verbs that tell a meeting only when the sentence names both sides: "Rector A and Ambassador B discussed".
TWO_SIDED_LOWER = re.compile(
    r"\b(?:discussed|discusses|exchanged\s+views|agreed\s+to|agreed\s+on|agreed\s+with|(?:was|were)\s+agreed\s+(?:by|between)|"
    # "Ambassador X, together with Rector Y, opened the centre": an event of the two
    r"(?:together|jointly)\s+with|"
    # "Rector X thanked Ambassador Y for the visit", "Ambassador X presented books to Rector Y during his visit",
    # "Rector X briefed the visiting Ambassador Y"
    r"(?<!invitation\s)for\s+(?:the|his|her|their|this)\s+(?:[\w\-]+\s+)?(?:visit|hospitality|welcome|reception)|"
    r"for\s+(?:hosting|receiving|welcoming)\s+(?:the|him|her|them|his|our|us)\b|"
    r"during\s+(?:the|his|her|their|a|an)\s+(?:[\w\-]+\s+)?visit|"
    # "Ambassador X presented the Order of Y to Rector Z", "handed over computers to Rector Z"
    r"presented\s+(?:[\w\-]+\s+){1,6}?to|presented\s+(?:[\w\-]+\s+){1,10}?with|handed\s+(?:over\s+)?(?:[\w\-]+\s+){1,6}?to|"
    # "X joined Y for a discussion on research", "X came to Almaty at the invitation of Rector Y"
    r"for\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:discussion|meeting|conversation|dialogue)|at\s+the\s+invitation\s+of|"
    # "Ambassador X and Rector Y exchanged gifts | souvenirs"
    r"exchanged\s+(?:[\w\-]+\s+){0,2}?(?:gifts|souvenirs|memorabilia|mementos|mementoes|plaques|presents)|"
    r"the\s+visiting\s+(?:ambassador|consul|minister|delegation|guests?|envoy|diplomat|rector|president|"
    r"vice[\s\-]chancellor|high\s+commissioner))\b"
)


MET_LATER = re.compile(
    r"\b(?:met\s+with|met|(?:held|had)\s+(?:a\s+)?(?:separate\s+)?(?:meeting|talks|conversation)"
    r"(?:\s+(?:at|in)\s+[^,.;]{1,80}?)?\s+with|"  # "held talks at the Ministry of X with Deputy Minister Y"
    r"(?P<visit>visited|toured|paid\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to)|"
    # "He was received by Rector X", "The Minister also received the Ambassador of Y, Z": only with a
    # person named after the verb ("received a grant from X" is no meeting)
    r"(?P<host>(?:was|were)\s+(?:(?:also|later|then|warmly|cordially)\s+)?(?:received|welcomed|hosted|greeted)\s+by|received|welcomed|hosted))\s+(?:the\s+)?",
    re.I,
)


#: Its case-sensitive twin for lower-cased text (several times faster; offsets kept when the length is).
MET_LATER_LOWER = re.compile(MET_LATER.pattern)


#: What opens a sentence before the institution it took place at: "At X, ...", "During the visit to X, ...".
AT_HOST = re.compile(r"\s*(?:At|In|During\s+(?:the|his|her|their|a)\s+visit\s+to)\s+(?:the\s+)?")


#: Words one of which every match of MET_LATER holds (a cheap test first).
LATER_WORDS = (
    "met",
    "meeting",
    "talks",
    "conversation",
    "visit",
    "toured",
    "received",
    "welcomed",
    "hosted",
    "greeted",
)


#: Kinds of the units a guest is shown round (faculties, centres, a students' society, a park): no meeting of
#: their own when nobody of them is named.
UNIT_KINDS = frozenset({"Faculty", "Centre", "School", "Other"})


#: Who a later sentence's visitor is when not named: the lead of the main meeting.
VISITOR_WORDS = re.compile(
    r"\b(?:the\s+)?(?:ambassador|consul(?:\s+general)?|diplomat|envoy|delegation|guests?|minister|he|she|"
    r"head\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:diplomatic\s+)?mission)\b",
    re.I,
)
#: The lead's own title as a later sentence's subject ("Then the rector visited X"): the lead when it is his.
LEAD_TITLE = re.compile(
    r"\bthe\s+(rector|president|vice[\s\-]chancellor|provost|dean|director|chancellor)\b", re.I
)


WHEN_WORDS = re.compile(
    r"\b(?:meeting|visit|talks|took\s+place|was\s+held|were\s+held|event|signed|signing|ceremony)\b", re.I
)


#: The title of a head of state or government named in passing ("the address of the President of X").
HEAD_OF_STATE = re.compile(
    r"(?:the\s+)?(?:president|prime\s+minister|king|queen|emir|sultan|crown\s+prince)\b", re.I
)


#: "the university", "the provost of the university": a university named before, not again.
THE_UNIVERSITY = re.compile(r"\bthe\s+university\b(?!['’]s\s+(?:own|new))")


#: A meeting of the past told in passing: "During the recent talks in Moscow, A and B agreed", "at their last
#: meeting", "during his previous visit".
PAST_MEETING_LOWER = re.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:the|his|her|their|my|our|its)\s+"
    r"(?:recent|last|previous|earlier|past|first)\s+(?:[\w\-]+\s+)?(?:talks|meeting|visit|negotiations|summit)\b"
)
