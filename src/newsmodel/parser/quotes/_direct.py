"""
Quotations: direct, partial and reported speech, with the words that attribute them.

The stage makes one pass over the quotation marks of the paragraphs, pairing them into
quotations (a quotation left open closes at its paragraph's end unless the next paragraph
opens with a quotation mark, the convention for a quotation that runs on), then one pass
over the tokens of each sentence, bounded around each cue verb.

A quotation is *direct* when the words before it in its sentence introduce a whole
utterance (nothing, a colon, "X said"); otherwise it is a fragment of the reporter's
sentence, which is *partial* speech only when a cue verb governs it ("praised "..."",
"called the deal "a disaster"") or an attribution follows it.
A fragment with no cue is a scare quote, a title or a nickname, and is not speech;
so is a fragment right after a naming word ("the film "Heat"", "so-called "experts"")
or between two capitalized words (Dwayne "The Rock" Johnson), cue or not.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsmodel.model import Span
from newsmodel.parser.lexicons.speech import NAMING_WORDS
from newsmodel.parser.quotes import _reported
from newsmodel.parser.quotes._candidates import (
    Marked,
    QuoteCandidate,
    SentenceView,
    locate,
    with_cue,
)
from newsmodel.parser.quotes._cue_subjects import Cue
from newsmodel.parser.quotes._quote_cues import head_cue, introduces_quote, tail_cue
from newsmodel.parser.quotes._quote_doubles import pair_marks
from newsmodel.parser.quotes._speaker_phrases import speaker_like
from newsmodel.parser.quotes._tokens import (
    DOUBLE_MARKS,
    Tok,
    is_capitalized,
    is_word,
)

__all__ = ["QuoteCandidate", "find_quotes"]

_UTTERANCE_END = tuple(".!?…,—-")
# A title runs to at most this many words, and keeps its small words in lower case.
_TITLE_WORDS = 6
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
# A nickname runs to at most this many words and a title to twice as many; a longer
# quotation is speech whatever stands before it.
_SHORT_FRAGMENT = 3


def find_quotes(
    text: str, paragraphs: Sequence[Span], sentences: Sequence[Span]
) -> list[QuoteCandidate]:
    """
    Find the quotations in *paragraphs* of *text*, in reading order.

    *sentences* are the sentences of those paragraphs; without them each paragraph is
    read as one sentence.
    Finding no quotation is a result: an empty list.
    """
    view = SentenceView(text, sentences or paragraphs)
    marked = pair_marks(text, paragraphs)
    found: list[QuoteCandidate] = []
    used: set[int] = set()  # offsets of cue verbs already spent on an attribution
    fragments: list[Marked] = []
    previous_close = -1
    for quote in marked:
        candidate = _direct(view, quote, previous_close, used)
        if candidate is None:
            fragments.append(quote)
        else:
            found.append(_carry_cue(found, candidate, paragraphs))
        previous_close = quote.closing
    speech_fragments = [q for q in fragments if not _names_something(view, q)]
    # a title or term in single marks is the reporter's words (British style: "the term
    # 'urban'"), not a quotation a reported clause stops at
    names = {id(q) for q in fragments if q.single} - {id(q) for q in speech_fragments}
    inside = [(q.inner.start, q.inner.end) for q in marked if id(q) not in names]
    reported = _reported.find_reported(view, inside, speech_fragments, used)
    covered = {id(q) for r in reported for q in r.fragments}
    found.extend(r.candidate for r in reported)
    found.extend(
        candidate
        for quote in speech_fragments
        if id(quote) not in covered
        and (candidate := _attributed_fragment(view, quote, used)) is not None
    )
    found.sort(key=lambda c: c.span.start)
    return found


def _carry_cue(
    found: list[QuoteCandidate], candidate: QuoteCandidate, paragraphs: Sequence[Span]
) -> QuoteCandidate:
    """
    Give a run-on quotation the cue of the quotation it continues in the same paragraph.

    '"We will win," she said. "We always do."': one "said" attributes both, as one
    attribution relation with two pieces.
    """
    if not candidate.continues or not found or found[-1].cue_span is None:
        return candidate
    before = found[-1]
    k = bisect.bisect_right(paragraphs, candidate.span.start, key=_start) - 1  # no list per call
    if k < 0 or before.span.start < paragraphs[k].start:
        return candidate
    return attrs.evolve(candidate, cue=before.cue, cue_span=before.cue_span)


def _start(span: Span) -> int:
    return span.start


def _direct(
    view: SentenceView, quote: Marked, previous_close: int, used: set[int]
) -> QuoteCandidate | None:
    """The quotation as a direct quote, or None when it is a fragment of a sentence."""
    sentence, toks, at = locate(view, quote.opening)
    floor = 0
    if previous_close >= 0 and view.index(previous_close) == sentence:
        # the cached token starts, not a new list per quotation: linear in a long sentence
        floor = bisect.bisect_right(view.tokens(sentence)[1], previous_close, 0, at)
    closing, tail_toks, close_at = locate(view, quote.closing)
    tail_stop = _tail_stop(tail_toks, close_at + 1)
    tail = tail_cue(tail_toks, close_at + 1, tail_stop)
    tail_toks, tail = _tail_in_next_sentence(view, quote, closing, tail_toks, tail)
    head = head_cue(toks, floor, at) if tail is None else None
    if head is None and tail is None:
        head = _split_by_attribution(toks, floor, at, used)
    punctuated = at > floor and toks[at - 1][2] in {",", ":"}
    if not introduces_quote(toks, floor, at) and not (punctuated and head is not None):
        return None
    inner = quote.words(view.text)
    ends_utterance = inner.endswith(_UTTERANCE_END) or view.text[
        quote.inner.end : quote.closing
    ].strip().startswith(_UTTERANCE_END)
    # whether no word follows the quotation: read only when the tests below need it
    after = (tail_toks, close_at + 1, tail_stop)
    if at == floor and not (ends_utterance or tail is not None or _no_words(*after)):
        return None  # a sentence that opens with a quoted term: '"Fake news" is ...'
    if (
        at > floor
        and not punctuated
        and not (inner[:1].isupper() and (ends_utterance or _no_words(*after)))
    ):
        return None  # 'Bush said "local forces" must lead': a fragment of the sentence
    cue, cue_toks = tail, tail_toks
    if cue is None:
        cue, cue_toks = head, toks
    if cue is None and at == floor == 0 and sentence > 0:
        cue, cue_toks = _colon_before(view, sentence - 1)
    if cue is None:
        speaker = _colon_speaker(toks, floor, at)
        if speaker is None and _title_case(inner):
            return None  # "Tales From the Crypt", "Law and Order": a title, not speech
        return QuoteCandidate(
            span=quote.inner,
            text=inner,
            kind="direct",
            speaker_span=speaker,
            continues=speaker is None,
            quoted=quote.pieces,
        )
    made = with_cue(quote.inner, inner, "direct", cue, cue_toks, used=used)
    return attrs.evolve(made, quoted=quote.pieces) if quote.pieces else made


def _title_case(words: str) -> bool:
    """
    Whether a short quotation is written as a title: every word capitalized but the small
    ones, and no closing full stop, question or exclamation mark ("Tales From the Crypt").
    """
    split = words.split()
    if not split or len(split) > _TITLE_WORDS or words.rstrip().endswith(("!", "?", ".")):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in split) and any(
        w[0].isupper() for w in split
    )


def _split_by_attribution(toks: list[Tok], floor: int, at: int, used: set[int]) -> Cue | None:
    """
    The attribution between two pieces of one quotation in one sentence: '"Many are
    uncertain," Thiel wrote in a statement, "but most agree ..."'.

    The second piece follows a comma after an attribution whose verb the first piece
    spent; it shares that attribution.
    """
    if floor == 0 or at - 1 <= floor or toks[at - 1][2] != ",":
        return None
    cue = tail_cue(toks, floor, at - 1)
    return cue if cue is not None and toks[cue.verb][0] in used else None


def _no_words(toks: list[Tok], first: int, stop: int) -> bool:
    return all(not is_word(t) for t in toks[first:stop])


def _tail_in_next_sentence(
    view: SentenceView, quote: Marked, closing: int, toks: list[Tok], tail: Cue | None
) -> tuple[list[Tok], Cue | None]:
    """
    The attribution of a question or exclamation that ends its sentence: '"Why?" he asked.'

    A sentence splitter ends a sentence at "?" or "!" before a closing mark; the
    attribution then opens the next sentence of the paragraph.
    """
    if tail is not None or not view.text[quote.inner.start : quote.inner.end].endswith(("?", "!")):
        return toks, tail
    following = view.following(closing)
    if following is None or toks[-1][0] > quote.closing:
        return toks, tail
    next_toks, _ = view.tokens(following)
    return next_toks, tail_cue(next_toks, 0, _tail_stop(next_toks, 0))


def _colon_before(view: SentenceView, sentence: int) -> tuple[Cue | None, list[Tok]]:
    """
    The attribution of a quotation that follows a sentence ending in a colon.

    'Katie Packer said in a statement:' then, as the next paragraph, the quotation.
    """
    toks, _ = view.tokens(sentence)
    if not toks or toks[-1][2] != ":":
        return None, toks
    return head_cue(toks, 0, len(toks)), toks


def _tail_stop(toks: list[Tok], first: int) -> int:
    """Where the words after a closing mark stop: the sentence end or the next quotation."""
    for k in range(first, len(toks)):
        if toks[k][2] in DOUBLE_MARKS:
            return k
    return len(toks)


def _colon_speaker(toks: list[Tok], floor: int, at: int) -> Span | None:
    """The speaker of a headline quote: 'Trump: "We will win"'."""
    if at - 1 <= floor or toks[at - 1][2] != ":":
        return None
    span = (floor, at - 1)
    if at - 1 - floor > _SHORT_FRAGMENT * 2 or not speaker_like(toks, span):
        return None
    return Span(start=toks[floor][0], end=toks[at - 2][1])


def _names_something(view: SentenceView, quote: Marked) -> bool:
    """Whether a quoted fragment is a title or nickname rather than speech."""
    _, toks, at = locate(view, quote.opening)
    _, after_toks, close_at = locate(view, quote.closing)
    inner = view.text[quote.inner.start : quote.inner.end]
    if len(inner.split()) > _SHORT_FRAGMENT * 2:
        return False
    before = toks[at - 1] if at > 0 else None
    if before is not None and before[2].lower() in NAMING_WORDS:
        return True
    after = after_toks[close_at + 1] if close_at + 1 < len(after_toks) else None
    return (
        before is not None
        and after is not None
        and is_capitalized(before)
        and is_capitalized(after)
        and len(inner.split()) <= _SHORT_FRAGMENT
    )


def _attributed_fragment(
    view: SentenceView, quote: Marked, used: set[int]
) -> QuoteCandidate | None:
    """A fragment no cue verb governs, kept when an attribution follows it."""
    _, toks, close_at = locate(view, quote.closing)
    cue = tail_cue(toks, close_at + 1, _tail_stop(toks, close_at + 1), spent=used)
    if cue is None or toks[cue.verb][0] in used:
        return None
    made = with_cue(quote.inner, quote.words(view.text), "partial", cue, toks, used=used)
    return attrs.evolve(made, quoted=quote.pieces or (quote.inner,))
