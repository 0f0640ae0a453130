"""A signing is a meeting of its signatories and of who watched it when it is held at a ceremony, online, or
before a witness ("in the presence of", "looked on", "Present at the signing were"), told in one sentence or
two; signatories alone ("signed on behalf of the universities by A and B") and signings to come are none.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "University news\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a witness who "looked on", "witnessing the signing were", "present at the signing ceremony were"
        (
            "The memorandum was signed by Professor Kwame Osei, Vice-Chancellor of the University of Cape Coast, "
            "and Dr Lena Hoffmann, President of the University of Bremen, while the German Ambassador to Ghana, "
            "Daniel Krull, looked on.",
            {"Kwame Osei", "Lena Hoffmann", "Daniel Krull"},
        ),
        (
            "Cairo University and the University of Padua signed a cooperation agreement. Witnessing the signing "
            "were the Italian Ambassador to Egypt, Michele Quaroni, and the Minister of Higher Education, Ayman "
            "Ashour.",
            {"Michele Quaroni", "Ayman Ashour"},
        ),
        (
            "The University of Nairobi signed a memorandum of understanding with Kyoto University. Present at the "
            "signing ceremony were Vice-Chancellor Stephen Kiama, Professor Hiroshi Ito of Kyoto University and "
            "the Japanese Ambassador Ken Okaniwa.",
            {"Stephen Kiama", "Hiroshi Ito", "Ken Okaniwa"},
        ),
        (
            "The Memorandum of Understanding was signed by the Vice-Chancellor of the University of Dhaka, "
            "Professor Niaz Ahmed Khan, and the Rector of Tomsk State University, Eduard Galazhinsky. The "
            "Ambassador of Russia to Bangladesh, Alexander Mantytsky, was present at the ceremony.",
            {"Niaz Ahmed Khan", "Eduard Galazhinsky", "Alexander Mantytsky"},
        ),
        # signatories told in one sentence ("Signing on behalf of X was ..."), the witness in the next
        (
            "Signing on behalf of Makerere University was its Vice-Chancellor, Professor Barnabas Nawangwe, while "
            "the University of Glasgow was represented by its Principal, Sir Anton Muscatelli. The ceremony was "
            "witnessed by the British High Commissioner to Uganda, Kate Airey.",
            {"Barnabas Nawangwe", "Kate Airey"},
        ),
        (
            "Vice-Chancellor Sagir Abbas signed the memorandum for Bayero University, while Professor Hesham Ahmed "
            "signed for Cairo University. The event was witnessed by the Egyptian Ambassador Ihab Awad.",
            {"Sagir Abbas", "Hesham Ahmed", "Ihab Awad"},
        ),
        (
            "Kyrgyz-Turkish Manas University and Ankara University signed a cooperation protocol on 10 March. The "
            "protocol was signed by Rector Alpaslan Ceylan and Rector Necdet Unuvar. Ambassador of Kyrgyzstan to "
            "Turkey Kubanychbek Omuraliev attended the ceremony.",
            {"Alpaslan Ceylan", "Necdet Unuvar", "Kubanychbek Omuraliev"},
        ),
        # two signatories at a ceremony, no witness named
        (
            "Rector of Tashkent State Technical University Bakhodir Turaev and President of Inha University Cho "
            "Myung-woo signed the agreement at a ceremony in Tashkent on Tuesday.",
            {"Bakhodir Turaev", "Cho Myung-woo"},
        ),
        (
            "At the signing ceremony, Rector of Samarkand State University Rustam Khalmuradov and Rector of Osh "
            "State University Kudaibergen Kozhobekov exchanged the signed documents.",
            {"Rustam Khalmuradov", "Kudaibergen Kozhobekov"},
        ),
        (
            "The MoU was signed by Dr Ahmed Al-Mansouri for Qatar University and by Prof. Ewa Nowak for the "
            "Jagiellonian University, in a ceremony held at the Polish Embassy in Doha.",
            {"Ahmed Al-Mansouri", "Ewa Nowak"},
        ),
        (
            "An agreement on a joint master's programme was signed between the University of Malaya and "
            "Kazakh-British Technical University. The signing ceremony took place in Kuala Lumpur with the "
            "participation of Vice-Chancellor Noor Azuan Abu Osman and Rector Maral Kaliyeva.",
            {"Noor Azuan Abu Osman", "Maral Kaliyeva"},
        ),
        (
            "The Agricultural University of Tirana signed a memorandum with Wageningen University. Ambassador of "
            "the Netherlands Reinout Vos and Rector Fatbardh Sallaku took part in the signing ceremony.",
            {"Reinout Vos", "Fatbardh Sallaku"},
        ),
        # a signing online or by video link, the signatories told in the next sentence
        (
            "Al-Farabi Kazakh National University and Seoul National University held a virtual signing ceremony "
            "on 12 March. The memorandum was signed by Rector Zhanseit Tuimebayev and President Ryu Hong-lim.",
            {"Zhanseit Tuimebayev", "Ryu Hong-lim"},
        ),
        (
            "The Islamic University of Gaza and the University of Malaya signed an MoU via video link. Professor "
            "Asaad Asaad and Professor Noor Azuan Abu Osman signed on behalf of their universities.",
            {"Asaad Asaad", "Noor Azuan Abu Osman"},
        ),
        (
            "Universidad de Chile and the University of Melbourne signed an exchange agreement. Rector Rosa Devés "
            "signed on behalf of Universidad de Chile, and Deputy Vice-Chancellor Michael Wesley on behalf of "
            "Melbourne, during an online ceremony.",
            {"Rosa Devés", "Michael Wesley"},
        ),
        (
            "The agreement was signed online by Rector of Kazan Federal University Lenar Safin and President of "
            "the University of Tehran Mohammad Moghimi in the presence of Consul General of Iran in Kazan Reza "
            "Nazari.",
            {"Lenar Safin", "Mohammad Moghimi", "Reza Nazari"},
        ),
    ],
)
def test_a_signing_at_a_ceremony_or_before_a_witness_is_a_meeting(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        # signatories alone: no ceremony, no witness
        "The agreement was signed on behalf of the universities by Vice-Rector Samira Huseynova of ADA "
        "University and Vice-Rector Marco Bellini of the University of Turin.",
        "The memorandum between Addis Ababa University and Beijing Normal University was signed on 2 June. "
        "President Samuel Kifle and Vice-President Zhou Zuoyu put their signatures to the document in Beijing.",
        # a ceremony with nobody named
        "The University of Ghana signed a memorandum with the University of Bremen at a ceremony in Accra.",
        # a signing to come
        "Ilia State University and the University of Tartu will sign an agreement at a ceremony next week in the "
        "presence of Ambassador Ketevan Sulava.",
        "The University of Ghana and the University of Bremen are to sign an agreement in the presence of "
        "Ambassador Daniel Krull.",
        "Rector of Kyrgyz National University Kanat Sadykov invited the Ambassador of India Avinash Kumar to attend "
        "the signing ceremony next month.",
        "A signing ceremony between Cairo University and the University of Padua, to be attended by Minister "
        "Ayman Ashour, is scheduled for June.",
        # students who signed up online
        "More than 40 students of Satbayev University signed up online for the courses of Professor John Smith "
        "of the University of Leeds.",
    ],
)
def test_signatories_alone_or_a_signing_to_come_is_no_meeting(text: str) -> None:
    assert _found(_LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MoU signing ceremony was held at the University of Cape Coast on 5 May. The document was signed "
            "by Vice-Chancellor Johnson Boampong and Rector Pedro Teixeira of the University of Porto.",
            {"Johnson Boampong", "Pedro Teixeira"},
        ),
        (
            "Vice-Chancellor Johnson Boampong and Rector Pedro Teixeira signed for their respective institutions, "
            "while Registrar Kofi Mensah and Dean Ana Sousa signed as witnesses.",
            {"Johnson Boampong", "Pedro Teixeira"},
        ),
        (
            "The University of Cape Coast and the University of Porto signed a memorandum of understanding. "
            "Vice-Chancellor Johnson Boampong and Rector Pedro Teixeira put pen to paper on behalf of the "
            "universities. Also in attendance were the Ambassador of Portugal, Luis Barros, and the Registrar, "
            "Kofi Mensah.",
            {"Johnson Boampong", "Pedro Teixeira", "Luis Barros"},
        ),
        (
            "Vice-Chancellor of the University of Cape Coast Johnson Boampong and Rector of the University of "
            "Porto Pedro Teixeira put pen to paper at a brief ceremony in Cape Coast.",
            {"Johnson Boampong", "Pedro Teixeira"},
        ),
        (
            "The signing was done virtually, with Vice-Chancellor Johnson Boampong and Rector Pedro Teixeira "
            "appending their signatures from Cape Coast and Porto.",
            {"Johnson Boampong", "Pedro Teixeira"},
        ),
    ],
)
def test_signatories_with_witnesses_in_attendance_or_pen_to_paper(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))
