from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse._page import Lines, TextBlock
from newsparse._pipeline.explain import explain_file
from newsparse._pipeline.run import run_stages
from newsparse._pipeline.stages import STAGES, ParseState
from newsparse.adapters import GENERIC, Adapter, AdapterRule, Label, ZoneContext, compile_patterns
from newsparse.adapters._registry import _registered
from newsparse.models import Severity, Zone


@pytest.fixture
def clean_registry() -> Iterator[None]:
    saved = dict(_registered)
    yield None
    _registered.clear()
    _registered.update(saved)


def test_parse_rejects_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match="parse_file"):
        newsparse.parse(b"bytes")  # type: ignore[arg-type]


def test_unknown_site_raises_adapter_error() -> None:
    with pytest.raises(newsparse.AdapterError) as caught:
        newsparse.parse("text", site="no-such-site")
    assert caught.value.site == "no-such-site"
    assert "generic" in str(caught.value)


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "\u200b", "\x00\x01"])
def test_degenerate_pages_parse_with_diagnostics(text: str) -> None:
    article = newsparse.parse(text)
    assert article.headline is None or article.headline.text == ""
    assert article.diagnostics


def test_a_page_ending_in_a_zero_width_line_parses() -> None:
    # A block of one zero-width line holds no text line: the article-end rules skip it.
    article = newsparse.parse(
        "Roofs were torn off across the town overnight, officials said.\n\n\u200b"
    )
    assert not [d for d in article.diagnostics if d.code == "parse.failed"]


def test_empty_page_says_so() -> None:
    assert [d.code for d in newsparse.parse("").diagnostics] == ["input.empty"]


def _explode(context: ZoneContext) -> dict[int, Label]:
    raise RuntimeError("boom")


def test_crashing_adapter_falls_back_to_generic(clean_registry: None) -> None:
    broken = Adapter(
        name="broken", rules=(AdapterRule(name="broken.boom", before="body", rule=_explode),)
    )
    newsparse.register(broken)
    article = newsparse.parse("Title here\n\nA sentence that is long enough.", site="broken")
    assert article.site == "generic"
    assert article.headline is not None
    assert article.headline.text == "Title here"
    failure = article.diagnostics[0]
    assert failure.code == "parse.adapter-failed"
    assert failure.severity is Severity.ERROR
    assert "boom" in failure.message


def test_options_turn_stages_off() -> None:
    page = "Title here\n\nShe said: ‘We are done here.’\n\nComments (1)\n\n  • Nice."
    plain = newsparse.parse(page, options=newsparse.Options(quotes=False, comments=False))
    assert plain.quotes == ()
    assert plain.comments.comments == ()
    assert plain.comments.declared_count == 1


def test_parse_file_matches_parse_for_utf8(tmp_path: Path) -> None:
    text = "Title here\r\n\r\nIt rained\u00a0all day, the council said.\r\n"
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    assert newsparse.parse_file(path) == newsparse.parse(text)


def test_parse_file_missing_raises_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(newsparse.InputError) as caught:
        newsparse.parse_file(missing)
    assert caught.value.path == str(missing)


def test_explain_labels_every_line() -> None:
    text = "Menu\n\nTitle here\n\nA sentence that is long enough.\n"
    explanation = newsparse.explain(text)
    assert explanation.adapter == "generic"
    assert [line.zone for line in explanation.lines] == [
        Zone.SITE_HEADER,
        Zone.BLANK,
        Zone.HEADLINE,
        Zone.BLANK,
        Zone.STANDFIRST,
    ]


def test_register_and_detect(clean_registry: None) -> None:
    mine = Adapter(name="mine", signatures=compile_patterns("^MySite$"))
    newsparse.register(mine)
    assert newsparse.parse("MySite\n\nTitle here\n\nA sentence that is long enough.").site == "mine"
    assert (
        newsparse.parse("Other\n\nTitle here\n\nA sentence that is long enough.").site == "generic"
    )


def test_register_refuses_builtin_names_and_non_adapters() -> None:
    with pytest.raises(newsparse.AdapterError):
        newsparse.register(Adapter(name="generic"))
    with pytest.raises(newsparse.AdapterError):
        newsparse.register("pulse")  # type: ignore[arg-type]


def test_adapters_are_frozen_and_picklable() -> None:
    import pickle

    for adapter in newsparse.adapters():
        assert pickle.loads(pickle.dumps(adapter)) == adapter
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            adapter.name = "x"  # type: ignore[misc]


def test_explain_falls_back_to_generic_instead_of_raising(clean_registry: None) -> None:
    broken = Adapter(
        name="broken", rules=(AdapterRule(name="broken.boom", before="body", rule=_explode),)
    )
    newsparse.register(broken)
    explanation = newsparse.explain("Title here\n\nA sentence that is long enough.", site="broken")
    assert explanation.adapter == "generic"
    assert [line.zone for line in explanation.lines] == [Zone.HEADLINE, Zone.BLANK, Zone.STANDFIRST]


def test_a_failing_stage_keeps_every_line_unplaced(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(state: ParseState) -> ParseState:
        raise RuntimeError("boom")

    stages = tuple((name, explode if name == "zones" else stage) for name, stage in STAGES)
    monkeypatch.setattr("newsparse._pipeline.run.STAGES", stages)
    text = "Title here\n\nA sentence that is long enough."
    article = newsparse.parse(text)
    assert [d.code for d in article.diagnostics] == ["parse.failed"]
    assert [block.reason.value for block in article.boilerplate] == ["unplaced", "unplaced"]
    explanation = newsparse.explain(text)
    assert [line.rule for line in explanation.lines] == ["parse.failed", "blank", "parse.failed"]


def test_run_stages_starts_at_a_named_stage_only() -> None:
    state = ParseState(lines=Lines.from_text("x"), adapter=GENERIC, options=newsparse.Options())
    with pytest.raises(ValueError, match="no stage is named 'zone'"):
        run_stages(state, start="zone")
    assert [name for name, _ in STAGES][:4] == ["columns", "blocks", "headings", "zones"]


def test_the_working_state_is_freed_before_the_collector_resumes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The collector's pass when it resumes walks every object made during the
    # parse that is still alive: on a large page, its lines and blocks made
    # that pass cost more than linear time.
    alive_at_resume: list[int] = []

    @contextlib.contextmanager
    def paused() -> Iterator[None]:
        try:
            yield
        finally:
            alive_at_resume.append(sum(isinstance(o, TextBlock) for o in gc.get_objects()))

    monkeypatch.setattr("newsparse._pipeline.run.collector_paused", paused)
    article = newsparse.parse("Title here\n\nA sentence that is long enough.\n\nAnother one here.")
    assert article.headline is not None
    assert alive_at_resume[0] > 0  # the stages' own pause: their state is alive
    assert alive_at_resume[-1] == 0  # the outermost: only the article is left


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.txt", "Rain stops play\n\nThe match was called off at noon, the club said."),
        ("page.html", "<h1>Rain stops play</h1><p>The match was called off at noon.</p>"),
    ],
)
def test_parse_file_and_explain_file_take_the_pages_address(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    address = "https://sport.example/2018/05/04/rain-stops-play"
    assert newsparse.parse_file(path, url=address).url == address
    assert newsparse.parse_file(path).url is None
    explained = explain_file(path, url=address)
    assert explained.lines[0].zone.value == "headline"
