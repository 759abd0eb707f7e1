"""Types a user's checker sees; mypy checks this file, pytest never runs it."""

from __future__ import annotations

from datetime import datetime
from typing import assert_type

import newsparse
from newsparse import Article, Comment, CommentSection, Diagnostic, Quote, Span

article = newsparse.parse("Title\n\nSome words here.")
assert_type(article, Article)
assert_type(newsparse.parse_file("page.txt", site="pulse"), Article)
assert_type(newsparse.parse_html(b"<p>x</p>", url="https://example.com/a"), Article)
assert_type(newsparse.parse_html("<p>x</p>", site="pulse"), Article)
assert_type(newsparse.to_json(article, indent=2), str)
assert_type(newsparse.from_json(b"{}"), Article)
assert_type(article.headline.text if article.headline else None, str | None)
assert_type(article.comments, CommentSection)
assert_type(article.comments.comments, tuple[Comment, ...])
assert_type(article.comments.walk(), tuple[Comment, ...])
assert_type(article.quotes, tuple[Quote, ...])
assert_type(article.diagnostics, tuple[Diagnostic, ...])
assert_type(article.published, datetime | None)
assert_type(article.paragraphs[0].span, Span)
assert_type(newsparse.adapters(), list[newsparse.Adapter])
assert_type(newsparse.InputError("p", "r").path, str | None)
