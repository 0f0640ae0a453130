"""Benchmark: Russian extraction speed, side by side with English, on one core.

Generated articles of about 3 KB in each language (the same genre, our own sentences), and the
articles of any corpus folder given with --corpus (NAME.txt files with optional URL:/DATE: header
lines). Prints the one-off cost of loading the Russian models in a fresh process, then articles per
wall-clock and per CPU second for each set, and the Russian/English ratio per CPU second (the
steadier figure on a shared machine).

    python bench/bench_extract_ru.py [--seconds 3] [--corpus ../shared/corpus/dev-ru]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

from bench_extract import generated_article, measure

_SENTENCES = [
    "Посол {c1} в {c2_loc} {p1} провел встречу с ректором {u1_gen} {p2}.",
    "Стороны обсудили вопросы академической мобильности, совместных научных проектов и стажировок.",
    "{u2} и {u3} подписали меморандум о сотрудничестве в сфере цифровых технологий.",
    "В настоящее время в университете обучаются более {n} студентов из {c1_gen}.",
    "Программа двойного диплома между {u2_ins} и {u3_ins} рассчитана на восемь магистрантов.",
    "В среду делегация {u1_gen} посетила {u3_acc} во главе с проректором {p3}.",
    "Ректор {p2_short} отметил, что сотрудничество в области образования и науки будет расширяться.",
    "Казахстан последовательно развивает открытую и интегрированную образовательную систему.",
]
_NAMES = [
    ("Ерлан Сыдыков", "Ерланом Сыдыковым", "Е.Б. Сыдыков"),
    ("Анна Берг", "Анной Берг", "А. Берг"),
    ("Марат Сарсенов", "Маратом Сарсеновым", "М.К. Сарсенов"),
    ("Ольга Минина", "Ольгой Мининой", "О.С. Минина"),
    ("Жандос Абенов", "Жандосом Абеновым", "Ж.А. Абенов"),
]
_UNIVERSITIES = [
    # nominative, genitive, instrumental, accusative
    ("Омский государственный университет", "Омского государственного университета",
     "Омским государственным университетом", "Омский государственный университет"),
    ("Казанский федеральный университет", "Казанского федерального университета",
     "Казанским федеральным университетом", "Казанский федеральный университет"),
    ("Евразийский национальный университет", "Евразийского национального университета",
     "Евразийским национальным университетом", "Евразийский национальный университет"),
    ("Ташкентский государственный педагогический университет",
     "Ташкентского государственного педагогического университета",
     "Ташкентским государственным педагогическим университетом",
     "Ташкентский государственный педагогический университет"),
    ("Томский политехнический университет", "Томского политехнического университета",
     "Томским политехническим университетом", "Томский политехнический университет"),
]  # fmt: skip
_COUNTRIES = [
    ("Казахстана", "Казахстана", "Бельгии"),
    ("Узбекистана", "Узбекистана", "Венгрии"),
    ("Венгрии", "Венгрии", "Казахстане"),
    ("Бельгии", "Бельгии", "Узбекистане"),
]


def generated_russian(rng: random.Random, size: int = 3000) -> str:
    """A synthetic Russian article of about ``size`` characters in the genre's style."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        u1, u2, u3 = rng.sample(_UNIVERSITIES, 3)
        p1, p2, p3 = rng.sample(_NAMES, 3)
        country, _, where = rng.choice(_COUNTRIES)
        parts.append(
            rng.choice(_SENTENCES).format(
                c1=country,
                c1_gen=country,
                c2_loc=where,
                p1=p1[0],
                p2=p2[1],
                p2_short=p2[2],
                p3=p3[1],
                u1_gen=u1[1],
                u2=u2[0],
                u3=u3[0],
                u2_ins=u2[2],
                u3_ins=u3[2],
                u3_acc=u3[3],
                n=rng.randint(2, 900),
            )
        )
    return " ".join(parts)


def corpus(folder: Path) -> list[str]:
    """The article bodies of a corpus folder (header lines dropped)."""
    texts = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        while lines and lines[0].startswith(("URL:", "DATE:")):
            lines.pop(0)
        texts.append("\n".join(lines))
    return texts


def model_load_seconds() -> float:
    """Wall seconds a fresh process spends on its first Russian sentence (models loaded once)."""
    code = (
        "import time; t = time.perf_counter(); from kgpart.extract import extract_text; "
        "extract_text('Ректор университета Ерлан Сыдыков встретился с послом.', lang='ru'); "
        "print(time.perf_counter() - t)"
    )
    return float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )


def main() -> None:
    """Print the model load time and articles/s per set, with the Russian/English ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="time per text set")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], help="a folder of NAME.txt articles"
    )
    args = parser.parse_args()
    rng = random.Random(7)
    sets = {
        "English ~3 KB": [generated_article(rng) for _ in range(30)],
        "Russian ~3 KB": [generated_russian(rng) for _ in range(30)],
    }
    for folder in args.corpus:
        sets[f"corpus {folder.name}"] = corpus(folder)
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"first Russian article in a fresh process (imports + models): {model_load_seconds():.2f} s")
    print(f"{'text set':<22}{'articles':>10}{'mean KB':>9}{'seconds':>9}{'articles/s':>12}{'per CPU s':>11}")
    per_cpu: dict[str, float] = {}
    for name, texts in sets.items():
        done, elapsed, cpu, kb = measure(texts, args.seconds)
        per_cpu[name] = done / cpu
        print(f"{name:<22}{done:>10}{kb:>9.1f}{elapsed:>9.2f}{done / elapsed:>12.1f}{done / cpu:>11.1f}")
    ratio = per_cpu["Russian ~3 KB"] / per_cpu["English ~3 KB"]
    print(f"Russian/English articles per CPU second: {ratio:.2f}")


if __name__ == "__main__":
    main()
