"""Topics from lists: the items after a cue or before one, cleared of words that name nothing.

After: "cooperation in the fields of X, Y and Z", "discussed X and Y", "briefed ... about",
"main areas will be". Before: "X, Y and Z were discussed / will be implemented". An item loses
its determiners, process nouns ("the launch of") and praise ("leading") (``items``); ``lists`` splits a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgpart.extract.countries import city_country, find_countries
from kgpart.extract.doc import Doc
from kgpart.extract.sentences import Sentence
from kgpart.extract.topics.items import BARE_VERB, GERUND, ITEM_STOP
from kgpart.extract.topics.keyed import KeyedPattern
from kgpart.extract.topics.lists import list_items
from kgpart.extract.topics.words import Span, nationality_word

_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views|interaction)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:fields?|areas?|spheres?|domains?)\s+of|(?:in|to|into)\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|"
    r"exchanged\s+views\s+on|(?:share|shares|shared|sharing|exchange|exchanging)\s+(?:of\s+)?(?:their\s+)?(?:best\s+practices?|know-how)\s+(?:on|in)|(?:views|opinions|ideas)\s+(?:were|was)\s+(?:also\s+)?exchanged\s+(?:on|about|regarding)|(?:exchanged|shared)\s+(?:their\s+)?(?:ideas|opinions|experiences?|expertise|"
    r"knowledge)\s+(?:on|about|in)|(?:discussions?|talks|consultations|negotiations|dialogue)\s+(?:on|about)|"
    r"reached\s+(?:a\s+|an\s+)?(?:consensus|agreement|understanding)\s+on|"
    r"(?:consensus|agreement|understanding)\s+(?:was|were|has\s+been)\s+(?:also\s+)?reached\s+on|"
    # "an agreement was reached to hold the Days of Japanese Culture": the plan agreed
    r"(?:consensus|agreement|understanding|decision)\s+(?:was|were|has\s+been)\s+(?:also\s+)?(?:reached|made|taken)"
    r"(?=\s+to\s+[a-z]+\s)|"
    r"discuss(?:ed|ing)?(?:\s+the)?|(?:talked|spoke)\s+about|touched\s+(?:up)?on|"
    r"told(?:\s+[\w’'\-]+){0,6}?\s+about|agreed\s+(?:on|upon)|"
    # a list after a colon: "cooperation will focus on three areas: X, Y and Z"
    r"(?:areas|fields|directions|topics|priorities|spheres)(?:\s+of\s+\w+)?\s*:|"
    # "topics on the agenda: X, Y", "the priorities are clear: Z"
    r"(?:topics|priorities|agenda|themes|issues)(?:\s+[\w’'\-]+){1,4}?\s*:|"
    # what an event is given to, its theme: "the seminar is dedicated to X", "under the theme of Y"
    r"(?:devoted|dedicated)\s+to(?!\s+(?:the\s+)?memory\b)|(?:under|on)\s+the\s+(?:theme|topic|subject)(?:\s+of)?|"
    r"pave[sd]?\s+the\s+way\s+(?:for|to)|lays?\s+the\s+(?:foundation|groundwork)\s+for|"
    # what an agreement is on: "signed an agreement on student exchange", "a memorandum for cooperation in"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord|protocol)(?:\s+\([^)]{1,20}\))?\s+(?:on|for)|"
    r"(?:topics|agenda|issues)(?:\s+[\w’'\-]+){0,4}?\s+(?:included|includes|include|covered)|importance\s+of|"
    r"(?:briefed|informed)(?:\s+[\w’'\-]+){0,8}?\s+(?:about|on)|"
    r"(?:cooperation|collaboration|interaction)\s+in|initiatives\s+in|issues?\s+of|prospects\s+(?:for|of)|potential\s+of|"
    r"focus(?:ed|es|ing)?\s+(?:[a-z]+ly\s+)?on|"
    # "the focus of the partnership will be on X", "priority will be given to Y", "among the key areas are Z"
    r"focus(?:\s+of\s+[^,.;:()]{3,50}?)?\s+(?:is|was|will\s+be|would\s+be|remains|shall\s+be)\s+(?:also\s+)?on|"
    r"(?:priority|preference)\s+(?:is|was|will\s+be|would\s+be|has\s+been|shall\s+be)\s+(?:also\s+)?given\s+to|"
    r"(?:give|gives|given|giving|gave)\s+(?:top\s+|high\s+|special\s+)?priority\s+to|"
    r"among\s+(?:the\s+)?(?:[a-z]+\s+)?(?:areas|fields|topics|priorities|directions|issues|themes)(?:\s+of\s+(?:the\s+)?[a-z]+)?"
    r"\s+(?:are|were|will\s+be)|in\s+(?:such\s+)?(?:areas|fields|spheres|directions)\s+(?:as|such\s+as|including)|"
    r"(?:main|key|priority|primary|principal|focus)\s+(?:areas|directions|fields|topics)(?:\s+of\s+\w+)?"
    r"(?:\s+(?:identified|agreed|chosen|selected|set)(?:\s+(?:on\s+)?by(?:\s+[\w’'\-]+){1,4}?)?)?\s+"
    r"(?:will\s+be|are|were|include|included)|"
    # what a meeting was about: "the talks focused on X", "the discussions centred on Y"
    r"(?:meeting|talks|discussions?|conversation|negotiations|visit|session)\s+(?:also\s+)?(?:covered|concerned|"
    r"touched\s+(?:on|upon)|cent(?:red|ered)\s+(?:on|around)|revolved\s+around|dealt\s+with|addressed|explored|examined|reviewed)|"
    # "the sides also addressed X", "the parties explored Y"
    r"(?:sides|parties|interlocutors)\s+(?:also\s+)?(?:addressed|explored|examined|reviewed)|"
    r"cent(?:red|ered|res|ers|re|er)\s+on|"
    # "areas ranging from X to Y": both ends are items (the " to " is read as a comma)
    r"rang(?:e|es|ed|ing)\s+from|(?:areas|fields|topics|subjects|disciplines|sectors),?\s+from|"
    r"(?:proposals?\s+(?:were|was)\s+(?:made|put\s+forward)|agreed|intends?|intended|plans?|planned|decided|"
    r"propose|proposes|suggest|suggests|"
    r"needs?|necessity|(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord)(?:\s+\([^)]{1,20}\))?|"
    r"proposed|suggested|offered|ready|readiness|willingness|aspirations?|desire|wish|intention|keen|eager|"
    # not a forecast ("is expected to attract ...") nor a hope ("hopes to see ..."): what the parties do is said so
    r"committed|designed|intended|meant)(?=\s+to\s+(?!be\s)[a-z]+\s+[a-z])|"
    r"interested\s+in|interest\s+in|interest\s+of\s+[^,.;:()]{3,40}?\s+in|interest\s+(?:was|were)\s+(?:also\s+)?expressed\s+in|"
    r"(?:special\s+|particular\s+)?attention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given|drawn)\s+to|"
    r"paid\s+(?:special\s+|particular\s+)?attention\s+to|"
    # "collaboration between the two institutions in research and teaching": the fields after the parties
    r"(?:cooperation|collaboration|partnership|relations|ties|links|interaction)\s+between\s+[^,.;:()]{3,80}?\s+in(?:\s+the\s+(?:fields?|areas?)\s+of)?|"
    # the verbs of working together: "will collaborate on X", "agreed to work together in Y"
    # "have cooperated since 2019 in X", "have collaborated for many years on Y": the time before the field
    r"(?:cooperat|collaborat)(?:e|es|ed|ing)\s+(?:(?:closely|actively|together|further)\s+)?"
    r"(?:(?:since\s+\d{4}|for\s+(?:many|several|over\s+a|more\s+than\s+a|\d+)\s+(?:years|decades?))\s+)?(?:in|on|across)|"
    r"(?:cooperation|collaboration)\s+on|"
    # what joint efforts fight: "to join efforts to combat desertification"; capacity built in a field
    r"(?:efforts|measures|steps|cooperation|collaboration|work)\s+(?:to|in)\s+(?:combat|fight|tackle|counter)(?:ing)?|"
    r"(?:build|builds|building|built|strengthen|strengthening|enhance|enhancing)\s+(?:(?:local|national|institutional|"
    r"their|its|our)\s+)?capacit(?:y|ies)\s+(?:in|for|on)|"
    # the reach of a tie: "the collaboration will also extend to sports and arts"
    r"(?:cooperation|collaboration|partnership|agreement|memorandum|mou|programme|program|ties)(?:\s+[\w’'\-]+){0,3}?\s+"
    r"(?:extends?|extended|expands?|expanded)\s+(?:also\s+)?to|"
    # "other areas discussed were X and Y", "topics raised at the meeting included Z"
    r"(?:areas|fields|topics|issues|matters|questions|subjects|themes)\s+(?:discussed|considered|covered|raised|addressed)"
    r"(?:\s+(?:at|during)\s+the\s+(?:meeting|talks|visit))?\s+(?:were|are|included|include)|"
    # a tie across its fields: "cooperation across agriculture, health and data science"
    r"(?:cooperation|collaboration|partnerships?|ties|links|relations|exchanges?)\s+across|"
    # what a party specialises in; progress in a field: "the progress made in cancer research"
    r"speciali[sz](?:es|ed|ing|e)\s+in|progress\s+(?:(?:made|achieved|reached|registered)\s+)?(?:in|on)|"
    # "cooperation regarding X", "partner in terms of Y", "issues related to Z"
    r"(?:cooperation|collaboration|partnership|partners?|issues|matters|questions|interaction|projects?|programmes|"
    r"programs|activities|initiatives)\s+(?:regarding|"
    r"concerning|related\s+to|relating\s+to|with\s+regard\s+to|in\s+terms\s+of)|"
    # a field singled out after a tie: "collaboration between the universities, especially in robotics"
    r"(?:especially|particularly|notably|mainly|primarily|including)\s+in(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what is studied, and what an event is on: "postgraduate studies in X and Y", "a conference on Z"
    r"(?:studies|courses|programmes|programs|degrees|training|trained|specialists|experts|research|projects?|"
    r"scholarships?|fellowships?|internships?|grants|placements)\s+in|"
    r"(?:conferences?|forums?|seminars?|symposi(?:um|a)|workshops?|schools?|webinars?|lectures?|round\s+tables?|courses?|classes|"
    r"exhibitions?|olympiads?|competitions?|contests?|meetings?|sessions?|round-?tables?|panels?)\s+(?:on|about|"
    r"devoted\s+to|dedicated\s+to)|"
    r"work(?:s|ed|ing)?\s+together\s+(?:in|on)|work(?:(?<=our\swork)|(?<=their\swork)|(?<=its\swork)|(?<=his\swork)|(?<=her\swork))\s+(?:in|on)|"
    # headlines' verbs of a tie: "A and B partner on climate research", "team up on X", "join forces in Y"
    r"partner(?:s|ed|ing)?\s+(?:on|in)|team(?:s|ed|ing)?\s+up\s+(?:on|in)|join(?:s|ed|ing)?\s+forces\s+(?:on|in)|"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord|pact|deal)\s+with\s+[^,.;:()]{3,80}?\s+on|"
    r"work(?:(?<=will\swork)|(?<=to\swork)|(?<=would\swork)|(?<=shall\swork)|(?<=also\swork)|(?<=jointly\swork))\s+on|"
    # what a tie rests on and what it holds: "a good basis for the exchange of students", "dates back to 2010
    # and covers X", "books on Y"
    r"(?:basis|foundation|framework)(?<!the\sbasis)(?<!the\sfoundation)(?<!the\sframework)\s+for|covers(?:(?<=and\scovers)|(?<=which\scovers)|(?<=that\scovers)|(?<=it\scovers)|(?<=also\scovers))|"
    r"(?:books|textbooks|literature|manuals|publications)\s+on|"
    # what a curriculum stresses: "the curriculum emphasises software engineering and data analytics"
    r"(?:curricul(?:um|a)|programme|program|course|degree|training)(?:\s+[\w’'\-]+){0,3}?\s+(?:will\s+)?"
    r"(?:emphasi[sz](?:es|ed|e)|prioriti[sz](?:es|ed|e)|concentrates?\s+on|concentrated\s+on)|"
    # what an agreement of two named parties is on: "the MoU signed in 2022 between A and B on space sciences"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord)\s+(?:signed\s+)?(?:in\s+\d{4}\s+)?"
    r"between\s+[^,.;:()]{3,100}?\s+(?:on|in\s+the\s+(?:fields?|areas?)\s+of)|"
    # what a document holds: "the memorandum covers X", "the agreement provides for Y"
    r"(?:memorandum|agreement|mou|accord|document|partnership|cooperation|collaboration|programme|program|project|"
    r"course|curriculum|initiative|road\s*map|(?:action|work)\s+plan|treaty|protocol|contract|convention)"
    r"(?:\s+[\w’'\-]+){0,4}?\s+"
    r"(?:(?:will\s+)?(?:cover|provide\s+for|envisage|include|involve|encompass|stipulate|facilitate|enable|"
    r"promote|foster|support|encourage|outline|span|allow|permit)|covers|allows|permits|covered|covering|outlines|spans|sets\s+out|provides\s+for|provided\s+for|envisages|envisaged|includes|"
    r"included|involves|encompasses|stipulates|facilitates|enables|promotes|fosters|supports|encourages)|"
    r"(?:areas?|fields?|spheres?|directions?|issues|matters|questions|topics)(?:\s+[\w\-]+)?\s+(?:of|for)\s+(?:cooperation|collaboration|"
    r"(?:mutual\s+|common\s+)?interest)\s+"
    r"(?:include|includes|included|such\s+as|including|like|are|were|will\s+be)|"
    r"(?:fields?|areas?|disciplines|subjects|specialities|specialties|majors|directions|spheres)"
    r"(?:\s+of\s+(?:activity|work|research|study|studies|training|expertise|speciali[sz]ation|focus|(?:mutual\s+)?interest))?,?\s+"
    r"(?:such\s+as|like|being|include|includes|included|including|namely)|"
    # what one may enrol in ("invited the graduates to enroll in its master's programs"); people told as "enrolled in"
    # are counted in a programme or a school, which names no field of the news ("120 students are enrolled in the
    # joint programme")
    r"enroll?(?:s|ing)?\s+in|"
    # what a report or a presentation was on: "heard a report on the university's research activity"
    r"(?:report|presentation|briefing)s?\s+(?:on|about)|"
    # an aim: "the memorandum aims to foster X", "the purpose of the agreement is to develop Y"
    r"(?:aims?|aimed|purpose(?:\s+of\s+(?:the\s+|this\s+)?[\w\-]+)?\s+is|goal(?:\s+of\s+(?:the\s+|this\s+)?[\w\-]+)?\s+is|"
    r"in\s+order|seeks?|wants?)(?=\s+to\s+[a-z]+\s+[a-z])|"
    # the aim of a tie, not of a reform: "a partnership aimed at advancing science"
    r"(?:memorandum|agreement|mou|convention|partnership|cooperation|collaboration|programme|program|project|"
    r"initiative)(?:\s+[\w’'\-]+){0,3}?\s+(?:(?:is\s+|was\s+|are\s+)?aimed|aims?)\s+at|"
    r"(?:with\s+(?:an?\s+|special\s+|particular\s+)?)?emphasis\s+(?:(?:was|is|will\s+be|has\s+been)\s+)?(?:placed\s+|put\s+|laid\s+)?on|"
    r"(?:opportunities|possibilities|potential|ways)\s+(?:for|of)\s+(?:further\s+)?(?:cooperation|collaboration|"
    r"joint\s+work|partnership)\s+(?:in|on)|"
    # who works on a field: "researchers working on malaria"
    r"(?:researchers|scientists|scholars|experts|teams?|groups?|specialists|universities|institutions|institutes|"
    r"cent(?:re|er)s|partners|organi[sz]ations)\s+work(?:ing|s)?\s+on|"
    # what theses are written on: "PhD theses in applied mathematics"
    r"(?:theses|dissertations)\s+(?:in|on)|"
    r"(?:opportunities|potential|prospects|challenges)\s+in|"
    # the fields of a tie: "to strengthen ties in higher education", "close relations in trade and energy"
    r"(?:ties|relations|relationships?|links|contacts|partnerships?|exchanges)\s+in(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what students study: "Indian students mainly study medicine, engineering and management"
    r"(?:students|graduates|cadets|trainees|they|who)(?:\s+(?:in|at|from)\s+[\w\-]+(?:\s+[\w\-]+){0,2}?)?"
    r"\s+(?:[a-z]+ly\s+|will\s+|can\s+|to\s+|are\s+|were\s+)?(?:study|studied|studying|choose|"
    r"chose|pursue|pursued|major\s+in|speciali[sz]e\s+in)(?!\s+(?:the|a|an|in|at|abroad|there|here|under|for|with|"
    r"hard|well|together|online|remotely|free|full-time|part-time)\b)|"
    # the fields students prefer: "the most popular fields of study among Nigerian students are X, Y and Z"
    r"(?:popular|sought[\s\-]after|in[\s\-]demand|preferred|chosen|attractive)\s+(?:fields|subjects|specialities|"
    r"specialties|majors|programmes|programs|disciplines|courses|areas)(?:\s+of\s+study)?"
    r"(?:\s+(?:among|for|with)\s+[^,.;:]{3,40}?)?\s+(?:are|were|include|included|being)|"
    # the help given in a field: "assistance in teacher training", "help with curriculum reform"
    r"(?:fields|areas|strengths|disciplines|subjects|sectors|industries|topics|specialities|specialties|majors|"
    r"directions|spheres|technologies|sciences)(?:\s+[\w’'\-]+){0,8}?,?\s+such\s+as|"
    r"(?:partnership|cooperation|collaboration|ties|relations|links)\s+through|"
    # what is invested in, what "it" (the agreement) will support: "investing heavily in X", "It will also support Y"
    r"invest(?:s|ed|ing|ments?)?\s+(?:heavily\s+|significantly\s+)?in|"
    r"(?:it|this|which)\s+will\s+(?:also\s+)?(?:support|include|cover|facilitate|enable|promote|involve|focus\s+on)|"
    r"such\s+(?:specialties|specialities|fields|areas|subjects|disciplines|majors|spheres|directions|programmes|"
    r"programs|courses|sectors|industries|topics)\s+as|"
    # the plan of an agreement with a party: "signed an agreement with X University to launch a joint programme"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord)\s+with\s+[^.;:]{3,80}?(?=\s+to\s+[a-z]+\s+[a-z])|"
    r"(?:assistance|support|help)\s+(?:in|with)|(?:joint\s+|their\s+|our\s+)?efforts\s+(?:in|on)|contribut(?:e|es|ed|ing)\s+to|"
    # the fields of a tie with a party: "cooperation with Japanese universities in robotics"
    r"(?:cooperation|collaboration|partnerships?|ties|links|(?:cooperat|collaborat)(?:e|es|ed|ing)|work(?:s|ed|ing)?)\s+with\s+"
    r"[^,.;:()]{3,80}?\s+(?:in|on)(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what research is on: "joint research on vaccines", "studies into ageing", "research related to water"
    r"(?:research|studies|investigations)\s+(?:on|into|related\s+to)|(?:programmes?|programs?|projects?)\s+on|"
    # what a party is strong in: "the university's expertise in geosciences", "research priorities in water"
    r"(?<!years\sof\s)(?<!extensive\s)(?<!professional\s)(?<!personal\s)(?:expertise|experience|achievements|"
    r"strengths?|excellence|capabilities|advances|priorities|leader|careers?|track\s+record|know-how|competences?|"
    r"competencies|skilled|proficient|(?:well[\s\-])?versed|synerg(?:y|ies))\s+in|"
    # "not only in medicine but also in veterinary science"
    r"but\s+also\s+in|"
    # the parties' plans as verbs after "will": "the universities will develop joint curricula and exchange staff"
    # (keyed on "will": the words before it are read behind)
    r"will(?:(?<=sides\swill)|(?<=parties\swill)|(?<=partners\swill)|(?<=universities\swill)|(?<=institutions\swill)|"
    r"(?<=institutes\swill)|(?<=colleges\swill)|(?<=faculties\swill)|(?<=they\swill))"
    r"(?:\s+(?:also|jointly|together|further))*(?=\s+(?:develop|conduct|carry\s+out|implement|introduce|co-publish|"
    r"publish|train|undertake|pursue)\s)|"
    # what is taught: "students will be taught robotics and programming", "the university teaches Mandarin"
    r"taught(?:(?<=\sbe\staught)|(?<=\sare\staught)|(?<=\sis\staught)|(?<=\swere\staught)|(?<=\swas\staught)|"
    r"(?<=\sbeing\staught)|(?<=\sbeen\staught))(?!\s+(?:in|at|by|to|for|online|remotely|there|here|how|what|that|"
    r"about|as|from|under|with|through|via|during|since|until|only|entirely|mainly|mostly|both|jointly)\b)|"
    r"teach(?:es)?(?!\s+(?:at|in|the|a|an|students|them|children|pupils|there|here|for|to|with|online|abroad|how|what|"
    r"that|about|more|over|some|many|several|each|every|him|her|us|you|me|young|future|local|foreign|both|all)\b)|"
    # training of a people in a field: "training for Afghan women in midwifery", "courses for nurses in paediatrics"
    r"(?:training|courses|programmes|programs|scholarships|internships|grants)\s+for\s+(?:[\w\-]+\s+){1,3}?in"
    r"(?!\s+(?:the|their|its|our|[\w\-]+\s+(?:universities|institutions|schools|colleges|hospitals|clinics|companies|"
    r"enterprises|countries|cities|regions))\b)|"
    r"(?:new\s+)?opportunities\s+for|"
    # a joint unit's field: "a joint laboratory for materials science", "a research centre on AI"
    # (an institute after an article is mostly a name's "the Institute of": those matches would only be rejected)
    r"(?P<unit>(?:(?:joint|research|new)\s+(?:laborator(?:y|ies)|labs?|cent(?:re|er)s?(?:\s+of\s+excellence)?|institutes?|hubs?|chairs?|"
    r"(?:working|research|study|expert)\s+groups?|task\s+forces?|committees?|commissions?)|"
    # a party's own units: "the university's laboratories for food technology", "its centre for Asian studies"
    r"(?:(?:an?|the)\s+|(?<=['’]s\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s))(?:(?:regional|national|international)\s+)?(?:laborator(?:y|ies)|labs?|cent(?:re|er)s?(?:\s+of\s+excellence)?|chairs?|(?:working|research|study|expert)\s+groups?|"
    r"task\s+forces?|committees?|commissions?))\s+(?:for|of|on|in))|"
    # the field of the people who study or teach it: "students of engineering, agriculture and education"
    r"(?:students|graduates|teachers|lecturers|professors)\s+of(?=\s+[a-z])(?!\s+(?:the|its|their|our|this|that|these|"
    r"those|both|all|each|every|other|partner|foreign|local|various|different|many|several|some|our)\b))\s+"
    # "partnerships in line with the strategy", "cooperation in turn": what "in" opens here is no field
    r"(?!(?:line|accordance|connection|order|addition|particular|turn|fact|response|return|recent|past|behalf|"
    # "in general" is no field, "discussed general education" names one: "general" before a word of the field
    r"general(?!\s+(?!(?:terms|and|or|but|is|are|was|were|as|to|the|it|this|that|with|for|in|on|of|will|would|"
    r"has|have|had|we|they)\b)[a-z])|"
    r"the\s+(?:past|last|coming|next|sidelines|margins?|occasion|eve|initiative|invitation)|"
    # a date after "on": "signed a memorandum on Monday to work together on X" (the field comes later)
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b|\d)",
    re.IGNORECASE,
)
#: "X, Y and Z were discussed": the list comes before the verb.
_CUE_AFTER = re.compile(
    # one run of spaces opens every alternative, tried only before the letters they begin with; the run's first space
    # is read first and the look-behind after it (no space before the run): a pattern that opens with a character
    # class lets the engine skip to the next space, one that opens with a look-behind is tried at every position
    r"\s(?<!\s\s)\s*(?=[wchairb])(?:"
    r"(?:(?:were|was|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?(?:discussed|considered|raised|addressed|"
    r"touched\s+upon|implemented|developed|expanded|deepened|strengthened|identified\s+as|highlighted|mentioned|"
    r"reviewed|explored|examined|singled\s+out|(?:cited|named)\s+as)|"
    r"came\s+(?:up\s+)?(?:under|for|up\s+for)\s+discussion)\b|"
    # "X and Y are among the priority areas", "X was also on the agenda"
    # "X was among the topics discussed", "X is a top priority", "identified X and Y as priority areas"
    r"(?:are|is|were|was|will\s+be|remain|remains)\s+(?:also\s+)?(?:among\s+|one\s+of\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:top\s+|high\s+)?(?:priority|key|main|promising|important|priorities|strategic|on\s+the\s+agenda)\b|"
    # named as priorities: "identified X and Y as priority areas" (not "X is seen as a key element")
    r"as\s+(?:the\s+|a\s+|an\s+)?(?:top\s+|high\s+|most\s+)?(?:(?:priority|key|main|promising|important|strategic|"
    r"primary|prospective)\s+(?:areas?|fields?|directions?|sectors?|spheres?|topics?|domains?|priorities)|priorities)\b|"
    # "X became the main subject of the negotiations", "X was the focus of the talks"
    r"(?:became|becomes|was|is|were|are|remained|remains)\s+(?:also\s+)?(?:the\s+|a\s+)?(?:main\s+|key\s+|central\s+)?"
    r"(?:subject|focus|topic|theme)\s+of\b|"
    r"(?:are|is|were|was)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+(?:topics|issues|questions|subjects|themes|matters)"
    r"\s+(?:discussed|considered|raised|covered|addressed)\b)",
    re.I,
)
#: On the lower-cased text, tried only at the words whose first letters may begin one of its alternatives
#: ("coo", "dis", "the"): a third of the words, and of the alternatives a few (same matches, 2.7x faster).
#: Keys of up to 12 letters: "university" is no longer tried where "universities" begins an alternative
#: (a third fewer words tried; the scan ~20 % faster on the bench's texts and on dev).
_CUE_LOWER = KeyedPattern(_CUE.pattern, letters=12)
_CUE_AFTER_LOWER = re.compile(_CUE_AFTER.pattern)


#: "to open X, to organise Y and to translate Z": items that each start with a verb of their own.
_PARALLEL = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:to\s+[a-z]+|{GERUND})\s)|(?:,\s*(?:and\s+)?|\s+and\s+)(?={BARE_VERB}\s)",
    re.I,
)
_LEADS_PARALLEL = re.compile(rf"\s*(?:to\s+[a-z]+|{GERUND})\s", re.I)

_BETWEEN = re.compile(
    r"(?:to\s+[a-z]+\s+)?(?:the\s+)?(?:cooperation|collaboration|partnership|ties)\s+between\s+[^,.;:()]{3,80}?\s+in\s+"
    r"(?:the\s+(?:fields?|areas?|spheres?)\s+of\s+)?",
    re.I,
)

#: What a list before its cue follows: a reported clause's "that", or an opening phrase and its comma.
_THAT = re.compile(
    r"\b(?:that|whether|(?:identified|named|singled\s+out|chose|selected|defined|designated|recogni[sz]ed|listed|"
    r"declared|considers?|considered|see|sees|saw|regards?|regarded)(?:\s+also)?)\s+",
    re.I,
)
_OPENING = re.compile(
    r"(?:in|according|at|for|as|moreover|however|besides|furthermore|also|meanwhile)\b[^,]{0,40},\s*", re.I
)
#: How far a list is read after (or before) its cue.
_LIST_CHARS = 300


def cue_spans(doc: Doc) -> list[Span]:
    """The items listed after a cue, then those listed before "were discussed"."""
    text = doc.text
    lower = text.lower()
    # one scan of the whole text per cue regex, case-sensitive on the lower-cased text: 3x faster
    if len(lower) == len(text):
        return _items_after(doc, _CUE_LOWER.finditer(lower)) + _items_before(
            doc, _CUE_AFTER_LOWER.finditer(lower)
        )
    return _items_after(doc, _CUE.finditer(text)) + _items_before(doc, _CUE_AFTER.finditer(text))


def _items_after(doc: Doc, cues: Iterator[re.Match[str]]) -> list[Span]:
    """The items of the list that follows each cue, up to a stop word or the sentence's end."""
    text, out = _unquoted(doc.text), []
    for match in cues:
        n = doc.sentence_at(match.start())
        end = doc.sentences[n].end
        unit = match.groupdict().get(
            "unit"
        )  # the keyed scan's patterns hold the group only where it may match
        if match.end() > end or (unit and not text[match.start("unit") : match.end("unit")].islower()):
            continue  # "the Research Institute for Social Development": a name, not a unit's field
        # a list is read for at most _LIST_CHARS: long runs without a stop cost linear time, not quadratic
        reach = min(end, match.end() + _LIST_CHARS)
        # "to promote collaboration between A and B in X": the list begins after the parties
        between = _BETWEEN.match(text, match.end(), reach)
        first = between.end() if between else match.end()
        # "work with colleagues in Chile on copper mining": the cue's "in" opened a place; the field comes after it
        place = _PLACE_THEN.match(text, first, reach)
        if place is not None and (_place(place["place"]) or _place(place["place"].split()[-1])):
            first = place.end()
        for begin, phrase in _phrases(text, first, reach, reach < end):
            if match.group(0).rstrip().lower().endswith("from"):
                phrase = phrase.replace(" to ", ",   ", 1)  # "ranging from X to Y": two items (same length)
            if re.match(r"(?:the\s+)?[A-Z]", phrase) and (
                _DOCUMENT_TITLE.fullmatch(text, match.start(), match.end())
                or _headline(text, doc.sentences[n])
                or _titled_field_of_document(text, match)
            ):
                # "an Agreement on Cooperation in the Field of Youth Policy", "Japan, Peru Discuss Cooperation In Mining"
                phrase = _title_lowered(phrase)
            out += [(start, stop_at, item, n) for item, start, stop_at in list_items(phrase, begin)]
    return out


