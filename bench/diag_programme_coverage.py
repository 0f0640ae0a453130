"""Gold programmes no programme of ours covers: aggregate classes of the partner misses.

Reads ../shared (the scorer, as ``train_pair_model.scorer`` imports it) and the labelled sets; extracts every article
in this process (the package as installed or on PYTHONPATH) and prints COUNTS BY CLASS only, never an item, a name,
a number of an article or a sentence (the training sets may be measured, not read).

    python bench/diag_programme_coverage.py --folds G2=bench/genre:g17-g32 G3=bench/genre:g33-g64 ...

A gold programme is covered when a programme of ours holds all its partners (by the scorer's alias matching; the
count aside). The uncovered ones are split by:

- the article: no programme of ours at all, or ours there but none with all the partners; then how many of the
  gold partners our best programme holds and how many partners of no gold programme of the article it has;
- the kind the gold programme's name tells (double or joint degree, exchange, scholarship or places, summer or
  winter school, joint centre, course or internship, other), its number of partners;
- each missing partner: an organisation of our record or not (and then whether its name or an alias is written in
  the text), its gold type, and where it is named: in the gold programme's sentence (the sentence holding its count,
  else the one sharing most words of its name and a word of a programme), 1-3 sentences before, earlier, 1-2 after,
  later; whether a programme of ours is told in that sentence.

Also: of all the partners of our programmes, how many are a partner of no gold programme of the article, by their
type and whether the programme's sentence names them. Folds that may reach the held-out set (labelled_sets.HELD_OUT)
are refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pair_model
from labelled_sets import fold, gold_of, refuse_held_out_articles
from train_pair_model import extract_text_file, parse_folds, scorer

import kgpart.extract.core as core
from kgpart.extract import extract_article

core.find_partnerships = train_pair_model._ORIGINAL  # type: ignore[attr-defined]  # its capture hook is not ours

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n+")
_PROGRAMME_WORD = re.compile(
    r"(?i)program|degree|scholarship|fellowship|exchange|mobility|school|centre|center|institute|laborator|\blab\b|"
    r"course|internship|grant|academy|initiative|project|master|bachelor|phd|doctora|training|semester|quota|places"
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "for",
        "on",
        "with",
        "to",
        "at",
        "by",
        "from",
        "programme",
        "program",
        "programmes",
        "joint",
        "new",
    ]
)
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _extract(path: Path, url: str | None, published: str | None, _model: Any) -> dict[str, Any]:
    return extract_article(path, url=url, published=published).to_dict()


def _kind(prog: dict[str, Any]) -> str:
    kind, name = (prog.get("kind") or "").lower(), (prog.get("name") or "").lower()
    if "double" in kind + name or "dual" in kind + name:
        return "double degree"
    if re.search(r"summer|winter|spring", name):
        return "season school"
    if re.search(r"centre|center|institute|laborator|\blab\b|hub|office|academy", name):
        return "joint centre/lab/institute"
    if re.search(r"scholarship|fellowship|grant|quota|places|stipend", kind + " " + name):
        return "scholarship/places"
    if re.search(r"exchange|mobility|erasmus", name) or kind == "exchange":
        return "exchange"
    if "joint" in kind + name:
        return "joint degree/programme"
    if re.search(r"intern|training|course", kind + " " + name):
        return "course/internship"
    return "other"


def _named_in(names: list[str], text: str, norm: Any) -> bool:
    low = norm(text)
    return any(
        norm(n) and re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", low) is not None for n in names
    )


def _gold_names(name: str, gold: dict[str, Any], norm: Any) -> tuple[list[str], str | None]:
    for org in gold.get("organizations") or []:
        names = [org.get("name") or "", *(org.get("aliases") or [])]
        if any(norm(n) == norm(name) for n in names):
            return names, org.get("type")
    return [name], None


def _sentence_of(prog: dict[str, Any], sentences: list[str]) -> int | None:
    """The gold programme's sentence: the first holding its count, else the one sharing most words of its name."""
    count = ((prog.get("participants") or {}) or {}).get("count")
    if isinstance(count, int):
        forms = [re.escape(str(count)), re.escape(f"{count:,}")]
        if 0 < count <= len(_NUMBER_WORDS):
            forms.append(_NUMBER_WORDS[count - 1])
        pattern = re.compile(r"(?<![\d,.])(?:" + "|".join(forms) + r")(?![\d,])", re.IGNORECASE)
        hit = next((k for k, s in enumerate(sentences) if pattern.search(s)), None)
        if hit is not None:
            return hit
    words = [w for w in re.findall(r"\w+", (prog.get("name") or "").lower()) if w not in _STOP and len(w) > 2]
    best, score = None, 0
    for k, s in enumerate(sentences):
        low = s.lower()
        n = sum(w in low for w in words)
        if n > score and _PROGRAMME_WORD.search(s):
            best, score = k, n
    return best


