"""Countries: names and aliases (pycountry), demonyms and capital cities, found in text."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from kgpart.extract.patterns import trie_pattern

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
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
    "Emirates": "United Arab Emirates",
    "ROK": "South Korea",
    "DPRK": "North Korea",
    "KSA": "Saudi Arabia",
    "Persia": "Iran",
    "Burma": "Myanmar",
    "Ivory Coast": "Côte d'Ivoire",
    "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia",
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
    "Lyon": "France",
    "Marseille": "France",
    "Strasbourg": "France",
    "Munich": "Germany",
    "Hamburg": "Germany",
    "Frankfurt": "Germany",
    "Cologne": "Germany",
    "Milan": "Italy",
    "Naples": "Italy",
    "Barcelona": "Spain",
    "Krakow": "Poland",
    "Saint Petersburg": "Russia",
    "St. Petersburg": "Russia",
    "Kazan": "Russia",
    "Novosibirsk": "Russia",
    "Istanbul": "Turkey",
    "Izmir": "Turkey",
    "Osaka": "Japan",
    "Kyoto": "Japan",
    "Busan": "South Korea",
    "Daejeon": "South Korea",
    "Guangzhou": "China",
    "Shenzhen": "China",
    "Wuhan": "China",
    "Xi'an": "China",
    "Urumqi": "China",
    "Mumbai": "India",
    "Bangalore": "India",
    "Karachi": "Pakistan",
    "Lahore": "Pakistan",
    "Dubai": "United Arab Emirates",
    "Jeddah": "Saudi Arabia",
    "New York": "United States",
    "Boston": "United States",
    "Chicago": "United States",
    "Los Angeles": "United States",
    "San Francisco": "United States",
    "Toronto": "Canada",
    "Montreal": "Canada",
    "Vancouver": "Canada",
    "Sydney": "Australia",
    "Melbourne": "Australia",
    "Edinburgh": "United Kingdom",
    "Manchester": "United Kingdom",
    "Oxford": "United Kingdom",
    "Cambridge": "United Kingdom",
    "Geneva": "Switzerland",
    "Zurich": "Switzerland",
    "Antwerp": "Belgium",
    "Ghent": "Belgium",
    "Rotterdam": "Netherlands",
    "Samarkand": "Uzbekistan",
    "Bukhara": "Uzbekistan",
    "Shymkent": "Kazakhstan",
    "Karaganda": "Kazakhstan",
    "Osh": "Kyrgyzstan",
    "Sao Paulo": "Brazil",
    "Rio de Janeiro": "Brazil",
    "Buenos Aires": "Argentina",
    "Santiago": "Chile",
    "Lima": "Peru",
    "Bogota": "Colombia",
    "Caracas": "Venezuela",
    "Quito": "Ecuador",
    "La Paz": "Bolivia",
    "Montevideo": "Uruguay",
    "Asuncion": "Paraguay",
    "Havana": "Cuba",
    "Mexico City": "Mexico",
    "Panama City": "Panama",
    "San Jose": "Costa Rica",
    "Guatemala City": "Guatemala",
    "Santo Domingo": "Dominican Republic",
    "Kingston": "Jamaica",
    "Wellington": "New Zealand",
    "Auckland": "New Zealand",
    "Nairobi": "Kenya",
    "Addis Ababa": "Ethiopia",
    "Abuja": "Nigeria",
    "Lagos": "Nigeria",
    "Accra": "Ghana",
    "Dakar": "Senegal",
    "Pretoria": "South Africa",
    "Cape Town": "South Africa",
    "Johannesburg": "South Africa",
    "Kampala": "Uganda",
    "Kigali": "Rwanda",
    "Dar es Salaam": "Tanzania",
    "Dodoma": "Tanzania",
    "Lusaka": "Zambia",
    "Harare": "Zimbabwe",
    "Maputo": "Mozambique",
    "Luanda": "Angola",
    "Kinshasa": "Congo, The Democratic Republic of the",
    "Yaounde": "Cameroon",
    "Abidjan": "Côte d'Ivoire",
    "Bamako": "Mali",
    "Niamey": "Niger",
    "Khartoum": "Sudan",
    "Tripoli": "Libya",
    "Tunis": "Tunisia",
    "Algiers": "Algeria",
    "Rabat": "Morocco",
    "Casablanca": "Morocco",
    "Antananarivo": "Madagascar",
    "Windhoek": "Namibia",
    "Gaborone": "Botswana",
    "Amman": "Jordan",
    "Beirut": "Lebanon",
    "Damascus": "Syria",
    "Baghdad": "Iraq",
    "Kuwait City": "Kuwait",
    "Manama": "Bahrain",
    "Muscat": "Oman",
    "Sanaa": "Yemen",
    "Jerusalem": "Israel",
    "Tel Aviv": "Israel",
    "Nicosia": "Cyprus",
    "Valletta": "Malta",
    "Reykjavik": "Iceland",
    "Luxembourg": "Luxembourg",
    "Monaco": "Monaco",
    "Bratislava": "Slovakia",
    "Podgorica": "Montenegro",
    "Sarajevo": "Bosnia and Herzegovina",
    "Skopje": "North Macedonia",
    "Tirana": "Albania",
    "Colombo": "Sri Lanka",
    "Kathmandu": "Nepal",
    "Thimphu": "Bhutan",
    "Male": "Maldives",
    "Naypyidaw": "Myanmar",
    "Yangon": "Myanmar",
    "Phnom Penh": "Cambodia",
    "Vientiane": "Laos",
    "Ho Chi Minh City": "Vietnam",
    "Bandar Seri Begawan": "Brunei Darussalam",
    "Dili": "Timor-Leste",
    "Port Moresby": "Papua New Guinea",
    "Suva": "Fiji",
    "Pyongyang": "North Korea",
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
            if name.startswith("Saint "):  # "St. Lucia", "St Kitts and Nevis": as the press writes them
                table["St. " + name[6:]] = table["St " + name[6:]] = short
    table.update(_EXTRA_NAMES)
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Map demonyms (Kazakh, Belgian, ...) to a short country name."""
    return dict(_DEMONYMS)


