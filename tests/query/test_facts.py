"""Every fact of the two founding articles, asked of the shipped graph as a user would ask it."""

from __future__ import annotations

from kgpart.query.bundled import NamedQuery, get_query
from kgpart.query.run import QueryResult, run_query
from kgpart.store.graph import KnowledgeGraph


def ask(kg: KnowledgeGraph, sparql: str, **params: str) -> QueryResult:
    return run_query(kg, NamedQuery("test", sparql), params)


def test_ambassador_met_the_rector_of_ghent_university(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?meeting WHERE {
             ?meeting a kgp:Meeting ; kgp:participant ?amb, ?rector ;
                      kgp:participantOrganization ?uni .
             ?amb rdfs:label "Roman Vassilenko" ; kgp:holds ?post .
             ?post a kgp:Ambassador ; kgp:postIn/kgp:country/kgp:isoCode "KZ" ; kgp:accreditedTo/kgp:isoCode "BE" .
             ?rector rdfs:label "Petra De Sutter" ; kgp:holds [ a kgp:Rector ; kgp:postIn ?uni ] .
             ?uni rdfs:label "Ghent University" ; skos:altLabel "UGhent" .
           }""",
    )
    assert len(result.rows) == 1


def test_separate_meeting_with_antwerp_rector_and_vice_rector(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?meeting (GROUP_CONCAT(?name; SEPARATOR="|") AS ?people) WHERE {
             ?meeting a kgp:Meeting ; kgp:participantOrganization ?uni ; kgp:participant/rdfs:label ?name .
             ?uni skos:altLabel "UAntwerp" .
           } GROUP BY ?meeting""",
    )
    assert len(result.rows) == 1
    assert sorted(result.values("people")[0].split("|")) == [
        "Herwig Leirs",
        "Nathalie Dens",
        "Roman Vassilenko",
    ]
    roles = ask(
        shipped,
        """SELECT ?name ?role WHERE { ?p rdfs:label ?name ; kgp:holds ?post . ?post a ?c .
             ?c rdfs:label ?role ; rdfs:subClassOf kgp:Post . ?post kgp:postIn/skos:altLabel "UAntwerp" }
           ORDER BY ?name""",
    )
    assert [(r["name"].value, r["role"].value) for r in roles.rows] == [
        ("Herwig Leirs", "Rector"),
        ("Nathalie Dens", "Vice-Rector"),
    ]


def test_the_ambassador_is_one_person_in_both_articles(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT DISTINCT ?amb (COUNT(DISTINCT ?g) AS ?sources) WHERE {
             GRAPH ?g { ?m a kgp:Meeting ; kgp:participant ?amb } ?amb rdfs:label "Roman Vassilenko" }
           GROUP BY ?amb""",
    )
    assert len(result.rows) == 1 and result.values("sources") == ["2"]


def test_topics_each_meeting_discussed(shipped: KnowledgeGraph) -> None:
    query = """SELECT ?topic WHERE { ?m a kgp:Meeting ; kgp:participantOrganization/rdfs:label ?uni ;
                 kgp:discussed/rdfs:label ?topic }"""
    ghent = set(ask(shipped, query + " VALUES ?uni { 'Ghent University' }").values("topic"))
    assert {
        "higher education",
        "joint research",
        "academic mobility",
        "PhD co-supervision",
        "biotechnology",
        "agricultural sciences",
        "artificial intelligence",
        "digitalisation",
    } <= ghent
    antwerp = set(ask(shipped, query + " VALUES ?uni { 'University of Antwerp' }").values("topic"))
    assert {
        "higher education",
        "science and innovation",
        "academic mobility",
        "double-degree programmes",
        "transport and logistics",
        "academic events",
    } <= antwerp


def test_which_kazakh_institutions_cooperate_with_ghent_university(shipped: KnowledgeGraph) -> None:
    rows = run_query(shipped, get_query("partners_of"), {"org": "Ghent University"}).rows
    kazakh = {r["partnerName"].value: r["through"].value for r in rows if r["country"].value == "Kazakhstan"}
    assert kazakh == {
        "M. Auezov South Kazakhstan University": "Faculty of Bioscience Engineering",
        "Nazarbayev University": "Ghent University",
        "Suleyman Demirel University": "Ghent University",
        "Institute of Mathematics and Mathematical Modeling": "Ghent University",
    }


def test_auezov_cooperation_is_research_and_training_with_the_faculty(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?kind ?status WHERE {
             ?p kgp:party ?a, ?f ; kgp:partnershipKind ?kind ; kgp:status/rdfs:label ?status .
             ?a rdfs:label "M. Auezov South Kazakhstan University" .
             ?f rdfs:label "Faculty of Bioscience Engineering" ; kgp:partOf/skos:altLabel "UGhent" }""",
    )
    assert [(r["kind"].value, r["status"].value) for r in result.rows] == [
        ("research and specialist training", "active")
    ]


