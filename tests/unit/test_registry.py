from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.adapters import _registry as registry
from newsparse.adapters._entry_points import PluginPoint, find_entry_points


@pytest.fixture
def plugin_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    (tmp_path / "fake_plugin.py").write_text(
        "from newsparse import Adapter\n"
        "from newsparse.adapters import compile_patterns\n"
        "GOOD = Adapter(name='plugged', signatures=compile_patterns('^Plugged In$'))\n"
        "CLASH = Adapter(name='pulse')\n"
        "NOT_AN_ADAPTER = 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "_plugins", None)
    monkeypatch.setattr(registry, "_plugin_errors", {})
    yield "fake_plugin"
    sys.modules.pop("fake_plugin", None)


def use_entry_points(monkeypatch: pytest.MonkeyPatch, **targets: str) -> None:
    points = [
        PluginPoint(name=name, value=value, dist="plugged-package")
        for name, value in targets.items()
    ]
    monkeypatch.setattr(registry, "entry_points", lambda group: points)


def test_plugins_are_found_and_detected(
    plugin_module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_entry_points(monkeypatch, plugged=f"{plugin_module}:GOOD")
    assert [a.name for a in newsparse.adapters()] == ["generic", "pulse", "plugged"]
    page = "Plugged In\n\nTitle here\n\nThe page is read by the plugin's adapter today."
    assert newsparse.parse(page).site == "plugged"


def test_broken_plugins_are_left_out_and_named(
    plugin_module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_entry_points(
        monkeypatch,
        missing="no_such_module_here:THING",
        clash=f"{plugin_module}:CLASH",
        number=f"{plugin_module}:NOT_AN_ADAPTER",
    )
    assert [a.name for a in newsparse.adapters()] == ["generic", "pulse"]
    assert newsparse.parse("Title here\n\nA page that still parses fine today.").site == "generic"
    errors = registry.plugin_errors()
    assert sorted(errors) == ["clash", "missing", "number"]
    assert "failed to load" in str(errors["missing"])
    assert "built-in" in str(errors["clash"])
    assert "not an Adapter" in str(errors["number"])
    with pytest.raises(newsparse.AdapterError, match="failed to load"):
        newsparse.parse("text", site="missing")


def test_no_plugins_environment_variable(
    plugin_module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_entry_points(monkeypatch, plugged=f"{plugin_module}:GOOD")
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "1")
    assert [a.name for a in newsparse.adapters()] == ["generic", "pulse"]


def test_entry_points_are_read_from_metadata_folders(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for place, value in ((first, "one.module:THING"), (second, "two.module:OTHER")):
        info = place / "Demo_Pkg-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "entry_points.txt").write_text(
            "[console_scripts]\ndemo = one:main\n\n"
            f"[newsparse.adapters]\n# a comment\ndemo = {value} [extra]\n",
            encoding="utf-8",
        )
    found = find_entry_points("newsparse.adapters", [str(first), str(second), "/no/such/dir"])
    # The first distribution of a name wins, as importlib.metadata has it.
    assert found == [PluginPoint(name="demo", value="one.module:THING", dist="demo-pkg")]


def test_entry_points_agree_with_importlib_metadata() -> None:
    from importlib.metadata import entry_points

    # importlib.metadata keeps an entry's extras ("tool = pkg:main [extra]"); we drop them.
    ours = sorted((point.name, point.value) for point in find_entry_points("console_scripts"))
    theirs = sorted(
        (point.name, point.value.partition(" [")[0].strip())
        for point in entry_points(group="console_scripts")
    )
    assert ours == theirs


def test_newsparse_adapters_is_the_package_and_lists_the_adapters() -> None:
    import newsparse.adapters as package

    assert package.Adapter is newsparse.Adapter
    assert package.load_adapter is newsparse.load_adapter
    assert [adapter.name for adapter in newsparse.adapters()][:2] == ["generic", "pulse"]
    assert newsparse.adapters() == package.adapters()


def test_site_may_be_an_adapter_that_was_never_registered() -> None:
    from newsparse.adapters import compile_patterns

    unlisted = newsparse.Adapter(name="unlisted", footer=compile_patterns(r"^Unlisted Press Ltd$"))
    page = "Harbour reopens\n\nThe harbour reopened on Monday, the port said.\n\nUnlisted Press Ltd"
    article = newsparse.parse(page, site=unlisted)
    assert article.site == "unlisted"
    assert [block.reason.value for block in article.boilerplate] == ["footer"]
    assert "unlisted" not in [adapter.name for adapter in newsparse.adapters()]
    explained = newsparse.explain(page, site=unlisted)
    assert explained.adapter == "unlisted"
    assert newsparse.parse_html(f"<p>{page}</p>", site=unlisted).site == "unlisted"
