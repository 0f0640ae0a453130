"""Write query results as a text table, CSV, TSV or W3C SPARQL 1.1 Query Results JSON."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from kgpart.formats import ResultFormat
from kgpart.query.run import QueryResult
from kgpart.terms import PREFIXES
from kgpart.untrusted import for_spreadsheet, for_terminal

XSD_STRING = PREFIXES["xsd"] + "string"
# Longest namespaces first so kgr: wins over a shorter overlapping prefix.
_SHORTEN = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def format_result(result: QueryResult, fmt: ResultFormat = "table") -> str:
    """Render a result for printing; graph results are N-Triples whatever the format."""
    if result.kind == "graph":
        return "".join(f"{t} .\n" for t in result.triples)
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def shorten(iri: str) -> str:
    """``https://w3id.org/kgpart/id/org/x`` -> ``kgr:org/x`` for readable tables."""
    for prefix, ns in _SHORTEN:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(result: QueryResult) -> str:
    header = result.variables
    body = [[for_terminal(_plain(row.get(v)).replace("\n", " ")) for v in header] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _csv(result: QueryResult) -> str:
    # W3C SPARQL 1.1 CSV: plain lexical values, full IRIs; a value a spreadsheet would run as a
    # formula (=HYPERLINK(...) in a label) gets a leading ' (the one departure from the W3C format).
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([for_spreadsheet(row[v].value) if v in row else "" for v in result.variables])
    return out.getvalue()


def _tsv(result: QueryResult) -> str:
    # W3C SPARQL 1.1 TSV: terms in their SPARQL/Turtle syntax.
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(str(row[v]) if v in row else "" for v in result.variables))
    return "\n".join(lines) + "\n"


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _json(result: QueryResult) -> str:
    bindings = [{v: _json_term(t) for v, t in row.items()} for row in result.rows]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
