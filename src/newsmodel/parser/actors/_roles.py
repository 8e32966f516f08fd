"""
Role phrases ("Iran’s defense chief") joined to people: the person they stand beside in
apposition takes their role and country; elsewhere they refer to the person with the
same role and country.
"""

from __future__ import annotations

from newsmodel.parser.actors._build import Entity
from newsmodel.parser.actors._mentions import RolePhrase
from newsmodel.parser.actors._names import Mention

_COUNTERPART = "counterpart"
#: A role phrase is compared with at most this many people of the same role and
#: country, so that adversarial input stays linear; news names far fewer.
_RECENT = 16
_APPOSITION_GAP = 3  # ", " with a stray space


def _in_apposition(gap: str) -> bool:
    """Whether two phrases separated by *gap* stand in apposition: nothing or a comma."""
    return len(gap) <= _APPOSITION_GAP and gap.strip() in {"", ","}


def attach(
    text: str,
    phrase: RolePhrase,
    starts: dict[int, Mention],
    ends: dict[int, Mention],
) -> Mention | None:
    """The person a role phrase stands in apposition with, if any."""
    after = phrase.last_word + 1
    following = starts.get(after)
    if (
        following is not None
        and following.kind == "person"
        and _in_apposition(text[phrase.end : following.start])
    ):
        return following
    preceding = ends.get(phrase.first_word - 1)
    if (
        preceding is not None
        and preceding.kind == "person"
        and _in_apposition(text[preceding.end : phrase.start])
    ):
        return preceding
    return None


def _role_key(role: str, country: str | None) -> tuple[str, str | None]:
    return role.rsplit(maxsplit=1)[-1].casefold(), country


def _resolve_phrase(
    phrase: RolePhrase, by_role: dict[tuple[str, str | None], list[Entity]]
) -> Entity | None:
    """The person a role phrase refers to: same role head and country, nearest before it."""
    best: Entity | None = None
    for entity in by_role.get(_role_key(phrase.role, phrase.country), [])[:_RECENT]:
        if best is None or entity.sentence <= phrase.sentence:
            best = entity
    return best


def _first_country(demonyms: list[str], found: list[Mention]) -> str | None:
    """The first country a sentence names: by demonym ("Iraqi"), else by name."""
    if demonyms:
        return demonyms[0]
    return next((m.name for m in found if m.place_kind == "country"), None)


def assign_roles(
    phrases: list[tuple[RolePhrase, Mention | None]],
    by_mention: dict[int, Entity],
    entities: list[Entity],
    named_in: dict[int, tuple[list[str], list[Mention]]],
) -> None:
    """
    Give people the roles and countries of the role phrases in apposition with them.

    A "counterpart" takes the role of the other person the sentence names with a role
    ("Iran's defense chief ... his Iraqi counterpart"); a person with a title and no
    country takes the first country the sentence of their first mention names.
    """
    placed: list[tuple[RolePhrase, Entity]] = []
    for phrase, mention in phrases:
        entity = by_mention.get(id(mention)) if mention is not None else None
        if entity is not None:
            entity.role = entity.role or phrase.role
            entity.country = entity.country or phrase.country
            placed.append((phrase, entity))
    by_sentence: dict[int, list[Entity]] = {}
    for phrase, entity in placed:
        by_sentence.setdefault(phrase.sentence, []).append(entity)
    for phrase, entity in placed:
        if entity.role == _COUNTERPART:
            other = next(
                (o for o in by_sentence[phrase.sentence] if o is not entity),
                None,
            )
            entity.role = other.role if other is not None and other.role != _COUNTERPART else None
    for entity in entities:
        if entity.kind == "person" and entity.role is not None and entity.country is None:
            entity.country = _first_country(*named_in.get(entity.sentence, ([], [])))


def describe(
    phrases: list[tuple[RolePhrase, Mention | None]],
    by_mention: dict[int, Entity],
    entities: list[Entity],
) -> None:
    """Add each role phrase as a mention of the person it refers to, when one does."""
    if not phrases:
        return
    by_role: dict[tuple[str, str | None], list[Entity]] = {}
    for e in entities:
        if e.kind == "person" and e.role:
            by_role.setdefault(_role_key(e.role, e.country), []).append(e)
    for phrase, mention in phrases:
        target = by_mention.get(id(mention)) if mention is not None else None
        if target is None and phrase.role != _COUNTERPART:
            target = _resolve_phrase(phrase, by_role)
        if target is not None:
            target.mentions.append((phrase.start, phrase.end, ""))  # a description, no alias
