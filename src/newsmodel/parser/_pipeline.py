"""
The parser's pipeline: one immutable draft, passed through a numbered list of stages.

Each stage is a pure function from draft to draft that adds its layer; the text view
(paragraphs, sentences, tokens) is computed once, before the first stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeAlias

import attrs

from newsmodel.model import (
    Actor,
    Article,
    Author,
    DateMention,
    Figure,
    Image,
    Paragraph,
    Place,
    Publisher,
    Quote,
    Span,
)
from newsmodel.parser._input import (
    as_image,
    as_names,
    check_datetime,
    check_limit,
    check_text,
    read_input,
)
from newsmodel.parser.actors._coreference import find_actors
from newsmodel.parser.numbers import _dates, _figures
from newsmodel.parser.quotes import _direct, _speakers
from newsmodel.parser.quotes._candidates import QuoteCandidate
from newsmodel.parser.text._structure import Structure, find_structure
from newsmodel.parser.text._view import TextView, view

#: The default limit on the size of the text, in characters (about 500 long articles).
MAX_CHARS = 1_000_000


class Draft(NamedTuple):
    """
    What the stages know so far about one article.

    A named tuple rather than an attrs class: each stage makes a new one, and
    ``_replace`` is several times cheaper than ``attrs.evolve``.
    ``content`` and ``content_sentences`` are set with ``structure``, once, for the
    stages after it that read the article's sentences.
    """

    view: TextView
    published: dt.datetime | None = None
    find_headline: bool = True  # False when the caller gives the headline
    structure: Structure = Structure()
    content: tuple[int, ...] = ()  # headline, caption and body paragraphs, in order
    content_sentences: tuple[Span, ...] = ()  # the sentences of those paragraphs
    actors: tuple[Actor, ...] = ()
    candidates: tuple[QuoteCandidate, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def text(self) -> str:
        return self.view.text

    def sentence_indices(self, paragraphs: Iterable[int]) -> list[int]:
        out: list[int] = []
        for i in paragraphs:
            first, stop = self.view.paragraph_sentences[i]
            out.extend(range(first, stop))
        return out


Stage: TypeAlias = Callable[[Draft], Draft]


def _content(structure: Structure) -> tuple[int, ...]:
    """Indices of the paragraphs that are the article: headline, caption and body."""
    found = [i for i in (structure.headline, structure.caption) if i is not None]
    return tuple(sorted([*found, *structure.body]))


def structure_stage(draft: Draft) -> Draft:
    """1. Headline, caption, byline, dateline, body and boilerplate."""
    structure = find_structure(draft.view, find_headline=draft.find_headline)
    content = _content(structure)
    return draft._replace(
        structure=structure,
        content=content,
        content_sentences=tuple(draft.view.sentences_of(content)),
    )


def actors_stage(draft: Draft) -> Draft:
    """2. People, organizations and places, with coreference."""
    s = draft.structure
    pictured = [i for i, _, _ in s.captions]
    body = [i for i in (s.caption, *s.body, *pictured) if i is not None]
    headline = [] if s.headline is None else [s.headline]
    lead = () if s.caption is None else (s.caption,)
    picture_credits = (s.caption_credit_span, *(span for _, _, span in s.captions))
    actors = find_actors(
        draft.view,
        draft.sentence_indices(sorted(body)),
        draft.sentence_indices(headline),
        s.dateline_place,
        captions=tuple(draft.view.paragraphs[i] for i in (*lead, *pictured)),
        picture_credits=tuple(span for span in picture_credits if span is not None),
    )
    return draft._replace(actors=actors)


def quotes_stage(draft: Draft) -> Draft:
    """3. Quotations, with their cues and the speakers as written."""
    paragraphs = [draft.view.paragraphs[i] for i in draft.content]
    found = _direct.find_quotes(draft.text, paragraphs, draft.content_sentences)
    return draft._replace(candidates=tuple(found))


def speakers_stage(draft: Draft) -> Draft:
    """4. Each quotation's speaker tied to an actor; speakers first named there are added."""
    quotes, actors = _speakers.resolve_speakers(draft.text, draft.candidates, draft.actors)
    return draft._replace(quotes=tuple(quotes), actors=tuple(actors))


def figures_stage(draft: Draft) -> Draft:
    """5. Figures, with the place each one is about."""
    places = [(span, a.id) for a in draft.actors if isinstance(a, Place) for span in a.mentions]
    found = _figures.find_figures(draft.text, draft.content_sentences, places)
    return draft._replace(figures=tuple(found))


def dates_stage(draft: Draft) -> Draft:
    """6. Dates, resolved against the publication date when they are relative."""
    found = _dates.find_dates(draft.text, draft.content_sentences, draft.published)
    return draft._replace(dates=tuple(found))


