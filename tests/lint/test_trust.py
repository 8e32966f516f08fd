"""The linter checks an article's corrections, and knows the publisher's policy properties."""

from typing import Any

from newsmodel.validate import validate

PUBLISHED = "2024-05-02T09:00:00+00:00"


def graph(*corrections: Any, publisher: dict[str, Any] | None = None) -> dict[str, Any]:
    article = {
        "@type": "NewsArticle",
        "@id": "#article",
        "headline": "Bridge reopens",
        "datePublished": PUBLISHED,
        "correction": list(corrections),
    }
    nodes: list[dict[str, Any]] = [article]
    if publisher is not None:
        nodes.append({"@id": "#publisher", "name": "The Example", **publisher})
        article["publisher"] = {"@id": "#publisher"}
    return {"@context": "https://schema.org", "@graph": nodes}


def rules(doc: dict[str, Any]) -> tuple[set[str], set[str]]:
    report = validate(doc)
    return {i.rule for i in report.errors}, {i.rule for i in report.warnings}


def correction(**fields: Any) -> dict[str, Any]:
    return {"@type": "CorrectionComment", **fields}


def test_dated_correction_is_clean() -> None:
    """A correction with its text and a date after publication draws no issue of its own."""
    errors, warnings = rules(
        graph(
            correction(
                text="The mayor's name was misspelled.", datePublished="2024-05-03T10:00:00+00:00"
            )
        )
    )
    assert errors == set()
    assert not {w for w in warnings if w.startswith("correction")}


def test_correction_without_text_is_an_error() -> None:
    """A CorrectionComment that does not say what was corrected is an error."""
    errors, _ = rules(graph(correction(text=" ", datePublished=PUBLISHED)))
    assert "correction-text" in errors


def test_correction_without_date_or_dated_too_early_warns() -> None:
    """Readers need the correction's date, and it cannot precede the article's."""
    _, undated = rules(graph(correction(text="Fixed.")))
    assert "correction-date" in undated
    _, early = rules(graph(correction(text="Fixed.", datePublished="2024-05-01T09:00:00+00:00")))
    assert "correction-date-order" in early


def test_correction_as_text_is_allowed() -> None:
    """schema.org allows a correction as plain text (or a URL): no correction rule fires."""
    errors, warnings = rules(graph("The caption named the wrong minister."))
    assert not {r for r in errors | warnings if r.startswith("correction")}


def test_policies_belong_to_a_news_media_organization() -> None:
    """The policy properties are known; masthead applies to a NewsMediaOrganization only."""
    policies = {
        "correctionsPolicy": "https://news.example/corrections",
        "masthead": "https://news.example/masthead",
    }
    errors, _ = rules(graph(publisher={"@type": "NewsMediaOrganization", **policies}))
    assert errors == set()
    errors, _ = rules(graph(publisher={"@type": "Organization", **policies}))
    assert "property-domain" in errors
