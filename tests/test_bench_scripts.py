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
sys.path.insert(0, str(BENCH))
try:
    import labelled_sets
finally:
    sys.path.remove(str(BENCH))

#: the held-out set as the diagnostics take it from labelled_sets (a set of 32 articles from HELD_OUT_FIRST)
HELD = labelled_sets.HELD_OUT
HELD_FOLD = f"{HELD}=bench/genre:g{labelled_sets.HELD_OUT_FIRST}-g{labelled_sets.HELD_OUT_FIRST + 31}"


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
    "labelled_sets.py": ["predict", "L", HELD],
    "diag_org_extras.py": ["L", HELD],
    "diag_org_missed.py": ["L", HELD],
    "diag_topics.py": [HELD],
    "diag_cohort_wrong.py": ["L", HELD],
    "diag_cohort_missed.py": ["L", HELD],
    "diag_programme_classes.py": ["L", HELD],
    "diag_programme_stages.py": [HELD],
    "diag_programme_precision.py": ["L", HELD],
    "diag_programme_never.py": [HELD],
    "diag_programme_partner_choice.py": ["L", HELD],
    "diag_topic_recall.py": ["L", HELD],
    "diag_topic_precision.py": ["L", HELD],
    "diag_programme_counts.py": ["--folds", HELD_FOLD],
    "diag_programme_count_classes.py": [HELD_FOLD],
    "diag_programme_coverage.py": ["--folds", HELD_FOLD],
    "diag_partnership_recall.py": ["L", HELD],
    "diag_count_boundary.py": ["L", HELD],
    "diag_person_forms.py": ["L", HELD],
    "diag_cohort_no_place.py": ["L", HELD],
    "diag_cohort_extras.py": ["L", HELD],
}


@pytest.mark.parametrize("script", sorted(_HELD_OUT_ARGS))
def test_the_held_out_set_is_refused_before_anything_is_read(script: str) -> None:
    """The held-out set is scored only at a session's start and end: no diagnostic may extract or read it."""
    args = _HELD_OUT_ARGS[script]
    run = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent,
    )
    assert run.returncode == 2
    assert HELD in run.stderr.strip().splitlines()[-1]
    assert not run.stdout


#: each trainer's commands that take folds, with arguments giving one fold that reaches the held-out set among
#: training folds: a range ending in it (HELD_FOLD) or its name alone
_TRAIN = "G2=bench/genre:g17-g32"
_TRAINER_HELD_OUT_ARGS = {
    "train_pair_model.py lofo": ["lofo", "--folds", "A=../shared/corpus/dev:001-039/2", _TRAIN, HELD_FOLD],
    "train_pair_model.py train": ["train", "--folds", _TRAIN, HELD, "--out", "M.json"],
    "train_pair_model.py diag": ["diag", "--folds", HELD_FOLD],
    "train_topic_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD, "--simulate"],
    "train_topic_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
    "train_cohort_count_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD],
    "train_cohort_count_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
    "train_cohort_count_model.py real": ["real", "--folds", HELD_FOLD, "--model", "M.json"],
    "train_cohort_place_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD],
    "train_cohort_place_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
    "train_programme_count_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD],
    "train_programme_count_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
    "train_programme_filter_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD],
    "train_programme_filter_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
    "train_programme_partner_model.py lofo": ["lofo", "--folds", _TRAIN, HELD_FOLD],
    "train_programme_partner_model.py train": ["train", "--folds", HELD, "--out", "M.json"],
}


def test_every_trainer_is_checked_for_the_held_out_set() -> None:
    trainers = {p.name for p in SCRIPTS if p.name.startswith("train_") and p.name.endswith("_model.py")}
    assert trainers == {case.split()[0] for case in _TRAINER_HELD_OUT_ARGS}


@pytest.mark.parametrize("case", sorted(_TRAINER_HELD_OUT_ARGS))
def test_a_trainer_refuses_a_fold_reaching_the_held_out_set(case: str) -> None:
    """A trainer's folds are refused as they are parsed (labelled_sets.fold): nothing is read, linked or written."""
    run = subprocess.run(
        [sys.executable, str(BENCH / case.split()[0]), *_TRAINER_HELD_OUT_ARGS[case]],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent,
    )
    assert run.returncode == 2, run.stderr[-2000:]
    assert HELD in run.stderr.strip().splitlines()[-1]
    assert not run.stdout
    assert not (BENCH.parent / "M.json").exists()


