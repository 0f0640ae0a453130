"""Word lists of the genre: roles, organisation heads, words that are not names.

Everything here is general vocabulary of news about academic diplomacy; no
name of a particular person or institution belongs in this module.
"""

from __future__ import annotations

from kgpart.extract.countries import (
    US_STATES,
    city_country,
    country_names,
    country_of,
    country_regex,
    country_words,
    demonyms,
    find_countries,
    is_demonym,
    long_city_in,
)

__all__ = [
    "US_STATES",
    "city_country",
    "country_names",
    "country_of",
    "country_regex",
    "country_words",
    "demonyms",
    "find_countries",
    "is_demonym",
    "long_city_in",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Head nouns of organisation names and the type they suggest.
ORG_HEADS = {
    "University": "University",
    "Universities": "University",
    "Universität": "University",
    "Université": "University",
    "Universidad": "University",
    "Universidade": "University",
    "Università": "University",
    "Universitat": "University",
    "Universiteit": "University",
    "Universitet": "University",
    "Uniwersytet": "University",
    "Universitas": "University",
    "Universiti": "University",
    "Universitatea": "University",
    "Univerzita": "University",
    "Univerzitet": "University",
    "Politechnika": "University",
    "Hochschule": "University",
    "Politecnico": "University",
    "Tecnológico": "University",
    "Tecnologico": "University",
    "Institutet": "University",
    "Egyetem": "University",
    "Yliopisto": "University",
    "Högskolan": "University",
    "Üniversitesi": "University",
    "Universitesi": "University",
    "Universiteti": "University",
    "Enstitüsü": "ResearchInstitute",
    "Fakültesi": "Faculty",
    "École": "School",
    "Ecole": "School",
    "Escuela": "School",
    "Scuola": "School",
    "Istituto": "ResearchInstitute",
    "Instituto": "ResearchInstitute",
    "Institut": "ResearchInstitute",
    "Akademie": "ResearchInstitute",
    "Academia": "ResearchInstitute",
    "Accademia": "ResearchInstitute",
    "Akademia": "ResearchInstitute",
    "Instytut": "ResearchInstitute",
    "Facultad": "Faculty",
    "Faculté": "Faculty",
    "Faculdade": "Faculty",
    "Fakultät": "Faculty",
    "Centro": "Centre",
    "Ministerio": "Ministry",
    "Ministério": "Ministry",
    "Ministère": "Ministry",
    "Biuro": "Other",
    "Agence": "Other",
    "Agencia": "Other",
    "Agência": "Other",
    "Consejo": "Other",
    "Conselho": "Other",
    "Coordenação": "Other",
    "Fundación": "Other",
    "Fundação": "Other",
    "Fondation": "Other",
    "Fondazione": "Other",
    "College": "University",
    "Conservatory": "University",
    "Institute": "ResearchInstitute",
    "Academy": "ResearchInstitute",
    "Laboratory": "ResearchInstitute",
    "Observatory": "ResearchInstitute",
    "Embassy": "Embassy",
    "Consulate": "Embassy",
    "Consulate-General": "Embassy",
    "Mission": "Embassy",
    "Ministry": "Ministry",
    "MFA": "Ministry",
    "Ministries": "Ministry",
    "Government": "Government",
    "Parliament": "Government",
    "Assembly": "Government",
    "Senate": "Government",
    "Committee": "Government",
    "Akimat": "Government",
    "Administration": "Government",
    "Bureau": "Government",
    "Directorate": "Government",
    "Directorate-General": "Government",
    "Authority": "Government",
    "Commission": "Government",
    "Faculty": "Faculty",
    "Department": "Faculty",
    "Centre": "Centre",
    "Center": "Centre",
    "Hub": "Centre",
    "Unit": "Centre",
    "School": "School",
    "Lyceum": "School",
    "Company": "Company",
    "Corporation": "Company",
    "Motors": "Company",
    "Group": "Company",
    "Inc": "Company",
    "Ltd": "Company",
    "LLC": "Company",
    "JSC": "Company",
    "PJSC": "Company",
    "OJSC": "Company",
    "CJSC": "Company",
    "LLP": "Company",
    "PLC": "Company",
    "AG": "Company",
    "GmbH": "Company",
    "Limited": "Company",
    "Corp": "Company",
    "Bank": "Company",
    "Council": "Other",
    "Office": "Other",
    "Division": "Other",
    "Library": "Other",
    "Agency": "Other",
    "Foundation": "Other",
    "Trust": "Other",
    "Association": "Other",
    "Fund": "Other",
    "Union": "Other",
    "Organisation": "Other",
    "Organization": "Other",
    "Service": "Other",
    "Network": "Other",
    "Consortium": "Other",
    "Alliance": "Other",
    "Society": "Other",
    "Chamber": "Other",
    "Museum": "Other",
    "Museums": "Other",
    "Garden": "Other",
    "Gardens": "Other",
    "Hospital": "Other",
    "Clinic": "Other",
    "Theatre": "Other",
    "Theater": "Other",
    "Zoo": "Other",
    "Archive": "Other",
    "Archives": "Other",
    "Gallery": "Other",
    "Philharmonic": "Other",
}

#: Heads of names in other languages: the name goes on after them ("Universität München",
#: "Politecnico di Milano", "École Polytechnique").
FOREIGN_HEADS = frozenset(
    {
        "Universität",
        "Université",
        "Universidad",
        "Universidade",
        "Università",
        "Universitat",
        "Universiteit",
        "Universitet",
        "Uniwersytet",
        "Universitas",
        "Universiti",
        "Universitatea",
        "Univerzita",
        "Univerzitet",
        "Politechnika",
        "Hochschule",
        "Politecnico",
        "Tecnológico",
        "Tecnologico",
        "École",
        "Ecole",
        "Escuela",
        "Scuola",
        "Istituto",
        "Instituto",
        "Institut",
        "Akademie",
        "Academia",
        "Accademia",
        "Akademia",
        "Instytut",
        "Facultad",
        "Faculté",
        "Faculdade",
        "Fakultät",
        "Centro",
        "Ministerio",
        "Ministério",
        "Ministère",
        "Biuro",
        "Agence",
        "Agencia",
        "Agência",
        "Consejo",
        "Conselho",
        "Coordenação",
        "Fundación",
        "Fundação",
        "Fondation",
        "Fondazione",
    }
)

#: Agencies and centres of the genre known by a name without a head noun: their type and state. A
#: country after the name names its office there ("Campus France India").
HEADLESS_BODIES: dict[str, tuple[str, str | None]] = {
    "Campus France": ("Other", "France"),
    "Rossotrudnichestvo": ("Government", "Russia"),
    "Nuffic": ("Other", "Netherlands"),
    "Mitacs": ("Other", "Canada"),
    "Luban Workshop": ("Centre", None),
    # universities known by a name without a head noun
    "Sciences Po": ("University", "France"),
    "Technion": ("University", "Israel"),
    "Skoltech": ("University", "Russia"),
    "INSEAD": ("School", "France"),
    "EPFL": ("University", "Switzerland"),
}

#: Parliaments and a head of state's office known by their own one- or two-word names (no head noun),
#: with their state.
NATIONAL_BODIES = {
    "Mazhilis": "Kazakhstan",
    "Majilis": "Kazakhstan",
    "Akorda": "Kazakhstan",
    "Jogorku Kenesh": "Kyrgyzstan",
    "Oliy Majlis": "Uzbekistan",
    "Majlisi Oli": "Tajikistan",
    "Majlisi Milli": "Tajikistan",
    "Mejlis": "Turkmenistan",
    "Milli Majlis": "Azerbaijan",
    "State Duma": "Russia",
    "Verkhovna Rada": "Ukraine",
    "Bundestag": "Germany",
    "Sejm": "Poland",
    "Knesset": "Israel",
    "Riigikogu": "Estonia",
    "Saeima": "Latvia",
    "Seimas": "Lithuania",
    "Storting": "Norway",
    "Riksdag": "Sweden",
    "Folketing": "Denmark",
    "Eduskunta": "Finland",
    "Althing": "Iceland",
}

#: Common capitalised words of organisation names: never part of a person's name.
ORG_WORDS = _words(
    """
    National State Federal Public International Foreign Affairs Science Sciences Scientific Technology
    Technological Technical Engineering Research Education Educational Higher Medical Medicine Health
    Agricultural Agriculture Agrarian Economic Economics Economy Management Business Finance Financial
    Law Legal Humanities Humanitarian Social Arts Art Culture Cultural Languages Language Linguistic
    Studies Study Relations Cooperation Development Innovation Innovations Innovative Information
    Communication Communications Mathematics Mathematical Modeling Modelling Physics Chemistry Biology
    Bioscience Biotechnology Environmental Energy Mining Transport Transportation Maritime Air Logistics
    Polytechnic Pedagogical Teacher Teachers Training Future Student Students Affairs Scientific Library
    Diplomacy Diplomatic Strategic Regional Central Eastern Western Northern Southern North South East
    West Republic Kingdom Federation Democratic People People's Peoples Friendship United Royal Free
    Open Catholic Islamic Christian Memorial Global World European Asian Eurasian African American
    Pacific Atlantic Caspian Baltic Arctic Mediterranean Board Trustees Executive Press Media Political
    Politics Philosophy History Historical Geography Geology Oriental Computer Computing Data Digital
    Artificial Intelligence Software Systems Applied Advanced Industrial Industry Commerce Trade Tourism
    Sport Sports Physical Music Design Architecture Construction Civil Water Food Veterinary Nursing
    Pharmacy Pharmaceutical Dental Clinical Interpreting Translation Interpretation Natural Nuclear
    Space Aerospace Aviation Marine Ocean Forestry Land City Municipal Metropolitan Capital Institute
    University College School Centre Center Faculty Department Ministry Embassy Consulate Academy
    Council Committee Office Agency Foundation Association Government General Main Special Higher
    Secondary Joint Multidisciplinary Interdisciplinary Vocational Graduate Postgraduate Undergraduate
    Master Masters Doctoral Program Programme Project Projects Initiative Network Forum Elite
    Cultivation Excellence Talent Leadership Center's Union Partnership Partnerships Alliance Exchange
    Mobility Scholarship Scholarships Grant Grants Fellowship Affairs Secretariat Motors Company
    Corporation Group Bank Holding Holdings Limited Ltd Inc Co Management Polytechnical Medical Nations
    Association Organization Organisation Technologies Sciences Engineering Botanic Botanical
    Zoological Museum Garden Gardens Hospital Clinic Theatre Theater Zoo Archive Archives Gallery
    Observatory Philharmonic Oil Gas Petroleum Chemical Railway Railways Textile Metallurgy Metallurgical
    Steel Geological Resources Fisheries Irrigation Automobile Electrical Electronics Telecommunications
    """
)

#: Words that start sentences or clauses and are not names.
STOP_CAPS = _words(
    """
    The A An This That These Those It Its In On At By For From With To Of And Or But As If When While
    During After Before Since Until Also Besides Moreover Furthermore However Today Tomorrow Yesterday
    Currently Presently Now Then There Here Thanks Through Within Among Between Both Each All Other
    Another Such Our Their His Her Its We They He She I You Who Which What Where Why How Following
    Starting Overall Special Particular According Addressing Supporting Undoubtedly Therefore Thus
    Representatives Representative Delegation Delegations Members Member Guests Guest Parties Sides Mr
    Mrs Ms Dr Prof Professor Sir Madam H.E. Excellency Dear Images Photo Source Read More News January
    February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Translator Editing Press-service Press Service Reports
    Later Earlier Afterwards Meanwhile Finally Additionally Next Recently Previously Subsequently
    Ultimately Lastly Firstly Secondly Initially Notably Accordingly Nevertheless Nonetheless Indeed
    About Founded Established Located Based Together Despite Along Under Upon Via Regarding Concerning
    Including Although Though Because Whereas Unlike Given Welcome Congratulations Contact Visit Join
    Alongside Amid Amidst Throughout Beyond Towards Toward Excluding Except Without Onto Into Across
    Behind Beside Beneath Over Hence Likewise Similarly Every Either Neither Several Many Some Whose
    Whom Once Altogether Particularly Especially Namely Specifically Consequently Yet
    Honorary Doctorate Doctorates Award Awards Medal Medals Prize Prizes Diploma Diplomas Certificate Certificates
    """
)

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}

