"""The speakers stage: each quotation's speaker and outlet tied to an actor of the article."""

from __future__ import annotations

from newsmodel import Organization, Person, Place, Span
from newsmodel.parser.quotes._direct import QuoteCandidate
from newsmodel.parser.quotes._speakers import resolve_speakers


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start=start, end=start + len(words))


def _candidate(
    text: str,
    content: str,
    speaker: str | None = None,
    *,
    via: str | None = None,
    continues: bool = False,
    after: int = 0,
) -> QuoteCandidate:
    span = _span(text, content)
    return QuoteCandidate(
        span=span,
        text=content,
        kind="direct",
        speaker_span=None if speaker is None else _span(text, speaker, after),
        via_span=None if via is None else _span(text, via),
        continues=continues,
    )


TEXT = (
    "Foreign Minister Ana Sousa met Chen Wei in Lisbon. "
    "“We agree,” Sousa said. “It is a good day,” he said. "
    "“Trade will grow,” the minister said. "
    "“The deal is fair,” the Lusa News Agency reports."
)
SOUSA = Person(
    id="person/ana-sousa",
    name="Ana Sousa",
    role="foreign minister",
    mentions=(_span(TEXT, "Ana Sousa"), _span(TEXT, "Sousa", 60)),
)
CHEN = Person(id="person/chen-wei", name="Chen Wei", mentions=(_span(TEXT, "Chen Wei"),))
LISBON = Place(id="place/lisbon", name="Lisbon", mentions=(_span(TEXT, "Lisbon"),))
ACTORS = (SOUSA, CHEN, LISBON)


def test_speaker_overlapping_a_mention_is_that_actor() -> None:
    """A speaker written as a name that is an actor's mention resolves to that actor."""
    quotes, actors = resolve_speakers(
        TEXT, [_candidate(TEXT, "We agree", "Sousa", after=60)], ACTORS
    )
    assert quotes[0].speaker == "person/ana-sousa"
    assert actors == ACTORS


def test_pronoun_is_the_last_person_named_before_it() -> None:
    """ "he" resolves to the last person mentioned before it."""
    text = "Chen Wei met Ana Sousa. “It is a good day,” he said."
    actors = (
        Person(id="person/chen-wei", name="Chen Wei", mentions=(_span(text, "Chen Wei"),)),
        Person(id="person/ana-sousa", name="Ana Sousa", mentions=(_span(text, "Ana Sousa"),)),
    )
    candidate = _candidate(text, "It is a good day", "he", after=text.index("day"))
    quotes, _ = resolve_speakers(text, [candidate], actors)
    assert quotes[0].speaker == "person/ana-sousa"


def test_role_phrase_is_the_last_actor_with_that_role() -> None:
    """ "the minister" resolves to the last person whose role is a minister."""
    quotes, _ = resolve_speakers(
        TEXT, [_candidate(TEXT, "Trade will grow", "the minister")], ACTORS
    )
    assert quotes[0].speaker == "person/ana-sousa"


def test_outlet_first_named_in_the_attribution_becomes_an_organization() -> None:
    """A news agency named only in the attribution becomes a new organization actor."""
    candidate = _candidate(TEXT, "The deal is fair", "the Lusa News Agency")
    quotes, actors = resolve_speakers(TEXT, [candidate], ACTORS)
    assert quotes[0].speaker == "organization/lusa-news-agency"
    agency = actors[-1]
    assert isinstance(agency, Organization)
    assert agency.name == "Lusa News Agency"
    assert agency.kind == "news_agency"
    assert [TEXT[m.start : m.end] for m in agency.mentions] == ["Lusa News Agency"]


def test_new_person_drops_the_honorific_and_is_added_once() -> None:
    """A person first named as a speaker is added once, without honorific, with each mention."""
    text = "“Rain,” said Dr. Ines Moreau. “More rain,” said Dr. Ines Moreau."
    first = _candidate(text, "Rain", "Dr. Ines Moreau")
    second = _candidate(text, "More rain", "Dr. Ines Moreau", after=20)
    quotes, actors = resolve_speakers(text, [first, second], ())
    assert [q.speaker for q in quotes] == ["person/ines-moreau"] * 2
    (person,) = actors
    assert person.name == "Ines Moreau"
    assert len(person.mentions) == 2


