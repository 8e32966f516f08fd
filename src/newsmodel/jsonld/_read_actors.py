"""Read the people, organizations and places of a JSON-LD graph back into model actors."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from newsmodel.errors import ModelError
from newsmodel.jsonld import _names as names
from newsmodel.jsonld._graph import Graph, NodeView
from newsmodel.jsonld._vocab import vocabulary
from newsmodel.model import Actor, Organization, Person, Place, slugify

_ACTOR_ID = re.compile(r"(person|organization|place)/\S+")
_ACRONYM = re.compile(r"(?=(?:.*[A-Z]){2})[A-Z0-9&.\-]{2,12}")


class ActorReader:
    """Reads the actors an Article node's graph describes, and resolves references to them."""

    def __init__(self, *, graph: Graph, node: NodeView) -> None:
        self.graph, self.node = graph, node
        self.actor_ids: dict[int, str] = {}  # id(NodeView) -> the model actor id
        self.suffixes: dict[str, int] = {}  # candidate id -> the number its next copy tries

    def _nodes(self) -> list[NodeView]:
        """Every person, organization or place, except the byline and the publisher."""
        credited = {
            id(n)
            for prop in ("author", "publisher")
            for n in self.graph.resolve_all(self.node, prop)
        }
        referenced = {
            id(n)
            for prop in ("about", "mentions", "locationCreated")
            for n in self.graph.resolve_all(self.node, prop)
        }
        seen: set[int] = set()
        found = []
        for node in self.graph.nodes:
            real = self.graph.resolve(node) or node
            if id(real) in seen:  # its types are read once, however often it is described
                continue
            seen.add(id(real))
            if not any(real.is_a(t) for t in ("Person", "Organization", "Place")):
                continue
            if id(real) in credited and id(real) not in referenced:
                continue
            found.append(real)
        return found

    def actors(self) -> tuple[Actor, ...]:
        """Every actor the graph describes, each with a unique model id."""
        nodes = self._nodes()
        taken: set[str] = set()
        for node in nodes:
            actor_id = self._actor_id(node, taken)
            if actor_id is not None:
                self.actor_ids[id(node)] = actor_id
                taken.add(actor_id)
        actors = []
        for node in nodes:
            if id(node) in self.actor_ids:
                actor = self._actor(node, self.actor_ids[id(node)])
                if actor is None:
                    del self.actor_ids[id(node)]
                else:
                    actors.append(actor)
        return tuple(actors)

    @staticmethod
    def _kind(node: NodeView) -> str:
        if node.is_a("Person"):
            return "person"
        return "organization" if node.is_a("Organization") else "place"

    def _actor_id(self, node: NodeView, taken: set[str]) -> str | None:
        """Reuse the id newsmodel wrote in the fragment; otherwise slugify the name."""
        name = node.text("name")
        if name is None and node.is_a("Person"):
            name = node.text("description")  # an unnamed source
        if name is None:
            return None  # a node missing what it needs is not an actor
        kind = self._kind(node)
        fragment = unquote(node.id.rpartition("#")[2]) if node.id and "#" in node.id else ""
        candidate = fragment if _ACTOR_ID.fullmatch(fragment) and fragment.startswith(kind) else ""
        candidate = candidate or slugify(kind, name)  # type: ignore[arg-type]
        # Numbers below the one remembered are taken already: many actors of one name
        # cost one step each, not one step for each actor of that name before them.
        n = self.suffixes.get(candidate, 1)
        unique = candidate if n == 1 else f"{candidate}-{n}"
        while unique in taken:
            n += 1
            unique = f"{candidate}-{n}"
        self.suffixes[candidate] = n
        return unique

    def reference(self, value: Any) -> str | None:
        """The model id of the actor *value* points to, if it is one that was read."""
        node = self.graph.resolve(value)
        return self.actor_ids.get(id(node)) if node is not None else None

    def _actor(self, node: NodeView, actor_id: str) -> Actor | None:
        name = node.text("name")
        described = name is None and node.is_a("Person")
        if described:  # an unnamed source, published with its description only
            name = node.text("description")
        if name is None:
            return None
        aliases = tuple(node.texts("alternateName"))
        same_as = tuple(node.texts("sameAs"))
        try:
            if node.is_a("Person"):
                return Person(
                    id=actor_id,
                    name=name,
                    aliases=aliases,
                    same_as=same_as,
                    honorific=node.text("honorificPrefix"),
                    role=node.text("jobTitle") or self._term(node, "jobTitle"),
                    affiliation=next(
                        filter(None, map(self.reference, node.values("affiliation"))), None
                    ),
                    described=described,
                )
            if node.is_a("Organization"):
                acronym = aliases[0] if aliases and _ACRONYM.fullmatch(aliases[0]) else None
                return Organization(
                    id=actor_id,
                    name=name,
                    aliases=aliases[1:] if acronym else aliases,
                    same_as=same_as,
                    acronym=acronym,
                    kind=_most_specific(node, names.ORGANIZATION_KINDS),  # type: ignore[arg-type]
                )
            return Place(
                id=actor_id,
                name=name,
                aliases=aliases,
                same_as=same_as,
                kind=_most_specific(node, names.PLACE_KINDS),  # type: ignore[arg-type]
                iso_code=self._iso_code(node),
            )
        except ModelError:
            return None

    def _term(self, node: NodeView, name: str) -> str | None:
        for term in self.graph.resolve_all(node, name):
            return term.text("name")
        return None

    def _iso_code(self, node: NodeView) -> str | None:
        for identifier in self.graph.resolve_all(node, "identifier"):
            if identifier.text("propertyID") == names.ISO_3166_PROPERTY:
                code = identifier.text("value")
                if code and re.fullmatch(r"[A-Z]{2}", code):
                    return code
        return None


def _most_specific(node: NodeView, table: dict[str, str]) -> str | None:
    """Return the kind of the first table entry (most specific first) the node's types match."""
    vocab = vocabulary()
    for type_name, kind in table.items():
        if any(vocab.is_subtype(t, type_name) for t in node.types):
            return kind
    return None
