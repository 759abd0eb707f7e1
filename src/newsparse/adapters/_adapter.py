"""The :class:`Adapter` record: a site layout described as data plus small hooks."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._page import Line, TextBlock
from newsparse.errors import AdapterError
from newsparse.models import Zone

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import PageMetadata

if TYPE_CHECKING:
    from newsparse._pipeline.zones.evidence import BlockEvidence

__all__ = [
    "GENERIC_RULE_NAMES",
    "Adapter",
    "AdapterRule",
    "Label",
    "Pattern",
    "ZoneContext",
    "ZoneRule",
    "compile_patterns",
]

#: A compiled line pattern: Python's ``re`` or the ``regex`` module's.
Pattern = re.Pattern[str] | regex.Pattern[str]


def compile_patterns(*sources: str) -> tuple[Pattern, ...]:
    r"""Compile line patterns (case-insensitive, matched against a block's cleaned text).

    A pattern anchored at the start (``^...``) is compiled with Python's
    :mod:`re` when it is valid there: ``re`` compiles several times faster,
    and matching at one place is as quick. Any other pattern, and one that
    uses syntax only the `regex <https://pypi.org/project/regex/>`_ module
    reads (``\p{Lu}``, set operations, fuzzy matching), is compiled with
    ``regex`` (``VERSION1``), whose search skips ahead to a literal where
    ``re`` tries every position of a case-insensitive pattern.

    Raises:
        regex.error: When a pattern is valid for neither.

    Example:
        >>> import re
        >>> [isinstance(p, re.Pattern) for p in compile_patterns(r"^Have your say$", r"per page")]
        [True, False]
        >>> compile_patterns(r"^\p{Lu}{2,}$")[0].match("NEWS") is not None
        True
    """
    return tuple(_compile(source) for source in sources)


# MULTILINE lets ``detect`` search a whole page at once; a block's text holds
# no newline, so it changes nothing when matching one block.
_RE_FLAGS = re.IGNORECASE | re.MULTILINE
_REGEX_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1


def _compile(source: str) -> Pattern:
    if not source.startswith("^"):
        return regex.compile(source, _REGEX_FLAGS)
    try:
        with warnings.catch_warnings():
            # re warns of "[[" and the like, which are sets of sets in regex's syntax
            warnings.simplefilter("error", FutureWarning)
            return re.compile(source, _RE_FLAGS)
    except (re.error, FutureWarning):
        return regex.compile(source, _REGEX_FLAGS)


@functools.lru_cache(maxsize=64)
def _page_searchers(patterns: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    """Return ``patterns`` as the ``regex`` module compiles them, to search a whole page.

    ``re`` tries a case-insensitive pattern at every position of a page;
    ``regex`` skips ahead to where its literal text could start.
    """
    return tuple(
        pattern
        if isinstance(pattern, regex.Pattern)
        else regex.compile(pattern.pattern, _REGEX_FLAGS)
        for pattern in patterns
    )


def _pattern_key(patterns: tuple[Pattern, ...]) -> tuple[tuple[str, int], ...]:
    # regex patterns compare by identity; adapters should compare by what they match.
    return tuple((pattern.pattern, pattern.flags) for pattern in patterns)


def _patterns() -> tuple[Pattern, ...]:
    return attrs.field(default=(), eq=_pattern_key)


@attrs.frozen(slots=True)
class Label:
    """The zone of a block, the name of the rule that chose it, and what the rule read.

    ``reason`` says in a few words what decided (``"title score 7.2: 3
    words of the opening, a byline beside it"``); ``newsparse explain
    --why`` prints it. It is left out of comparisons: two labels are equal
    when zone and rule are.

    Example:
        >>> reasoned = Label(Zone.HEADLINE, "site.title", "the largest type")
        >>> reasoned == Label(Zone.HEADLINE, "site.title"), reasoned.reason
        (True, 'the largest type')
    """

    zone: Zone
    rule: str
    reason: str = attrs.field(default="", eq=False)


@attrs.frozen(kw_only=True)
class ZoneContext:
    """What a zone rule sees: the blocks, the adapter and the labels so far.

    For a page read from HTML it also sees what the HTML tells: each
    block's :class:`~newsparse._pipeline.zones.evidence.BlockEvidence`
    (the element, landmarks and comment containers around it, its link
    density) and what the page states about itself (its own headline,
    byline, date). For text input both are ``None``, and a rule that needs
    them does nothing.

    Attributes:
        blocks: The page's blocks.
        adapter: The adapter the page is read with.
        labels: The label of each block so far (``None``: not labelled yet).
        evidence: One record per block for HTML input, else ``None``.
        page: The page's metadata for HTML input, else ``None``.
    """

    blocks: tuple[TextBlock, ...]
    adapter: Adapter
    labels: tuple[Label | None, ...]
    evidence: tuple[BlockEvidence, ...] | None = None
    page: PageMetadata | None = None

    def block_evidence(self, index: int) -> BlockEvidence | None:
        """Return what the HTML tells about block ``index``, or ``None`` for text input."""
        return None if self.evidence is None else self.evidence[index]

    def unlabelled(self, index: int) -> bool:
        """Tell whether block ``index`` has no label yet."""
        return self.labels[index] is None

    def zone(self, index: int) -> Zone | None:
        """Return the zone of block ``index``, or ``None`` when unlabelled."""
        label = self.labels[index]
        return None if label is None else label.zone

    def first(self, zone: Zone, start: int = 0) -> int | None:
        """Return the index of the first block at or after ``start`` in ``zone``."""
        labels = self.labels
        for index in range(start, len(labels)):
            label = labels[index]
            if label is not None and label.zone is zone:
                return index
        return None


#: A rule returns new labels for some unlabelled blocks, by block index.
ZoneRule = Callable[[ZoneContext], Mapping[int, Label]]


#: The generic zone rules, in the order they run. An adapter's own rule is
#: placed ``before`` or ``after`` one of them, or one of the adapter's rules.
GENERIC_RULE_NAMES = (
    "patterns",
    "trackbacks",
    "comment-headers",
    "html-headline",
    "html-body",
    "html-chrome",
    "body",
    "headline",
    "comments",
    "remainder",
)
# Rule names that changed, with the name they have now (kept for one release).
_RENAMED_RULES = {"furniture": "patterns"}


@attrs.frozen(kw_only=True)
class AdapterRule:
    """A zone rule of an adapter's own, run just before or just after a named rule.

    The rule sees a :class:`ZoneContext` and returns labels for some
    still-unlabelled blocks, by block index. Give exactly one of ``before``
    and ``after``: a name from :data:`GENERIC_RULE_NAMES` or the name of an
    earlier rule of the same adapter. Use a module-level function so the
    adapter stays picklable.

    Example:
        >>> def nothing(context: ZoneContext) -> dict[int, Label]:
        ...     return {}
        >>> AdapterRule(name="example.nothing", after="patterns", rule=nothing).after
        'patterns'
    """

    name: str
    rule: Callable[[ZoneContext], Mapping[int, Label]]
    before: str | None = None
    after: str | None = None

    @property
    def anchor(self) -> str:
        """The name of the rule this one runs next to."""
        return self.before if self.before is not None else self.after or ""


def _checked_rules(adapter: str, rules: tuple[AdapterRule, ...]) -> tuple[AdapterRule, ...]:
    """Check where each rule goes; return the rules with renamed anchors brought up to date.

    Raises:
        AdapterError: When a rule names no rule to go next to, or both sides.
    """
    known = list(GENERIC_RULE_NAMES)
    checked = []
    for rule in rules:
        if (rule.before is None) == (rule.after is None):
            raise AdapterError(adapter, f"rule {rule.name!r} needs one of before= and after=")
        anchor = rule.anchor
        if anchor in _RENAMED_RULES:
            warnings.warn(
                f"rule {anchor!r} is now called {_RENAMED_RULES[anchor]!r}; "
                f"the old name goes in the next release",
                DeprecationWarning,
                stacklevel=4,
            )
            renamed = _RENAMED_RULES[anchor]
            if rule.before is not None:
                rule = attrs.evolve(rule, before=renamed)
            else:
                rule = attrs.evolve(rule, after=renamed)
            anchor = rule.anchor
        if anchor not in known:
            raise AdapterError(
                adapter,
                f"rule {rule.name!r} goes next to {anchor!r}, which is no rule; "
                f"known: {', '.join(known)}",
            )
        known.append(rule.name)
        checked.append(rule)
    return tuple(checked)


@attrs.frozen(kw_only=True, cache_hash=True)
class Adapter:
    r"""How to read one site layout: line patterns for its boilerplate, and optional hooks.

    Every pattern is matched with ``search`` against the cleaned text of a
    whole block (its lines joined by one space, bullet removed), so anchor it
    with ``^`` and ``$`` to match a whole block. The adapter's patterns are
    tried before the generic ones, so an adapter only lists what is peculiar
    to its site.

    Attributes:
        name: The name users pass as ``site=`` (lower case, no spaces).
        description: One line for ``newsparse sites``.
        signatures: Patterns whose presence on a page suggests this layout;
            the default ``detect`` returns the share of them found.
        detect_hook: A function giving the confidence (0..1) that a page is
            in this layout; replaces the signature count when given.
        site_header: Blocks of the site header (masthead, navigation).
        promo: Promotional blocks (issue covers, newsletter boxes).
        comments_heading: The heading that opens the comments; a named group
            ``count`` captures the declared total.
        comment_noise: Widgets inside comments ("Report this comment").
        pagination: Comment or page navigation widgets.
        comment_form: Fields and buttons of the comment form.
        trackbacks: The heading of a list of linking posts ("2 Trackbacks");
            the list under it is boilerplate too.
        footer: Blocks that open or make up the site footer.
        byline: Author or date lines near the headline.
        rules: Zone rules of the adapter's own (see :class:`AdapterRule`).

    Raises:
        AdapterError: When a rule of ``rules`` names no rule to run next to.

    Example:
        >>> adapter = Adapter(name="example", signatures=compile_patterns("^Example News$"))
        >>> from newsparse._page import Lines
        >>> adapter.detect(Lines.from_text("Example News\n\nHeadline"))
        1.0
    """

    name: str
    description: str = ""
    signatures: tuple[Pattern, ...] = _patterns()
    detect_hook: Callable[[Sequence[Line]], float] | None = None
    site_header: tuple[Pattern, ...] = _patterns()
    promo: tuple[Pattern, ...] = _patterns()
    comments_heading: tuple[Pattern, ...] = _patterns()
    comment_noise: tuple[Pattern, ...] = _patterns()
    pagination: tuple[Pattern, ...] = _patterns()
    comment_form: tuple[Pattern, ...] = _patterns()
    trackbacks: tuple[Pattern, ...] = _patterns()
    footer: tuple[Pattern, ...] = _patterns()
    byline: tuple[Pattern, ...] = _patterns()
    rules: tuple[AdapterRule, ...] = ()

    def __attrs_post_init__(self) -> None:
        checked = _checked_rules(self.name, self.rules)
        if checked != self.rules:
            object.__setattr__(self, "rules", checked)  # frozen: the one fix-up before use

    def detect(self, lines: Sequence[Line]) -> float:
        """Return the confidence, from 0 to 1, that ``lines`` are in this layout."""
        if self.detect_hook is not None:
            return min(1.0, max(0.0, float(self.detect_hook(lines))))
        if not self.signatures:
            return 0.0
        page = "\n".join([line.text for line in lines])
        found = sum(1 for pattern in _page_searchers(self.signatures) if pattern.search(page))
        return found / len(self.signatures)
