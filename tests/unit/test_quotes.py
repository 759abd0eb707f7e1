"""Quote finding and attribution, case by case, from ``quotes_cases/*.json``.

Each file holds the cases of one construction as a list of objects:

- ``name``: what the case shows;
- ``paragraphs``: the texts in reading order;
- ``headline`` (optional, default false): the first text is the headline;
- ``quotes``: the expected quotes, each ``{text, speaker, kind, cue}`` and
  optionally ``lines`` (``[first, last]``, the paragraph at index ``i`` is
  on line ``2 * i + 1``);
- ``speakers`` (optional): the expected ``[{name, description}]``;
- ``diagnostics`` (optional, default none): the expected diagnostic codes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import cli
from newsparse._pipeline.quotes import Source, SourceRole, find_quotes
from newsparse._pipeline.quotes.speakers import ATTRIBUTION_RULES
from newsparse.models import Quote, Span

CASES = Path(__file__).parent / "quotes_cases"


def _load() -> list[Any]:
    params: list[Any] = []
    for path in sorted(CASES.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        params.extend(pytest.param(case, id=f"{path.stem}:{case['name']}") for case in cases)
    return params


def sources_of(paragraphs: list[str], *, headline: bool = False) -> tuple[Source, ...]:
    """Build the sources of a case: paragraph ``i`` on line ``2 * i + 1``."""
    sources = []
    for index, text in enumerate(paragraphs):
        role = SourceRole.BODY
        if index == 0 and headline:
            role = SourceRole.HEADLINE
        line = 2 * index + 1
        sources.append(Source(text=text, span=Span(start_line=line, end_line=line), role=role))
    return tuple(sources)


def _record(quote: Quote, *, lines: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": quote.text,
        "speaker": quote.speaker,
        "kind": str(quote.kind),
        "cue": quote.cue,
    }
    if lines:
        record["lines"] = [quote.span.start_line, quote.span.end_line]
    return record


@pytest.mark.parametrize("case", _load())
def test_case(case: dict[str, Any]) -> None:
    result = find_quotes(sources_of(case["paragraphs"], headline=case.get("headline", False)))
    expected = case["quotes"]
    found = [
        _record(quote, lines=index < len(expected) and "lines" in expected[index])
        for index, quote in enumerate(result.quotes)
    ]
    assert found == expected
    if "speakers" in case:
        assert [
            {"name": speaker.name, "description": speaker.description}
            for speaker in result.speakers
        ] == case["speakers"]
    assert sorted(d.code for d in result.diagnostics) == sorted(case.get("diagnostics", []))


def test_every_quote_speaker_is_listed_once() -> None:
    for param in _load():
        case = param.values[0]
        assert isinstance(case, dict)
        result = find_quotes(sources_of(case["paragraphs"], headline=case.get("headline", False)))
        names = [speaker.name for speaker in result.speakers]
        assert len(names) == len(set(names))
        assert {q.speaker for q in result.quotes if q.speaker is not None} == set(names)


def test_cases_cover_every_construction() -> None:
    stems = {path.stem for path in CASES.glob("*.json")}
    assert {
        "american",
        "apostrophes",
        "british",
        "headline",
        "multi_paragraph",
        "open_classes",
        "speakers",
        "typos",
    } <= stems


def test_every_quote_names_its_rule_and_evidence() -> None:
    for param in _load():
        case = param.values[0]
        assert isinstance(case, dict)
        result = find_quotes(sources_of(case["paragraphs"], headline=case.get("headline", False)))
        assert len(result.rules) == len(result.evidence) == len(result.quotes)
        assert set(result.rules) <= set(ATTRIBUTION_RULES)
        assert all(result.evidence)


def test_evidence_tells_how_a_pronoun_was_resolved() -> None:
    result = find_quotes(sources_of(["Ann Lee spoke first.", "“We won,” she said."]))
    assert result.quotes[0].speaker == "Ann Lee"
    assert result.evidence[0].startswith("“she said” → Ann Lee: the nearest woman")


def test_quotes_explain_prints_rule_and_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Harbour vote\n\nAnn Lee spoke first.\n\n“We won,” she said.\n", encoding="utf-8"
    )
    assert cli.main(["quotes", "--explain", str(page)]) == 0
    out = capsys.readouterr().out
    assert "[after-quote]" in out
    assert "“she said” → Ann Lee" in out
