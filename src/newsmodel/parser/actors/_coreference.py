"""
Actors: the people, organizations and places of an article, one each across its mentions.

Coreference is by rule: places by their canonical lexicon name ("the U.S." and "the United
States"), organizations by name, suffix ("State Department" in "the U.S. State Department")
and acronym ("PMF"), people by surname with compatible first names ("Gen. Hatami",
"Hatami").
Role phrases ("Iran’s defense chief") take the person they stand beside in apposition and
give that person a role and an affiliation; elsewhere they refer to the person with the
same role and country.
"""

from __future__ import annotations

from collections.abc import Container

from newsmodel.model import Actor, Span
from newsmodel.parser.actors._build import Entity, build
from newsmodel.parser.actors._corefer import tie_descriptions
from newsmodel.parser.actors._listed import listed_beside
from newsmodel.parser.actors._lone_words import cited, heading, named_in_heading, place_of
from newsmodel.parser.actors._lower_words import LowerWords
from newsmodel.parser.actors._mentions import RolePhrase, scan_sentence
from newsmodel.parser.actors._names import Mention, common_noun
from newsmodel.parser.actors._nested import nested_places
from newsmodel.parser.actors._registry import RECENT, Registry, org_key, surname
from newsmodel.parser.actors._roles import assign_roles, attach, describe
from newsmodel.parser.actors._words import Word, words_of
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import places
from newsmodel.parser.lexicons.captions import CAPTION_VERBS
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES
from newsmodel.parser.lexicons.people import TITLE_HEAD_SET
from newsmodel.parser.text._view import TextView

_LONGEST_NAME = 5
_SHORTEST_ACRONYM = 2
# How far after a name a caption's picture verb is read: " gestures " and its spaces.
_VERB_REACH = 16


def _confirm_pictured(text: str, found: list[Mention]) -> None:
    """A name right before a picture verb in a caption is a person: "Ana Silva arrives"."""
    for m in found:
        if m.kind == "person" and m.weak:
            following = text[m.end : m.end + _VERB_REACH].split(maxsplit=1)
            m.weak = not following or following[0] not in CAPTION_VERBS


def find_actors(
    view: TextView,
    sentences: list[int],
    headline: list[int],
    dateline: Span | None = None,
    *,
    captions: tuple[Span, ...] = (),
    picture_credits: tuple[Span, ...] = (),
) -> tuple[Actor, ...]:
    """
    Find the actors of the text, one per person, organization or place.

    *sentences* are the indices (into ``view.sentences``) of the caption and body;
    *headline* those of the headline, where only names known from the lexicons or the
    body count, since a headline capitalises every word.
    *dateline* is the place of the dateline ("BEIRUT"), a mention when the lexicon knows it.
    *captions* are the paragraphs of the pictures' captions, where a name before a picture
    verb ("Ana Silva arrives for ...") is a person; *picture_credits* are their picture credits
    ("AP Photo"), whose words name no actor.
    """
    text = view.text
    lowered = LowerWords(text)
    registry = Registry()
    mentions: list[Mention] = []
    phrases: list[tuple[RolePhrase, Mention | None]] = []
    named_in: dict[int, tuple[list[str], list[Mention]]] = {}
    nested: list[Mention] = []  # the places inside organizations' names
    # the sentences that are a paragraph of their own, where headings stand
    alone = {first for first, stop in view.paragraph_sentences if stop - first == 1}
    for index in sentences:
        sentence = view.sentences[index]
        words = words_of(text, sentence, index)
        found, roles, demonyms = scan_sentence(text, sentence.start, words, lowered)
        for credit in picture_credits:
            if sentence.start < credit.end and credit.start < sentence.end:
                found = [m for m in found if m.end <= credit.start or m.start >= credit.end]
        if any(c.start <= sentence.start < c.end for c in captions):
            _confirm_pictured(text, found)
        elif index in alone and found and heading(sentence.slice(text)):
            found = [m for m in found if named_in_heading(m, lowered)]
        mentions.extend(found)
        named_in[index] = demonyms, found
        if roles:
            starts = {m.first_word: m for m in found}
            ends = {m.last_word: m for m in found}
            phrases.extend((p, attach(text, p, starts, ends)) for p in roles)
        nested.extend(nested_places(words, found))
    confirmed = {id(m) for _, m in phrases if m is not None}
    if dateline is not None and (place := _dateline_place(text, dateline)) is not None:
        # the dateline's place in capitals is that place, not an acronym: "WASHINGTON (AP)"
        mentions = [m for m in mentions if m.end <= place.start or m.start >= place.end]
        mentions.insert(0, place)
    _cluster(mentions, registry, text, confirmed, lowered, nested=nested)
    _merge_acronyms(registry)
    assign_roles(phrases, registry.by_mention, registry.entities, named_in)
    describe(phrases, registry.by_mention, registry.entities)
    if sentences:
        first, last = view.sentences[sentences[0]], view.sentences[sentences[-1]]
        tie_descriptions(text, first.start, last.end, registry.entities)
    for index in headline:
        _scan_known(words_of(text, view.sentences[index], index), registry, text)
    return build(registry.entities)


