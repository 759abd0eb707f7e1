from __future__ import annotations

import pickle

import pytest

from newsparse.errors import AdapterError, InputError, NewsparseError, SchemaError


@pytest.mark.parametrize(
    ("error", "fields"),
    [
        (InputError("a/b.txt", "binary data, not text"), {"path": "a/b.txt"}),
        (InputError(None, "stdin closed"), {"path": None}),
        (AdapterError("nosuch", "no adapter of that name"), {"site": "nosuch"}),
        (SchemaError("$.body[0]", "expected an object"), {"where": "$.body[0]"}),
    ],
)
def test_errors_carry_fields_and_pickle(error: NewsparseError, fields: dict[str, object]) -> None:
    for name, value in fields.items():
        assert getattr(error, name) == value
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert isinstance(error, NewsparseError)


def test_exit_codes_are_distinct() -> None:
    codes = [cls.exit_code for cls in (NewsparseError, InputError, AdapterError, SchemaError)]
    assert len(set(codes)) == len(codes)