def _where(names: list[str], k: int | None, sentences: list[str], norm: Any) -> str:
    if k is None:
        return "no sentence found for the programme"
    if _named_in(names, sentences[k], norm):
        return "in the programme's sentence"
    if any(_named_in(names, s, norm) for s in sentences[max(0, k - 3) : k]):
        return "1-3 sentences before"
    if any(_named_in(names, s, norm) for s in sentences[:k]):
        return "earlier"
    if any(_named_in(names, s, norm) for s in sentences[k + 1 : k + 3]):
        return "1-2 sentences after"
    if any(_named_in(names, s, norm) for s in sentences[k + 3 :]):
        return "later"
    return "not written as such"


def classify(sc: Any, gold: dict[str, Any], pred: dict[str, Any], body: str, out: Counter[str]) -> None:
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, pred)
    same = aliases.same
    sentences = [s for s in _SPLIT.split(body) if s.strip()]
    ours = pred.get("programmes") or []
    our_orgs = {o["name"]: o for o in pred.get("organizations") or [] if o.get("name")}
    gold_progs = gold.get("programmes") or []
    gold_partners = [x for g in gold_progs for x in g.get("partners") or [] if x]
    for prog in ours:
        sentence = (prog.get("evidence") or {}).get("sentence") or ""
        for y in prog.get("partners") or []:
            org = our_orgs.get(y, {})
            right = any(same(x, y) for x in gold_partners)
            named = _named_in([y, *(org.get("aliases") or [])], sentence, sc.norm)
            out[f"our partners: {'of a gold programme' if right else 'of NO gold programme'}"] += 1
            if not right:
                out[
                    f"our partners of no gold programme: type {org.get('type')}, named in its sentence {named}"
                ] += 1
    for g in gold_progs:
        partners = [x for x in g.get("partners") or [] if x]
        out["gold programmes"] += 1
        if ours and any(
            all(any(same(x, y) for y in p.get("partners") or []) for x in partners) for p in ours
        ):
            continue
        out["UNCOVERED"] += 1
        out[f"uncovered by kind: {_kind(g)}"] += 1
        out[f"uncovered by gold partners: {min(len(partners), 3)}{'+' if len(partners) >= 3 else ''}"] += 1
        k = _sentence_of(g, sentences)
        if not ours:
            where = "A (no programme of ours in the article)"
            out[where] += 1
        else:
            where = "B (ours there, none with all partners)"
            out[where] += 1
            best = max(
                ours, key=lambda p: sum(any(same(x, y) for y in p.get("partners") or []) for x in partners)
            )
            held = sum(any(same(x, y) for y in best.get("partners") or []) for x in partners)
            wrong = sum(not any(same(y, x) for x in gold_partners) for y in best.get("partners") or [])
            out[
                f"B: best holds {held}/{len(partners)} gold partners, {min(wrong, 2)} of no gold programme"
            ] += 1
            if k is not None:
                told = any(
                    (p.get("evidence") or {}).get("sentence", "")[:60] in sentences[k]
                    for p in ours
                    if (p.get("evidence") or {}).get("sentence")
                )
                out[f"B: a programme of ours in the gold programme's sentence: {told}"] += 1
        for x in partners:
            if ours and any(any(same(x, y) for y in p.get("partners") or []) for p in ours):
                continue
            names, kind = _gold_names(x, gold, sc.norm)
            mine = any(same(x, o) for o in our_orgs)
            out[f"{where[0]}: missing partner, gold type {kind}"] += 1
            if mine:
                out[f"{where[0]}: missing partner is an organisation of our record"] += 1
            else:
                written = any(_named_in([n], body, sc.norm) for n in names)
                out[
                    f"{where[0]}: missing partner NOT of our record; its name or alias written: {written}"
                ] += 1
            out[f"{where[0]}: missing partner named {_where(names, k, sentences, sc.norm)}"] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", nargs="+", required=True, type=fold, help="NAME=FOLDER[:FIRST-LAST[/STEP]]")
    args = ap.parse_args(argv)
    folds = parse_folds(args.folds)
    refuse_held_out_articles(folds.values())
    sc = scorer()
    out: Counter[str] = Counter()
    for folder in folds.values():
        for txt in sorted(folder.glob("*.txt")):
            body, url, published = sc.read_article(txt)
            pred = extract_text_file(_extract, body, url, published, None)
            gold = gold_of(txt)
            classify(sc, gold, pred, body, out)
    for key, value in sorted(out.items()):
        print(f"{value:>5} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