def _dateline_place(text: str, span: Span) -> Mention | None:
    """The place a dateline names, written in capitals: "WASHINGTON" is Washington."""
    entry = places.PLACE_NAMES.get(span.slice(text).title())
    if entry is None:
        return None
    name, place_kind, iso = entry
    mention = Mention("place", span.start, span.end, name, -1)
    mention.place_kind, mention.iso = place_kind, iso
    return mention


def _cluster(
    mentions: list[Mention],
    registry: Registry,
    text: str,
    confirmed: set[int],
    lowered: Container[str],
    *,
    nested: list[Mention],
) -> None:
    """
    Join mentions into entities: places and organizations, then full names, then the rest,
    then the *nested* places inside organizations' names, which a list beside them leaves
    unplaced ("Bolshevik Russia or Hitler's Germany").
    """
    # a name with no title and no known given name is a person only when the text also
    # names them by surname alone ("Arsene Wenger ... Wenger said") or in apposition
    evidence: set[str] = set()
    strong: list[Mention] = []
    weak: list[Mention] = []
    single: list[Mention] = []
    for m in mentions:
        kind = m.kind
        if kind == "place":
            registry.add(m, registry.place(m), text)
            registry.place_starts.add(m.start)
            registry.place_ends.add(m.end)
            continue
        alone = " " not in m.name
        if (
            alone
            and kind in {"person", "unknown"}
            and m.name.lower() not in lowered
            and not common_noun(m.name)
        ):
            # a place ("Pacific") or a common noun ("in a Grammar") is no one's surname
            evidence.add(surname(m.name))
        if kind == "organization":
            registry.add(m, registry.org(m), text)
        elif kind == "person":
            (single if alone else weak if m.weak else strong).append(m)
    for m in strong + weak + single:
        _add_person(m, registry, text, evidence, confirmed, lowered=lowered)
    for m in mentions:
        if m.kind == "unknown":
            _resolve_single(m, registry, text, lowered)
    for m in nested:
        registry.add(m, registry.place(m), text)


def _add_person(
    m: Mention,
    registry: Registry,
    text: str,
    evidence: set[str],
    confirmed: set[int],
    *,
    lowered: Container[str],
) -> None:
    """Add a person's mention; a name that is no one's may be a place the gazetteer knows."""
    # a lone surname is a person only beside a title: "President Trump", "Gen. Hatami"
    titled = m.role is not None or m.honorific is not None
    # a name no title or given name vouches for ends in no common noun: "Civic Economics"
    create = titled or (
        " " in m.name
        and not (m.weak and common_noun(m.name.rsplit(None, 1)[-1]))
        and (
            not m.weak
            or surname(m.name) in evidence
            or id(m) in confirmed
            or (text[m.start - 1 : m.start] == "(" and cited(text, m))  # "(Flores Gómez, 2000)"
            or _beside_a_person(m, registry, text, lowered)
        )
    )
    person = registry.person(m, create=create)
    if person is not None:
        registry.add(m, person, text)
        if not m.weak:  # a name vouched for by more than a list: others beside it are named
            registry.person_starts.add(m.start)
            registry.person_ends.add(m.end)
    elif not create:
        _gazetteer_place(m, registry, text)


