"""Tests for newsparse.formats: JSON round trips, strict reading, the JSON Schema."""

from __future__ import annotations

import enum
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import models, parse
from newsparse.errors import SchemaError
from newsparse.formats import SCHEMA_VERSION, article_schema, from_json, to_json
from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Diagnostic,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "schema" / "article.schema.json"
JSON_DOC = ROOT / "docs" / "json.md"

IST = timezone(timedelta(hours=5, minutes=30))
# Amsterdam's offset until 1937; Python allows offsets of seconds and microseconds.
AMSTERDAM_1930 = timezone(timedelta(minutes=19, seconds=32, microseconds=13))


def span(start: int, end: int | None = None) -> Span:
    return Span(start_line=start, end_line=start if end is None else end)


def comment(
    line: int, *, replies: tuple[Comment, ...] = (), posted: datetime | None = None
) -> Comment:
    return Comment(
        author=f"reader{line}",
        text=f"Comment on line {line}.\n\nSecond paragraph.",
        paragraphs=(f"Comment on line {line}.", "Second paragraph."),
        posted=posted,
        posted_text=None if posted is None else "3 hours ago",
        score=line - 50,
        replies=replies,
        span=span(line),
    )


FULL_ARTICLE = Article(
    site="generic",
    headline=Headline(text="Council ‘will not’ close library", span=span(3)),
    standfirst=Paragraph(text="A lede with “nested” quotes and an NBSP-free text.", span=span(5)),
    body=(
        Paragraph(text="‘We will fight on,’ said Dr Ann Lee.", span=span(7, 8)),
        Paragraph(text="Critics called it a “stunt”.", span=span(10)),
    ),
    quotes=(
        Quote(text="will not", speaker=None, kind=QuoteKind.PARTIAL, cue=None, span=span(3)),
        Quote(
            text="We will fight on,",
            speaker="Dr Ann Lee",
            kind=QuoteKind.SPEECH,
            cue="said",
            span=span(7, 8),
        ),
        Quote(text="stunt", speaker=None, kind=QuoteKind.SCARE, cue=None, span=span(10)),
    ),
    speakers=(Speaker(name="Dr Ann Lee", description="council leader"),),
    comments=CommentSection(
        declared_count=29,
        comments=(
            comment(
                20,
                posted=datetime(2024, 3, 1, 9, 30, tzinfo=UTC),
                replies=(
                    comment(23, posted=datetime(2024, 3, 1, 15, 0, 0, 123456, tzinfo=IST)),
                    comment(
                        26,
                        replies=(
                            comment(
                                29,
                                posted=datetime(1930, 5, 1, 12, 0, tzinfo=AMSTERDAM_1930),
                                replies=(comment(32),),
                            ),
                        ),
                    ),
                ),
            ),
            comment(35, posted=datetime(2024, 3, 2, 0, 0, tzinfo=timezone(-timedelta(hours=7)))),
        ),
        paginated=True,
        span=span(18, 40),
    ),
    boilerplate=tuple(
        Block(text=f"boilerplate {reason.value}", reason=reason, span=span(50 + index))
        for index, reason in enumerate(BlockReason)
    ),
    diagnostics=(
        *(
            Diagnostic(code=f"test.{level.value}", message="unsure", span=span(60), severity=level)
            for level in Severity
        ),
        Diagnostic(code="headline.late", message="no span", span=None, severity=Severity.INFO),
    ),
    byline="By Jo Bloggs",
    published=datetime(2024, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=1))),
    url="https://example.org/news/library",
)

EMPTY_ARTICLE = Article.empty()

HAND_MADE = [
    pytest.param(FULL_ARTICLE, id="full"),
    pytest.param(EMPTY_ARTICLE, id="empty"),
    pytest.param(attrs.evolve(EMPTY_ARTICLE, site="x" * 10_000), id="long-site"),
]


def enum_members(value: object) -> list[enum.Enum]:
    """Every enum member inside ``value``, found by walking the attrs records."""
    if isinstance(value, enum.Enum):
        return [value]
    if isinstance(value, tuple):
        return [member for item in value for member in enum_members(item)]
    record = type(value)
    if attrs.has(record):
        return [
            member
            for field in attrs.fields(record)
            for member in enum_members(getattr(value, field.name))
        ]
    return []


