"""Debian's Virtuoso (``virtuoso-t``) on loopback: a second real SPARQL engine for the endpoint tests.

One private server per test session: its own ``virtuoso.ini`` and database in a temporary
folder, its own free ports, little memory, SPARQL Update and Graph Store writes granted to the
anonymous user, stopped at the end. Missing ``virtuoso-t`` is a failure, not a skip: CI
(``.ci/run``) installs ``virtuoso-opensource``.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kgpart.store.remote import RemoteGraph
from support.servers import free_port, stop_process

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
# Anonymous SPARQL (the "SPARQL" user, "nobody" for graphs) may update and write every graph.
GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 7);"
REVOKES = "REVOKE SPARQL_UPDATE FROM \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1);"

INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
MaxClientConnections = 8
ThreadsPerQuery = 1
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 8
MaxClientConnections = 8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@dataclass
class Virtuoso:
    """A private Virtuoso: its folder, its ports, its process while it runs."""

    folder: Path
    http_port: int = field(default_factory=free_port)
    sql_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    started_in: float = 0.0
    own_graphs: frozenset[str] = frozenset()  # Virtuoso's system graphs, there from the start

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return self.url + "/sparql"

    @property
    def store_url(self) -> str:
        """The Graph Store endpoint that needs no login (the anonymous user's rights apply)."""
        return self.url + "/sparql-graph-crud"

    def options(self) -> list[str]:
        """The command-line options that point kgpart at this server (the README's Virtuoso line)."""
        return ["--query-url", self.query_url, "--update-url", self.query_url, "--store-url", self.store_url]

    def start(self, seconds: float = 90) -> None:
        """Start the server (creating its database the first time) and wait for its SPARQL endpoint."""
        assert VIRTUOSO, "virtuoso-t is not installed: install Debian's virtuoso-opensource (.ci/run does)"
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(db=self.folder, sql_port=self.sql_port, http_port=self.http_port))
        began = time.monotonic()
        self.proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        ask = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() - began < seconds:
            if self.proc.poll() is not None:
                raise AssertionError(f"virtuoso-t exited: {self.log_tail()}")
            try:
                urllib.request.urlopen(ask, timeout=2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError(f"Virtuoso did not answer within {seconds:g} s: {self.log_tail()}")
        self.started_in = time.monotonic() - began

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self.proc = None

    def restart(self) -> None:
        """Start it again on the same database (after a crash or a kill)."""
        self.stop()
        self.start()

    def graphs(self) -> set[str]:
        """The named graphs the server holds (through SPARQL, as any client sees them)."""
        rows = RemoteGraph(query_url=self.query_url).select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        )
        return {row["g"].value for row in rows}

    def clear(self) -> None:
        """Drop every graph but Virtuoso's own: an empty store for the next test."""
        remote = RemoteGraph(query_url=self.query_url)
        for graph in sorted(self.graphs() - self.own_graphs):
            remote.update(f"DROP SILENT GRAPH <{graph}>")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def sql(self, statements: str) -> None:
        """Run SQL statements as dba through isql on the server's private port."""
        assert ISQL, "isql-vt is not installed (Debian's virtuoso-opensource-7-bin ships it)"
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr

    def log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        return " | ".join(log.read_text(errors="replace").splitlines()[-5:]) if log.exists() else "no log"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """One private Virtuoso for the session, with SPARQL Update and Graph Store writes granted."""
    if not VIRTUOSO:
        pytest.fail("virtuoso-t is not installed: install Debian's virtuoso-opensource (.ci/run does)")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        server.start()
        server.sql(GRANTS)
        server.own_graphs = frozenset(server.graphs())
        yield server
    finally:
        server.stop()
