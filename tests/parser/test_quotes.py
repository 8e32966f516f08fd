"""The quotes stage: quotations, their kind, cue, speaker as written, hedge and outlet."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel import Person, Span
from newsmodel.parser import parse
from newsmodel.parser.quotes._direct import QuoteCandidate, find_quotes
from newsmodel.parser.quotes._quote_doubles import pair_marks
from newsmodel.parser.text._view import split_paragraphs, split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "iran-iraq-military-ties.txt"


def _quotes(text: str) -> list[QuoteCandidate]:
    paragraphs = split_paragraphs(text)
    sentences = [s for p in paragraphs for s in split_sentences(text, p)]
    return find_quotes(text, paragraphs, sentences)


def _only(text: str) -> QuoteCandidate:
    found = _quotes(text)
    assert len(found) == 1, found
    return found[0]


def _at(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“The harbour will reopen in May,” Mayor Lena Ortiz said.", "Mayor Lena Ortiz", "said"),
        ('"The harbour will reopen in May," said the mayor.', "the mayor", "said"),
        ("Lena Ortiz said: “The harbour will reopen in May.”", "Lena Ortiz", "said"),
        ("Ortiz told reporters: “The harbour will reopen in May.”", "Ortiz", "told"),
        ("Ortiz said “The harbour will reopen in May.”", "Ortiz", "said"),
        ("“The harbour will reopen in May,” she said in a statement.", "she", "said"),
        (
            "“The harbour will reopen,” Ortiz, the port’s director, told the council.",
            "Ortiz",
            "told",
        ),
        ("“The harbour will reopen,” Ortiz on Tuesday wrote.", "Ortiz", "wrote"),
    ],
)
def test_direct_quote_in_every_attribution_order(text: str, speaker: str, cue: str) -> None:
    """A direct quote is found with its speaker and cue whether the attribution comes first or last."""
    quote = _only(text)
    assert quote.kind == "direct"
    assert quote.text.startswith("The harbour will reopen")
    assert _at(text, quote.speaker_span) == speaker
    assert quote.cue == cue
    assert _at(text, quote.cue_span) == cue


def test_direct_quote_span_excludes_the_marks() -> None:
    """A direct quote's span covers the words inside the marks, without a trailing comma."""
    text = "“We will rebuild the bridge,” the engineer said."
    quote = _only(text)
    assert quote.text == "We will rebuild the bridge"
    assert text[quote.span.start : quote.span.end] == quote.text


def test_quote_with_no_attribution_continues_the_previous_speaker() -> None:
    """A quotation with no attribution of its own is marked as continuing the previous one."""
    text = "“Prices will fall,” the trader said.\n\n“Nobody believes it yet.”"
    first, second = _quotes(text)
    assert not first.continues
    assert second.continues
    assert second.speaker_span is None


def test_quote_after_a_paragraph_ending_in_a_colon() -> None:
    """'X said in a statement:' then the quotation as the next paragraph: X speaks."""
    text = "Katya Lind, the union's leader, said in a statement:\n\n“We will strike on Monday.”"
    quote = _only(text)
    assert _at(text, quote.speaker_span) == "Katya Lind"
    assert not quote.continues


def test_quote_after_a_colon_in_a_headline() -> None:
    """A headline 'Name: "words"' attributes the quotation to the name."""
    text = "Okafor: “We are not leaving”\n\nThe union met on Monday."
    quote = _only(text)
    assert quote.kind == "direct"
    assert _at(text, quote.speaker_span) == "Okafor"


def test_quote_running_over_several_paragraphs() -> None:
    """A quotation whose paragraphs open without closing is one quote from first word to last."""
    text = (
        "The coach was blunt.\n\n“We lost the ball too often.\n\n“We will train harder,” he said."
    )
    quote = _only(text)
    assert quote.text == "We lost the ball too often. We will train harder"
    assert [_at(text, piece) for piece in quote.quoted] == [
        "We lost the ball too often.",
        "We will train harder",
    ]
    assert _at(text, quote.speaker_span) == "he"


