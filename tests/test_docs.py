"""The README documents every command, its tables name functions that exist, its map of the code is true,
and every shell example it shows (and every --help example) runs as typed."""

from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import click
import pytest

from kgpart.cli.app import cli
from support.servers import stop_process

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "kgpart"
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"kgpart {command}" in README, f"README does not show `kgpart {command}`"


def test_command_table_has_a_row_for_each_command_and_no_other() -> None:
    table = re.findall(r"^\| `kgpart (\w+)", README, flags=re.MULTILINE)
    assert set(table) == set(cli.commands)


def test_library_table_names_real_functions() -> None:
    for module, func in re.findall(r"`(kgpart(?:\.\w+)+)\.(\w+)`", README):
        assert hasattr(importlib.import_module(module), func), f"{module}.{func}"


def test_quick_start_is_two_make_targets_that_exist() -> None:
    makefile = (Path(__file__).parent.parent / "Makefile").read_text(encoding="utf-8")
    quick = README.split("## Quick start")[1].split("```sh")[1].split("```")[0]
    targets = re.findall(r"^make (\w+)", quick, flags=re.MULTILINE)
    assert targets == ["run", "test"]
    for target in targets:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE)
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_every_package_path_the_readme_names_exists() -> None:
    named = {path.rstrip(".") for path in re.findall(r"src/kgpart(?:/[\w.*-]+)*/?", README)}
    assert "src/kgpart/" in named
    missing = [path for path in sorted(named) if not any(ROOT.glob(path.rstrip("/")))]
    assert not missing, f"README names paths that do not exist: {missing}"


def test_the_pipeline_diagram_is_the_package_layout() -> None:
    diagram = README.split("```text\n")[1].split("\n```")[0]
    steps = re.findall(r"\w+/|\w+\.py", diagram)
    assert steps[:2] == ["extract/", "resolve.py"] and len(steps) >= 10
    assert [step for step in steps if not (PACKAGE / step).exists()] == []


def where_things_are() -> dict[str, list[str]]:
    """The README's map of the code: each row's paths (under src/kgpart) -> its entry functions."""
    section = README.split("## Where things are")[1].split("\n## ")[0]
    rows = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            cells = line.strip("|").split("|")
            rows[cells[0]] = re.findall(r"`([^`]+)`", cells[-1])
    return rows


def top_level_names(path: Path) -> set[str]:
    """What a module defines at its top level: functions, classes and assigned names."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_where_things_are_names_each_folder_and_its_real_entry_functions() -> None:
    rows = where_things_are()
    listed = {path for cell in rows for path in re.findall(r"`([^`]+)`", cell)}
    layout = {p.name + "/" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    layout |= {p.name for p in PACKAGE.glob("*.py") if p.name not in {"__init__.py", "__main__.py"}}
    assert listed == layout, "the table and src/kgpart differ"
    for cell, functions in rows.items():
        paths = [PACKAGE / path for path in re.findall(r"`([^`]+)`", cell)]
        files = [f for path in paths for f in ([path] if path.is_file() else path.rglob("*.py"))]
        defined = set().union(*(top_level_names(f) for f in files))
        assert functions and not set(functions) - defined, f"{cell}: {set(functions) - defined}"


def test_first_library_example_runs_on_the_shipped_graph(capsys: pytest.CaptureFixture[str]) -> None:
    # The README's first Python example, exactly as written (it reads the shipped graph only).
    example = README.split("## Using the library")[1].split("```python")[1].split("```")[0]
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("valid: ")
    assert "Nazarbayev University Kazakhstan" in out  # a partner of Ghent University


# --- Every shell example, run as typed -------------------------------------------------------
# The README's ```sh and ```console blocks and each command's --help examples are sessions: their
# lines run in order, through bash, in a fresh folder holding a copy of the shipped graph as
# graph/ and the files the examples name. A line that starts a server runs in the background
# until the session ends; a session that talks to http://localhost:7878 and starts no server
# gets a writable one there (kgpart serve --allow-update).

DATA = ROOT / "tests" / "data"
BIN = Path(sys.executable).parent
STORE_URL = "http://localhost:7878"
_SERVER_LINE = re.compile(r"^(?:kgpart|oxigraph) serve\b")
# The quick start's make targets are not run here: `make test` is the command that runs this
# test, and `make run` installs, then runs `kgpart build --output out`, which a session runs.
NOT_RUN = ["make run", "make test"]
NOVOSTI = (
    "Посол Казахстана в Бельгии Роман Василенко встретился с ректором Гентского университета "
    "Петрой Де Суттер. Стороны обсудили сотрудничество в области искусственного интеллекта.\n"
)


def command_lines(block: str, *, console: bool = False) -> list[str]:
    """The commands of a shell block: comments and blank lines dropped, ``\\`` lines joined;
    in a console block only the ``$ `` lines (the rest is output)."""
    lines, pending = [], ""
    for raw in block.splitlines():
        line = raw.strip()
        if console:
            if not line.startswith("$ ") and not pending:
                continue
            line = line.removeprefix("$ ")
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        lines.append(pending + line)
        pending = ""
    return lines


def readme_sessions() -> list[tuple[str, list[str]]]:
    """Each ```sh / ```console block of the README, named after the heading above it."""
    sessions = []
    for match in re.finditer(r"^```(sh|console)\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL):
        heading = re.findall(r"^#+ (.+)$", README[: match.start()], flags=re.MULTILINE)[-1]
        lines = command_lines(match.group(2), console=match.group(1) == "console")
        lines = [line for line in lines if line.split("#")[0].strip() not in NOT_RUN]
        name = f"README {heading}"
        name += (
            f" #{sum(other.startswith(name) for other, _ in sessions) + 1}" if name in dict(sessions) else ""
        )
        if lines:
            sessions.append((name, lines))
    return sessions


def help_sessions() -> list[tuple[str, list[str]]]:
    """The example paragraph that ends each command's --help (and the group's quick start)."""
    from click.testing import CliRunner

    sessions = []
    for words in [(), *command_words(cli)]:
        text = CliRunner().invoke(cli, [*words, "--help"]).stdout.split("Options:")[0]
        heading = re.search(r"^  (Examples?|Quick start):$", text, flags=re.MULTILINE)
        assert heading, f"kgpart {' '.join(words)} --help has no example"
        sessions.append((f"help kgpart {' '.join(words)}".rstrip(), command_lines(text[heading.end() :])))
    return sessions


def command_words(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    words: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        words.append((*prefix, name))
        if isinstance(command, click.Group):
            words.extend(command_words(command, (*prefix, name)))
    return words


def test_only_the_make_targets_are_left_out() -> None:
    every = [line for block in re.findall(r"^```(?:sh|console)\n(.*?)^```", README, re.M | re.S)
             for line in command_lines(block)]  # fmt: skip
    left_out = [line.split("#")[0].strip() for line in every if not line.startswith(("kgpart ", "oxigraph "))]
    assert left_out == NOT_RUN


def test_sessions_are_found() -> None:
    readme = dict(readme_sessions())
    assert "kgpart query meetings" in [
        line.split("#")[0].strip() for line in readme["README Using the command line"]
    ]
    assert len(help_sessions()) == len(command_words(cli)) + 1


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the examples name, around a copy of the shipped graph."""
    from click.testing import CliRunner

    from kgpart.store.folder import shipped_graph_dir

    folder = tmp_path_factory.mktemp("examples")
    shutil.copytree(shipped_graph_dir(), folder / "graph", ignore=shutil.ignore_patterns(".*"))
    shutil.copy(DATA / "articles" / "ambassador_meeting.txt", folder / "article.txt")
    shutil.copy(DATA / "articles" / "double_degree.html", folder / "article.html")
    shutil.copy(DATA / "articles" / "double_degree.html", folder / "page.html")
    (folder / "novosti.txt").write_text(NOVOSTI, encoding="utf-8")
    (folder / "news").mkdir()
    shutil.copy(DATA / "ingest" / "harbour-visit.txt", folder / "news" / "harbour-visit.txt")
    shutil.copy(DATA / "articles" / "vice_rector.md", folder / "news" / "vice-rector.md")
    record = CliRunner().invoke(
        cli, ["extract", str(folder / "page.html"), "--url", "https://example.org/n/1", "--published",
              "2026-03-01", "--format", "yaml"],
    )  # fmt: skip
    assert record.exit_code == 0, record.stderr
    (folder / "record.yaml").write_text(record.stdout, encoding="utf-8")
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KGPART_")}
    return env | {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "EDITOR": "true"}


