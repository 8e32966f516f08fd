"""
Compare what the parser found with the truth `news_texts` wrote, item by item.

Each function returns a list of problems, one readable line each, so that a failing
property shows every miss at once.
The matching rules are the corpus scorer's, made exact where the truth allows it:
quotations by overlap (at least half of the expected words' characters), speakers and
persons by name, figures by overlap and value.
"""

from __future__ import annotations

from decimal import Decimal

from newsmodel.model import Article, Figure, Organization, Person, Quote, Span

#: The share of an expected quotation's characters a found one must cover.
QUOTE_OVERLAP = 0.5


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _names(article: Article, actor_id: str | None) -> set[str]:
    """Every name the actor goes by, folded: its name, acronym and aliases."""
    if actor_id is None:
        return set()
    try:
        actor = article.actor(actor_id)
    except KeyError:
        return set()
    names = {actor.name, *actor.aliases}
    if isinstance(actor, Organization) and actor.acronym:
        names.add(actor.acronym)
    return {name.casefold() for name in names}


def _found_quote(expected: Quote, found: Article) -> Quote | None:
    need = QUOTE_OVERLAP * len(expected.span)
    best = max(found.quotes, key=lambda q: _overlap(q.span, expected.span), default=None)
    if best is None or _overlap(best.span, expected.span) < need:
        return None
    return best


def missing_quotes(expected: Article, found: Article) -> list[str]:
    """Expected quotations that no found quotation covers."""
    return [
        f"missing {q.kind} quote {q.text!r}"
        for q in expected.quotes
        if _found_quote(q, found) is None
    ]


#: What may differ at the edges of a quotation: the final stop, and marks left inside.
_EDGES = " ,.;:\"“”‘’'"


def wrong_boundaries(expected: Article, found: Article) -> list[str]:
    """Found quotations whose words differ from the expected ones beyond a final stop."""
    problems = []
    for q in expected.quotes:
        match = _found_quote(q, found)
        if match is not None and match.text.strip(_EDGES) != q.text.strip(_EDGES):
            problems.append(f"expected the words {q.text!r}, found {match.text!r}")
    return problems


def wrong_kinds(expected: Article, found: Article) -> list[str]:
    """Found quotations whose kind is not the expected one."""
    problems = []
    for q in expected.quotes:
        match = _found_quote(q, found)
        if match is not None and match.kind != q.kind:
            problems.append(f"{q.text!r}: expected a {q.kind} quote, found {match.kind}")
    return problems


def _surnames(names: set[str]) -> set[str]:
    return {name.split()[-1] for name in names if name.split()}


def wrong_speakers(expected: Article, found: Article) -> list[str]:
    """
    Found quotations attributed to someone else than the expected speaker.

    As in the corpus scorer, a speaker matches on any name or on the surname, so that a
    person found under a shorter name counts here and once in `missing_persons`.
    """
    problems = []
    for q in expected.quotes:
        match = _found_quote(q, found)
        if match is None or q.speaker is None:
            continue
        want = _names(expected, q.speaker)
        got = _names(found, match.speaker)
        if not (want & got or _surnames(want) & _surnames(got)):
            name = expected.actor(q.speaker).name
            problems.append(f"{q.text!r}: expected speaker {name!r}, found {match.speaker!r}")
    return problems


def spurious_quotes(expected: Article, found: Article) -> list[str]:
    """Found quotations that overlap no expected one."""
    return [
        f"unexpected {q.kind} quote {q.text!r}"
        for q in found.quotes
        if not any(_overlap(q.span, e.span) for e in expected.quotes)
    ]


def _key(figure: Figure) -> tuple[Decimal | None, ...]:
    """The numbers a figure states: its value, or its range when it has no value."""

    def num(n: object) -> Decimal | None:
        return None if n is None else Decimal(str(n))

    if figure.value is not None:
        return (num(figure.value),)
    return (num(figure.low), num(figure.high))


def missing_figures(expected: Article, found: Article) -> list[str]:
    """Expected figures that no found figure overlaps with the same value or range."""
    problems = []
    for e in expected.figures:
        near = [f for f in found.figures if _overlap(f.span, e.span)]
        if not any(_key(f) == _key(e) for f in near):
            got = [(f.text, *_key(f)) for f in near]
            problems.append(f"figure {e.text!r} = {_key(e)}: found {got}")
    return problems


def spurious_figures(expected: Article, found: Article) -> list[str]:
    """Found figures that overlap no expected figure (a date read as a number, say)."""
    return [
        f"unexpected figure {f.text!r}"
        for f in found.figures
        if not any(_overlap(f.span, e.span) for e in expected.figures)
    ]


def missing_dates(expected: Article, found: Article) -> list[str]:
    """Expected dates that no found date overlaps with the same value, granularity and kind."""
    problems = []
    for e in expected.dates:
        near = [d for d in found.dates if _overlap(d.span, e.span)]
        want = (e.value, e.granularity, e.relative)
        if not any((d.value, d.granularity, d.relative) == want for d in near):
            got = [(d.text, d.value, d.granularity, d.relative) for d in near]
            problems.append(f"date {e.text!r} = {want}: found {got}")
    return problems


def spurious_dates(expected: Article, found: Article) -> list[str]:
    """Found dates that overlap no expected date."""
    return [
        f"unexpected date {d.text!r}"
        for d in found.dates
        if not any(_overlap(d.span, e.span) for e in expected.dates)
    ]


def _persons(article: Article) -> list[Person]:
    return [a for a in article.actors if isinstance(a, Person)]


def missing_persons(expected: Article, found: Article) -> list[str]:
    """Expected people the parser did not find under their full name."""
    names = {p.name.casefold() for p in _persons(found)}
    return [
        f"missing person {p.name!r}" for p in _persons(expected) if p.name.casefold() not in names
    ]


def duplicate_persons(expected: Article, found: Article) -> list[str]:
    """Expected people the parser split into more than one person."""
    problems = []
    for person in _persons(expected):
        surname = person.name.split()[-1].casefold()
        same = [
            p.name
            for p in _persons(found)
            if surname in {n.split()[-1].casefold() for n in (p.name, *p.aliases) if n.split()}
        ]
        if len(same) > 1:
            problems.append(f"{person.name!r} found {len(same)} times: {same}")
    return problems


def spurious_persons(expected: Article, found: Article) -> list[str]:
    """Found people who are no expected person (a city read as a name, say)."""
    names = {p.name.casefold() for p in _persons(expected)}
    surnames = {n.split()[-1] for n in names}
    return [
        f"unexpected person {p.name!r}"
        for p in _persons(found)
        if p.name.casefold() not in names and p.name.casefold().split()[-1] not in surnames
    ]
