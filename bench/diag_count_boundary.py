"""The boundary between a programme's participants and a cohort: aggregate classes only.

Reads the records `bench/labelled_sets.py predict LABEL SETS` cached, with their gold, and prints COUNTS BY CLASS
(never an article, a sentence, a name or a number of an article):

1. the gold's convention: gold programmes with a count, and how many of those counts a gold cohort of the same
   article also carries (a programme's participants are counted once, as the programme's);
2. cohorts of ours whose count a programme of ours carries too, by where the programme was read (the cohort's
   sentence or another) and the outcome (right; an extra carrying a gold programme's count; another extra), and
   what dropping them would do to the cohorts (right and predicted lost);
3. cohorts of ours whose count no programme of ours carries, in a sentence naming a programme's kind (degree,
   programme, scheme, exchange, fellowship, scholarship, internship, mobility, summer school), by the nearest
   programme of ours (the same sentence, one sentence away, none) and its state (no count, another count), with
   how many of those programmes would then match a gold programme the scorer left unmatched (a gain) and how many
   of those counts a gold cohort carries (a false programme count the scorer cannot see);
4. planned cohorts of ours with no origin, by the kind of place and whether their sentence names a programme or
   an agreement (``cohorts.plans``).

usage: python bench/diag_count_boundary.py LABEL G2 G3 ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_KIND = re.compile(
    r"(?i)\b(?:degrees?|diplomas?|program(?:me)?s?|schemes?|exchanges?|fellowships?|(?:summer|winter|spring)\s+"
    r"schools?|scholarships?|internships?|mobility|erasmus)\b"
)


def _count(item: dict[str, Any]) -> Any:
    return ((item.get("participants") or {}) or {}).get("count")


def _matched(sc: Any, al: Any, gold_items: list[Any], pred_items: list[Any]) -> dict[int, int]:
    """pred index -> gold index, as the scorer pairs them (first free match in gold order)."""
    used: dict[int, int] = {}
    for gidx, g in enumerate(gold_items):
        hit = next((i for i, p in enumerate(pred_items) if i not in used and sc.match(g, p, al)), None)
        if hit is not None:
            used[hit] = gidx
    return used


def _sentences_between(text: str, a: int | None, b: int | None) -> int:
    """About how many sentence ends lie between two offsets of the text."""
    if a is None or b is None:
        return 99
    lo, hi = sorted((a, b))
    return len(re.findall(r"[.!?](?:\s|$)", text[lo:hi]))


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    from kgpart.extract.cohorts.not_cohorts import A_PROGRAMME
    from kgpart.extract.countries import country_of

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    args = ap.parse_args(argv)
    sc = ls.scorer()
    c: Counter[str] = Counter()
    for s in args.sets:
        for _, gold, pred, text_path in ls.load(args.label, s):
            body = sc.read_article(Path(text_path))[0]
            al = sc.Aliases()
            sc.register(al, gold)
            sc.register(al, pred)
            gci, pci = sc.items(gold, "cohorts", al), sc.items(pred, "cohorts", al)
            gpi, ppi = sc.items(gold, "programmes", al), sc.items(pred, "programmes", al)
            cused, pused = _matched(sc, al, gci, pci), _matched(sc, al, gpi, ppi)
            gcoh = Counter(g.get("count") for g in gold.get("cohorts") or [] if isinstance(g, dict))
            gprog = {_count(p) for p in gold.get("programmes") or []} - {None}
            for p in gold.get("programmes") or []:
                if _count(p) is not None:
                    c["1 gold programmes with a count"] += 1
                    c["1|  of which a gold cohort carries the count too"] += bool(gcoh.get(_count(p)))
            progs = [p for p in pred.get("programmes") or [] if isinstance(p, dict)]
            free_gold = [g for k, g in enumerate(gpi) if k not in pused.values()]
            cohorts = [x for x in pred.get("cohorts") or [] if isinstance(x, dict)]
            for i, co in enumerate(cohorts):
                n, ev = co.get("count"), co.get("evidence") or {}
                sent, start = ev.get("sentence") or "", ev.get("start")
                outcome = (
                    "right" if i in cused else ("extra, a gold programme's count" if n in gprog else "extra")
                )
                holders = [p for p in progs if n is not None and _count(p) == n]
                if holders:
                    where = (
                        "same sentence"
                        if any((p.get("evidence") or {}).get("sentence") == sent for p in holders)
                        else "another sentence"
                    )
                    c[f"2 cohort whose count a programme of ours carries, {where}: {outcome}"] += 1
                    continue
                if co.get("status") == "planned" and co.get("from_country") is None:
                    at = co.get("at")
                    place = (
                        "none"
                        if not at
                        else (
                            "country"
                            if country_of(at)
                            else ("lower-case group" if at[:1].islower() else "a name")
                        )
                    )
                    scheme = (
                        "names a programme or agreement" if A_PROGRAMME.search(sent) else "no scheme named"
                    )
                    c[f"4 planned, no origin, place {place}, {scheme}: {outcome}"] += 1
                if n is None or not _KIND.search(sent):
                    continue
                near = sorted(
                    (
                        (_sentences_between(body, start, (p.get("evidence") or {}).get("start")), k)
                        for k, p in enumerate(progs)
                    ),
                    key=lambda t: t[0],
                )
                if not near or near[0][0] > 1:
                    c[f"3 kind word, no programme of ours within a sentence: {outcome}"] += 1
                    continue
                d, k = near[0]
                prog = progs[k]
                state = "no count" if _count(prog) is None else "another count"
                c[
                    f"3 kind word, nearest programme {'same sentence' if d == 0 else 'one sentence away'} has {state}: {outcome}"
                ] += 1
                item = ("prog", (tuple(x for x in prog.get("partners") or [] if x), n))
                if any(g[1][1] == n and sc.match(g, item, al) for g in free_gold):
                    c[
                        f"3|  of those, giving it the cohort's count would match a free gold programme ({state})"
                    ] += 1
                elif gcoh.get(n):
                    c[f"3|  of those, giving it the count is false: a gold cohort carries it ({state})"] += 1
    for key in sorted(c):
        print(f"{c[key]:>6}  {key[2:]}")


if __name__ == "__main__":
    main()
