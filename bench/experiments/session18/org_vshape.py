"""Every predicted organisation (right / extra) by its shape with generic institution vocabulary kept, counts only
(session 18, organisation precision). Run from the repository root on a cache of `bench/labelled_sets.py predict LABEL`:

    PYTHONPATH=SNAP/src python bench/experiments/session18/org_vshape.py G2,G3,...,G12 KEY LABEL [--all]

KEY: vshape (the name's words as classes: CTY, CITY, A(cronym), ADJ, C, l, N; vocabulary words such as
"University", "Office", "Government" and function words kept), head (the vocabulary words only), class (shape and
diag_org_extras' class), roles/croles (with the facts it takes part in), ctx (shape of four words either side of
its first mention), line (the line it first stands on). Rows with extras only, unless --all. Sets A C H G1 G2..G12
only: it refuses anything else (never G13).
"""

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "bench"))
import diag_org_extras as D
from labelled_sets import load, scorer

VOCAB = set(
    [
        "University",
        "Universities",
        "Institute",
        "Institutes",
        "Office",
        "Offices",
        "Department",
        "Departments",
        "Faculty",
        "School",
        "Schools",
        "College",
        "Colleges",
        "Centre",
        "Center",
        "Centres",
        "Ministry",
        "Ministries",
        "Government",
        "Governments",
        "Embassy",
        "Embassies",
        "Agency",
        "News",
        "Press",
        "Programme",
        "Program",
        "Programmes",
        "Scheme",
        "Project",
        "Initiative",
        "Forum",
        "Conference",
        "Summit",
        "Week",
        "Fair",
        "Festival",
        "Building",
        "Hall",
        "Campus",
        "Library",
        "Higher",
        "Education",
        "Institutions",
        "Institution",
        "Partner",
        "Partners",
        "International",
        "National",
        "State",
        "Federal",
        "Council",
        "Association",
        "Network",
        "Consortium",
        "Alliance",
        "Foundation",
        "Fund",
        "Trust",
        "Commission",
        "Committee",
        "Board",
        "Secretariat",
        "Division",
        "Unit",
        "Laboratory",
        "Lab",
        "Hospital",
        "Academy",
        "Society",
        "Union",
        "Organisation",
        "Organization",
        "Group",
        "Company",
        "Affairs",
        "Foreign",
        "Science",
        "Sciences",
        "Research",
        "Technology",
        "Technologies",
        "Republic",
        "Kingdom",
        "President",
        "Minister",
        "Rector",
        "Dean",
        "Director",
        "Head",
        "Vice",
        "Chancellor",
        "Prime",
        "Ambassador",
        "Presidential",
        "Administration",
        "Authority",
        "Service",
        "Services",
        "Cooperation",
        "Development",
        "Directorate",
        "General",
        "Bureau",
        "Media",
        "Information",
        "Public",
        "Private",
        "Medical",
        "Technical",
        "Pedagogical",
        "Agricultural",
        "Engineering",
        "Economics",
        "Business",
        "Management",
        "Arts",
        "Humanities",
        "Social",
        "Studies",
        "Languages",
        "Language",
        "Law",
        "Health",
        "Culture",
        "Cultural",
        "Youth",
        "Sports",
        "Digital",
        "Innovation",
        "Innovations",
        "Global",
        "Regional",
        "Local",
        "Joint",
        "Consulate",
        "Mission",
        "Delegation",
        "Council",
        "Senate",
        "Congress",
        "Parliament",
        "Assembly",
        "Embassy",
        "Consulate",
        "Region",
        "Province",
        "City",
        "District",
        "Municipality",
        "Cabinet",
        "Presidency",
        "Chamber",
        "Industry",
        "Trade",
        "Economic",
        "Energy",
        "Environment",
        "Education",
        "Scholarship",
        "Scholarships",
        "Grant",
        "Grants",
        "Award",
        "Awards",
        "Olympiad",
        "Competition",
        "Championship",
        "Day",
        "Days",
        "Session",
        "Meeting",
        "Exhibition",
        "Expo",
        "Museum",
        "Park",
        "Hub",
        "Platform",
        "Space",
        "Zone",
        "Club",
        "Team",
        "Student",
        "Students",
        "Alumni",
        "Admissions",
        "Admission",
        "Career",
        "Careers",
        "International",
        "Relations",
        "Exchange",
        "Mobility",
        "Erasmus",
        "Horizon",
        "Top",
        "Leading",
        "Best",
        "Top-100",
        "Open",
        "New",
        "Old",
        "First",
        "Second",
        "Advanced",
        "Applied",
        "Modern",
        "Open",
        "Free",
        "Royal",
        "Imperial",
        "Catholic",
        "Islamic",
        "Christian",
    ]
)
KEEP_LOWER = {
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
    "di",
    "on",
    "named",
    "after",
}


