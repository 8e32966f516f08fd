"""
Runs of capitalised words read once: what a run names, remembered by its words.

The same runs ("Prime Minister Theresa May", "the Labour Party") come back sentence after
sentence and article after article. Away from a sentence's start and with no acronym
after it, what a run names depends only on its words, except for one question asked of
the article: whether it writes every word of a person's name in lower case too. So the
mentions of a run are read once as plain tuples, the question is left open in them, and
each later run with the same words only asks that question and builds its mentions.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from newsmodel.parser._names import Kind, Mention
from newsmodel.parser._words import Word

#: One mention of a run: kind, first and last word (from the run's start), name,
#: honorific, role, country, organization kind, place kind, iso code, weakness, and for
#: a person the lower-cased words of which the article must write one only capitalised.
_Entry = tuple[
    Kind,
    int,
    int,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str,
    bool,
    tuple[str, ...] | None,
]
#: The mentions of the whole run, and those of its parts for when the whole names nothing.
_Plan = tuple[tuple[_Entry, ...], tuple[_Entry, ...]]
#: Reads a run (not at a sentence's start) into the mentions of the whole and of its parts.
Reader = Callable[[list[Word], Container[str]], tuple[list[Mention], list[Mention]]]

#: How many runs the table keeps before it starts afresh; news repeats far fewer.
_CACHED_RUNS = 8192
#: An article that writes no word in lower case: the reading keeps every name.
_NOTHING_LOWERED: frozenset[str] = frozenset()
_PLANS: dict[tuple[str, ...], _Plan | None] = {}


def planned_run(
    words: list[Word], a: int, b: int, lowered: Container[str], read: Reader
) -> list[Mention] | None:
    """
    The mentions of ``words[a : b + 1]``, a run away from the sentence's start with no
    acronym after it, read through *read* once per distinct run; None when the run's
    mentions do not fit the table and it must be read in full.
    """
    key = tuple([w.text for w in words[a : b + 1]])
    plan = _PLANS.get(key)
    if plan is None and key not in _PLANS:
        if len(_PLANS) >= _CACHED_RUNS:
            _PLANS.clear()
        plan = _PLANS[key] = _plan_of(words[a : b + 1], read)
    if plan is None:
        return None
    whole, parts = plan
    return _mentions_of(whole, words, a, lowered) or _mentions_of(parts, words, a, lowered)


def _plan_of(run: list[Word], read: Reader) -> _Plan | None:
    """Read a run as if the article wrote no word in lower case, leaving that question open."""
    whole, parts = read(run, _NOTHING_LOWERED)
    whole_entries, part_entries = _entries(whole, run), _entries(parts, run)
    if whole_entries is None or part_entries is None:
        return None
    return whole_entries, part_entries


def _entries(found: list[Mention], run: list[Word]) -> tuple[_Entry, ...] | None:
    """The mentions as tuples; None unless each spans whole words and has no acronym."""
    entries: list[_Entry] = []
    for m in found:
        i, j = m.first_word, m.last_word
        if m.acronyms or m.start != run[i].start or m.end != run[j].end:
            return None
        lows = tuple([w.lower() for w in m.name.split(" ")]) if m.kind == "person" else None
        entries.append(
            (
                m.kind,
                i,
                j,
                m.name,
                m.honorific,
                m.role,
                m.country,
                m.org_kind,
                m.place_kind,
                m.iso,
                m.weak,
                lows,
            )
        )
    return tuple(entries)


def _mentions_of(
    entries: tuple[_Entry, ...], words: list[Word], a: int, lowered: Container[str]
) -> list[Mention]:
    """Build the mentions of a run starting at ``words[a]`` from its entries."""
    out: list[Mention] = []
    for kind, i, j, name, hon, role, country, okind, pkind, iso, weak, lows in entries:
        if lows is not None and all(map(lowered.__contains__, lows)):
            continue  # the article writes every word of the name in lower case too
        first, last = words[a + i], words[a + j]
        out.append(
            Mention(
                kind,
                first.start,
                last.end,
                name,
                first.sentence,
                hon,
                role,
                country,
                okind,
                pkind,
                iso,
                (),
                weak,
                a + i,
                a + j,
            )
        )
    return out