# --- round trips ---------------------------------------------------------------


@pytest.mark.parametrize("article", HAND_MADE)
def test_hand_made_articles_round_trip(article: Article) -> None:
    text = to_json(article)
    back = from_json(text)
    assert back == article
    assert to_json(back) == text
    assert from_json(text.encode("utf-8")) == article


def test_round_trip_keeps_enum_types_and_offsets() -> None:
    back = from_json(to_json(FULL_ARTICLE))
    members = enum_members(back)
    assert {type(member) for member in members} == {QuoteKind, BlockReason, Severity}
    assert members == enum_members(FULL_ARTICLE)
    reply = back.comments.comments[0].replies[1].replies[0]
    assert reply.posted is not None
    assert reply.posted.utcoffset() == timedelta(minutes=19, seconds=32, microseconds=13)
    assert reply.replies[0].author == "reader32"


@pytest.mark.parametrize(
    "offset",
    [
        timedelta(0),
        timedelta(microseconds=1),
        -timedelta(microseconds=1),
        timedelta(hours=5, minutes=30),
        -timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
        timedelta(minutes=19, seconds=32),
    ],
)
def test_any_utc_offset_round_trips(offset: timedelta) -> None:
    published = datetime(2024, 3, 1, 9, 30, 15, 250_000, tzinfo=timezone(offset))
    back = from_json(to_json(attrs.evolve(EMPTY_ARTICLE, published=published)))
    assert back.published == published
    assert back.published is not None
    assert back.published.utcoffset() == offset


def test_encoding_decisions_show_in_the_output() -> None:
    document = json.loads(to_json(FULL_ARTICLE))
    assert list(document) == ["schema_version", *(field.name for field in attrs.fields(Article))]
    assert document["schema_version"] == SCHEMA_VERSION == 1
    assert document["published"] == "2024-03-01T08:00:00+01:00"
    assert document["quotes"][0]["kind"] == "partial"
    assert document["body"][0]["span"] == {"start_line": 7, "end_line": 8}
    assert document["comments"]["comments"][0]["replies"][1]["replies"][0]["posted"] == (
        "1930-05-01T12:00:00+00:19:32.000013"
    )
    assert document["diagnostics"][-1]["span"] is None
    assert "‘will not’" in to_json(FULL_ARTICLE)


def test_output_is_deterministic() -> None:
    rebuilt = from_json(to_json(FULL_ARTICLE))
    assert rebuilt is not FULL_ARTICLE
    assert to_json(FULL_ARTICLE) == to_json(FULL_ARTICLE) == to_json(rebuilt)


def test_indent_gives_multi_line_output() -> None:
    compact = to_json(FULL_ARTICLE)
    indented = to_json(FULL_ARTICLE, indent=2)
    assert "\n" not in compact
    assert indented.startswith('{\n  "schema_version": 1,\n  "site": "generic",\n')
    assert json.loads(indented) == json.loads(compact)
    assert from_json(indented) == FULL_ARTICLE


def test_deep_reply_chains_round_trip() -> None:
    thread = comment(200)
    for line in range(199, 49, -1):
        thread = comment(line, replies=(thread,))
    article = attrs.evolve(
        EMPTY_ARTICLE,
        comments=CommentSection(
            declared_count=None, comments=(thread,), paginated=False, span=None
        ),
    )
    assert from_json(to_json(article)) == article


def test_lone_surrogates_are_escaped_and_read_back() -> None:
    article = attrs.evolve(EMPTY_ARTICLE, site="caf\udce9 \ud800", byline="\udfff")
    text = to_json(article)
    text.encode("utf-8")
    assert "\\udce9" in text
    assert from_json(text) == article


def test_a_surrogate_pair_reads_back_as_the_character_it_encodes() -> None:
    # In JSON the escapes \ud83d\ude00 are one character; documented in the module.
    article = attrs.evolve(EMPTY_ARTICLE, site="\ud83d\ude00")
    assert from_json(to_json(article)).site == "😀"


# --- what parse gives: text of Unicode scalar values, so the round trip is exact ---

