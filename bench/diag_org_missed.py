"""Aggregate diagnostic of MISSED gold organisations (gold, none of ours matches), counts by class only.

Reads the records cached by `bench/labelled_sets.py predict LABEL SET...` and matches organisations as
../shared/tools/score_extraction.py does. Each missed gold organisation is counted

- by shape (first that fits): not verbatim in the text; acronym only; one word; a unit ("Faculty of X",
  "Department of X", "X Centre", ...); a non-English name; a name with lower-case words; a name cut by a line
  break or a comma in the text; after "the" in lower case; else "other, several words";
- by head word (University, Institute, ... anywhere in the name, or none), how often the text names it, and
  whether the gold marks it inferred;
- by role in the gold record: a cohort's host ("at"), a partnership's party, a meeting's side, a programme
  partner, a parent of another organisation, else only listed;
- by how ours relate to it (a fragment of ours, an over-long name of ours, none).

usage: python bench/diag_org_missed.py LABEL G2 G3 ...   (training sets: counts only)
       python bench/diag_org_missed.py LABEL A C H G1 -v      (development sets: also each missed name)
Never give it the held-out set (labelled_sets.HELD_OUT): it refuses before reading anything.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HEADS = re.compile(
    r"\b(?:Universit\w*|Institut\w*|College|School|Academy|Akademi\w*|Centre|Center|Faculty|Department|"
    r"Ministry|Embassy|Consulate|Agency|Council|Foundation|Association|Commission|Committee|Office|Fund|"
    r"Bank|Society|Union|Organi[sz]ation|Hospital|Laborator\w*|Lab|Corporation|Company|Group|Network|"
    r"Service|Authority|Government|Chamber|Forum|Alliance|Consortium|Programme|Program|Universidad\w*|"
    r"Universit[éàä]\w*|Hochschule|Escuela|Polytechnic|Politecnico)\b"
)
UNIT = re.compile(
    r"^(?:the\s+)?(?:Faculty|Department|School|Institute|Centre|Center|Laboratory|Chair|Division|Office)\s+(?:of|for)\b"
    r"|\b(?:Centre|Center|Laboratory|Lab|Department|Faculty)$"
)
FOREIGN = re.compile(
    r"[^\x00-\x7f]|\b(?:de|del|des|du|la|le|der|für|di|y|e|Universiti|Universidad|Universidade|Université|"
    r"Università|Universität|Uniwersytet|Universitas|Institut|Instituto|Istituto|Hochschule|Escuela|Politecnico)\b"
)
ACRONYM = re.compile(r"[A-Z][A-Za-z&\-\.]{1,9}")
#: Words that might head a name the finder does not know (counted, the vocabulary only).
CANDIDATE_HEADS = frozenset(
    [
        "Directorate",
        "Confederation",
        "Federation",
        "Secretariat",
        "Park",
        "Chair",
        "Cluster",
        "Platform",
        "Initiative",
        "Partnership",
        "Bureau",
        "Holding",
        "Hub",
        "Lyceum",
        "Schools",
        "Gymnasium",
        "Media",
        "Press",
        "Energy",
        "Technologies",
        "Technology",
        "Airlines",
        "Airways",
        "Railways",
        "Post",
        "Invest",
        "Capital",
        "Club",
        "Team",
        "Studio",
        "Station",
        "Court",
        "Parliament",
        "Assembly",
        "Senate",
        "Cabinet",
        "Mission",
        "Delegation",
        "Presidium",
        "Board",
        "Project",
        "Programme",
        "Program",
        "Scholarship",
        "Erasmus",
        "Erasmus+",
        "Horizon",
        "Global",
        "International",
        "Worldwide",
        "Campus",
        "Branch",
        "Representation",
        "Representative",
        "Obs",
        "Observatory",
        "Library",
        "Museum",
        "Press",
        "Agency",
        "Consulting",
        "Solutions",
        "Systems",
        "Labs",
        "Digital",
        "Education",
        "Academic",
        "Science",
        "Research",
    ]
)
sc: ModuleType


def is_acronym(name: str) -> bool:
    return bool(ACRONYM.fullmatch(name)) and sum(c.isupper() for c in name) >= 2


def words_re(name: str, sep: str) -> str:
    return sep.join(re.escape(w) for w in name.split())


def shape(name: str, text: str) -> str:
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    one_line = re.search(r"(?<!\w)" + words_re(bare, r"[ \t]+") + r"(?!\w)", text)
    if not one_line:
        if re.search(words_re(bare.replace(",", " "), r"[\s,]+"), text):
            return "cut by a line break or a comma"
        return "not verbatim"
    if is_acronym(bare):
        return "acronym only"
    if len(bare.split()) == 1:
        return "one word (" + ("head word" if HEADS.search(bare) else "no head word") + ")"
    if UNIT.search(bare):
        return "unit (Faculty of X, X Centre, ...)"
    if FOREIGN.search(bare):
        return "non-English name"
    if any(w[:1].islower() and w not in {"of", "for", "and", "the", "in", "at", "on"} for w in bare.split()):
        return "name with lower-case words"
    if re.search(r"\bthe\s+" + words_re(bare, r"\s+"), text):
        return "several words, after 'the' in lower case"
    return "several words, other"


def roles(name: str, gold: dict, al) -> str:
    def me(x: str | None) -> bool:
        return bool(x) and al.same(x, name)

    out = []
    if any(me(t.get("at")) for t in gold.get("cohorts") or []):
        out.append("cohort host")
    if any(any(me(b) for b in t.get("between") or []) for t in gold.get("partnerships") or []):
        out.append("partnership party")
    if any(any(me(b) for b in t.get("organizations") or []) for t in gold.get("meetings") or []):
        out.append("meeting side")
    if any(any(me(b) for b in t.get("partners") or []) for t in gold.get("programmes") or []):
        out.append("programme partner")
    if any(me(t.get("part_of")) for t in gold.get("organizations") or []):
        out.append("parent")
    return "+".join(out) or "only listed"


def ours(g: str, pred_names: list[str]) -> str:
    gn = sc.norm(g)

    def inside(a: str, b: str) -> bool:
        return bool(a) and a != b and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None

    if any(inside(sc.norm(p), gn) for p in pred_names):
        return "a fragment of it is ours"
    if any(inside(gn, sc.norm(p)) for p in pred_names):
        return "an over-long name of ours holds it"
    return "no related name of ours"


_CUES = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "at",
        "in",
        "by",
        "for",
        "from",
        "to",
        "between",
        "including",
        "visited",
        "signed",
        "met",
        "partner",
        "partners",
        "students",
    ]
)


def before(name: str, text: str) -> str:
    """The word right before the name's first mention, as a cue word or a class (Cap, low, punctuation)."""
    m = re.search(r"(?<!\w)" + words_re(name, r"\s+") + r"(?!\w)", text)
    if not m:
        return "not verbatim"
    w = re.search(r"([\w']+|[^\w\s])\s*$", text[max(0, m.start() - 40) : m.start()])
    if not w:
        return "START"
    word = w.group(1)
    if word.lower() in _CUES or not word[0].isalnum():
        return word.lower()
    return "Cap" if word[0].isupper() else "low"


