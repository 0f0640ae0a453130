"""An embassy implied by a diplomat's title is the SENDING state's post in the host state, however the
title words the states: a demonym, a possessive, "of the Republic of X", "Extraordinary and
Plenipotentiary", a high commissioner, a consul general in a city, a chargé d'affaires.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _posts(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each diplomatic post of the record: name -> (country, aliases)."""
    record = extract_text(text, published="2025-02-11")
    return {o.name: (o.country, o.aliases) for o in record.organizations if o.type == "Embassy"}


@pytest.mark.parametrize(
    ("text", "name", "sender"),
    [
        (
            "Kazakh Ambassador to China Shalkar Nurov met the rector of Peking University.",
            "Embassy of Kazakhstan in China",
            "Kazakhstan",
        ),
        (
            "Egypt's Ambassador to Uzbekistan Ahmed Fathy visited Tashkent State University of Law.",
            "Embassy of Egypt in Uzbekistan",
            "Egypt",
        ),
        (
            "Amina Bello, the Ambassador of Ghana to Turkey, visited Ankara University.",
            "Embassy of Ghana in Turkey",
            "Ghana",
        ),
        (
            "Rahul Mehta, India's High Commissioner to Ghana, visited the University of Ghana.",
            "High Commission of India in Ghana",
            "India",
        ),
        (
            "U.S. Ambassador to Kenya Mary Whitlock visited Strathmore University.",
            "Embassy of the United States in Kenya",
            "United States",
        ),
        (
            "The Chargé d'Affaires a.i. of Japan to Tajikistan, Kenji Sato, visited the Tajik National University.",
            "Embassy of Japan in Tajikistan",
            "Japan",
        ),
        (
            "Consul General of India in Dubai Satish Kumar visited the University of Dubai.",
            "Consulate General of India in Dubai",
            "India",
        ),
        (
            "Nigeria's Consul-General in Atlanta, Ade Okafor, visited Emory University.",
            "Consulate General of Nigeria in Atlanta",
            "Nigeria",
        ),
        (
            "Kenyan Ambassador to Japan Jane Wambui visited Kyoto University.",
            "Embassy of Kenya in Japan",
            "Kenya",
        ),
        (
            "NAIROBI, Kenya - Ambassador of Japan Taro Suzuki visited Moi University.",
            "Embassy of Japan in Kenya",
            "Japan",
        ),
        (
            "Brazil's ambassador in Abuja, Maria Lopes, visited Ahmadu Bello University.",
            "Embassy of Brazil in Nigeria",
            "Brazil",
        ),
    ],
)
def test_the_post_is_the_sending_state_s(text: str, name: str, sender: str) -> None:
    posts = _posts(text)
    assert name in posts, posts
    assert posts[name][0] == sender


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Ambassador of the Republic of Korea to Uzbekistan Kim Hee-sang visited Inha University in Tashkent.",
            "Embassy of the Republic of Korea in Uzbekistan",
        ),
        (
            "Ambassador Extraordinary and Plenipotentiary of the Republic of Uzbekistan to the Kingdom of Saudi Arabia Ulugbek Karimov visited King Saud University.",
            "Embassy of the Republic of Uzbekistan in the Kingdom of Saudi Arabia",
        ),
        (
            "The British High Commissioner to Nigeria, Richard Montgomery, visited the University of Ibadan.",
            "British High Commission in Nigeria",
        ),
        (
            "Australian High Commissioner to India Philip Green visited the University of Delhi.",
            "Australian High Commission in India",
        ),
        (
            "The Ambassador of the State of Qatar to Kazakhstan Mohammed Al-Kuwari visited Nazarbayev University.",
            "Embassy of the State of Qatar in Kazakhstan",
        ),
    ],
)
def test_the_title_s_wording_of_the_post_is_an_alias(text: str, written: str) -> None:
    posts = _posts(text)
    assert any(name == written or written in aliases for name, (_, aliases) in posts.items()), posts


def test_the_host_state_of_a_visiting_ambassador_is_no_sender() -> None:
    posts = _posts("The Ambassador of Hungary to Kazakhstan, Zoltan Varga, met students in Astana.")
    assert list(posts) == ["Embassy of Hungary in Kazakhstan"]
