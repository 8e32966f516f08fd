"""The quotation candidate the quotes stage hands to the speakers stage, and its helpers."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from attrs import field, frozen

from newsmodel.model import QuoteKind, Span
from newsmodel.parser.quotes._cue_subjects import Cue, told_outlet
from newsmodel.parser.quotes._tokens import Tok, tokenize

_GAP = 8  # at most a few spaces between two sentences of one paragraph
_START = operator.itemgetter(0)  # a token's start offset
_POSSESSIVE = ("’s", "'s")


@frozen(kw_only=True)
class QuoteCandidate:
    """
    A quotation found in the text, before its speaker is tied to an actor.

    ``speaker_span`` is the speaker as written (a name, a pronoun, "the minister"),
    ``via_span`` the outlet that carried the words; ``continues`` marks a quotation with
    no attribution of its own, whose speaker is the previous quotation's.
    ``speaker_tokens`` and ``via_tokens`` are the tokens of those spans when the stage
    has them at hand, so that the speakers stage need not cut the text again.
    """

    span: Span
    text: str
    kind: QuoteKind
    cue: str | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    via_span: Span | None = None
    hedged: bool = False
    continues: bool = False
    # the words in quotation marks, when they are not the whole span: a partial quote's
    # fragments, a run-on quotation's paragraphs
    quoted: tuple[Span, ...] = ()
    speaker_tokens: tuple[Tok, ...] = field(default=(), eq=False, repr=False)
    via_tokens: tuple[Tok, ...] = field(default=(), eq=False, repr=False)


@frozen(kw_only=True)
class Marked:
    """A pair of quotation marks: where they stand and the words between them."""

    opening: int  # offset of the opening mark
    closing: int  # offset of the closing mark, or of the paragraph end if left open
    inner: Span  # the words inside, trimmed
    # the words of each paragraph, trimmed, when the quotation runs over several
    pieces: tuple[Span, ...] = ()
    single: bool = False  # in single marks: ‘ ’ or ' '

    def words(self, text: str) -> str:
        """The quoted words: those inside the marks, a run-on quotation's joined by spaces."""
        if not self.pieces:
            return text[self.inner.start : self.inner.end]
        return " ".join(text[p.start : p.end] for p in self.pieces)


_TRAILING = " \t\n,;:"


def close_marked(
    out: list[Marked],
    text: str,
    opening: int,
    closing: int,
    pieces: Sequence[Span],
    *,
    single: bool = False,
) -> None:
    """
    Add the quotation from *opening* to *closing* whose words are *pieces* (one per
    paragraph, untrimmed) to *out*, unless it holds no word.

    The words are trimmed of white space, and of the comma or colon that ends them.
    """
    kept: list[Span] = []
    for piece in pieces:
        start, end = piece.start, piece.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            kept.append(Span(start=start, end=end))
    if kept:
        inner = Span(start=kept[0].start, end=kept[-1].end)
        out.append(
            Marked(
                opening=opening,
                closing=closing,
                inner=inner,
                pieces=tuple(kept) if len(kept) > 1 else (),
                single=single,
            )
        )


class SentenceView:
    """The sentences, tokenized on demand and once each."""

    def __init__(self, text: str, sentences: Sequence[Span]) -> None:
        self.text = text
        self.spans = list(sentences)
        self.starts = [s.start for s in self.spans]
        self._tokens: dict[int, tuple[list[Tok], list[int]]] = {}

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def following(self, index: int) -> int | None:
        """The next sentence, when it is in the same paragraph (no line break between)."""
        if index + 1 >= len(self.spans):
            return None
        gap = self.text[self.spans[index].end : self.spans[index + 1].start]
        return index + 1 if "\n" not in gap and len(gap) < _GAP else None

    def tokens(self, index: int) -> tuple[list[Tok], list[int]]:
        cached = self._tokens.get(index)
        if cached is None:
            span = self.spans[index]
            toks = tokenize(self.text, span.start, span.end)
            cached = (toks, list(map(_START, toks)))
            self._tokens[index] = cached
        return cached


def locate(view: SentenceView, offset: int) -> tuple[int, list[Tok], int]:
    """The sentence holding *offset*, its tokens, and the index of the token at *offset*."""
    sentence = view.index(offset)
    toks, starts = view.tokens(sentence)
    return sentence, toks, bisect.bisect_left(starts, offset)


def with_cue(
    span: Span, text: str, kind: QuoteKind, cue: Cue, toks: list[Tok], *, used: set[int]
) -> QuoteCandidate:
    """
    A candidate attributed by *cue*, whose verb is then spent (added to *used*).

    The cue of "according to X" is both words, as written.
    An outlet the speaker told ('"...," Hatami told the Tasnim News Agency') is the via.
    """
    verb = toks[cue.verb]
    used.add(verb[0])
    first, stop = cue.speaker
    # an empty range names no speaker: "it was reported that ...", "the announcement that"
    speaker = None if stop <= first else Span(start=toks[first][0], end=toks[stop - 1][1])
    speaker_tokens = tuple(toks[first:stop])
    last = speaker_tokens[-1] if speaker_tokens else None
    if (
        speaker is not None
        and last is not None
        and last[2].endswith(_POSSESSIVE)
        and len(last[2]) > len("'s")
    ):
        # "the mayor's claim that": the speaker is the mayor, without the possessive
        speaker = Span(start=speaker.start, end=speaker.end - 2)
        speaker_tokens = (*speaker_tokens[:-1], (last[0], last[1] - 2, last[2][:-2]))
    cue_text, cue_span = verb[2], Span(start=verb[0], end=verb[1])
    if verb[2].lower() == "according":
        cue_span = Span(start=verb[0], end=toks[cue.verb + 1][1])
        cue_text = f"{verb[2]} {toks[cue.verb + 1][2]}"
        if "\n" in cue_text or cue_span.end - cue_span.start != len(cue_text):
            cue_text, cue_span = verb[2], Span(start=verb[0], end=verb[1])
    # only a form of "tell" has a listener, and every form starts with "t" in any case
    listener = told_outlet(toks, cue.verb) if verb[2][0] in "tT" else None
    return QuoteCandidate(
        span=span,
        text=text,
        kind=kind,
        cue=cue_text,
        cue_span=cue_span,
        speaker_span=speaker,
        via_span=None
        if listener is None
        else Span(start=toks[listener[0]][0], end=toks[listener[1] - 1][1]),
        hedged=cue.hedged,
        speaker_tokens=speaker_tokens,
        via_tokens=() if listener is None else tuple(toks[listener[0] : listener[1]]),
    )
