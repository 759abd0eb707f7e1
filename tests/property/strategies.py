"""Strategies the property tests share: texts made of boilerplate lines."""

from __future__ import annotations

from hypothesis import strategies as st

# Lines that steer layout detection: site header, headings, bullets, widgets,
# footers, quotes that never close, blank and white-space-only lines.
BOILERPLATE_LINES = (
    "This site is intended for health professionals only",
    "At the heart of general practice since 1960",
    "pul jul aug2020 cover 80x101px",
    "Read the latest issue online",
    "pulse june2020 80x101px Read the latest issue online",
    "Independents' Day",
    "Readers' comments (3)",
    "Readers' comments (0)",
    "Readers' comments",
    "Comments (1,204)",
    "12 Comments",
    "• A comment in a bullet.",
    "•",
    "• ",
    "- a dash item",
    "* a star item",
    "Unsuitable or offensive? Report this comment",
    "Report this comment",
    "Reply",
    "Like Reply Report",
    "▲ 5 ▼",
    "View results 10 results per page20 results per page50 results per page",
    "Page 2 of 5",
    "Load more comments",
    "Leave a Reply",
    "Name (required)",
    "[Submit]",
    "Have your say",
    "© 2024 Example Media. All rights reserved",
    "Privacy policy | Terms of use | Contact us",
    "By Jane Smith, Health Reporter",
    "Skip to main content",
    "Home | News | Sport | Weather",
    "Advertisement",
    "READ MORE: Another story entirely",
    "Jane Smith says:",
    "jsmith wrote...",
    "Storm Hits Town",
    "Roofs were torn off across the town overnight, the council said.",
    "He said: ‘It is ‘nested’ and “double” quoted, and it runs on.",
    "‘A quote that opens and never closes",
    "’Tis a typo’d opener, he said.’",
    "",
    " ",
    "\u00a0",
    "\t",
    "\u200b",
)
_INDENTS = ("", "", "  ", "    ", "      ", "        ", "\t", "\u00a0")
_ENDS = ("", "", " ", "\u00a0", "  \u00a0")


def boilerplate_texts(max_lines: int = 80) -> st.SearchStrategy[str]:
    """Return texts whose lines are boilerplate lines, indented and padded at random."""
    line = st.tuples(
        st.sampled_from(_INDENTS), st.sampled_from(BOILERPLATE_LINES), st.sampled_from(_ENDS)
    ).map("".join)
    return st.lists(line, max_size=max_lines).map("\n".join)
