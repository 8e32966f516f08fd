"""The quick test of an article's cross-field invariants, for the usual, valid article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmodel.model._actors import Person

if TYPE_CHECKING:
    from newsmodel.model._article import Article


def references_hold(article: Article) -> bool:  # noqa: C901, PLR0911, PLR0912
    """
    Whether every span lies in the text, every item's text is what its span covers,
    actor ids are unique, every reference names an actor and modified is not before
    published: the article checks `Article` words one by one, done in plain loops.
    """
    text = article.text
    size = len(text)
    for paragraph in article.paragraphs:
        if paragraph.span.end > size:
            return False
    for span in article.boilerplate:
        if span.end > size:
            return False
    image = article.image
    if image is not None and image.span is not None and image.span.end > size:
        return False
    for picture in article.images:
        if image is None or (picture.span is not None and picture.span.end > size):
            return False
    ids: set[str] = set()
    for actor in article.actors:
        if actor.id in ids:
            return False
        ids.add(actor.id)
        for mention in actor.mentions:
            if mention.end > size:
                return False
    for actor in article.actors:
        if type(actor) is Person and actor.affiliation is not None and actor.affiliation not in ids:
            return False
    for quote in article.quotes:
        span, cue_span = quote.span, quote.cue_span
        if span.end > size or text[span.start : span.end] != quote.text:
            return False
        if (quote.speaker is not None and quote.speaker not in ids) or (
            quote.via is not None and quote.via not in ids
        ):
            return False
        if (
            cue_span is not None
            and quote.cue is not None
            and (cue_span.end > size or text[cue_span.start : cue_span.end] != quote.cue)
        ):
            return False
    for item in article.figures:
        span = item.span
        if span.end > size or text[span.start : span.end] != item.text:
            return False
        if item.about is not None and item.about not in ids:
            return False
    for date in article.dates:
        span = date.span
        if span.end > size or text[span.start : span.end] != date.text:
            return False
    published, modified = article.published, article.modified
    return published is None or modified is None or not modified < published
