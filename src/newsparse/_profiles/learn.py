"""Learn a site's template from pages of the site: :func:`learn_profile`.

Each page is read with the generic adapter (:mod:`.pages`). A block whose
shape (:mod:`.shapes`: numbers, dates and the page's own title made slots)
stands on enough of the pages is part of the site's template: no article
sentence or reader comment is written twice, so nothing of one page's own
text is learned. Each template block is placed on every page it stands on
(:mod:`.placement`); the zone most of its places suggest becomes its zone,
and its shape an anchored pattern for that zone. The most widespread
one-line blocks become the signatures that detect the site.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from newsparse._pipeline.zones.patterns import MAX_CHARS, pattern_label
from newsparse._profiles.pages import PageBlock, read_page
from newsparse._profiles.placement import Region, find_landmarks, region_of, zone_of
from newsparse._profiles.shapes import Shape, Slot
from newsparse._profiles.titles import listed_titles, page_shapes
from newsparse.adapters import GENERIC, Adapter, compile_patterns
from newsparse.errors import AdapterError
from newsparse.models import Zone

__all__ = ["DEFAULT_SHARE", "MIN_PAGES", "Profile", "learn_adapter", "learn_profile"]

#: The fewest pages a profile is learned from: a line must repeat to be learned.
MIN_PAGES = 2
#: A block is part of the template when it stands on this share of the pages (and on two).
DEFAULT_SHARE = 0.2

# The Adapter field of each zone a learned pattern can have.
_FIELD_OF_ZONE = {
    Zone.SITE_HEADER: "site_header",
    Zone.PROMO: "promo",
    Zone.COMMENTS_HEADING: "comments_heading",
    Zone.COMMENT_NOISE: "comment_noise",
    Zone.PAGINATION: "pagination",
    Zone.COMMENT_FORM: "comment_form",
    Zone.TRACKBACKS: "trackbacks",
    Zone.FOOTER: "footer",
    Zone.BYLINE: "byline",
}
# When places disagree and counts tie, the zone that does least harm wins:
# a footer or a comments heading bounds the comments, so they come last.
_TIE_ORDER = (
    Zone.COMMENT_NOISE,
    Zone.COMMENT_FORM,
    Zone.PAGINATION,
    Zone.SITE_HEADER,
    Zone.PROMO,
    Zone.BYLINE,
    Zone.TRACKBACKS,
    Zone.FOOTER,
    Zone.COMMENTS_HEADING,
)
# Zones that stand before or among the comments: a block given one of them
# on any page is no footer, which would end the comments above it.
_NOT_AFTER = frozenset({Zone.PROMO, Zone.COMMENT_NOISE, Zone.COMMENTS_HEADING, Zone.BYLINE})
# A block of pictures only: "[IMG_0412] [IMG_0413]"
_PICTURES = re.compile(r"^(?:\[[^\]]*\]\s*)+$")
# The places at the foot of a page, where its footer stands.
_PAGE_END = frozenset({Region.AFTER_COMMENTS, Region.AFTER_ARTICLE})
# How many signatures to keep, and the fewest letters one must have.
_SIGNATURES = 5
_SIGNATURE_LETTERS = 6


class Profile(NamedTuple):
    """A learned adapter, and for each of its patterns a note of the evidence.

    Attributes:
        adapter: The learned adapter.
        notes: By pattern source, where and on how many pages the learner saw it.
    """

    adapter: Adapter
    notes: dict[str, str]


class _Sighting(NamedTuple):
    """A template shape's places: the zone each suggests, where it stood, on how many pages."""

    zones: Counter[Zone]
    regions: Counter[Region]
    pages: int
    position: float  # mean place on its pages, from 0 (top) to 1 (bottom)
    line: str | None  # "plain" or "bullet" when it is one such line every time, else None


