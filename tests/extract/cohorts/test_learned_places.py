"""The learned choice of a cohort's place (kgpart.extract.cohorts.learned_places).

The candidates a cohort's sentence offers (the rules' place first, the organisations, the countries named or
implied by a demonym, a generic phrase as written, the article's main institution) and their features; the
hook replaces the rules' place only when a model's margin over it passes its threshold, and the switch turns
it off. The shipped file is disabled (its leave-one-set-out showed no gain over the rules), so the records
keep the rules' places. Every text is our own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgpart.extract import extract_text
from kgpart.extract.cohorts import learned_places
from kgpart.extract.cohorts.learned_places import FEATURES, Candidate, PlaceModel, _hub, candidates, choose
from kgpart.extract.doc import Doc
from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
from kgpart.extract.record import Cohort
from support.extracted import place_after_repairs, place_repairs_off


@pytest.fixture(autouse=True)
def _shipped() -> Iterator[None]:
    learned_places.use_model(None)
    yield
    learned_places.use_model(None)


def _doc(text: str) -> Doc:
    doc = Doc.read("News\n\n" + text, None)
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    return doc


def _cands(text: str, count: int, at: str | None, from_country: str | None = None) -> dict[str | None, dict]:
    """The candidates of a cohort of ``count`` in the last sentence of ``text``, by name."""
    doc = _doc(text)
    cohort = Cohort(count, at=at, from_country=from_country, evidence=doc.evidence(len(doc.sentences) - 1))
    found = candidates(doc, cohort, _hub(doc))
    assert found, "the count is found again in its sentence"
    assert found[0].name == at and found[0].features.get("rule") == 1.0  # the rules' place first
    return {c.name: c.features for c in found}


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count, c.at) for c in extract_text("News\n\n" + text, published="2025-11-20").cohorts]


# -- candidates and their features ---------------------------------------------------------------------------


def test_subject_that_hosts_and_the_origin_after_from() -> None:
    for verb in ("hosts", "has welcomed", "admitted"):
        cands = _cands(
            f"Brenton Institute of Technology {verb} 85 students from Vietnam.",
            85,
            "Brenton Institute of Technology",
            "Vietnam",
        )
        host = cands["Brenton Institute of Technology"]
        assert host["before"] == 1.0 and host["subject_host"] == 1.0 and host["kind_university"] == 1.0
        vietnam = cands["Vietnam"]
        assert vietnam["kind_country"] == 1.0 and vietnam["after"] == 1.0
        assert vietnam["origin"] == 1.0 and vietnam["home_country"] == 1.0


@pytest.mark.parametrize(
    ("text", "count", "generic", "home"),
    [
        (
            "Some 2,400 Kazakh students are studying at Polish universities, the embassy said.",
            2400,
            "Polish universities",
            "Kazakhstan",
        ),
        (
            "About 640 Uzbek students are enrolled at Turkish higher education institutions.",
            640,
            "Turkish higher education institutions",
            "Uzbekistan",
        ),
        (
            "Over 900 Nigerian students study at universities in Poland, the ministry said.",
            900,
            "universities in Poland",
            "Nigeria",
        ),
    ],
)
def test_generic_phrase_as_written_and_the_demonym_country(
    text: str, count: int, generic: str, home: str
) -> None:
    cands = _cands(text, count, None, home)
    assert cands[generic]["kind_generic"] == 1.0 and cands[generic]["after"] == 1.0
    assert cands[generic]["generic_study"] == 1.0
    # "2,400 Kazakh students": the people's country, implied by the demonym right after the count
    assert cands[home]["kind_demonym"] == 1.0 and cands[home]["adjacent"] == 1.0
    assert cands[home]["home_country"] == 1.0


def test_university_after_at_and_the_country_after_in() -> None:
    text = "Currently, 120 Ghanaian students study in Canada, most of them at Hallford University."
    cands = _cands(text, 120, "Canada", "Ghana")
    canada, hallford = cands["Canada"], cands["Hallford University"]
    assert canada["rule"] == 1.0 and canada["prep_in"] == 1.0 and canada["country_study"] == 1.0
    assert hallford["prep_at"] == 1.0 and hallford["university_at"] == 1.0 and hallford["after"] == 1.0
    assert hallford["inst_alone"] == 1.0
    assert cands["Ghana"]["home_country"] == 1.0


def test_institutions_of_the_sentence_before_and_the_recent_one() -> None:
    text = (
        "The ambassador of Ghana visited Hallford University on Monday. "
        "There, 45 Ghanaian students are enrolled in engineering programmes."
    )
    cands = _cands(text, 45, "Ghana", "Ghana")
    hallford = cands["Hallford University"]
    assert hallford["prev_sentence"] == 1.0 and hallford["recent"] == 1.0


def test_a_rules_place_the_sentence_does_not_name() -> None:
    text = (
        "The rector of Hallford University met the delegation of Poland. "
        "The guests saw the laboratories. Today 45 students are enrolled in engineering."
    )
    cands = _cands(text, 45, "Poland")
    rule = cands["Poland"]
    assert (
        rule["rule_elsewhere"] == 1.0
        and rule["rule_country_elsewhere"] == 1.0
        and rule["kind_country"] == 1.0
    )


@pytest.mark.parametrize(
    ("text", "count", "country"),
    [
        (
            "Hallford University has 300 foreign students. They come from Kenya (45 students), Ghana (30) and Peru (12).",
            30,
            "Ghana",
        ),
        (
            "Hallford University has 300 foreign students. They come from Kenya (45 students), Ghana (30) and Peru (12).",
            12,
            "Peru",
        ),
        (
            "Dunmore College enrolled 500 newcomers; the largest group came from Vietnam with 80, followed by Laos with 25.",
            25,
            "Laos",
        ),
        (
            "Brenton Institute hosts students of 20 nations, including Chile (64) and Peru: 31.",
            31,
            "Peru",
        ),
    ],
)
def test_a_country_in_a_list_of_where_people_come_from(text: str, count: int, country: str) -> None:
    # "from Kenya (45), Ghana (30)": Ghana is where 30 of them come from, the list's "from" governs it
    cands = _cands(text, count, country)
    rule = cands[country]
    assert rule["gov_from"] == 1.0 and rule["gov_in"] == 0.0 and rule["bare_count"] == 1.0
    assert rule["rule_country_gov_from"] == 1.0 and rule["rule_country_bare"] == 1.0


@pytest.mark.parametrize(
    ("text", "count", "country"),
    [
        (
            "Kazakh students study mainly in Russia (45,000), China (15,000) and Poland (3,000).",
            15000,
            "China",
        ),
        ("Last year the ministry sent 90 teachers to Japan (40), Korea (35) and India (15).", 35, "Korea"),
    ],
)
def test_a_country_in_a_list_of_where_people_go(text: str, count: int, country: str) -> None:
    rule = _cands(text, count, country)[country]
    assert rule["gov_in"] == 1.0 and rule["gov_from"] == 0.0 and rule["rule_country_gov_from"] == 0.0
    assert rule["bare_count"] == 1.0


@pytest.mark.parametrize(
    "first",
    [
        "Most Uzbek students abroad study in Russia.",
        "Many Kazakh graduates go to Russia for their master's degrees.",
        "The ministry opened a new scholarship scheme for study in Russia.",
    ],
)
def test_a_country_of_the_sentence_before(first: str) -> None:
    # "... study in Russia. This year 45,000 are enrolled.": the country the sentence before tells them to go to
    cands = _cands(first + " This year 45,000 students are enrolled.", 45000, None)
    russia = cands["Russia"]
    assert (
        russia["kind_country"] == 1.0 and russia["prev_sentence"] == 1.0 and russia["prev_country_in"] == 1.0
    )


# -- the hook's repairs of a country the readers misread ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "listed", "host"),
    [
        (
            "Poland hosts about 80,000 foreign students this year. "
            "Most of them come from Ukraine (45,000 students), Belarus (9,000 students) and India (3,000).",
            9000,
            "Belarus",
            "Poland",
        ),
        (
            "Turkey has become a major destination for African students. "
            "They come mainly from Somalia (4,200), Nigeria (2,100) and Sudan (1,900).",
            2100,
            "Nigeria",
            "Turkey",
        ),
        (  # no country told before: the article's main institution
            "Hallford University welcomed 300 international students this autumn, the rector of Hallford University "
            "said. The newcomers come from Kenya (45), Ghana (30) and Peru (12).",
            30,
            "Ghana",
            "Hallford University",
        ),
        (
            "Last year Japan received 3,100 students from Central Asia. "
            "The largest groups came from Uzbekistan with 1,500, followed by Kazakhstan with 900.",
            900,
            "Kazakhstan",
            "Japan",
        ),
    ],
)
def test_a_country_of_a_list_of_origins_gives_way_to_the_host_told_before(
    text: str, count: int, listed: str, host: str
) -> None:
    # "... hosts 80,000 students. They come from Ukraine (45,000), Belarus (9,000)": all of them are in Poland
    assert place_after_repairs(text, count, listed) == host
    with place_repairs_off():
        assert place_after_repairs(text, count, listed) == listed  # the readers' place


@pytest.mark.parametrize(
    ("text", "count", "country"),
    [
        (  # a list of where they went: the country is the place
            "The Ministry of Education of Kazakhstan published new figures. "
            "Kazakh students study mainly in Russia (45,000), China (15,000) and Poland (3,000).",
            15000,
            "China",
        ),
        (  # a list of origins with no country told before and no main institution: nothing to put instead
            "Hallford University held its graduation on Friday. "
            "The graduates came from Kenya (45), Ghana (30) and Peru (12).",
            30,
            "Ghana",
        ),
    ],
)
def test_a_country_the_repairs_keep(text: str, count: int, country: str) -> None:
    assert place_after_repairs(text, count, country) == country


@pytest.mark.parametrize(
    ("text", "country", "institution"),
    [
        (
            "The rector of Hallford University met the delegation of Poland. "
            "The guests saw the laboratories. Today 45 students are enrolled in engineering.",
            "Poland",
            "Hallford University",
        ),
        (
            "Officials of Ghana toured Dunmore College of Nursing on Tuesday. "
            "The visit ended with a concert. Currently, 45 students attend its courses.",
            "Ghana",
            "Dunmore College of Nursing",
        ),
        (
            "The Vietnamese ambassador visited Brenton Institute of Technology. "
            "He praised Vietnam's ties with the region. The institute opened a new campus in May. "
            "There, 45 students do research.",
            "Vietnam",
            "Brenton Institute of Technology",
        ),
    ],
)
def test_a_country_no_sentence_near_names_gives_way_to_the_institution_told_of(
    text: str, country: str, institution: str
) -> None:
    # "The rector of B met the delegation of Poland. ... Today 45 students are enrolled": they are at B
    assert place_after_repairs(text, 45, country) == institution


def test_no_candidates_when_the_count_is_not_in_its_sentence() -> None:
    doc = _doc("Hallford University hosts 85 students from Vietnam.")
    assert candidates(doc, Cohort(86, at="Hallford University", evidence=doc.evidence(1)), None) == []
    assert candidates(doc, Cohort(None, at="Hallford University", evidence=doc.evidence(1)), None) == []


# -- the choice and the hook ---------------------------------------------------------------------------------


def _model(threshold: float, **weights: float) -> PlaceModel:
    return PlaceModel(dict.fromkeys(FEATURES, 0.0) | weights, 0.0, threshold)


def test_choose_needs_the_margin_over_the_rules_place() -> None:
    rule = Candidate("Canada", {"rule": 1.0, "kind_country": 1.0})
    other = Candidate("Hallford University", {"kind_university": 1.0, "prep_at": 1.0})
    model = _model(1.0, kind_university=1.0, prep_at=1.0)
    assert choose(model, [rule, other]) is other  # margin 2 > 1
    assert choose(_model(2.5, kind_university=1.0, prep_at=1.0), [rule, other]) is None  # 2 < 2.5: the rules'
    assert choose(model, [rule]) is None  # nothing else to choose


TEXTS = [
    (
        "Currently, 120 Ghanaian students study in Canada, most of them at Hallford University.",
        (120, "Canada"),
        (120, "Hallford University"),
    ),
    (
        "The ambassador of Ghana visited Hallford University in Toronto. About 120 Ghanaian students study in Canada.",
        (120, "Canada"),
        (120, "Hallford University"),
    ),
    (
        "More than 300 students from Dunmore College study in South Korea, said the rector of Dunmore College.",
        (300, "South Korea"),
        (300, "South Korea"),  # the college after "from" is where they come from: the model's origin weight
    ),
]


@pytest.mark.parametrize(("text", "rules", "chosen"), TEXTS)
def test_the_hook_puts_the_models_choice_and_the_switch_turns_it_off(
    text: str, rules: tuple[int, str], chosen: tuple[int, str]
) -> None:
    # a model of our own that prefers institutions to countries by far, never where people come from
    learned_places.use_model(_model(1.0, kind_university=3.0, kind_country=-1.0, origin=-5.0))
    assert _pairs(text) == [chosen]
    learned_places.use_model(None, off=True)
    assert _pairs(text) == [rules]
    # a model whose margin never passes keeps the rules' place
    learned_places.use_model(_model(10.0, kind_university=3.0, kind_country=-1.0))
    assert _pairs(text) == [rules]


def test_shipped_file_is_disabled_and_keeps_the_rules_places() -> None:
    shipped = learned_places.shipped_model()
    assert list(shipped.weights) == list(FEATURES)
    assert not shipped.enabled
    for text, rules, _ in TEXTS:
        assert _pairs(text) == [rules]
