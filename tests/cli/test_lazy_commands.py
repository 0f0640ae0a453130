"""A command's module loads only when that command runs: `kgpart query` pays for no extractor.

Each case runs the command line in a fresh interpreter (as a user's process starts) and lists the
kgpart and third-party modules it imported by the end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from kgpart.cli.app import COMMAND_MODULES, LazyCommands, cli

SCRIPT = """
import json, sys
from kgpart.cli.app import cli
try:
    cli.main(sys.argv[1:], prog_name="kgpart")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def modules_after(cwd: Path, *args: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    report = json.loads(done.stderr.splitlines()[-1])
    return report["code"], set(report["modules"])


def loaded(modules: set[str], *prefixes: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def test_a_query_loads_neither_the_extractor_nor_other_commands(tmp_path: Path, tiny_dir: Path) -> None:
    code, modules = modules_after(
        tmp_path, "query", "partners_of", "--param", "org=HU", "--graph", str(tiny_dir)
    )
    assert code == 0
    assert "kgpart.cli.query" in modules and "kgpart.query.run" in modules
    assert loaded(modules, "kgpart.extract", "kgpart.ingest", "kgpart.resolve", "kgpart.convert") == []
    other_commands = {m for m in COMMAND_MODULES.values() if m != "kgpart.cli.query"}
    assert loaded(modules, *other_commands) == []
    assert loaded(modules, "networkx", "yaml", "rdflib", "pyshacl") == []


def test_a_count_query_and_stats_load_only_their_own_module(tmp_path: Path, tiny_dir: Path) -> None:
    for args in (("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), ("stats",)):
        code, modules = modules_after(tmp_path, *args, "--graph", str(tiny_dir))
        assert code == 0, args
        assert loaded(modules, *COMMAND_MODULES.values()) == ["kgpart.cli.query"], args
        assert loaded(modules, "kgpart.extract") == [], args


def test_init_loads_no_query_module(tmp_path: Path) -> None:
    code, modules = modules_after(tmp_path, "init", str(tmp_path / "g"))
    assert code == 0
    assert loaded(modules, *COMMAND_MODULES.values()) == ["kgpart.cli.store"]
    assert loaded(modules, "kgpart.query", "kgpart.extract", "networkx") == []


def test_an_unknown_command_loads_no_command_and_still_gets_a_suggestion(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kgpart", "quer"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "No such command 'quer'. Did you mean 'query'?" in done.stderr
    code, modules = modules_after(tmp_path, "quer")
    assert code == 2
    assert loaded(modules, *COMMAND_MODULES.values()) == []


def test_every_command_is_found_and_has_debug_after_it() -> None:
    names = sorted(cli.commands)
    assert names == sorted(COMMAND_MODULES)
    for name in names:
        command = cli.commands[name]
        assert command.name == name
        assert any(param.name == "debug" for param in command.params), name
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                assert any(param.name == "debug" for param in sub.params), (name, sub.name)


def test_lazy_commands_behave_as_a_mapping() -> None:
    commands = LazyCommands({"stats": "kgpart.cli.query", "init": "kgpart.cli.store"})
    assert len(commands) == 2 and "stats" in commands and "nosuch" not in commands
    assert sorted(commands) == ["init", "stats"]
    hand = click.Command("hand")
    commands["hand"] = hand
    commands["stats"] = hand  # replacing a command not yet loaded: the new one wins
    assert commands["stats"] is hand and len(commands) == 3
    del commands["init"]
    assert sorted(commands) == ["hand", "stats"]
    with pytest.raises(KeyError):
        commands["init"]
    with pytest.raises(KeyError):
        del commands["init"]