def learn_profile(
    pages: Sequence[str], *, name: str, description: str = "", share: float = DEFAULT_SHARE
) -> Profile:
    r"""Learn a site's adapter from the text of some of its pages.

    Args:
        pages: The text of each page (at least :data:`MIN_PAGES`; three or more
            to tell a template line from a chance repeat).
        name: The adapter's name.
        description: Its description; by default one that says how it was made.
        share: The share of the pages a block must stand on to be learned
            (and always on two pages at least).

    Returns:
        The adapter and the evidence for each of its patterns.

    Raises:
        AdapterError: With fewer than :data:`MIN_PAGES` pages.

    Example:
        >>> page = "Gazette\n\n{title}\n\n{text}\n\nGazette House, Quay Street"
        >>> pages = [
        ...     page.format(title="Bridge reopens", text="The bridge reopened on Monday, we hear."),
        ...     page.format(title="Ferry delayed", text="High winds kept the ferry in all day."),
        ...     page.format(title="Pier sold", text="The council sold the pier to a local trust."),
        ... ]
        >>> adapter = learn_profile(pages, name="gazette").adapter
        >>> [p.pattern for p in adapter.site_header], [p.pattern for p in adapter.footer]
        (['^Gazette$'], ['^Gazette House, Quay Street$'])
    """
    if len(pages) < MIN_PAGES:
        raise AdapterError(name, f"needs {MIN_PAGES} pages or more to learn from, got {len(pages)}")
    layouts = [read_page(text) for text in pages]
    shapes = page_shapes(layouts)
    need = max(MIN_PAGES, math.ceil(share * len(pages)))
    frequency = Counter(shape for page in shapes for shape in set(page))
    template = {shape for shape, count in frequency.items() if count >= need}
    listed = listed_titles(layouts, shapes)  # not page text, but never to be learned
    sightings = {
        shape: sighting
        for shape, sighting in _sightings(layouts, shapes, template).items()
        if shape not in listed
    }
    fields: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, str] = {}
    for shape, sighting in sorted(sightings.items(), key=lambda item: item[1].position):
        zone = _decide(sighting.zones)
        if not _learnable(shape):
            continue
        source = shape.pattern(count=zone is Zone.COMMENTS_HEADING)
        if source not in notes:
            fields[_FIELD_OF_ZONE[zone]].append(source)
            notes[source] = _note(sighting, len(pages))
    signatures = _signature_patterns(sightings)
    for signature, shape in signatures.items():
        notes.setdefault(signature, _note(sightings[shape], len(pages)))
    patterns: dict[str, Any] = {
        field: compile_patterns(*sources) for field, sources in fields.items()
    }
    adapter = Adapter(
        name=name,
        description=description or f"Learned from {len(pages)} pages by newsparse profile",
        signatures=compile_patterns(*signatures),
        **patterns,
    )
    return Profile(adapter, notes)


def learn_adapter(
    pages: Sequence[str], *, name: str, description: str = "", share: float = DEFAULT_SHARE
) -> Adapter:
    """Return the adapter :func:`learn_profile` learns, without its notes."""
    return learn_profile(pages, name=name, description=description, share=share).adapter


def _sightings(
    layouts: Sequence[Sequence[PageBlock]], shapes: Sequence[Sequence[Shape]], template: set[Shape]
) -> dict[Shape, _Sighting]:
    """Place every template shape on every page it stands on.

    A shape that stands inside the article on any page is left out: it is
    the article's own furniture (see :func:`.placement.zone_of`).
    """
    zones: dict[Shape, Counter[Zone]] = defaultdict(Counter)
    regions: dict[Shape, Counter[Region]] = defaultdict(Counter)
    pages: Counter[Shape] = Counter()
    places: dict[Shape, list[float]] = defaultdict(list)
    lines: dict[Shape, set[str]] = defaultdict(set)
    inside: set[Shape] = set()
    for blocks, page in zip(layouts, shapes, strict=True):
        mask = [shape in template for shape in page]
        landmarks = find_landmarks(blocks, mask)
        pages.update(set(page) & template)
        for index, (block, shape) in enumerate(zip(blocks, page, strict=True)):
            if not mask[index]:
                continue
            places[shape].append(index / max(1, len(blocks) - 1))
            lines[shape].add("many" if block.lines > 1 else "bullet" if block.bullet else "plain")
            region = None if landmarks is None else region_of(index, landmarks)
            if region is Region.IN_ARTICLE:
                inside.add(shape)
            zone = None if region is None else zone_of(block, shape, region)
            if region is not None and zone is not None:
                regions[shape][region] += 1
                zones[shape][zone] += 1
    return {
        shape: _Sighting(
            zones=zones[shape],
            regions=regions[shape],
            pages=pages[shape],
            position=sum(places[shape]) / len(places[shape]),
            line=_one_kind(lines[shape]),
        )
        for shape in template - inside
        if zones[shape]
    }