def test_surname_alone_finds_the_named_person() -> None:
    """A speaker written by surname only resolves to the actor with that surname."""
    text = "Ana Sousa spoke. “Yes,” Mrs. Sousa said."
    sousa = Person(id="person/ana-sousa", name="Ana Sousa", mentions=(_span(text, "Ana Sousa"),))
    quotes, actors = resolve_speakers(text, [_candidate(text, "Yes", "Mrs. Sousa")], (sousa,))
    assert quotes[0].speaker == "person/ana-sousa"
    assert [a.id for a in actors] == ["person/ana-sousa"]


def test_group_speaker_becomes_an_actor() -> None:
    """ "federal officials" with no one actor to stand for becomes an actor named as written."""
    text = "The border will stay shut, federal officials said."
    candidate = _candidate(text, "The border will stay shut", "federal officials")
    quotes, actors = resolve_speakers(text, [candidate], ())
    assert quotes[0].speaker == "person/federal-officials"
    assert actors[0].name == "federal officials"


def test_continuing_quote_keeps_the_previous_speaker() -> None:
    """A quotation with no attribution of its own keeps the previous quotation's speaker."""
    first = _candidate(TEXT, "We agree", "Sousa", after=60)
    second = _candidate(TEXT, "It is a good day", continues=True)
    quotes, _ = resolve_speakers(TEXT, [first, second], ACTORS)
    assert [q.speaker for q in quotes] == ["person/ana-sousa", "person/ana-sousa"]


def test_outlet_is_the_via() -> None:
    """The outlet that carried the words is the quote's via, resolved like a speaker."""
    candidate = _candidate(TEXT, "Trade will grow", "the minister", via="the Lusa News Agency")
    quotes, _ = resolve_speakers(TEXT, [candidate], ACTORS)
    assert quotes[0].speaker == "person/ana-sousa"
    assert quotes[0].via == "organization/lusa-news-agency"


def test_no_candidates_is_no_quotes() -> None:
    """Nothing to resolve gives no quotes and the actors unchanged."""
    assert resolve_speakers(TEXT, [], ACTORS) == ((), ACTORS)


def test_pronoun_after_a_speaker_first_named_in_an_attribution() -> None:
    """ "she" in a later paragraph is the person first named as a speaker before it."""
    text = "Talks resume\n\n“We will act,” Lena Marsh said.\n\n“We will wait,” she said."
    first = _candidate(text, "We will act", "Lena Marsh")
    second = _candidate(text, "We will wait", "she", after=text.index("wait"))
    quotes, _ = resolve_speakers(text, [first, second], ())
    assert [q.speaker for q in quotes] == ["person/lena-marsh", "person/lena-marsh"]


def _speakers(body: str) -> list[str | None]:
    """The name of each quote's speaker in a story of the given paragraphs."""
    from newsmodel.parser import parse  # noqa: PLC0415 - the whole pipeline, for these tests

    article = parse("Headline\n\n" + body)
    names = {a.id: a.name for a in article.actors}
    return [names.get(q.speaker or "") for q in article.quotes]


def test_pronoun_skips_an_actor_of_the_other_gender() -> None:
    """ "She" after "Mrs. Lane ... Mr. Okoro" is Mrs. Lane: an honorific says who is who."""
    body = "Mrs. Amara Lane met Mr. Peter Okoro on Monday. “We agreed,” she said."
    assert _speakers(body) == ["Amara Lane"]


