"""Every script in bench/ starts and explains itself: ``python bench/X.py --help`` exits 0 with a usage line.

The trainers import shared functions from one another; a function moved without its importers updated
broke two of them unnoticed (an ImportError at start), since no test ran them. Their real runs need the
labelled corpus beside the repository and minutes of CPU, so this checks what a user types first.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(
    p for p in BENCH.glob("*.py") if 'if __name__ == "__main__"' in p.read_text(encoding="utf-8")
)


def test_the_bench_folder_has_its_scripts() -> None:
    names = {p.name for p in SCRIPTS}
    assert {"bench_extract.py", "train_pair_model.py", "train_topic_model.py"} <= names


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_bench_script_prints_its_help(script: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120, cwd=BENCH.parent
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.lstrip().startswith("usage:"), run.stdout[:500]


def test_a_trainers_extract_of_a_missing_article_ends_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    run = subprocess.run(
        [sys.executable, str(BENCH / "train_topic_model.py"), "extract", "--off", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent,
    )
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"Error: {missing}: cannot read file (No such file or directory)"
    ]


#: each diagnostic that reads labelled articles, with arguments that name the held-out set
_HELD_OUT_ARGS = {
    "labelled_sets.py": ["predict", "L", "G14"],
    "diag_org_extras.py": ["L", "G14"],
    "diag_org_missed.py": ["L", "G14"],
    "diag_topics.py": ["G14"],
    "diag_cohort_wrong.py": ["L", "G14"],
    "diag_cohort_missed.py": ["L", "G14"],
    "diag_programme_classes.py": ["L", "G14"],
    "diag_programme_stages.py": ["G14"],
    "diag_programme_precision.py": ["L", "G14"],
    "diag_programme_never.py": ["G14"],
    "diag_topic_recall.py": ["L", "G14"],
    "diag_topic_precision.py": ["L", "G14"],
    "diag_programme_counts.py": ["--folds", "G14=bench/genre:g377-g408"],
    "diag_programme_count_classes.py": ["G14=bench/genre:g377-g408"],
    "diag_programme_coverage.py": ["--folds", "G14=bench/genre:g377-g408"],
    "diag_partnership_recall.py": ["L", "G14"],
    "diag_count_boundary.py": ["L", "G14"],
    "diag_person_forms.py": ["L", "G14"],
}


@pytest.mark.parametrize("script", sorted(_HELD_OUT_ARGS))
def test_the_held_out_set_is_refused_before_anything_is_read(script: str) -> None:
    """G14 (g377-g408) is scored only at a session's start and end: no diagnostic may extract or read it."""
    args = _HELD_OUT_ARGS[script]
    run = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent,
    )
    assert run.returncode == 2
    assert "G14" in run.stderr.strip().splitlines()[-1]
    assert not run.stdout


def test_a_broken_cached_record_ends_in_one_line_naming_it(tmp_path: Path) -> None:
    """A cache file that is no record of `predict` (cut short, hand-edited) stops the scoring with its path."""
    sys.path.insert(0, str(BENCH))
    try:
        import labelled_sets
    finally:
        sys.path.remove(str(BENCH))
    broken = tmp_path / "L" / "G1" / "g01.json"
    broken.parent.mkdir(parents=True)
    broken.write_text("{broken", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        list(labelled_sets.load("L", "G1", tmp_path))
    message = str(stop.value.code)
    assert message.startswith(f"Error: {broken}: not a record") and "\n" not in message
