from __future__ import annotations

import newsparse
from newsparse._page import Line, Lines
from newsparse._pipeline.assemble import side_blocks
from newsparse._pipeline.text.columns import split_columns
from newsparse.models import BlockReason, Zone
from newsparse.testing import assert_nothing_lost

WIDTH = 90  # where the side column starts in these pages
PROSE = [
    "The ferry left the harbour an hour late because of the fog.",
    "Nobody on the quay seemed to mind the wait very much at all.",
    "",
    "A gull took a chip from a tourist and the crowd applauded it.",
    "",
    "By noon the fog had lifted and the island came into view again.",
    "The captain said the crossing had been the calmest of the year.",
    "",
    "Tickets for the evening sailing sold out within the hour, then.",
    "",
    "The harbour master promised a second boat for the weekend crowd.",
    "She said the timetable would be printed in Friday's paper too.",
]
SIDEBAR = ["Archives", "□ May 2012", "", "□ April 2012", "□ March 2012", "Tags", "Ferries"]
SIDEBAR += ["Fog", "Gulls", "", "Blogroll", "□ Quay Watch"]


def beside(main: list[str], side: list[str], width: int = WIDTH) -> list[str]:
    """Print two columns side by side, as w3m prints a layout table."""
    rows = []
    for index in range(max(len(main), len(side))):
        left = main[index] if index < len(main) else ""
        right = side[index] if index < len(side) else ""
        rows.append(f"{left:<{width}}{right}".rstrip() if right else left)
    return rows


