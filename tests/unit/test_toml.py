"""Declarative adapters in TOML: ``load_adapter`` and ``to_toml`` (issue 16)."""

from __future__ import annotations

import importlib
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.adapters import (
    PULSE,
    Adapter,
    AdapterRule,
    Label,
    ZoneContext,
    compile_patterns,
    load_adapter,
    to_toml,
)
from newsparse.adapters._toml import PATTERN_KEYS
from newsparse.errors import AdapterError

FULL = """\
format = 1
name = "harbour-gazette"
description = "The Harbour Gazette"
signatures = ['^The Harbour Gazette$']
site_header = ['^Skip to the news$', '^Today: \\d+°C$']
promo = ['^Support local news\\. Subscribe today\\.$']
comments_heading = ['^What readers say \\((?P<count>\\d+)\\)$']
comment_noise = ['^Reply · Report$']
pagination = ['^Older comments$']
comment_form = ['^\\[Post comment\\]$']
trackbacks = ['^\\d+ trackbacks$']
footer = ['^© \\d+ Harbour Gazette Ltd$']
byline = ['^By .+, Reporter$']
"""

PAGE = """\
Skip to the news

The Harbour Gazette

Today: 14°C

Pier to reopen after storm

The pier will reopen on Friday after repairs to its deck, the council said.

Support local news. Subscribe today.

What readers say (1)

  • About time too.

Reply · Report

© 2024 Harbour Gazette Ltd
"""


