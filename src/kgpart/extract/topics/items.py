"""A listed phrase as a topic: what it may start with that names nothing (determiners, process nouns,
verbs of doing), what ends it (a stop word), and when it names no field at all (people, documents,
places, a manner of a link). ``cues`` reads the lists; this module judges each item.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.countries import find_countries
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.topics.adjectives import adjective_fields
from kgpart.extract.topics.compounds import field_noun, link_of_manner
from kgpart.extract.topics.words import ADJECTIVE_ENDS, PEOPLE, PRAISE, nationality_word, only_people

#: Gerunds of doing that start an item of a list: "establishing X and organising Y".
GERUND = (
    r"(?:establishing|organi[sz]ing|holding|launching|opening|conducting|implementing|promoting|developing|"
    r"creating|expanding|strengthening|fostering|enhancing|encouraging|facilitating|supporting|providing|"
    r"offering|exploring|increasing|sharing|introducing|attracting|preparing|setting\s+up|publishing|"
    r"arranging|exchanging|carrying\s+out|hosting|inviting|sending)"
)
#: Verbs that start a plan without "to" after "and": "to strengthen X and step up Y".
BARE_VERB = (
    r"(?:develop|expand|establish|create|launch|implement|publish|promote|improve|strengthen|deepen|open|"
    r"foster|enhance|encourage|facilitate|support|boost|allocate|provide|offer|explore|increase|intensify|"
    r"broaden|share|introduce|attract|step\s+up|set\s+up|hold|organi[sz]e|conduct|carry\s+out)"
)
#: An item that is only a verb: "to encourage and promote X" gives "encourage".
_VERB_ONLY = re.compile(
    rf"(?:to\s+)?(?:{BARE_VERB}|{GERUND}|cooperate|collaborate|work|partner|engage|participate|continue|meet|visit|"
    r"help|assist|contribute|sign|discuss|join|study|learn|teach|train|studying|learning|working|living)",
    re.I,
)

#: Where an item ends. The look-ahead lets the engine skip positions that start no stop (13 -> 8 us per search).
ITEM_STOP = re.compile(
    r"(?=[.;:()\"“”a-zA-Z])(?:[.;:()\"“”]|\b(?:between|with|which|that|who|so\s+as|aimed|in\s+order|among|at|from|but|while|whereas|"
    r"although|because|if|when|where|"
    # a participle or a time after the field: "the reforms in education conducted by", "courses next year"
    r"being|to\s+be|conducted|undertaken|pursued|in\s+(?:[A-Z][\w\-]+\s+)?(?:universities|institutions|schools|colleges|hospitals|clinics|companies|enterprises)|(?:next|last|this|every|each)\s+(?:year|month|week|semester|spring|autumn|fall)|"
    r"during|within|since|until|(?:starting|beginning|commencing)\s+(?:in|from|next|this|on|with|\d)|for\s+(?:a|an|\d+|many|several|two|three|four|five|ten|over|more\s+than)\s+(?:[a-z]+\s+)?"
    r"(?:decades?|years?|months?|weeks?)|for\s+the|of\s+the\s+two|as\s+an?|in\s+(?:line|accordance|connection)\s+with|"
    # the language a field is taught in: "programmes in medicine and pharmacy in English and German"
    r"(?<!taught\s)(?<!teaching\s)(?<!instruction\s)in\s+(?-i:English|French|German|Russian|Spanish|Chinese|Arabic|Turkish|Korean|Japanese|Kazakh|Uzbek|Portuguese|"
    r"Italian)\b|"
    r"and\s+the\s+(?:two|parties|sides)|by|under|via|through|"
    r"carried\s+out|underway|under\s+way|using|were|was|will|would|may|might|can|could|should|must|shall|is|are|said|says|noted|added|stressed|emphasi[sz]ed|according|"
    r"reported|announced|informed|stated|explained|underlined|highlighted|pointed\s+out|"
    # a clause of saying after the list: "..., noting that both countries share"
    r"noting|adding|saying|stressing|explaining|underlining|recalling|"
    # the next verb of the speaker after "and": "in family medicine and proposed a visit", "and recalled that"
    r"and\s+(?:recalled|proposed|suggested|reminded)|"
    # the next verb of the meeting: "in the field of education and invited him to visit"
    r"invited|thanked|expressed|wished|congratulated|welcomed|praised|assured|urged|"
    # a date or a witness after the field: "on academic mobility on November 12", "in the presence of the envoy"
    r"on\s+(?:\d|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)|in\s+the\s+presence\s+of|in\s+(?:\d{4}|(?-i:January|February|May|"
    r"March|April|June|July|August|September|October|November|December)\b)|"
    r"met|visited|signed|became|began|reached|joined|arrived|came|hosted|graduated|attended|have|has|had|dates?\s+back|dating\s+back|"
    # what an event did: "a round table on digital health gathered forty experts"
    r"gathered|brought\s+together|attracted|drew|"
    # where a field is placed, not what it is: "a discipline in the curriculum", "courses within the framework of"
    r"in\s+the\s+(?:curricul(?:um|a)|framework|context|process|course)\b|"
    # a participle that tells what the item holds or whom it serves: "an art exhibition featuring works of ..."
    r"in\s+the\s+(?:universities|institutions|countries|cities|regions|country|region|republic|city|world)|featuring|involving|dedicated|devoted|(?<!issues\s)(?<!matters\s)(?<!questions\s)(?<!projects\s)(?<!research\s)(?<!topics\s)related|organi[sz]ed\s+by|held\s+(?:at|in|on))\b)",
    re.I,
)
#: Whom a field serves, no part of it: "internships and study tours for students", "scholarships for young scientists".
_WHOM = (
    r"(?:[a-z\-]+\s+)?(?:students|teachers|lecturers|researchers|staff|faculty|scientists|scholars|"
    r"specialists|professionals|academics|graduates|undergraduates|youth|young\s+people|children|schoolchildren|"
    r"pupils|women|employees|technicians|engineers|doctors|nurses|officials|diplomats|journalists|managers|"
    r"entrepreneurs|farmers|civil\s+servants)\b"
)
FOR_PEOPLE = re.compile(
    # "for students and young teachers"
    rf"\s+for\s+{_WHOM}(?:,?\s+(?:and|or)\s+{_WHOM})?"
    # whose people they are: "for students of the faculty", "for teachers from Osh"
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[\w\-]+(?:\s+(?:of|from|at)\s+(?:the\s+)?[\w\-]+)?)?",
    re.I,
)
#: What an item (or a topic) may start with that names nothing: determiners, process nouns, cues.
DROP = re.compile(
    r"^(?:to\s+(?!the\b)[a-z]+(?:\s+(?:out|up|on))?|(?:carry\s+out|conduct|hold|organi[sz]e|arrange|"
    r"develop|expand|establish|create|launch|implement|publish|promote|improve|strengthen|deepen|open|"
    r"(?:collaborate|cooperate|participate|engage|collaborating|cooperating|participating|engaging)\s+in|"
    r"establishing|creating|organi[sz]ing|holding|launching|opening|conducting|implementing|promoting|improving|"
    r"foster|enhance|encourage|facilitate|support|boost|allocate|provide|offer|explore|increase|intensify|"
    r"broaden|stimulate|share|introduce|attract|set\s+up|step\s+up|start|run|prepare|translate|print|"
    r"co-publish|co-organi[sz]e|undertake|pursue|"
    r"fostering|enhancing|encouraging|facilitating|supporting|providing|offering|exploring|increasing|"
    r"intensifying|sharing(?!\s+of\b)|introducing|attracting|preparing|setting\s+up|starting|running|translating|publishing|arranging|"
    r"studying(?!\s+(?:in|at|abroad)\b)|"
    r"advance|advancing|modernizing|modernising|broadening|stimulating|boosting)|"
    # a word that joins an item to the list before it: "..., including X", "especially in Y"
    r"including|especially|particularly|in\s+particular|notably|mainly|primarily|mostly|also|both|"
    r"(?:together|jointly)(?:\s+(?:on|in|with))?|"
    r"the|a|an|of|in|on|for|to|with|about|and|or|a\s+number\s+of|(?:wide|broad|whole|full)\s+(?:range|spectrum|variety)\s+of|proposals?\s+(?:for|on)|(?:cooperation|collaboration|partnership|interaction|ties|relations|links|contacts)\s+(?:in|on|regarding|"
    r"concerning|with\s+regard\s+to|in\s+terms\s+of)|its|their|current|ongoing|further|"
    r"(?:issues|matters|questions|projects|research|topics)\s+(?:related|relating)\s+to|(?:need|necessity)\s+(?:to|of|for)|"
    r"(?:(?:real|current|growing|actual|future|practical)\s+)?needs\s+of|"
    r"provisions?\s+(?:for|on)|(?:main\s+|key\s+)?results\s+of|"
    r"(?:main\s+|key\s+)?(?:priorities|directions|tasks|goals|objectives|principles|aspects)\s+of|"
    # where a thing is done, not what: "in the framework of the Erasmus+ programme"
    r"(?:framework|auspices|scope|importance|significance|role)\s+of|work\s+on|terms\s+of|(?:work|activities|activity)\s+of\s+(?!the\b)|(?:possibility|possibilities|feasibility|prospect)\s+of|"
    # what a party has in a field: "the university's achievements in robotics" is robotics
    r"(?:[\w\-]+['’]s\s+)?(?:achievements|successes|experience|progress|capabilities|capacity|strengths?|expertise)\s+(?:in|of)|"
    r"(?:best\s+practices?|know-how)\s+(?:in|on)|"
    r"future|possible|new|(?:topical\s+|pressing\s+|current\s+)?(?:issues?|problems?|challenges?|questions?)\s+of|"
    r"(?:topical\s+|pressing\s+|current\s+|main\s+|key\s+)?challenges\s+(?:in|facing)|"
    # what research is into, whom a field trains: "research into malaria", "a new generation of experts"
    r"(?:research|studies|investigations?)\s+into|(?:the\s+)?study\s+of(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:new\s+|next\s+|young\s+)?generations?\s+of|"
    # how many of a thing, not a field: "increasing the number of scholarships", "the quota of grants"
    r"(?:number|quotas?|amount|volume|share)\s+of|ways\s+of|prospects\s+(?:for|of)|(?-i:state)\s+(?:and\s+prospects\s+)?(?:for|of)|expanding|"
    # whose field: "the university's research in X", "Japan's experience"
    r"(?:university|college|institute|country|city|region|ministry|embassy|government|school|academy|side)['’]s|"
    r"(?!Master|Bachelor|Doctor)[A-Z][\w\-]*['’]s|"
    r"(?:and\s+)?(?:includes|covers|involves|envisages|foresees|provides\s+for)|"
    r"deepening|developing|strengthening|(?:development|launch|organi[sz]ation|implementation|expansion|growth|increase|rise|"
    r"strengthening|promotion|establishment|holding|opening|introduction|creation|provision|intensification|"
    r"improvement|enhancement|deepening|support|reali[sz]ation|adoption)\s+(?:of|for)|main(?:\s+(?:provisions|points)\s+of)?|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?|domains?)\s+(?:of|as|such\s+as|including|like)|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?)\s+as|"
    r"(?:topics|subjects|issues|themes|disciplines|sectors)\s+(?:such\s+as|like|including)|"
    # the terms of a thing, not a field: "the requirements and rules for admission to Korean universities"
    # ("conditions of study and accommodation" are a matter of their own)
    r"(?:(?:requirements|rules|procedures|criteria)(?:\s+and\s+(?:requirements|rules|procedures|conditions|criteria))?"
    r"\s+(?:for|of)|(?:conditions|terms)\s+for)|"
    # "training in the specialties of petroleum engineering and geology"
    r"(?:specialt(?:y|ies)|specialit(?:y|ies)|disciplines?|subjects?|majors?|professions?)\s+of|"
    # "specific steps to launch", "measures for": the way to a field, not a field
    r"(?:specific\s+|concrete\s+|practical\s+|further\s+|next\s+|possible\s+)?(?:steps|measures|mechanisms)\s+(?:to|for|of)|"
    r"launch|arrange|hold|"
    # a unit and its field: "a joint centre for water research" is water research
    r"(?:(?:joint|new|research|training)\s+)*(?:cent(?:re|er)s?(?:\s+of\s+excellence)?|laborator(?:y|ies)|labs?|hubs?|chairs?|"
    r"(?:working|research|study|expert)\s+groups?|task\s+forces?|committees?|commissions?)\s+(?:for|of|on|in))\s+",
    re.I,
)


def drop_leading(text: str, rounds: int) -> str:
    """``text`` without what DROP finds at its start, up to ``rounds`` times over ("the development of X").

    Stops at the first round that drops nothing: every later round would fail as well, and a failing DROP costs
    about as much as a hit (it tries all its alternatives)."""
    for _ in range(rounds):
        dropped = DROP.sub("", text)
        if dropped == text:
            break
        text = dropped
    return text


INNER_DROP = re.compile(
    r"\b(?:the\s+)?establishment\s+of\s+|"
    # "exchange of experience in various sectors of science" is exchange of experience in science
    r"(?<=\bin\s)(?:the\s+)?(?:various\s+|different\s+|all\s+)?(?:sectors|fields|areas|spheres)\s+of\s+",
    re.I,
)
_BAD_ITEM = re.compile(
    r"\b(?:current\s+state|prospects|issues|ways|possibilities|opportunities|(?-i:[Ii]t)|them|this|these|those|"
    r"other|they|we|he|she|its|their|his|her|my|our|future|parties|sides|countries|achievements|(?<!research\s)results|proposals|plans|matters|questions|"
    r"details|information(?!\s+(?:technolog|security|system|science))|meeting|visit|addition|also|steps?|stages?|impressions|"
    r"involvement|gifts|souvenirs|possibility|opportunity|abovementioned|above-mentioned|aforementioned|basis|level|"
    # documents are what was signed, not a field: "the adoption of the memorandum and agreement"
    r"memorand(?:um|a|ums)|agreements?|treaty|contracts?|road\s*maps?|(?:action|work)\s+plans?|declarations?|"
    r"protocols?|documents?|particular)\b|^such\b|"
    # a question, no field: "discussed what the cooperation could be", "how the exchange will work"
    r"^(?:what|how|whether|why)\b|"
    r"^(?:cooperation|collaboration|partnerships?|collaborations|relationships?|relations|ties|interaction|work|"
    r"development|university|universities|"
    r"activities|activity|connections|contacts|links|support|assistance|help|attention|initiatives|projects|events|"
    r"measures|state|experience|years?|months?|period|requirements|rules|conditions|procedures|regions?|city|cities|"
    r"world|republic|capital|territory|country|programmes?|programs?|courses?|curricul(?:um|a)|subjects|topics|"
    # a quantity of fields, the fields named after it: "in several fields, including X"
    r"several|various|many|numerous|multiple|diverse|different|a\s+number|a\s+(?:wide\s+)?(?:range|variety)|strateg(?:y|ies)|"
    # a party, not a field: "the priorities of the government"
    r"government|ministry|embassy|authorities|"
    # places of a visit, words that name fields without naming one: "explored the campus", "a range of disciplines"
    r"campus|library|libraries|branch|branches|project|careers?|disciplines|fields|areas|spheres|specialties|"
    r"specialities|majors|directions|sectors|"
    r"matters|things|titles|dialogue|structure|infrastructure|facilities|laboratories|dormitories|buildings|premises|"
    r"field|area|sphere|domain|direction|sector|event|ceremony|occasion|celebration|friendship|"
    # taking part, in no field: "opportunities for engagement with European universities"
    r"engagement|participation|communication|part|place|parts)$|"
    # plans of no field: "the planned projects", "upcoming events"
    r"^(?:planned|upcoming|ongoing|current|possible|further|various|other|future)\s+(?:projects|plans|activities|initiatives|"
    r"events|steps|tasks)$|\branging$|"
    # standing and praise, no field: "international reputation", "global visibility", "excellence"
    r"^(?:(?:international|global|academic|institutional|its|their)\s+)?(?:reputation|visibility|image|prestige|"
    r"standing|excellence|creativity|profile)$|^(?:[\w\-]+\s+)?(?:costs|expenses)$|"
    r"^(?:international|foreign|external|global|existing|new)\s+(?:partnerships|partners|links|contacts)$|"
    # a span of time, no field: "the memorandum covers the period 2025-2030", "the results of the past year"
    r"^period\b|^(?:past|last|previous|current|coming|next)\s+(?:years?|months?|decades?|semesters?)$|"
    # its partners, no field: "expanding its network of partners"
    r"^networks?\s+of\s+(?:partners?|partner\s+universities|universities|institutions|contacts)$|"
    # the parties themselves: "the two universities", "both institutions", "partner universities"
    r"^(?:(?:two|three|four|both|several|many|all|these|those|partner|participating|member|local|foreign|leading|"
    r"top)\s+)+(?:universities|institutions|countries|sides|parties|schools|colleges|institutes|academies|states|"
    r"nations|organi[sz]ations|companies|partners)$|"
    # an aim, not a field: "the country's vision of a knowledge-based economy"
    r"^(?:vision|mission|ambition|aspiration)s?\s+(?:of|to|for)\b|"
    r"^(?:city|region|republic|country|province|state|capital)\s+of\s+(?-i:[A-Z])|"
    # where people study, not what: "studying in the Baltic states", "study abroad"
    r"^(?:studying|study|learning|working|living|staying)\s+(?:in|at|abroad)\b|"
    # a manner of contact, no field: "people to people and university to university contacts", "relations of
    # brotherhood and friendship"
    r"^(?:people|university|institution|government|business)[\s\-]+to[\s\-]+(?:people|university|institution|"
    r"government|business)(?:(?:\s+and\s+[\w\-]+[\s\-]+to[\s\-]+[\w\-]+)?\s+(?:contacts|ties|links|relations))?$|"
    r"^(?:relations|ties|bonds)\s+of\s+(?:brotherhood|friendship|fraternity|good[\s\-]neighbou?rliness)\b|"
    # the parts of a body, of no field: "its faculties and specialties"
    r"^(?:faculties|departments|specialties|specialities|institutes|campuses|divisions|chairs)"
    r"(?:,?\s+(?:and\s+)?(?:faculties|departments|specialties|specialities|institutes|campuses|divisions|chairs))*$|"
    # "all areas of mutual interest": interest shared, in no field named
    r"\bof\s+(?:mutual|common|shared)\s+interests?$|"
    # a thing of a named body, not a field: "the structure of the institution", "the history of the university"
    r"^(?:structure|history|work|activities|activity|achievements|development|life|role|status|position|strateg(?:y|ies)|"
    r"plans?|tasks|mandate|mission|efforts|priorities|agenda|goals|objectives)\s+of\s+the\b|"
    # people's taking part, stay or number, in no field: "the participation of Nigerian students"
    r"^(?:participation|involvement|presence|situation|stay|arrival|number|attraction)\s+of\b|"
    r"^(?:systematic|joint|common|fruitful|active|close|hard|successful|good|great|effective|productive|"
    r"coordinated)\s+work$|"
    # activities and contacts of no field: "international activities", "regular contacts", "direct contacts"
    r"^(?:international|external|joint|current|main|daily|various|common|further)\s+activit(?:y|ies)$|"
    r"^(?:regular|direct|close|closer|personal|constant|permanent|frequent|further)\s+(?:contacts|dialogue|"
    r"consultations|meetings|communication|links)$|\bagenda\b|^(?:[\w\-]+\s+)?(?:years|months|weeks|days|decades|times|period)$|^(?:mutual|common|shared)\s+(?:interest|concern)s?$|^issue$|"
    # a body or a paper of the talks, no field: "a joint commission", "the talks", "a report"
    r"^(?:(?:joint|intergovernmental|bilateral|working|new)\s+)?(?:commissions?|committees?|councils?|boards?|"
    r"groups?|talks|reports?|negotiations|consultations)$|"
    # the state or the sides of a thing, no field: "the current situation", "practical aspects of the partnership"
    r"^(?:(?:current|present|general|overall|political)\s+)?situation$|^(?:(?:practical|various|different|all|certain|some|"
    r"key|main|specific|other|organi[sz]ational|procedural)\s+)?aspects?\s+of\b|^(?:\w+\s+)?(?:areas|fields|spheres|directions|topics|priorities)$",
    re.I,
)


#: "water and energy issues": the word that says the rest names the matter.
_ISSUES_AFTER = re.compile(r"(?<=\w)\s+(?:issues|matters|problems|questions)$", re.I)
#: "research field", "educational sphere": the word that says the rest is a field.
FIELD_WORD_AFTER = re.compile(r"(?<=\w)\s+(?:field|sphere|area|domain|direction)$", re.I)
#: The plural head of adjectives: "the trade, economic, cultural and humanitarian spheres".
_SPHERES_AFTER = re.compile(
    r"\s+(?:fields|spheres|areas|domains|sectors|industries|directions|spheres\s+of\s+activity)$", re.I
)
#: What the parties did at the meeting, not a field: "exchanged memorable gifts", "signed a memorandum".
_DONE_AT_A_MEETING = re.compile(
    r"(?:exchanged|signed|visited|handed|presented|awarded|received|expressed|thanked|toured|planted|took)\s",
    re.I,
)
#: A link qualified by manner, not by field: "active cooperation", "promising areas of cooperation".
_MANNER_OF_LINK = re.compile(
    r"(?:(?:active|close|closer|fruitful|effective|successful|mutually\s+beneficial|long-term|promising|"
    r"productive|comprehensive|constructive|further|continued|deeper|broader|existing|current|present|strong|stronger|good|excellent|friendly|long-standing|longstanding|traditional|strategic|new|ongoing|fraternal|brotherly|historic|historical)\s+)+"
    r"(?:areas?\s+of\s+|directions?\s+of\s+)?(?:cooperation|collaboration|partnership|interaction|relations|ties)$"
    r"|(?:\w+\s+)?(?:areas?|directions?|spheres?|forms?)\s+of\s+(?:cooperation|collaboration|interaction)$",
    re.I,
)
#: Praise of the people a field trains: "training of (highly) qualified specialists" is training of specialists.
_PEOPLE_PRAISE = re.compile(
    r"\b(?:highly\s+)?(?:qualified|competent|skilled|talented|gifted)\s+|"
    # "training high-quality human resources", "world-class engineers"
    r"\b(?:high-quality|high-level|world-class)\s+(?=(?:human\s+resources|personnel|specialists|professionals|staff|"
    r"engineers|teachers|doctors|graduates|experts|cadres)\b)",
    re.I,
)
#: Fields of study written as acronyms.
FIELD_ACRONYMS = frozenset({"IT", "ICT", "AI", "STEM", "R&D"})


@lru_cache(maxsize=16384)
def clean_item(item: str) -> str | None:
    """An item as a topic: no determiners, process nouns or praise; None when it names nothing.

    >>> clean_item("to launch the training of highly qualified specialists")
    'training of specialists'
    """
    stop = ITEM_STOP.search(item)
    # "Japanese culture and announced that": the "and" before the stop's verb joins clauses, not fields
    item = re.sub(r"(?:\s+and|\s+or|,)\s*$", "", item[: stop.start()] if stop else item)
    item = re.sub(
        r"\s+(?:together|jointly|as\s+well|further|again|also|too|soon|later|in\s+(?:cooperation|collaboration|partnership))$",
        "",
        item.strip(" ,-"),
    )
    item = _EXCHANGE_VERB.sub("exchange of ", item)  # "to exchange lecturers": an exchange of lecturers
    item = drop_leading(item, 4)
    item = _PEOPLE_PRAISE.sub("", PRAISE.sub("", INNER_DROP.sub("", item))).strip(" ,-")
    if len(item.split()) <= 3 or adjective_fields(FIELD_WORD_AFTER.sub("", item)) is not None:
        item = FIELD_WORD_AFTER.sub("", item)  # "the research field" is research
    # "water and energy issues" are water and energy
    item = _ISSUES_AFTER.sub("", item) if _ISSUES_AFTER.search(item) and field_noun(item.split()[0]) else item
    heads = _SPHERES_AFTER.search(item)
    if heads and (item[: heads.start()].endswith(ADJECTIVE_ENDS) or field_noun(item[: heads.start()])):
        # "cultural and humanitarian spheres" are cultural and humanitarian; "the healthcare sectors" healthcare
        item = item[: heads.start()]
    if item in FIELD_ACRONYMS:
        return item  # "cooperation in agriculture, medicine and IT" ("IT" is no pronoun here)
    words = item.split()
    if (
        not words
        or _BAD_ITEM.search(item)
        or _DONE_AT_A_MEETING.match(item)
        or _MANNER_OF_LINK.match(item)
        or not item[:1].isalpha()
        or (len(words) == 1 and item.endswith("ly"))
        or words[-1].lower() in _LOOSE_ENDS
        or only_people(item)
        or any(map(_a_nations_people, words))  # "to receive more Ghanaians"
        or _PEOPLE_IN.match(item) is not None
        or link_of_manner(item)
        or _VERB_ONLY.fullmatch(item) is not None  # "to encourage and promote X": "encourage" names nothing
        or item.lower().startswith(("branch of ", "branches of "))  # a branch campus (gazetteer.branch_spans)
    ):
        return None
    if item[:1].islower() or (words[0] in FIELD_ACRONYMS and all(w.islower() for w in words[1:])):
        # "AI research", "ICT skills": a field's acronym before lower-case words reads as a plain phrase
        return item if len(words) <= _most_words(item) else None
    if national_field(words):
        return item
    if _PEOPLE_ANYWHERE.search(item):
        return None  # "Japanese students studying in Riga"
    # a title ("State of the Nation Address") may be longer than a plain phrase
    return item if len(words) <= 6 and proper_topic(item) else None


#: "to exchange lecturers", "exchanging experience": the verb's object is what is exchanged.
_EXCHANGE_VERB = re.compile(
    r"^(?:to\s+)?exchang(?:e|ing)\s+(?!of\b)(?=(?:[a-z\-]+\s+)?(?:students|teachers|lecturers|researchers|"
    r"scientists|scholars|professors|staff|faculty|specialists|experts|experience|expertise|knowledge|"
    r"best\s+practices)\b)",
    re.I,
)
#: Words a phrase does not end in: "the introduction of", "cooperation with".
_LOOSE_ENDS = frozenset(
    ["of", "for", "to", "in", "on", "with", "the", "a", "an", "and", "or", "by", "at", "as"]
)


def _a_nations_people(word: str) -> bool:
    """True for "Ghanaians", "Kazakhs", "Filipinos": the people of a nation, named by their demonym's plural."""
    return word[:1].isupper() and word.endswith("s") and nationality_word(word[:-1])


