"""
Mentions: the names and role phrases in each sentence, before coreference joins them.

A sentence's words (`_words`) are cut into runs of capitalised words; each run loses the
words capitalised for other reasons (a sentence's first word, days, religions), takes the
acronym that follows it ("(PMF)"), and is sorted by `_names` into people, organizations
and places. Role phrases ("Iran’s defense chief") and role nouns before a name
("press secretary Josh Earnest") are found here too.
"""

from __future__ import annotations

import re
from collections.abc import Container
from operator import attrgetter

from attrs import define

from newsmodel.parser.actors._mentions_acronyms import acronym_at, lower_acronyms
from newsmodel.parser.actors._mentions_alone import alone, first_only
from newsmodel.parser.actors._names import Maker, Mention, classify, initials, org_kind
from newsmodel.parser.actors._names_heads import PREFIXES
from newsmodel.parser.actors._words import GAP_JOINERS, MAX_JOINERS, Word
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people, places
from newsmodel.parser.lexicons.names import NON_ACTOR_WORDS

#: No name is longer than this many words; a longer run of capitals is cut, which keeps
#: the work on a run bounded whatever the input.
_LONGEST_RUN = 12


@define(slots=True)
class RolePhrase:
    """A role noun that names a person without a name: "Iran’s defense chief"."""

    start: int
    end: int
    role: str
    country: str | None
    sentence: int
    first_word: int
    last_word: int


def _role_after() -> re.Pattern[str]:
    """A role noun right after a country or demonym: "’s defense chief", " counterpart"."""
    roles = "|".join(sorted((re.escape(r) for r in people.ROLE_NOUNS), key=len, reverse=True))
    adjectives = "|".join(re.escape(a) for a in people.ROLE_ADJECTIVES)
    return re.compile(rf"(?:['’]s)?[ ]{{1,2}}(?:(?:{adjectives}) )?(?P<role>{roles})\b(?!['’\-]\w)")


_ROLE_AFTER = _role_after()
_ROLE_BEFORE = re.compile(
    r"\b(?P<role>"
    + "|".join(sorted((re.escape(r) for r in people.ROLE_NOUNS), key=len, reverse=True))
    + r")[ ]{1,2}$"
)
#: The role nouns by their last letters, as many as the shortest has.
_ROLE_TAIL = min(map(len, people.ROLE_NOUNS))


def _roles_by_tail() -> dict[str, tuple[str, ...]]:
    """The role nouns grouped by their last letters: a test compares only one group."""
    groups: dict[str, tuple[str, ...]] = {}
    for role in people.ROLE_NOUNS:
        groups[role[-_ROLE_TAIL:]] = (*groups.get(role[-_ROLE_TAIL:], ()), role)
    return groups


_ROLES_BY_TAIL = _roles_by_tail()
#: The words `_strip_start` may drop from the start of a run besides a sentence's first.
_MAY_DROP = NON_ACTOR_WORDS | places.NON_PLACES
_ROLE_WINDOW = 40  # characters before a name where its role noun may stand
#: A part of "X and Y Bank" names an organization of its own with a name and a head word.
_SHORTEST_NAMED_PART = 2
_START = attrgetter("start")


#: The words a role phrase opens with: a demonym or a country's name ("Iran’s").
_ROLE_OPENERS = frozenset(places.DEMONYMS) | frozenset(
    name for name, entry in places.PLACE_NAMES.items() if entry[1] == "country"
)


def _starts_sentence_only(word: Word, rest: list[Word], lowered: Container[str]) -> bool:
    """Whether a sentence's first word is capitalised only because it starts the sentence."""
    text = word.text
    if not word.first or text in places.PLACE_NAMES or text in orgs.KNOWN:
        return False
    if rest and text in PREFIXES and rest[0].cap:
        return False  # "Lord Bingham ...", though the article writes "law lord" too
    if text in people.SENTENCE_STARTERS or first_only(text, lowered):
        return True
    return bool(rest) and rest[0].text in PREFIXES  # "Later Gen. Reyes"


def _strip_start(run: list[Word], lowered: Container[str]) -> list[Word]:
    """Drop the words at either end of a run that are capitalised for other reasons."""
    if len(run) == 1:
        word = run[0]
        text = word.text
        if text in places.PLACE_NAMES or text in orgs.KNOWN:
            return run
        if text in NON_ACTOR_WORDS or text in places.NON_PLACES or text in people.SENTENCE_STARTERS:
            return []
        return [] if _starts_sentence_only(word, [], lowered) else run
    while run:
        word = run[0]
        if not word.cap:  # a joiner left by a dropped word: "[According] to the Agency"
            run = run[1:]
            continue
        if not word.first and word.text not in _MAY_DROP:
            break  # the tests below keep it: save joining the run
        key = " ".join([w.text for w in run])
        if key in places.PLACE_NAMES or key in orgs.KNOWN:
            break
        if (
            _starts_sentence_only(word, run[1:], lowered)
            or word.text in NON_ACTOR_WORDS
            or (word.text in places.NON_PLACES and run[-1].text not in orgs.HEAD_WORDS)
        ):
            run = run[1:]
        else:
            break
    while run and (
        run[-1].text in NON_ACTOR_WORDS
        or run[-1].text in people.SENTENCE_STARTERS
        or not run[-1].cap
    ):
        run = run[:-1]
    return run