# Every code point, surrogates included; a high and a low one side by side
# (a surrogate pair) are asked for on purpose, as characters() rarely draws them.
_ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(categories=["Cs"])
_HIGH = st.characters(min_codepoint=0xD800, max_codepoint=0xDBFF)
_LOW = st.characters(min_codepoint=0xDC00, max_codepoint=0xDFFF)
_ANY_TEXT = st.lists(
    _ANY_CHARACTER | st.tuples(_HIGH, _LOW).map("".join) | st.sampled_from(["\n", "\n\n"]),
    max_size=60,
).map("".join)


def _strings_of(article: Article) -> str:
    """Every string of ``article``, as the JSON reader sees them, in one str."""
    return json.dumps(json.loads(to_json(article)), ensure_ascii=False)


@given(text=_ANY_TEXT)
def test_parse_of_any_str_round_trips_through_json_exactly(text: str) -> None:
    article = parse(text)
    assert from_json(to_json(article)) == article


@given(text=_ANY_TEXT)
def test_parse_of_any_str_holds_no_surrogate(text: str) -> None:
    _strings_of(parse(text)).encode("utf-8")  # strict: a surrogate would raise


def test_parse_joins_a_surrogate_pair_and_says_so() -> None:
    article = parse("Smile \ud83d\ude00 please\n\nThe match was called off at noon, the club said.")
    assert article.headline is not None
    assert article.headline.text == "Smile 😀 please"
    [diagnostic] = [d for d in article.diagnostics if d.code == "input.surrogates"]
    assert diagnostic.severity is Severity.WARNING
    assert diagnostic.span == span(1)
    assert "1 surrogate pair" in diagnostic.message
    assert from_json(to_json(article)) == article


def test_parse_replaces_a_lone_surrogate_and_says_so() -> None:
    article = parse("Rain stops play\n\nThe match was called off at noon,\udce9 the club said.")
    assert article.standfirst is not None
    assert article.standfirst.text == "The match was called off at noon,\ufffd the club said."
    [diagnostic] = [d for d in article.diagnostics if d.code == "input.surrogates"]
    assert diagnostic.span == span(3)
    assert "1 lone surrogate" in diagnostic.message
    assert from_json(to_json(article)) == article


def test_text_without_surrogates_gets_no_surrogate_diagnostic() -> None:
    article = parse("Rain stops play 😀\n\nThe match was called off at noon, the club said.")
    assert "input.surrogates" not in [d.code for d in article.diagnostics]


def test_absent_fields_with_defaults_read_as_their_defaults() -> None:
    document = json.loads(to_json(EMPTY_ARTICLE))
    for name in ("byline", "published", "url"):
        del document[name]
    assert from_json(json.dumps(document)) == EMPTY_ARTICLE


def test_byte_order_mark_is_allowed() -> None:
    text = to_json(FULL_ARTICLE)
    assert from_json(b"\xef\xbb\xbf" + text.encode("utf-8")) == FULL_ARTICLE
    assert from_json("\ufeff" + text) == FULL_ARTICLE


def test_naive_datetime_is_refused_with_its_path() -> None:
    naive = comment(30, posted=datetime(2024, 3, 1, 9, 30))
    article = attrs.evolve(
        EMPTY_ARTICLE,
        comments=CommentSection(
            declared_count=None,
            comments=(comment(20, replies=(comment(25), naive)),),
            paginated=False,
            span=None,
        ),
    )
    with pytest.raises(SchemaError, match="naive datetime") as caught:
        to_json(article)
    assert caught.value.where == "$.comments.comments[0].replies[1].posted"


# --- the round-trip law over generated articles ----------------------------------

# Surrogates are asked for separately: characters() leaves them out by default.
_CHARACTERS = st.characters(exclude_categories=()) | st.characters(categories=["Cs"])
# A high surrogate then a low one is, in JSON, one astral character (tested above).
_SURROGATE_PAIR = re.compile("([\\ud800-\\udbff])(?=[\\udc00-\\udfff])")


