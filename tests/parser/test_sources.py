"""Unnamed sources: described people and groups, documents credited to their issuer."""

from newsmodel import Article, Organization, Person
from newsmodel.parser import parse
from newsmodel.parser.actors._sources import looks_like_a_name


def _speaker(article: Article, words: str) -> Person | Organization | None:
    quote = next(q for q in article.quotes if words in q.text)
    if quote.speaker is None:
        return None
    actor = article.actor(quote.speaker)
    assert isinstance(actor, Person | Organization)
    return actor


def _named_people(article: Article) -> list[str]:
    return [a.name for a in article.actors if isinstance(a, Person) and not a.described]


def test_group_at_an_organization_is_described_with_its_affiliation() -> None:
    """ "Analysts at Davy Stockbrokers said" is a described group affiliated to the firm."""
    article = parse("Shares.\n\nAnalysts at Davy Stockbrokers said the deal was good.")
    source = _speaker(article, "deal")
    assert isinstance(source, Person)
    assert source.described
    assert source.role == "analyst"
    assert source.affiliation == "organization/davy-stockbrokers"
    assert _named_people(article) == []


def test_a_spokesman_for_a_body_is_described_not_named() -> None:
    """ "A spokesman for the ministry" is a described spokesman, no person named "spokesman"."""
    article = parse("Plan.\n\nA spokesman for the ministry said the plan was sound.")
    source = _speaker(article, "plan was sound")
    assert isinstance(source, Person)
    assert (source.described, source.role) == (True, "spokesman")
    assert _named_people(article) == []


def test_critics_and_officials_are_described_groups() -> None:
    """Bare groups ("Critics", "Officials") keep their quotes, as described sources."""
    article = parse("Plan.\n\nCritics said the plan was flawed. Officials said it was fine.")
    critics = _speaker(article, "flawed")
    officials = _speaker(article, "fine")
    assert isinstance(critics, Person)
    assert isinstance(officials, Person)
    assert (critics.role, officials.role) == ("critic", "official")
    assert critics.described
    assert officials.described


def test_data_is_credited_to_the_organization_that_issued_it() -> None:
    """ "according to data from Euronext" is Euronext's claim, not a person named "data"."""
    article = parse("Shares.\n\nShares rose 3%, according to data from Euronext.")
    source = _speaker(article, "Shares rose")
    assert isinstance(source, Organization)
    assert source.name == "Euronext"
    assert _named_people(article) == []


def test_a_report_is_credited_to_its_issuer_further_on() -> None:
    """ "according to a report earlier this week from the X Consortium" is the consortium's."""
    text = (
        "Sales.\n\nSales fell, according to a report earlier this week "
        "from the Kelby Retail Consortium."
    )
    article = parse(text)
    source = _speaker(article, "Sales fell")
    assert isinstance(source, Organization)
    assert source.name == "Kelby Retail Consortium"
    assert _named_people(article) == []


def test_a_pronoun_is_no_person() -> None:
    """A first-person speaker the parser cannot resolve makes no person named "I"."""
    article = parse('Talk.\n\n"It was late," I said. "We know," You said.')
    assert not [n for n in _named_people(article) if n.split()[0] in {"I", "You"}]


def test_a_role_before_a_name_is_still_the_named_person() -> None:
    """ "spokeswoman Emily Hart" names Emily Hart: no described source is made."""
    article = parse("Plan.\n\nThe plan is late, spokeswoman Emily Hart said on Monday.")
    assert not [a for a in article.actors if isinstance(a, Person) and a.described]
    assert "Emily Hart" in _named_people(article)


def test_a_quantifier_or_a_share_names_a_described_group() -> None:
    """ "Some said" and "61 percent said" keep their quotes as described groups."""
    article = parse("Vote.\n\nSome said the vote was fair. But 61 percent said it was rigged.")
    some = _speaker(article, "fair")
    share = _speaker(article, "rigged")
    assert isinstance(some, Person)
    assert isinstance(share, Person)
    assert (some.name, some.described) == ("Some", True)
    assert (share.name, share.described) == ("61 percent", True)


def test_a_name_opening_with_the_is_an_organization() -> None:
    """ "The Veterans Legion wrote" is an organization, not a person named "The ..."."""
    article = parse("Letter.\n\nThe Veterans Legion wrote that it objected to the flyers.")
    source = _speaker(article, "objected")
    assert isinstance(source, Organization)
    assert source.name == "Veterans Legion"


