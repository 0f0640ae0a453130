"""Which learned model an extraction hook runs: the shipped one, another one (tests, training
scripts), or none. The partnership and topic models share this switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar


class _Switchable(Protocol):
    @property
    def enabled(self) -> bool: ...


M = TypeVar("M", bound=_Switchable)


class ModelSwitch(Generic[M]):
    """The model a hook uses: the one set by ``use`` (None: the shipped one), unless turned off."""

    def __init__(self, shipped: Callable[[], M]) -> None:
        self._shipped = shipped
        self._model: M | None = None
        self._off = False

    def use(self, model: M | None, *, off: bool = False) -> None:
        """Make ``model`` the one the extraction uses (None: the shipped one), or turn the model off."""
        self._model = model
        self._off = off

    def active(self) -> M | None:
        """The model the extraction uses now, or None when it is off (switched, or not enabled)."""
        if self._off:
            return None
        model = self._model or self._shipped()
        return model if model.enabled else None