def texts(*, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(_CHARACTERS, max_size=max_size).map(
        lambda text: _SURROGATE_PAIR.sub("\\1 ", text)
    )


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def spans() -> st.SearchStrategy[Span]:
    return st.tuples(st.integers(1, 10**9), st.integers(0, 10**6)).map(
        lambda pair: Span(start_line=pair[0], end_line=pair[0] + pair[1])
    )


def aware_datetimes() -> st.SearchStrategy[datetime]:
    # Fixed offsets only: zoneinfo's ambiguous times never compare equal across zones.
    limit = timedelta(hours=24) - timedelta(microseconds=1)
    offsets = st.timedeltas(min_value=-limit, max_value=limit).map(timezone)
    return st.datetimes(timezones=offsets | st.just(UTC))


def comments() -> st.SearchStrategy[Comment]:
    def comment_with(replies: st.SearchStrategy[tuple[Comment, ...]]) -> st.SearchStrategy[Comment]:
        return st.builds(
            Comment,
            author=optional(texts()),
            text=texts(),
            paragraphs=st.lists(texts(), max_size=3).map(tuple),
            posted=optional(aware_datetimes()),
            posted_text=optional(texts()),
            score=optional(st.integers()),
            replies=replies,
            span=spans(),
        )

    return st.recursive(
        comment_with(st.just(())),
        lambda children: comment_with(st.lists(children, max_size=3).map(tuple)),
        max_leaves=10,
    )


def articles() -> st.SearchStrategy[Article]:
    def tuples(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
        return st.lists(strategy, max_size=3).map(tuple)

    paragraphs = st.builds(Paragraph, text=texts(), span=spans())
    return st.builds(
        Article,
        site=texts(),
        headline=optional(st.builds(Headline, text=texts(), span=spans())),
        standfirst=optional(paragraphs),
        body=tuples(paragraphs),
        quotes=tuples(
            st.builds(
                Quote,
                text=texts(),
                speaker=optional(texts()),
                kind=st.sampled_from(QuoteKind),
                cue=optional(texts()),
                span=spans(),
            )
        ),
        speakers=tuples(st.builds(Speaker, name=texts(), description=optional(texts()))),
        comments=st.builds(
            CommentSection,
            declared_count=optional(st.integers(0, 10**6)),
            comments=tuples(comments()),
            paginated=st.booleans(),
            span=optional(spans()),
        ),
        boilerplate=tuples(
            st.builds(Block, text=texts(), reason=st.sampled_from(BlockReason), span=spans())
        ),
        diagnostics=tuples(
            st.builds(
                Diagnostic,
                code=texts(),
                message=texts(),
                span=optional(spans()),
                severity=st.sampled_from(Severity),
            )
        ),
        byline=optional(texts()),
        published=optional(aware_datetimes()),
        url=optional(texts()),
    )


@given(articles())
def test_every_article_round_trips(article: Article) -> None:
    text = to_json(article)
    assert from_json(text) == article
    # Equal datetimes may differ in offset, so the texts are compared too.
    assert to_json(from_json(text.encode("utf-8"))) == text


# --- reading errors --------------------------------------------------------------

_DELETE = object()


def edited(*path: str | int, value: object = _DELETE) -> str:
    """Return the JSON of FULL_ARTICLE with the value at ``path`` replaced or deleted."""
    document = json.loads(to_json(FULL_ARTICLE))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if value is _DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return json.dumps(document, ensure_ascii=False)


REPLY = ("comments", "comments", 0, "replies", 1)

ERROR_CASES = [
    # JSON text, where, part of the reason
    ("", "$", "not valid JSON: Expecting value at line 1 column 1"),
    ('{"schema_version": 1,\n "site": }', "$", "at line 2 column 10"),
    ('{"schema_version": 1, "site": NaN}', "$", "NaN is not a JSON number"),
    ('{"schema_version": 1, "site": "a", "site": "b"}', "$", 'duplicate key "site"'),
    ("[" * 100_000, "$", "nested too deeply"),
    ("[1, 2]", "$", "expected an object, got an array"),
    ('"article"', "$", 'expected an object, got string "article"'),
    ("{}", "$.schema_version", "missing; expected 1"),
    ('{"schema_version": 7}', "$.schema_version", "expected 1, got 7"),
    ('{"schema_version": "1"}', "$.schema_version", 'expected 1, got string "1"'),
    ('{"schema_version": true}', "$.schema_version", "expected 1, got true"),
    (edited("site"), "$.site", "missing"),
    (edited("site", value=3), "$.site", "expected a string, got number 3"),
    (edited("headline", value="Big"), "$.headline", 'expected an object or null, got string "Big"'),
    (edited("headline", "span"), "$.headline.span", "missing"),
    (edited("body", value="text"), "$.body", 'expected an array, got string "text"'),
    (edited("body", 1, "text", value=None), "$.body[1].text", "expected a string, got null"),
    (
        edited("quotes", 2, "kind", value="shout"),
        "$.quotes[2].kind",
        'unknown value string "shout"',
    ),
    (edited("quotes", 2, "kind", value=1), "$.quotes[2].kind", "got number 1"),
    (
        edited("boilerplate", 0, "reason", value="header"),
        "$.boilerplate[0].reason",
        '"site-header"',
    ),
    (edited("diagnostics", 1, "severity", value="WARNING"), "$.diagnostics[1].severity", "unknown"),
    (edited("comments", "paginated", value=1), "$.comments.paginated", "expected true or false"),
    (edited("comments", "declared_count", value=2.0), "$.comments.declared_count", "number 2.0"),
    (
        edited("comments", "declared_count", value="29"),
        "$.comments.declared_count",
        'expected an integer or null, got string "29"',
    ),
    (
        edited(*REPLY, "span", "start_line", value=0),
        "$.comments.comments[0].replies[1].span.start_line",
        "must be >= 1",
    ),
    (
        edited(*REPLY, "span", "end_line", value=25),
        "$.comments.comments[0].replies[1].span.end_line",
        "end_line 25 is before start_line 26",
    ),
    (
        edited(*REPLY, "span", "start_line", value=True),
        "$.comments.comments[0].replies[1].span.start_line",
        "expected an integer, got true",
    ),
    (
        edited(*REPLY, "replies", 0, "paragraphs", 1, value=7),
        "$.comments.comments[0].replies[1].replies[0].paragraphs[1]",
        "expected a string",
    ),
    (
        edited(*REPLY, "paragraphs", value="one"),
        "$.comments.comments[0].replies[1].paragraphs",
        "expected an array",
    ),
    (edited(*REPLY, "author"), "$.comments.comments[0].replies[1].author", "missing"),
    (
        edited(*REPLY, "span", "lines", value=1),
        "$.comments.comments[0].replies[1].span.lines",
        "unknown key; Span has start_line, end_line",
    ),
    (edited("extra key", value=1), '$["extra key"]', "unknown key; Article has site"),
    (edited("published", value="2024-03-01T08:00:00"), "$.published", "with a UTC offset"),
    (edited("published", value="2024-03-01"), "$.published", "not an ISO 8601 date-time"),
    (edited("published", value="2024-02-30T08:00:00Z"), "$.published", "not a valid date-time"),
    (edited("published", value=1709280000), "$.published", "got number 1709280000"),
    (edited("published", value="2024-03-01T08:00:00+05:75"), "$.published", "more than 59"),
    (
        edited("published", value="2024-03-01T08:00:00+24:00"),
        "$.published",
        "not a valid date-time",
    ),
    (
        to_json(FULL_ARTICLE).replace('"declared_count": 29', '"declared_count": ' + "9" * 5000),
        "$",
        "not valid JSON: Exceeds the limit",
    ),
    (
        edited("comments", "comments", 0, "posted", value="yesterday"),
        "$.comments.comments[0].posted",
        'not an ISO 8601 date-time with a UTC offset: string "yesterday"',
    ),
]


# The texts are too long to name the cases.
ERROR_IDS = [f"{where} {reason[:40]}" for _, where, reason in ERROR_CASES]


@pytest.mark.parametrize(("text", "where", "reason"), ERROR_CASES, ids=ERROR_IDS)
def test_bad_json_is_refused_with_its_path(text: str, where: str, reason: str) -> None:
    with pytest.raises(SchemaError) as caught:
        from_json(text)
    assert caught.value.where == where
    assert reason in caught.value.reason


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["text", "span", "x", "start_line"]), children, max_size=3
        )
    ),
    max_leaves=8,
)