@lru_cache(maxsize=65536)
def country_of(word: str) -> str | None:
    """Return the country named by ``word`` (a name or a demonym), if any.

    >>> country_of("Kazakhstani"), country_of("Russian Federation"), country_of("Islamabad")
    ('Kazakhstan', 'Russia', None)
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
    """Return the country of a capital city, for datelines.

    >>> city_country("Islamabad"), city_country("ASTANA"), city_country("Kazakhstani")
    ('Pakistan', 'Kazakhstan', None)
    """
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


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern[str]:
    """One regex for every country name, alias and demonym, longest first."""
    names = sorted(set(country_names()) | set(_DEMONYMS), key=len, reverse=True)
    names = [n for n in names if len(n) > 2 or n.isupper()]
    body = trie_pattern(names)
    # every name starts with a capital or "the": the lookahead skips other positions before the long alternation
    return re.compile(
        rf"(?<![\w-])(?=[^\W\d_a-z]|the\s)(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?(?:{body})(?:'s|’s)?(?![\w-])"
    )


def find_countries(text: str) -> list[tuple[str, int, int, str]]:
    """Return (country, start, end, surface) for every country name or demonym in ``text``."""
    if len(text) <= 300:  # titles, names and clauses recur within and across articles
        return list(_countries_in_short(text))
    return _find_countries(text)


@lru_cache(maxsize=16384)
def _countries_in_short(text: str) -> tuple[tuple[str, int, int, str], ...]:
    return tuple(_find_countries(text))


def _find_countries(text: str) -> list[tuple[str, int, int, str]]:
    out = []
    for match in country_regex().finditer(text):
        surface = re.sub(r"(?:'s|’s)$", "", match.group(0))
        country = country_of(re.sub(r"^the\s+", "", surface))
        if country:
            out.append((country, match.start(), match.start() + len(surface), surface))
    return out
