"""Word lists of the genre: countries, demonyms, roles, organisation heads.

Everything here is general vocabulary of news about academic diplomacy; no
name of a particular person or institution belongs in this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

#: Short or common names preferred over pycountry's official ones.
_COUNTRY_FIXES = {
    "Russian Federation": "Russia",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Iran, Islamic Republic of": "Iran",
    "Moldova, Republic of": "Moldova",
    "Taiwan, Province of China": "Taiwan",
    "Viet Nam": "Vietnam",
    "Türkiye": "Turkey",
    "Czechia": "Czech Republic",
    "Syrian Arab Republic": "Syria",
    "Lao People's Democratic Republic": "Laos",
    "Tanzania, United Republic of": "Tanzania",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Bolivia, Plurinational State of": "Bolivia",
    "Macao": "Macao",
    "Hong Kong": "Hong Kong",
}

#: Extra names and demonyms that pycountry lacks (demonyms are not in ISO 3166).
_EXTRA_NAMES = {
    "Kyrgyz Republic": "Kyrgyzstan",
    "People's Republic of China": "China",
    "PRC": "China",
    "USA": "United States",
    "U.S.": "United States",
    "US": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Britain": "United Kingdom",
    "Macau": "Macao",
    "Republic of Korea": "South Korea",
    "Korea": "South Korea",
    "Turkiye": "Turkey",
    "Holland": "Netherlands",
    "Czech": "Czech Republic",
}

_DEMONYMS = {
    "Kazakh": "Kazakhstan",
    "Kazakhstani": "Kazakhstan",
    "Kazakhstanis": "Kazakhstan",
    "Belgian": "Belgium",
    "Lithuanian": "Lithuania",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Uzbek": "Uzbekistan",
    "Turkmen": "Turkmenistan",
    "Russian": "Russia",
    "Chinese": "China",
    "Korean": "South Korea",
    "South Korean": "South Korea",
    "Japanese": "Japan",
    "Turkish": "Turkey",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Polish": "Poland",
    "Latvian": "Latvia",
    "Estonian": "Estonia",
    "Finnish": "Finland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "British": "United Kingdom",
    "American": "United States",
    "Canadian": "Canada",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Iranian": "Iran",
    "Azerbaijani": "Azerbaijan",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Ukrainian": "Ukraine",
    "Belarusian": "Belarus",
    "Mongolian": "Mongolia",
    "Afghan": "Afghanistan",
    "Hungarian": "Hungary",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Greek": "Greece",
    "Portuguese": "Portugal",
    "Irish": "Ireland",
    "Malaysian": "Malaysia",
    "Indonesian": "Indonesia",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Egyptian": "Egypt",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Qatari": "Qatar",
    "Israeli": "Israel",
    "Australian": "Australia",
    "Brazilian": "Brazil",
    "Mexican": "Mexico",
    "Argentine": "Argentina",
    "Taiwanese": "Taiwan",
    "Singaporean": "Singapore",
    "Filipino": "Philippines",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Macanese": "Macao",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Slovenian": "Slovenia",
    "Moldovan": "Moldova",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepalese": "Nepal",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Jordanian": "Jordan",
    "Lebanese": "Lebanon",
    "Moroccan": "Morocco",
    "Algerian": "Algeria",
    "Tunisian": "Tunisia",
    "Ethiopian": "Ethiopia",
    "South African": "South Africa",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Cuban": "Cuba",
    "Luxembourgish": "Luxembourg",
    "Icelandic": "Iceland",
    "Maltese": "Malta",
    "Cypriot": "Cyprus",
    "Emirian": "United Arab Emirates",
    "Omani": "Oman",
    "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain",
}

#: Capital (and a few large) cities, used to read a dateline ("ISLAMABAD: ...").
_CITIES = {
    "Astana": "Kazakhstan",
    "Nur-Sultan": "Kazakhstan",
    "Almaty": "Kazakhstan",
    "Brussels": "Belgium",
    "Vilnius": "Lithuania",
    "Bishkek": "Kyrgyzstan",
    "Dushanbe": "Tajikistan",
    "Tashkent": "Uzbekistan",
    "Ashgabat": "Turkmenistan",
    "Moscow": "Russia",
    "Beijing": "China",
    "Seoul": "South Korea",
    "Tokyo": "Japan",
    "Ankara": "Turkey",
    "Berlin": "Germany",
    "Paris": "France",
    "Rome": "Italy",
    "Madrid": "Spain",
    "Warsaw": "Poland",
    "Riga": "Latvia",
    "Tallinn": "Estonia",
    "Helsinki": "Finland",
    "Stockholm": "Sweden",
    "Oslo": "Norway",
    "Copenhagen": "Denmark",
    "Amsterdam": "Netherlands",
    "The Hague": "Netherlands",
    "London": "United Kingdom",
    "Washington": "United States",
    "Ottawa": "Canada",
    "New Delhi": "India",
    "Islamabad": "Pakistan",
    "Tehran": "Iran",
    "Baku": "Azerbaijan",
    "Tbilisi": "Georgia",
    "Yerevan": "Armenia",
    "Kyiv": "Ukraine",
    "Minsk": "Belarus",
    "Ulaanbaatar": "Mongolia",
    "Kabul": "Afghanistan",
    "Budapest": "Hungary",
    "Prague": "Czech Republic",
    "Vienna": "Austria",
    "Bern": "Switzerland",
    "Athens": "Greece",
    "Lisbon": "Portugal",
    "Dublin": "Ireland",
    "Kuala Lumpur": "Malaysia",
    "Jakarta": "Indonesia",
    "Hanoi": "Vietnam",
    "Bangkok": "Thailand",
    "Cairo": "Egypt",
    "Riyadh": "Saudi Arabia",
    "Abu Dhabi": "United Arab Emirates",
    "Doha": "Qatar",
    "Canberra": "Australia",
    "Brasilia": "Brazil",
    "Macau": "Macao",
    "Macao": "Macao",
    "Hong Kong": "Hong Kong",
    "Singapore": "Singapore",
    "Manila": "Philippines",
    "Bucharest": "Romania",
    "Sofia": "Bulgaria",
    "Belgrade": "Serbia",
    "Zagreb": "Croatia",
    "Ljubljana": "Slovenia",
    "Chisinau": "Moldova",
    "Dhaka": "Bangladesh",
    "Taipei": "Taiwan",
    "Shanghai": "China",
}


def _official_aliases(country: object) -> list[str]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if isinstance(value, str):
            names.append(value)
    return names


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Map every known country name, alias and demonym to a short country name."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        names = _official_aliases(country)
        short = _COUNTRY_FIXES.get(names[0], getattr(country, "common_name", None) or names[0])
        table[short] = short
        for name in names:
            table[name] = short
            if name.startswith("Republic of "):
                table[name] = short
    table.update(_EXTRA_NAMES)
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Map demonyms (Kazakh, Belgian, ...) to a short country name."""
    return dict(_DEMONYMS)


