"""A meeting told by its noun: a sentence that opens inside it ("In the course of the negotiations, A and B
...", "In the meeting, ..."), who was there told first ("Present at the meeting were A and B"), "the meeting
... brought together", "took place with the participation of", "co-chaired", "an exchange of views took place
between", "the programme included meetings with", and a guest met two sentences after the visit is told
("The delegation included A. They were met by B"). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens inside the meeting
        (
            "In the course of the negotiations, Deputy Minister Aida Nurlanova and Director of DAAD Berlin Kai "
            "Sicks considered joint scholarships.",
            {"Aida Nurlanova", "Kai Sicks"},
        ),
        (
            "In the meeting, Vice-Chancellor of Bayero University Sagir Abbas and Ambassador of Egypt Ihab Awad "
            "reviewed scholarship quotas.",
            {"Sagir Abbas", "Ihab Awad"},
        ),
        (
            "During the consultations, Rector of Nakhchivan State University Elbrus Isayev told Ambassador of "
            "Iran Abbas Mousavi about the university's Persian courses.",
            {"Elbrus Isayev", "Abbas Mousavi"},
        ),
        # who was there, told first
        (
            "Present at the meeting were Rector of Jordan University of Science and Technology Khalid El-Salem "
            "and Ambassador of Romania Cristian Tudor.",
            {"Khalid El-Salem", "Cristian Tudor"},
        ),
        (
            "Participating in the talks were the Ambassador of Ireland Cliona Manahan and the Provost of Trinity "
            "College Dublin Linda Doyle.",
            {"Cliona Manahan", "Linda Doyle"},
        ),
        (
            "Taking part in the meeting were the Consul General of Hungary in Almaty Gyorgy Kakuk and Rector of "
            "Kazakh National Agrarian University Tilektes Yespolov.",
            {"Gyorgy Kakuk", "Tilektes Yespolov"},
        ),
        # the meeting noun far from its verb
        (
            "The meeting, held at the Ministry of Foreign Affairs of Kyrgyzstan, brought together Deputy Minister "
            "Almaz Imangaziev and Rector of the Kyrgyz State Technical University Tilek Abdyrakhmanov.",
            {"Almaz Imangaziev", "Tilek Abdyrakhmanov"},
        ),
        (
            "The meeting at the Eurasian National University took place with the participation of Rector Yerlan "
            "Sydykov and Ambassador of Malaysia Mohd Azlan Ismail.",
            {"Yerlan Sydykov", "Mohd Azlan Ismail"},
        ),
        (
            "The talks in Bishkek were held with the participation of Rector of the Kyrgyz-Russian Slavic "
            "University Vladimir Nifadyev and Rector of MGIMO Anatoly Torkunov.",
            {"Vladimir Nifadyev", "Anatoly Torkunov"},
        ),
        # co-chaired
        (
            "The meeting of the joint working group was co-chaired by Deputy Minister of Education of Kazakhstan "
            "Kanat Abdikarimov and Vice-President of Tsinghua University Yang Bin.",
            {"Kanat Abdikarimov", "Yang Bin"},
        ),
        (
            "Rector of Tashkent State University of Law Islambek Rustambekov and Vice-President of Nagoya "
            "University Kenji Ito co-chaired the session of the joint committee.",
            {"Islambek Rustambekov", "Kenji Ito"},
        ),
        (
            "The session was chaired by Minister of Education of Mongolia Luvsantseren Enkh-Amgalan and Rector of "
            "the University of Warsaw Alojzy Nowak.",
            {"Luvsantseren Enkh-Amgalan", "Alojzy Nowak"},
        ),
        # an exchange of views, meetings in a programme
        (
            "An exchange of views took place between Chairman of the Board of KIMEP University Chan Young Bang "
            "and Ambassador of Canada Brian Ebel.",
            {"Chan Young Bang", "Brian Ebel"},
        ),
        (
            "The delegation's programme included meetings with Rector of Tajik National University Khushvakht "
            "Rajabzoda and Minister of Education Rahim Saidzoda.",
            {"Khushvakht Rajabzoda", "Rahim Saidzoda"},
        ),
        (
            "Minister of Education Rahim Saidzoda holds negotiations with the President of Lanzhou University Yan "
            "Chunhua.",
            {"Rahim Saidzoda", "Yan Chunhua"},
        ),
        (
            "Rector of Kazan Federal University Lenar Safin conducted negotiations with the Vice-President of the "
            "University of Tehran Ali Rezaei.",
            {"Lenar Safin", "Ali Rezaei"},
        ),
    ],
)
def test_a_meeting_told_by_its_noun(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The University of Dodoma hosted a delegation from Zhejiang Normal University on Thursday. The "
            "delegation included Vice-President Wang Hui and Dean Li Ming. They were met by Vice-Chancellor "
            "Lughano Kusiluka.",
            {"Wang Hui", "Lughano Kusiluka"},
        ),
        (
            "A delegation of Ankara University visited the Kyrgyz-Turkish Manas University on 4 March. The "
            "delegation was accompanied by Professor Aylin Demir. They were welcomed by Vice-Rector Asylbek "
            "Kulmyrzaev.",
            {"Aylin Demir", "Asylbek Kulmyrzaev"},
        ),
        (
            "Tomsk State University welcomed a delegation of the National University of Mongolia. The delegation "
            "included Vice-Rector Bat-Erdene Gansukh. They were received by Rector Eduard Galazhinsky.",
            {"Bat-Erdene Gansukh", "Eduard Galazhinsky"},
        ),
    ],
)
def test_the_guests_met_after_who_came_is_told_are_of_one_meeting(text: str, expected: set[str]) -> None:
    found = _found(_LEAD + text)
    assert len(found) == 1 and expected <= found[0]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the joint working group, to be co-chaired by Deputy Minister Kanat Abdikarimov and "
        "Vice-President of Tsinghua University Yang Bin, is scheduled for May.",
        "Minister of Education Rahim Saidzoda plans to hold negotiations with the President of Lanzhou University "
        "Yan Chunhua next month.",
        "The programme of the delegation will include meetings with Rector of Tajik National University "
        "Khushvakht Rajabzoda.",
    ],
)
def test_a_meeting_to_come_told_by_its_noun_is_none(text: str) -> None:
    assert _found(_LEAD + text) == []
