"""Resolution over a corpus: one IRI per real entity across articles, never one IRI for two (#12 item 1).

The names are invented for these tests (institutions of real countries, so that country words and
demonyms are recognised); each test stands for one kind of mistake measured on a real corpus.
"""

from __future__ import annotations

from kgpart.resolve import Entity, Resolver


def _org(resolver: Resolver, name: str, type: str, country: str | None, *aliases: str) -> Entity:
    return resolver.organization(name, aliases=aliases, type=type, country=country).entity


def test_a_person_named_surname_first_with_a_patronymic_is_one_person() -> None:
    resolver = Resolver()
    first = resolver.person("Bolat Sarsenov").entity
    assert resolver.person("Sarsenov Bolat Erlanovich").entity is first
    assert resolver.person("Sarsenov Aidos").entity is not first  # another given name
    assert resolver.person("Bolatov Sarsen").entity is not first


def test_an_initial_ties_a_person_only_within_one_article() -> None:
    resolver = Resolver()
    resolver.start_article("a")
    full = resolver.person("Dana Omarova").entity
    assert resolver.person("D. Omarova").entity is full  # the article's own text ties them
    resolver.start_article("b")
    other = resolver.person("A. Omarova").entity
    assert other is not full
    resolver.start_article("c")
    assert resolver.person("D. Omarova").entity is full  # the alias is known now


def test_a_university_named_without_its_status_word_is_one_university() -> None:
    resolver = Resolver()
    kept = _org(resolver, "Volga Federal University", "University", "RU", "VFU")
    assert _org(resolver, "Volga University", "University", "RU") is kept
    assert _org(resolver, "VFU", "University", "RU") is kept


def test_word_order_and_eponyms_do_not_split_a_university() -> None:
    resolver = Resolver()
    kept = _org(resolver, "Al-Biruni Mongolian National University", "University", "MN")
    assert _org(resolver, "Mongolian National Al Biruni University", "University", "MN") is kept
    assert _org(resolver, "Mongolian National University", "University", "MN") is kept
    assert _org(resolver, "Mongolian National University named after Al-Biruni", "University", "MN") is kept


def test_universities_that_differ_by_a_subject_stay_apart() -> None:
    resolver = Resolver()
    national = _org(resolver, "Al-Biruni Mongolian National University", "University", "MN")
    pedagogical = _org(resolver, "Mongolian National Pedagogical University", "University", "MN")
    agrarian = _org(resolver, "Mongolian National Agrarian University", "University", "MN")
    assert len({national.iri, pedagogical.iri, agrarian.iri}) == 3
    assert _org(resolver, "Mongolian National University", "University", "MN") is national
    assert _org(resolver, "Mongolian Pedagogical University", "University", "MN") is pedagogical


def test_shared_words_alone_keep_two_institutions_apart() -> None:
    resolver = Resolver()
    university = _org(resolver, "University of Tartu", "University", "EE")
    school = _org(resolver, "Tartu Business School", "School", "EE")
    assert university is not school
    assert _org(resolver, "Tartu University", "University", "EE") is university


def test_a_foreign_ministry_under_its_usual_names_is_one_ministry() -> None:
    resolver = Resolver()
    kept = _org(resolver, "Ministry of Foreign Affairs of the Republic of Mongolia", "Ministry", "MN")
    assert _org(resolver, "Mongolian MFA", "Ministry", "MN") is kept
    assert _org(resolver, "Mongolian Foreign Office", "Organization", "MN") is kept
    assert _org(resolver, "Foreign Ministry of Mongolia", "Ministry", None) is kept
    assert _org(resolver, "Ministry of Foreign Affairs of Chile", "Ministry", "CL") is not kept
    assert _org(resolver, "Mongolian Ministry of Education", "Ministry", "MN") is not kept


def test_an_embassy_is_known_by_both_its_countries() -> None:
    resolver = Resolver()
    kept = _org(resolver, "Embassy of Peru in Mongolia", "Embassy", "PE")
    assert _org(resolver, "Peruvian Embassy to Mongolia", "Embassy", "PE") is kept
    assert _org(resolver, "Embassy of Mongolia in Peru", "Embassy", "MN") is not kept


def test_an_embassy_named_without_its_host_is_never_merged_by_name_alone() -> None:
    resolver = Resolver()
    in_mongolia = _org(resolver, "Embassy of Peru in Mongolia", "Embassy", "PE", "Embassy of Peru")
    assert in_mongolia.aliases == set()  # the mission without its host: any other would take it
    resolver.start_article("a")
    first = _org(resolver, "Embassy of Peru", "Embassy", "PE")
    assert first is not in_mongolia
    resolver.start_article("b")
    # the very same name is one entity (a graph holds one entity per name), never a hosted one
    assert _org(resolver, "Embassy of Peru", "Embassy", "PE") is first
    assert _org(resolver, "Peruvian Embassy", "Embassy", "PE") is not in_mongolia