#: A place after a cue's "in", then the field: "in Chile on copper mining", "in Japan in robotics".
_PLACE_THEN = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})\s+(?:on|in)\s+(?=[a-z])"
)

#: A document's name in title case, whose words after "on" name its field: "Memorandum of Understanding on".
_DOCUMENT_TITLE = re.compile(
    r"(?:Agreement|Memorandum(?:\s+of\s+Understanding)?|MoU|MOU|Protocol|Accord|Treaty|Declaration|Programme|Program)"
    r"\s+(?:on|for)\s+"
)


#: A document's name in title case before "in the Field of": "Memorandum of Understanding in the Field of Education".
_DOCUMENT_BEFORE = re.compile(
    r"(?:Agreement|Memorandum(?:\s+of\s+Understanding)?|MoU|MOU|Protocol|Accord|Treaty|Programme|Program|Cooperation)\s+$"
)
_TITLED_FIELD_OF = re.compile(r"in\s+the\s+(?:Fields?|Areas?|Spheres?|Domains?)\s+of\s+")


def _titled_field_of_document(text: str, cue: re.Match[str]) -> bool:
    """True for "in the Field of" in title case after a document's name: its words after it name its field."""
    return bool(
        _TITLED_FIELD_OF.fullmatch(text, cue.start(), cue.end())
        and _DOCUMENT_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
    )


