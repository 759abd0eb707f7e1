"""Tests for ``newsparse.options``: the fields of ``Options`` are checked when it is made."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import pytest

from newsparse.options import DEFAULT_MAX_FILE_BYTES, Options


def test_defaults() -> None:
    options = Options()
    assert (options.quotes, options.comments) == (True, True)
    assert options.timezone is dt.UTC
    assert options.max_file_bytes == DEFAULT_MAX_FILE_BYTES == 256 * 1024 * 1024


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quotes", "no"),
        ("quotes", 0),
        ("comments", "false"),
        ("comments", None),
        ("timezone", "Europe/London"),
        ("timezone", 0),
        ("timezone", dt.timedelta(hours=1)),
        ("max_file_bytes", "1000"),
        ("max_file_bytes", 1.5),
        ("max_file_bytes", True),
    ],
)
def test_a_value_of_the_wrong_type_is_a_type_error(field: str, value: Any) -> None:
    with pytest.raises(TypeError, match=field):
        Options(**{field: value})


@pytest.mark.parametrize("size", [0, -1])
def test_max_file_bytes_must_be_positive(size: int) -> None:
    with pytest.raises(ValueError, match="max_file_bytes"):
        Options(max_file_bytes=size)


def test_good_values_are_kept() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5))
    options = Options(quotes=False, comments=False, timezone=zone, max_file_bytes=1)
    assert (options.quotes, options.comments, options.timezone, options.max_file_bytes) == (
        False,
        False,
        zone,
        1,
    )


def test_options_pickle() -> None:
    options = Options(quotes=False, max_file_bytes=4096)
    assert pickle.loads(pickle.dumps(options)) == options
