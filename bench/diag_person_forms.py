"""Aggregate diagnostic of persons by the shape of their names (session 18, issue #11): counts only.

Reads the records cached by `bench/labelled_sets.py predict LABEL SET...`, matches persons with
../shared/tools/score_extraction.py (names and aliases of both records), and counts

- EXTRA persons (ours, no gold) and MISSED gold persons by shape: a word in capitals ("TANAKA"), initials
  ("A.S.", "B.Tulegen"), a particle (bin, de, van der, Al), a hyphen or an apostrophe, one word only, a title
  word left at either end or glued to the name ("RectorAlibek"), organisation words inside, a place (a country,
  a demonym or a city) inside, four words or more, else plain; a name counts once in every shape it has;
- each extra by how it relates to gold: the same words as a matched gold (a duplicate), a fragment or a
  longer form of a gold person, a gold organisation's name, none;
- each missed gold person by how ours relate to it: one of ours shares a word (a fragment, a longer or another
  form), none of ours does (never found).

usage: python bench/diag_person_forms.py LABEL G2 G3 ...   (training sets: counts only)
       python bench/diag_person_forms.py LABEL A C H G1 -v   (development sets: also each name)
Never give it the held-out set (labelled_sets.HELD_OUT): it refuses before reading anything.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

_ORG_WORDS = frozenset(
    re.findall(
        r"\w+",
        """university institute college school faculty centre center embassy ministry department academy
    agency foundation council office committee association union commission government""",
    )
)
_TITLES = frozenset(
    re.findall(
        r"\w+",
        """mr mrs ms dr prof professor rector president dean director minister ambassador vice deputy head
    chairman chair secretary consul counsellor academician sheikh his her excellency madam mister
    associate assistant senior lecturer chancellor provost h e""",
    )
)
_PARTICLES = frozenset(
    re.findall(r"\w+", "bin binti bint ibn al el de da del della di van von der den la le du dos ben abu")
)


def shapes(name: str, places: frozenset[str]) -> list[str]:
    words = name.replace("\u2019", "'").split()
    low = [w.strip(".,").casefold() for w in words]
    out = []
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        out.append("capitals word")
    if any(re.match(r"^(?:[A-Z][a-z]?\.)+", w) for w in words):
        out.append("initials")
    if any(w in _PARTICLES for w in low) or any(re.match(r"^(?:al|el)-", w) for w in low):
        out.append("particle")
    if any("-" in w.strip("-") or "'" in w for w in words):
        out.append("hyphen/apostrophe")
    if len(words) == 1:
        out.append("one word")
    if len(words) >= 4:
        out.append("four words or more")
    if low and (low[0] in _TITLES or low[-1] in _TITLES):
        out.append("title word at an end")
    if any(
        re.search(r"[a-z][A-Z][a-z]", w) and not re.match(r"^(?:Mc|Mac|De|Di|La|Le)[A-Z]", w) for w in words
    ):
        out.append("glued words (camel case)")
    if any(w in _ORG_WORDS for w in low):
        out.append("organisation word inside")
    if any(w in places for w in low):
        out.append("a place inside")
    return out or ["plain"]


def pattern(name: str) -> str:
    """The name's words as classes: C capitals, X capitalised, x lower case, I initials; '-' and "'" kept."""
    out = []
    for w in name.replace("\u2019", "'").split():
        parts = []
        for part in re.split(r"([-'])", w):
            if part in {"-", "'"}:
                parts.append(part)
            elif re.fullmatch(r"(?:[A-Z][a-z]?\.)+", part):
                parts.append("I")
            elif re.fullmatch(r"(?:[A-Z][a-z]?\.)+\w+", part):
                parts.append("IX")
            elif len(part) >= 2 and part.isupper():
                parts.append("C")
            elif part[:1].isupper():
                parts.append("X")
            else:
                parts.append("x")
        out.append("".join(parts))
    return " ".join(out)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from labelled_sets import DEV_SETS, HELD_OUT, SETS, load, scorer, set_name

    ap = argparse.ArgumentParser(
        prog="diag_person_forms.py",
        description="Extra and missed persons by the shape of the name, counts only (training sets G2 ...); "
        "-v lists each name on the development sets A C H G1 only. Reads the cache of "
        f"`labelled_sets.py predict LABEL SET...`. Never {HELD_OUT}: it refuses.",
    )
    ap.add_argument("label", help="the label given to labelled_sets.py predict")
    ap.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    ap.add_argument("-v", "--verbose", action="store_true", help="each extra and missed name (A C H G1 only)")
    args = ap.parse_args()
    if args.verbose and not set(args.sets) <= set(DEV_SETS):
        ap.error("refused: -v (each name) only on development sets A C H G1")

    from kgpart.extract import countries as K

    places = frozenset(w.casefold() for w in K.country_words()) | frozenset(
        k.casefold() for k in K.demonyms()
    )
    sc = scorer()
    extra_shape: Counter[str] = Counter()
    miss_shape: Counter[str] = Counter()
    right_shape: Counter[str] = Counter()
    extra_rel: Counter[str] = Counter()
    miss_rel: Counter[str] = Counter()
    cross: Counter[tuple[str, str, str]] = Counter()
    patterns: Counter[tuple[str, str]] = Counter()
    totals = [0, 0, 0]
    for name in args.sets:
        for art, gold, pred, _ in load(args.label, name):
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            sc.register(aliases, pred)
            g_items = sc.items(gold, "persons", aliases)
            p_items = sc.items(pred, "persons", aliases)
            right, n_pred, n_gold, misses, extras = sc.score(g_items, p_items, aliases)
            totals[0] += right
            totals[1] += n_pred
            totals[2] += n_gold
            g_names = [p.get("name") or "" for p in gold.get("persons") or [] if isinstance(p, dict)]
            p_names = [p.get("name") or "" for p in pred.get("persons") or [] if isinstance(p, dict)]
            org_names = [o.get("name") or "" for o in gold.get("organizations") or [] if isinstance(o, dict)]
            our_orgs = [o.get("name") or "" for o in pred.get("organizations") or [] if isinstance(o, dict)]
            miss_names = [m[1] if isinstance(m, tuple) else m for m in misses]
            extra_names = [e[1] if isinstance(e, tuple) else e for e in extras]
            for n in p_names:
                if n not in extra_names:
                    for s in shapes(n, places):
                        right_shape[s] += 1
            for n in extra_names:
                for s in shapes(n, places):
                    extra_shape[s] += 1
                words = set(sc.norm(n).split())
                others = [p for p in p_names if p != n]
                if any(aliases.same(n, g) for g in g_names):
                    rel = "the same as a gold person (a duplicate)"
                elif any(words & set(sc.norm(g).split()) for g in g_names) and any(
                    words <= set(sc.norm(p).split()) for p in others
                ):
                    rel = "its words inside another of ours (a part not merged)"
                elif any(words & set(sc.norm(g).split()) for g in g_names):
                    rel = "shares a word with a gold person (fragment, longer or other form)"
                elif any(aliases.same(n, o) or words <= set(sc.norm(o).split()) for o in org_names):
                    rel = "a gold organisation's name or words"
                    if any(words <= set(sc.norm(o).split()) for o in our_orgs):
                        rel += ", inside one of our organisations"
                else:
                    rel = "none (gold has no such person)"
                extra_rel[rel] += 1
                patterns["extra", pattern(n)] += 1
                for s in shapes(n, places):
                    cross["extra", rel, s] += 1
                if args.verbose:
                    print(f"  extra {name} {art}: {n!r} [{rel}]")
            for n in miss_names:
                for s in shapes(n, places):
                    miss_shape[s] += 1
                words = set(sc.norm(n).split())
                if any(words & set(sc.norm(p).split()) for p in p_names):
                    rel = "one of ours shares a word (fragment, longer or other form)"
                else:
                    rel = "none of ours shares a word (never found)"
                miss_rel[rel] += 1
                patterns["missed", pattern(n)] += 1
                for s in shapes(n, places):
                    cross["missed", rel, s] += 1
                if args.verbose:
                    print(f"  missed {name} {art}: {n!r} [{rel}]")
    right, n_pred, n_gold = totals
    print(
        f"persons: gold {n_gold} predicted {n_pred} right {right} extra {n_pred - right} missed {n_gold - right}"
    )
    print("shape (a name counts in each of its shapes)      right  extra missed")
    for s in sorted(set(extra_shape) | set(miss_shape) | set(right_shape)):
        print(f"  {s:<46}{right_shape[s]:>6}{extra_shape[s]:>7}{miss_shape[s]:>7}")
    print("extras by relation to gold")
    for k, v in extra_rel.most_common():
        print(f"  {v:>4}  {k}")
    print("missed by relation to ours")
    for k, v in miss_rel.most_common():
        print(f"  {v:>4}  {k}")
    print("by pattern (C capitals, X capitalised, x lower case, I initials)")
    for (side, pat), v in sorted(patterns.items()):
        print(f"  {v:>4}  {side:<7}{pat}")
    print("by relation and shape")
    for (side, rel, s), v in sorted(cross.items()):
        print(f"  {v:>4}  {side:<7}{rel[:44]:<45}{s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