@st.composite
def damaged_documents(draw: st.DrawFn) -> Any:
    """FULL_ARTICLE's JSON with one value, anywhere in it, replaced by any JSON value."""
    document = json.loads(to_json(FULL_ARTICLE))
    parent: Any = None
    key: Any = None
    node = document
    while isinstance(node, (dict, list)) and node and draw(st.integers(0, 3)):
        parent = node
        key = draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
        node = node[key]
    if parent is None:
        return draw(JSON_VALUES)
    parent[key] = draw(JSON_VALUES)
    return document


@given(damaged_documents())
def test_from_json_returns_an_article_or_raises_schema_error(document: Any) -> None:
    try:
        article = from_json(json.dumps(document))
    except SchemaError:
        return  # refusing is right; any other exception is the bug
    assert from_json(to_json(article)) == article


def test_reply_chains_too_deep_to_read_are_refused() -> None:
    # Built as text: json.dumps would hit the recursion limit before from_json does.
    reply = json.dumps(json.loads(to_json(FULL_ARTICLE))["comments"]["comments"][1])
    head, tail = reply.split('"replies": []')
    replies = "[]"
    for _ in range(450):
        replies = f'[{head}"replies": {replies}{tail}]'
    document = to_json(EMPTY_ARTICLE).replace('"comments": []', f'"comments": {replies}')
    with pytest.raises(SchemaError, match="nested too deeply"):
        from_json(document)


