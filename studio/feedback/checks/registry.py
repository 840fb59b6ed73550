"""Code checks: rules that regular expressions cannot express, registered under catalogue ids.

A check module declares its function with `@code_check(...)`; the function receives the shared
`AnalysisContext` and yields `Hit`s. The engine turns hits into `Finding`s with the rule's panel,
severity, why and source, so a check only decides *where* and *what to suggest*.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from studio.domain.platforms import PlatformId
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity

CheckFunction = Callable[[AnalysisContext], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class CodeCheck:
    rule_id: str
    panel: Panel
    severity: Severity
    why: str
    source: str
    function: CheckFunction
    # Only run when one of these platforms is selected (empty = always).
    platforms: frozenset[PlatformId] = frozenset()


_REGISTRY: dict[str, CodeCheck] = {}
# The registry as a tuple, rebuilt only when a check is added or removed: the engine asks for it
# on every analysis.
_SNAPSHOT: tuple[CodeCheck, ...] | None = None
_BUILTINS_IMPORTED = False


def code_check(
    rule_id: str,
    *,
    panel: Panel,
    severity: Severity,
    why: str,
    source: str = "",
    platforms: Iterable[PlatformId] = (),
) -> Callable[[CheckFunction], CheckFunction]:
    def register(function: CheckFunction) -> CheckFunction:
        global _SNAPSHOT
        if rule_id in _REGISTRY:
            raise ValueError(f"Two code checks claim the rule id {rule_id}.")
        _REGISTRY[rule_id] = CodeCheck(
            rule_id, panel, severity, why, source, function, frozenset(platforms)
        )
        _SNAPSHOT = None
        return function

    return register


def unregister_check(rule_id: str) -> None:
    """Remove a check registered with `code_check` (tests that register their own use it)."""
    global _SNAPSHOT
    _REGISTRY.pop(rule_id, None)
    _SNAPSHOT = None


def registered_checks() -> tuple[CodeCheck, ...]:
    """Every code check: the built-in ones (each module of this package imported once) and any
    registered since."""
    global _SNAPSHOT, _BUILTINS_IMPORTED
    if not _BUILTINS_IMPORTED:
        package = importlib.import_module("studio.feedback.checks")
        for module in pkgutil.iter_modules(package.__path__):
            if module.name != "registry":
                importlib.import_module(f"studio.feedback.checks.{module.name}")
        _BUILTINS_IMPORTED = True
    if _SNAPSHOT is None:
        _SNAPSHOT = tuple(_REGISTRY.values())
    return _SNAPSHOT