def _run_end(words: list[Word], i: int) -> int:
    """The last word of the run of capitalised words and joiners that opens at ``words[i]``."""
    j, n = i, len(words)
    while j + 1 < n and not words[j].possessive and j - i < _LONGEST_RUN:
        k = j + 1
        while k < n and k - j <= MAX_JOINERS and words[k].joined and words[k].text in GAP_JOINERS:
            k += 1  # joiners that _add_joiners put between two names
        if k < n and words[k].cap and words[k].joined and k - j <= MAX_JOINERS + 1:
            j = k
        else:
            break
    return j


def _split_and(words: list[Word], first: int, last: int) -> list[tuple[int, int]]:
    """Cut a run at "and" unless the whole run is a known name or ends in a head word."""
    if first == last:
        return [(first, last)]
    joined = [k for k in range(first, last + 1) if words[k].text in {"and", "&"}]
    if not joined:
        return [(first, last)]
    text = " ".join(w.text for w in words[first : last + 1])
    if text in places.PLACE_NAMES or text in orgs.KNOWN:
        return [(first, last)]
    starts = [first, *(k + 1 for k in joined[:-1])]
    if words[last].text in orgs.HEAD_WORDS and any(
        words[k - 1].text not in orgs.HEAD_WORDS
        or sum(w.text != "The" for w in words[a:k]) < _SHORTEST_NAMED_PART
        for a, k in zip(starts, joined, strict=True)
    ):
        # "Marks and Spencer Group", "Securities and Exchange Commission"; but "Davy
        # Stockbrokers and Acme Bank" are two
        return [(first, last)]
    parts: list[tuple[int, int]] = []
    start = first
    for k in joined:
        parts.append((start, k - 1))
        start = k + 1
    parts.append((start, last))
    return parts


def _role_phrases(text: str, words: list[Word], stop: int) -> list[RolePhrase]:
    """
    Find role phrases that name a country: "Iran’s defense chief", "the Iraqi defense chief".

    A role phrase is a country (possessive) or demonym followed by a role noun of the
    lexicon; *stop* is where the sentence ends.
    """
    found: list[RolePhrase] = []
    for i, word in enumerate(words):
        if not word.cap or word.text not in _ROLE_OPENERS:
            continue
        country = places.DEMONYMS.get(word.text)
        if country is None:
            entry = places.PLACE_NAMES.get(word.text)
            if entry is None or entry[1] != "country":
                continue
            country = entry[0]
        match = _ROLE_AFTER.match(text, word.end, stop)
        if match is not None:
            role = match.group("role")
            found.append(RolePhrase(word.start, match.end(), role, country, word.sentence, i, i))
    return found


def scan_sentence(
    text: str, floor: int, words: list[Word], lowered: Container[str]
) -> tuple[list[Mention], list[RolePhrase], list[str]]:
    """
    Find the mentions, role phrases and countries named by demonym in one sentence.

    *floor* is where the sentence starts in *text*.
    *lowered* is every word the article writes in lower case: a sentence's first word
    that the article also writes in lower case ("Relations", "Responding") is no name.
    """
    if len(words) == 1:
        return _scan_one(words[0], lowered)
    texts = [w.text for w in words]
    demonyms = (
        []
        if places.DEMONYMS.keys().isdisjoint(texts)
        else [places.DEMONYMS[t] for t in texts if t in places.DEMONYMS]
    )
    consumed: set[int] = set()
    mentions = _run_mentions(words, lowered, consumed)
    for mention in mentions:
        if mention.kind in {"person", "unknown"} and mention.honorific is None:
            if mention.role is None and _organization_before(text, floor, mention):
                continue
            if mention.kind == "person" and mention.role is None:
                _role_before(text, floor, mention)
    if "(" in texts:
        mentions.extend(lower_acronyms(text, floor, words, consumed))
    if consumed:
        mentions = [m for m in mentions if m.first_word not in consumed]
    if len(mentions) > 1:
        mentions.sort(key=_START)
    if _ROLE_OPENERS.isdisjoint(texts):
        return mentions, [], demonyms
    return mentions, _role_phrases(text, words, words[-1].end), demonyms


def _scan_one(
    word: Word, lowered: Container[str]
) -> tuple[list[Mention], list[RolePhrase], list[str]]:
    """
    `scan_sentence` for a sentence of one word, a fifth of them ("He said ..."): a run
    of one word with no acronym after it, no role phrase and no title before it.
    """
    demonym = places.DEMONYMS.get(word.text)
    demonyms = [] if demonym is None else [demonym]
    mention = alone(word, 0, lowered) if word.cap else None
    return ([] if mention is None else [mention]), [], demonyms


