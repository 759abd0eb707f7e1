"""The words quote attribution knows, as data, and the regex pieces built on them.

Growing attribution to a new construction usually starts here: a speech
verb, a title, a word that marks a job description or an organisation.
The ``*_PATTERN`` strings are fragments for the compiled regexes of
:mod:`.names` and :mod:`.speakers`; they are never compiled on their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = [
    "AUXILIARIES",
    "CAP_PATTERN",
    "FEMALE_TITLES",
    "GROUP_NOUNS",
    "LOWER",
    "MALE_TITLES",
    "NAME_PATTERN",
    "NOT_NAMES",
    "ORGANISATION_WORDS",
    "OWNER_PATTERN",
    "PARTICIPLES",
    "PERSON_NOUNS",
    "PLACE_WORDS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "SOURCE_NOUNS",
    "SPEECH_VERBS",
    "STARTERS",
    "TITLES",
    "UPPER",
    "lazy_pattern",
    "words_pattern",
]

SPEECH_VERBS = (
    "said", "says", "say", "added", "adds", "warned", "warns", "told", "tells",
    "explained", "explains", "stated", "claimed", "claims", "argued", "argues",
    "insisted", "insists", "announced", "announces", "admitted", "admits",
    "noted", "stressed", "stresses", "urged", "urges", "suggested", "suggests",
    "commented", "wrote", "writes", "acknowledged", "acknowledges", "confirmed",
    "confirms", "cautioned", "cautions", "replied", "responded", "asked", "asks",
    "continued", "concluded", "predicted", "predicts", "described", "describes",
    "called", "branded", "brands", "dubbed", "labelled", "labeled", "maintained",
    "maintains", "declared", "declares", "promised", "promises", "pledged",
    "pledges", "vowed", "vows", "conceded", "concedes", "emphasised", "emphasized",
    "highlighted", "recalled", "recalls", "remarked", "reported", "reports",
    "finds", "shows", "concludes", "estimates", "calls", "call", "remarks",
    "blurted", "echoed", "echoes", "wondered", "wonders", "shouted", "shouts",
    "tweeted", "tweets", "testified", "recounted", "recounts", "quipped", "joked",
    "mused", "boasted", "observed", "observes", "countered", "counters",
    "complained", "complains", "lamented", "laments", "exclaimed", "whispered",
    "yelled", "chanted", "reiterated", "answered", "alleged", "alleges",
    "assured", "advised", "notes", "revealed", "reveals",
)  # fmt: skip
"""Finite verbs that attribute words to their subject ("X warned that ...")."""

PARTICIPLES = (
    "saying", "adding", "warning", "telling", "explaining", "arguing", "insisting",
    "claiming", "noting", "stressing", "urging", "suggesting", "describing",
    "calling", "writing", "promising", "pledging", "declaring", "conceding",
)  # fmt: skip
"""Participles whose speaker is the subject of the sentence ("..., saying ...")."""

AUXILIARIES = (
    "has", "have", "had", "will", "would", "also", "later", "then", "previously",
    "earlier", "once", "recently", "today", "yesterday", "further", "again",
    "simply", "just", "has also", "have also", "had also", "publicly", "repeatedly",
    "always", "never", "often", "still", "even", "now", "already", "reportedly",
)  # fmt: skip
"""Words allowed between a subject and its speech verb ("the NAU has warned")."""

PRONOUNS = ("he", "she", "it", "they")
"""Subjects resolved from the discourse, not read as names."""

TITLES = (
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Sir", "Dame",
    "Lord", "Lady", "Baroness", "Baron", "Cllr", "Councillor", "Rev", "Revd",
    "Rabbi", "Judge", "Sen", "Senator", "Rep", "Gov", "Governor", "President",
)  # fmt: skip
"""Titles that make the capitalised words after them a person's name."""

MALE_TITLES = frozenset(("Mr", "Sir", "Lord", "Baron"))
FEMALE_TITLES = frozenset(("Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"))

ROLE_WORDS = (
    "chair", "chairman", "chairwoman", "chairperson", "director", "executive",
    "officer", "secretary", "president", "leader", "head", "manager",
    "spokesperson", "spokesman", "spokeswoman", "minister", "deputy", "member",
    "partner", "lead", "adviser", "advisor", "chief", "founder", "editor",
    "governor", "mayor", "commissioner", "principal", "professor", "lecturer",
    "researcher", "consultant", "surgeon", "doctor", "nurse", "GP", "analyst",
    "economist", "author", "campaigner", "MP", "MEP", "councillor", "senator",
    "trustee", "boss", "coach", "captain", "pharmacist", "practitioner",
    "clinician", "representative", "co-chair", "vice-chair", "owner", "expert",
    "sergeant", "inspector", "detective", "constable", "superintendent",
    "ambassador", "commander", "chancellor", "organiser", "organizer",
    "steward", "convenor", "physician", "paediatrician", "pediatrician",
    "scientist", "engineer", "teacher", "lawyer", "attorney", "solicitor",
    "barrister", "activist", "historian", "curator", "architect", "planner",
    "headteacher", "headmaster", "headmistress", "psychiatrist", "ecologist",
    "postdoc", "registrar", "midwife", "paramedic", "CEO", "CFO", "COO", "CTO",
)  # fmt: skip
"""Words that make the words before a name a job description."""