def write(tmp_path: Path, text: str, name: str = "gazette.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read_into_the_adapter_field_of_its_name(tmp_path: Path) -> None:
    adapter = load_adapter(write(tmp_path, FULL))
    assert (adapter.name, adapter.description) == ("harbour-gazette", "The Harbour Gazette")
    for key in PATTERN_KEYS:
        assert len(getattr(adapter, key)) >= 1, key
    assert [p.pattern for p in adapter.site_header] == [r"^Skip to the news$", r"^Today: \d+°C$"]


def test_a_loaded_adapter_reads_its_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.adapters import _registry as registry

    monkeypatch.setattr(registry, "_registered", {})
    adapter = load_adapter(write(tmp_path, FULL))
    newsparse.register(adapter)
    article = newsparse.parse(PAGE)
    assert article.site == "harbour-gazette"  # detected by its signature
    assert article.headline is not None
    assert article.headline.text == "Pier to reopen after storm"
    assert article.comments.declared_count == 1
    assert [comment.text for comment in article.comments.comments] == ["About time too."]
    reasons = {block.text: block.reason.value for block in article.boilerplate}
    assert reasons["Support local news. Subscribe today."] == "promo"
    assert reasons["Today: 14°C"] == "site-header"


def test_only_the_name_is_required(tmp_path: Path) -> None:
    adapter = load_adapter(write(tmp_path, "name = 'bare'\n"))
    assert adapter == Adapter(name="bare")


def test_a_loaded_adapter_pickles_to_an_equal_adapter(tmp_path: Path) -> None:
    adapter = load_adapter(write(tmp_path, FULL))
    copy = pickle.loads(pickle.dumps(adapter))
    assert copy == adapter
    assert copy.comments_heading[0].match("What readers say (4)")["count"] == "4"


def test_written_adapters_load_back_equal(tmp_path: Path) -> None:
    adapter = load_adapter(write(tmp_path, FULL))
    assert load_adapter(write(tmp_path, to_toml(adapter), "again.toml")) == adapter


def test_hard_strings_survive_the_round_trip(tmp_path: Path) -> None:
    adapter = Adapter(
        name="tricky",
        description='Ann\'s "quoted" site \\ with a tab\t',
        footer=compile_patterns(r"^Ann's \d+ posts$", '^say "hi"$', r"^\p{Lu}+$", r"^\\$"),
    )
    text = to_toml(adapter)
    assert load_adapter(write(tmp_path, text)) == adapter
    assert r"'^\p{Lu}+$'" in text  # a literal string where one can be written


def test_notes_and_header_are_comments(tmp_path: Path) -> None:
    adapter = Adapter(name="noted", promo=compile_patterns("^Subscribe$"))
    text = to_toml(adapter, notes={"^Subscribe$": "3 of 3 pages"}, header="Learned\nby hand")
    assert text.startswith("# Learned\n# by hand\n")
    assert "'^Subscribe$',  # 3 of 3 pages" in text
    assert load_adapter(write(tmp_path, text)) == adapter


def _rule(context: ZoneContext) -> dict[int, Label]:
    return {}


def test_python_hooks_cannot_be_written() -> None:
    with pytest.raises(AdapterError, match="cannot be TOML"):
        to_toml(PULSE)
    with pytest.raises(AdapterError, match="cannot be TOML"):
        to_toml(Adapter(name="hooked", detect_hook=lambda lines: 1.0))
    with pytest.raises(AdapterError, match="cannot be TOML"):
        to_toml(Adapter(name="ruled", rules=(AdapterRule(name="r", after="body", rule=_rule),)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = 'x'\npromos = []\n", r"gazette\.toml: key 'promos': unknown key; the keys are"),
        ("promo = []\n", r"key 'name': missing"),
        ("name = 3\n", r"key 'name': expected a string, got a number"),
        ("name = 'Harbour Gazette'\n", r"key 'name': not a name"),
        ("name = 'x'\ndescription = []\n", r"key 'description': expected a string, got a list"),
        (
            "name = 'x'\nfooter = '^x$'\n",
            r"key 'footer': expected a list of patterns, got a string",
        ),
        ("name = 'x'\nfooter = ['^a$', 4]\n", r"key 'footer': pattern 2 is a number, not a string"),
        ("name = 'x'\npromo = ['^(unclosed$']\n", r"key 'promo': pattern 1 '\^\(unclosed\$' does"),
        ("name = 'x'\nformat = 2\n", r"key 'format': expected 1, the only format so far, got 2"),
        ("name = 'x'\nformat = true\n", r"key 'format': expected 1"),
        ("name = 'x'\n[promo]\nx = 1\n", r"key 'promo': expected a list of patterns, got a table"),
        ("name = 'x\n", r"gazette\.toml: not valid TOML"),
    ],
)
def test_a_bad_file_is_an_adapter_error_naming_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(AdapterError, match=message) as caught:
        load_adapter(path)
    assert str(path) in str(caught.value)
    assert caught.value.exit_code == 64


def test_the_error_names_the_adapter_when_the_file_does(tmp_path: Path) -> None:
    with pytest.raises(AdapterError) as caught:
        load_adapter(write(tmp_path, "name = 'named'\npromo = ['[']\n"))
    assert caught.value.site == "named"


def test_a_missing_or_binary_file_is_an_adapter_error(tmp_path: Path) -> None:
    with pytest.raises(AdapterError, match="cannot read it"):
        load_adapter(tmp_path / "absent.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"name = '\xff\xfe'\n")
    with pytest.raises(AdapterError, match=r"binary\.toml: not (valid TOML|UTF-8)"):
        load_adapter(binary)


def test_load_adapter_is_public() -> None:
    package = importlib.import_module("newsparse.adapters")  # newsparse.adapters is a function
    assert newsparse.load_adapter is package.load_adapter
    assert {"load_adapter", "to_toml"} <= set(package.__all__)


_PATTERN_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@given(sources=st.lists(_PATTERN_TEXT, max_size=4), description=_PATTERN_TEXT)
def test_any_pattern_text_round_trips(
    tmp_path_factory: pytest.TempPathFactory, sources: list[str], description: str
) -> None:
    from newsparse._profiles.shapes import escape

    adapter = Adapter(
        name="any", description=description, promo=compile_patterns(*map(escape, sources))
    )
    path = tmp_path_factory.mktemp("round") / "any.toml"
    path.write_text(to_toml(adapter), encoding="utf-8")
    assert load_adapter(path) == adapter
