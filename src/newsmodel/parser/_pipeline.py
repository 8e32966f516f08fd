"""
The parser's pipeline: one immutable draft, passed through a numbered list of stages.

Each stage is a pure function from draft to draft that adds its layer; the text view
(paragraphs, sentences, tokens) is computed once, before the first stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeAlias

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
from newsmodel.parser._input import as_names, check_datetime, check_limit, read_input
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
    structure = find_structure(draft.view)
    content = _content(structure)
    return draft._replace(
        structure=structure,
        content=content,
        content_sentences=tuple(draft.view.sentences_of(content)),
    )


def actors_stage(draft: Draft) -> Draft:
    """2. People, organizations and places, with coreference."""
    s = draft.structure
    body = [i for i in (s.caption, *s.body) if i is not None]
    headline = [] if s.headline is None else [s.headline]
    actors = find_actors(
        draft.view,
        draft.sentence_indices(sorted(body)),
        draft.sentence_indices(headline),
        s.dateline_place,
        caption=None if s.caption is None else draft.view.paragraphs[s.caption],
        credit=s.caption_credit_span,
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


def parse(
    text: str | bytes,
    *,
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

    Raises:
        newsmodel.errors.InputTypeError: *text* is neither str nor bytes.
        newsmodel.errors.InputError: the text is empty, not UTF-8 or has a lone surrogate.
        newsmodel.errors.InputTooLargeError: the text is longer than *max_chars*.

    .. versionadded:: 0.1
    """
    check_limit(max_chars)
    check_datetime("published", published)
    check_datetime("modified", modified)
    source = read_input(text, max_chars)
    draft = Draft(view=view(source), published=published)
    for stage in STAGES:  # 1. structure ... 6. dates, as numbered above
        draft = stage(draft)
    s = draft.structure
    paragraphs = draft.view.paragraphs
    image = None
    if s.caption is not None:
        span = paragraphs[s.caption]
        image = Image(
            caption=span.slice(source),
            caption_truncated=s.caption_truncated,
            span=span,
            credit=s.caption_credit,
        )
    return Article(
        text=source,
        headline=None if s.headline is None else paragraphs[s.headline].slice(source),
        image=image,
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
    )