def sh(w):
    core = w.strip("()[],.;:\"'")
    if core in VOCAB:
        return core
    if core.lower() in KEEP_LOWER:
        return core.lower()
    return D.shape(w)


D.sc = sc = scorer()


def ctx(n, text):
    bare = re.sub(r"^the ", "", n.strip())
    m = re.search(r"(?<!\w)" + re.escape(bare) + r"(?!\w)", text)
    if not m:
        return "not verbatim"
    before = re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, m.start() - 80) : m.start()])[-4:]
    after = re.findall(r"[\w'’-]+|[^\w\s]", text[m.end() : m.end() + 80])[:4]
    line_start = text.rfind("\n", 0, m.start()) + 1
    lead = "^" if not text[line_start : m.start()].strip() else ""
    return (
        " ".join(sh(w) if w.strip() else w for w in before) + f" {lead}[X] " + " ".join(sh(w) for w in after)
    )


want = sys.argv[2].split(",") if len(sys.argv) > 2 else ["vshape"]
cnt = Counter()
_bad = [s for s in sys.argv[1].split(",") if s not in D.DEV | D.TRAIN]
if _bad:
    sys.exit(f"refused: {_bad} (only A C H G1 G2..G12)")
for s in sys.argv[1].split(","):
    for _name, gold, pred, txt in load("orgp0" if len(sys.argv) < 4 else sys.argv[3], s):
        al = sc.Aliases()
        sc.register(al, gold)
        sc.register(al, pred)
        gi = sc.items(gold, "organizations", al)
        pi = sc.items(pred, "organizations", al)
        used = {}
        for _, g in gi:
            hit = next(
                (i for i, (_, p) in enumerate(pi) if i not in used and al.same(g or "", p or "")), None
            )
            if hit is not None:
                used[hit] = g
        orgs = {o["name"]: o for o in pred.get("organizations") or []}
        text = Path(txt).read_text(encoding="utf-8")
        for i, (_, n) in enumerate(pi):
            o = orgs.get(n, {})
            v = " ".join(sh(w) for w in n.split())
            matched_g = set(used.values())
            missed = [g for _, g in gi if g not in matched_g]
            matched_p = [pi[j][1] for j in used]
            cls = (
                "right"
                if i in used
                else " ".join(
                    x for x in D.classify(n, o, gold, pred, text, matched_g, missed, matched_p, al) if x
                )
            )
            keys = {
                "ctx": f"{v} || {ctx(n, text)} || {cls}",
                "class": f"{v} || {cls}",
                "croles": f"{v} || {D.roles(o, pred)} || {cls}",
                "wb": f"{v} || {D.features(o, pred, text).get('word before')}",
                "line": f"{v} || {D.features(o, pred, text).get('line')} || {D.roles(o, pred)} || {cls}",
                "vshape": v,
                "type": f"{o.get('type')} | {v}",
                "roles": f"{D.roles(o, pred)} | {v}",
                "head": " ".join(w for w in v.split() if w in VOCAB) or "-",
                "nwords": str(len(n.split())),
            }
            for k in want:
                cnt[(keys[k], "right" if i in used else "extra")] += 1
rows = sorted({k for k, _ in cnt}, key=lambda k: (-cnt[(k, "extra")], -cnt[(k, "right")]))
for k in rows:
    e, r = cnt[(k, "extra")], cnt[(k, "right")]
    if e or "--all" in sys.argv:
        print(f"{e:>4} / {r:<4} {r / (e + r):.2f}  {k}")
