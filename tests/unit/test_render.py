from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import attrs
import pytest

import newsparse
from newsparse.formats._render import to_markdown, to_text
from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
)

Renderer = Callable[[Article], str]


def span(line: int) -> Span:
    return Span(start_line=line, end_line=line)


def comment(
    text: str,
    *,
    author: str | None = None,
    posted_text: str | None = None,
    replies: tuple[Comment, ...] = (),
) -> Comment:
    paragraphs = tuple(text.split("\n\n"))
    return Comment(
        author=author,
        text=text,
        paragraphs=paragraphs,
        posted=None,
        posted_text=posted_text,
        score=None,
        replies=replies,
        span=span(40),
    )


ARTICLE = Article(
    site="generic",
    headline=Headline(text="Council ‘will not’ close the pool", span=span(3)),
    standfirst=Paragraph(text="The pool stays open, the leader said.", span=span(5)),
    body=(
        Paragraph(text="Ms Ann Lee said: ‘We listened.’", span=span(7)),
        Paragraph(text="Work starts in May.", span=span(9)),
    ),
    quotes=(
        Quote(text="will not", speaker=None, kind=QuoteKind.SCARE, cue=None, span=span(3)),
        Quote(
            text="We listened.",
            speaker="Ms Ann Lee",
            kind=QuoteKind.SPEECH,
            cue="said",
            span=span(7),
        ),
    ),
    speakers=(),
    comments=CommentSection(
        declared_count=5,
        comments=(
            comment(
                "Good news.\n\nAt last.",
                author="swimmer_1",
                posted_text="2 June 2021",
                replies=(comment("Agreed.", author="Bo", replies=(comment("Me too."),)),),
            ),
            comment("Too late\nfor us.", author="Old Timer"),
        ),
        paginated=True,
        span=Span(start_line=12, end_line=40),
    ),
    boilerplate=(Block(text="Have your say", reason=BlockReason.FOOTER, span=span(50)),),
    diagnostics=(),
    byline="By Jo Park",
    published=datetime(2021, 6, 1, 9, 30, tzinfo=UTC),
)

EXPECTED_MARKDOWN = """\
# Council ‘will not’ close the pool

By Jo Park · 2021-06-01T09:30:00+00:00

*The pool stays open, the leader said.*

Ms Ann Lee said: ‘We listened.’

Work starts in May.

## Quotes

- “will not” — scare
- “We listened.” — Ms Ann Lee, speech

## Comments (4/5)

> **swimmer\\_1** · 2 June 2021
>
> Good news.
>
> At last.
>
> > **Bo**
> >
> > Agreed.
> >
> > > Me too.

> **Old Timer**
>
> Too late
> for us.
"""

EXPECTED_TEXT = """\
Council ‘will not’ close the pool
=================================

By Jo Park · 2021-06-01T09:30:00+00:00

The pool stays open, the leader said.

Ms Ann Lee said: ‘We listened.’

Work starts in May.

Quotes
------

- “will not” — scare
- “We listened.” — Ms Ann Lee, speech

Comments (4/5)
--------------

- swimmer_1 · 2 June 2021
  Good news.

  At last.

    - Bo
      Agreed.

        - Me too.

- Old Timer
  Too late
  for us.
"""


def test_markdown_of_a_full_article() -> None:
    assert to_markdown(ARTICLE) == EXPECTED_MARKDOWN


def test_text_of_a_full_article() -> None:
    assert to_text(ARTICLE) == EXPECTED_TEXT


@pytest.mark.parametrize("render", [to_markdown, to_text])
def test_boilerplate_and_diagnostics_are_left_out(render: Renderer) -> None:
    assert "Have your say" not in render(ARTICLE)


@pytest.mark.parametrize("render", [to_markdown, to_text])
def test_sections_without_content_are_left_out(render: Renderer) -> None:
    bare = attrs.evolve(
        ARTICLE, quotes=(), comments=CommentSection.empty(), byline=None, published=None
    )
    output = render(bare)
    assert "Quotes" not in output
    assert "Comments" not in output
    assert "Jo Park" not in output


@pytest.mark.parametrize("render", [to_markdown, to_text])
def test_an_empty_article_renders_as_nothing(render: Renderer) -> None:
    empty = newsparse.parse("")
    assert render(attrs.evolve(empty, headline=None, standfirst=None, body=())) == ""


def test_comments_count_without_declared_total() -> None:
    section = attrs.evolve(ARTICLE.comments, declared_count=None)
    article = attrs.evolve(ARTICLE, comments=section)
    assert "## Comments (4)\n" in to_markdown(article)
    assert "Comments (4)\n------" in to_text(article)


def test_declared_comments_none_shown() -> None:
    section = CommentSection(declared_count=3, comments=(), paginated=True, span=span(20))
    assert to_markdown(attrs.evolve(ARTICLE, comments=section)).endswith("## Comments (0/3)\n")


def test_markdown_escapes_markup_in_page_text() -> None:
    body = (
        Paragraph(text="# not a heading, *not* bold, [not](a link) <b>", span=span(7)),
        Paragraph(text="1. not a list", span=span(9)),
        Paragraph(text="- nor this", span=span(11)),
    )
    rendered = to_markdown(attrs.evolve(ARTICLE, body=body))
    assert "\\# not a heading, \\*not\\* bold, \\[not\\](a link) \\<b>" in rendered
    assert "\n1\\. not a list\n" in rendered
    assert "\n\\- nor this\n" in rendered


def test_text_keeps_page_text_as_typed() -> None:
    body = (Paragraph(text="# *as* [typed] <b>", span=span(7)),)
    assert "\n# *as* [typed] <b>\n" in to_text(attrs.evolve(ARTICLE, body=body))


def test_renderings_are_deterministic() -> None:
    copy = attrs.evolve(ARTICLE)
    assert to_markdown(copy) == to_markdown(ARTICLE)
    assert to_text(copy) == to_text(ARTICLE)