#: Titles of persons; longest first so that "Vice-Rector" wins over "Rector".
ROLE_WORDS = sorted(
    (
        r.strip()
        for r in """
    Ambassador Extraordinary and Plenipotentiary|Ambassador|Chargé d'Affaires|Charge d'Affaires|
    Deputy Consul General|Consul General|Deputy Consul|High Commissioner|Deputy High Commissioner|
    Cultural Attaché|Defence Attaché|Vice Consul|Vice-Consul|Consul|Envoy|Attaché|Attache|
    First Secretary|Second Secretary|Third Secretary|Counsellor|Counselor|Minister-Counsellor|
    Rector|Vice-Rector|Vice Rector|Pro-Rector|Prorector|First Vice-Rector|Acting Rector|
    President|Vice President|Vice-President|Chairman of the Board|Chairman|Chairwoman|Chairperson|Chair|
    Deputy Chairman|Dean|Deputy Dean|Vice Dean|Vice-Dean|Director|Deputy Director|Director General|
    Director-General|Executive Director|Head|Deputy Head|Provost|Vice Provost|Chancellor|Vice Chancellor|
    Vice-Chancellor|Pro-Vice-Chancellor|Board Member|Member of the Board|Minister|Deputy Minister|
    Vice Minister|Vice-Minister|Prime Minister|Secretary|State Secretary|Permanent Secretary|
    Secretary General|Secretary-General|Governor|Mayor|Akim|Professor|Associate Professor|
    Chief Executive|CEO|Founder|Coordinator|Adviser|Advisor|Spokesperson|Spokesman|Rector's Adviser|
    Managing Director|Senior Lecturer|Lecturer|Researcher|Head of State|Deputy Prime Minister
    """.replace("\n", "").split("|")
        if r.strip()
    ),
    key=len,
    reverse=True,
)

#: Honorifics dropped from names but kept as aliases.
HONORIFICS = ("Dr.", "Dr", "Prof.", "Prof", "Professor", "Mr.", "Mr", "Mrs.", "Ms.", "H.E.", "Academician")

#: Words naming people in a cohort.
WHO_WORDS = (
    "students|student|PhD students|PhD candidates|doctoral students|master's students|masters students|"
    "bachelor's students|undergraduates|graduates|researchers|scientists|scholars|specialists|"
    "PhD specialists|teachers|lecturers|professors|faculty members|young people|citizens|"
    "postdoctoral fellows|fellows|trainees|interns|pupils|alumni|staff members|employees|"
    "Kazakhstanis|nationals|compatriots|participants|applicants"
)