def word_classes(name: str) -> str:
    """The name's words as classes (diag_org_extras.shape: CTY, CITY, A, ADJ, N, C, l, function words);
    head words are given as H, so no name is printed."""
    from diag_org_extras import shape as word_shape

    return " ".join("H" if HEADS.fullmatch(w.strip("(),.")) else word_shape(w) for w in name.split())


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from labelled_sets import DEV_SETS, HELD_OUT, SETS, load, scorer, set_name

    ap = argparse.ArgumentParser(
        prog="diag_org_missed.py",
        description="Missed gold organisations by shape, head word and role, counts only (training sets "
        "G2 ...); -v lists each missed name on the development sets A C H G1 only. Reads the cache of "
        f"`labelled_sets.py predict LABEL SET...`. Never {HELD_OUT}: it refuses.",
    )
    ap.add_argument("label", help="the label given to labelled_sets.py predict")
    ap.add_argument("sets", nargs="+", type=set_name, help=f"set names: {' '.join(SETS)}")
    ap.add_argument("-v", "--verbose", action="store_true", help="each missed name (A C H G1 only)")
    args = ap.parse_args()
    if args.verbose and not set(args.sets) <= set(DEV_SETS):
        ap.error("refused: -v (each missed name) only on development sets A C H G1")

    global sc
    sc = scorer()
    tab: Counter = Counter()
    n_gold = n_missed = 0
    for s in args.sets:
        for art, gold, pred, txt in load(args.label, s):
            al = sc.Aliases()
            sc.register(al, gold)
            sc.register(al, pred)
            gi = sc.items(gold, "organizations", al)
            pi = sc.items(pred, "organizations", al)
            used: set[int] = set()
            missed = []
            for _, g in gi:
                hit = next(
                    (i for i, (_, p) in enumerate(pi) if i not in used and al.same(g or "", p or "")), None
                )
                if hit is None:
                    missed.append(g)
                else:
                    used.add(hit)
            n_gold += len(gi)
            if not missed:
                continue
            text = Path(txt).read_text(encoding="utf-8")
            inferred = {o.get("name"): bool(o.get("inferred")) for o in gold.get("organizations") or []}
            for g in missed:
                n_missed += 1
                sh = shape(g, text)
                bare = re.sub(r"^the\s+", "", g.strip(), flags=re.I)
                times = len(re.findall(r"(?<!\w)" + words_re(bare, r"\s+") + r"(?!\w)", text))
                head = "head word" if HEADS.search(bare) else "no head word"
                role = roles(g, gold, al)
                rel = ours(g, [p for _, p in pi])
                tab[("shape", sh)] += 1
                tab[("head word | times named", f"{head} | {min(times, 3)}")] += 1
                tab[("inferred in gold", str(inferred.get(g, False)))] += 1
                tab[("role", role)] += 1
                tab[("ours", rel)] += 1
                tab[("shape x role", f"{sh} | {role}")] += 1
                tab[("shape x ours", f"{sh} | {rel}")] += 1
                tab[("head word x word before first mention", f"{head} | {before(bare, text)}")] += 1
                tab[("word classes of the name | ours", f"{word_classes(bare)} | {rel}")] += 1
                heads = [h.group(0) for h in HEADS.finditer(bare)]
                if not heads and rel.startswith("no related"):
                    tab[("no head word, nothing of ours: shape | role", f"{sh} | {role}")] += 1
                    tab[("no head word, nothing of ours: word classes", word_classes(bare))] += 1
                    tab[("no head word, nothing of ours: word before", before(bare, text))] += 1
                    for w in set(re.findall(r"[\w+]+", bare)) & CANDIDATE_HEADS:
                        tab[("no head word, nothing of ours: candidate head words it holds", w)] += 1
                tab[
                    ("head words (the vocabulary, no names) | ours", f"{' '.join(heads) or '-'} | {rel}")
                ] += 1
                if args.verbose:
                    print(s, art, repr(g), sh, "|", role, "|", rel)
    print(f"gold organisations {n_gold}, missed {n_missed}")
    for key in dict.fromkeys(k for k, _ in tab):
        print(key)
        for (k, v), n in sorted(tab.items(), key=lambda x: -x[1]):
            if k == key:
                print(f"  {n:>5} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
