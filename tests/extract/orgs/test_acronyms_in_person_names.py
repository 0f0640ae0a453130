"""Capitals inside a person's name are no organisation: initials written without dots before a
surname ("Professor FG Adeyemi") and a surname in capitals after a given name ("Mr. Hiroshi FUJITA
and ..."), where a bare acronym would otherwise stand as a body. Acronyms of bodies still are."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The delegation was led by Professor FG Adeyemi, who met students of Lagos State University.", "FG"),
        ("Vice-Chancellor JO Okafor signed the agreement with Ghent University.", "JO"),
        ("The rector of Ghent University, Professor JK Mensah, met the delegation.", "JK"),
        ("The Vice-Chancellor of Makerere University welcomed Dean KL Tan of Ghent University.", "KL"),
        (
            "The rector of Ghent University met Mr. Hiroshi FUJITA and Ms. Keiko SATO of the embassy.",
            "FUJITA",
        ),
        ("Students of Ghent University met Dr. Anna KOWALSKA and the consul.", "KOWALSKA"),
        ("The memorandum was presented by Dr. McCART and the rector of Ghent University.", "McCART"),
        ("Ghent University welcomed Consul General SUZUKI Taro and his team.", "SUZUKI"),
        ("The talks with Deputy Director TANAKA Ken in Ghent University went well.", "TANAKA"),
    ],
)
def test_capitals_in_a_persons_name_are_no_organisation(text: str, word: str) -> None:
    record = extract_text(text)
    names = [o.name for o in record.organizations]
    assert word not in names, names
    assert all(word not in p.between for p in record.partnerships)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Rector QAU and Ghent University signed a memorandum.", "QAU"),
        ("A memorandum with KOICA and Ghent University was signed.", "KOICA"),
        ("DAAD offers scholarships to students of Ghent University.", "DAAD"),
        ("Seoul National University, Korea University and KAIST attended the fair.", "KAIST"),
    ],
)
def test_acronyms_of_bodies_stay_organisations(text: str, acronym: str) -> None:
    assert acronym in [o.name for o in extract_text(text).organizations]