def test_reply_chains_too_deep_to_write_are_refused() -> None:
    thread = comment(1)
    for _ in range(2_000):
        thread = comment(1, replies=(thread,))
    article = attrs.evolve(
        EMPTY_ARTICLE,
        comments=CommentSection(
            declared_count=None, comments=(thread,), paginated=False, span=None
        ),
    )
    with pytest.raises(SchemaError, match="nested too deeply to write"):
        to_json(article)


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(SchemaError, match=r"^\$: not UTF-8: invalid start byte at byte 1"):
        from_json(b"{\xff}")


def test_z_offset_and_millisecond_fractions_are_read() -> None:
    article = from_json(edited("published", value="2024-03-01T08:00:00.250Z"))
    assert article.published == datetime(2024, 3, 1, 8, 0, 0, 250_000, tzinfo=UTC)


# --- the JSON Schema -------------------------------------------------------------


def test_every_model_field_is_in_the_schema() -> None:
    schema: Any = article_schema()
    definitions = schema["$defs"]
    records = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
    assert Article in records
    for record in records:
        described = schema if record is Article else definitions.get(record.__name__)
        assert described is not None, f"{record.__name__} is a model but not in the schema"
        names = [field.name for field in attrs.fields(record)]
        properties = [name for name in described["properties"] if name != "schema_version"]
        assert properties == names, f"the schema of {record.__name__} lacks a field"
    for name, definition in definitions.items():
        if "enum" in definition:
            assert definition["enum"] == [member.value for member in getattr(models, name)]


def test_example_in_the_docs_reads() -> None:
    example = re.search(r"```json\n(.*?)```", JSON_DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert example is not None, f"{JSON_DOC} has no json example"
    article = from_json(example.group(1))
    assert json.loads(to_json(article)) == json.loads(example.group(1))


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == article_schema(), (
        f"{SCHEMA_FILE.relative_to(ROOT)} is stale; regenerate it with "
        "`newsparse schema > docs/schema/article.schema.json`"
    )


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = article_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("article", HAND_MADE)
def test_output_is_valid_under_the_schema(validator: Any, article: Article) -> None:
    validator.validate(json.loads(to_json(article)))


@given(articles())
def test_generated_output_is_valid_under_the_schema(validator: Any, article: Article) -> None:
    validator.validate(json.loads(to_json(article)))


# What JSON Schema cannot state, or what json.loads hides from it.
SCHEMA_CANNOT_SEE = (
    "is before start_line",
    "not a valid date-time",
    "more than 59",
    "duplicate key",
    "number 2.0",
)


@pytest.mark.parametrize(("text", "where", "reason"), ERROR_CASES, ids=ERROR_IDS)
def test_schema_refuses_what_from_json_refuses(
    validator: Any, text: str, where: str, reason: str
) -> None:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        pytest.skip("not JSON at all")
    if any(blind_spot in reason for blind_spot in SCHEMA_CANNOT_SEE):
        pytest.skip("JSON Schema cannot state this rule")
    assert not validator.is_valid(document)