def test_a_place_name_is_not_taken_as_an_alias() -> None:
    resolver = Resolver()
    university = _org(resolver, "Bosphorus Marine University", "University", "TR", "Izmir", "BMU")
    assert university.aliases == {"BMU"}
    assert _org(resolver, "Izmir", "Other", "TR") is not university


def test_a_parent_organisation_is_not_taken_as_an_alias_of_its_unit() -> None:
    resolver = Resolver()
    department = _org(
        resolver,
        "Protocol Department of the Ministry of Foreign Affairs of Chile",
        "Faculty",
        "CL",
        "Ministry of Foreign Affairs of Chile",
    )
    assert department.aliases == set()
    assert _org(resolver, "Ministry of Foreign Affairs of Chile", "Ministry", "CL") is not department
    centre = _org(
        resolver, "Soil Laboratory of Tobol State University", "Centre", "KZ", "Tobol State University"
    )
    assert centre.aliases == set()
    assert _org(resolver, "Tobol State University", "University", "KZ") is not centre


def test_a_generic_name_is_not_taken_as_an_alias() -> None:
    resolver = Resolver()
    university = _org(
        resolver, "K. Omarov Turgai Agrarian University", "University", "KZ", "Agrarian University"
    )
    assert university.aliases == set()
    assert _org(resolver, "Agrarian University", "University", "KZ") is not university


def test_a_weak_likeness_is_suggested_not_merged() -> None:
    resolver = Resolver()
    resolver.start_article("a")
    first = _org(resolver, "Tobol University", "University", "KZ")
    resolver.start_article("b")
    second = _org(resolver, "Tobol Pedagogical University", "University", "KZ")
    assert first is not second
    [suggestion] = [s for s in resolver.suggestions if {s.left.iri, s.right.iri} == {first.iri, second.iri}]
    assert suggestion.text() == (
        "possible same entity: Tobol University ~ Tobol Pedagogical University (articles a, b)"
    )


def test_a_name_in_cyrillic_and_in_latin_letters_is_one_person() -> None:
    resolver = Resolver()
    first = resolver.person("Yerlan Tuleubayev").entity
    assert resolver.person("Ерлан Тулеубаев").entity is first
    assert resolver.person("Erlan Tuleubaev").entity is first
    assert resolver.person("Тулеубаев Ерлан Маратович").entity is first


def test_a_branch_is_not_its_university() -> None:
    resolver = Resolver()
    university = _org(resolver, "Al-Biruni Mongolian National University", "University", "MN")
    branch = _org(
        resolver,
        "Филиал Монгольского национального университета",
        "Organization",
        "MN",
        "Branch of Mongolian National University",
    )
    assert branch is not university
    assert "Branch of Mongolian National University" not in university.aliases


def test_a_russian_name_keeps_its_other_cases_as_aliases() -> None:
    resolver = Resolver()
    person = resolver.person("Арман Сеитов", aliases=("Арманом Сеитовым", "Arman Seitov")).entity
    assert person.aliases == {"Арманом Сеитовым", "Arman Seitov"}
    university = _org(resolver, "Тобольский университет", "University", "RU", "Тобольского университета")
    assert university.aliases == {"Тобольского университета"}


def test_a_branch_named_much_as_its_university_is_not_its_university() -> None:
    resolver = Resolver()
    university = _org(
        resolver,
        "Тобольский государственный университет",
        "University",
        "RU",
        "Тобольского государственного университета",
    )
    branch = resolver.organization(
        "Филиал Тобольского государственного университета", type="University", parent=university.iri
    ).entity
    assert branch is not university


def test_a_generic_name_finds_no_entity_of_another_article_even_with_a_country() -> None:
    resolver = Resolver()
    resolver.start_article("a")
    russian = _org(resolver, "Министерство иностранных дел", "Ministry", None, "Ministry of Foreign Affairs")
    resolver.start_article("b")
    assert _org(resolver, "Ministry of Foreign Affairs", "Ministry", "CL") is not russian
    chile = _org(resolver, "Ministry of Foreign Affairs of Chile", "Ministry", "CL")
    resolver.start_article("c")
    assert _org(resolver, "Ministry of Foreign Affairs", "Ministry", "CL") is chile  # its key has the country
