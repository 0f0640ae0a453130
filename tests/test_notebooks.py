"""The notebooks run top to bottom in a fresh kernel, offline, and show what they say.

Each notebook is executed with nbclient in a kernel of this Python (the test's own environment,
whatever kernels the machine has registered), from the ``notebooks/`` folder as Jupyter would.
The repository's ``graph/`` and ``notebooks/`` folders must be byte-identical afterwards: the
notebooks write into temporary folders only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CELL_TIMEOUT = 120  # seconds per cell; each notebook takes a few seconds in all

# What each notebook must show: strings that appear in its outputs.
SHOWS = {
    "01_quick_start.ipynb": ["Ghent University", "<table", "<iframe srcdoc=", "image/png"],
    "02_partnership_network.ipynb": ["Ghent University", "<table", "image/png"],
    "03_adding_articles.ipynb": [
        "University of the Tagus Estuary",
        "added      ",
        "https://news.example.org/tagus-ambassador-visit",
        "<iframe srcdoc=",
        "facts about UTE: 0",
    ],
}


def notebook_paths() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file under the folders with a hash of its bytes."""
    return {
        str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def this_python_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``python3`` kernelspec that runs this interpreter, found before any other."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "Python 3 (kgpart tests)", "language": "python"})
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    return "python3"


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.stem)
def test_notebook_runs_and_shows(path: Path, this_python_kernel: str) -> None:
    assert path.name in SHOWS, f"say in SHOWS what {path.name} must show"
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == this_python_kernel
    before = snapshot(ROOT / "graph", NOTEBOOKS)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name=this_python_kernel,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, on any error
    outputs = json.dumps([cell.get("outputs", []) for cell in nb.cells])
    missing = [text for text in SHOWS[path.name] if text not in outputs]
    assert not missing, f"{path.name} does not show {missing}"
    assert snapshot(ROOT / "graph", NOTEBOOKS) == before, f"{path.name} wrote into the repository"


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.stem)
def test_notebook_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code), (
        f"clear the outputs of {path.name} (jupyter nbconvert --clear-output --inplace)"
    )