def test_run_on_quote_keeps_its_text_in_the_article() -> None:
    """A parsed run-on quotation passes the article's checks, its words joined by a space."""
    text = "Coach speaks\n\n‘We lost the ball.\n\n‘We will train harder,’ Coach Tim Ode said."
    (quote,) = parse(text).quotes
    assert quote.text == "We lost the ball. We will train harder"
    assert "\n" not in quote.text
    assert "‘" not in quote.text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("‘We are exhausted,’ said Ann Cole.", "We are exhausted", "Ann Cole"),
        ("'We are exhausted,' said Ann Cole.", "We are exhausted", "Ann Cole"),
        ("Ann Cole said: ‘We don’t give up.’", "We don’t give up.", "Ann Cole"),
        (
            "‘It’s the parents’ choice now,’ Ann Cole said.",
            "It’s the parents’ choice now",
            "Ann Cole",
        ),
        ("'It's the parents' choice,' Ann Cole said.", "It's the parents' choice", "Ann Cole"),
        (
            "‘The teachers’ union backs us,’ Ann Cole said.",
            "The teachers’ union backs us",
            "Ann Cole",
        ),
    ],
)
def test_single_quotation_marks(text: str, words: str, speaker: str) -> None:
    """Single marks quote as double ones do; an apostrophe inside or after a word does not."""
    quote = _only(text)
    assert quote.kind == "direct"
    assert quote.text == words
    assert _at(text, quote.speaker_span) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Rock ’n’ roll in the ’90s was loud, the critic said of the teachers’ band.",
        "The players’ union met the owners’ group on Monday.",
        "Don’t expect ’em before the ’08 season.",
    ],
)
def test_apostrophes_are_not_quotations(text: str) -> None:
    """Elisions and possessives pair into no quotation."""
    assert pair_marks(text, split_paragraphs(text)) == []


def test_double_quotation_nested_in_a_single_one() -> None:
    """British style nests double marks inside single ones: one quote, the inner marks kept."""
    text = "‘He told me “never again” and left,’ said Ann Cole."
    quote = _only(text)
    assert quote.text == "He told me “never again” and left"


def test_quote_inside_a_quote_stays_in_the_text() -> None:
    """Single marks inside a quotation are part of its words."""
    text = "“They told us ‘wait’ and we waited,” Ms. Brandt said."
    quote = _only(text)
    assert quote.text == "They told us ‘wait’ and we waited"
    assert _at(text, quote.speaker_span) == "Ms. Brandt"


def test_two_apostrophes_are_a_double_mark() -> None:
    """Newsroom text that writes '' for a double mark is read as quoted."""
    text = "''The vote is final,'' Mr. Tanaka said."
    quote = _only(text)
    assert quote.text == "The vote is final"
    assert _at(text, quote.speaker_span) == "Mr. Tanaka"


def test_split_quote_shares_its_cue() -> None:
    """'"A," she said. "B."': the second piece keeps the cue of the first."""
    text = "“We won,” Ms. Ruiz said. “We will win again.”"
    first, second = _quotes(text)
    assert second.continues
    assert second.cue_span == first.cue_span


def test_hedged_quote() -> None:
    """A hedge in the attribution ("reportedly") marks the quote hedged."""
    quote = _only("“The deal is done,” the envoy reportedly said.")
    assert quote.hedged


def test_outlet_is_the_speaker_of_a_quote_it_carries_alone() -> None:
    """'"...," the Daily Ledger reports': the outlet is the speaker and the cue is "reports"."""
    text = "“The factory will close in June,” the Daily Ledger reports."
    quote = _only(text)
    assert _at(text, quote.speaker_span) == "the Daily Ledger"
    assert quote.cue == "reports"


def test_outlet_the_speaker_told_is_the_via() -> None:
    """'"...," Hatami told the Tasnim News Agency': the agency carried the words."""
    text = "“We will not retreat,” Hatami told the Tasnim News Agency on Friday."
    quote = _only(text)
    assert _at(text, quote.speaker_span) == "Hatami"
    assert _at(text, quote.via_span) == "the Tasnim News Agency"


