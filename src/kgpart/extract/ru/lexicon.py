"""Russian word lists of the genre, by lemma: institution heads, posts, countries, numbers, dates.

General vocabulary only: no particular person or institution is named here.
"""

from __future__ import annotations

import gettext
from functools import cache, lru_cache

from kgpart.extract.countries import city_country, country_of
from kgpart.translit import latin

#: Head nouns (lemmas) of organisation names and the type each suggests.
ORG_HEADS = {
    "университет": "University",
    "академия": "University",
    "консерватория": "University",
    "колледж": "School",
    "вуз": "University",
    "институт": "ResearchInstitute",
    "лаборатория": "ResearchInstitute",
    "обсерватория": "ResearchInstitute",
    "посольство": "Embassy",
    "консульство": "Embassy",
    "генконсульство": "Embassy",
    "представительство": "Embassy",
    "миссия": "Embassy",
    "министерство": "Ministry",
    "мид": "Ministry",
    "минобрнауки": "Ministry",
    "минпросвещения": "Ministry",
    "минобразования": "Ministry",
    "минвуз": "Ministry",
    "минздрав": "Ministry",
    "минкультуры": "Ministry",
    "россотрудничество": "Government",
    "рособрнадзор": "Government",
    "правительство": "Government",
    "акимат": "Government",
    "администрация": "Government",
    "парламент": "Government",
    "мажилис": "Government",
    "сенат": "Government",
    "комитет": "Government",
    "агентство": "Government",
    "факультет": "Faculty",
    "кафедра": "Faculty",
    "центр": "Centre",
    "школа": "School",
    "лицей": "School",
    "гимназия": "School",
    "компания": "Company",
    "корпорация": "Company",
    "банк": "Company",
    "фонд": "Other",
    "ассоциация": "Other",
    "ассамблея": "Other",
    "организация": "Other",
    "совет": "Other",
    "союз": "Other",
    "консорциум": "Other",
    "лига": "Other",
    "филиал": "University",
}

#: Abbreviation endings that name an institution's kind: КазНУ, ОмГТУ, МГИМО, УдГУ.
ABBREVIATION_TYPES = (("У", "University"), ("И", "ResearchInstitute"), ("А", "University"))

#: Posts (lemmas) a person holds; the value is the institution kind a post implies.
ROLES = {
    "ректор": "University",
    "проректор": "University",
    "президент": None,
    "вице-президент": None,
    "посол": "Embassy",
    "консул": "Embassy",
    "генконсул": "Embassy",
    "атташе": "Embassy",
    "советник": None,
    "министр": "Ministry",
    "вице-министр": "Ministry",
    "замминистра": "Ministry",
    "заместитель": None,
    "губернатор": "Government",
    "аким": "Government",
    "мэр": "Government",
    "декан": "Faculty",
    "директор": None,
    "председатель": None,
    "руководитель": None,
    "глава": None,
    "начальник": None,
    "заведующий": None,
    "профессор": None,
    "доцент": None,
    "депутат": "Government",
    "секретарь": None,
    "премьер-министр": "Government",
    "представитель": None,
    "координатор": None,
}

#: Russian country adjectives (lemmas) whose country is not found by name.
COUNTRY_ADJECTIVES = {
    "казахский": "Kazakhstan",
    "казахстанский": "Kazakhstan",
    "российский": "Russia",
    "русский": "Russia",
    "узбекский": "Uzbekistan",
    "узбекистанский": "Uzbekistan",
    "кыргызский": "Kyrgyzstan",
    "киргизский": "Kyrgyzstan",
    "кыргызстанский": "Kyrgyzstan",
    "таджикский": "Tajikistan",
    "туркменский": "Turkmenistan",
    "азербайджанский": "Azerbaijan",
    "армянский": "Armenia",
    "грузинский": "Georgia",
    "белорусский": "Belarus",
    "украинский": "Ukraine",
    "китайский": "China",
    "турецкий": "Turkey",
    "японский": "Japan",
    "корейский": "South Korea",
    "немецкий": "Germany",
    "германский": "Germany",
    "французский": "France",
    "британский": "United Kingdom",
    "американский": "United States",
    "итальянский": "Italy",
    "испанский": "Spain",
    "польский": "Poland",
    "венгерский": "Hungary",
    "чешский": "Czech Republic",
    "бельгийский": "Belgium",
    "индийский": "India",
    "иранский": "Iran",
    "пакистанский": "Pakistan",
    "монгольский": "Mongolia",
    "латвийский": "Latvia",
    "литовский": "Lithuania",
    "эстонский": "Estonia",
    "финский": "Finland",
    "шведский": "Sweden",
    "египетский": "Egypt",
    "малайзийский": "Malaysia",
}

