"""Cooperation topics, as the article words them.

Sources, each giving spans of the text:

- ``gazetteer``: the genre's gazetteer (TOPICS: canonical label -> regex of variants; ``convert``
  maps labels to the scheme with it);
- ``scheme``: the SKOS scheme's own labels (``ontology/topics.ttl``), matched on crude word stems
  so that plurals, "programme"/"program" and "-isation"/"-ization" meet, skipping words of praise
  ("branches of leading foreign universities"), never inside a title-case name;
- ``compounds``: "<field> cooperation | collaboration | exchange | ties | relations" compounds
  whose modifiers name fields ("cultural and humanitarian cooperation", "research collaboration");
- ``cues``: the items of a list after a cue ("cooperation in the fields of", "discussed", "briefed
  ... about", "main areas will be", "the memorandum covers", "aims to") or before one ("X, Y and Z
  were discussed / will be implemented"), cleared of determiners, process nouns ("the launch of")
  and praise; a list of plans ("to X, to Y") is read plan by plan;
- ``studies``: the field a programme, degree, course or training is in ("a master's programme in
  public health"), never a place;
- ``gazetteer.branch_spans``: "opening a branch of X University" is the topic "branch campus";
  ``gazetteer.undergone_spans``: what people undergo or complete ("have undergone internships");
- ``bullets``: the bullets of a list under a line that announces fields ("Areas of cooperation include:");
- ``disciplines``: fields named by their practitioners where they work together ("cooperation with
  biologists and geologists");
- ``compounds.sphere_spans``: a link in spheres named by adjectives, said as a compound ("cooperation in
  the economic sphere" is economic cooperation); ``compounds.head_in_field_spans``: a reform or a policy
  in a field ("reforms in the field of education" are education reforms);
- ``gazetteer.titled_grant_spans``: a grant named in title case before its kind ("the Erasmus+ programme");
- ``learned.field_runs``: a field right after "in" or "on" that the sources above missed ("lecturers in forensic
  science"), read after them in every article; then the learned model (``learned.add_learned_topics``).

``adjectives`` gives the fields adjectives name ("trade, economic and cultural spheres": trade, economy,
culture); ``merge.page_tail`` leaves out the page's lines after the article (other stories' headlines).

``lists`` splits a listed phrase into items; ``merge`` makes one list of them with the precision rules,
``tidy`` gives each its label;
``words`` holds what they share (stems, praise, names in title case).
"""

from __future__ import annotations

from kgpart.extract.topics.gazetteer import TOPICS
from kgpart.extract.topics.merge import find_topics
from kgpart.extract.topics.words import stem

__all__ = ["TOPICS", "find_topics", "stem"]