@lru_cache(maxsize=65536)
def country_of(word: str) -> str | None:
    """Return the country named by ``word`` (name, demonym or capital city), if any.

    >>> country_of("Kazakhstani"), country_of("Russian Federation"), country_of("Islamabad")
    ('Kazakhstan', 'Russia', 'Pakistan')
    """
    word = word.strip()
    word = re.sub(r"^(?:the\s+)?Republic of (?:the\s+)?", "", word)
    hit = country_names().get(word) or _DEMONYMS.get(word)
    if hit:
        return hit
    if word.endswith("s") and word[:-1] in _DEMONYMS:
        return _DEMONYMS[word[:-1]]
    return None


def city_country(word: str) -> str | None:
    """Return the country of a capital city, for datelines."""
    return _CITIES.get(word.strip().title() if word.isupper() else word.strip())


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Every single token that is part of a country name or a demonym."""
    words: set[str] = set()
    for name in list(country_names()) + list(_DEMONYMS) + list(_CITIES):
        # only one-word names: "Lao" (of "Lao People's ...") or "Hong" are also given names
        if " " not in name:
            words.add(name)
    return frozenset(w for w in words if w[:1].isupper() and w not in {"The", "Of", "And"})


#: Head nouns of organisation names and the type they suggest.
ORG_HEADS = {
    "University": "University",
    "Universities": "University",
    "Universität": "University",
    "Université": "University",
    "Universidad": "University",
    "College": "University",
    "Conservatory": "University",
    "Institute": "ResearchInstitute",
    "Academy": "ResearchInstitute",
    "Laboratory": "ResearchInstitute",
    "Observatory": "ResearchInstitute",
    "Embassy": "Embassy",
    "Consulate": "Embassy",
    "Mission": "Embassy",
    "Ministry": "Ministry",
    "MFA": "Ministry",
    "Ministries": "Ministry",
    "Government": "Government",
    "Parliament": "Government",
    "Senate": "Government",
    "Committee": "Government",
    "Akimat": "Government",
    "Administration": "Government",
    "Faculty": "Faculty",
    "Department": "Faculty",
    "Centre": "Centre",
    "Center": "Centre",
    "Hub": "Centre",
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
    "Bank": "Company",
    "Council": "Other",
    "Office": "Other",
    "Library": "Other",
    "Agency": "Other",
    "Foundation": "Other",
    "Association": "Other",
    "Fund": "Other",
    "Union": "Other",
    "Organisation": "Other",
    "Organization": "Other",
    "Service": "Other",
    "Network": "Other",
    "Consortium": "Other",
    "Society": "Other",
    "Chamber": "Other",
    "Museum": "Other",
}

#: Common capitalised words of organisation names: never part of a person's name.
ORG_WORDS = frozenset(
    [
        "National",
        "State",
        "Federal",
        "Public",
        "International",
        "Foreign",
        "Affairs",
        "Science",
        "Sciences",
        "Scientific",
        "Technology",
        "Technological",
        "Technical",
        "Engineering",
        "Research",
        "Education",
        "Educational",
        "Higher",
        "Medical",
        "Medicine",
        "Health",
        "Agricultural",
        "Agriculture",
        "Agrarian",
        "Economic",
        "Economics",
        "Economy",
        "Management",
        "Business",
        "Finance",
        "Financial",
        "Law",
        "Legal",
        "Humanities",
        "Humanitarian",
        "Social",
        "Arts",
        "Art",
        "Culture",
        "Cultural",
        "Languages",
        "Language",
        "Linguistic",
        "Studies",
        "Study",
        "Relations",
        "Cooperation",
        "Development",
        "Innovation",
        "Innovations",
        "Innovative",
        "Information",
        "Communication",
        "Communications",
        "Mathematics",
        "Mathematical",
        "Modeling",
        "Modelling",
        "Physics",
        "Chemistry",
        "Biology",
        "Bioscience",
        "Biotechnology",
        "Environmental",
        "Energy",
        "Mining",
        "Transport",
        "Transportation",
        "Maritime",
        "Air",
        "Logistics",
        "Polytechnic",
        "Pedagogical",
        "Teacher",
        "Teachers",
        "Training",
        "Future",
        "Student",
        "Students",
        "Affairs",
        "Scientific",
        "Library",
        "Diplomacy",
        "Diplomatic",
        "Strategic",
        "Regional",
        "Central",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "North",
        "South",
        "East",
        "West",
        "Republic",
        "Kingdom",
        "Federation",
        "Democratic",
        "People",
        "People's",
        "Peoples",
        "Friendship",
        "United",
        "Royal",
        "Free",
        "Open",
        "Catholic",
        "Islamic",
        "Christian",
        "Memorial",
        "Global",
        "World",
        "European",
        "Asian",
        "Eurasian",
        "African",
        "American",
        "Pacific",
        "Atlantic",
        "Caspian",
        "Baltic",
        "Arctic",
        "Mediterranean",
        "Board",
        "Trustees",
        "Executive",
        "Press",
        "Media",
        "Political",
        "Politics",
        "Philosophy",
        "History",
        "Historical",
        "Geography",
        "Geology",
        "Oriental",
        "Computer",
        "Computing",
        "Data",
        "Digital",
        "Artificial",
        "Intelligence",
        "Software",
        "Systems",
        "Applied",
        "Advanced",
        "Industrial",
        "Industry",
        "Commerce",
        "Trade",
        "Tourism",
        "Sport",
        "Sports",
        "Physical",
        "Music",
        "Design",
        "Architecture",
        "Construction",
        "Civil",
        "Water",
        "Food",
        "Veterinary",
        "Nursing",
        "Pharmacy",
        "Pharmaceutical",
        "Dental",
        "Clinical",
        "Interpreting",
        "Translation",
        "Interpretation",
        "Natural",
        "Nuclear",
        "Space",
        "Aerospace",
        "Aviation",
        "Marine",
        "Ocean",
        "Forestry",
        "Land",
        "City",
        "Municipal",
        "Metropolitan",
        "Capital",
        "Institute",
        "University",
        "College",
        "School",
        "Centre",
        "Center",
        "Faculty",
        "Department",
        "Ministry",
        "Embassy",
        "Consulate",
        "Academy",
        "Council",
        "Committee",
        "Office",
        "Agency",
        "Foundation",
        "Association",
        "Government",
        "General",
        "Main",
        "Special",
        "Higher",
        "Secondary",
        "Joint",
        "Multidisciplinary",
        "Interdisciplinary",
        "Vocational",
        "Graduate",
        "Postgraduate",
        "Undergraduate",
        "Master",
        "Masters",
        "Doctoral",
        "Program",
        "Programme",
        "Project",
        "Projects",
        "Initiative",
        "Network",
        "Forum",
        "Elite",
        "Cultivation",
        "Excellence",
        "Talent",
        "Leadership",
        "Center's",
        "Union",
        "Partnership",
        "Partnerships",
        "Alliance",
        "Exchange",
        "Mobility",
        "Scholarship",
        "Scholarships",
        "Grant",
        "Grants",
        "Fellowship",
        "Affairs",
        "Secretariat",
        "Motors",
        "Company",
        "Corporation",
        "Group",
        "Bank",
        "Holding",
        "Holdings",
        "Limited",
        "Ltd",
        "Inc",
        "Co",
        "Management",
        "Polytechnical",
        "Medical",
        "Nations",
        "Association",
        "Organization",
        "Organisation",
        "Technologies",
        "Sciences",
        "Engineering",
    ]
)

#: Words that start sentences or clauses and are not names.
STOP_CAPS = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "To",
        "Of",
        "And",
        "Or",
        "But",
        "As",
        "If",
        "When",
        "While",
        "During",
        "After",
        "Before",
        "Since",
        "Until",
        "Also",
        "Besides",
        "Moreover",
        "Furthermore",
        "However",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Currently",
        "Presently",
        "Now",
        "Then",
        "There",
        "Here",
        "Thanks",
        "Through",
        "Within",
        "Among",
        "Between",
        "Both",
        "Each",
        "All",
        "Other",
        "Another",
        "Such",
        "Our",
        "Their",
        "His",
        "Her",
        "Its",
        "We",
        "They",
        "He",
        "She",
        "I",
        "You",
        "Who",
        "Which",
        "What",
        "Where",
        "Why",
        "How",
        "Following",
        "Starting",
        "Overall",
        "Special",
        "Particular",
        "According",
        "Addressing",
        "Supporting",
        "Undoubtedly",
        "Therefore",
        "Thus",
        "Representatives",
        "Representative",
        "Delegation",
        "Delegations",
        "Members",
        "Member",
        "Guests",
        "Guest",
        "Parties",
        "Sides",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Professor",
        "Sir",
        "Madam",
        "H.E.",
        "Excellency",
        "Dear",
        "Images",
        "Photo",
        "Source",
        "Read",
        "More",
        "News",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Translator",
        "Editing",
        "Press-service",
        "Press",
        "Service",
        "Reports",
    ]
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
    Deputy Consul General|Consul General|Vice Consul|Vice-Consul|Consul|Envoy|Attaché|Attache|
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

CONNECTORS = frozenset({"of", "for", "and", "the", "&", "de", "named", "after", "in", "to", "on"})


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern[str]:
    """One regex for every country name, alias and demonym, longest first."""
    names = sorted(set(country_names()) | set(_DEMONYMS), key=len, reverse=True)
    names = [n for n in names if len(n) > 2 or n.isupper()]
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?(?:{body})(?:'s|’s)?(?![\w-])")


def find_countries(text: str) -> list[tuple[str, int, int, str]]:
    """Return (country, start, end, surface) for every country name or demonym in ``text``."""
    out = []
    for match in country_regex().finditer(text):
        surface = re.sub(r"(?:'s|’s)$", "", match.group(0))
        country = country_of(re.sub(r"^the\s+", "", surface))
        if country:
            out.append((country, match.start(), match.start() + len(surface), surface))
    return out
