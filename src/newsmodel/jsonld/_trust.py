"""
Transparency in JSON-LD: the publisher's policies, the article's corrections and backstory.

The property names are schema.org's, from the Trust Project's indicators: a policy is a
URL on the publisher's ``NewsMediaOrganization`` node, a correction a ``CorrectionComment``
node the article refers to with ``correction``, the backstory a text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from newsmodel.errors import ModelError
from newsmodel.jsonld._graph import Graph, NodeView, usable
from newsmodel.jsonld._ids import Ids, Node, put, ref
from newsmodel.model import Article, Correction

#: The schema.org property of each of `newsmodel.Publisher`'s policy fields.
POLICY_PROPERTIES: dict[str, str] = {
    "publishing_principles": "publishingPrinciples",
    "corrections_policy": "correctionsPolicy",
    "ethics_policy": "ethicsPolicy",
    "unnamed_sources_policy": "unnamedSourcesPolicy",
    "masthead": "masthead",
    "diversity_policy": "diversityPolicy",
    "diversity_staffing_report": "diversityStaffingReport",
    "ownership_funding_info": "ownershipFundingInfo",
    "actionable_feedback_policy": "actionableFeedbackPolicy",
    "verification_fact_checking_policy": "verificationFactCheckingPolicy",
    "mission_coverage_priorities_policy": "missionCoveragePrioritiesPolicy",
    "no_bylines_policy": "noBylinesPolicy",
}


def correction_id(ids: Ids, index: int) -> str:
    return ids.fragment(f"correction-{index + 1}")


def put_policies(node: Node, publisher: Any) -> None:
    """Add the publisher's policy URLs to its node."""
    for field, prop in POLICY_PROPERTIES.items():
        put(node, prop, getattr(publisher, field))


def put_transparency(node: Node, article: Article, ids: Ids) -> None:
    """Add the article's corrections (by reference) and backstory to its node."""
    put(node, "correction", [ref(correction_id(ids, i)) for i in range(len(article.corrections))])
    put(node, "backstory", article.backstory)


def correction_nodes(article: Article, ids: Ids) -> Iterator[Node]:
    for i, correction in enumerate(article.corrections):
        node: Node = {"@type": "CorrectionComment", "@id": correction_id(ids, i)}
        node["text"] = correction.text
        if correction.date is not None:
            node["datePublished"] = correction.date.isoformat()
        put(node, "url", correction.url)
        yield node


def read_policies(publisher: NodeView, checked: Any) -> dict[str, str | None]:
    """The policy fields a publisher node gives, each a URL the model accepts (else None)."""
    found: dict[str, str | None] = {}
    for field, prop in POLICY_PROPERTIES.items():
        value = next(iter(publisher.values(prop)), None)
        found[field] = checked("url", _url(value))
    return found


def _url(value: object) -> str | None:
    if isinstance(value, NodeView):  # a page node, or a reference by @id
        return value.text("url") or usable(value.id)
    return usable(value)


def read_corrections(graph: Graph, article: NodeView) -> tuple[Correction, ...]:
    """The article's corrections: CorrectionComment nodes, or plain texts, in order."""
    found = []
    for value in article.values("correction"):
        node = graph.resolve(value)
        text = usable(value) if node is None else node.text("text") or node.text("name")
        if not text:
            continue
        date = url = None
        if node is not None:
            date = _aware(node.text("datePublished") or node.text("dateCreated"))
            url = node.text("url")
        try:
            found.append(Correction(text=text, date=date, url=url))
        except ModelError:  # a url the model refuses: keep the words and the date
            found.append(Correction(text=text, date=date))
    return tuple(found)


def _aware(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None