def test_pronoun_learns_a_gender_from_an_earlier_pronoun() -> None:
    """Once "she" stood for Lane, a later "he" looks past her."""
    body = (
        "Peter Okoro met Amara Lane on Monday. “We agreed,” Lane said. “It was late,” she said.\n\n"
        "Amara Lane thanked the mayor. “We will see,” he said."
    )
    assert _speakers(body) == ["Amara Lane", "Amara Lane", "Peter Okoro"]


def test_singular_pronoun_is_no_group() -> None:
    """ "He" never stands for a group such as "federal officials"."""
    body = (
        "Peter Okoro spoke first. Federal officials said the plan was sound. "
        "“It will work,” he said."
    )
    assert _speakers(body)[-1] == "Peter Okoro"


def test_unattributed_quote_after_a_new_name_is_that_person() -> None:
    """A paragraph that names a person before its quotation gives that person the words."""
    body = "“We won,” Amara Lane said.\n\nPeter Okoro took the stage next. “The count is not over.”"
    assert _speakers(body) == ["Amara Lane", "Peter Okoro"]


def test_unattributed_quote_in_the_same_paragraph_keeps_the_speaker() -> None:
    """Within one paragraph a quotation with no attribution keeps the previous voice."""
    body = "“We won,” Amara Lane said, thanking Peter Okoro. “We will win again.”"
    assert _speakers(body) == ["Amara Lane", "Amara Lane"]


def test_auxiliary_and_adverb_after_the_speaker_are_cut_off() -> None:
    """ "The Riverside Legion has twice complained" is the Legion, and "His lawyers have
    vigorously denied" the lawyers: the auxiliary and adverb belong to the verb."""
    body = (
        "Mayor Amara Lane opened the fair.\n\n"
        "The Riverside Legion has twice complained that the signs were too large.\n\n"
        "His lawyers have vigorously denied that the signs were too large."
    )
    assert _speakers(body) == ["Riverside Legion", "His lawyers"]


def test_the_two_after_a_described_pair_is_that_pair() -> None:
    """ "the two" after "Two senators ... argue" is the senators, not the person before them."""
    body = (
        "Peter Okoro wrote to the board. Two senators, however, argue that the board erred.\n\n"
        "“The rules are clear,” the two write."
    )
    assert _speakers(body)[-1] == "Two senators"


def test_a_capitalised_name_before_an_outlet_noun_is_an_organization() -> None:
    """ "Time magazine wrote" makes the magazine the speaker, an organization."""
    from newsmodel import Organization  # noqa: PLC0415 - only this test needs it
    from newsmodel.parser import parse  # noqa: PLC0415 - the whole pipeline, for this test

    article = parse("Headline\n\nTime magazine wrote that the race was over.")
    (quote,) = article.quotes
    assert isinstance(article.actor(quote.speaker or ""), Organization)


def test_a_quotation_after_one_with_no_speaker_carries_no_speaker() -> None:
    """After "... the statement said." the next quotation is the statement's, not the
    person quoted before it."""
    body = (
        "“We are ready,” Amara Lane said.\n\n"
        "“The plan starts today,” the statement said. “It ends in May.”"
    )
    assert _speakers(body) == ["Amara Lane", None, None]


def test_common_word_opening_a_sentence_is_no_speaker() -> None:
    """A capitalised word the article also writes in lower case ("History") names no one."""
    body = "History says the war was a mistake. The history of the war is long."
    assert _speakers(body) == [None]


def test_sentence_starter_is_no_speaker() -> None:
    """A word that only opens sentences ("There") is never taken for a name."""
    assert _speakers("There, officials said, the vote was fair.") != ["There"]


def test_surname_opening_a_sentence_is_still_its_person() -> None:
    """A surname that is also a common word ("Small") still names the person named before."""
    body = "Mayor Marty Small spoke at noon. Small said the budget was small but fair."
    assert _speakers(body) == ["Marty Small"]


def test_plural_group_opening_a_sentence_still_speaks() -> None:
    """A plural ("Critics") speaks at a sentence's start even if the article writes it in lower case."""
    body = "Critics say the plan is too costly. The critics are many."
    assert _speakers(body) == ["Critics"]