def _title_lowered(phrase: str) -> str:
    """The words of a title in lower case, but acronyms, nations' words and places ("IT", "Kazakh", "Japan")."""
    return re.sub(
        r"[A-Z][a-z][\w\-]*",
        lambda m: m.group(0) if nationality_word(m.group(0)) or _place(m.group(0)) else m.group(0).lower(),
        phrase,
    )


def _place(word: str) -> bool:
    """True for a country's or a known city's name."""
    return bool(find_countries(word)) or city_country(word) is not None


def _headline(text: str, sentence: Sentence) -> bool:
    """True for a line in title case without a closing stop: "Japan, Peru Discuss Cooperation In Mining"."""
    line = text[sentence.start : sentence.end].rstrip()
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return (
        not line.endswith((".", "!", "?"))
        and len(words) >= 3
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
    )


#: A short quoted name used as a modifier: 'the "Turkish language" discipline', 'a “Green Campus” project'.
_QUOTED_MODIFIER = re.compile(r"[\"“]([\w\- ]{2,40})[\"”](?=\s+[a-z])")


def _unquoted(text: str) -> str:
    """``text`` with the quotes around a quoted modifier made spaces (same length): the item goes on past them."""
    if '"' not in text and "“" not in text:
        return text
    return _QUOTED_MODIFIER.sub(lambda m: f" {m.group(1)} ", text)


