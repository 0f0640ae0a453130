"""Aggregate diagnostic of EXTRA organisations (ours, not in gold), counts by class only.

Reads the records cached by `bench/labelled_sets.py predict LABEL SET...` and scores them with
../shared/tools/score_extraction.py's matching.
Each extra is put in the first class that fits:

- dup, scorer sees same gold: a second name of ours that matches a gold organisation another of ours
  already matched (the same organisation output twice);
- dup? of matched pred: its name relates to one of ours that matched (acronym, longer or shorter by
  words, content words a subset or superset);
- variant of missed gold: a fragment, an over-long or another form of a gold name we missed;
- related to matched gold, a country, a city, person name inside, inside a programme name, generic
  words only, fragment of matched gold;
- unrelated, gold omits: none of the above, split by how often and where the text names it.

With --features it also counts EVERY predicted organisation, right or extra, by simple features (where the
text first names it, the line it stands on, the facts it takes part in, its type): a feature where extras
outnumber right ones is a candidate rule (session 17: page furniture, boilerplate-only bodies).

With --fragments it also classes every MISSED gold organisation by how ours relate to it (a fragment of it
that is an extra or matched another gold, an over-long form, none), the shape of the cut (the words we left
out on each side and our words, each word as a class: of/and/..., CTY, CITY, A(cronym), ADJ, N(on-ASCII), C,
l(ower case)), and the duplicates (a second name of ours the scorer gives the same gold) by their shapes (session 17).

usage: python bench/diag_org_extras.py LABEL G2 G3 ...   (training sets: counts only)
       python bench/diag_org_extras.py LABEL G2 G3 ... --features
       python bench/diag_org_extras.py LABEL G2 G3 ... --fragments
       python bench/diag_org_extras.py LABEL A C H G1 -v   (development sets: also each extra)
Never give it the held-out set (labelled_sets.HELD_OUT): it refuses.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import DEV_SETS, HELD_OUT, SETS, load, scorer, set_name

from kgpart.extract import countries as K

sc: ModuleType
DEV = set(DEV_SETS)
TRAIN = set(SETS) - DEV
_GENERIC_TEXT = """university of the and state national institute college school faculty centre center embassy ministry in
    for department republic technology science sciences government office council federal high commission
    international agency foundation academy research education affairs foreign board committee association
    union"""
GENERIC = frozenset(_GENERIC_TEXT.split())
PLACE_CUE = re.compile(r"\b(?:at|in|held at|hosted by|venue)\s+(?:the\s+)?$", re.I)


def content(name: str) -> set[str]:
    return {w for w in sc.norm(name).split() if w not in GENERIC}


def initials(name: str) -> str:
    return "".join(
        w[0] for w in re.split(r"[\s\-]+", name) if w and (w[0].isupper() or w[0].isdigit())
    ).upper()


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z&\-\.]{1,9}", name)) and sum(c.isupper() for c in name) >= 2


def acronym_of(a: str, full: str) -> bool:
    if not is_acronym(a):
        return False
    letters, first = re.sub(r"[^A-Z]", "", a), initials(full)
    return letters == first or (
        len(letters) >= 2 and letters[0] == first[:1] and all(c in first for c in letters)
    )


def relation(n: str, p: str) -> str | None:
    a, b = sc.norm(n), sc.norm(p)
    if not a or not b:
        return None
    if acronym_of(n, p):
        return "acronym-of"
    if acronym_of(p, n):
        return "expansion-of"
    if b in a:
        rest = a.replace(b, " ").split()
        placed = rest and all(K.city_country(w.title()) or K.country_of(w.title()) for w in rest)
        return "longer: +place" if re.search(r"\b(in|at)\b", " ".join(rest)) or placed else "longer: +words"
    if a in b:
        return "shorter (fragment)"
    x, y = content(n), content(p)
    if x and y and x <= y:
        return "content words subset"
    if x and y and y <= x:
        return "content words superset"
    return "shares words" if x & y else None


def classify(n: str, org: dict, gold: dict, pred: dict, text: str, matched_g, missed, matched_p, al) -> tuple:
    if any(al.same(n, g) for g in matched_g):
        return ("dup, scorer sees same gold",)
    for p in matched_p:
        r = relation(n, p)
        if r and r != "shares words":
            return ("dup? of matched pred", r)
    for m in missed:
        r = relation(n, m)
        if r:
            return ("variant of missed gold", r)
    for g in matched_g:
        r = relation(n, g)
        if r and r != "shares words":
            return ("related to matched gold", r)
    bare = re.sub(r"^the ", "", n.strip())
    people = [p.get("name") or "" for p in (gold.get("persons") or []) + (pred.get("persons") or [])]
    progs = [p.get("name") or "" for p in (gold.get("programmes") or []) + (pred.get("programmes") or [])]
    if K.country_of(bare):
        return ("a country",)
    if K.city_country(bare):
        return ("a city",)
    if any(p and (bare in p or p.split()[-1] in bare.split()) for p in people):
        return ("person name inside",)
    if any(p and sc.norm(bare) in sc.norm(p) for p in progs):
        return ("inside a programme name",)
    if not content(n):
        return ("generic words only",)
    occ = [m.start() for m in re.finditer(re.escape(bare), text)]
    if not occ:
        where = "not verbatim"
    elif occ[0] < 200:
        where = "first 200 characters"
    elif PLACE_CUE.search(text[max(0, occ[0] - 25) : occ[0]]):
        where = "after at/in"
    else:
        where = "elsewhere"
    return (
        "unrelated, gold omits",
        f"mentions={min(len(occ), 3)}",
        where,
        "acronym" if is_acronym(bare) else "",
    )


def roles(org: dict, pred: dict) -> str:
    """The facts of the record an organisation takes part in, as a short key ("none", "meeting", "partner+prog")."""
    names = {sc.norm(x) for x in [org.get("name"), *(org.get("aliases") or [])] if x}

    def me(x: str | None) -> bool:
        return sc.norm(x or "") in names

    out = []
    if any(any(me(b) for b in t.get("between") or []) for t in pred.get("partnerships") or []):
        out.append("partner")
    if any(any(me(b) for b in t.get("partners") or []) for t in pred.get("programmes") or []):
        out.append("prog")
    if any(me(t.get("at")) for t in pred.get("cohorts") or []):
        out.append("cohort")
    if any(me(t.get("affiliation")) for t in pred.get("persons") or []):
        out.append("affil")
    if any(me(t.get("part_of")) for t in pred.get("organizations") or []):
        out.append("parent")
    if any(any(me(b) for b in t.get("organizations") or []) for t in pred.get("meetings") or []):
        out.append("meeting")
    return "+".join(out) or "none"


def features(org: dict, pred: dict, text: str) -> dict[str, str]:
    """Simple features of one predicted organisation (no text is printed: classes only)."""
    occ = sorted(
        m.start()
        for n in [org.get("name") or "", *(org.get("aliases") or [])]
        if len(n) > 1
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text)
    )
    kind, facts = str(org.get("type")), roles(org, pred)
    f = {"type": kind, "roles": facts, "type | roles": f"{kind} | {facts}", "mentions": str(min(len(occ), 4))}
    if not occ:
        return {**f, "first mention": "not verbatim"}
    p = occ[0]
    start, end = text.rfind("\n", 0, p) + 1, text.find("\n", p)
    line = text[start : len(text) if end < 0 else end].strip()
    before = re.search(r"([\w']+|[^\w\s])\s*$", text[max(0, p - 40) : p])
    word = before.group(1) if before else "START"
    cue = (
        word.lower()
        if word.lower() in _CUES or not word[0].isalnum()
        else ("Cap" if word[0].isupper() else "low")
    )
    return {
        **f,
        "position decile": str(int(10 * p / max(1, len(text)))),
        "line": ("short" if len(line) < 80 else "long")
        + (" ends ." if re.search(r"[.!?]$", line) else " no end")
        + (" bullet" if re.match(r"(?:[-•*–·▪]|\d+[.)])\s", line) else ""),
        "word before": cue,
        "after an About/contact heading": str(p >= _boilerplate_start(text)),
    }


_FUNCTION_WORDS = frozenset(
    {
        "of",
        "for",
        "and",
        "&",
        "the",
        "in",
        "at",
        "de",
        "du",
        "des",
        "la",
        "der",
        "für",
        "di",
        "named",
        "after",
    }
    | {"on", "y", "e", "del", "i"}
)


def shape(word: str) -> str:
    """A word as a class, never the word itself unless it is a function word ("of", "and", "named")."""
    core = word.strip("()[],.;:\"'")
    pre, post = ("(" if word.startswith("(") else ""), (")" if word.endswith(")") else "")
    if core.lower() in _FUNCTION_WORDS:
        return pre + core.lower() + post
    if not core:
        b = "?"
    elif re.search(r"[^\x00-\x7f]", core):
        b = "N"
    elif K.country_of(core):
        b = "CTY"
    elif K.city_country(core):
        b = "CITY"
    elif re.fullmatch(r"[A-Z]{2,}", core):
        b = "A"
    elif core[:1].isupper():
        b = "ADJ" if re.search(r"(?:an|ian|ese|ish|ic|i)$", core) else "C"
    elif core[:1].islower():
        b = "l"
    else:
        b = "?"
    return pre + b + post


def shapes(words: list[str]) -> str:
    return " ".join(shape(w) for w in words) or "-"


def _words_pattern(name: str) -> str:
    return r"\s+".join(re.escape(w) for w in name.split())


def fragments(gold_names: list[str], matched_g: set, pi: list, used: dict, text: str, out: Counter) -> None:
    """Count each missed gold organisation by how our names relate to it and where ours were cut."""
    extras = [p for i, (_, p) in enumerate(pi) if i not in used]
    for g in gold_names:
        if g in matched_g:
            continue
        gn = sc.norm(g)

        def inside(a: str, b: str) -> bool:
            return bool(a) and a != b and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None

        mine = [p for p in extras if inside(sc.norm(p), gn)]
        other = [p for _, p in pi if inside(sc.norm(p), gn)]
        longer = [p for p in extras if inside(gn, sc.norm(p))]
        found = re.search(_words_pattern(g), text, re.I)
        verbatim = "verbatim" if found else "not verbatim"
        if mine or other:
            p = max(mine or other, key=len)
            kind = "fragment, an extra" if mine else "fragment, matched another gold"
        elif longer:
            p, kind = min(longer, key=len), "over-long extra"
        else:
            p, kind = "", "no related name of ours"
        out[("missed gold", kind, verbatim)] += 1
        if kind.startswith("fragment") and found:
            span = found.group(0)
            at = re.search(_words_pattern(p), span, re.I)
            if at is None:
                continue
            left, right = span[: at.start()].split(), span[at.end() :].split()
            cut = f"L: {shapes(left)} | ours: {shapes(p.split())} | R: {shapes(right)}"
            out[
                (
                    "fragment cut",
                    "left "
                    + (shape(left[-1]) if left else "ok")
                    + ", right "
                    + (shape(right[0]) if right else "ok"),
                )
            ] += 1
            out[("fragment shape", cut)] += 1
        elif kind == "over-long extra":
            pn = sc.norm(p)
            a = pn.find(gn)
            n_left, n_right = len(pn[:a].split()), len(pn[a + len(gn) :].split())
            words = p.split()
            cut = f"L: {shapes(words[:n_left])} | gold: {shapes(g.split())} | R: {shapes(words[len(words) - n_right :] if n_right else [])}"
            out[("over-long shape", cut)] += 1
        elif found:
            out[("no related, first named", "first 200 characters" if found.start() < 200 else "later")] += 1
            n = len(re.findall(_words_pattern(g), text, re.I))
            out[("no related, times named", str(min(n, 3)))] += 1


_CUES = frozenset(["the", "and", "of", "with", "at", "in", "by", "for", "from", "to", "between", "including"])


def _boilerplate_start(text: str) -> int:
    from kgpart.extract.furniture import boilerplate_start

    return boilerplate_start(text)


def main() -> int:
    ap = argparse.ArgumentParser(
        prog="diag_org_extras.py",
        description="Extra organisations by class, counts only (training sets G2 ...); -v lists each extra on "
        "the development sets A C H G1 only. Reads the cache of `labelled_sets.py predict LABEL SET...`. "
        f"Never {HELD_OUT}: it refuses.",
    )
    ap.add_argument("label", help="the label given to labelled_sets.py predict")
    ap.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    ap.add_argument("-v", "--verbose", action="store_true", help="each extra (A C H G1 only)")
    ap.add_argument(
        "--features", action="store_true", help="also count right and extra organisations by simple features"
    )
    ap.add_argument(
        "--fragments",
        action="store_true",
        help="also class missed gold organisations by how ours were cut, and duplicates by shape",
    )
    args = ap.parse_args()
    label, sets, verbose = args.label, args.sets, args.verbose
    if verbose and not set(sets) <= DEV:
        ap.error("refused: -v (each extra) only on development sets A C H G1")
    global sc
    sc = scorer()
    classes: Counter = Counter()
    types: Counter = Counter()
    feats: Counter = Counter()
    frags: Counter = Counter()
    for s in sets:
        for name, gold, pred, txt in load(label, s):
            al = sc.Aliases()
            sc.register(al, gold)
            sc.register(al, pred)
            gi = sc.items(gold, "organizations", al)
            pi = sc.items(pred, "organizations", al)
            used: dict[int, str] = {}
            for _, g in gi:
                hit = next(
                    (i for i, (_, p) in enumerate(pi) if i not in used and al.same(g or "", p or "")), None
                )
                if hit is not None:
                    used[hit] = g
            matched_g = set(used.values())
            missed = [g for _, g in gi if g not in matched_g]
            matched_p = [pi[i][1] for i in used]
            orgs = {o["name"]: o for o in pred.get("organizations") or []}
            text = Path(txt).read_text(encoding="utf-8")
            if args.fragments:
                fragments([g for _, g in gi], matched_g, pi, used, text, frags)
            for i, (_, n) in enumerate(pi):
                if args.features:
                    for key, value in features(orgs.get(n, {}), pred, text).items():
                        feats[(key, value, "right" if i in used else "extra")] += 1
                if i in used:
                    continue
                org = orgs.get(n, {})
                k = classify(n, org, gold, pred, text, matched_g, missed, matched_p, al)
                classes[k] += 1
                if args.fragments and k[0].startswith("dup, scorer"):
                    first = next(used[j] for j in used if al.same(n, used[j]))
                    mate = pi[next(j for j in used if used[j] == first)][1]
                    frags[
                        ("duplicate shape", f"{shapes(n.split())} | beside ours: {shapes(mate.split())}")
                    ] += 1
                types[(k[0], org.get("type"))] += 1
                if verbose:
                    print(s, name, repr(n), k)
    print(f"extras: {sum(classes.values())}")
    for k, v in sorted(classes.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{v:>5} {' | '.join(x for x in k if x)}")
    print("by class and type:")
    for k, v in sorted(types.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{v:>5} {k[0]} | {k[1]}")
    if args.features:
        print("every predicted organisation by feature (extra / right, precision):")
        for key in dict.fromkeys(k for k, _, _ in feats):
            print(f"  {key}")
            values = sorted({v for k, v, _ in feats if k == key}, key=lambda v: -feats[(key, v, "extra")])
            for v in values:
                e, r = feats[(key, v, "extra")], feats[(key, v, "right")]
                print(f"    {v:34s} {e:>4} / {r:<5} {r / max(1, e + r):.3f}")
    if args.fragments:
        print("missed gold organisations and duplicates (--fragments):")
        for k, v in sorted(frags.items(), key=lambda x: (x[0][0], -x[1])):
            print(f"{v:>5} {' | '.join(k)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