ORGANISATION_WORDS = frozenset((
    "Council", "Committee", "Association", "Trust", "College", "Service", "Services",
    "Department", "Ministry", "Government", "Group", "Board", "Union", "Society", "Institute",
    "Foundation", "University", "Hospital", "Network", "Commissioners", "Office", "Agency",
    "Authority", "Commission", "Party", "Company", "Bank", "Court", "Police", "Federation",
    "Confederation", "Alliance", "Partnership", "Practice", "Surgery", "Centre", "Center",
    "Club", "School", "Fund", "Forum", "Unit", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.",
    "LLC", "PLC", "Co.", "Holdings", "Industries", "Systems", "Technologies", "Labs",
    "Media", "News", "Times", "Post", "Journal", "Herald", "Press", "Bureau",
    "Organisation", "Organization", "Coalition", "League", "Trade", "Health", "Care",
    "Street", "House", "Assembly", "Parliament", "Congress", "Senate", "Administration",
    "Campaign", "Caucus", "Project", "Institution", "Tower", "Pipeline",
))  # fmt: skip
"""Generic words of institutional names, and corporate suffixes, that make a
capitalised run a body's name rather than a person's ("Harbour Freight Inc.")."""

PLACE_WORDS = frozenset((
    "County", "City", "Province", "State", "States", "Island", "Islands", "Valley", "River",
    "Lake", "Mountain", "Mountains", "Coast", "Shore", "Bay", "Beach", "Park", "Avenue",
    "Road", "Square", "Bridge", "Airport", "Station", "Republic", "Kingdom", "Region",
    "District", "Town", "Village", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Central", "New", "Upper", "Lower", "Greater", "Saint", "San",
    "Santa", "Los", "Las", "Fort", "Port", "Mount", "Cape", "January", "February", "March",
    "April", "June", "July", "August", "September", "October", "November", "December",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
))  # fmt: skip
"""Generic words of place names and dates (a place's kind, a compass point,
a month), never part of a person's name. No place is named here: that a
capitalised run is a place the article itself tells (see
:meth:`~newsparse._pipeline.quotes.names.NameBook.canonical`)."""

ROLE_NOUNS = (
    "executive", "chairman", "chairwoman", "chair", "director", "minister",
    "secretary", "leader", "head", "boss", "chief", "president", "manager",
    "councillor", "officer", "spokesperson", "spokesman", "spokeswoman",
)  # fmt: skip
"""Jobs that can say things after a determiner ("the trust’s chief executive said")."""

SOURCE_NOUNS = (
    "document", "report", "statement", "letter", "spokesperson", "spokesman",
    "spokeswoman", "survey", "study", "guidance", "email", "memo", "paper",
    "review", "analysis", "website", "update", "bulletin", "announcement",
    "consultation", "briefing", "source", "official", "insider", "release",
    "circular", "tweet", "blog", "notice", "judgment", "ruling", "filing",
    "complaint", "petition", "proposal", "strategy", "message", "presentation",
    "post", "note", "summary", "minutes", "response", "submission",
    "council", "government", "union", "department", "trust", "board",
    "committee", "party", "company", "firm", "association", "charity", "group",
    "ministry", "agency", "regulator", "college", "federation", "organisation",
    "organization", "network", "body", "campaign", "authority", "service",
    *ROLE_NOUNS,
    "force", "police", "club", "school", "hospital", "university", "bank",
    "court", "team", "watchdog", "commission", "inquiry", "panel", "audit",
    "investigation", "poll", "research", "evaluation", "assessment",
    "inspection", "trial", "inquest",
)  # fmt: skip
"""Nouns that can say things after a determiner ("a briefing note said",
"the nurses’ union warned")."""

PERSON_NOUNS = frozenset(("source", "official", "insider", *ROLE_NOUNS))
"""Source nouns that stand for a person (for "he" and "she")."""

