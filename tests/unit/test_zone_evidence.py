"""``block_evidence``: what the HTML tells about each block, summed up from its lines."""

from __future__ import annotations

from newsparse._page import Lines
from newsparse._pipeline.html import Container, LineEvidence, html_to_page
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.zones.evidence import block_evidence


def test_link_density_weighs_each_line_by_its_length() -> None:
    short, long = "Read more", "A much longer line of words"
    lines = Lines.from_text(f"{short}\n{long}")
    evidence = (LineEvidence(tag="div", link_density=1.0), LineEvidence(tag="div"))
    (found,) = block_evidence(split_blocks(lines), evidence)
    assert found.link_density == len(short) / (len(short) + len(long))


def test_a_block_stands_where_its_first_line_stands() -> None:
    page = html_to_page("<nav><a href=/>Home</a></nav><article><p>Words here.</p></article>")
    found = block_evidence(split_blocks(Lines.from_text(page.text)), page.evidence)
    assert [(f.tag, f.chrome, f.content) for f in found] == [
        ("nav", True, False),
        ("p", False, True),
    ]
    assert Container.NAV in found[0].containers