def _most_words(item: str) -> int:
    """How long a plain phrase may be: longer when it joins parts ("mobility of undergraduates and doctoral students"),
    longer still when it lists the people exchanged ("exchange of faculty members, students and administrative staff")."""
    head, of, people = item.partition(" of ")
    if of and len(head.split()) <= 2 and "," in people and only_people(people):
        return 9
    return 6 if " of " in item or " and " in item else 5


def national_field(words: list[str]) -> bool:
    """ "Korean studies", "Kazakh language and culture": a nation's word before lower-case words naming a field.

    Not people or parties ("Japanese students", "the Latvian side") nor institutions ("Kazakh universities").
    """
    if len(words) > 2 and words[0] in _COMPASS and nationality_word(words[1]):
        words = words[1:]  # "Latin American studies", "Central Asian history"
    if len(words) > 3 and words[1] == "and" and nationality_word(words[0]):
        words = words[2:]  # "Belarusian and Turkmen languages": two nations' words, one head
    rest = " ".join(words[1:])
    return (
        1 < len(words) <= 5
        and nationality_word(words[0])
        and all(w.islower() for w in words[1:])
        and PEOPLE.search(rest) is None
        and _PEOPLE_ANYWHERE.search(rest) is None
        and _INSTITUTIONS.search(rest) is None
    )