def _one_kind(kinds: set[str]) -> str | None:
    """Return "plain" or "bullet" when a shape was always one line of that kind."""
    return next(iter(kinds)) if len(kinds) == 1 and "many" not in kinds else None


def _decide(zones: Counter[Zone]) -> Zone:
    """Return the zone most places suggest; never a footer if any place is before the end.

    A block that ends pages without comments as well as pages with them is
    the site's footer, though on the pages with comments it stood in what
    the generic adapter read as their thread.
    """
    if Zone.FOOTER in zones and set(zones) <= {Zone.FOOTER, Zone.COMMENT_FORM}:
        return Zone.FOOTER
    ranked = sorted(zones, key=lambda zone: (-zones[zone], _TIE_ORDER.index(zone)))
    if ranked[0] is Zone.FOOTER and _NOT_AFTER.intersection(zones):
        return ranked[1]
    return ranked[0]


def _learnable(shape: Shape) -> bool:
    """Whether a shape makes a pattern: short enough to be matched, specific enough to be safe."""
    literal = shape.literal()
    if len(shape.text) > MAX_CHARS or len(literal.replace(" ", "")) < 3:
        return False
    if shape.general and _PICTURES.match(shape.text):
        return False  # "[IMG_0412]": the article's own photographs, named by a camera
    letters = sum(character.isalpha() for character in literal)
    return letters >= 4 or Slot.TITLE not in shape.parts


def _signatures(sightings: dict[Shape, _Sighting]) -> list[Shape]:
    """Return the one-line template shapes that best tell the site's pages from others.

    Those seen on the most pages come first, then those of the masthead and
    the footer, then literal ones before general ones, longer before shorter.
    Lines that the generic adapter's patterns know are left out: many sites
    print them ("Leave a Reply", "Powered by WordPress").
    """
    candidates = [
        shape
        for shape, sighting in sightings.items()
        if sighting.line is not None
        and Slot.TITLE not in shape.parts
        and sum(character.isalpha() for character in shape.literal()) >= _SIGNATURE_LETTERS
        and len(shape.text) <= MAX_CHARS
        and pattern_label(GENERIC, shape.text) is None
    ]

    def rank(shape: Shape) -> tuple[int, int, bool, int, str]:
        sighting = sightings[shape]
        place = sighting.regions.most_common(1)[0][0] if sighting.regions else None
        edge = 0 if place is Region.TOP else 1 if place in _PAGE_END else 2
        return (-sighting.pages, edge, shape.general, -len(shape.literal()), shape.text)

    return sorted(candidates, key=rank)[:_SIGNATURES]


def _signature_patterns(sightings: dict[Shape, _Sighting]) -> dict[str, Shape]:
    """Return the signature patterns, with the shape each was made from."""
    found = {}
    for shape in _signatures(sightings):
        signature = shape.pattern()
        if sightings[shape].line == "bullet":  # a page's line keeps its bullet: "• Home"
            signature = r"^\S " + signature[1:]
        found[signature] = shape
    return found


def _note(sighting: _Sighting, pages: int) -> str:
    place = sighting.regions.most_common(1)[0][0].value if sighting.regions else "placed nowhere"
    return f"{sighting.pages} of {pages} pages, {place}"