def test_partial_quote_with_an_outlet_as_via() -> None:
    """A quoted fragment governed by a cue is partial; the outlet after it is the via."""
    text = "Minister Ana Sousa praised “a generous and timely offer,” the Lusa News Agency reports."
    quote = _only(text)
    assert quote.kind == "partial"
    assert quote.text == "a generous and timely offer"
    assert _at(text, quote.speaker_span) == "Minister Ana Sousa"
    assert _at(text, quote.via_span) == "the Lusa News Agency"
    assert quote.cue == "praised"


def test_partial_quote_keeps_the_reporters_words_of_its_clause() -> None:
    """'called the deal "a disaster"': the reported clause holds the quoted fragment."""
    text = "Senator Holt called the deal “a disaster for farmers.”"
    quote = _only(text)
    assert quote.kind == "partial"
    assert "“a disaster for farmers" in quote.text
    assert _at(text, quote.speaker_span) == "Senator Holt"


@pytest.mark.parametrize(
    ("text", "speaker", "content", "cue"),
    [
        (
            "The mayor said that the bridge would reopen next spring.",
            "The mayor",
            "the bridge would reopen next spring",
            "said",
        ),
        (
            "Governor Ellis warned that the dam could fail within days.",
            "Governor Ellis",
            "the dam could fail within days",
            "warned",
        ),
        (
            "The health ministry on Monday urged residents to boil their water.",
            "The health ministry",
            "residents to boil their water",
            "urged",
        ),
        (
            "According to the coast guard, three boats sank overnight.",
            "the coast guard",
            "three boats sank overnight",
            "According to",
        ),
        (
            "Three boats sank overnight, according to the coast guard.",
            "the coast guard",
            "Three boats sank overnight",
            "according to",
        ),
        (
            "The road will stay closed until Friday, police said.",
            "police",
            "The road will stay closed until Friday",
            "said",
        ),
        (
            "The central bank believes inflation has peaked.",
            "The central bank",
            "inflation has peaked",
            "believes",
        ),
        (
            "Dr. Amara Nwosu told the inquiry that the ward was understaffed.",
            "Dr. Amara Nwosu",
            "the ward was understaffed",
            "told",
        ),
    ],
)
def test_indirect_speech(text: str, speaker: str, content: str, cue: str) -> None:
    """Reported speech without marks is indirect, its text the reported clause."""
    quote = _only(text)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert _at(text, quote.speaker_span) == speaker
    assert quote.cue == cue


def test_final_according_to_is_the_via_of_a_named_speaker() -> None:
    """'X said ..., according to the Daily Ledger': X speaks, the source carried it."""
    text = "The mayor said the bridge would close, according to the Daily Ledger."
    quote = _only(text)
    assert quote.text == "the bridge would close"
    assert _at(text, quote.speaker_span) == "The mayor"
    assert _at(text, quote.via_span) == "the Daily Ledger"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Sen. Ada Holt, R-Ore., a rival candidate, said the plan was reckless.",
            "Sen. Ada Holt",
            "the plan was reckless",
        ),
        (
            "A spokesman for the city police said the suspect was released.",
            "A spokesman for the city police",
            "the suspect was released",
        ),
        (
            "The author of the report, Mira Basu, said in an interview that she stands by it.",
            "Mira Basu",
            "she stands by it",
        ),
    ],
)
def test_long_speaker_phrases(text: str, speaker: str, content: str) -> None:
    """Appositions, initials and "a spokesman for ..." stay in the speaker's phrase."""
    quote = _only(text)
    assert _at(text, quote.speaker_span) == speaker
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Last month, 26 percent said the mayor was doing well.", "26 percent"),
        ("Okafor and others said they would not vote for the plan.", "Okafor and others"),
        ("Most of them said they had loved working there.", "Most of them"),
        ("Six in 10 say the council is too slow.", "Six in 10"),
    ],
)
def test_groups_and_shares_speak(text: str, speaker: str) -> None:
    """Poll shares and groups are speakers: "26 percent said", "most of them said"."""
    assert _at(text, _only(text).speaker_span) == speaker


