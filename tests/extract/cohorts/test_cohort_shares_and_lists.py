"""Cohorts told as shares of a whole and as lists of counts by host.

"..., 300 of whom come from Kazakhstan", "; 120 of them are from Uzbekistan", "..., about 900 of whom attend B"
(a part named after its whole, with a qualifier or after a semicolon, at the place its own clause names or
at the whole's); "450 of the 2,000 international students at B" (the share told first); and lists of hosts
with their counts: "at A, 45 at B and 12 at C", "A has 320 and B 45", "A hosts 320, B 45 and C 12",
"enrolled at A (320), B (45) and C (12)", "at A with 320 students and B with 45".
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
V = "Oberhain Technical University"
W = "Caspian State University of Economics"
K = "Kestrel Institute of Technology"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


def _check(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(pairs, key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{U} currently hosts 1,200 international students, 300 of whom come from Kazakhstan.",
            [(1200, U), (300, U)],
        ),
        (
            f"More than 500 foreign students study at {V}; 120 of them are from Uzbekistan.",
            [(500, V), (120, V)],
        ),
        (f"{W} enrols 860 foreign nationals, of whom 240 are citizens of Afghanistan.", [(860, W), (240, W)]),
        (f"There are 75 Mongolian students at {K}, 20 of them in doctoral programmes.", [(75, K), (20, K)]),
        (
            f"Some 90 Laotian students study at {U}, about 30 of whom are in the master's track.",
            [(90, U), (30, U)],
        ),
        (
            f"{V} admitted 140 students from Nepal this autumn; of them, 35 chose engineering.",
            [(140, V), (35, V)],
        ),
    ],
)
def test_a_part_told_after_its_whole(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"Some 3,000 students from Turkmenistan study in Belarus, about 900 of whom attend {V}.",
            [(3000, "Belarus"), (900, V)],
        ),
        (
            f"Around 4,500 Kazakh students are enrolled in Poland, nearly 600 of them at {W}.",
            [(4500, "Poland"), (600, W)],
        ),
        (
            "More than 2,000 Ghanaian students study in China, some 300 of whom are in Shanghai.",
            [(2000, "China"), (300, "Shanghai")],
        ),
    ],
)
def test_a_part_at_a_place_of_its_own(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Around 450 of the 2,000 international students at {U} come from India.", [(2000, U), (450, U)]),
        (f"Nearly 700 of the 3,100 foreign students enrolled at {V} are from China.", [(3100, V), (700, V)]),
        (f"About 80 of its 260 international students at {K} are women.", [(260, K), (80, K)]),
    ],
)
def test_a_share_told_before_its_whole(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Currently 320 Turkmen students study at {U} and 45 at {V}.", [(320, U), (45, V)]),
        (f"There are 320 Nigerian students at {U}, 45 at {V} and 12 at {W}.", [(320, U), (45, V), (12, W)]),
        (
            f"Some 210 Afghan students are enrolled at {K}, 60 at {U}, and 14 at {V}.",
            [(210, K), (60, U), (14, V)],
        ),
        (f"Of the 120 Chilean students, 30 study at {U} and 12 at {V}.", [(30, U), (12, V)]),
        (
            f"{U} hosts 320 students from Mongolia and Times Higher Education 2025 ranked it 300th.",
            [(320, U)],
        ),
    ],
)
def test_counts_at_hosts_in_a_list(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U} has 320 students from Mongolia and {V} 45.", [(320, U), (45, V)]),
        (f"{U} hosts 320 students from Mongolia, {V} 45 and {W} 12.", [(320, U), (45, V), (12, W)]),
        (f"{K} enrolled 96 students from Chad, while {V} enrolled 31.", [(96, K), (31, V)]),
        (
            f"The largest groups study at {U} with 320 students and {V} with 45.",
            [(320, U), (45, V)],
        ),
    ],
)
def test_hosts_each_with_its_count(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"Kazakh students are enrolled at {U} (320), {V} (45) and {W} (12).",
            [(320, U), (45, V), (12, W)],
        ),
        (f"Students from Ghana study at {K} (about 150) and {U} (40).", [(150, K), (40, U)]),
        (
            f"Vietnamese students are spread over {V} (88), {W} (61), and {K} (17).",
            [(88, V), (61, W), (17, K)],
        ),
    ],
)
def test_hosts_with_counts_in_brackets(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U}, with 900 students from Pakistan, is their main destination.", [(900, U)]),
        (f"{V}, with some 400 international students, welcomed the envoy.", [(400, V)]),
        (f"{W}, with 25,000 students, is the largest university of the region.", []),
    ],
)
def test_a_host_with_its_count(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)