#: Words before a region's adjective: "Latin American", "Central Asian", "South Korean".
_COMPASS = frozenset(
    ["Latin", "Central", "South", "North", "East", "West", "Southeast", "Middle", "Northern", "Southern"]
)

_INSTITUTIONS = re.compile(
    r"\b(?:universit(?:y|ies)|colleges?|institutes?|institutions?|schools?|organi[sz]ations?|partners?|"
    r"academ(?:y|ies)|ministr(?:y|ies)|embass(?:y|ies)|government|authorities|cit(?:y|ies)|regions?|companies|company|"
    r"side|peoples|nations)\b"
)


#: "undergraduates in joint projects", "students from Japan": people, then where they are.
_PEOPLE_IN = re.compile(
    r"^(?:[\w\-]+\s+)?"
    + PEOPLE.pattern.removeprefix(r"\b").removesuffix("$")
    + r"\s+(?:in|of|from|at|to|for)\b",
    re.I,
)
_PEOPLE_ANYWHERE = re.compile(PEOPLE.pattern.removesuffix("$") + r"\b", re.I)


def proper_topic(item: str) -> bool:
    """A capitalised item is a topic when it names a thing, not a place or body: "State of the Nation Address"."""
    words = item.split()
    return (
        len(words) >= 3
        # "Science and Engineering" joins names (of faculties) by "and" only: a title has words of its own in lower case
        and any(w.islower() and w not in ("and", "or", "&") for w in words)
        and words[-1][:1].isupper()
        and not any(w in ORG_HEADS for w in words)
        and not all(find_countries(w) for w in words if w[:1].isupper())  # "China and Japan" are places
    )
