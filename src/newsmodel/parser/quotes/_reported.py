"""
Reported speech: "X said (that) ...", "according to X, ...", "..., X said." without marks.

A sentence gives at most a few reported clauses: the one before a closing attribution
("The talks failed, the minister said."), else the one after the first cue verb that has
a speaker before it. When the clause holds a quoted fragment the quotation is *partial*.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsmodel.model import QuoteKind, Span
from newsmodel.parser.lexicons.speech import (
    BELIEF_FORMS,
    CLAUSE_ONLY_FORMS,
    OUTLET_VERBS,
    SPEECH_FORMS,
    SPEECH_NOUNS,
)
from newsmodel.parser.quotes._candidates import Marked, QuoteCandidate, SentenceView, with_cue
from newsmodel.parser.quotes._cue_subjects import (
    Cue,
    is_weak,
)
from newsmodel.parser.quotes._reported_according import according
from newsmodel.parser.quotes._reported_clauses import clause_after, has_words
from newsmodel.parser.quotes._reported_closing import final_attribution, middle_attribution
from newsmodel.parser.quotes._reported_cues import (
    after_dateline,
    noun_cue,
    opens_with_noun_cue,
    passive_cue,
)
from newsmodel.parser.quotes._reported_forms import (
    asked,
    cue_with_subject,
    opens_sentence,
    strong_start,
)
from newsmodel.parser.quotes._reported_triggers import (
    cue_candidates,
    runs_are_tokens,
    trigger_sentences,
)
from newsmodel.parser.quotes._speaker_phrases import (
    CUE_LEMMAS,
    is_outlet,
)
from newsmodel.parser.quotes._tokens import (
    QUOTE_MARKS,
    Tok,
    is_word,
)

# The cue forms a passive report uses: "it was reported that", "was quoted as saying".
PASSIVE_TRIGGERS = frozenset(form for form, lemma in SPEECH_FORMS.items() if form.endswith("ed"))
PASSIVE_TRIGGERS |= {"said", "told", "saying"}
# How far after a noun-like cue its "that" may stand: "advised the campaign that".
_LISTENER_REACH = 4
# The fewest words before an attribution set between commas that it reports.
_MIDDLE_WORDS = 3


class _Quoted:
    """Which tokens of a sentence stand inside quotation marks, with running counts."""

    def __init__(self, flags: list[bool] | None) -> None:
        self.flags = flags  # None when no token is quoted: most sentences
        self._prefix: list[int] | None = None

    def __getitem__(self, k: int) -> bool:
        return self.flags is not None and self.flags[k]

    def count(self, first: int, stop: int) -> int:
        """How many tokens of ``[first, stop)`` are quoted, in constant time once counted."""
        if self.flags is None:
            return 0
        if self._prefix is None:
            self._prefix = list(itertools.accumulate(self.flags, initial=0))
        return self._prefix[stop] - self._prefix[first]


# Shared by every sentence with no quoted token: it holds no state then.
_NOTHING_QUOTED = _Quoted(None)


class Reported(NamedTuple):
    """A reported clause and the quoted fragments it holds."""

    candidate: QuoteCandidate
    fragments: tuple[Marked, ...]


def find_reported(
    view: SentenceView,
    inside: Sequence[tuple[int, int]],
    fragments: Sequence[Marked],
    used: set[int],
) -> list[Reported]:
    """
    Find the reported clauses of every sentence.

    *inside* are the spans within quotation marks (sorted), whose cue verbs belong to
    the quotation; *fragments* the quoted fragments that may be partial speech; *used*
    the offsets of cue verbs already spent on a direct quotation.
    """
    out: list[Reported] = []
    region = 0
    fragment = 0
    text = view.text
    runs = runs_are_tokens(text)
    spans = view.spans
    # no cue verb: most sentences, and no tokens needed
    for index, words in trigger_sentences(text, spans):
        sentence = spans[index]
        start, end = sentence.start, sentence.end
        toks, starts = view.tokens(index)
        if not toks:
            continue
        while region < len(inside) and inside[region][1] <= start:
            region += 1
        quoted = _NOTHING_QUOTED
        if region < len(inside) and inside[region][0] < end:
            quoted = _Quoted(_quoted(starts, inside, region, end))
        while fragment < len(fragments) and fragments[fragment].inner.end <= start:
            fragment += 1
        local = (
            [f for f in fragments[fragment : fragment + 64] if f.inner.start < end]
            if fragment < len(fragments)
            else []
        )
        words_ = words if runs else None
        if text.find("\n", start, end) < 0:
            out.extend(_sentence(text, (toks, starts), quoted, local, used, words=words_))
            continue
        # a sentence the splitter ran over a line break (a live blog, a headline above
        # its story): no reported clause crosses the break, so each line is read alone
        for first, stop in _lines(text, toks):
            flags = None if quoted.flags is None else quoted.flags[first:stop]
            line = (toks[first:stop], starts[first:stop])
            out.extend(_sentence(text, line, _Quoted(flags), local, used, words=words_))
    return out


def _lines(text: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """The ``(first, stop)`` token ranges of the lines of a sentence."""
    out: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(toks)):
        if text.find("\n", toks[k - 1][1], toks[k][0]) >= 0:
            out.append((first, k))
            first = k
    out.append((first, len(toks)))
    return out


def _quoted(
    starts: list[int], inside: Sequence[tuple[int, int]], region: int, end: int
) -> list[bool]:
    """
    Which tokens stand inside quotation marks (the regions, sorted and apart, from
    *region* on, until the sentence's *end*): whole runs of flags at once.
    """
    quoted = [False] * len(starts)
    while region < len(inside) and inside[region][0] < end:
        first, stop = inside[region]
        low = bisect.bisect_left(starts, first)
        high = bisect.bisect_left(starts, stop, low)
        quoted[low:high] = [True] * (high - low)
        region += 1
    return quoted


def _sentence(
    text: str,
    tokens: tuple[list[Tok], list[int]],
    quoted: _Quoted,
    fragments: list[Marked],
    used: set[int],
    *,
    words: list[str] | None,
) -> list[Reported]:
    toks, starts = tokens
    final = final_attribution(toks, used)
    stop = final[0] if final is not None else len(toks)
    first = _first_word(toks, quoted)
    if first is None:
        return []
    first = after_dateline(toks, first)  # "SPRINGFIELD, Ill. — ...": no one said the place
    if final is not None:
        comma, cue = final
        # an outlet ("the agency reports") or a source ("according to X") that carries
        # the words of a speaker the sentence names first is the via, not the speaker
        carrier = toks[cue.verb][2] == "according" or (
            is_outlet(toks, cue.speaker) and toks[cue.verb][2] in OUTLET_VERBS
        )
        if not carrier:
            made = _emit(text, toks, quoted, (first, comma), cue, fragments=fragments, used=used)
            return [made] if made is not None else []
    out: list[Reported] = []
    resume = first
    candidates, title = cue_candidates(text, toks, starts, (first, stop), words)
    for k in candidates:
        if k < resume:
            continue
        found = _cue_at(toks, quoted, k, stop, used, title=title)
        if found is None:
            continue
        cue, clause = found
        clause = _before_middle(toks, cue, clause, resume)
        via = final[1] if final is not None else None
        made = _emit(text, toks, quoted, clause, cue, fragments=fragments, used=used, via=via)
        if made is not None:
            out.append(made)
            resume = clause[1]
    if not out and final is not None:
        made = _emit(
            text, toks, quoted, (first, final[0]), final[1], fragments=fragments, used=used
        )
        if made is not None:
            out.append(made)
    return out


def _before_middle(
    toks: list[Tok], cue: Cue, clause: tuple[int, int], first: int
) -> tuple[int, int]:
    """
    The words before an attribution set between commas that circumstance follows ("A
    truck hit the crowd, officials said, before ..."), else the clause after the cue.
    """
    comma = middle_attribution(toks, cue, clause[0])
    if comma is None or not has_words(toks, first, comma, _MIDDLE_WORDS):
        return clause
    return first, comma


def _first_word(toks: list[Tok], quoted: _Quoted) -> int | None:
    """The first word that is not quoted."""
    flags = quoted.flags
    for k, tok in enumerate(toks):
        if tok[2][0].isalnum() and not (flags is not None and flags[k]):  # is_word, inlined
            return k
    return None


def _cue_at(
    toks: list[Tok], quoted: _Quoted, k: int, stop: int, used: set[int], *, title: bool = False
) -> tuple[Cue, tuple[int, int]] | None:
    """The cue verb at token *k* with its speaker and clause, if it is one."""
    tok = toks[k]
    word = tok[2]
    if quoted[k] or tok[0] in used or not word[0].isalnum():  # is_word, inlined
        return None
    lower = word.lower()
    found = (
        (lower == "according" and according(toks, k, stop))  # "according to X, ..."
        or (lower == "asked" and opens_sentence(toks, k) and asked(toks, k, stop))
        or (lower in SPEECH_NOUNS and noun_cue(toks, k, stop))  # "the mayor's claim that"
        or (lower in PASSIVE_TRIGGERS and passive_cue(toks, k, stop))  # "it was reported"
        or None
    )
    if found is not None:
        return found
    verb_like = word[0].islower() or (title and word[0].isupper())
    if not verb_like or lower not in CUE_LEMMAS:
        return None
    cue = cue_with_subject(toks, k, lower)
    clause = None if cue is None else clause_after(toks, k, stop)
    if cue is None or clause is None or opens_with_noun_cue(toks, clause, stop):
        return None  # "repeated the mayor's claim that ...": the claim is the speech
    return None if _no_report(toks, quoted, cue, clause, stop) else (cue, clause)


def _no_report(
    toks: list[Tok], quoted: _Quoted, cue: Cue, clause: tuple[int, int], stop: int
) -> bool:
    """
    Whether a cue with its subject and clause still reports nothing: "I think ..." in a
    transcript, or a noun-like form with no "that" ("The two states hold primaries").
    """
    lower = toks[cue.verb][2].lower()
    if lower in BELIEF_FORMS and _first_or_second_person(toks, cue):
        return True  # "I think ...", "Do you believe ...": a hedge in talk, no report
    return (
        lower in CLAUSE_ONLY_FORMS
        and not _clause_follows(toks, cue.verb, stop)
        and quoted.count(*clause) == 0  # 'remarks "..."' is partial speech
    )


def _first_or_second_person(toks: list[Tok], cue: Cue) -> bool:
    """Whether the cue's subject is "I" or "you": a transcript's "I think", not a report."""
    first, stop = cue.speaker
    return stop > first and toks[stop - 1][2].lower() in {"i", "you"}


def _clause_follows(toks: list[Tok], k: int, stop: int) -> bool:
    """Whether "that", a colon or a quotation mark follows the cue at *k* or its listener."""
    return any(
        toks[j][2].lower() in {"that", ":"} or toks[j][2] in QUOTE_MARKS
        for j in range(k + 1, min(stop, k + 1 + _LISTENER_REACH))
    )


def _emit(
    text: str,
    toks: list[Tok],
    quoted: _Quoted,
    clause: tuple[int, int],
    cue: Cue,
    *,
    fragments: list[Marked],
    used: set[int],
    via: Cue | None = None,
) -> Reported | None:
    first, stop = clause
    while first < stop and toks[first][2] in QUOTE_MARKS:
        first += 1
    while stop > first and not is_word(toks[stop - 1]) and toks[stop - 1][2] not in QUOTE_MARKS:
        stop -= 1
    if stop <= first:
        return None
    start, end = toks[first][0], toks[stop - 1][1]
    held = (
        tuple(f for f in fragments if f.inner.start < end and f.inner.end > start)
        if fragments
        else ()
    )
    if (
        not held
        and cue.verb < first  # a closing attribution ("..., she noted.") has its clause
        and is_weak(toks[cue.verb][2])
        and not strong_start(toks, cue.verb)
        and toks[first - 1][2].lower() != "that"  # "noted in a column in the Times that"
    ):
        return None  # "called the meeting", "noted the date": not speech without a clause
    if not held and quoted.count(first, stop) > 0:
        return None  # the clause runs into a direct quotation, which has its own cue
    if held and not any(f.inner.start >= start for f in held):
        return None
    span = Span(start=start, end=end)
    if len(held) == 1 and _same_words(text, held[0].inner, span):
        span = held[0].inner
    text_at = text[span.start : span.end]
    kind: QuoteKind = "partial" if held else "indirect"
    candidate = with_cue(span, text_at, kind, cue, toks, used=used)
    if held:
        # the quoted words the clause holds: a fragment it cuts is kept in part
        words = tuple(
            Span(start=max(piece.start, span.start), end=min(piece.end, span.end))
            for f in held
            for piece in (f.pieces or (f.inner,))
            if piece.start < span.end and piece.end > span.start
        )
        candidate = attrs.evolve(candidate, quoted=words)
    if via is not None:
        used.add(toks[via.verb][0])
        via_first, via_stop = via.speaker
        candidate = attrs.evolve(
            candidate,
            via_span=Span(start=toks[via_first][0], end=toks[via_stop - 1][1]),
            via_tokens=tuple(toks[via_first:via_stop]),
            hedged=candidate.hedged or via.hedged,
        )
    return Reported(candidate, held)


def _same_words(text: str, inner: Span, span: Span) -> bool:
    """Whether a clause is just the quotation it holds, give or take marks and punctuation."""
    strip = " \t\n\"“”„«»‘’',.;:"
    return text[span.start : span.end].strip(strip) == text[inner.start : inner.end].strip(strip)
