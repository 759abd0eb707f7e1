"""Stage 6: split the comment zone into comments and replies (see :mod:`.section`)."""

from __future__ import annotations

from newsparse._pipeline.comments.section import MAX_DEPTH, declared_count, parse_comments

__all__ = ["MAX_DEPTH", "declared_count", "parse_comments"]