def test_closing_attribution_is_followed_by_circumstance_only() -> None:
    """'..., said Obama is wrong' is not a closing attribution: a clause follows the name."""
    text = "Sen. Ada Holt, a rival candidate, said Obama is wrong."
    quote = _only(text)
    assert quote.text == "Obama is wrong"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Holt said the plan was reckless — a view few share.",
            ["the plan was reckless"],
        ),
        (
            "Holt said the plan was reckless, adding that it would fail.",
            ["the plan was reckless", "it would fail"],
        ),
        (
            "Holt said the plan was reckless and said that it would fail.",
            ["the plan was reckless", "it would fail"],
        ),
    ],
)
def test_reported_clause_ends_at_the_next_attribution(text: str, contents: list[str]) -> None:
    """A reported clause stops at a dash, a semicolon, or where a new cue starts."""
    assert [q.text for q in _quotes(text)] == contents


def test_title_case_headline_cue() -> None:
    """A headline in title case capitalizes its cue: "Harbour Board Says Port Will Reopen"."""
    text = "Harbour Board Says Port Will Reopen\n\nThe board met on Monday."
    quote = _only(text)
    assert quote.text == "Port Will Reopen"
    assert _at(text, quote.speaker_span) == "Harbour Board"


def test_participle_cue_takes_the_subject_of_its_clause() -> None:
    """'X left the talks, arguing that ...': X is the speaker."""
    text = "Since then Premier Okoye left the talks, arguing that the offer was unfair."
    quote = _only(text)
    assert quote.text == "the offer was unfair"
    assert _at(text, quote.speaker_span) == "Premier Okoye"


