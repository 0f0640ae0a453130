"""Language detection, the --lang override, refusals with one line, and no network at run time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.extract.ru.language import detect_language

RUSSIAN = (
    "Ректор Карагандинского технического университета Жандос Абенов встретился с послом Венгрии "
    "Золтаном Ковачем. Стороны обсудили академическую мобильность и подписали меморандум о сотрудничестве.\n"
)
KAZAKH = (
    "Университет және қала әкімдігі арасындағы келісім бойынша жұмыс басталды. Бұл жоба студенттер "
    "үшін маңызды болып табылады және оның нәтижесі жылы белгілі болады.\n"
)
ENGLISH = "The rector of Harbour University met the Ambassador of Belgium on Wednesday.\n"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (RUSSIAN, "ru"),
        (ENGLISH, "en"),
        (KAZAKH, "kk"),
        (RUSSIAN * 2 + KAZAKH, "ru+kk"),
        (RUSSIAN.encode("utf-8").decode("cp1251", "replace"), "mojibake"),
        (RUSSIAN.encode("utf-8").decode("latin-1"), "mojibake"),
        # an English article quoting one Russian name is still English
        (ENGLISH * 3 + "Жандос Абенов", "en"),
        # a Russian article naming one Kazakh institution in Kazakh is still Russian
        (RUSSIAN * 3 + "Қазақ ұлттық университеті", "ru"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def extract(tmp_path: Path, text: str, *args: str) -> tuple[int, str, str]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_extracts_a_russian_article(tmp_path: Path) -> None:
    code, out, _ = extract(tmp_path, RUSSIAN, "--published", "2025-03-14")
    assert code == 0
    record = json.loads(out)
    assert [p["name"] for p in record["persons"]] == ["Жандос Абенов", "Золтан Ковач"]
    assert "Карагандинский технический университет" in [o["name"] for o in record["organizations"]]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (KAZAKH, "the text is in Kazakh; kgpart reads English and Russian"),
        (RUSSIAN * 2 + KAZAKH, "the text mixes Russian and Kazakh"),
        (RUSSIAN.encode("utf-8").decode("cp1251", "replace"), "the text is garbled Cyrillic"),
    ],
)
def test_cli_refuses_an_unreadable_language_in_one_line(tmp_path: Path, text: str, says: str) -> None:
    code, out, err = extract(tmp_path, text)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and says in lines[0]


def test_cli_lang_ru_reads_a_mixed_article_as_russian(tmp_path: Path) -> None:
    code, out, _ = extract(tmp_path, RUSSIAN * 2 + KAZAKH, "--lang", "ru")
    assert code == 0 and "Жандос Абенов" in out


def test_cli_lang_rejects_other_languages(tmp_path: Path) -> None:
    code, _, err = extract(tmp_path, RUSSIAN, "--lang", "kk")
    assert code == 2 and "--lang" in err


_OFFLINE = """
import socket, sys
def refuse(*args, **kwargs):
    raise SystemExit("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from kgpart.extract import extract_text
rec = extract_text(sys.argv[1])
print(rec.persons[0].name)
"""


def test_the_models_load_from_the_packages_without_network() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _OFFLINE, RUSSIAN], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Жандос Абенов"


def test_a_russian_file_saved_in_windows_1251_says_so(tmp_path: Path) -> None:
    text = "Ректор университета принял делегацию из Бишкека. Стороны обсудили обмен студентами.\n"
    path = tmp_path / "old-encoding.txt"
    path.write_bytes(text.encode("cp1251"))
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "not UTF-8 text" in line and "Windows-1251" in line and "iconv" in line
    assert len(line.splitlines()) == 1
    # Latin-1 bytes of a Western text are no Cyrillic: no such hint
    other = tmp_path / "latin1.txt"
    other.write_bytes("Café de l'Université signed a memorandum in Besançon.\n".encode("latin-1"))
    result = CliRunner().invoke(cli, ["extract", str(other)])
    assert result.exit_code == 1 and "not UTF-8 text" in result.stderr
    assert "Windows-1251" not in result.stderr
