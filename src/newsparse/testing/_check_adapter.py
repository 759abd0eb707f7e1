"""The conformance check an adapter author runs in their own tests."""

from __future__ import annotations

import math
import pickle
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from newsparse._page import Lines
from newsparse._pipeline.run import parse
from newsparse.adapters import BUILTIN_ADAPTERS
from newsparse.adapters import _registry as registry
from newsparse.adapters._adapter import Adapter
from newsparse.errors import AdapterError
from newsparse.testing._nothing_lost import assert_nothing_lost

__all__ = ["check_adapter"]

# The diagnostics ``parse`` leaves when an adapter crashed and it fell back.
_FAILURE_CODES = frozenset({"parse.adapter-failed", "parse.failed"})


def _tricky_inputs() -> list[tuple[str, str]]:
    rng = random.Random(20240601)  # fixed: the check must be reproducible
    alphabet = "ab cd\n\n  • ‘’“”\u00a0\t-*|()0123\u2028\x85\x00\x1b\ud800é中"
    randoms = [
        (f"random text {number}", "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))))
        for number in range(1, 6)
    ]
    return [
        ("empty input", ""),
        ("only blank lines", "\n\n   \n\u00a0\n\t\n"),
        ("control characters", "".join(map(chr, range(32))) + "\x7f\x80\x9f\ufeff\u200b"),
        ("lone surrogates", "Head\ud800line\n\n\udfff body text goes here."),
        ("unusual line breaks", "One\x0bTwo\x0cThree\x1cFour\x85Five\u2028Six\u2029Seven\r\nEnd"),
        ("one huge line", "All work and no play makes a dull page. " * 5000),
        ("bullets only", "\n".join(f"{'  ' * (n % 4)}• {n}" for n in range(200))),
        *randoms,
    ]


def _check_identity(adapter: object) -> Adapter:
    if not isinstance(adapter, Adapter):
        raise AssertionError(f"{adapter!r} is not a newsparse Adapter")
    name = adapter.name
    if (
        not isinstance(name, str)
        or not name
        or name != name.lower()
        or name != "".join(name.split())
    ):
        raise AssertionError(f"adapter name {name!r} must be non-empty lower case without spaces")
    try:
        copy = pickle.loads(pickle.dumps(adapter))
    except Exception as error:
        raise AssertionError(f"adapter {name!r} does not pickle: {error!r}") from error
    if copy != adapter:
        raise AssertionError(f"adapter {name!r} changes in a pickle round trip: {copy!r}")
    return adapter


def _check_detect(adapter: Adapter, what: str, text: str) -> None:
    try:
        score = adapter.detect(Lines.from_text(text))
    except Exception as error:
        raise AssertionError(f"{adapter.name}.detect raised on {what}: {error!r}") from error
    if not isinstance(score, float) or math.isnan(score) or not 0.0 <= score <= 1.0:
        wanted = "want a float in [0, 1]"
        raise AssertionError(f"{adapter.name}.detect gave {score!r} on {what}; {wanted}")


def _check_parse(adapter: Adapter, what: str, text: str) -> None:
    try:
        article = parse(text, site=adapter.name)
    except Exception as error:
        raise AssertionError(f"parse(site={adapter.name!r}) raised on {what}: {error!r}") from error
    failures = [d for d in article.diagnostics if d.code in _FAILURE_CODES]
    if failures or article.site != adapter.name:
        reason = failures[0].message if failures else f"site is {article.site!r}"
        raise AssertionError(f"adapter {adapter.name!r} failed on {what}: {reason}")
    try:
        assert_nothing_lost(text, article)
    except AssertionError as error:
        raise AssertionError(f"adapter {adapter.name!r} on {what}: {error}") from None


@contextmanager
def _installed(adapter: Adapter) -> Iterator[None]:
    """Make ``adapter`` the one ``site=adapter.name`` finds, then restore the registry."""
    try:
        current: Adapter | None = registry.get_adapter(adapter.name)
    except AdapterError:
        current = None
    if current is adapter:
        yield
        return
    if adapter.name in BUILTIN_ADAPTERS:
        raise AssertionError(f"adapter name {adapter.name!r} belongs to a built-in adapter")
    # newsparse has no public way to unregister: restore the private table directly.
    before = registry._registered.get(adapter.name)
    registry.register(adapter)
    try:
        yield
    finally:
        if before is None:
            registry._registered.pop(adapter.name, None)
        else:
            registry._registered[adapter.name] = before


def check_adapter(adapter: Adapter, *, examples: Sequence[str] = ()) -> None:
    r"""Check that an adapter meets the contract every newsparse adapter must meet.

    The adapter must be an :class:`~newsparse.adapters._adapter.Adapter` with a
    non-empty lower-case name without spaces, and equal itself after a
    pickle round trip (hooks must be module-level functions). ``detect`` must return
    a float in [0, 1], never raising, on empty input, on fixed random texts
    and on each example. ``parse(text, site=adapter.name)`` must not raise,
    must not fall back to ``generic``, and must leave no non-blank line
    outside every span (see :func:`assert_nothing_lost`) on the examples and
    on tricky inputs: empty, blank lines only, control characters, lone
    surrogates, unusual line breaks, one huge line, bullets only. An adapter
    not yet registered is registered for the check and removed after it.

    Args:
        adapter: The adapter to check.
        examples: Pages in the adapter's layout, as text.

    Raises:
        AssertionError: Saying which requirement failed, and on what input.

    Example:
        >>> from newsparse.adapters import GENERIC, PULSE
        >>> check_adapter(PULSE, examples=["Readers' comments (1)\n\n  • Fine.\n"])
        >>> check_adapter(GENERIC)
        >>> check_adapter(Adapter(name="My Site"))
        Traceback (most recent call last):
        ...
        AssertionError: adapter name 'My Site' must be non-empty lower case without spaces
    """
    adapter = _check_identity(adapter)
    inputs = [*_tricky_inputs(), *((f"example {n}", text) for n, text in enumerate(examples, 1))]
    for what, text in inputs:
        _check_detect(adapter, what, text)
    with _installed(adapter):
        for what, text in inputs:
            _check_parse(adapter, what, text)
