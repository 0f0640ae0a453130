"""Bad input ends in ExtractionError with one line naming the file and the problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kgpart.errors import KgpartError
from kgpart.extract import ExtractionError, extract_article

ARTICLES = Path(__file__).parent.parent / "data" / "articles"


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b"  \n\n ", "file is empty"),
        (b"Rector\x00\x01\x02", "binary file"),
        ("Rector of Café University".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_bytes(tmp_path: Path, data: bytes, problem: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(ExtractionError, match=problem) as info:
        extract_article(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Ghent University. " * 100)
    with pytest.raises(ExtractionError, match="over the limit of 1000"):
        extract_article(path, max_bytes=1000)


def test_no_entity() -> None:
    with pytest.raises(ExtractionError, match="no recognisable organisation or person"):
        extract_article(ARTICLES / "nothing.txt")


def test_html_with_no_text(tmp_path: Path) -> None:
    path = _write(tmp_path, b"<html><script>var x = 1;</script></html>", "a.html")
    with pytest.raises(ExtractionError, match="no article text"):
        extract_article(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="cannot read file"):
        extract_article(tmp_path / "missing.txt")


def test_is_a_value_error_in_the_family() -> None:
    assert issubclass(ExtractionError, ValueError)
    assert issubclass(ExtractionError, KgpartError) and ExtractionError.exit_code == 1


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgpart", "extract", *args], capture_output=True, text=True, check=False
    )


def test_cli_json_and_yaml() -> None:
    out = _run(str(ARTICLES / "received.txt"), "--published", "2024-03-07", "--url", "https://x.test/n")
    assert out.returncode == 0, out.stderr
    assert '"name": "Chen Wei"' in out.stdout and '"url": "https://x.test/n"' in out.stdout
    out = _run(str(ARTICLES / "received.txt"), "--format", "yaml")
    assert out.returncode == 0 and "- name: Chen Wei" in out.stdout


def test_cli_bad_input_one_error_line() -> None:
    out = _run(str(ARTICLES / "nothing.txt"))
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip().startswith("Error: ") and out.stderr.strip().count("\n") == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("北京大学校长会见了哈萨克斯坦驻华大使。双方讨论了学术交流与合作。", "Chinese"),
        ("التقى سفير كازاخستان لدى قطر برئيس جامعة قطر. وناقش الجانبان التعاون الأكاديمي.", "Arabic"),
        ("東京大学の学長はカザフスタン大使と会談しました。", "Japanese"),
        ("서울대학교 총장은 카자흐스탄 대사를 만났다.", "Korean"),
        ("سفیر قزاقستان با رئیس دانشگاه تهران دیدار کرد.", "Persian"),
        # a line of English does not make a Chinese article English
        (
            "Peking University news. 北京大学校长会见了哈萨克斯坦驻华大使。双方讨论了学术交流与合作。",
            "Chinese",
        ),
    ],
)
def test_an_article_in_a_language_kgpart_does_not_read_names_it(
    tmp_path: Path, text: str, language: str
) -> None:
    path = _write(tmp_path, text.encode())
    out = _run(str(path))
    assert out.returncode == 1 and out.stdout == ""
    line = out.stderr.strip()
    assert line.startswith("Error: ") and "\n" not in line and language in line


def test_an_english_article_naming_a_chinese_university_in_chinese_is_read(tmp_path: Path) -> None:
    text = "The Rector of Ghent University met the President of Peking University (北京大学) on Monday."
    path = _write(tmp_path, text.encode())
    assert [o.name for o in extract_article(path).organizations][:1] == ["Ghent University"]