def test_institute_of_mathematics_belongs_to_the_science_committee(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?committee ?ministry WHERE {
             ?i rdfs:label "Institute of Mathematics and Mathematical Modeling" ; a kgp:ResearchInstitute ;
                kgp:partOf ?c . ?c rdfs:label ?committee ; kgp:partOf/rdfs:label ?ministry }""",
    )
    assert result.values("ministry") == [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan"
    ]
    assert result.values("committee")[0].startswith("Science Committee")


def cohort(kg: KnowledgeGraph, where: str) -> list[tuple[int, str, str]]:
    result = ask(
        kg,
        f"""SELECT ?count ?who ?status WHERE {{
              ?c a kgp:StudentCohort ; kgp:count ?count ; kgp:who ?who ; kgp:status/rdfs:label ?status .
              {where} }} ORDER BY ?count""",
    )
    return [(int(r["count"].value), r["who"].value, r["status"].value) for r in result.rows]


def test_how_many_students_from_kazakhstan_study_at_antwerp(shipped: KnowledgeGraph) -> None:
    found = cohort(
        shipped, '?c kgp:fromCountry/rdfs:label "Kazakhstan" ; kgp:at/rdfs:label "University of Antwerp"'
    )
    assert found == [(5, "PhD candidates and postdoctoral fellows", "active"), (11, "students", "active")]


def test_six_researchers_completed_internships_at_ghent(shipped: KnowledgeGraph) -> None:
    found = cohort(shipped, '?c kgp:fromCountry/kgp:isoCode "KZ" ; kgp:at/rdfs:label "Ghent University"')
    assert found == [(6, "researchers", "completed")]


def test_two_phd_specialists_continue_at_gumilyov_university(shipped: KnowledgeGraph) -> None:
    found = cohort(
        shipped, '?c kgp:at/skos:altLabel "L.Gumilyov Eurasian National University" ; kgp:subsetOf ?six'
    )
    assert found == [(2, "PhD specialists", "active")]


def test_double_degree_mba_involves_eight_masters_students(shipped: KnowledgeGraph) -> None:
    rows = run_query(shipped, get_query("programmes"), {}).rows
    assert len(rows) == 1
    row = rows[0]
    assert (row["kind"].value, row["level"].value, int(row["count"].value), row["who"].value) == (
        "double-degree",
        "MBA",
        8,
        "master's students",
    )
    assert sorted(row["partners"].value.split("; ")) == [
        "Almaty Management University",
        "Antwerp Management School",
    ]


def test_cmat_is_part_of_the_university_of_antwerp(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped, 'ASK { ?c skos:altLabel "C-MAT" ; a kgp:Centre ; kgp:partOf/skos:altLabel "UAntwerp" }'
    )
    assert result.boolean is True


def test_antwerp_management_school_stays_distinct_from_the_university(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        'ASK { ?s rdfs:label "Antwerp Management School" . ?u skos:altLabel "UAntwerp" . ?s kgp:partOf ?u }',
    )
    assert result.boolean is False


def test_proposed_cooperation_is_proposed_not_agreed(shipped: KnowledgeGraph) -> None:
    rows = run_query(shipped, get_query("proposed_cooperation"), {}).rows
    kinds = {r["what"].value for r in rows}
    assert {
        "Joint research projects (proposed)",
        "Co-supervision of PhD programmes (proposed)",
        "New double-degree programmes (proposed)",
        "Joint courses in transport and logistics using C-MAT (proposed)",
        "Ghent University at academic events during bilateral visits (proposed)",
        "University of Antwerp at academic events during bilateral visits (proposed)",
    } <= kinds
    assert all(r["meeting"].value for r in rows)
    agreed = ask(shipped, "ASK { ?p kgp:status kgp:Proposed ; kgp:party ?a, ?b . ?a kgp:partnersWith ?b }")
    assert agreed.boolean is False, "a proposal must not become a partnersWith edge"


def test_country_level_figures_for_kazakhstan(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?count ?qualifier ?status ?asOf ?target WHERE {
             ?f a/rdfs:subClassOf* kgp:Figure ; kgp:inCountry/kgp:isoCode "KZ" ; kgp:count ?count ; kgp:countQualifier ?qualifier ;
                kgp:status/rdfs:label ?status .
             OPTIONAL { ?f kgp:asOf ?asOf } OPTIONAL { ?f kgp:targetYear ?target } } ORDER BY ?count""",
    )
    got = [
        (
            int(r["count"].value),
            r["qualifier"].value,
            r["status"].value,
            r["asOf"].value if "asOf" in r else None,
            r["target"].value if "target" in r else None,
        )
        for r in result.rows
    ]
    assert got == [
        (40, "about", "active", "2026-03-01", None),
        (35000, "more than", "active", "2026-03-01", None),
        (150000, "exact", "planned", None, "2029"),
    ]


def test_sources_name_the_publisher_and_dates(shipped: KnowledgeGraph) -> None:
    result = ask(
        shipped,
        """SELECT ?g ?issued WHERE {
             GRAPH ?g { ?g kgp:source ?s . ?s dcterms:publisher ?pub . OPTIONAL { ?s dcterms:issued ?issued } }
             ?pub rdfs:label "Ministry of Foreign Affairs of the Republic of Kazakhstan" } ORDER BY ?g""",
    )
    issued = {r["g"].value.rsplit("/", 1)[1]: r.get("issued") for r in result.rows}
    assert set(issued) == {"mfa-kz-2026-03-01-ghent-university", "mfa-kz-university-of-antwerp"}
    assert issued["mfa-kz-2026-03-01-ghent-university"].value == "2026-03-01"
    assert issued["mfa-kz-university-of-antwerp"] is None


def test_every_fact_points_back_to_its_article(shipped: KnowledgeGraph) -> None:
    orphans = ask(
        shipped,
        """SELECT ?fact WHERE { VALUES ?c { kgp:Meeting kgp:Partnership kgp:Programme kgp:Figure }
             ?fact a ?c . FILTER NOT EXISTS { ?fact kgp:evidence/kgp:source/a kgp:Source } }""",
    )
    assert orphans.rows == []
    rows = run_query(shipped, get_query("source_of"), {"subject": "Nazarbayev University"}).rows
    spans = [r for r in rows if "fact" in r]  # the article's "mention" row has no fact nor span
    assert spans and all(int(r["start"].value) < int(r["end"].value) for r in spans)
