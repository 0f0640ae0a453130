"""What the learned hooks share: a logistic regression's weights, read from package data, and its logit.

Each hook (partnership pairs, cohort counts and places, programme counts and the programme filter) keeps
its own features and decision; the weights file of each is written by its training script in bench/.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass
class LinearModel:
    """Weights of a logistic regression over named features, its bias and its decision threshold (a logit)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    enabled: bool = True

    def margin(self, features: dict[str, float]) -> float:
        """The logit of a candidate: bias plus the dot product of weights and features."""
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if v)

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is right."""
        return 1.0 / (1.0 + math.exp(-self.margin(features)))


def linear_fields(data: dict[str, Any], what: str) -> tuple[dict[str, float], float, float, bool]:
    """The weights (features and weights as two parallel lists), bias, threshold and switch of a model file."""
    names = list(data["features"])
    weights = [float(w) for w in data["weights"]]
    if len(names) != len(weights):
        raise ValueError(f"{what}: as many weights as features are needed")
    return (
        dict(zip(names, weights, strict=True)),
        float(data["bias"]),
        float(data["threshold"]),
        bool(data.get("enabled", True)),
    )


def package_model(filename: str) -> dict[str, Any]:
    """The content of a model file shipped with the package (``kgpart/data/<filename>``)."""
    return json.loads(resources.files("kgpart").joinpath(f"data/{filename}").read_text(encoding="utf-8"))  # type: ignore[no-any-return]