def _phrases(text: str, begin: int, reach: int, cut: bool) -> list[tuple[int, str]]:
    """The listed phrase after a cue at ``begin``, up to a stop word; a list of plans, one per plan.

    "to open X with Y, to organise Z": a stop ends its own plan, not the next one. ``cut``: the
    list may go on past ``reach``, so its last item, perhaps cut in half, is left out.
    """
    ends = [reach]
    if _LEADS_PARALLEL.match(text, begin):
        ends = [m.start() for m in _PARALLEL.finditer(text, begin, reach)] + [reach]
    out = []
    for k, end in enumerate(ends):
        start = begin if k == 0 else _PARALLEL.match(text, ends[k - 1]).end()  # type: ignore[union-attr]
        stop = ITEM_STOP.search(text, start, end)
        phrase = text[start : stop.start() if stop else end]
        if stop is None and cut and end == reach:
            phrase = phrase[: max(phrase.rfind(","), 0)]  # no item cut in half
        out.append((start, phrase))
        if stop is not None and len(ends) == 1:
            # "discussed the agreements reached during the visit, including X, Y and Z": the list goes on
            goes_on = _NEXT_ITEM.match(text, stop.start(), reach) or _LIST_GOES_ON.search(
                text, stop.start(), reach
            )
            if goes_on is not None:
                out += _phrases(text, goes_on.end(), reach, cut)
            break
    return out