def split(rows: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    columns = split_columns(Lines.from_text("\n".join(rows)))
    return [line.text for line in columns.main], [(s.number, s.text) for s in columns.side]


def test_a_sidebar_beside_prose_is_split_off() -> None:
    main, side = split(beside(PROSE, SIDEBAR))
    assert main == PROSE
    assert side == [(n, t) for n, t in enumerate(SIDEBAR, start=1) if t]


def test_side_lines_keep_their_line_numbers() -> None:
    columns = split_columns(Lines.from_text("\n".join(beside(PROSE, ["  • Archives"] * 12))))
    assert [line.number for line in columns.side] == list(range(1, 13))
    assert [line.text for line in columns.side] == ["• Archives"] * 12


def test_a_sidebar_that_outlasts_the_main_column_goes_with_it() -> None:
    rows = beside(PROSE, SIDEBAR + ["□ Links", "□ About", "□ Contact"] * 3)
    main, side = split([*rows, "", "Copyright the Island Post"])
    assert main[len(PROSE) :] == [""] * (len(rows) - len(PROSE)) + ["", "Copyright the Island Post"]
    assert side[-1] == (len(rows), "□ Contact")


def test_a_sidebar_on_the_left_is_split_off_and_the_main_column_keeps_its_place() -> None:
    nav = ["Home", "News", "", "Sport", "Weather", "Travel", "Letters", "Archive", "Tides", "About"]
    nav += ["Jobs", "Contact"]
    rows = beside(nav, PROSE, width=20)
    columns = split_columns(Lines.from_text("\n".join(rows)))
    assert [line.text for line in columns.main] == PROSE
    assert columns.main[0].indent == 20
    assert [line.text for line in columns.side] == [item for item in nav if item]


def test_a_run_goes_on_over_side_lines_with_a_narrow_gap() -> None:
    rows = beside(PROSE, SIDEBAR)
    narrow = f"{'━' * (WIDTH - 3)}   Subscribe by e-mail"
    main, side = split([*rows, narrow, " " * WIDTH + "read more"])
    assert main[-2:] == ["━" * (WIDTH - 3), ""]
    assert side[-2:] == [(len(rows) + 1, "Subscribe by e-mail"), (len(rows) + 2, "read more")]


def test_a_left_column_taking_turns_with_the_main_one_is_split_off() -> None:
    # No line holds both columns: the sidebar's items fall between the
    # main column's lines, which all start at one indent.
    nav = ["Blog", "Books", "Essays", "News", "Audio", "Talks", "Software", "About", "Contact"]
    rows = []
    for item, text in zip(nav, PROSE * 2, strict=False):
        rows += [" " * 25 + (text or "━" * 30), f"{item:<30}"]
    rows.append(" " * 25 + PROSE[0])
    columns = split_columns(Lines.from_text("\n".join(rows)))
    assert [line.text for line in columns.side] == nav
    assert [line.text for line in columns.main if line.text] == [row.strip() for row in rows[::2]]


def test_a_left_column_with_runs_of_lines_and_bullets_left_of_the_text() -> None:
    # The sidebar takes a few lines at a time; the main column's bullets
    # stand two columns left of its text.
    blurb = ["My name is Ann and I write", "about the town's", "library and bins."]
    rows = []
    for turn, text in enumerate(PROSE[:8] * 2):
        main = " " * 30 + ("• " if turn % 3 == 0 else "  ") + (text or "━" * 30)
        rows += [main, *(blurb[: 1 + turn % 3] if turn % 2 == 0 else [])]
    columns = split_columns(Lines.from_text("\n".join(rows)))
    assert {line.text for line in columns.side} == set(blurb)
    assert all(line.indent >= 30 for line in columns.main if line.text)


def test_short_lines_between_indented_ones_need_many_turns() -> None:
    rows = []
    for turn, text in enumerate(PROSE[:10]):
        rows += [" " * 25 + (text or "━" * 30), *(["Books"] if turn < 5 else [])]
    assert split(rows)[1] == []
    rows.insert(12, "Books")  # the sixth turn
    assert split(rows)[1] != []


def test_a_full_width_line_ends_the_run() -> None:
    across = "A paragraph printed across the whole width " * 3
    rows = beside(PROSE, SIDEBAR)
    assert split(rows)[1] != []  # one run of side-by-side lines ...
    main, side = split([*rows[:6], across, *rows[6:]])
    assert side == []  # ... cut in two too short to count
    assert main[6] == across.strip()


def test_too_few_lines_are_no_column() -> None:
    assert split(beside(PROSE[:7], SIDEBAR[:7]))[1] == []


def test_lines_far_apart_are_no_column() -> None:
    spaced = [row for line in beside(PROSE, SIDEBAR) for row in (line, "", "", "", "", "", "", "")]
    assert split(spaced)[1] == []


def test_wide_gaps_at_changing_places_are_no_column() -> None:
    words = "the tide came in over the sand and the gulls went up "
    text = "\n".join(f"{words[: 6 * n]}gap{' ' * 12}{words}" for n in range(20))
    assert split_columns(Lines.from_text(text)).side == ()


def test_two_columns_of_short_items_are_no_column() -> None:
    # A table of figures: neither side holds prose.
    rows = beside([f"Team {n}" for n in range(12)], [f"{n * 3} points" for n in range(12)], 30)
    assert split(rows)[1] == []


def test_form_boxes_and_drawn_tables_are_no_column() -> None:
    boxes = [f"[{' ' * 40}]" for _ in range(12)]
    drawn = [f"│{text:<70}│{n:<5}│" for n, text in enumerate(PROSE)]
    assert split(boxes)[1] == []
    assert split(drawn)[1] == []


def test_side_blocks_group_consecutive_lines() -> None:
    side = [Line.of(3, "Archives"), Line.of(4, "  □ May"), Line.of(7, "Tags")]
    blocks = side_blocks(side)
    assert [(b.text, b.span.start_line, b.span.end_line) for b in blocks] == [
        ("Archives\n□ May", 3, 4),
        ("Tags", 7, 7),
    ]
    assert {b.reason for b in blocks} == {BlockReason.SIDE_COLUMN}


COMMENTS = [
    "Ferry runs late again",
    "",
    "The morning ferry left an hour late on Tuesday because of thick fog in the bay.",
    "",
    "Passengers waited on the quay while the crew checked the radar twice over.",
    "",
    "2 Responses",
    "",
    "Ann Lee says:",
    "March 3, 2012 at 4:15 pm",
    "",
    "I was on that boat and the crew were calm and kind to everyone waiting.",
    "",
    "Reply",
    "",
    "Bo Tran says:",
    "March 3, 2012 at 5:02 pm",
    "",
    "Same again on Wednesday, but nobody minded the wait in the sunshine.",
    "",
    "Reply",
]


def test_parse_keeps_the_sidebar_out_of_the_comments() -> None:
    side = ["Recent posts", "□ Tide tables", "□ Harbour news", "", "□ Fog again", "Archives"]
    side += ["□ May 2012", "□ April 2012", "", "□ March 2012", "Tags", "□ ferries", "", "□ fog"]
    side += ["Blogroll", "□ Island Post", "□ Quay Watch", "", "□ Sea Notes", "", "□ Gulls"]
    text = "\n".join(beside(COMMENTS, side))
    article = newsparse.parse(text)
    assert [(c.author, c.text) for c in article.comments.walk()] == [
        ("Ann Lee", COMMENTS[11]),
        ("Bo Tran", COMMENTS[18]),
    ]
    sidebar = [b for b in article.boilerplate if b.reason is BlockReason.SIDE_COLUMN]
    assert "\n".join(b.text for b in sidebar) == "\n".join(item for item in side if item)
    assert_nothing_lost(text, article)
    assert newsparse.from_json(newsparse.to_json(article)) == article
    zones = {line.number: line.zone for line in newsparse.explain(text).lines}
    assert zones[2] is Zone.SIDE_COLUMN  # side text alone on its line
    assert zones[3] is Zone.STANDFIRST  # a line with both keeps its main column's zone
