"""A small learned source of topic labels: short noun phrases of the sentences that speak of a field.

The rules of this package read topics from constructions ("cooperation in the fields of ...",
"<field> cooperation", a gazetteer of the genre's fields). This module proposes the other short
phrases of the sentences that hold a word of a field, a tie, a meeting or a programme: the runs
of one to four words between stop words, prepositions and punctuation ("candidates"), and scores
each with a logistic regression over a few features: how often its words were part of a topic in
the training articles (a small lexicon shipped with the weights), the word before and after it,
the cue of its sentence, its length and capitals, whether it lies inside an organisation's name,
whether the text repeats it, and where it stands. The weights and the lexicon ship as package data
(``kgpart/data/topic_model.json``, trained by ``bench/train_topic_model.py``); inference is a dot
product, nothing is downloaded.

``add_learned_topics`` (called last by ``find_topics``) adds the candidates scoring above the
model's threshold that no rule label already covers, at most ``max_added`` per article, and only
to an article whose rules gave fewer than ``max_rules`` labels. The
shipped file's ``"enabled": false`` or ``use_model(None, off=True)`` turns it off.

Measured (session 11, bench/README.md "Learned topic labels (session 11)"): leave-one-set-out over eight
labelled sets (dev folds A, C, H; probe sets G1-G5 of bench/genre), topic F1 better in G2-G5, equal in
A, C, H, G1, worse in none; pooled 0.664 -> 0.670. It costs 0-2 % of the extraction's time.
Retrained in session 12 on that session's rules (same sets, cap 4): pooled 0.662 -> 0.668, at most 2 added.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kgpart.extract.doc import Doc
from kgpart.extract.model_switch import ModelSwitch

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "lex_max",
    "lex_min",
    "lex_last",
    "lex_first",
    "unknown",
    "len1",
    "len2",
    "len3",
    "len4",
    "capital",
    "acronym",
    "in_org",
    "digit",
    "ed_edge",
    "ing_last",
    "plural_last",
    "prev_in",
    "prev_on",
    "prev_of",
    "prev_for",
    "prev_list",
    "prev_such",
    "prev_det",
    "prev_verb",
    "next_coop",
    "next_list",
    "next_end",
    "next_of",
    "cue_field",
    "cue_tie",
    "cue_meet",
    "cue_prog",
    "cue_discuss",
    "repeated",
    "headline",
    "early",
    "rule_sentence",
    "many",
    "rules_n",
    "rules_none",
)

#: A sentence that may name a field: a word of a field, a tie, a meeting or a programme (case-folded text).
_CUE = re.compile(
    r"\b(?:fields?|areas?|spheres?|sectors?|domains?|direction|such\s+as|including|focus|"
    r"cooperat|collaborat|partner|agreement|memorand|mou|accord|joint|"
    r"discuss|talks|met\b|meeting|visit|forum|conference|"
    r"programme|program|degree|master|bachelor|phd|doctoral|course|training|research|project|exchange|"
    r"school|centre|center|laborator)"
)
_CUE_GROUPS = (
    (
        "cue_field",
        re.compile(r"\b(?:fields?|areas?|spheres?|sectors?|domains?|direction|such as|including|focus)"),
    ),
    ("cue_tie", re.compile(r"\b(?:cooperat|collaborat|partner|agreement|memorand|mou\b|accord|joint)")),
    ("cue_meet", re.compile(r"\b(?:talks|met\b|meeting|visit|forum|conference)")),
    (
        "cue_prog",
        re.compile(r"\b(?:programme|program|degree|master|bachelor|phd|doctoral|course|training|school)"),
    ),
    ("cue_discuss", re.compile(r"\bdiscuss")),
)

_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|\d[\d,.]*|[^\w\s]")

#: Words that end a candidate: function words, pronouns, auxiliaries, the genre's commonest verbs.
_STOP = frozenset(
    """a an the this that these those its it their his her our your my we they he she you i
    and or but nor as at by for from in into of on onto to with within without between among
    about over under through during after before since until upon via per than then also
    is are was were be been being has have had do does did will would shall should can could may
    might must not no so such both each every all any some other another more most many much
    which who whom whose what when where while how why there here if whether very well
    said says say signed sign signs held hold holds met meet meets discussed discuss discusses
    agreed agree agrees noted note notes stressed stress stresses visited visit visits
    expressed express highlighted emphasized emphasised including include includes included
    according mr mrs ms dr prof professor""".split()  # noqa: SIM905
)

#: A run holding one of these words is no field: the words of institutions and of the genre's prose.
_NEVER = frozenset(
    """university universities institute academy college ministry embassy government delegation
    rector president minister ambassador vice side sides parties party country countries year years
    day days today yesterday week month members head heads representatives
    memorandum agreement cooperation partnership meeting talks visit ceremony event occasion
    framework prospects possibilities opportunities issues matters ways steps aspects areas fields
    sphere spheres field area number part results basis level ranking rankings rating ratings""".split()  # noqa: SIM905
)

_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "new"})
_VERBISH = re.compile(r"(?:ed|es|ing)$")

#: Where the candidate runs stop being read: a longer run is no label (a name, a title).
MAX_WORDS = 4
#: The most candidates one sentence gives; the most one article gives.
MAX_PER_SENTENCE = 12
MAX_PER_ARTICLE = 120


@dataclass
class Candidate:
    """A short phrase of a sentence (character span), its words and its features (before the lexicon's)."""

    start: int
    end: int
    n: int
    text: str
    words: tuple[str, ...]
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class TopicModel:
    """Weights of the logistic regression, the lexicon of words, the threshold (a logit)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    lexicon: dict[str, float]
    max_added: int = 3
    enabled: bool = True
    #: The model adds labels only to an article whose rules gave fewer than this many (they read it well).
    max_rules: int = 1000

    def margin(self, features: dict[str, float]) -> float:
        """The logit of a candidate: bias plus the dot product of weights and features."""
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if v)

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is a topic of the article."""
        return 1.0 / (1.0 + math.exp(-self.margin(features)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TopicModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        if not isinstance(data, dict):
            raise ValueError("topic model: the file must hold a JSON object")
        try:
            names = [str(n) for n in data["features"]]
            weights = [float(w) for w in data["weights"]]
            bias, threshold = float(data["bias"]), float(data["threshold"])
            lexicon = {str(k): float(v) for k, v in dict(data.get("lexicon") or {}).items()}
            max_added = int(data.get("max_added", 3))
            max_rules = int(data.get("max_rules", 1000))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"topic model: bad or missing field ({exc})") from exc
        if len(names) != len(weights):
            raise ValueError("topic model: as many weights as features are needed")
        unknown = sorted(set(names) - set(FEATURES))
        if unknown:
            raise ValueError(f"topic model: unknown features {unknown}")
        return cls(
            dict(zip(names, weights, strict=True)),
            bias,
            threshold,
            lexicon,
            max_added,
            bool(data.get("enabled", True)),
            max_rules,
        )


def load_model(text: str) -> TopicModel:
    """A model from the text of a model file; a clear ValueError when it is no model."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"topic model: not JSON ({exc})") from exc
    return TopicModel.from_dict(data)


@lru_cache(maxsize=1)
def shipped_model() -> TopicModel:
    """The model shipped with the package (``kgpart/data/topic_model.json``)."""
    return load_model(resources.files("kgpart").joinpath("data/topic_model.json").read_text(encoding="utf-8"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[TopicModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


def _org_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for m in doc.org_mentions:
        org = doc.orgs[m.index]
        length = max((len(x) for x in (org.name, *org.aliases) if doc.text.startswith(x, m.start)), default=0)
        out.append((m.start, m.start + length))
    return out


def candidates(
    doc: Doc, rules: list[tuple[str, int]] | None = None, skip: set[int] | frozenset[int] = frozenset()
) -> list[Candidate]:
    """The runs of 1-4 words between stop words and punctuation of the sentences that hold a cue,
    with their features (the lexicon's apart: ``lexicon_features``). At most MAX_PER_SENTENCE a
    sentence and MAX_PER_ARTICLE an article. ``rules``: the rules' (label, sentence) pairs; ``skip``: sentences
    that give no topic (the page's tail, the boilerplate, an institution's profile: ``find_topics`` decides).

    Never a candidate: a run inside an organisation's name or in title case ("Nuclear Physics"), a lone adjective
    ("public" of "public and private sectors"), a facility ("language laboratory"), the field of a person's own
    degree ("she earned a PhD in physics"); no sentence whose only cue is a programme's word gives any."""
    rule_sentences = {n for _, n in rules or []}
    counts = {"rules_n": min(len(rules or []), 10) / 10.0, "rules_none": 0.0 if rules else 1.0}
    text = doc.text
    orgs: list[tuple[int, int]] | None = None
    org_starts: list[int] = []
    lower_text = text.lower() if len(text.lower()) == len(text) else None
    out: list[Candidate] = []
    early = max(2, len(doc.sentences) // 4)
    for n, sent in enumerate(doc.sentences):
        if n in skip:
            continue
        fold = sent.text.casefold()
        if _CUE.search(fold) is None:
            continue
        personal = _PERSONAL.search(fold) is not None
        base = {name: 1.0 for name, pattern in _CUE_GROUPS if pattern.search(fold)}
        if len(base) == 1 and "cue_prog" in base:
            continue  # a programme's words alone ("the country aims at the training of ..."): no tie, no talks
        base.update(counts)
        if n == 0:
            base["headline"] = 1.0
        if n <= early:
            base["early"] = 1.0
        if n in rule_sentences:
            base["rule_sentence"] = 1.0
        stext = sent.text
        given = 0
        prev = prev2 = ""
        at = 0
        for brk in _BREAK.finditer(stext):
            piece = stext[at : brk.start()]
            nxt = brk.group().lower()
            at = brk.end()
            if piece.isspace() or not piece:
                prev2, prev = prev, nxt
                continue
            surface = piece.split()
            words = tuple(w.lower() for w in surface)
            p1, p2 = prev, prev2
            prev2, prev = prev, nxt
            if len(words) > MAX_WORDS or any(w in _NEVER for w in words) or words[-1] in _FACILITY:
                continue
            if len(words) == 1 and words[0].endswith(_ADJECTIVE):
                continue  # a lone adjective is no noun phrase
            if len(words) > 1 and p1 and all(w[0].isupper() for w in surface):
                continue  # words in title case inside a sentence: a name ("the Field of Nuclear Physics")
            lead = len(piece) - len(piece.lstrip())
            start = sent.start + (brk.start() - len(piece)) + lead
            end = sent.start + brk.start() - (len(piece) - len(piece.rstrip()))
            if orgs is None:
                orgs = _org_spans(doc)
                orgs.sort()
                org_starts = [s for s, _ in orgs]
            f = dict(base)
            f[_LENGTHS[len(words)]] = 1.0
            if p1 or len(words) > 1:
                f["capital"] = sum(1.0 for w in surface if w[0].isupper()) / len(words)
            if any(len(w) > 1 and w.isupper() for w in surface):
                f["acronym"] = 1.0
            k = bisect_left(org_starts, end)
            if any(e > start for _, e in orgs[max(0, k - 4) : k]):
                continue  # words of a name
            if personal and p1 == "in" and _OWN_DEGREE.search(text, max(sent.start, start - 24), start):
                continue  # the field of someone's own degree
            last = words[-1]
            if words[0].endswith("ed") or last.endswith("ed"):
                f["ed_edge"] = 1.0
            if last.endswith("ing"):
                f["ing_last"] = 1.0
            elif last.endswith("s") and not last.endswith("ss"):
                f["plural_last"] = 1.0
            name = _PREV.get(p1)
            if name is None and (p2 == "such" or p1 in ("as", "including", "include", "includes")):
                name = "prev_such"
            if name is None and p1 and p1[-1] in "eg" and _VERBISH.search(p1):
                name = "prev_verb"
            if name:
                f[name] = 1.0
            name = _NEXT.get(nxt)
            if name:
                f[name] = 1.0
            label = text[start:end]
            if lower_text is not None:
                low = lower_text[start:end]
                if lower_text.find(low) != start or lower_text.find(low, end) >= 0:
                    f["repeated"] = 1.0
            out.append(Candidate(start, end, n, label, words, f))
            given += 1
            if given >= MAX_PER_SENTENCE or len(out) >= MAX_PER_ARTICLE:
                break
        if len(out) >= MAX_PER_ARTICLE:
            break
    if len(out) > 40:
        for cand in out:
            cand.features["many"] = 1.0
    return out


#: A sentence about a person (whose degree is no field of the ties).
_PERSONAL = re.compile(r"\b(?:who|she|he|his|her|holds|earned|graduated)\b")
_OWN_DEGREE = re.compile(
    r"\b(?:phd|doctorate|degree|master'?s?|bachelor'?s?|msc|bsc|mba|ma|ba|diploma)\s+in\s+$", re.I
)
_ADJECTIVE = ("ic", "al", "ive", "ous", "ary", "ful", "ible", "able")
#: A facility is no field ("the language laboratory", "the computer lab").
_FACILITY = frozenset(
    {"lab", "labs", "laboratory", "laboratories", "building", "buildings", "hall", "campus"}
)
_LENGTHS = {1: "len1", 2: "len2", 3: "len3", 4: "len4"}
#: The word before a candidate, by the feature it gives.
_PREV = {
    "in": "prev_in",
    "on": "prev_on",
    "of": "prev_of",
    "for": "prev_for",
    **dict.fromkeys((",", "and", "or", ";", ":", "•", "-", "–"), "prev_list"),
    **dict.fromkeys(_DETERMINERS, "prev_det"),
}
#: The word after a candidate, by the feature it gives.
_NEXT = {
    **dict.fromkeys(("cooperation", "collaboration", "partnership", "sector", "sphere"), "next_coop"),
    **dict.fromkeys((",", "and", "or", ";"), "next_list"),
    **dict.fromkeys((".", "!", "?", ")", ""), "next_end"),
    "of": "next_of",
}
#: What ends a run of words: punctuation, numbers, a lone letter, a stop word (and the sentence's end).
_BREAK = re.compile(
    r"[^\w\s’'\-]|(?<!\w)[-–—]+(?!\w)|\b\d[\w,.]*|\b\w\b|\b(?:"
    + "|".join(sorted((re.escape(w) for w in _STOP), key=len, reverse=True))
    + r")\b|$",
    re.I,
)


def lexicon_features(cand: Candidate, lexicon: dict[str, float]) -> dict[str, float]:
    """The candidate's features with those of the lexicon (a word's learned log-odds of being in a topic)."""
    values = [lexicon.get(w, 0.0) for w in cand.words]
    f = dict(cand.features)
    f["lex_max"] = max(values)
    f["lex_min"] = min(values)
    f["lex_last"] = values[-1]
    f["lex_first"] = values[0]
    f["unknown"] = sum(1.0 for w in cand.words if w not in lexicon) / len(cand.words)
    return f


def _norm(label: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", label.casefold()).split())


def covered(label: str, others: list[str]) -> bool:
    """Whether a normalised label is already one of ``others`` or a part of one, or holds one (the scorer's
    substring test either way: adding it would only pair with a gold label another one takes)."""
    return any(label == o or label in o or o in label for o in others if o)


def choose(
    cands: list[Candidate], margins: list[float], rule_labels: list[str], threshold: float, most: int
) -> list[int]:
    """The indices of the candidates to add: above the threshold, best first, none covered by a rule label or by
    one chosen before, at most ``most``."""
    taken = [_norm(x) for x in rule_labels]
    out: list[int] = []
    for k in sorted(range(len(cands)), key=lambda k: -margins[k]):
        if margins[k] < threshold or len(out) >= most:
            break
        label = _norm(cands[k].text)
        if len(label) < 3 or covered(label, taken):
            continue
        taken.append(label)
        out.append(k)
    return out


def add_learned_topics(
    doc: Doc,
    labels: list[tuple[str, int]],
    model: TopicModel | None = None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[str, int]]:
    """The rules' (label, sentence) pairs and, after them, the candidates the model adds."""
    model = model or active_model()
    if model is None or len(labels) >= model.max_rules:
        return labels
    cands = candidates(doc, labels, skip)
    if not cands:
        return labels
    margins = [model.margin(lexicon_features(c, model.lexicon)) for c in cands]
    chosen = choose(cands, margins, [label for label, _ in labels], model.threshold, model.max_added)
    return labels + [(cands[k].text, cands[k].n) for k in sorted(chosen, key=lambda k: cands[k].start)]