#: Country names (lemmas of one word) that pycountry's Russian names do not give.
_EXTRA_COUNTRIES = {
    "россия": "Russia",
    "рф": "Russia",
    "рк": "Kazakhstan",  # "Министерство ... РК": the Republic of Kazakhstan
    "руз": "Uzbekistan",
    "кр": "Kyrgyzstan",
    "кыргызстан": "Kyrgyzstan",
    "киргизия": "Kyrgyzstan",
    "сша": "United States",
    "великобритания": "United Kingdom",
    "англия": "United Kingdom",
    "корея": "South Korea",
    "кнр": "China",
    "оаэ": "United Arab Emirates",
    "чехия": "Czech Republic",
    "молдавия": "Moldova",
    "белоруссия": "Belarus",
    "казахстан": "Kazakhstan",
}

#: Cities English transliteration does not find (the rest: latin() then the English gazetteer).
_CITIES = {
    "москва": "Russia",
    "санкт-петербург": "Russia",
    "петербург": "Russia",
    "казань": "Russia",
    "омск": "Russia",
    "томск": "Russia",
    "новосибирск": "Russia",
    "екатеринбург": "Russia",
    "уфа": "Russia",
    "нур-султан": "Kazakhstan",
    "астана": "Kazakhstan",
    "алматы": "Kazakhstan",
    "алма-ата": "Kazakhstan",
    "шымкент": "Kazakhstan",
    "караганда": "Kazakhstan",
    "ташкент": "Uzbekistan",
    "самарканд": "Uzbekistan",
    "бухара": "Uzbekistan",
    "ургенч": "Uzbekistan",
    "бишкек": "Kyrgyzstan",
    "душанбе": "Tajikistan",
    "баку": "Azerbaijan",
    "минск": "Belarus",
    "ашхабад": "Turkmenistan",
    "пекин": "China",
    "брюссель": "Belgium",
    # city adjectives whose city the suffix rules in orgs.py do not recover
    "московский": "Russia",
    "алматинский": "Kazakhstan",
    "новосибирский": "Russia",
    "петербургский": "Russia",
    "санкт-петербургский": "Russia",
    "анкара": "Turkey",
    "стамбул": "Turkey",
}

NUMBER_WORDS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "тысяча": 1000, "двое": 2, "трое": 3,
    "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "десяток": 10, "сотня": 100,
}  # fmt: skip

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
}


@cache
def _pycountry_names() -> dict[str, str]:
    """Lower-case Russian country names (ISO 3166 translations that pycountry ships) -> English."""
    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    table: dict[str, str] = {}
    for country in pycountry.countries:
        english = country_of(country.name) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and russian.gettext(value) != value:
                table.setdefault(russian.gettext(value).lower(), english)
    return table


@lru_cache(maxsize=1 << 14)  # called for every word of every name: remembered per lemma
def country_by_lemma(lemma: str) -> str | None:
    """The English country name for a Russian country name or adjective (as a lemma)."""
    lemma = lemma.lower()
    return _EXTRA_COUNTRIES.get(lemma) or _pycountry_names().get(lemma) or COUNTRY_ADJECTIVES.get(lemma)


@lru_cache(maxsize=1 << 14)
def city_by_lemma(lemma: str) -> str | None:
    """The country of a city named in Russian (a small table, then its transliteration)."""
    lemma = lemma.lower()
    return _CITIES.get(lemma) or city_country(latin(lemma).title())
