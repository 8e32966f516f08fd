"""
Article structure: which paragraph is the headline, the photo caption, the byline, the
body, and which are boilerplate around the article.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsmodel.model import Span
from newsmodel.parser.lexicons import boilerplate
from newsmodel.parser.lexicons.captions import CAPTION_VERBS, CREDIT_WORDS
from newsmodel.parser.text._captions import (
    LINE_MAX_WORDS,
    LabelledPictures,
    caption_in_text,
    credit_bounds,
    inline_caption,
    labelled_pictures,
)
from newsmodel.parser.text._view import TextView

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "BEIRUT (Reuters) -", "WASHINGTON —", "LONDON, England (CNN) --", "PARIS, Aug 31
# (Reuters) -": a capitalised place of at most five words, an optional date (the wires'
# style), an optional agency in parentheses, then a dash.
_DATELINE = re.compile(
    r"([A-Z][A-Za-z.'’\-]{1,30}(?:[ ,]{1,2}[A-Z][A-Za-z.'’\-]{0,30}){0,4})"
    rf"(?:,\s{{1,2}}({_MONTH}\s{{1,2}}\d{{1,2}}|\d{{1,2}}\s{{1,2}}{_MONTH}))?"
    r"(?:\s{0,3}(\([^()\n]{1,40}\)))?\s{0,3}(?:--|[-—–])\s"
)
# A page's timestamp, lower case: "published 3 hours ago", "updated 12 march 2026, 09:15
# gmt", "last updated: may 3, 2026", "posted: mar 12, 2026 / 09:15 am est" (see
# `boilerplate.STAMP_WORDS`).
_STAMP = re.compile(
    rf"(?:{'|'.join(boilerplate.STAMP_WORDS)}):?(?: on| at)?\s{{1,2}}"
    r"(?:\d{1,3}\s(?:minute|hour|day|week|month)s?\sago"
    r"|\d{1,2}\s[a-z]{3,9}\.?\s\d{4}|[a-z]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:(?:,?\s{1,2}|\s{0,2}[/|]\s{0,2}|,?\sat\s)\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[a-z]{2,4})?)?"
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", and the wires' two lines: "By ANNA
# SMITH\nAssociated Press" (the second line is the desk or agency, not an author)
_BYLINE = re.compile(r"By\s+([A-Z][^\n]{1,120})(?:\n[A-Z][^\n]{0,60})?")
# "on August 28, 2018", "Aug. 28, 2018", "28 August 2018"
_CAPTION_DATE = re.compile(rf"\b{_MONTH} \d{{1,2}}, \d{{4}}|\b\d{{1,2}} {_MONTH} \d{{4}}")
# What every `_CAPTION_DATE` holds; it starts with one character, so it scans fast.
_SPACED_YEAR = re.compile(r" \d{4}")
_WORD = re.compile(r"[A-Za-z]+")
# Whether a paragraph holds any credit word: one scan instead of one search per word.
_ANY_CREDIT = re.compile("|".join(map(re.escape, CREDIT_WORDS)))
_TRUNCATION = ("…", "...")
#: A headline has at most two lines (a title and, on the next line, a subtitle: "Jobs
#: report gives Democrats a lift;\nSolid upturn, ...") of at most 30 words each. Tuned on
#: polnear-train.jsonl, where a sixth of the headlines have two lines and the longest
#: line but one has 22 words.
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_LINES = 2
_SHORT_HEADLINE = 12  # words; polnear-train's two-sentence headlines in sentence case
_SHORT_WORD = 3  # "a", "of", "the" stay in lower case in title case
_TITLE_CASE_SHARE = 0.6
#: A caption reads as one: it needs this many of the caption signals.
_CAPTION_MIN_SIGNALS = 2
#: Only the first paragraphs after the headline can be the lead photo's caption.
_CAPTION_WINDOW = 3
#: The lead photo's caption is short: at most this many characters (about 80 words; a
#: biography's first paragraph, with its dates, runs longer).
_LEAD_CAPTION_CHARS = 480
_BYLINE_MAX_WORDS = 12
#: A label in a list of links is short: no longer than this many characters.
_LABEL_MAX_CHARS = boilerplate.LABEL_MAX_WORDS * 20


class Structure(NamedTuple):
    """
    What each paragraph of the text is, by index into `TextView.paragraphs`.

    A named tuple: the parser's own record, made once an article and cheaper to build
    than an attrs class.
    """

    headline: int | None = None
    caption: int | None = None
    caption_truncated: bool = False
    caption_credit: str | None = None
    caption_credit_span: Span | None = None  # the credit's words, not an actor's mention
    byline: int | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    dateline_place: Span | None = None  # "BEIRUT" in "BEIRUT (Reuters) -"
    body: tuple[int, ...] = ()
    boilerplate: tuple[int, ...] = ()
    #: the captions of the pictures inside the text, after the lead one: (paragraph,
    #: credit, the credit's span), each kept out of the body
    captions: tuple[tuple[int, str | None, Span | None], ...] = ()
    #: a caption's words when its paragraph also holds a label: "Image caption, ..."
    caption_texts: tuple[tuple[int, Span], ...] = ()


def _title_case(text: str) -> bool:
    """Whether most longer words are capitalised, as in "Here’s His Plan Going Forward"."""
    words = [w for w in _WORD.findall(text) if len(w) > _SHORT_WORD]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _is_headline(text: str, sentences: int) -> bool:
    """
    A headline is short: one line, or a title and a subtitle, of at most 30 words each.

    It has one sentence a line, unless it is written in title case ("Bernie Sanders
    Suffered A Big Blow. Here’s His Plan Going Forward.") or very short ("Game over.
    Will Sanders come down off the pique?").
    """
    lines = text.split("\n")
    return (
        len(lines) <= _HEADLINE_MAX_LINES
        and (sentences <= len(lines) or _title_case(text) or len(text.split()) <= _SHORT_HEADLINE)
        and all(0 < len(line.split()) <= _HEADLINE_MAX_WORDS for line in lines)
    )


def _is_boilerplate(text: str) -> bool:
    if len(text) > boilerplate.MAX_LENGTH:
        return False
    lowered = text.lower()
    if lowered.lstrip("([").startswith(boilerplate.PREFIXES):
        return True  # "Read more", "(Reporting by ...; Editing by ...)"
    if not any(map(str.isalnum, text)):
        return True  # a rule of dashes or underscores between the story and its notes
    line = lowered.strip().rstrip(":")
    if line in boilerplate.LINES or _STAMP.fullmatch(line) is not None:
        return True
    quotes_someone = any(map(text.__contains__, boilerplate.QUOTATION_MARKS))
    return not quotes_someone and any(map(lowered.__contains__, boilerplate.PHRASES))


def _headline(view: TextView) -> int | None:
    """0 when the first paragraph is the headline (see `_is_headline`), else None."""
    first, stop = view.paragraph_sentences[0]
    opening = view.paragraphs[0].slice(view.text)
    if (
        len(view.paragraphs) > 1
        and _is_headline(opening, stop - first)
        and not _is_boilerplate(opening)
    ):
        return 0
    return None


def _is_boilerplate_span(text: str, span: Span) -> bool:
    """`_is_boilerplate` for a paragraph's span, which slices only short paragraphs."""
    return span.end - span.start <= boilerplate.MAX_LENGTH and _is_boilerplate(span.slice(text))


def _reads_as_caption(text: str) -> tuple[bool, str | None]:
    """
    Whether a paragraph reads as a photo caption, and its picture credit if it has one.

    Strong signals are a date, a picture credit and a trailing "…"; weak ones a
    present-tense picture verb ("X speaks at ...") and the agencies' " - " continuation.
    A caption needs one strong signal and two signals in all. The costlier signals (the
    date, the verb) are looked for only when the answer still depends on them.
    """
    credit = None
    if _ANY_CREDIT.search(text) is not None:  # the first credit word listed, not in the text
        credit = next(filter(text.__contains__, CREDIT_WORDS), None)
    strong = (credit is not None) + _truncated(text)
    weak = int(text.find(" - ", 0, 400) >= 0)
    if strong == 0 or strong + weak < _CAPTION_MIN_SIGNALS:
        strong += _has_caption_date(text)
    if strong >= 1 and strong + weak < _CAPTION_MIN_SIGNALS:
        weak += not CAPTION_VERBS.isdisjoint(_WORD.findall(text[:200])[:12])
    return strong >= 1 and strong + weak >= _CAPTION_MIN_SIGNALS, credit


def _truncated(text: str) -> bool:
    """Whether the paragraph ends in "…" or "...", cut short."""
    return text.rstrip().endswith(_TRUNCATION)


def _has_caption_date(text: str) -> bool:
    """Whether the first 300 characters hold a date; both forms need a space and a year."""
    return (
        _SPACED_YEAR.search(text, 0, 300) is not None
        and _CAPTION_DATE.search(text[:300]) is not None
    )


def _byline_authors(text: str) -> tuple[str, ...] | None:
    match = _BYLINE.fullmatch(text)
    if match is None or len(text.split()) > _BYLINE_MAX_WORDS:
        return None
    names = match.group(1).split(",")[0]
    parts = [p.strip() for p in names.replace(" and ", ",").split(",")]
    return tuple(p for p in parts if p)


def _dateline(text: str) -> str | None:
    match = _DATELINE.match(text)
    if match is None:
        return None
    place, date, credit = match.groups()
    first = place.split()[0].rstrip(",")
    # the place is written in capitals ("BEIRUT"), or an agency credit follows it
    if not (first.isupper() and len(first) > 1) and credit is None:
        return None
    return " ".join(filter(None, (f"{place}, {date}" if date else place, credit)))


def find_structure(view: TextView, *, find_headline: bool = True) -> Structure:
    """
    Sort the paragraphs of *view* into headline, caption, byline, body and boilerplate.

    The headline is the first paragraph when it is short: a line of one sentence, or a
    title and a subtitle; without *find_headline* (the caller has the headline) no
    paragraph is the headline.
    The caption is one of the first paragraphs after it that reads as one (see
    `_reads_as_caption`).
    Boilerplate paragraphs are matched by the phrases in `lexicons.boilerplate`.
    """
    text = view.text
    paragraph_spans = view.paragraphs
    if not paragraph_spans:
        return Structure()
    headline = _headline(view) if find_headline else None
    start = 0 if headline is None else 1
    caption: int | None = None
    credit: str | None = None
    credit_span: Span | None = None
    byline: int | None = None
    authors: tuple[str, ...] = ()
    body: list[int] = []
    junk: list[int] = []
    captions: list[tuple[int, str | None, Span | None]] = []
    labelled = labelled_pictures(text, paragraph_spans)
    for index in range(start, len(paragraph_spans)):
        span = paragraph_spans[index]
        if body:  # past the opening paragraphs, boilerplate and captions stand out
            _sort_later(text, paragraph_spans, index, (body, junk, captions), labelled)
            continue
        paragraph = span.slice(text)
        if _set_aside(paragraph, index, labelled, junk, captions):
            continue
        if byline is None and (found := _byline_authors(paragraph)) is not None:
            byline, authors = index, found
            continue
        if caption is None and index - start < _CAPTION_WINDOW and _short_lead(span):
            is_caption, credit_found = _reads_as_caption(paragraph)
            if is_caption and len(paragraph_spans) - index > 1:
                caption = index
                if credit_found is not None:
                    first_at, stop_at = credit_bounds(paragraph, credit_found)
                    credit = paragraph[first_at:stop_at]
                    at = span.start
                    credit_span = Span(start=at + first_at, end=at + stop_at)
                continue
        if _opening_caption(paragraph) and len(paragraph_spans) - index > 1:
            captions.append(caption_in_text(text, paragraph_spans, index) or (index, None, None))
            continue
        body.append(index)
    dateline, place = _opening_dateline(view, body)
    truncated = caption is not None and _truncated(paragraph_spans[caption].slice(text))
    return Structure(
        headline=headline,
        caption=caption,
        caption_truncated=truncated,
        caption_credit=credit,
        caption_credit_span=credit_span,
        byline=byline,
        authors=authors,
        dateline=dateline,
        dateline_place=place,
        body=tuple(body),
        boilerplate=tuple(junk),
        captions=tuple(captions),
        caption_texts=labelled.texts,
    )


def _set_aside(
    paragraph: str,
    index: int,
    labelled: LabelledPictures,
    junk: list[int],
    captions: list[tuple[int, str | None, Span | None]],
) -> bool:
    """Put an opening paragraph that is a labelled picture line or boilerplate where it belongs."""
    if _sort_labelled(index, labelled, junk, captions):
        return True
    if _is_boilerplate(paragraph):
        junk.append(index)
        return True
    return False


def _sort_labelled(
    index: int,
    labelled: LabelledPictures,
    junk: list[int],
    captions: list[tuple[int, str | None, Span | None]],
) -> bool:
    """Put a paragraph a page labels as a picture's credit or caption where it belongs."""
    if index in labelled.credit_lines:  # "Image source, Getty Images"
        junk.append(index)
        return True
    found = labelled.captions.get(index)
    if found is not None:  # "Image caption, The bridge in 2019"
        captions.append(found)
    return found is not None


def _short_lead(span: Span) -> bool:
    """Whether an opening paragraph is short enough to be the lead photo's caption."""
    return span.end - span.start <= _LEAD_CAPTION_CHARS


def _opening_dateline(view: TextView, body: list[int]) -> tuple[str | None, Span | None]:
    """The dateline of the first body paragraph and its place's span, or None."""
    if not body:
        return None, None
    start = view.paragraphs[body[0]].start
    dateline = _dateline(view.paragraphs[body[0]].slice(view.text))
    if dateline is None:
        return None, None
    return dateline, Span(start=start, end=start + len(dateline.split(",")[0].split(" (")[0]))


def _opening_caption(paragraph: str) -> bool:
    """
    Whether an opening paragraph is a picture's caption by its words (see
    `_captions.inline_caption`) and has no dateline: an agency's credit there
    ("WASHINGTON (AP) —") needs the lead caption's second signal, so only a description,
    a label ("Image: ...") or, in a line of at most 30 words, a licence counts.
    """
    is_caption, credit = inline_caption(paragraph)
    if not is_caption or _dateline(paragraph) is not None:
        return False
    return (
        credit is None
        or credit.endswith(":")
        or (credit not in CREDIT_WORDS and paragraph.count(" ") < LINE_MAX_WORDS)
    )


def _sort_later(
    text: str,
    paragraphs: tuple[Span, ...],
    index: int,
    into: tuple[list[int], list[int], list[tuple[int, str | None, Span | None]]],
    labelled: LabelledPictures,
) -> None:
    """Put a paragraph after the opening ones into the body, the boilerplate or the captions."""
    body, junk, captions = into
    if _sort_labelled(index, labelled, junk, captions):
        return
    if _is_boilerplate_span(text, paragraphs[index]) or _listed_label(
        text, paragraphs, index, junk
    ):
        junk.append(index)
    elif (caption := caption_in_text(text, paragraphs, index)) is not None:
        captions.append(caption)
    else:
        body.append(index)


def _listed_label(text: str, paragraphs: tuple[Span, ...], index: int, junk: list[int]) -> bool:
    """
    Whether a paragraph is a label in a list of links or topics: a short line with no
    sentence, after a list's head ("Related Topics") and the labels that follow it.
    """
    # cheap tests first: nearly every paragraph follows body, not boilerplate
    span = paragraphs[index]
    if not junk or junk[-1] != index - 1 or span.end - span.start > _LABEL_MAX_CHARS:
        return False
    if not _label(span.slice(text)):
        return False
    # the paragraphs just before this one that are boilerplate end the *junk* list
    for back in range(1, min(len(junk), boilerplate.LIST_MAX_LABELS) + 1):
        k = index - back
        if junk[-back] != k:
            return False
        line = paragraphs[k].slice(text)
        if line.lower().strip().rstrip(":") in boilerplate.LIST_HEADS:
            return True
        if not _label(line):
            return False
    return False


def _label(line: str) -> bool:
    """Whether a paragraph is a short line with no sentence in it: "Local government"."""
    words = line.split()
    return 0 < len(words) <= boilerplate.LABEL_MAX_WORDS and line.rstrip()[-1] not in ".!?:\"”’'"


def spans(view: TextView, indices: tuple[int, ...]) -> tuple[Span, ...]:
    """The spans of the paragraphs with these indices."""
    return tuple(view.paragraphs[i] for i in indices)