def test_a_role_with_no_one_named_before_is_described() -> None:
    """ "the mayor said", with no mayor named, is a described mayor, never a named one."""
    article = parse("Ruling.\n\nThe ruling was unfair, the mayor said.")
    mayor = _speaker(article, "unfair")
    assert isinstance(mayor, Person)
    assert (mayor.described, mayor.role) == (True, "mayor")


def test_a_date_after_a_document_is_no_issuer() -> None:
    """ "The book claims ... in November 2003" makes no organization named "November"."""
    article = parse("Book.\n\nThe new book claims the minister hosted a dinner in November 2003.")
    assert not [a for a in article.actors if a.name == "November"]


def test_a_wire_dateline_credits_the_agency_which_does_not_speak() -> None:
    """ "DUBLIN (Reuters) - Kelvara said ..." is Kelvara's statement, not Reuters'."""
    article = parse("Sale.\n\nDUBLIN (Reuters) - Kelvara said on Monday it would sell its unit.")
    assert article.dateline == "DUBLIN (Reuters)"
    source = _speaker(article, "sell its unit")
    assert source is not None
    assert source.name == "Kelvara"


def test_a_document_before_its_verb_takes_no_issuer_from_what_it_says() -> None:
    """ "A new poll suggests that the mayor of Springfield ..." names no issuer: the words
    after the verb are the claim, so the poll has no speaker rather than Springfield."""
    article = parse("Poll.\n\nA new poll suggests that the mayor of Springfield is ahead.")
    assert _speaker(article, "the mayor of Springfield") is None


def test_a_comma_ends_the_words_that_may_name_an_issuer() -> None:
    """ "according to the survey, 46 percent of Labour voters ..." is no one's claim: the
    party after the comma is in the claim and issued no survey."""
    article = parse(
        "Survey.\n\nAccording to the survey, 46 percent of Labour voters are undecided."
    )
    assert _speaker(article, "46 percent") is None


def test_an_issuer_before_the_verb_still_speaks_for_its_document() -> None:
    """ "A news report published Wednesday by the Daily Ledger said" is the Ledger's."""
    article = parse(
        "Report.\n\nA news report published Wednesday by the Daily Ledger said "
        "the minister used a private account."
    )
    source = _speaker(article, "private account")
    assert isinstance(source, Organization)
    assert source.name == "Daily Ledger"


def test_an_abbreviation_in_a_role_still_describes_a_person() -> None:
    """ "a former U.S. trade official" is a described person; its dots do not end the role."""
    article = parse("Talks.\n\nA former U.S. trade official said the talks had stalled.")
    source = _speaker(article, "the talks had stalled")
    assert isinstance(source, Person)
    assert source.described
    assert source.role == "official"


def test_words_that_open_a_sentence_are_no_ones_name() -> None:
    """Sentence openers, interjections, adverbs and contractions do not name a speaker."""
    for phrase in ("So I", "Why", "Okay", "Surprisingly", "Frankly I", "Don't"):
        assert not looks_like_a_name(phrase), phrase
    assert looks_like_a_name("Kelly Brandt")
    assert looks_like_a_name("Holly")


def test_a_place_or_organization_head_word_ends_no_persons_name() -> None:
    """ "Hakim Mosque" and "Verwoerd Government" name a place and a body, not a person."""
    assert not looks_like_a_name("Hakim Mosque")
    assert not looks_like_a_name("Verwoerd Government")


def test_a_month_a_demonym_or_a_common_noun_alone_is_no_ones_name() -> None:
    """ "October", "Russian", "Biologists" and "Constitution" alone name no speaker."""
    for word in ("October", "Russian", "Biologists", "Appellants", "Constitution"):
        assert not looks_like_a_name(word), word
    assert looks_like_a_name("Clements")
    assert looks_like_a_name("Clement")


def test_a_body_whose_name_ends_in_a_head_word_is_a_speakers_affiliation() -> None:
    """ "A spokesman for the Varnel Commissioner's Office" speaks for that office."""
    article = parse("A spokesman for the Varnel Commissioner's Office said it would act.")
    [quote] = article.quotes
    speaker = article.actor(quote.speaker or "")
    assert isinstance(speaker, Person)
    assert speaker.affiliation == "organization/varnel-commissioner-s-office"
