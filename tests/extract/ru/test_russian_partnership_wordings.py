"""Russian partnerships: the partner named after "партнер", agreements being prepared, proposals of
joint work, and diplomatic missions written out in full (our own sentences, in several cases)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian

ENU = "Евразийский национальный университет"
KFU = "Казанский федеральный университет"
TPU = "Томский политехнический университет"
MET = (
    "Ректор Евразийского национального университета Ерлан Сыдыков встретился с делегацией "
    "Казанского федерального университета. "
)


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 3, 14))


def pairs(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(p.between), p.kind, p.status) for p in read(text).partnerships}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner named after "партнер": "является партнером X", "партнеров, среди которых X"
        (
            MET + "Университет является партнером Томского политехнического университета.",
            (TPU, "other", "existing"),
        ),
        (
            MET + "Сегодня ЕНУ выступает стратегическим партнером Томского политехнического университета.",
            (TPU, "other", "existing"),
        ),
        (
            MET
            + "У университета более 300 партнеров по всему миру, среди которых Томский политехнический университет.",
            (TPU, "other", "existing"),
        ),
        (
            MET
            + "Среди партнеров вуза много ведущих университетов, в том числе Томский политехнический университет.",
            (TPU, "other", "existing"),
        ),
        # cooperation set up and going on
        (
            MET + "Университет наладил сотрудничество с Томским политехническим университетом.",
            (TPU, "other", "existing"),
        ),
        (
            MET + "ЕНУ развивает сотрудничество с Томским политехническим университетом.",
            (TPU, "other", "existing"),
        ),
    ],
)
def test_a_partner_named_after_partner_or_cooperation_going_on(
    text: str, expected: tuple[str, str, str]
) -> None:
    partner, kind, status = expected
    assert (frozenset({ENU, partner}), kind, status) in pairs(text)


def test_many_partners_with_none_named_pair_no_one() -> None:
    assert pairs(MET + "У университета более 300 партнеров по всему миру.") == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an agreement being prepared or planned, not yet signed
        ("Будет подготовлен меморандум о сотрудничестве.", "MoU"),
        ("Стороны приступили к разработке соглашения о сотрудничестве.", "agreement"),
        ("Сейчас согласовывается проект соглашения о сотрудничестве.", "agreement"),
        ("Подписание соглашения о сотрудничестве запланировано на осень.", "agreement"),
        ("Университеты планируют подписать меморандум о сотрудничестве.", "MoU"),
        # joint work the sides agreed to or talked about
        ("Стороны достигли договоренности о реализации совместных проектов.", "other"),
        ("Стороны договорились об открытии совместной магистратуры.", "other"),
        ("Стороны обсудили возможность создания совместной лаборатории.", "other"),
    ],
)
def test_agreements_to_come_and_joint_work_proposed(sentence: str, kind: str) -> None:
    assert pairs(MET + sentence) == {(frozenset({ENU, KFU}), kind, "proposed")}


def test_a_signed_agreement_stays_signed_when_its_extension_is_to_come() -> None:
    text = (
        MET + "В 2019 году вузы подписали соглашение о сотрудничестве, которое будет продлено до 2027 года."
    )
    assert pairs(text) == {(frozenset({ENU, KFU}), "agreement", "agreed")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Посольство Казахстана в Венгрии и Будапештский технический университет договорились о сотрудничестве.",
            "Посольство Казахстана в Венгрии",
        ),
        (
            "Встреча прошла в посольстве Узбекистана в Москве при участии ректора МГУ.",
            "Посольство Узбекистана в Москве",
        ),
        (
            "Генеральным консульством Республики Казахстан в Казани организована встреча со студентами.",
            "Генеральное консульство Республики Казахстан в Казани",
        ),
        ("По приглашению посольства Китая делегация вуза посетила Пекин.", "Посольство Китая"),
    ],
)
def test_a_diplomatic_mission_written_out_is_an_embassy_in_the_nominative(text: str, name: str) -> None:
    embassies = [(o.name, o.type) for o in read(text).organizations if o.type == "Embassy"]
    assert embassies == [(name, "Embassy")]


def test_a_mission_and_a_university_that_agree_are_partners() -> None:
    text = "Посольство Казахстана в Венгрии и Будапештский технический университет договорились о сотрудничестве."
    assert pairs(text) == {
        (
            frozenset({"Посольство Казахстана в Венгрии", "Будапештский технический университет"}),
            "other",
            "proposed",
        )
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no host named: the mission of the sending state only
        ("Посольство Казахстана в среду провело прием.", ["Посольство Казахстана"]),
        # no sending state: no mission named
        ("Делегация посетила посольство в Москве.", []),
    ],
)
def test_mission_words_without_a_host_or_a_state(text: str, names: list[str]) -> None:
    assert [o.name for o in read(text).organizations if o.type == "Embassy"] == names


AMBASSADOR = (
    "Ректор Евразийского национального университета Ерлан Сыдыков встретился с послом Венгрии в "
    "Казахстане Анной Берг. "
)


def test_states_that_sign_are_no_institutions_partnership() -> None:
    for sentence in (
        "Напомним, в 2023 году Казахстан и Венгрия подписали соглашение о стратегическом партнерстве.",
        "Между Казахстаном и Венгрией действует соглашение о сотрудничестве в сфере образования.",
    ):
        assert pairs(AMBASSADOR + sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Посол также посетила Казахский национальный университет, где обсудила вопросы сотрудничества.",
        "Затем посол посетила Казахский национальный университет и обсудила перспективы сотрудничества.",
    ],
)
def test_a_person_named_by_post_brings_their_institution_to_the_talks(sentence: str) -> None:
    """ "Посол посетила X, где обсудила сотрудничество": the embassy and X, not the article's university."""
    assert pairs(AMBASSADOR + sentence) == {
        (
            frozenset({"Казахский национальный университет", "Посольство Венгрии в Казахстане"}),
            "other",
            "proposed",
        )
    }


def test_an_agreement_among_three_is_one_partnership_of_all_three() -> None:
    text = (
        "В рамках визита было подписано трехстороннее соглашение между Омским государственным университетом, "
        "Евразийским национальным университетом и Казанским федеральным университетом."
    )
    rec = read(text)
    assert [(set(p.between), p.kind, p.status) for p in rec.partnerships] == [
        ({"Омский государственный университет", ENU, KFU}, "agreement", "agreed")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # two institutions that are partners now
        (
            "Евразийский национальный университет и Казанский федеральный университет — давние партнеры.",
            "other",
        ),
        (
            "Евразийский национальный университет и Казанский федеральный университет связывает многолетнее "
            "сотрудничество.",
            "other",
        ),
        # the sides of the meeting as the subject
        (MET + "Вузы сотрудничают с 2015 года.", "other"),
        (MET + "Сегодня университеты активно взаимодействуют.", "other"),
        # an agreement in force
        (
            MET + "В рамках действующего меморандума вузы реализуют программы академической мобильности.",
            "MoU",
        ),
        (MET + "Стороны обсудили ход реализации действующего соглашения.", "agreement"),
    ],
)
def test_partners_now_and_agreements_in_force_are_existing(text: str, kind: str) -> None:
    assert pairs(text) == {(frozenset({ENU, KFU}), kind, "existing")}


def test_membership_of_a_network_pairs_no_one() -> None:
    assert pairs(MET + "Университеты являются членами Сетевого университета СНГ.") == set()