def test_the_trainers_fold_parser_refuses_a_folder_listing_a_held_out_article(tmp_path: Path) -> None:
    """parse_folds, which every trainer links its folds with, stops on a folder whose path hides the genre
    folder but lists a held-out article's name (here an empty file), before reading any article."""
    (tmp_path / f"g{labelled_sets.HELD_OUT_FIRST}.txt").write_text("", encoding="utf-8")
    code = "import sys; sys.path.insert(0, 'bench'); import train_pair_model; train_pair_model.parse_folds(sys.argv[1:])"
    for spec in (
        f"X={tmp_path}",
        f"X={tmp_path}:g{labelled_sets.HELD_OUT_FIRST}-g{labelled_sets.HELD_OUT_FIRST}",
    ):
        run = subprocess.run(
            [sys.executable, "-c", code, spec], capture_output=True, text=True, timeout=120, cwd=BENCH.parent
        )
        assert run.returncode == 2, run.stderr[-2000:]
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: refused:") and HELD in lines[0]


@pytest.mark.parametrize(
    "arg",
    [
        HELD,
        HELD.lower(),
        f"G{len(labelled_sets.GENRE_SETS) + 2}",
        f"g{labelled_sets.HELD_OUT_FIRST}",
        HELD_FOLD,
    ],
)
def test_a_name_or_fold_reaching_the_held_out_set_is_refused(arg: str) -> None:
    """labelled_sets holds the boundary every diagnostic refuses: the set's name or a later one, its articles."""
    assert labelled_sets.reaches_held_out(arg)


@pytest.mark.parametrize(
    "fold",
    [
        f"G2=bench/genre:g17-g{labelled_sets.HELD_OUT_FIRST}",  # a range that ends in the held-out set
        f"G2=bench/genre:g17-g{labelled_sets.HELD_OUT_FIRST + 40}/2",
        "G2=bench/genre",  # the whole folder
        "G2=bench/genre:17-32",  # a range that names no genre article
    ],
)
def test_a_genre_fold_that_may_reach_the_held_out_set_is_refused(fold: str) -> None:
    assert labelled_sets.reaches_held_out(fold)


def test_the_training_and_development_sets_stop_before_the_held_out_set() -> None:
    last = f"G{len(labelled_sets.GENRE_SETS)}"
    for name in labelled_sets.SETS:
        assert not labelled_sets.reaches_held_out(name)
        assert labelled_sets.set_name(name) == name
    assert HELD not in labelled_sets.SETS and last in labelled_sets.SETS
    assert max(end for _, _, _, end, _, _ in labelled_sets.SETS.values()) < labelled_sets.HELD_OUT_FIRST
    first, end = labelled_sets.GENRE_SETS[-1]
    assert end == labelled_sets.HELD_OUT_FIRST - 1
    assert not labelled_sets.reaches_held_out(f"{last}=bench/genre:g{first}-g{end}")
    assert not labelled_sets.reaches_held_out("A=../shared/corpus/dev:001-039/2")


def test_a_folder_listing_a_held_out_article_is_refused_by_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fold whose spec hides the genre folder (a link) still stops on the names it lists, before a read."""
    (tmp_path / "g01.txt").write_text("", encoding="utf-8")
    labelled_sets.refuse_held_out_articles([tmp_path])
    (tmp_path / f"g{labelled_sets.HELD_OUT_FIRST}.txt").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        labelled_sets.refuse_held_out_articles([tmp_path])
    assert stop.value.code == 2
    assert HELD in capsys.readouterr().err.strip().splitlines()[-1]


def test_a_broken_cached_record_ends_in_one_line_naming_it(tmp_path: Path) -> None:
    """A cache file that is no record of `predict` (cut short, hand-edited) stops the scoring with its path."""
    broken = tmp_path / "L" / "G1" / "g01.json"
    broken.parent.mkdir(parents=True)
    broken.write_text("{broken", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        list(labelled_sets.load("L", "G1", tmp_path))
    message = str(stop.value.code)
    assert message.startswith(f"Error: {broken}: not a record") and "\n" not in message
