"""
Transparency: the corrections an article carries, as the Trust Project and schema.org
describe them (a ``CorrectionComment`` with its text and the date it was published).

The publisher's policies (``correctionsPolicy``, ``masthead``, ...) need no rule of their
own: the schema check already knows their domains (an Organization, or only a
NewsMediaOrganization for ``masthead``) and their range (a URL or a CreativeWork).
"""

from __future__ import annotations

import datetime as dt

from newsmodel.jsonld._vocab import Vocabulary
from newsmodel.lint._google import _props, _resolve, _text
from newsmodel.lint._graph import Node, described_by_id
from newsmodel.lint._report import Collector
from newsmodel.lint._values import date_kind, has_timezone


def check(all_nodes: list[Node], vocab: Vocabulary, issues: Collector) -> None:
    """Check each Article's corrections: their text, their date, and its order."""
    described = described_by_id(all_nodes)
    for node in all_nodes:
        if any(vocab.is_subtype(t, "Article") for t in node.types):
            published = _moment(next((v for _, v in _props(node, "datePublished")), None))
            for path, value in _props(node, "correction"):
                _correction(path, value, published, described, issues)


def _moment(value: object) -> dt.datetime | None:
    text = _text(value)
    if text is None or date_kind(text.strip()) != "DateTime" or not has_timezone(text.strip()):
        return None
    return dt.datetime.fromisoformat(text.strip())


def _correction(
    path: str,
    value: object,
    published: dt.datetime | None,
    described: dict[str, Node],
    issues: Collector,
) -> None:
    correction = _resolve(value, path, described)
    if correction is None or correction.is_reference:
        return  # a text or a URL: allowed, and nothing more to check
    texts = [_text(v) for _, v in _props(correction, "text")]
    if not any(text and text.strip() for text in texts):
        issues.error(
            correction.path, "the correction has no text: say what was corrected", "correction-text"
        )
    dates = _props(correction, "datePublished")
    if not dates:
        issues.warning(
            correction.path,
            "the correction has no datePublished; readers need to know when it was made",
            "correction-date",
        )
    for date_path, date in dates:
        moment = _moment(date)
        if moment is not None and published is not None and moment < published:
            issues.warning(
                date_path,
                f"the correction ({moment.isoformat()}) is dated before the article's "
                f"datePublished ({published.isoformat()})",
                "correction-date-order",
            )
