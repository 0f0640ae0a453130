"""Aggregate diagnostic of the gold topics written verbatim in the text that no label of ours touches (#11, s17).

Reads a cache of `bench/labelled_sets.py predict LABEL ...` (the records) with the gold and the texts, scores the
topics with ../shared/tools/score_extraction.py's matching, and classifies each missed gold topic that the text
holds verbatim and that shares no content word with any label of ours ("unproposed"):

- by the construction around it (every class that applies is counted: the classes overlap): after "cooperation
  in/on", "in the fields/areas/spheres of", in a list after "such as"/"including", "programmes | degree | course in
  X", "X programme | course | degree | students", "research | projects on X", a headline, one side of "X and Y",
  a degree's title-case name ("Master in Data Science"), "training of X specialists", title case, the word before;
- by its head noun: the last word's class (a field's ending, "education", "studies", a plural, ...), and the head
  words met three times or more;
- by its length and whether its sentence holds a label of ours.

Counts only: no article, no sentence, no gold topic is printed (G2 ... are training data read by scripts only).
The held-out set is never read: the sets are labelled_sets.py's, which refuses it.

usage: python bench/diag_topic_recall.py LABEL G2 G3 ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled_sets import CACHE, load, scorer, set_name

_STOP = {"and", "of", "the", "in", "for", "on", "a", "an", "to", "with"}

#: (class, pattern on the sentence's text left of the gold topic, lower case)
LEFT = [
    (
        "after 'cooperation ... in/on'",
        r"\b(?:cooperation|collaboration|partnership|ties|relations|cooperate|collaborate|work together|"
        r"working together|joint work|interaction)s?\b(?:\s+[\w'-]+){0,4}?\s+(?:in|on|within|regarding|concerning|"
        r"around|covering)\s+(?:the\s+)?$",
    ),
    (
        "after 'fields/areas/spheres of'",
        r"\b(?:fields?|areas?|spheres?|domains?|sectors?|disciplines?|topics?|themes?|issues?|matters?|"
        r"directions?|priorit(?:y|ies)|branch(?:es)?)\s+(?:of|such\s+as|like|including)\s+(?:the\s+)?$",
    ),
    (
        "list after 'such as/including/namely'",
        r"\b(?:such as|including|includ(?:e|es|ed)|namely|like|e\.g\.|notably|especially|particularly)\s+"
        r"[^.;:()]*$",
    ),
    (
        "after 'programmes/degree/course in'",
        r"\b(?:programmes?|programs?|courses?|degrees?|majors?|speciali[sz]ations?|specialt(?:y|ies)|"
        r"training|master'?s?|bachelor'?s?|phd|doctorate|diplomas?|minors?|modules?|curricul\w+|"
        r"qualifications?|certificates?)\s+(?:in|on|of)\s+(?:the\s+)?$",
    ),
    (
        "after 'research/projects/studies on/in'",
        r"\b(?:research|studies|projects?|work|expertise|experience|initiatives?|activities|publications?|"
        r"papers?|conferences?|seminars?|workshops?|lectures?|forums?|symposi\w+|summits?)\s+(?:in|on|into|"
        r"about|of|for)\s+(?:the\s+)?$",
    ),
    (
        "after 'training of' / 'train'",
        r"\b(?:training|preparation|trains?|train(?:ed|ing)|prepar(?:e|es|ed|ing)|educat(?:e|es|ed|ing))\s+"
        r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    ),
    (
        "after 'centre/institute/lab for/of'",
        r"\b(?:centres?|centers?|institutes?|laborator\w+|labs?|schools?|departments?|facult\w+|chairs?|"
        r"hubs?|networks?|clusters?|parks?|units?)\s+(?:for|of|on|in)\s+(?:the\s+)?$",
    ),
    (
        "after a degree's title ('Master in', 'Bachelor of')",
        r"\b(?:master|bachelor|doctor|msc|ma|ba|bsc|mba|phd|llm|meng|beng)(?:'?s)?\s+(?:degree\s+)?(?:of|in)\s+"
        r"(?:the\s+)?(?:science\s+in\s+|arts\s+in\s+)?$",
    ),
    (
        "after a verb of study or focus",
        r"\b(?:stud(?:y|ies|ied|ying)|teach(?:es|ing)?|taught|learn(?:s|ed|ing)?|focus(?:es|ed|ing)?\s+on|"
        r"speciali[sz](?:e|es|ed|ing)\s+in|major(?:s|ed|ing)?\s+in|concentrat\w+\s+on|dedicated\s+to|"
        r"devoted\s+to|aim(?:s|ed)?\s+(?:at|to)|develop(?:s|ed|ing)?|promot(?:e|es|ed|ing)|strengthen\w*|"
        r"improv(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|boost\w*|enhanc\w*|support\w*)\s+(?:the\s+)?$",
    ),
    (
        "after a verb of talk ('discussed', 'addressed')",
        r"\b(?:discuss\w*|talk\w*\s+about|address\w*|explor\w*|consider\w*|review\w*|examin\w*|present\w*|"
        r"cover\w*|touch\w*\s+(?:up)?on|dealt\s+with|deal\w*\s+with|agree\w*\s+(?:on|to))\s+(?:the\s+)?"
        r"(?:issues?\s+of\s+|prospects?\s+(?:of|for)\s+|possibilit\w+\s+of\s+)?$",
    ),
    ("after 'the'", r"\bthe\s+$"),
    ("after 'a/an'", r"\ban?\s+$"),
    ("after 'of'", r"\bof\s+$"),
    ("after 'in'", r"\bin\s+$"),
    ("after 'on'", r"\bon\s+$"),
    ("after 'for'", r"\bfor\s+$"),
    ("after 'and'", r"\band\s+$"),
    ("after ', '", r",\s*$"),
    ("after a nation's or place word", r"\b[A-Z][a-z]+(?:n|ese|ish|ian|i|ic)\s+$"),
]
LEFT_C = [(name, re.compile(p)) for name, p in LEFT]
LEFT_CASED = {"after a nation's or place word"}

#: (class, pattern on the text right of the gold topic, lower case)
RIGHT = [
    (
        "before 'programme/course/degree'",
        r"(?:programmes?|programs?|courses?|degrees?|majors?|curricul\w+|modules?|classes|lessons|"
        r"specialt(?:y|ies)|studies\b|training)\b",
    ),
    (
        "before 'students/teachers/specialists'",
        r"(?:students?|teachers?|specialists?|professionals?|experts?|engineers?|researchers?|scholars?|"
        r"graduates?|lecturers?|staff|personnel|workers?|practitioners?|doctors?|scientists?)\b",
    ),
    (
        "before 'centre/lab/institute/faculty'",
        r"(?:centres?|centers?|labs?|laborator\w+|institutes?|facult\w+|departments?|schools?|clusters?|"
        r"parks?|hubs?)\b",
    ),
    (
        "before 'research/cooperation/projects'",
        r"(?:research|cooperation|collaboration|partnership|projects?|initiatives?|exchanges?|sector|industry|"
        r"field|area|sphere|domain|development|education)\b",
    ),
    ("before 'and'", r"and\b"),
    ("before ','", r","),
    ("before '.' or line end", r"(?:\.|$|\n)"),
    ("before 'of'", r"of\b"),
]
RIGHT_C = [(name, re.compile(p)) for name, p in RIGHT]

#: head classes: (class, test on the last word, lower case)
HEADS = [
    ("education", lambda w: w == "education"),
    ("studies", lambda w: w == "studies"),
    ("language(s)", lambda w: w in ("language", "languages")),
    ("research", lambda w: w == "research"),
    ("science(s)", lambda w: w in ("science", "sciences")),
    ("technology/-ies", lambda w: w.startswith("technolog")),
    ("engineering", lambda w: w == "engineering"),
    ("cooperation/partnership", lambda w: w in ("cooperation", "collaboration", "partnership", "relations")),
    ("exchange(s)/mobility", lambda w: w.startswith("exchange") or w == "mobility"),
    ("programme/course/degree", lambda w: w.startswith(("programme", "program", "course", "degree"))),
    ("scholarship/grant", lambda w: w.startswith(("scholarship", "grant", "fellowship"))),
    (
        "people (students/teachers...)",
        lambda w: re.fullmatch(
            r"(?:student|teacher|specialist|professional|"
            r"expert|scientist|researcher|graduate|doctor|"
            r"engineer|staff|lecturer|personnel)s?",
            w,
        ),
    ),
    ("-logy/-nomy/-graphy", lambda w: w.endswith(("logy", "nomy", "graphy", "sophy"))),
    ("-ics", lambda w: w.endswith("ics")),
    ("-ing", lambda w: w.endswith("ing")),
    ("-tion/-sion", lambda w: w.endswith(("tion", "sion"))),
    ("-ment", lambda w: w.endswith("ment")),
    ("-ity/-ty", lambda w: w.endswith("ty")),
    ("-ure", lambda w: w.endswith("ure")),
    ("-cy/-gy/-ry/-y", lambda w: w.endswith("y")),
    ("-ine/-ism", lambda w: w.endswith(("ine", "ism"))),
    ("other plural -s", lambda w: w.endswith("s")),
    ("other", lambda w: True),
]


def head_class(word: str) -> str:
    return next(name for name, test in HEADS if test(word))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(
        text.rfind(". ", 0, start) + 1,
        text.rfind("\n", 0, start) + 1,
        text.rfind("? ", 0, start) + 1,
        text.rfind("! ", 0, start) + 1,
    )
    rights = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if i >= 0]
    return left, min(rights) if rights else len(text)


def lead_end(body: str) -> int:
    """Where the lead ends: the headline (first line) and the next two sentences."""
    nl = body.find("\n")
    if nl < 0:
        return len(body)
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", body[nl + 1 :])]
    return nl + 1 + (ends[1] if len(ends) > 1 else len(body) - nl - 1)


def main() -> int:
    ap = argparse.ArgumentParser(prog="diag_topic_recall.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("label", help="the cache label of labelled_sets.py predict")
    ap.add_argument("sets", nargs="+", type=set_name)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument(
        "--max-pred", type=int, default=None, help="only articles with at most this many labels of ours"
    )
    ap.add_argument("--heads", type=int, default=3, help="print head words met this often or more")
    args = ap.parse_args()
    sc = scorer()
    c, left_c, right_c, head_c, heads, lengths, before, cross, cross2, before2, after, cross3, title_heads = (
        Counter() for _ in range(13)
    )
    for name in args.sets:
        for _, gold, pred, txt in load(args.label, name, args.cache):
            body, _, _ = sc.read_article(Path(txt))
            aliases = sc.Aliases()
            gold_items = sc.items(gold, "topics", aliases)
            pred_items = sc.items(pred, "topics", aliases)
            tp, n_pred, n_gold, misses, _extra = sc.score(gold_items, pred_items, aliases)
            if args.max_pred is not None and n_pred > args.max_pred:
                continue
            c["gold"] += n_gold
            c["right"] += tp
            c["pred"] += n_pred
            preds = [p for _, p in pred_items]
            pred_words = {w for p in preds for w in p.split()} - _STOP
            sentences_with_label = []
            for _, p in pred_items:
                for m in re.finditer(r"\b" + r"\W+".join(map(re.escape, p.split())) + r"\b", body, re.I):
                    sentences_with_label.append(sentence_bounds(body, m.start(), m.end()))
            for _, g in misses:
                words = g.split()
                found = list(
                    re.finditer(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", body, re.I)
                )
                if not found:
                    c["miss: not verbatim"] += 1
                    continue
                if set(words) - _STOP & pred_words:
                    c["miss verbatim: shares a word with a label"] += 1
                    continue
                c["miss verbatim: unproposed"] += 1
                head = words[-1]
                head_c[head_class(head)] += 1
                heads[head] += 1
                lengths[f"{min(len(words), 5)} words"] += 1
                first = found[0]
                classes: set[str] = set()
                rights: set[str] = set()
                for m in found:
                    s, _ = sentence_bounds(body, m.start(), m.end())
                    left_raw = body[s : m.start()]
                    left = left_raw.lower()
                    right = body[m.end() : m.end() + 40].lower().lstrip(" ")
                    for cname, pat in LEFT_C:
                        if pat.search(left_raw if cname in LEFT_CASED else left):
                            classes.add(cname)
                    for cname, pat in RIGHT_C:
                        if pat.match(right):
                            rights.add(cname)
                    if body[: m.start()].count("\n") == 0:
                        classes.add("headline (first line)")
                    after_txt = body[m.end() : m.end() + 80].lower()
                    before_txt = left[-80:]
                    for _, pl in pred_items:
                        if re.match(
                            r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(?:the\s+)?"
                            + re.escape(pl)
                            + r"\b",
                            after_txt,
                        ) or re.search(
                            r"\b" + re.escape(pl) + r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)"
                            r"(?:the\s+)?$",
                            before_txt,
                        ):
                            classes.add("  listed beside a label of ours")
                    if any(a <= m.start() < b for a, b in sentences_with_label):
                        classes.add("  its sentence holds a label of ours")
                    text_form = m.group(0)
                    if all(w[:1].isupper() for w in text_form.split() if w.lower() not in _STOP):
                        mid = not re.search(
                            r"(?:^|[.!?:]\s+|\n\s*)$", body[max(0, m.start() - 5) : m.start()]
                        )
                        if mid:
                            classes.add("  title case mid-sentence")
                    elif text_form[:1].isupper():
                        classes.add("  first word capitalised only")
                    w_before = re.search(r"([\w'-]+)\W*$", left)
                    if m is first:
                        before[w_before.group(1) if w_before else "(start)"] += 1
                        two = re.search(r"([\w'-]+\W+[\w'-]+)\W*$", left)
                        before2[" ".join(two.group(1).split()) if two else "(start)"] += 1
                        after1 = re.match(r"\W*([\w'-]+)", right)
                        after[after1.group(1) if after1 else "(end)"] += 1
                        if after1 and after1.group(1) in ("in", "for", "at", "with", "to", "on"):
                            cross3[f"{head_class(head)} | before '{after1.group(1)}'"] += 1
                c["  in >1 place"] += len(found) > 1
                c[
                    "  first place in the lead (headline + 2 sentences)"
                    if first.start() < lead_end(body)
                    else "  first place after the lead"
                ] += 1
                case = (
                    "title"
                    if "  title case mid-sentence" in classes
                    else "first-cap"
                    if "  first word capitalised only" in classes
                    else "lower"
                )
                cross[f"{head_class(head)} | {case}"] += 1
                if case == "title":
                    title_heads[head] += 1
                main_left = [k for k, _ in LEFT if k in classes][:1] or ["(none)"]
                cross2[f"{head_class(head)} | {main_left[0]}"] += 1
                if not classes - {
                    "  its sentence holds a label of ours",
                    "  title case mid-sentence",
                    "  first word capitalised only",
                }:
                    classes.add("(no left class)")
                for k in classes:
                    left_c[k] += 1
                for k in rights or {"(no right class)"}:
                    right_c[k] += 1
    for title, counter in (
        ("totals", c),
        ("left of it (any occurrence; classes overlap)", left_c),
        ("right of it (any occurrence)", right_c),
        ("head class", head_c),
        ("length", lengths),
        ("head class x case", cross),
        ("head class x first left class", cross2),
        ("head class x preposition after it", cross3),
    ):
        print(f"-- {title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{v:6} {k}")
    print(f"-- head words met {args.heads}+ times")
    print(", ".join(f"{w} {v}" for w, v in heads.most_common() if v >= args.heads))
    print(f"-- head words of those in title case, met {args.heads}+ times")
    print(", ".join(f"{w} {v}" for w, v in title_heads.most_common() if v >= args.heads))
    print(f"-- word before (first occurrence) met {args.heads}+ times")
    print(", ".join(f"{w} {v}" for w, v in before.most_common() if v >= args.heads))
    print(f"-- two words before (first occurrence) met {args.heads}+ times")
    print(", ".join(f"{w} {v}" for w, v in before2.most_common() if v >= args.heads))
    print(f"-- word after (first occurrence) met {args.heads}+ times")
    print(", ".join(f"{w} {v}" for w, v in after.most_common() if v >= args.heads))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