def _port(line: str) -> int:
    found = re.search(r"--port[ =](\d+)|--bind[ =]\S*:(\d+)", line)
    return int(found.group(1) or found.group(2)) if found else 7878


def _answers(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
        return True
    except OSError:
        return False


def start_server(line: str, cwd: Path) -> subprocess.Popen[bytes]:
    """Run a server line in the background and wait until it answers on its port."""
    port = _port(line)
    deadline = time.monotonic() + 60
    while _answers(port):  # another run of these examples may still hold the port
        assert time.monotonic() < deadline, f"port {port} is taken by another server"
        time.sleep(0.5)
    proc = subprocess.Popen(["bash", "-c", f"exec {line}"], cwd=cwd, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    while not _answers(port):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_process(proc)
            raise AssertionError(f"{line}: the server did not come up")
        time.sleep(0.2)
    return proc


def run_session(lines: list[str], cwd: Path) -> None:
    """Run the lines in order, as typed; each must exit 0 without an error line."""
    servers = []
    try:
        if any(STORE_URL in line for line in lines) and not any(_SERVER_LINE.match(x) for x in lines):
            servers.append(start_server("kgpart serve --graph graph/ --port 7878 --allow-update", cwd))
        for line in lines:
            if _SERVER_LINE.match(line):
                servers.append(start_server(line, cwd))
                continue
            done = subprocess.run(["bash", "-c", line], cwd=cwd, env=_env(), capture_output=True,
                                  text=True, timeout=600)  # fmt: skip
            problem = done.returncode != 0 or "Error:" in done.stderr or "Traceback" in done.stderr
            assert not problem, f"`{line}` exited {done.returncode}:\n{done.stderr}"
    finally:
        for proc in servers:
            stop_process(proc)


def _slow(lines: list[str]) -> bool:
    return any(_SERVER_LINE.match(line) or STORE_URL in line or "synth" in line for line in lines)


EXAMPLES = [
    pytest.param(lines, id=name, marks=[pytest.mark.slow] if _slow(lines) else [])
    for name, lines in readme_sessions() + help_sessions()
]


@pytest.mark.parametrize("lines", EXAMPLES)
def test_example_runs_as_typed(lines: list[str], template: Path, tmp_path: Path) -> None:
    cwd = tmp_path / "work"
    shutil.copytree(template, cwd)
    run_session(lines, cwd)