def test_participle_leading_into_a_quote() -> None:
    """'X claimed victory, saying: "..."': the clause's subject speaks."""
    text = "Mayor Ortiz claimed victory in a post, saying: “We did it together.”"
    (quote,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert _at(text, quote.speaker_span) == "Mayor Ortiz"
    assert quote.cue == "saying"


def test_question_attributed_in_the_next_sentence() -> None:
    """'"Why now?" Ms. Ruiz asked.': a question mark that ends the sentence keeps its attribution."""
    text = "“Why now?” Ms. Ruiz asked."
    quote = _only(text)
    assert _at(text, quote.speaker_span) == "Ms. Ruiz"
    assert quote.cue == "asked"


def test_quote_only_verb_attributes_a_quote() -> None:
    """'"...," he continued' attributes the quotation, though "continued" reports no clause."""
    quote = _only("“We never gave up,” the coach continued.")
    assert quote.cue == "continued"


def test_relative_pronoun_speaker_is_the_phrase_before_it() -> None:
    """'Residents who say the road is unsafe': the speaker is the phrase before "who"."""
    text = "Officials met residents who say the road is unsafe."
    quote = _only(text)
    assert quote.text == "the road is unsafe"
    assert _at(text, quote.speaker_span) == "residents"


def test_time_after_the_cue_is_not_the_clause() -> None:
    """'said late Wednesday that ...': the clause starts after the time and "that"."""
    text = "The governor said late Wednesday that schools would reopen."
    assert _only(text).text == "schools would reopen"


def test_coordinated_cue_keeps_the_first_subject() -> None:
    """'X said ... and added, "..."': the speaker of "added" is X."""
    text = "Lazar said he welcomed the ruling and added, “I will appeal anyway.”"
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [_at(text, q.speaker_span) for q in direct] == ["Lazar"]


def test_weak_cue_needs_a_clause() -> None:
    """A weak cue ("called", "noted") is speech only with "that", "for", "on" or a quotation after it."""
    assert _quotes("The senator called the meeting to order.") == []
    quote = _only("The senator called for an inquiry into the spending.")
    assert quote.text == "an inquiry into the spending"


def test_possessive_and_prepositional_phrases_are_not_speakers() -> None:
    """
    A possessive or a belief noun ("fear for") cues nothing, and a prepositional object
    is no speaker: the factions threaten, not "the group" they are linked to.
    """
    text = (
        "Responding to the minister’s remarks, the council approved the budget.\n\n"
        "Some factions linked to the group have threatened to leave the coalition.\n\n"
        "Residents fear for the harbour after the storm."
    )
    found = _quotes(text)
    assert [_at(text, q.speaker_span) for q in found] == ["Some factions"]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “experts” disagreed about the river.",
        "She reviewed the film “Harbour Lights” for the paper.",
        "Boxer Dwayne “The Hammer” Okello won again.",
        "The “temporary” bridge has stood for ten years.",
        "“Fake news” is a phrase the senator uses often.",
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_speech(text: str) -> None:
    """A quoted word or two with no speech cue, a title or a nickname is no quote."""
    assert [q for q in _quotes(text) if q.kind != "indirect"] == []


def test_unbalanced_mark_closes_at_the_paragraph_end() -> None:
    """A quotation left open ends with its paragraph and does not swallow the next."""
    text = "“We are ready, the captain said.\n\nThe ship left at noon."
    (marked,) = pair_marks(text, split_paragraphs(text))
    assert text[marked.inner.start : marked.inner.end] == "We are ready, the captain said."


def test_stray_closing_mark_is_ignored() -> None:
    """A closing mark with no opening mark before it opens nothing."""
    text = "The vote was close” and nobody knew.\n\nIt ended."
    assert pair_marks(text, split_paragraphs(text)) == []


def test_no_quote_is_a_result() -> None:
    """Text without speech gives an empty list."""
    assert _quotes("The river rose two metres overnight.") == []


_WORDS = ("said ", "He ", "the minister ", "according to ", "Smith ", "''", "reportedly ")
_MORE_WORDS = ("told ", ", saying ", "Mr. ", "Agency reports", "who ", "called for ")
_PIECES = st.sampled_from([*'ab “”"\n.,:;—()', *_WORDS, *_MORE_WORDS])


@settings(max_examples=25)
@given(st.lists(_PIECES, max_size=80).map("".join))
@example("“a\n“a")  # a quotation run on into the next paragraph
def test_every_quote_slices_to_its_text(text: str) -> None:
    """
    On any text, each quote stays inside the text, and its span slices to its text, or
    its quoted pieces joined by spaces are its text (a quotation run on over paragraphs).
    """
    if not text.strip():
        return
    for quote in _quotes(text):
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        joined = " ".join(text[p.start : p.end] for p in quote.quoted)
        assert quote.text in {text[quote.span.start : quote.span.end], joined}
        if quote.cue_span is not None:
            assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue


def _quotes_cost(text: str) -> float:
    paragraph = [Span(start=0, end=len(text))]
    start = time.process_time()
    find_quotes(text, paragraph, paragraph)
    return time.process_time() - start


@pytest.mark.slow
def test_linear_time_on_a_megabyte_of_quotation_marks() -> None:
    """A megabyte of adversarial quotation marks costs at most 64x a sixteenth of it (linear: 16x)."""
    unit = '“a” "b said “c, ” he said, '
    small = unit * (62_500 // len(unit))
    base = max(min(_quotes_cost(small) for _ in range(2)), 1e-2)
    assert _quotes_cost(small * 16) < 64 * base  # quadratic work would cost 256x


def test_sample_article_quotes() -> None:
    """The sample article gives its four quotations and five reported statements."""
    article = parse(SAMPLE.read_text(encoding="utf-8"))
    marked = [q for q in article.quotes if q.kind != "indirect"]
    assert [(q.kind, q.speaker, q.cue, q.via, q.hedged) for q in marked] == [
        ("partial", "person/amir-hatami", "praised", "organization/tasnim-news-agency", False),
        ("direct", "person/amir-hatami", "declared", None, False),
        ("direct", "organization/mehr-news-agency", "adds", None, False),
        ("direct", "person/najah-hassan-ali-al-shammari", "added", None, True),
    ]
    assert marked[0].text == (
        "Iraq as a friend of Iran with age-old religious, social and civilizational commonalities"
    )
    assert marked[1].text.startswith("We consider Iraq’s security")
    assert marked[2].text.startswith("The minister called for deepening")
    assert marked[3].text.startswith("Iraq and Iran share many common interests")
    for quote in article.quotes:
        assert article.slice(quote.span) == quote.text


def test_sample_article_reported_speech() -> None:
    """The sample's indirect statements are tied to Hatami, Shammari, the IG, Trump and State."""
    article = parse(SAMPLE.read_text(encoding="utf-8"))
    indirect = {q.cue: q for q in article.quotes if q.kind == "indirect"}
    assert indirect["urged"].speaker == "person/amir-hatami"
    assert indirect["urged"].hedged
    assert "boosting military and defense ties" in indirect["urged"].text
    assert indirect["expressed"].speaker == "person/najah-hassan-ali-al-shammari"
    assert indirect["deemed"].text.startswith("the PMF")
    assert indirect["arguing"].speaker == "person/donald-trump"
    assert indirect["arguing"].text == "it was not tough enough on the Islamic Republic"
    assert indirect["believes"].text.startswith("has weakened Iran’s ability")
    names = {a.id: a.name for a in article.actors}
    assert "inspector general" in names[indirect["deemed"].speaker or ""].lower()
    assert "State Department" in names[indirect["believes"].speaker or ""]


@pytest.mark.parametrize(
    "text",
    [
        "Peru's trade minister, Lena Marsh, told reporters: “The port opens in May.”",
        "“The port opens in May,” the head of the Harbour Board, Lena Marsh, said.",
    ],
)
def test_role_before_the_name_leaves_the_name_as_speaker(text: str) -> None:
    """A job written before the name in apposition is not the speaker; the name is."""
    quote = _only(text)
    assert _at(text, quote.speaker_span) == "Lena Marsh"
    assert quote.text.startswith("The port opens in May")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“The port opens in May,” spokeswoman Lena Marsh said.", "direct"),
        ("“The port opens in May,” the finance minister Lena Marsh said.", "direct"),
        ("The port opens in May, council leader Lena Marsh said.", "indirect"),
    ],
)
def test_role_in_lower_case_before_the_name_after_the_words(text: str, kind: str) -> None:
    """A job written as a bare title before the name ("spokeswoman Lena Marsh said") leaves
    the name as the speaker, and the job as the person's role."""
    article = parse("Port news\n\n" + text)
    [quote] = article.quotes
    assert (quote.kind, quote.text) == (kind, "The port opens in May")
    speaker = next(a for a in article.actors if a.id == quote.speaker)
    assert isinstance(speaker, Person)
    assert speaker.name == "Lena Marsh"
    assert speaker.role is not None
    assert speaker.role in text


