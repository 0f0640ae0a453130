"""A post named by its states' common names ("Embassy of South Korea in Kazakhstan") also carries, as
aliases, the names formal texts give it with the states' official long names ("Embassy of the
Republic of Korea in Kazakhstan", "Embassy of the Kyrgyz Republic in the Republic of Türkiye"); a
state with no long name adds none ("Japan"). The post's own name is unchanged."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.orgnames import long_form_posts, long_forms


@pytest.mark.parametrize(
    ("text", "post", "alias"),
    [
        (
            "Ambassador of Korea to Kazakhstan Kim Dae-sik met the rector of Ghent University.",
            "Embassy of South Korea in Kazakhstan",
            "Embassy of the Republic of Korea in Kazakhstan",
        ),
        (
            "The Kyrgyz Ambassador to Turkey met the rector of Ghent University.",
            "Embassy of Kyrgyzstan in Turkey",
            "Embassy of the Kyrgyz Republic in Turkey",
        ),
        (
            "Ambassador of Japan to Uzbekistan Takeshi Moriyama met the rector of Ghent University.",
            "Embassy of Japan in Uzbekistan",
            "Embassy of Japan in the Republic of Uzbekistan",
        ),
        (
            "The Consul General of China in Almaty met the rector of Ghent University.",
            "Consulate General of China in Almaty",
            "Consulate General of the People's Republic of China in Almaty",
        ),
    ],
)
def test_a_post_has_its_states_long_names_as_aliases(text: str, post: str, alias: str) -> None:
    orgs = {o.name: o for o in extract_text(text).organizations}
    assert post in orgs, list(orgs)
    assert alias in orgs[post].aliases


def test_long_forms_of_states() -> None:
    assert long_forms("South Korea") == ("Republic of Korea",)
    assert "Russian Federation" in long_forms("Russia")
    assert long_forms("Japan") == ()
    assert long_form_posts("Embassy of Japan in Canada") == []
    assert long_form_posts("Embassy of Japan in Belgium") == ["Embassy of Japan in the Kingdom of Belgium"]
    assert long_form_posts("Ghent University") == []
