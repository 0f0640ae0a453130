"""Counts of people the rules read and leave for want of a place, against the article's host; aggregate counts only.

For every count of people ``find_cohorts`` matches (``PEOPLE_COUNT``) and leaves because ``places._cohort_at``
finds no place, whose count no cohort or programme of our record carries, it asks what the gold says of that
count (a gold cohort with it and where, or none) and which candidate host would have been right: the institution
told of last (``Doc.recent_org``, the count model's fallback), the one named most often (``learned_places._hub``),
``hosts._main_institution``, the first institution named, and how the count's sentence reads (a word referring
to the host: "the university", "our", "we", "here"; a verb of study or hosting; people gone abroad; an origin).
Prints, per class of the sentence, how many counts there are, how many the gold has no cohort for, and how many
each candidate host would have made right (never an article, a text or a name).

usage: python bench/diag_cohort_no_place.py LABEL G2 G3 ... [--by-set]
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

_REFER = re.compile(
    r"\b(?:the|this|our)\s+(?:university|institute|academy|college|school|institution|centre|center|faculty)\b"
    r"(?!\s+of\b)|\b(?:our|we|us|here)\b",
    re.I,
)
_STUDY = re.compile(
    r"\b(?:stud(?:y|ies|ied|ying)|enrol\w*|admit\w*|host\w*|welcom\w*|receiv\w*|accept\w*|educat\w*|train\w*|"
    r"attend\w*|graduat\w*|arriv\w*|came|come)\b",
    re.I,
)


def pipeline(text: str, with_rules: bool = False) -> Any:
    """The doc, programmes and cohorts of ``core._record`` for ``text`` (English); ``with_rules``: also the
    cohorts of the rules (``own_counts`` over ``find_cohorts``), before the count model adds its own."""
    from kgpart.extract.cohorts import find_cohorts
    from kgpart.extract.cohorts.learned_counts import add_learned_counts
    from kgpart.extract.cohorts.learned_places import rerank_places
    from kgpart.extract.cohorts.plans import without_programme_plans
    from kgpart.extract.count_owner import own_counts
    from kgpart.extract.doc import Doc
    from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
    from kgpart.extract.furniture import without_furniture
    from kgpart.extract.meetings import find_meetings
    from kgpart.extract.partnerships import find_partnerships
    from kgpart.extract.programmes import complete_programmes, find_programmes, partners_from_ties
    from kgpart.extract.programmes.learned_counts import assign_learned_counts
    from kgpart.extract.programmes.learned_filter import keep_likely_programmes
    from kgpart.extract.programmes.learned_partners import add_learned_partners

    doc = Doc.read(without_furniture(text), None, ())
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    meetings = find_meetings(doc)
    programmes = complete_programmes(doc, find_programmes(doc), meetings)
    partnerships = find_partnerships(doc, meetings)
    partners_from_ties(programmes, partnerships)
    programmes = add_learned_partners(doc, programmes, partnerships)
    programmes, gifts = assign_learned_counts(doc, keep_likely_programmes(doc, programmes))
    rules = own_counts(doc, programmes, find_cohorts(doc), gifts)
    cohorts = without_programme_plans(rerank_places(doc, add_learned_counts(doc, programmes, rules)))
    return (doc, programmes, cohorts, rules) if with_rules else (doc, programmes, cohorts)


def first_institution(doc: Any) -> int | None:
    from kgpart.extract.cohorts.learned_places import _INSTITUTIONS

    for m in sorted(doc.org_mentions, key=lambda m: m.start):
        if doc.orgs[m.index].type in _INSTITUTIONS:
            return m.index
    return None


def dominant(doc: Any) -> int | None:
    """The institution named most often, at least three times and twice as often as any other."""
    from kgpart.extract.cohorts.learned_places import _INSTITUTIONS

    counts: Counter[int] = Counter(
        m.index for m in doc.org_mentions if doc.orgs[m.index].type in _INSTITUTIONS
    )
    if not counts:
        return None
    (best, k), *rest = [*counts.most_common(2), (None, 0)]
    return best if k >= 3 and k >= 2 * rest[0][1] else None


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    ap.add_argument("--by-set", action="store_true", help="also print the totals per set")
    args = ap.parse_args(argv)

    from kgpart.extract.article import text_to_article
    from kgpart.extract.cohorts.clauses import _clause_end
    from kgpart.extract.cohorts.hosts import _main_institution
    from kgpart.extract.cohorts.learned_places import _hub
    from kgpart.extract.cohorts.places import _cohort_at
    from kgpart.extract.cohorts.words import _GONE, _cohort_matches, _from_country, parse_count

    sc = ls.scorer()
    total: Counter[str] = Counter()
    for s in args.sets:
        per: Counter[str] = Counter()
        for _, gold, _pred, text_path in ls.load(args.label, s):
            body, _url, _published = sc.read_article(Path(text_path))
            text = text_to_article(body).text
            doc, programmes, cohorts = pipeline(text)
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            sc.register(
                aliases, {"organizations": [{"name": o.name, "aliases": o.aliases} for o in doc.orgs]}
            )
            taken = {c.count for c in cohorts} | {p.participants.count for p in programmes}
            golds = [
                g for g in gold.get("cohorts") or [] if isinstance(g, dict) and g.get("count") is not None
            ]
            gprogs = {
                ((p.get("participants") or {}) or {}).get("count") for p in gold.get("programmes") or []
            }
            hub, dom, first = _hub(doc), dominant(doc), first_institution(doc)
            seen: set[int] = set()
            for n, sent in enumerate(doc.sentences):
                for match in _cohort_matches(sent.text, sent.text.lower()):
                    count = parse_count(match.group("num"))
                    if count is None or count in taken or count in seen:
                        continue
                    start, end = sent.start + match.start(), sent.start + match.end()
                    if _cohort_at(doc, n, start, end) is not None:
                        continue  # placed: left for another reason, or dropped later
                    seen.add(count)
                    stop = _clause_end(sent.text, match.end())
                    tail = sent.text[match.end() : stop]
                    feats = []
                    feats.append("refer" if _REFER.search(sent.text) else "-")
                    feats.append(
                        "gone" if _GONE.search(tail) else ("study" if _STUDY.search(sent.text) else "-")
                    )
                    who = " ".join(match.group("who").split())
                    feats.append("origin" if _from_country(who, sent.text[match.end() :]) else "-")
                    feats.append("orgs-here" if doc.orgs_in(n) else "-")
                    key = " ".join(feats)
                    gs = [g for g in golds if g["count"] == count]
                    outcome = ("prog" if count in gprogs else "none") if not gs else "gold"
                    per[f"n {key}"] += 1
                    per[f"n {key} {outcome}"] += 1
                    per["all"] += 1
                    per[f"all {outcome}"] += 1
                    if not gs:
                        continue
                    cands = {
                        "recent": doc.recent_org(start),
                        "hub": hub,
                        "main": doc.find_org(_main_institution(doc, start)),
                        "first": first,
                        "dominant": dom,
                    }
                    for name, i in cands.items():
                        if i is None:
                            per[f"n {key} {name} none"] += 1
                            per[f"all {name} none"] += 1
                            continue
                        right = any(not g.get("at") or aliases.same(g["at"], doc.orgs[i].name) for g in gs)
                        per[f"n {key} {name} {'right' if right else 'wrong'}"] += 1
                        per[f"all {name} {'right' if right else 'wrong'}"] += 1
                    if not any(g.get("at") for g in gs):
                        per["all gold with no place"] += 1
        total.update(per)
        if args.by_set:
            print(s, " ".join(f"{k}={v}" for k, v in sorted(per.items()) if k.startswith("all")))
    for k, v in sorted(total.items()):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