@pytest.mark.parametrize(
    "text",
    [
        "The port opens in May, the council leader, Lena Marsh, said.",
        "The port opens in May, the head of the harbour board, Lena Marsh, said.",
    ],
)
def test_role_in_apposition_before_the_name_is_not_reported(text: str) -> None:
    """A job set off by commas before the speaker's name is no part of what was said."""
    article = parse("Port news\n\n" + text)
    [quote] = article.quotes
    assert (quote.kind, quote.text) == ("indirect", "The port opens in May")
    assert quote.speaker == "person/lena-marsh"


def test_organization_speaks_by_its_name_and_its_acronym() -> None:
    """ "stressed in a statement:" introduces a quotation, and "the NFU" is no "who"."""
    text = (
        "Farm talks\n\n"
        "The National Farmers Union (NFU) stressed in a statement: “Prices must rise.”\n\n"
        "“We cannot wait,” the NFU said in a statement."
    )
    article = parse(text)
    assert [q.speaker for q in article.quotes] == ["organization/national-farmers-union"] * 2
    assert all(not isinstance(a, Person) for a in article.actors)


@pytest.mark.parametrize(
    "text",
    [
        "According to Lena Marsh, the chair of the Harbour Board, the port opens in May.",
        "According to Lena Marsh (LM), the port opens in May.",
        "According to Lena Marsh, the head of the Harbour Board (HB), the port opens in May.",
        "Lena Marsh said on March 3, 2021 that the port opens in May.",
        "Lena Marsh told reporters in June that the port opens in May.",
    ],
)
def test_reported_clause_leaves_out_appositions_and_dates(text: str) -> None:
    """The source's role or acronym after it and the date of the saying are not what was said."""
    quote = _only(text)
    assert quote.text == "the port opens in May"
    assert _at(text, quote.speaker_span) == "Lena Marsh"