def _beside_a_person(m: Mention, registry: Registry, text: str, lowered: Container[str]) -> bool:
    """
    Whether a name is listed beside a person's whose name a given name or a title vouches
    for ("Ana Silva, Tomas Berg and ..."): not a title ("Vice President"), nor words the
    article also writes in lower case, nor the end of a title ("Sunshine of the Spotless
    Mind") or a title that opens with a participle ("Finding Neverland"), as the titles of
    films listed with actors are.
    """
    words = m.name.split()
    if (
        not TITLE_HEAD_SET.isdisjoint(words)
        or any(w.lower() in lowered for w in words)
        or text[max(0, m.start - 4) : m.start].endswith(("the ", "of "))
        or words[0].endswith("ing")
    ):
        return False
    return listed_beside(text, m, registry.person_starts, registry.person_ends)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _merge_acronyms(registry: Registry) -> None:
    """Join an organization named by an acronym to the one its initials spell ("NSA")."""
    acronyms = [
        e
        for e in registry.entities
        if e.kind == "organization" and e.name.isupper() and " " not in e.name
    ]
    if not acronyms:
        return
    spelled = {
        _initials(e.name): e
        for e in registry.entities
        if e.kind == "organization" and " " in e.name
    }
    merged: dict[int, Entity] = {}
    for entity in acronyms:
        full = spelled.get(entity.name)
        if full is None or full is entity or len(entity.name) < _SHORTEST_ACRONYM:
            continue
        full.mentions.extend(entity.mentions)
        if entity.name not in full.acronyms:
            full.acronyms.append(entity.name)
        entity.mentions.clear()  # an entity without mentions is not built
        merged[id(entity)] = full
    if merged:
        for key, mention_entity in registry.by_mention.items():
            registry.by_mention[key] = merged.get(id(mention_entity), mention_entity)


def _resolve_single(
    m: Mention, registry: Registry, text: str, lowered: Container[str] | None = None
) -> None:
    """
    Tie a lone capitalised word to an acronym, an organization or a person's surname;
    else it is a place when a preposition of place stands before it (see `_new_place`).
    """
    entity = registry.acronyms.get(m.name) or registry.orgs.get(org_key(m.name))
    if entity is None and m.name in orgs.HEAD_WORDS:  # "the Department", "the Agency"
        entity = next(
            (e for _, e in reversed(registry.heads.get(m.name.casefold(), [])[-RECENT:])),
            registry.bodies.get(m.name.casefold()),
        )
        if entity is None and text[max(0, m.start - 4) : m.start] in {"the ", "The "}:
            # "the Government", "the Court": the body the article is about, named by its noun
            m.kind, m.org_kind = "organization", orgs.HEAD_WORDS[m.name]
            entity = registry.org(m)
    if entity is None and not m.name.isupper():
        people = registry.surnames.get(surname(m.name), [])
        entity = people[-1] if people else None
    if entity is None and m.name in GIVEN_NAMES:
        entity = registry.given.get(m.name)  # "Hillary Clinton ... Hillary"
    if entity is None and cited(text, m):  # "(Bavelier et al., 2010)", "Klingberg (2010)"
        entity = registry.new("person", m.name, m.sentence)
        registry.surnames.setdefault(surname(m.name), []).append(entity)
    if entity is None:
        _gazetteer_place(m, registry, text, lowered)
        return
    m.kind = entity.kind
    registry.add(m, entity, text)


def _gazetteer_place(
    m: Mention, registry: Registry, text: str, lowered: Container[str] | None = None
) -> bool:
    """Make a name no rule placed a place when `place_of` finds it one; say whether it did."""
    entry = place_of(m, text, lowered, registry.place_starts, registry.place_ends)
    if entry is None:
        return False
    m.kind = "place"
    m.name, m.place_kind, m.iso = entry
    registry.add(m, registry.place(m), text)
    return True


def _scan_known(words: list[Word], registry: Registry, text: str) -> None:
    """Find the names the lexicons or the body already know in a headline."""
    people = {e.name for e in registry.entities if e.kind == "person"}
    i = 0
    while i < len(words):
        step = 1
        for width in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
            first, last = words[i], words[i + width - 1]
            if not first.cap or not last.cap:
                continue
            name = " ".join([w.text for w in words[i : i + width]])
            if name in places.PLACE_NAMES:
                m = Mention("place", first.start, last.end, name, first.sentence)
                m.name, m.place_kind, m.iso = places.PLACE_NAMES[name]
                registry.add(m, registry.place(m), text)
            elif name in registry.acronyms or org_key(name) in registry.orgs:
                entity = registry.acronyms.get(name) or registry.orgs[org_key(name)]
                m = Mention("unknown", first.start, last.end, name, first.sentence)
                registry.add(m, entity, text)
            elif name in people or (width == 1 and surname(name) in registry.surnames):
                m = Mention("unknown", first.start, last.end, name, first.sentence)
                _resolve_single(m, registry, text)
            else:
                continue
            step = width
            break
        i += step
