"""Partnerships in wordings of university, embassy and agency releases (session 11): sentences written
for these tests. Each positive case names two organisations that the rules must tie (the tie told in
one sentence or over two); each negative case names a pair that only meets, visits, witnesses or is
one institution with its own faculty."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_pairs, sorted_pair

_pairs = partial(partnership_pairs, published="2025-11-20")


_SK = ("Samarkand State University", "Kazan Federal University")


TIED = [
    # 1. "the two universities" in the sentence that names both (a meeting story)
    (
        "The rector of Tashkent State Technical University, Bakhrom Rakhimov, received the president of "
        "Chungnam National University, Lee Jin-ho, and discussed expanding cooperation between the two "
        "universities.",
        "Tashkent State Technical University",
        "Chungnam National University",
    ),
    (
        "At the meeting with the delegation of Ain Shams University, the leadership of Ankara University "
        "discussed joint research between the two universities.",
        "Ain Shams University",
        "Ankara University",
    ),
    (
        "Makerere University welcomed a delegation from Ghent University to review the academic exchanges "
        "between the two institutions.",
        "Makerere University",
        "Ghent University",
    ),
    # 2. "the two universities" / "both universities" in the sentence after the one that names them
    (
        "Kyrgyz National University hosted a delegation from Lanzhou University on Tuesday. The two "
        "universities signed a memorandum on academic mobility.",
        "Kyrgyz National University",
        "Lanzhou University",
    ),
    (
        "A delegation of the University of Nairobi visited Zhejiang University last week. Both universities "
        "have cooperated in agricultural research since 2016.",
        "University of Nairobi",
        "Zhejiang University",
    ),
    (
        "The president of Qatar University met the rector of the University of Warsaw in Doha. The two "
        "institutions have exchanged students since 2019.",
        "Qatar University",
        "University of Warsaw",
    ),
    # 3. "A and B have cooperated since ..." / "A has cooperated with B for a decade"
    (
        "Bukhara State University and Kazan Federal University have cooperated since 2015 in chemistry and "
        "history.",
        "Bukhara State University",
        "Kazan Federal University",
    ),
    (
        "Cairo University has cooperated with the University of Padua for more than a decade.",
        "Cairo University",
        "University of Padua",
    ),
    (
        "Since 2012 the University of Ghana and Leiden University have been cooperating in public health.",
        "University of Ghana",
        "Leiden University",
    ),
    # 4. renewals and extensions
    (
        "Kenyatta University renewed its memorandum of understanding with Hiroshima University for another "
        "five years.",
        "Kenyatta University",
        "Hiroshima University",
    ),
    (
        "The agreement between Nazarbayev University and Duke University was extended until 2030.",
        "Nazarbayev University",
        "Duke University",
    ),
    (
        "Sultan Qaboos University and the University of Exeter extended their exchange agreement on Sunday.",
        "Sultan Qaboos University",
        "University of Exeter",
    ),
    (
        "The memorandum between Mongolian State University and Hokkaido University has been renewed for "
        "three more years.",
        "Mongolian State University",
        "Hokkaido University",
    ),
    # 5. a passive signing by the heads of both
    (
        "The memorandum was signed by the rectors of Samarkand State University and Tomsk State University.",
        "Samarkand State University",
        "Tomsk State University",
    ),
    (
        "An agreement on joint doctoral supervision was signed by the heads of Addis Ababa University and "
        "Uppsala University.",
        "Addis Ababa University",
        "Uppsala University",
    ),
    (
        "The document was signed by the vice-chancellors of the University of Lagos and the University of "
        "Leeds.",
        "University of Lagos",
        "University of Leeds",
    ),
    # 6. headlines
    (
        "Jordan University of Science and Technology inks MoU with Sapienza University of Rome",
        "Jordan University of Science and Technology",
        "Sapienza University of Rome",
    ),
    (
        "Moi University partners with Maastricht University on health research",
        "Moi University",
        "Maastricht University",
    ),
    (
        "MoU signed between Khazar University and the University of Genoa",
        "Khazar University",
        "University of Genoa",
    ),
    (
        "Tribhuvan University, Kathmandu University to launch joint master's programme",
        "Tribhuvan University",
        "Kathmandu University",
    ),
    # 7. "A-B agreement": two names joined by a dash before the noun of the tie
    (
        "The Nazarbayev University–Duke University partnership began in 2017.",
        "Nazarbayev University",
        "Duke University",
    ),
    (
        "Under the Stellenbosch University–KU Leuven agreement, ten students travel each year.",
        "Stellenbosch University",
        "KU Leuven",
    ),
    # 8. "A's partner B"
    (
        "Kyoto University's partner Chulalongkorn University hosted the summer school.",
        "Kyoto University",
        "Chulalongkorn University",
    ),
    (
        "Students of Ankara University spent a semester at its partner, the University of Vienna.",
        "Ankara University",
        "University of Vienna",
    ),
    (
        "The University of Jordan welcomed a delegation from its long-standing partner, Hacettepe University.",
        "University of Jordan",
        "Hacettepe University",
    ),
    # 9. acronyms used after the full name
    (
        "Nazarbayev University (NU) and the Korea Advanced Institute of Science and Technology (KAIST) met in "
        "Astana. NU and KAIST signed a memorandum on joint research.",
        "Nazarbayev University",
        "Korea Advanced Institute of Science and Technology",
    ),
    (
        "Al-Farabi Kazakh National University (KazNU) hosted the delegation of Tsinghua University. KazNU "
        "has cooperated with Tsinghua University since 2014.",
        "Al-Farabi Kazakh National University",
        "Tsinghua University",
    ),
    # 10. a signing with several partners in a list
    (
        "Tashkent State University of Economics signed agreements with three universities: Ghent University, "
        "Lund University and the University of Bergen.",
        "Tashkent State University of Economics",
        "Lund University",
    ),
    (
        "Tashkent State University of Economics signed agreements with three universities: Ghent University, "
        "Lund University and the University of Bergen.",
        "Tashkent State University of Economics",
        "University of Bergen",
    ),
    (
        "Hanoi University of Science and Technology signed memoranda with Osaka University (Japan), Yonsei "
        "University (Korea) and Chiang Mai University (Thailand).",
        "Hanoi University of Science and Technology",
        "Chiang Mai University",
    ),
    (
        "During the forum, Kazakh National Agrarian University concluded agreements with four foreign "
        "partners – Wageningen University, Ghent University, Kyoto University and Cornell University.",
        "Kazakh National Agrarian University",
        "Kyoto University",
    ),
    # 11. a joint or double degree with a partner
    (
        "Mohammed V University offers a double degree with the University of Bordeaux.",
        "Mohammed V University",
        "University of Bordeaux",
    ),
    (
        "Strathmore University runs a joint MBA with IE University.",
        "Strathmore University",
        "IE University",
    ),
    (
        "The University of Tehran offers joint degrees with Sapienza University of Rome.",
        "University of Tehran",
        "Sapienza University of Rome",
    ),
    (
        "Graduates receive diplomas from both Westminster International University and the University of "
        "Westminster.",
        "Westminster International University",
        "University of Westminster",
    ),
    # 12. a joint laboratory, centre or institute
    (
        "Kazan Federal University and Tianjin University opened a joint laboratory of petroleum chemistry.",
        "Kazan Federal University",
        "Tianjin University",
    ),
    (
        "Cairo University opened a joint research centre with Peking University on Sunday.",
        "Cairo University",
        "Peking University",
    ),
    (
        "The joint laboratory of Eurasian National University and Lanzhou University was inaugurated in "
        "Astana.",
        "Eurasian National University",
        "Lanzhou University",
    ),
    (
        "Addis Ababa University has set up a joint institute with Shandong University.",
        "Addis Ababa University",
        "Shandong University",
    ),
    # 13. an exchange of students
    (
        "Every year Ankara University sends twenty students to the University of Granada under an exchange "
        "agreement.",
        "Ankara University",
        "University of Granada",
    ),
    (
        "Islamic University of Gaza and the University of Malaya exchange students and lecturers every "
        "semester.",
        "Islamic University of Gaza",
        "University of Malaya",
    ),
    (
        "Seoul National University has a student exchange programme with the University of Cape Town.",
        "Seoul National University",
        "University of Cape Town",
    ),
    # 14. a counterpart
    (
        "The rector of Tajik National University and his counterpart from Belarusian State University signed "
        "a memorandum of cooperation.",
        "Tajik National University",
        "Belarusian State University",
    ),
    (
        "Kenyatta University signed a memorandum with its Turkish counterpart, Ankara University.",
        "Kenyatta University",
        "Ankara University",
    ),
    (
        "The president of Ateneo de Manila University signed an agreement with her counterpart at Sophia "
        "University.",
        "Ateneo de Manila University",
        "Sophia University",
    ),
    # 15. the partner named in the next sentence
    (
        "Makerere University signed a new exchange agreement on Monday. The partner university, Ghent "
        "University, will host ten Ugandan students.",
        "Makerere University",
        "Ghent University",
    ),
    (
        "Kazakh-British Technical University has launched a double degree programme. Its partner is the "
        "University of Aberdeen.",
        "Kazakh-British Technical University",
        "University of Aberdeen",
    ),
    # 16. a participle or gerund fronted before the actor
    (
        "After signing a memorandum with Kyushu University, the University of Dhaka launched a joint course.",
        "Kyushu University",
        "University of Dhaka",
    ),
    (
        "Having signed an agreement with Tohoku University in 2019, Mandalay University now sends students "
        "to Sendai.",
        "Tohoku University",
        "Mandalay University",
    ),
    (
        "Following the signing of an MoU with Korea University, Kabul University will open a Korean "
        "language centre.",
        "Korea University",
        "Kabul University",
    ),
    # 17. the tie in a relative clause
    (
        "The agreement, which Ankara University signed with Kyoto University in 2021, covers joint research.",
        "Ankara University",
        "Kyoto University",
    ),
    (
        "Mongolian University of Science and Technology and Kumoh National Institute of Technology, which "
        "signed a memorandum in 2020, will launch a joint programme.",
        "Mongolian University of Science and Technology",
        "Kumoh National Institute of Technology",
    ),
    (
        "The memorandum that Obafemi Awolowo University concluded with the University of Ibadan provides "
        "for staff exchanges.",
        "Obafemi Awolowo University",
        "University of Ibadan",
    ),
    # 18. "A agreed with B to / on ..."
    (
        "Osh State University agreed with Ankara University to launch a joint master's programme.",
        "Osh State University",
        "Ankara University",
    ),
    (
        "Al Akhawayn University has agreed with the University of Granada on student exchanges.",
        "Al Akhawayn University",
        "University of Granada",
    ),
    (
        "Last week Ural Federal University reached an agreement with Khujand State University on a summer "
        "school.",
        "Ural Federal University",
        "Khujand State University",
    ),
    # 19. a possessive tie with its partner
    (
        "Sejong University's cooperation with Tashkent State University of Law dates back to 2011.",
        "Sejong University",
        "Tashkent State University of Law",
    ),
    (
        "Kazan Federal University's exchange programme with Anadolu University admits ten students a year.",
        "Kazan Federal University",
        "Anadolu University",
    ),
    # 20. joined forces / hands, teamed up
    (
        "Strathmore University has joined hands with Jomo Kenyatta University of Agriculture and Technology "
        "to train data scientists.",
        "Strathmore University",
        "Jomo Kenyatta University of Agriculture and Technology",
    ),
    (
        "The University of Botswana and the University of Namibia teamed up to run a summer school.",
        "University of Botswana",
        "University of Namibia",
    ),
    # 21. people of the two named by their institutions work together
    (
        "Scientists from Tashkent State Agrarian University and Wageningen University will conduct joint "
        "research on water management.",
        "Tashkent State Agrarian University",
        "Wageningen University",
    ),
    (
        "Researchers of the University of Tunis and the University of Bologna are jointly developing a "
        "solar drying method.",
        "University of Tunis",
        "University of Bologna",
    ),
    # 22. a country's possessive before each name (news agency style)
    (
        "Kazakhstan's Karaganda Technical University and China's Harbin Institute of Technology signed a "
        "memorandum on training engineers.",
        "Karaganda Technical University",
        "Harbin Institute of Technology",
    ),
    (
        "Uzbekistan's Samarkand State University and Turkey's Erciyes University will open a joint faculty.",
        "Samarkand State University",
        "Erciyes University",
    ),
    # 23. an embassy or a ministry that signs
    (
        "The Embassy of Japan in Uzbekistan and the University of World Economy and Diplomacy signed a "
        "memorandum on a Japanese studies centre.",
        "Embassy of Japan in Uzbekistan",
        "University of World Economy and Diplomacy",
    ),
    (
        "The Ministry of Higher Education of Egypt signed an agreement with Seoul National University on "
        "scholarships.",
        "Ministry of Higher Education of Egypt",
        "Seoul National University",
    ),
    # 24. the tie named as a link, "linked by"
    (
        "Khazar University and the University of Latvia are linked by an exchange agreement.",
        "Khazar University",
        "University of Latvia",
    ),
    (
        "Ghent University is linked to Kenyatta University by a long-standing research partnership.",
        "Ghent University",
        "Kenyatta University",
    ),
    # 25. Russian-agency wording: roadmap, joint faculty, "within the framework"
    (
        "A roadmap for cooperation between Namangan State University and Kursk State University for "
        "2024-2026 was adopted.",
        "Namangan State University",
        "Kursk State University",
    ),
    (
        "Within the framework of the memorandum between Andijan State University and Belgorod State "
        "University, ten teachers completed internships.",
        "Andijan State University",
        "Belgorod State University",
    ),
    (
        "An agreement on the establishment of a joint faculty of Tashkent State Pedagogical University and "
        "Herzen University was signed.",
        "Tashkent State Pedagogical University",
        "Herzen University",
    ),
]


TIED += [
    # 26. a tie to come told by its noun: "an agreement with B will be / is expected to be signed"
    (
        "An agreement with the University of Khartoum is expected to be signed by Ain Shams University next "
        "month.",
        "Ain Shams University",
        "University of Khartoum",
    ),
    (
        "The rector said that a memorandum with the University of Ghana would be signed in spring, the "
        "University of Ibadan reported.",
        "University of Ibadan",
        "University of Ghana",
    ),
    (
        "A double degree agreement with Hanyang University will be signed by Tashkent State Transport "
        "University in May.",
        "Tashkent State Transport University",
        "Hanyang University",
    ),
    # 27. "A counts B among its partners"
    (
        "Makerere University counts Karolinska Institutet among its oldest partners.",
        "Makerere University",
        "Karolinska Institutet",
    ),
    (
        "The University of Jordan counts Hacettepe University and Ege University among its partners.",
        "University of Jordan",
        "Ege University",
    ),
    # 28. a centre or programme the two open or run: "A and B opened a centre", "opened jointly with B",
    # "a network programme with B", "the network programme of A and B", "established with B"
    (
        "The Uzbek State University of World Languages and Busan University of Foreign Studies opened a Korean "
        "language centre.",
        "Uzbek State University of World Languages",
        "Busan University of Foreign Studies",
    ),
    (
        "The Korean language centre of the Uzbek State University of World Languages was opened jointly with "
        "Busan University of Foreign Studies.",
        "Uzbek State University of World Languages",
        "Busan University of Foreign Studies",
    ),
    (
        "Ural Federal University trains engineers for Tajikistan. It has a network master's programme with "
        "Tajik Technical University.",
        "Ural Federal University",
        "Tajik Technical University",
    ),
    (
        "The network programme of Ural Federal University and Tajik Technical University admitted 25 students.",
        "Ural Federal University",
        "Tajik Technical University",
    ),
    (
        "The Confucius Institute at the University of Dar es Salaam, established with Zhejiang Normal "
        "University in 2013, teaches Chinese.",
        "University of Dar es Salaam",
        "Zhejiang Normal University",
    ),
    # 29. what the two sides of a meeting told just before discussed or agreed, with no "cooperation"
    (
        "Kyrgyz State Technical University hosted a delegation of Ostim Technical University. The rectors "
        "discussed dual diplomas and the exchange of teachers.",
        "Kyrgyz State Technical University",
        "Ostim Technical University",
    ),
    (
        "Kyrgyz State Technical University hosted a delegation of Ostim Technical University. Issues of "
        "academic mobility and joint research were discussed.",
        "Kyrgyz State Technical University",
        "Ostim Technical University",
    ),
    (
        "A delegation of Ostim Technical University visited Kyrgyz State Technical University. The guests "
        "proposed launching a double degree programme in mechatronics.",
        "Kyrgyz State Technical University",
        "Ostim Technical University",
    ),
    (
        "The rector of Nakhchivan State University met the rector of the University of Tabriz. They agreed to "
        "open a joint research laboratory.",
        "Nakhchivan State University",
        "University of Tabriz",
    ),
    (
        "The rector of Nakhchivan State University met the rector of the University of Tabriz. It was agreed "
        "to open a joint research laboratory.",
        "Nakhchivan State University",
        "University of Tabriz",
    ),
    (
        "Tashkent University of Information Technologies held talks with a delegation of Korea Aerospace "
        "University. The sides discussed opening a joint centre for drone engineering.",
        "Tashkent University of Information Technologies",
        "Korea Aerospace University",
    ),
    # 30. a fronted phrase with a list, the main clause's subject after it
    (
        "After signing agreements with Kyoto University, Osaka University and Tohoku University, Ankara "
        "University opened a Japanese centre.",
        "Ankara University",
        "Tohoku University",
    ),
    (
        "After signing an agreement with Kyoto University, the rector of Ankara University thanked the "
        "ambassador.",
        "Ankara University",
        "Kyoto University",
    ),
]


TIED += [
    # 31. the speaker's own institution: "we are proud to partner with B", "B is our partner," said X of A
    (
        "“We are proud to partner with the University of Khartoum,” said Professor Mahmoud Ali, President of "
        "Ain Shams University.",
        "Ain Shams University",
        "University of Khartoum",
    ),
    (
        "“We are ready to cooperate with Kyushu University in robotics,” said Dr Rahim Uddin, "
        "Vice-Chancellor of the University of Dhaka.",
        "University of Dhaka",
        "Kyushu University",
    ),
    (
        "“The University of Khartoum is our strategic partner,” said Professor Mahmoud Ali, President of Ain "
        "Shams University.",
        "Ain Shams University",
        "University of Khartoum",
    ),
    (
        "“Tohoku University has been one of our oldest partners,” noted Professor Aung Min, rector of "
        "Mandalay University.",
        "Mandalay University",
        "Tohoku University",
    ),
    # 32. agreements with many, "including with B and C"
    (
        "Ain Shams University has signed more than 100 agreements, including with the University of Khartoum "
        "and Makerere University.",
        "Ain Shams University",
        "Makerere University",
    ),
    (
        "Kazan Federal University has exchange programmes, notably with Ankara University.",
        "Kazan Federal University",
        "Ankara University",
    ),
    # 33. a visit to B where talks of a tie were held
    (
        "Rector Mahmoud Ali of Ain Shams University paid a working visit to the University of Khartoum, where "
        "he held talks on joint research.",
        "Ain Shams University",
        "University of Khartoum",
    ),
    (
        "The delegation of Osh State University visited Ankara University, where the sides discussed a double "
        "degree programme.",
        "Osh State University",
        "Ankara University",
    ),
    (
        "Kabul University paid a visit to Ankara University to discuss cooperation in agriculture.",
        "Kabul University",
        "Ankara University",
    ),
    # 34. "allied with"
    (
        "The Universidad de los Andes allied with the Universidad Nacional de Colombia to research tropical "
        "diseases.",
        "Universidad de los Andes",
        "Universidad Nacional de Colombia",
    ),
    (
        "The University of Chile has allied with the University of Buenos Aires in a programme on glaciers.",
        "University of Chile",
        "University of Buenos Aires",
    ),
    # 35. help one institution gives another
    (
        "Seoul National University will provide Mongolian National University with scholarships for ten "
        "doctoral students.",
        "Seoul National University",
        "Mongolian National University",
    ),
    (
        "Seoul National University pledged to support Mongolian National University in training medical staff.",
        "Seoul National University",
        "Mongolian National University",
    ),
    (
        "Seoul National University expressed readiness to assist Mongolian National University in developing "
        "its medical school.",
        "Seoul National University",
        "Mongolian National University",
    ),
    # 36. the anniversary of a body the two run
    (
        "The University of Kelaniya and Yunnan University marked the 10th anniversary of their Confucius "
        "Institute.",
        "University of Kelaniya",
        "Yunnan University",
    ),
    (
        "Ankara University and Kyoto University celebrated five years of their joint research centre.",
        "Ankara University",
        "Kyoto University",
    ),
]


_RECEIVED = "Rector of Samarkand State University Rustam Khalmuradov received a delegation of Kazan Federal University. "


TIED += [
    # 37. ties of the institution in view told with no subject: "partnerships with B were discussed",
    # "similar agreements are planned with B", "negotiations are under way with B"
    (
        "Moi University hosted the meeting. Partnerships with Ghent University and Lund University were also "
        "discussed.",
        "Moi University",
        "Lund University",
    ),
    (
        "Moi University renewed its agreement with Ghent University. Similar agreements are planned with Lund "
        "University and Uppsala University.",
        "Moi University",
        "Uppsala University",
    ),
    (
        "Moi University renewed its agreement with Ghent University. Negotiations are under way with Lund "
        "University.",
        "Moi University",
        "Lund University",
    ),
    (
        "Kyrgyz National University signed two memoranda last year. A third agreement is being negotiated with "
        "Lanzhou University.",
        "Kyrgyz National University",
        "Lanzhou University",
    ),
    # 38. "in conjunction / association with"
    (
        "Moi University, in conjunction with Lund University, organised a conference on malaria.",
        "Moi University",
        "Lund University",
    ),
    (
        "The summer school was run by the University of Ghana in association with Leiden University.",
        "University of Ghana",
        "Leiden University",
    ),
    # 39. a document adopted after the meeting told just before
    (_RECEIVED + "Following the talks, a roadmap for 2024-2025 was signed.", *_SK),
    (_RECEIVED + "As a result, an action plan for joint research was adopted.", *_SK),
    (_RECEIVED + "The parties reached agreements on academic mobility.", *_SK),
    # 40. the guest delegation, or the meeting itself, as the subject of the talk
    (_RECEIVED + "The delegation proposed to create a joint scientific laboratory.", *_SK),
    (_RECEIVED + "The meeting discussed issues of cooperation in chemistry.", *_SK),
    (_RECEIVED + "During the meeting, issues of cooperation in chemistry were discussed.", *_SK),
    (
        _RECEIVED
        + "The guests got acquainted with the laboratories. The sides agreed to continue cooperation.",
        *_SK,
    ),
]


_FORUM = "Kazan Federal University hosted an international forum on oil. "


_KT = ("Kazan Federal University", "Tianjin University")


TIED += [
    # 41. the officer of the institution in view signs, named or not
    (_FORUM + "Rector Lenar Safin signed a memorandum with Tianjin University.", *_KT),
    (_FORUM + "Later the rector signed a memorandum with Tianjin University.", *_KT),
    (_FORUM + "Vice-Rector Dilyara Sadykova also signed an agreement with Tianjin University.", *_KT),
    # 42. the tie's noun with a participle and no comma, or opening the sentence
    (_FORUM + "The memorandum signed with Tianjin University provides for student exchanges.", *_KT),
    (_FORUM + "Joint research with Tianjin University will focus on catalysis.", *_KT),
    (_FORUM + "A joint project with Tianjin University is expected to start in May.", *_KT),
    # 43. "its new partner is B"
    (_FORUM + "Its new partner is Tianjin University.", *_KT),
    (_FORUM + "Their newest partner is Tianjin University, which sent 12 students.", *_KT),
    # 44. "agreed with B on / to"
    (_FORUM + "The university also agreed with Tianjin University on a summer school.", *_KT),
    (
        "Osh State University has agreed with Lanzhou University to exchange lecturers.",
        "Osh State University",
        "Lanzhou University",
    ),
]


_ML = ("Moi University", "Lund University")


TIED += [
    # 45. "our two institutions", said by one of them, with the other named in the sentence
    (
        "“Our two institutions have worked together since 2005,” said Professor Isaac Kosgey, "
        "Vice-Chancellor of Moi University, welcoming the delegation from Lund University.",
        *_ML,
    ),
    (
        "Welcoming the rector of Lund University, Professor Isaac Kosgey of Moi University said that “our two "
        "universities have cooperated in public health for a decade”.",
        *_ML,
    ),
    # 46. chosen as the other's partner
    ("Moi University was selected as Lund University's partner for the project.", *_ML),
    ("Moi University has been chosen as Lund University's African partner.", *_ML),
    # 47. supervised, authored or taught by the two
    ("Ten doctoral students are co-supervised by Moi University and Lund University.", *_ML),
    (
        "Ten doctoral students are jointly supervised by professors of Moi University and Lund University.",
        *_ML,
    ),
    ("The course is co-taught by Moi University and Lund University.", *_ML),
    # 48. "A's sister university, B"
    ("Moi University's sister university, Lund University, sent a delegation.", *_ML),
    ("Moi University's sister institution, Lund University, hosted the summer school.", *_ML),
]


TIED += [
    # 49. three or more institutions opening the sentence, before the verb of a tie: each pair
    (
        "Moi University, Lund University and Makerere University signed a trilateral memorandum on malaria "
        "research.",
        *_ML,
    ),
    (
        "Moi University, Lund University and Makerere University signed a trilateral memorandum on malaria "
        "research.",
        "Moi University",
        "Makerere University",
    ),
    (
        "On Monday, Ankara University, Ege University, Hacettepe University and Kyoto University launched a "
        "joint doctoral school.",
        "Ege University",
        "Kyoto University",
    ),
    # 50. a delegation that arrived at the host to sign
    ("A delegation from Moi University arrived at Lund University to sign a memorandum.", *_ML),
    (
        "The rector of Osh State University arrived at Ankara University to sign an agreement.",
        "Osh State University",
        "Ankara University",
    ),
]


_VISITED = "The Ambassador of Hungary to Kazakhstan, Zoltan Varga, visited Karaganda University. "


_HK = ("Embassy of Hungary in Kazakhstan", "Karaganda University")


TIED += [
    # 51. one side of the meeting just told offers the other a deed of the two
    (_VISITED + "The ambassador proposed to open a Hungarian language centre at the university.", *_HK),
    (_VISITED + "The embassy will assist the university in organising internships in Hungary.", *_HK),
    (_VISITED + "During the talks, the rector offered to host a Hungarian film week.", *_HK),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_is_found(text: str, a: str, b: str) -> None:
    assert sorted_pair(a, b) in _pairs(text)


NOT_TIED = [
    # a meeting or a visit alone
    (
        "The rector of Kabul University met the president of Ankara University at a forum in Istanbul.",
        "Kabul University",
        "Ankara University",
    ),
    (
        "A delegation from the University of Nairobi visited Zhejiang University on Monday and toured its "
        "laboratories.",
        "University of Nairobi",
        "Zhejiang University",
    ),
    # a ministry that witnesses a signing, or hosts it
    (
        "Bukhara State University and Kazan Federal University signed a memorandum in the presence of the "
        "Ministry of Higher Education of Uzbekistan.",
        "Bukhara State University",
        "Ministry of Higher Education of Uzbekistan",
    ),
    (
        "Bukhara State University and Kazan Federal University signed a memorandum in the presence of the "
        "Ministry of Higher Education of Uzbekistan.",
        "Kazan Federal University",
        "Ministry of Higher Education of Uzbekistan",
    ),
    # partners of one party are not each other's partners
    (
        "Cairo University signed memoranda with Peking University and the University of Padua.",
        "Peking University",
        "University of Padua",
    ),
    (
        "Ankara University and Ege University both signed agreements with Kyoto University.",
        "Ankara University",
        "Ege University",
    ),
    # people of two institutions at one event
    (
        "Students from Khazar University and the University of Latvia attended the summer school in Riga.",
        "Khazar University",
        "University of Latvia",
    ),
    (
        "The rector of Osh State University, a graduate of Moscow State University, opened the conference.",
        "Osh State University",
        "Moscow State University",
    ),
    # ranked, compared, funded
    (
        "Nazarbayev University and Duke University were both ranked among the top universities of the year.",
        "Nazarbayev University",
        "Duke University",
    ),
    (
        "The summer school at Kyrgyz National University was funded by the Ministry of Education of Kyrgyzstan.",
        "Kyrgyz National University",
        "Ministry of Education of Kyrgyzstan",
    ),
    # the two of a meeting who are not the two told after it
    (
        "The Ambassador of Japan visited the University of Nairobi. The two countries have cooperated in "
        "education since 1963.",
        "Embassy of Japan",
        "University of Nairobi",
    ),
    # a meeting in which the universities of a country are discussed, no tie of the two named
    (
        "Kabul University hosted Ankara University's rector, who spoke about the achievements of Turkish "
        "universities.",
        "Kabul University",
        "Ankara University",
    ),
]


NOT_TIED += [
    # the partners listed in a fronted phrase are not each other's partners
    (
        "After signing agreements with Kyoto University, Osaka University and Tohoku University, Ankara "
        "University opened a Japanese centre.",
        "Kyoto University",
        "Osaka University",
    ),
    # "the rectors" / "they" with no meeting told just before: no sides to tie
    (
        "Ankara University is the oldest university of the capital. Kabul University was founded in 1931. "
        "They discussed joint research at a conference in Paris.",
        "Ankara University",
        "Kabul University",
    ),
    # two who open an event together are not said to run anything together
    (
        "Ankara University and Ege University opened the season of the national debating league.",
        "Ankara University",
        "Ege University",
    ),
    # a university named as the place of something "established with the support of" a ministry
    (
        "The Korean corner at Kabul University, established with the support of the Ministry of Education of "
        "Korea, opened on Monday.",
        "Kabul University",
        "Ministry of Education of Korea",
    ),
]


NOT_TIED += [
    # help given by a state's body, or by a grant, or by people: no tie of two institutions
    (
        "The Ministry of Education of Mongolia will provide Mongolian National University with new buildings.",
        "Ministry of Education of Mongolia",
        "Mongolian National University",
    ),
    (
        "The grant from Seoul National University will help Mongolian National University in training nurses.",
        "Seoul National University",
        "Mongolian National University",
    ),
    (
        "Students of Seoul National University will help Mongolian National University students in learning "
        "Korean.",
        "Seoul National University",
        "Mongolian National University",
    ),
    # a speaker's praise is no partnership
    (
        "“Seoul National University is our inspiration,” said Professor Bat-Erdene, rector of Mongolian "
        "National University.",
        "Seoul National University",
        "Mongolian National University",
    ),
    # a visit where nothing of a tie was talked of
    (
        "Rector Mahmoud Ali of Ain Shams University paid a visit to the University of Khartoum, where he "
        "toured the library.",
        "Ain Shams University",
        "University of Khartoum",
    ),
]


NOT_TIED += [
    # a delegation with no meeting told just before is no side of a tie
    (
        "Samarkand State University has 30 faculties. Kazan Federal University was founded in 1804. The "
        "delegation proposed to create a joint scientific laboratory.",
        *_SK,
    ),
    # a meeting far before: the talk told six sentences on is of another day
    (
        _RECEIVED
        + " ".join(f"The campus has {k} new laboratories for physics." for k in range(2, 9))
        + " Issues of cooperation in chemistry were discussed.",
        *_SK,
    ),
]


NOT_TIED += [
    # an envoy, not an officer of the institution in view, signs
    (_FORUM + "Ambassador Ivan Petrov signed a memorandum with Tianjin University.", *_KT),
    # an opinion shared, not a deal
    (_FORUM + "The university agreed with Tianjin University that oil prices will rise.", *_KT),
    # people of one institution who come to the other: mobility, told by the programmes, not a tie read here
    (_FORUM + "Its guests were from Tianjin University and other Chinese universities.", *_KT),
]


NOT_TIED += [
    # "our two institutions" with no speaker of either, or with two others named
    (
        "The rector of Lund University met Moi University students. “Our two countries have cooperated in "
        "health for a decade,” he said.",
        *_ML,
    ),
    # a student supervised by people of one institution, taught at another
    (
        "The doctoral student is supervised by professors of Moi University and works at Lund University.",
        *_ML,
    ),
]


NOT_TIED += [
    # three who each signed with a fourth are not each other's partners
    (
        "Moi University, Lund University and Makerere University signed agreements with Ghent University.",
        *_ML,
    ),
    # three named as a place list, not as subjects
    (
        "Students of Moi University, Lund University and Makerere University signed a petition.",
        *_ML,
    ),
]


NOT_TIED += [
    # a visit, thanks, or a further trip of the envoy: no deed offered
    (_VISITED + "The ambassador thanked the rector for the warm welcome.", *_HK),
    (_VISITED + "The ambassador will visit Almaty next week.", *_HK),
    # an offer told long after the meeting
    (
        _VISITED
        + " ".join(f"The campus has {k} new laboratories for physics." for k in range(2, 7))
        + " The ambassador proposed to open a Hungarian language centre at the university.",
        *_HK,
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert sorted_pair(a, b) not in _pairs(text)


def test_a_university_and_its_own_faculty_are_no_partners() -> None:
    text = (
        "The Faculty of Law of Samarkand State University and Samarkand State University signed an "
        "agreement on internships with Ghent University."
    )
    pairs = _pairs(text)
    assert all(len(set(pair)) == 2 for pair in pairs)
    assert not any("Faculty of Law" in name for pair in pairs for name in pair)