def _parsed(body: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, text, cue, speaker's name, outlet's name) of each quote of a one-paragraph story."""
    article = parse("Headline\n\n" + body)
    names = {a.id: a.name for a in article.actors}
    return [
        (q.kind, q.text, q.cue, names.get(q.speaker or ""), names.get(q.via or ""))
        for q in article.quotes
    ]


def test_dateline_is_no_part_of_the_claim() -> None:
    """A wire story's dateline opens its first sentence but nobody said it."""
    found = _parsed("SPRINGFIELD, Ill. — A man has been charged with arson, police said.")
    assert found == [("indirect", "A man has been charged with arson", "said", "police", None)]


@pytest.mark.parametrize(
    ("body", "text", "via"),
    [
        ("The mayor told staff the decision was painful.", "the decision was painful", None),
        ("The mayor told the BBC the vote was fair.", "the vote was fair", "BBC"),
        ("The mayor told CNN that the vote was fair.", "the vote was fair", "CNN"),
        ("The mayor assured voters taxes would not rise.", "taxes would not rise", None),
        ("The mayor informed the council he would resign.", "he would resign", None),
    ],
)
def test_listener_is_left_out_and_an_outlet_is_the_via(
    body: str, text: str, via: str | None
) -> None:
    """The listener of tell, inform or assure is no part of the clause; a news outlet is the via."""
    ((kind, found, _cue, speaker, outlet),) = _parsed(body)
    assert (kind, found, speaker, outlet) == ("indirect", text, "mayor", via)


def test_listener_keeps_a_quoted_fragment() -> None:
    """A partial quote after a listener keeps its words and leaves the listener out."""
    ((kind, text, *_),) = _parsed('The chief told staff the decision was "painful but necessary".')
    assert (kind, text) == ("partial", 'the decision was "painful but necessary"')


@pytest.mark.parametrize(
    ("body", "text", "cue", "speaker"),
    [
        (
            "He repeated the mayor's claim that the vote was fair.",
            "the vote was fair",
            "claim",
            "mayor",
        ),
        (
            "Critics mocked his warning that prices would rise.",
            "prices would rise",
            "warning",
            None,
        ),
        (
            "Workers cheered the announcement that the plant would stay.",
            "the plant would stay",
            "announcement",
            None,
        ),
    ],
)
def test_nouns_of_speech(body: str, text: str, cue: str, speaker: str | None) -> None:
    """A noun of speech before "that" reports the clause; a possessive before it is the speaker."""
    assert [(k, t, c, s) for k, t, c, s, _ in _parsed(body)] == [("indirect", text, cue, speaker)]


def test_noun_of_speech_as_subject_is_not_read() -> None:
    """As the subject of its sentence the clause's end cannot be told, so it is not read."""
    assert _parsed("The mayor's claim that the vote was fair was false.") == []


@pytest.mark.parametrize(
    ("body", "text", "cue", "speaker"),
    [
        (
            "It was reported that the mayor had resigned.",
            "the mayor had resigned",
            "reported",
            None,
        ),
        ("It has been widely reported that talks failed.", "talks failed", "reported", None),
        (
            "The mayor was quoted as saying the vote was fair.",
            "the vote was fair",
            "saying",
            "mayor",
        ),
    ],
)
def test_passive_reports(body: str, text: str, cue: str, speaker: str | None) -> None:
    """An impersonal passive reports a clause with no speaker; "quoted as saying" keeps its subject."""
    assert [(k, t, c, s) for k, t, c, s, _ in _parsed(body)] == [("indirect", text, cue, speaker)]


def test_reported_clause_stops_at_a_line_break() -> None:
    """A sentence the splitter ran over a line break gives no clause across it."""
    body = "Moments earlier, Trump said he was suited to the job\nposted by Igor Bobic"
    found = _parsed(body)
    assert [t for _, t, *_ in found] == ["he was suited to the job"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Rubio thanked the crowd and said the state would decide.", "Rubio"),
        ("The spokesman refused to comment but said the talks would go on.", "spokesman"),
    ],
)
def test_cue_coordinated_with_another_verb_keeps_its_subject(body: str, speaker: str) -> None:
    """ "X did something and said ...": the subject of the first verb is the speaker."""
    ((kind, _text, cue, found, _),) = _parsed(body)
    assert (kind, cue, found) == ("indirect", "said", speaker)