GROUP_NOUNS = (
    "campaigners", "critics", "residents", "parents", "doctors", "nurses",
    "officials", "experts", "researchers", "scientists", "analysts",
    "economists", "teachers", "unions", "councillors", "ministers", "opponents",
    "supporters", "protesters", "activists", "patients", "staff", "workers",
    "leaders", "sources", "insiders", "campaign groups", "charities", "managers",
    "bosses", "governors", "trustees", "members", "owners", "investors",
    "lawyers", "prosecutors", "students", "families", "locals", "voters",
    "employers", "employees", "tenants", "landlords", "farmers", "fans",
    "organisers", "organizers", "developers", "engineers", "witnesses",
    "volunteers", "medics", "paramedics", "officers", "authorities",
)  # fmt: skip
"""Plural nouns that can say things with no determiner ("campaigners said")."""

OWNER_PATTERN = r"(?:for|at|from|of|by)\s+"
"""The words that tie a source to its owner: "a spokesperson *for* …", "an audit *by* …"."""

STARTERS = frozenset((
    "And", "But", "Meanwhile", "However", "Yet", "So", "Also", "Earlier", "Later",
    "Now", "Then", "Today", "Yesterday", "Last", "This", "Next", "In", "On", "At",
    "Speaking", "Separately", "Elsewhere", "Instead", "Still", "Indeed",
    "Moreover", "Furthermore", "Nevertheless", "Overall", "Previously",
    "Recently", "Finally", "Asked", "When", "While", "After", "Before", "As",
    "Since", "Although", "Though", "If", "Writing", "Responding", "Including",
    "Separately", "Similarly", "Likewise", "Both", "Even", "Only", "Until",
    "Unlike", "Like", "Despite", "For", "From", "With", "Without", "Under",
    "During", "Against", "Among", "Between", "Through", "Because", "Whether",
    "Once", "Unless", "Thanks", "Following", "According", "Amid", "Knowing",
    "Having", "Being", "Given", "Sources", "Photo", "Watch", "Read",
))  # fmt: skip
"""Capitalised words that open a sentence without being part of a name."""

NOT_NAMES = STARTERS | frozenset((
    "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
    "Our", "My", "Your", "That", "These", "Those", "There", "Here", "Some",
    "Many", "Most", "All", "Any", "Each", "Every", "No", "None", "Other",
    "Others", "Such", "What", "Which", "Who", "Why", "How", "Where", "A", "An",
    "The", "One", "Two", "Three", "Several", "Few", "Both", "Neither", "Either",
))  # fmt: skip
"""Capitalised words that are never a speaker's name on their own."""


_Trie = dict[str, "_Trie"]


def lazy_pattern(source: str | Callable[[], str]) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``source`` on its first call, once.

    Every pattern of the quote stage is compiled on first use, so that
    ``import newsparse`` pays for none of them and an article that needs a
    pattern pays for it once per process. ``source`` may be a function
    that builds the pattern's text, when the text itself embeds a word list
    worth building only on first use.

    Example:
        >>> pattern = lazy_pattern("a+")
        >>> pattern().match("aa").group(), pattern() is pattern()
        ('aa', True)
        >>> lazy_pattern(lambda: "b" * 2)().pattern
        'bb'
    """
    if callable(source):
        built = source
        return functools.cache(lambda: re.compile(built()))
    text = source
    return functools.cache(lambda: re.compile(text))


@functools.cache
def words_pattern(words: tuple[str, ...] | frozenset[str]) -> str:
    """Return a regex matching any of ``words``, factored as a trie.

    A trie lets the regex engine reject a position on its first character
    instead of trying each word in turn, which makes scanning a sentence for
    a hundred verbs several times faster. Each list is factored once, as
    several patterns embed the same one.

    Example:
        >>> words_pattern(("said", "says", "say"))
        '(?:sa(?:id|y(?:s)?))'
        >>> import re
        >>> re.findall(words_pattern(("has", "has also")), "has also")
        ['has also']
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(tree) + ")"


def _trie_pattern(node: _Trie) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


UPPER = "A-ZÀ-ÖØ-Þ"
"""Capital letters, as the inside of a regex character class.

The patterns are compiled with :mod:`re`, which is several times faster here
than :mod:`regex` but has no ``\\p{Lu}``; Latin-1 capitals cover the
names of English-language news.
"""

LOWER = "a-zß-öø-ÿ"
"""Small letters, as the inside of a regex character class."""

CAP_PATTERN = rf"(?:(?:[{UPPER}]\.)+|[{UPPER}](?:[\w&-]|[’'](?!s\b)(?=\w))*)"
"""One capitalised token: "Brenner", "NHBWX", "Q&A", "O’Hallor", "U.S."; not "Wales’s"."""

NAME_PATTERN = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St)\.\s+)?"
    rf"{CAP_PATTERN}(?:\s+(?:(?:of|for|and|&|de|da|del|van|von|der|den|la|le|du|al)"
    rf"\s+(?:the\s+)?)?{CAP_PATTERN})*"
)
"""A run of capitalised tokens with the small words names carry: "Royal Society of Archers",
"Dr. Alan Reyes"."""
