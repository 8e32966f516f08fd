"""The actors of a generated story, and how a reporter names each of them in the text."""

from __future__ import annotations

from typing import Literal

from attrs import define, evolve, field

from newsmodel.model import Organization, Person, Place, Span, slugify
from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._plan import Intro, PersonPlan
from newsmodel.strategies._prose._writer import Writer

Position = Literal["start", "mid", "end"]


@define
class Cast:
    """
    Every actor a story may name, with the mentions written so far.

    An actor that the text never names is left out of `actors`, so the truth holds
    exactly the people, organizations and places a reader can find.
    """

    writer: Writer
    persons: tuple[PersonPlan, ...]
    organizations: tuple[int, ...]
    acronym_first: bool
    mentions: dict[str, list[Span]] = field(factory=dict)
    aliases: dict[str, list[str]] = field(factory=dict)
    honorifics: dict[int, str] = field(factory=dict)
    order: list[str] = field(factory=list)  # actor ids, in order of first mention
    titled: set[int] = field(factory=set)  # persons whose role the text gives
    affiliated: set[int] = field(factory=set)  # ... with the country or organization
    introduced: set[int] = field(factory=set)  # persons the body has named in full

    # ---- ids and names

    def person_id(self, i: int) -> str:
        return slugify("person", self.full_name(i))

    def full_name(self, i: int) -> str:
        plan = self.persons[i]
        return f"{pools.ALL_FIRST_NAMES[plan.first][0]} {pools.LAST_NAMES[plan.last]}"

    def gender(self, i: int) -> pools.Gender:
        return pools.ALL_FIRST_NAMES[self.persons[i].first][1]

    def organization_id(self, j: int) -> str:
        return slugify("organization", pools.ORGANIZATIONS[self.organizations[j]][0])

    def _mention(self, actor_id: str, span: Span, alias: str | None = None) -> None:
        if actor_id not in self.mentions:
            self.mentions[actor_id] = []
            self.aliases[actor_id] = []
            self.order.append(actor_id)
        self.mentions[actor_id].append(span)
        if alias is not None and alias not in self.aliases[actor_id]:
            self.aliases[actor_id].append(alias)

    # ---- writing mentions

    def country(self, k: int) -> str:
        """Write a country's name; return its id."""
        name = pools.COUNTRIES[k][0]
        place_id = slugify("place", name)
        self._mention(place_id, self.writer.write(name))
        return place_id

    def city(self, k: int) -> str:
        name = pools.COUNTRIES[k][2]
        place_id = slugify("place", name)
        self._mention(place_id, self.writer.write(name))
        return place_id

    def organization(self, j: int, *, capital: bool) -> str:
        """Write "the World Health Organization (WHO)" once, then "the WHO"; return its id."""
        name, acronym, _kind = pools.ORGANIZATIONS[self.organizations[j]]
        org_id = self.organization_id(j)
        self.writer.write("The " if capital else "the ")
        if org_id in self.mentions and acronym and self.acronym_first:
            # Only an acronym the text spelled out may stand alone: "the CSO".
            self._mention(org_id, self.writer.write(acronym), acronym)
            return org_id
        self._mention(org_id, self.writer.write(name))
        if acronym and self.acronym_first:
            self.writer.write(" (")
            self._mention(org_id, self.writer.write(acronym), acronym)
            self.writer.write(")")
        return org_id

    def person(self, i: int, position: Position) -> str:
        """
        Write how the story names person *i* here; return the person's id.

        The first mention gives the full name with the role (in apposition, before the
        name, or as a title), later ones the surname, perhaps with a courtesy title.
        """
        person_id = self.person_id(i)
        plan = self.persons[i]
        if i in self.introduced:
            if plan.honorific_later:
                self.writer.write(self._courtesy(i) + " ")
            last = pools.LAST_NAMES[plan.last]
            self._mention(person_id, self.writer.write(last), last)
            return person_id
        self.introduced.add(i)
        intro = self._intro(i, position)
        if intro != "plain":
            self.titled.add(i)
        if intro == "before":
            self._role(i, capital=position == "start")
            self.writer.write(", ")
        elif intro == "title" and plan.role is not None:
            self.writer.write(pools.COUNTRY_ROLES[plan.role.job].title() + " ")
        elif intro == "plain" and plan.honorific is not None:
            self.writer.write(self._courtesy(i) + " ")
        self._mention(person_id, self.writer.write(self.full_name(i)))
        if intro == "after":
            self.writer.write(", ")
            self._role(i, capital=False)
        # An apposition closes with a comma, unless the sentence ends with it.
        if intro in {"before", "after"} and position != "end":
            self.writer.write(",")
        return person_id

    def _intro(self, i: int, position: Position) -> Intro:
        """The planned first mention, where the role and the sentence allow it."""
        plan = self.persons[i]
        if plan.role is None:
            return "plain"
        if plan.intro == "title" and plan.role.at != "country":
            return "after"
        if plan.intro == "before" and position == "end":
            return "after"
        return plan.intro

    def written_person(self, i: int) -> Span:
        """
        Write person *i*'s full name alone (a caption); return its span.

        A caption stands apart from the story, so the body still introduces the person.
        """
        courtesy = self._courtesy(i) if self.persons[i].honorific is not None else None
        if courtesy:
            self.writer.write(courtesy + " ")
        span = self.writer.write(self.full_name(i))
        self._mention(self.person_id(i), span)
        return span

    def _courtesy(self, i: int) -> str:
        plan = self.persons[i]
        gender = self.gender(i)
        if plan.honorific is None:
            title = "Ms." if gender == "f" else "Mr."
        else:
            title = pools.HONORIFICS[gender][plan.honorific]
        self.honorifics.setdefault(i, title)
        return title

    def _role(self, i: int, *, capital: bool) -> None:
        role = self.persons[i].role
        if role is None:
            return
        self.affiliated.add(i)
        if role.at == "country":
            self.country(role.where)
            self.writer.write("'s " + pools.COUNTRY_ROLES[role.job])
            return
        job = pools.ORGANIZATION_ROLES[role.job]
        article = "a" if job == "spokesperson" else "the"
        joiner = "for" if job == "spokesperson" else "of"
        self.writer.write(f"{article.title() if capital else article} {job} {joiner} ")
        self.organization(role.where, capital=False)

    # ---- the truth

    def actors(self) -> tuple[Person | Organization | Place, ...]:
        """Every actor named, in order of first mention, affiliations first."""
        built: dict[str, Person | Organization | Place] = {}
        for i, plan in enumerate(self.persons):
            person_id = self.person_id(i)
            if person_id not in self.mentions or person_id in built:
                continue
            role = plan.role if i in self.titled else None
            job: str | None = None
            affiliation: str | None = None
            if role is not None and role.at == "country":
                job = pools.COUNTRY_ROLES[role.job]
                affiliation = slugify("place", pools.COUNTRIES[role.where][0])
            elif role is not None:
                job = pools.ORGANIZATION_ROLES[role.job]
                affiliation = self.organization_id(role.where)
            built[person_id] = Person(
                id=person_id,
                name=self.full_name(i),
                aliases=tuple(self.aliases[person_id]),
                mentions=tuple(self.mentions[person_id]),
                honorific=self.honorifics.get(i),
                role=job,
                affiliation=affiliation if i in self.affiliated else None,
            )
        for j, index in enumerate(self.organizations):
            org_id = self.organization_id(j)
            if org_id in self.mentions and org_id not in built:
                name, acronym, kind = pools.ORGANIZATIONS[index]
                built[org_id] = Organization(
                    id=org_id,
                    name=name,
                    acronym=acronym,
                    kind=kind,
                    mentions=tuple(self.mentions[org_id]),
                )
        for name, iso, city in pools.COUNTRIES:
            places = (
                Place(id=slugify("place", name), name=name, kind="country", iso_code=iso),
                Place(id=slugify("place", city), name=city, kind="city"),
            )
            for place in places:
                if place.id in self.mentions and place.id not in built:
                    built[place.id] = evolve(place, mentions=tuple(self.mentions[place.id]))
        return tuple(built[actor_id] for actor_id in self.order)