def test_reported_clause_stops_at_the_next_attribution() -> None:
    """A clause ends where another speaker's attribution begins: ", though X said ..."."""
    body = "Critics called it unfair, though Mrs. Lane said she doubted voters would care."
    texts = [(text, speaker) for _, text, _, speaker, _ in _parsed(body)]
    assert ("she doubted voters would care", "Lane") in texts
    assert not any("Lane" in text for text, _ in texts)


def test_reported_clause_stops_at_a_coordinated_clause_with_its_own_verb() -> None:
    """ "X said A and calls her B": two attributions, the second cue not inside the first clause."""
    body = "Sanders says he respects Clinton and calls her an intelligent woman."
    found = [(text, cue) for _, text, cue, _, _ in _parsed(body)]
    assert found[0] == ("he respects Clinton", "says")


def test_group_in_a_poll_is_a_speaker() -> None:
    """A share or majority of a group speaks as a body: "About half of voters say"."""
    ((kind, text, _cue, speaker, _),) = _parsed(
        "Majorities in all five regions say they want lower taxes."
    )
    assert (kind, text) == ("indirect", "they want lower taxes")
    assert speaker is not None


def test_hedged_share_is_a_subject() -> None:
    """ "About half of voters say": "about" hedges the share, it governs nothing."""
    ((kind, text, _cue, speaker, _),) = _parsed("About half of voters say they want lower taxes.")
    assert (kind, text, speaker) == ("indirect", "they want lower taxes", "half of voters")


@pytest.mark.parametrize(
    ("body", "text", "cue"),
    [
        (
            "The senator criticized the president's foreign policy.",
            "the president's foreign policy",
            "criticized",
        ),
        (
            "The mayor praised the firefighters for their courage.",
            "the firefighters for their courage",
            "praised",
        ),
        ("The union asked the court to delay the vote.", "the court to delay the vote", "asked"),
    ],
)
def test_verbs_of_judgement_report_their_object(body: str, text: str, cue: str) -> None:
    """Criticize, praise, describe, propose, cite and ask are speech acts even with no clause after them."""
    assert [(k, t, c) for k, t, c, _, _ in _parsed(body)] == [("indirect", text, cue)]


def test_weak_cue_without_a_clause_is_no_speech() -> None:
    """ "Called the meeting to order" and "noted the date" report nothing."""
    assert _parsed("The chair called the meeting to order and noted the date.") == []


@pytest.mark.parametrize(
    "text",
    [
        "„We can do it“, Ms. Weber said. The crowd cheered.",
        "»We can do it«, Ms. Weber said. The crowd cheered.",
        "« We can do it », Ms. Weber said. The crowd cheered.",
        "“We can do it,” Ms. Weber said. The crowd cheered.",
    ],
)
def test_every_double_mark_style_pairs(text: str) -> None:
    """Low-high („ “) and reversed guillemets (» «) close as curly marks do: one quote, no runaway."""
    quote = _only(text)
    assert quote.text == "We can do it"
    assert _at(text, quote.speaker_span) == "Ms. Weber"


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        (
            "Some delegates at the convention in Ohio said they welcomed the debate.",
            "they welcomed the debate",
            "Some delegates",
        ),
        (
            "A news report published Wednesday by the Daily Ledger said the minister lied.",
            "the minister lied",
            "Daily Ledger",
        ),
        (
            "In Texas, half of primary voters said they were angry.",
            "they were angry",
            "half of primary voters",
        ),
    ],
)
def test_long_subject_that_opens_the_clause(body: str, text: str, speaker: str) -> None:
    """A long subject before the cue speaks through its head noun phrase."""
    ((kind, found, _cue, name, _),) = _parsed(body)
    assert (kind, found, name) == ("indirect", text, speaker)


@pytest.mark.parametrize(
    "body",
    [
        "When the polls closed in Ohio said nothing.",
        "Inside the hall at the convention said little.",
    ],
)
def test_adjunct_is_no_long_subject(body: str) -> None:
    """A clause that opens with a preposition or a subordinator has no subject to speak."""
    assert _parsed(body) == []
