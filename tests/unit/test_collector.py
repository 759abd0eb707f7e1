from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import newsparse
from newsparse._pipeline.collector import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_parse_leaves_the_collector_as_it_found_it(collector_on: None) -> None:
    newsparse.parse("Title\n\nSome words here.")
    assert gc.isenabled()
    gc.disable()
    try:
        newsparse.parse("Title\n\nSome words here.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_nest_and_the_last_to_end_turns_the_collector_back_on(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_parses_in_threads_end_with_the_collector_on(collector_on: None) -> None:
    inside = threading.Event()
    release = threading.Event()

    def slow() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=slow)
    worker.start()
    inside.wait(10)
    with collector_paused():
        release.set()
        worker.join(10)
        assert not gc.isenabled()  # the first pause ended while this one runs
    assert gc.isenabled()


def test_the_collector_comes_back_when_a_parse_fails(collector_on: None) -> None:
    with pytest.raises(newsparse.AdapterError):
        newsparse.parse("text", site="no-such-site")
    assert gc.isenabled()