#: The stages in the order they run; `parse` documents them with the same numbers.
STAGES: tuple[Stage, ...] = (
    structure_stage,
    actors_stage,
    quotes_stage,
    speakers_stage,
    figures_stage,
    dates_stage,
)


def _authors(authors: Iterable[Author | str], structure: Structure) -> tuple[Author, ...]:
    given = tuple(a if isinstance(a, Author) else Author(name=a) for a in authors)
    return given or tuple(Author(name=name) for name in structure.authors)


def _headline_in_text(text_view: TextView, headline: str | None) -> bool:
    """
    Whether the structure stage should look for the headline in the text: when none is
    given, or when the text's first paragraph is the given headline (a CMS that passes
    the headline and a text that repeats it), so that it is not read as body.
    """
    if headline is None:
        return True
    paragraphs = text_view.paragraphs
    return bool(paragraphs) and paragraphs[0].slice(text_view.text).strip() == headline.strip()


def _image(given: Image | None, found: Image | None) -> Image | None:
    """The caller's image, with the caption and credit the text gives where it has none."""
    if given is None or found is None:
        return given or found
    if given.caption is None:
        given = attrs.evolve(
            given, caption=found.caption, caption_truncated=found.caption_truncated, span=found.span
        )
    if given.credit is None and found.credit is not None:
        given = attrs.evolve(given, credit=found.credit)
    return given


def parse(
    text: str | bytes,
    *,
    headline: str | None = None,
    image: Image | str | None = None,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    url: str | None = None,
    authors: Iterable[Author | str] = (),
    publisher: Publisher | str | None = None,
    section: str | None = None,
    keywords: Iterable[str] = (),
    language: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Article:
    """
    Turn the plain text of a news article into an `Article`.

    The text is cut once into paragraphs, sentences and tokens; then the stages run in
    order, each adding its layer:

    1. structure: headline, photo caption, byline, dateline, body, boilerplate;
    2. actors: people, organizations and places, one each across their mentions;
    3. quotations, with their cues and speakers as written;
    4. speakers, tied to actors;
    5. figures;
    6. dates.

    The metadata arguments pass straight into the article; a byline in the text fills
    *authors* when none are given.
    A *headline* given by the caller is the article's headline, and the text's first
    paragraph is then not taken for one: it stays in the body, unless it is the given
    headline itself.
    An *image* (an `Image`, or its URL) is the article's picture; a caption found in the
    text is kept in it, with its span, unless the given image has a caption of its own,
    and the text's picture credit fills in a missing credit.

    Raises:
        newsmodel.errors.InputTypeError: *text* is neither str nor bytes, *headline* is
            not a str, or *image* neither an `Image` nor a URL.
        newsmodel.errors.InputError: the text is empty, not UTF-8 or has a lone surrogate.
        newsmodel.errors.InputTooLargeError: the text is longer than *max_chars*.

    .. versionadded:: 0.1
    """
    check_limit(max_chars)
    check_datetime("published", published)
    check_datetime("modified", modified)
    check_text("headline", headline)
    given_image = as_image(image)
    source = read_input(text, max_chars)
    text_view = view(source)
    draft = Draft(
        view=text_view, published=published, find_headline=_headline_in_text(text_view, headline)
    )
    for stage in STAGES:  # 1. structure ... 6. dates, as numbered above
        draft = stage(draft)
    s = draft.structure
    paragraphs = draft.view.paragraphs
    caption_spans = dict(s.caption_texts)  # "Image caption, ...": the words after the label
    pictures = [
        Image(caption=span.slice(source), span=span, credit=credit)
        for i, credit, _ in s.captions
        for span in (caption_spans.get(i, paragraphs[i]),)
    ]
    found = pictures.pop(0) if s.caption is None and pictures else None
    if s.caption is not None:
        span = paragraphs[s.caption]
        found = Image(
            caption=span.slice(source),
            caption_truncated=s.caption_truncated,
            span=span,
            credit=s.caption_credit,
        )
    if headline is None and s.headline is not None:
        headline = paragraphs[s.headline].slice(source)
    return Article(
        text=source,
        headline=headline,
        image=_image(given_image, found),
        dateline=s.dateline,
        paragraphs=tuple(Paragraph(span=paragraphs[i]) for i in s.body),
        boilerplate=tuple(paragraphs[i] for i in s.boilerplate),
        actors=draft.actors,
        quotes=draft.quotes,
        figures=draft.figures,
        dates=draft.dates,
        url=url,
        published=published,
        modified=modified,
        authors=_authors(as_names(authors, "authors", Author), s),
        publisher=Publisher(name=publisher) if isinstance(publisher, str) else publisher,
        section=section,
        keywords=as_names(keywords, "keywords"),
        language=language,
        images=tuple(pictures),
    )
