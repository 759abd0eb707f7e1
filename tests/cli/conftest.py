"""Small invented pages for the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE = (
    "Daily Example — news for the valley\n"
    "\n"
    "Ferry service to resume after storm repairs\n"
    "\n"
    "The island ferry will sail again on Monday after three weeks of repairs"
    " to the harbour wall, the operator said.\n"
    "\n"
    "Engineers replaced forty metres of the wall, which was breached in the"
    " January storm, and the pier has been declared safe for passengers.\n"
    "\n"
    "Islanders had relied on a small launch for supplies while the ferry"
    " was out of service.\n"
)
HEADLINE = "Ferry service to resume after storm repairs"
OTHER_PAGE = (
    "Library opens its doors on Sundays\n"
    "\n"
    "The town library will open on Sunday afternoons from next month,"
    " the council announced on Tuesday.\n"
    "\n"
    "Volunteers will staff the reading room, and the children's section"
    " will host a story hour at three o'clock.\n"
)
# A PNG signature followed by NUL bytes: binary, not text.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def page_tree(tmp_path: Path) -> Path:
    """A directory of pages: nested, a file without suffix, hidden ones to skip."""
    root = tmp_path / "pages"
    (root / "b_sub" / "deeper").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    (root / "a.txt").write_text(PAGE, encoding="utf-8")
    (root / "b_sub" / "c.txt").write_text(OTHER_PAGE, encoding="utf-8")
    (root / "b_sub" / "deeper" / "d").write_text(PAGE, encoding="utf-8")
    (root / "z.txt").write_text(OTHER_PAGE, encoding="utf-8")
    (root / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    (root / ".hidden_dir" / "e.txt").write_text(PAGE, encoding="utf-8")
    return root
