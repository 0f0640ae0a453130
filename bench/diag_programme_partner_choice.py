"""Why an unmatched gold programme is missed: partners only, count only, both, or nothing near (session 19).

Reads the records ``bench/labelled_sets.py predict LABEL SETS`` cached and the gold, matches programmes as the
scorer does (greedy, in the gold's order) and prints COUNTS BY CLASS only, never a name, a sentence or an article
(the training sets G2 on may be measured, not read); the held-out set is refused (bench/labelled_sets.py).

    python bench/diag_programme_partner_choice.py LABEL G2 G3 ... G14 [--cache DIR]

Each unmatched gold programme is set against the programmes of ours the scorer left free (then against all):
- ``count only``: one of ours holds every gold partner; its count differs (ours none / ours another);
- ``partners only``: one of ours has the gold's count (or the gold has none) and shares a partner or is of the
  gold's kind, but misses a gold partner: how ours stands (a strict subset / one of ours where the gold has
  another), whether our wrong partner is the article's main institution (the organisation named in most
  sentences), and how far the missing partner is named from our programme's sentence;
- ``both``: one of ours shares a partner or the kind, misses a partner and has another count;
- ``nothing near``: no programme of ours shares a partner or the kind.
Matched programmes: ours with partners beyond the gold's (a fact the scorer cannot see; by the extra's type and
whether our programme's sentence names it, after a cue of support or presence or not) and counts we attach where
the gold has none. ``T`` lines give the shape of the sentences around a missing partner named within two sentences
of ours (function words kept, capitalised words as Cap, other words as w, numbers as N): shapes, never words.
Session 19's programme helper (bench/README "### Programmes (session 19)").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled_sets import CACHE, load, scorer, set_name

from kgpart.extract.sentences import split_sentences

#: Words a shape keeps as they are (function words and the genre's programme words).
_FUNC = frozenset(
    [
        "from",
        "of",
        "at",
        "to",
        "in",
        "and",
        "each",
        "both",
        "per",
        "side",
        "a",
        "an",
        "the",
        "with",
        "between",
        "by",
        "under",
        "within",
        "its",
        "their",
        "it",
        "they",
        "this",
        "these",
        "two",
        "university",
        "universities",
        "partner",
        "partners",
        "institution",
        "students",
        "will",
        "be",
        "for",
        "who",
        "are",
        "were",
        "is",
        "was",
        "has",
        "have",
        "also",
        "signed",
        "agreement",
        "memorandum",
        "programme",
        "program",
        "degree",
        "double",
        "joint",
        "exchange",
        "study",
        "spend",
        "semester",
        "year",
        "together",
        "cooperation",
        "jointly",
        "on",
        "as",
        "well",
    ]
)


def _shape(words: list[str]) -> str:
    out = []
    for w in words:
        x = w.strip(',.;:()"“”').lower()
        if x in _FUNC:
            out.append(x)
        elif x.isdigit():
            out.append("N")
        elif w[:1].isupper():
            out.append("Cap")
        else:
            out.append("w")
    return " ".join(out)


_CUE = re.compile(
    r"(?i)\b(?:support|presence|participation|initiative|auspices|patronage|assistance|help|attended|organi[sz]ed|"
    r"funded|financed|sponsored|backed|facilitated|coordinated|mediation)\b[^,;]*$"
)


def _kind(p: dict[str, Any]) -> str:
    return str(p.get("kind") or "")


def _count(p: dict[str, Any]) -> Any:
    return ((p.get("participants") or {}) or {}).get("count")


def _names_of(name: str, records: list[dict[str, Any]], sc: Any, aliases: Any) -> list[str]:
    """Every written form of the organisation ``name`` in the gold and our record."""
    out = {name}
    for rec in records:
        for org in rec.get("organizations") or []:
            if not isinstance(org, dict) or not org.get("name"):
                continue
            forms = [org["name"], *(org.get("aliases") or [])]
            if any(aliases.same(name, f) for f in forms):
                out.update(f for f in forms if f and len(f) >= 2)
    return sorted(out, key=len, reverse=True)


def _sentences_naming(forms: list[str], sentences: list[Any]) -> list[int]:
    rxs = [re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)") for f in forms]
    return [i for i, s in enumerate(sentences) if any(rx.search(s.text) for rx in rxs)]


def _sentence_of(pred: dict[str, Any], sentences: list[Any]) -> int | None:
    start = ((pred.get("evidence") or {}) or {}).get("start")
    if start is None:
        return None
    for i, s in enumerate(sentences):
        if s.start <= start < s.end + 2:
            return i
    return None


def _article(sc: Any, gold: dict[str, Any], pred: dict[str, Any], text_path: str, out: Counter[str]) -> None:
    """Add one article's classes to ``out``."""
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    golds = [g for g in gold.get("programmes") or [] if isinstance(g, dict)]
    ours = [p for p in pred.get("programmes") or [] if isinstance(p, dict)]
    gi = sc.items(gold, "programmes", aliases)
    pi = sc.items(pred, "programmes", aliases)
    used: dict[int, int] = {}
    for k, g in enumerate(gi):
        hit = next((i for i, p in enumerate(pi) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used[hit] = k
    matched_gold = set(used.values())
    out["gold programmes"] += len(gi)
    out["gold matched"] += len(matched_gold)
    out["ours"] += len(pi)
    body, *_ = sc.read_article(Path(text_path))
    sentences = split_sentences(body)
    # the article's main institution: the organisation of our record named in most sentences
    org_sent: dict[str, int] = {}
    for org in pred.get("organizations") or []:
        if isinstance(org, dict) and org.get("name"):
            org_sent[org["name"]] = len(
                _sentences_naming(_names_of(org["name"], [pred], sc, aliases), sentences)
            )
    main_org = max(org_sent, key=lambda n: org_sent[n]) if org_sent else None

    def same(a: str, b: str) -> bool:
        return bool(aliases.same(a, b))

    # matched: partners beyond the gold's, counts the gold has not
    for i, k in used.items():
        (gp, gc), (pp, pc) = gi[k][1], pi[i][1]
        extra = [y for y in pp if not any(same(x, y) for x in gp)]
        if gp and extra:
            out[f"M matched, ours has {len(extra)} partner(s) beyond the gold's (gold has partners)"] += 1
            for y in extra:
                ty = next(
                    (
                        str(o.get("type") or "?")
                        for o in pred.get("organizations") or []
                        if isinstance(o, dict) and o.get("name") and same(y, o["name"])
                    ),
                    "not in record",
                )
                sent = str(((ours[i].get("evidence") or {}) or {}).get("sentence") or "")
                forms = _names_of(y, [gold, pred], sc, aliases)
                at = min((sent.find(f) for f in forms if f in sent), default=-1)
                cue = "not named in our sentence"
                if at >= 0:
                    cue = (
                        "named; after a support/presence cue"
                        if _CUE.search(sent[max(0, at - 60) : at])
                        else "named"
                    )
                out[f"M beyond the gold's: {ty}, {cue}"] += 1
            if main_org and any(same(y, main_org) for y in extra):
                out["M matched, beyond: the extra is the main institution"] += 1
        if not gp and pp:
            out["M matched, gold partnerless, ours with partners"] += 1
        if gc is None and pc is not None:
            out["M matched, ours has a count, the gold none"] += 1
    for k in range(len(gi)):
        if k in matched_gold:
            continue
        _unmatched(sc, aliases, gold, pred, golds, ours, gi, pi, used, k, sentences, main_org, out)


def _unmatched(
    sc: Any,
    aliases: Any,
    gold: dict[str, Any],
    pred: dict[str, Any],
    golds: list[dict[str, Any]],
    ours: list[dict[str, Any]],
    gi: list[Any],
    pi: list[Any],
    used: dict[int, int],
    k: int,
    sentences: list[Any],
    main_org: str | None,
    out: Counter[str],
) -> None:
    """Class the unmatched gold programme ``k``."""

    def same(a: str, b: str) -> bool:
        return bool(aliases.same(a, b))

    (gp, gc) = gi[k][1]
    gk = _kind(golds[k])
    free = [i for i in range(len(pi)) if i not in used]

    def holds_all(i: int) -> bool:
        return all(any(same(x, y) for y in pi[i][1][0]) for x in gp)

    def shares(i: int) -> bool:
        return any(any(same(x, y) for y in pi[i][1][0]) for x in gp) or (not gp and _kind(ours[i]) == gk)

    def count_ok(i: int) -> bool:
        return gc is None or pi[i][1][1] == gc

    for pool_name, pool in (("free", free), ("any", list(range(len(pi))))):
        c_only = [i for i in pool if holds_all(i) and not count_ok(i)]
        p_only = [i for i in pool if count_ok(i) and not holds_all(i) and shares(i)]
        p_kind = [
            i
            for i in pool
            if count_ok(i) and not holds_all(i) and not shares(i) and _kind(ours[i]) == gk and gc
        ]
        both = [i for i in pool if not count_ok(i) and not holds_all(i) and shares(i)]
        if c_only:
            cls = "count only"
            ours_c = pi[c_only[0]][1][1]
            sub = "ours none" if ours_c is None else "ours another"
            out[f"U[{pool_name}] count only: {sub}"] += 1
        elif p_only or p_kind:
            cls = "partners only"
            i = (p_only or p_kind)[0]
            pp = pi[i][1][0]
            missing = [x for x in gp if not any(same(x, y) for y in pp)]
            extra = [y for y in pp if not any(same(x, y) for x in gp)]
            shape = (
                "no shared partner, same kind, count equal"
                if not p_only
                else ("ours a strict subset" if not extra else "ours has another where the gold has one")
            )
            out[f"U[{pool_name}] partners only: {shape}"] += 1
            if pool_name == "free":
                out[f"P gold has {len(gp)} partners, ours {len(pp)}, missing {len(missing)}"] += 1
                si = _sentence_of(ours[i], sentences)

                def typ(x: str, rec: dict[str, Any]) -> str:
                    for org in rec.get("organizations") or []:
                        if isinstance(org, dict) and org.get("name") and same(x, org["name"]):
                            return str(org.get("type") or "?")
                    return "not in record"

                out[
                    f"P types: missing {'/'.join(sorted(typ(x, gold) for x in missing))}; "
                    f"ours beyond {'/'.join(sorted(typ(y, pred) for y in extra)) or '-'}"
                ] += 1
                if extra and si is not None:

                    def named_in(x: str, k: int) -> bool:
                        return k in _sentences_naming(_names_of(x, [gold, pred], sc, aliases), sentences)

                    out[
                        f"P another: ours' extra named in our sentence {any(named_in(y, si) for y in extra)}, "
                        f"the missing one {any(named_in(x, si) for x in missing)}, "
                        f"extra named in the sentence before {si > 0 and any(named_in(y, si - 1) for y in extra)}"
                    ] += 1
                if extra and main_org:
                    out[
                        f"P ours' extra is the main institution: {any(same(y, main_org) for y in extra)}"
                    ] += 1
                si = _sentence_of(ours[i], sentences)
                for x in missing:
                    where = _sentences_naming(_names_of(x, [gold, pred], sc, aliases), sentences)
                    in_rec = any(same(x, o) for o in sc.org_names(pred))
                    if not where:
                        out[
                            f"P missing partner: not written by any of its forms (of our record: {in_rec})"
                        ] += 1
                        continue
                    if si is None:
                        out["P missing partner: our programme has no sentence"] += 1
                        continue
                    d = min((w - si for w in where), key=abs)
                    band = (
                        "same sentence"
                        if d == 0
                        else f"{'after' if d > 0 else 'before'} {min(abs(d), 4) if abs(d) < 4 else '4+'}"
                    )
                    out[f"P missing partner nearest mention: {band} (of our record: {in_rec})"] += 1
                    if abs(d) <= 2:
                        w = si + d
                        t = sentences[w].text
                        for f in _names_of(x, [gold, pred], sc, aliases):
                            mm = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", t)
                            if mm:
                                break
                        before = _shape(t[: mm.start()].split()[-3:]) if mm else "?"
                        out[f"T {band}: words before the missing partner: {before}"] += 1
                        out[f"T {band}: that sentence opens: {_shape(t.split()[:4])}"] += 1
                        out[f"T {band}: our sentence opens: {_shape(sentences[si].text.split()[:4])}"] += 1
                    if x == main_org or (main_org and same(x, main_org)):
                        out["P missing partner IS the main institution"] += 1
                out[
                    f"P our programme's count: {'set' if pi[i][1][1] is not None else 'none'}, gold's: {'set' if gc is not None else 'none'}"
                ] += 1
        elif both:
            cls = "both"
            out[f"U[{pool_name}] both (shares partner or kind, count differs)"] += 1
        else:
            cls = "nothing near"
            out[
                f"U[{pool_name}] nothing near: gold {'with' if gc is not None else 'no'} count, {len(gp)} partners, kind {gk}"
            ] += 1
        out[f"S[{pool_name}] {cls}"] += 1


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=set_name)
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args(argv)
    sc = scorer()
    out: Counter[str] = Counter()
    for name in args.sets:
        for _, gold, pred, text_path in load(args.label, name, args.cache):
            _article(sc, gold, pred, text_path, out)
    for key in sorted(out):
        print(f"{out[key]:5d} {key}")


if __name__ == "__main__":
    main()
