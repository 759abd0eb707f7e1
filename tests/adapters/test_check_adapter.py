"""``check_adapter`` catches the ways an adapter can break its contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

import newsparse
from newsparse._page import Line
from newsparse.adapters import Label, ZoneContext
from newsparse.adapters import _registry as registry
from newsparse.adapters._adapter import Adapter, AdapterRule, compile_patterns
from newsparse.testing import check_adapter

GOOD = Adapter(
    name="test-gazette",
    description="A test layout.",
    signatures=compile_patterns(r"^the test gazette$"),
    footer=compile_patterns(r"^gazette footer$"),
)


def explode(context: ZoneContext) -> Mapping[int, Label]:
    raise RuntimeError("boom")


def detect_raises(lines: Sequence[Line]) -> float:
    raise ValueError("cannot tell")


@pytest.fixture(autouse=True)
def scratch_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give each test its own copy of the registry (newsparse has no unregister)."""
    monkeypatch.setattr(registry, "_registered", dict(registry._registered))


def registered_names() -> list[str]:
    return [adapter.name for adapter in newsparse.adapters()]


def test_a_good_unregistered_adapter_passes_and_is_not_left_registered() -> None:
    before = registered_names()
    check_adapter(GOOD, examples=["The Test Gazette\n\nHeadline\n\nA body of text here.\n"])
    assert registered_names() == before


def test_a_registered_adapter_is_left_registered() -> None:
    newsparse.register(GOOD)
    check_adapter(GOOD)
    assert any(adapter is GOOD for adapter in newsparse.adapters())


def test_a_registered_namesake_is_restored() -> None:
    namesake = Adapter(name="test-namesake")
    newsparse.register(namesake)
    check_adapter(Adapter(name="test-namesake", description="the one checked"))
    assert [a for a in newsparse.adapters() if a.name == "test-namesake"] == [namesake]


@pytest.mark.parametrize("name", ["Gazette", "test gazette", "", "tab\tname"])
def test_bad_names_fail(name: str) -> None:
    with pytest.raises(AssertionError, match="lower case without spaces"):
        check_adapter(Adapter(name=name))


def test_a_non_adapter_fails() -> None:
    with pytest.raises(AssertionError, match="is not a newsparse Adapter"):
        check_adapter("pulse")  # type: ignore[arg-type]


def test_an_unpicklable_adapter_fails() -> None:
    adapter = Adapter(name="test-lambda", detect_hook=lambda lines: 0.5)
    with pytest.raises(AssertionError, match="does not pickle"):
        check_adapter(adapter)


def test_a_detect_that_raises_fails() -> None:
    with pytest.raises(AssertionError, match=r"detect raised on empty input: ValueError"):
        check_adapter(Adapter(name="test-detect", detect_hook=detect_raises))


def test_a_crashing_rule_fails() -> None:
    adapter = Adapter(
        name="test-crash", rules=(AdapterRule(name="test.explode", before="body", rule=explode),)
    )
    with pytest.raises(AssertionError, match=r"'test-crash' failed on .*boom"):
        check_adapter(adapter)


def test_a_builtin_name_taken_by_another_adapter_fails() -> None:
    with pytest.raises(AssertionError, match="belongs to a built-in adapter"):
        check_adapter(Adapter(name="pulse"))
