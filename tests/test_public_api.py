from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsparse


def _isort_key(name: str) -> tuple[int, str]:
    # The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions.
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name)


def test_all_is_sorted() -> None:
    assert list(newsparse.__all__) == sorted(newsparse.__all__, key=_isort_key)


def test_all_names_every_public_attribute() -> None:
    public = {
        name
        for name in dir(newsparse)  # the names loaded with their first use too
        if not name.startswith("_")
        and (not isinstance(value := getattr(newsparse, name), type(newsparse)) or callable(value))
    }
    public.discard("annotations")
    assert public | {"__version__"} == set(newsparse.__all__)


def test_names_loaded_with_their_first_use_are_the_modules_own() -> None:
    from newsparse._pipeline.explain import explain, explain_html
    from newsparse.adapters._toml import load_adapter, to_toml
    from newsparse.archives import iter_archive
    from newsparse.formats import SCHEMA_VERSION, to_json

    assert newsparse.iter_archive is iter_archive
    assert newsparse.to_json is to_json
    assert newsparse.SCHEMA_VERSION == SCHEMA_VERSION
    assert newsparse.explain is explain
    assert newsparse.explain_html is explain_html
    package = importlib.import_module("newsparse.adapters")  # the package, not the function
    assert newsparse.load_adapter is load_adapter is package.load_adapter
    assert package.to_toml is to_toml
    assert {"iter_archive", "to_json", "explain", "load_adapter"} <= set(dir(newsparse))
    assert {"load_adapter", "to_toml"} <= set(dir(package))
    with pytest.raises(AttributeError, match="no_such_name"):
        newsparse.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="no_such_name"):
        package.no_such_name  # noqa: B018


def test_every_name_in_all_exists() -> None:
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name


# Modules ``import newsparse`` must not load: the testing helpers' dependency,
# and what start-up leaves to first use (cattrs, JSON and archives with their
# first use, entry points with the first parse, pathlib and the command
# line's progress bar with nothing; explain, TOML adapters, decoding bytes
# and reading dates with their first use).
_NOT_AT_IMPORT = (
    *("hypothesis", "cattrs", "importlib.metadata", "pathlib", "jsonschema"),
    *("newsparse.formats", "newsparse.archives", "fastwarc", "tqdm", "dask"),
    *("newsparse._pipeline.explain", "newsparse.adapters._toml", "calendar"),
    *("newsparse._pipeline.text.decode", "newsparse._dates.readers"),
)


def test_import_leaves_heavy_modules_to_first_use() -> None:
    code = f"import sys, newsparse; print([m for m in {_NOT_AT_IMPORT!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_parse_and_a_round_trip_load_what_they_need() -> None:
    code = (
        "import sys, newsparse\n"
        "article = newsparse.parse('Title\\n\\nSome words here.')\n"
        "assert newsparse.from_json(newsparse.to_json(article)) == article\n"
        "print('cattrs' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def test_errors_form_one_tree() -> None:
    for error in (newsparse.InputError, newsparse.AdapterError, newsparse.SchemaError):
        assert issubclass(error, newsparse.NewsparseError)
        assert error.exit_code != newsparse.NewsparseError.exit_code
