"""Laws of quote finding, checked on generated text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._pipeline.quotes import Source, SourceRole, find_quotes
from newsparse._pipeline.quotes.clause_verbs import verb_in_last_clause
from newsparse._pipeline.quotes.clauses import BREAK, tokens
from newsparse._pipeline.quotes.near import near_between, verbs_of
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.speech import AUXILIARIES, looks_finite
from newsparse.models import Span

MARKS = "‘’“”\"'«»„‚‹›"

# Invented words, names and apostrophe forms that generated paragraphs are built from.
WORDS = (
    "the", "council", "agreed", "a", "new", "budget", "for", "roads", "and", "parks",
    "on", "tuesday", "after", "long", "debate", "about", "rising", "costs", "in", "town",
)  # fmt: skip
APOSTROPHE_WORDS = (
    "don’t", "it’s", "we’re", "they’ve", "isn’t", "can’t", "O’Hallor’s", "GPs’", "nurses’",
    "the practices’", "James’", "the council’s", "’90s", "rock ’n’ roll", "’em", "’til",
    "don't", "it's", "GPs'", "teachers'", "'90s", "rock 'n' roll", "'em", "the mayor's",
)  # fmt: skip
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame", "Lord")
GIVEN_NAMES = ("Ann", "Brian", "Chloe", "Dev", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jon")
SURNAMES = ("Ardley", "Brisco", "Coxon", "Dunmore", "Ellery", "Fenwick", "Gethin", "Hallworth")
MARK_PAIRS = (("‘", "’"), ("“", "”"))


def _sources(texts: list[str]) -> tuple[Source, ...]:
    return tuple(
        Source(
            text=text,
            span=Span(start_line=2 * index + 1, end_line=2 * index + 1),
            role=SourceRole.HEADLINE if index == 0 else SourceRole.BODY,
        )
        for index, text in enumerate(texts)
    )


def _paragraph(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(words, min_size=1, max_size=25).map(lambda found: " ".join(found) + ".")


plain_texts = st.text(alphabet=st.characters(blacklist_characters=MARKS), max_size=300)
names = st.tuples(
    st.sampled_from(TITLES), st.sampled_from(GIVEN_NAMES), st.sampled_from(SURNAMES)
).map(" ".join)
quoted_words = st.lists(
    st.sampled_from((*WORDS, "We", "They", "It", "Nobody", "Every")), min_size=1, max_size=20
).map(lambda found: (found[0][0].upper() + found[0][1:] + " " + " ".join(found[1:])).strip())


@given(st.lists(plain_texts, min_size=1, max_size=6))
def test_text_without_marks_has_no_quotes(texts: list[str]) -> None:
    result = find_quotes(_sources(texts))
    assert result.quotes == ()
    assert result.speakers == ()


@given(st.lists(_paragraph(st.sampled_from(WORDS + APOSTROPHE_WORDS)), min_size=1, max_size=6))
def test_apostrophes_make_no_quotes(texts: list[str]) -> None:
    assert find_quotes(_sources(texts)).quotes == ()


@given(
    before=_paragraph(st.sampled_from(WORDS)),
    name=names,
    words=quoted_words,
    marks=st.sampled_from(MARK_PAIRS),
    after_quote=st.booleans(),
)
def test_a_quote_with_a_name_said_cue_is_found(
    before: str, name: str, words: str, marks: tuple[str, str], after_quote: bool
) -> None:
    opening, closing = marks
    if after_quote:
        quote = f"{opening}{words},{closing} said {name}."
        text = words + ","
    else:
        quote = f"{name} said: {opening}{words}.{closing}"
        text = words + "."
    paragraph = f"{before[0].upper()}{before[1:]} {quote}"
    result = find_quotes(_sources(["Headline", paragraph]))
    assert [(q.text, q.speaker, q.cue) for q in result.quotes] == [(text, name, "said")]


@given(st.lists(st.text(alphabet=st.sampled_from(MARKS + "ab .,:\n"), max_size=60), max_size=6))
def test_quote_spans_lie_within_the_sources(texts: list[str]) -> None:
    sources = _sources(texts)
    result = find_quotes(sources)
    lines = {line for s in sources for line in range(s.span.start_line, s.span.end_line + 1)}
    for quote in result.quotes:
        assert quote.span.start_line in lines
        assert quote.span.end_line in lines


@given(st.lists(st.text(), max_size=6), st.booleans())
def test_find_quotes_never_raises(texts: list[str], headline: bool) -> None:
    sources = _sources(texts)
    if not headline:
        sources = tuple(Source(text=s.text, span=s.span, role=SourceRole.BODY) for s in sources)
    result = find_quotes(sources)
    names_listed = {speaker.name for speaker in result.speakers}
    assert {q.speaker for q in result.quotes if q.speaker is not None} == names_listed


# Each way of crediting a quote: (template, cue, kind); {o} and {c} are the
# marks, {name} the speaker, {words} the quoted words and {lower} the same
# in small letters.
CUE_FORMS = (
    ("{o}{words},{c} {name} said.", "said", "speech"),
    ("{o}{words},{c} said {name}.", "said", "speech"),
    ("{name} said: {o}{words}.{c}", "said", "speech"),
    ("{o}{words},{c} according to {name}.", "according to", "speech"),
    ("{name} told reporters: {o}{words}.{c}", "told", "speech"),
    ("{name} warned that it was {o}{lower}{c}.", "warned", "partial"),
)


@given(
    before=_paragraph(st.sampled_from(WORDS)),
    name=names,
    words=quoted_words,
    marks=st.sampled_from(MARK_PAIRS),
    form=st.sampled_from(CUE_FORMS),
)
def test_a_quote_with_a_generated_cue_is_found_with_its_speaker(
    before: str, name: str, words: str, marks: tuple[str, str], form: tuple[str, str, str]
) -> None:
    template, cue, kind = form
    opening, closing = marks
    lower = words.lower()
    quote = template.format(o=opening, c=closing, name=name, words=words, lower=lower)
    paragraph = f"{before[0].upper()}{before[1:]} {quote}"
    result = find_quotes(_sources(["Headline", paragraph]))
    [found] = result.quotes
    assert (found.speaker, found.cue, str(found.kind)) == (name, cue, kind)
    assert found.text.rstrip(",.") == (lower if kind == "partial" else words)


@given(
    name=names,
    first=quoted_words,
    second=quoted_words,
    marks=st.sampled_from(MARK_PAIRS),
)
def test_a_quote_over_a_paragraph_break_is_one_quote_with_its_speaker(
    name: str, first: str, second: str, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    texts = ["Headline", f"{name} said: {opening}{first}.", f"{opening}{second}.{closing}"]
    result = find_quotes(_sources(texts))
    [found] = result.quotes
    assert (found.text, found.speaker, found.cue) == (f"{first}. {second}.", name, "said")
    assert (found.span.start_line, found.span.end_line) == (3, 5)


# Words a clause before a quote is built from: verbs, auxiliaries, nouns, clause ends, masks.
CLAUSE_WORDS = (
    "urged", "welcomed", "has", "was", "the", "board", "Lee", "said,", "left.", "and",
    "(who", "then:", "Inc.", "U.S.", "to", "—", MASK * 3, f"word{MASK}", f"({MASK}{MASK})",
)  # fmt: skip


NEUTRAL_WORDS = ("the", "board", "and", "to", "Lee", "of", "new")


@given(
    st.lists(st.sampled_from(CLAUSE_WORDS), max_size=20),
    st.lists(st.sampled_from(NEUTRAL_WORDS), max_size=12),
    st.sampled_from((" ", "  ", "\n")),
)
def test_the_last_clause_is_read_back_as_the_whole_sentence_would_be(
    words: list[str], neutral: list[str], space: str
) -> None:
    before = space.join(words + neutral) + space
    found = tokens(before)
    expected = False
    for token in reversed(found):
        if token.text == BREAK:
            break
        if token.text.islower() and looks_finite(token.text) and token.text not in AUXILIARIES:
            expected = True
            break
    assert verb_in_last_clause(before) is expected


NEAR_PIECES = ("said", "Said,", "(told)", "unsaid", "saidx", "the", MASK * 2, ".", "to:")


@given(
    st.lists(st.sampled_from(NEAR_PIECES), max_size=12),
    st.lists(st.sampled_from(("", " ", "  ", "\n")), min_size=12, max_size=12),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
@example(["saidx"], [" "] * 12, 0, 4)  # "said" cut from the word by the range's end
@example(["unsaid", "the"], [" "] * 12, 2, 4)  # "said" cut by its start
def test_near_verbs_read_once_answer_as_the_sentence_read_alone(
    pieces: list[str], gaps: list[str], start: int, length: int
) -> None:
    verbs = frozenset(("said", "told"))
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    start = min(start, len(text))
    end = min(len(text), start + length)
    alone = any(word.lower().strip(",.;:()") in verbs for word in text[start:end].split())
    assert near_between(text, verbs_of(text, verbs), start, end, verbs) is alone