def _run_mentions(words: list[Word], lowered: Container[str], consumed: set[int]) -> list[Mention]:
    """The mentions of the runs of capitalised words; the words of acronyms go to *consumed*."""
    mentions: list[Mention] = []
    size = len(words)
    first = 0
    while first < size:
        if not words[first].cap:
            first += 1
            continue
        last = _run_end(words, first)
        if first == last and first not in consumed:
            after = first + 1  # a "(" right after the word may open its acronym
            if after == size or words[after].text != "(" or not words[after].joined:
                mention = alone(words[first], first, lowered)
                if mention is not None:
                    mentions.append(mention)
                first += 1
                continue
        for a, b in _split_and(words, first, last):
            if a <= b and a not in consumed:
                mentions.extend(_scan_run(words, a, b, lowered, consumed))
        first = last + 1
    return mentions


def _scan_run(
    words: list[Word],
    a: int,
    b: int,
    lowered: Container[str],
    consumed: set[int],
) -> list[Mention]:
    """The mentions of the run ``words[a : b + 1]``; the acronym after it goes to *consumed*."""
    run = _strip_start(words[a : b + 1], lowered)
    if not run:
        return []
    at = a + _leading_dropped(words, a, run)
    acronym = acronym_at(words, b + 1)
    if acronym is None:
        after_the = at > 0 and words[at - 1].text in {"the", "The"}
        found = classify(run, at, lowered, after_the=after_the) or _classify_parts(run, at, lowered)
    else:
        consumed.update(range(b + 1, acronym[1]))
        found = _with_acronym(run, at, acronym[0], lowered)
    return found


def _role_before(text: str, floor: int, mention: Mention) -> None:
    """Take a role noun written just before a name: "press secretary Josh Earnest"."""
    window = max(floor, mention.start - _ROLE_WINDOW)
    if not _ends_in_role(text[window : mention.start]):
        return
    found = _ROLE_BEFORE.search(text, window, mention.start)
    if found is not None:
        mention.role = found.group("role")
        mention.weak = False


def _organization_before(text: str, floor: int, mention: Mention) -> bool:
    """
    Make a name an organization when a noun for one stands right before it: "software
    company Kelvara", "the retailer Tesco"; say whether it did.
    """
    window = text[max(floor, mention.start - _ROLE_WINDOW) : mention.start]
    if not window.endswith(" "):
        return False
    parts = window.rsplit(None, 1)
    kind = orgs.ORGANIZATION_NOUNS.get(parts[-1]) if parts else None
    if kind is None:
        return False
    mention.kind = "organization"
    mention.org_kind = mention.org_kind or kind
    mention.weak = False
    return True


def _ends_in_role(before: str) -> bool:
    """Whether *before* ends in a role noun and one or two spaces, as _ROLE_BEFORE needs."""
    if not before.endswith(" "):
        return False
    core = before[:-1]
    return _ends_with_role(core) or (core.endswith(" ") and _ends_with_role(core[:-1]))


def _ends_with_role(text: str) -> bool:
    """Whether *text* ends in a role noun: only those with its last letters are compared."""
    return text.endswith(_ROLES_BY_TAIL.get(text[-_ROLE_TAIL:], ()))


def _with_acronym(
    run: list[Word], at: int, acronyms: tuple[str, ...], lowered: Container[str]
) -> list[Mention]:
    """
    Classify a run followed by "(PMF)": the words whose initials spell the acronym
    ("Members of the Friends to Save Otters (FSO)") or else the whole run's last mention
    is an organization with those acronyms ("Islamic State (ISIS/ISIL)").
    """
    texts = [w.text for w in run]
    start = next(
        (k for k in range(len(run)) if run[k].cap and initials(texts[k:]) == acronyms[0]), None
    )
    if start is not None:
        before = _classify_parts(run[:start], at, lowered) if start else []
        org = Maker(run, at).org(start, org_kind(texts, start) or "other")
        org.acronyms = acronyms
        return [*before, org]
    found = classify(run, at, lowered) or _classify_parts(run, at, lowered)
    for mention in found:
        if mention.kind != "place" and mention.end == run[-1].end:
            mention.kind = "organization"
            mention.acronyms = acronyms
            mention.org_kind = mention.org_kind or "other"
            mention.role = mention.honorific = mention.country = None
    return found


def _classify_parts(run: list[Word], at: int, lowered: Container[str]) -> list[Mention]:
    """Classify the parts of a run that names nothing as a whole, cut at its joiners."""
    if not any(w.text in GAP_JOINERS for w in run):
        return classify(run, at, lowered)
    found: list[Mention] = []
    start = 0
    for k in [*(i for i, w in enumerate(run) if w.text in GAP_JOINERS), len(run)]:
        part = _strip_start(run[start:k], lowered) if k > start else []
        if part:
            found.extend(classify(part, at + start + _leading_dropped(run, start, part), lowered))
        start = k + 1
    return found


def _leading_dropped(words: list[Word], first: int, run: list[Word]) -> int:
    """How many words of the run starting at *first* were dropped from its start."""
    k = first
    while words[k] is not run[0]:
        k += 1
    return k - first