#: After a stop, a list that goes on: ", including X and Y", ", as well as Z"; or, a few words on, another item
#: of process nouns: "the opening of a centre at the university, the organisation of Olympiads".
_LIST_GOES_ON = re.compile(
    r",\s*(?:including|in\s+particular,?|such\s+as|as\s+well\s+as|notably|especially|particularly)\s+", re.I
)
_NEXT_ITEM = re.compile(
    r"[^,.;:()]{0,50}?,\s*(?:and\s+)?(?=(?:the\s+)?[a-z]+\s+of\s)|"
    # "... in Turkmen schools and the introduction of X"; not the second party of "between A and the city of B"
    r"(?!between|with|from|among)[^,.;:()]{0,50}?\s+and\s+(?=the\s+[a-z]+\s+of\s)",
    re.I,
)


def _items_before(doc: Doc, cues: Iterator[re.Match[str]]) -> list[Span]:
    """The items of the list before "were discussed", from the sentence's last clause break on."""
    text, out = doc.text, []
    done = -1
    for after in cues:
        n = doc.sentence_at(after.start())
        if n == done:
            continue
        done = n
        head_start = max(doc.sentences[n].start, after.start() - _LIST_CHARS)
        head = text[head_start : after.start()]
        whole = head_start == doc.sentences[n].start
        first = head.split()[0] if head.split() else ""
        if whole and head[:1].isupper() and head[1:2].islower() and first[1:].islower():
            head = head[:1].lower() + head[1:]  # a sentence's capital, not a name's
        # the list begins after the last clause break
        begin = max(head.rfind(";"), head.rfind(":")) + 1
        if begin == 0 and not whole:
            begin = head.find(",") + 1  # no item cut in half
        # "the minister noted that X and Y are among the key areas", "In his view, X is a priority": after the clause
        clause = _OPENING.match(head, begin) if begin == 0 else None
        begin = max([begin, clause.end() if clause else 0] + [m.end() for m in _THAT.finditer(head, begin)])
        out += [(start, end, item, n) for item, start, end in list_items(head[begin:], head_start + begin)]
    return out
