"""Reported speech: the cue forms and the subjects the attribution rules read."""

from __future__ import annotations

import pytest

from newsmodel.parser import parse


def _parsed(body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, cue, speaker's name) of each quote of a one-paragraph story."""
    article = parse("Headline\n\n" + body)
    names = {a.id: a.name for a in article.actors}
    return [(q.kind, q.text, q.cue, names.get(q.speaker or "")) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "text", "cue", "speaker"),
    [
        (
            "Senator Ada Hale is predicting that she will win the vote.",
            "she will win the vote",
            "predicting",
            "Ada Hale",
        ),
        (
            "Mayor Tom Reyes has been saying for weeks that the budget is balanced.",
            "the budget is balanced",
            "saying",
            "Tom Reyes",
        ),
        (
            "Ada Hale is also acknowledging that the plan failed.",
            "the plan failed",
            "acknowledging",
            "Ada Hale",
        ),
    ],
)
def test_progressive_cue_speaks_through_its_subject(
    body: str, text: str, cue: str, speaker: str
) -> None:
    """ "X is predicting that ...": the "-ing" form after "is" has the subject of "is"."""
    assert _parsed(body) == [("indirect", text, cue, speaker)]


def test_progressive_verb_that_is_no_cue_reports_nothing() -> None:
    """Only a cue verb is read after an auxiliary: "is warming", "are playing" say nothing."""
    assert _parsed("The weather is warming, and the children are playing in the park.") == []


def test_participle_after_adverbs_hangs_from_the_clause_before_the_comma() -> None:
    """ ", while also saying that ...": a new attribution of the same subject, ending the first clause."""
    found = _parsed("Ada Hale praised the plan, while also saying that the costs would rise.")
    assert ("indirect", "the costs would rise", "saying", "Ada Hale") in found
    assert not any("saying" in text for _, text, _, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        "Cory Dunn, 22, of Flint, Mich., said he would vote for the first time.",
        "Cory Dunn, 58, who lives outside Denver, says he will vote for the first time.",
    ],
)
def test_age_and_home_in_apposition_leave_the_name_as_speaker(body: str) -> None:
    """An age, a home town or a relative clause between a name and its verb is no speaker."""
    ((kind, _text, cue, speaker),) = _parsed(body)
    assert (kind, speaker) == ("indirect", "Cory Dunn")
    assert cue in {"said", "says"}


def test_time_before_a_participle_is_no_subject() -> None:
    """ "released a statement Wednesday evening, saying": the day is not who speaks."""
    body = "The Harbor Workers Union released a statement Wednesday evening, saying the remarks were divisive."
    assert _parsed(body) == [
        ("indirect", "the remarks were divisive", "saying", "Harbor Workers Union")
    ]


def test_weak_cue_reports_the_clause_after_that_beyond_a_long_circumstance() -> None:
    """ "noted in a column in Saturday's paper that ...": "that" makes a weak cue report its clause."""
    body = "Ada Hale noted in a guest column in Saturday's Daily Herald that the plan was costly."
    assert _parsed(body) == [("indirect", "the plan was costly", "noted", "Ada Hale")]


@pytest.mark.parametrize(
    "body",
    [
        "The race will be tight, said Dan Gerstein, director of Gotham Media and a consultant.",
        "The race will be tight, said Dan Gerstein, who was elected to the council in 2012.",
        "The race will be tight, Dan Gerstein, the council's clerk, said on Tuesday.",
    ],
)
def test_closing_attribution_may_end_with_words_about_its_speaker(body: str) -> None:
    """An apposition or a relative clause after a closing attribution's speaker is no clause of its own."""
    assert _parsed(body) == [("indirect", "The race will be tight", "said", "Dan Gerstein")]


def test_closing_attribution_with_a_weak_cue_reports_the_clause_before_it() -> None:
    """ "..., she noted.": a weak cue needs no "that" when it closes the sentence."""
    body = "Social media has added a link to the chain, the mayor noted."
    ((kind, text, cue, _speaker),) = _parsed(body)
    assert (kind, text, cue) == ("indirect", "Social media has added a link to the chain", "noted")


def test_a_modal_ends_the_phrase_after_an_inverted_cue() -> None:
    """ "said Trump could file": the verb and its clause, not a speaker "Trump could file"."""
    body = "Russell Wheeler, a fellow at the Brookings Institution, said Ada Hale could file a complaint."
    assert _parsed(body) == [
        ("indirect", "Ada Hale could file a complaint", "said", "Russell Wheeler")
    ]


def test_participle_hangs_from_the_subject_that_opens_the_sentence() -> None:
    """ "Hale was upfront about X, the party's front-runner, saying ...": Hale speaks, not the apposition."""
    body = "Ada Hale was upfront about Tom Reyes, the Harbor Party front-runner, saying voters must unite."
    assert _parsed(body) == [("indirect", "voters must unite", "saying", "Ada Hale")]


def test_participle_after_a_long_opening_phrase_keeps_the_nearest_subject() -> None:
    """An opening phrase that is no speaker ("Relations between A and B") leaves the clause's own subject."""
    body = (
        "Relations between Iran and Chile have soured since Senator Ada Hale ended the aid, "
        "arguing that it was wasted."
    )
    ((_kind, text, cue, speaker),) = _parsed(body)
    assert (text, cue, speaker) == ("it was wasted", "arguing", "Ada Hale")


def test_adverb_before_that_is_no_part_of_the_clause() -> None:
    """ "has said repeatedly that ...": the clause starts after "that"."""
    body = "Ada Hale has said repeatedly that the budget is balanced."
    assert _parsed(body) == [("indirect", "the budget is balanced", "said", "Ada Hale")]


@pytest.mark.parametrize(
    "body",
    [
        "Ada Hale — who is listed as a lawyer in Ohio but does not practice — told reporters the appeal was over.",
        "Ada Hale – the council's clerk – said the appeal was over.",
    ],
)
def test_aside_between_dashes_leaves_the_name_before_it_as_speaker(body: str) -> None:
    """ "X — who ... — told": the name before the aside speaks."""
    ((kind, text, _cue, speaker),) = _parsed(body)
    assert (kind, text, speaker) == ("indirect", "the appeal was over", "Ada Hale")


def test_a_modal_written_as_a_name_does_not_end_a_phrase() -> None:
    """A capitalised "Will" or "May" is a name: it ends no speaker phrase, as "will" does."""
    body = "The race will be tight, said Will Gerstein, the council's clerk."
    assert _parsed(body) == [("indirect", "The race will be tight", "said", "Will Gerstein")]


@pytest.mark.parametrize(
    ("body", "text", "cue"),
    [
        (
            "Senator Ada Hale blasted the governor over the budget.",
            "the governor over the budget",
            "blasted",
        ),
        ("Senator Ada Hale denounced the new tariffs.", "the new tariffs", "denounced"),
        ("Senator Ada Hale mocked the governor's plan.", "the governor's plan", "mocked"),
        ("Senator Ada Hale talked about the border wall.", "the border wall", "talked"),
        (
            "Senator Ada Hale recommended that the council delay the vote.",
            "the council delay the vote",
            "recommended",
        ),
    ],
)
def test_verbs_of_judgement_and_topic(body: str, text: str, cue: str) -> None:
    """Blast, denounce, mock and recommend report their object; "talk about" its topic."""
    assert _parsed(body) == [("indirect", text, cue, "Ada Hale")]


@pytest.mark.parametrize(
    "body",
    [
        "Senator Ada Hale talked with the governor for an hour.",
        "The peace talks resumed on Monday.",
    ],
)
def test_talk_without_about_is_no_speech(body: str) -> None:
    """ "talked with the governor" and "peace talks" report nothing: only "talk about" does."""
    assert _parsed(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The casual hiring of the manager added to the uncertainty over the campaign.",
        "The candidates largely speak to different sets of voters.",
        "In the text accompanying the video, Ada Hale wrote:",
    ],
)
def test_cue_words_that_report_nothing(body: str) -> None:
    """ "added to", "speak to" and an attribution ending in a colon report no clause before them."""
    assert _parsed(body) == []


def test_attribution_inside_the_sentence_is_no_closing_one() -> None:
    """ "His wife, he says, plans to leave": what follows the attribution is the clause, not "His wife"."""
    body = "His wife, he says, plans to leave the party over the process."
    ((kind, text, cue, _speaker),) = _parsed(body)
    assert (kind, text, cue) == ("indirect", "plans to leave the party over the process", "says")


def test_quotation_split_by_a_long_attribution_shares_it() -> None:
    """'"A," X wrote in a statement to Y, "but B."': both pieces have X's attribution, one cue span."""
    article = parse(
        "Headline\n\n"
        '"Many people are uncertain," Ada Hale wrote in a statement to the magazine, '
        '"but most agree that the state is on the wrong track."'
    )
    first, second = article.quotes
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.text.startswith("but most agree")
    assert first.cue_span == second.cue_span is not None
    assert first.speaker == second.speaker is not None


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Other major gaps, according to the new poll, include age and education.",
            "include age and education",
        ),
        (
            "He will skip the debate because, according to the council, the moderators are biased.",
            "the moderators are biased",
        ),
    ],
)
def test_according_to_inside_the_sentence_reports_what_follows(body: str, text: str) -> None:
    """ "X, according to Y, Z": after a short opening or a conjunction, Z is what Y says."""
    ((kind, found, cue, _speaker),) = _parsed(body)
    assert (kind, found, cue) == ("indirect", text, "according to")


def test_role_in_apposition_after_a_closing_attribution() -> None:
    """ ", senior political analyst at X": a role in lower case is words about the speaker."""
    body = "The race will be tight, said Dan Gerstein, senior political analyst at Gotham Media."
    assert _parsed(body) == [("indirect", "The race will be tight", "said", "Dan Gerstein")]


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        (
            "The Harbor Workers Union put out a statement saying the port cannot vet every ship.",
            "the port cannot vet every ship",
            "Harbor Workers Union",
        ),
        (
            "Ada Hale landed in hot water last week by saying that the judge was biased.",
            "the judge was biased",
            "Ada Hale",
        ),
    ],
)
def test_participle_after_a_document_or_a_subordinator(body: str, text: str, speaker: str) -> None:
    """ "a statement saying", "by saying": the participle hangs from the clause before, with no comma."""
    assert _parsed(body) == [("indirect", text, "saying", speaker)]


def test_participle_after_a_subordinator_without_a_cue_subject_reports_nothing() -> None:
    """ "He left before saying goodbye": no speaker's subject and no clause, no speech."""
    assert _parsed("The guest left before saying goodbye.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Her favourite show remains “Tales From the Crypt” after all these years.",
        "“Law and Order” was on again last night.",
    ],
)
def test_title_without_attribution_is_no_quote(body: str) -> None:
    """A short quotation in title case that nobody is said to say is a title, not a quote."""
    assert _parsed(body) == []


def test_capitalized_exclamation_without_attribution_is_still_a_quote() -> None:
    """An exclamation or a sentence in marks is speech even in capitals: "Choke!"."""
    ((kind, text, _cue, _speaker),) = _parsed("“Choke!” The crowd went quiet.")
    assert (kind, text) == ("direct", "Choke!")


@pytest.mark.parametrize(
    ("body", "question", "cue"),
    [
        (
            "Asked about the vote on Tuesday, the mayor said she would wait.",
            "about the vote on Tuesday",
            "Asked",
        ),
        (
            "When asked whether the plan was legal, the mayor said she would wait.",
            "whether the plan was legal",
            "asked",
        ),
    ],
)
def test_opening_asked_reports_the_question_with_no_speaker(
    body: str, question: str, cue: str
) -> None:
    """ "Asked about X, Y said Z": the question has no named asker, and Y's answer is read too."""
    assert _parsed(body) == [
        ("indirect", question, cue, None),
        ("indirect", "she would wait", "said", "mayor"),
    ]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Ada Hale went on to say that the plan was dead.", "the plan was dead"),
        ("Ada Hale declined to say whether she would run.", "whether she would run"),
    ],
)
def test_infinitive_cue_has_the_subject_of_its_verb(body: str, text: str) -> None:
    """ "X went on to say that ...", "X declined to say whether ...": X speaks."""
    assert _parsed(body) == [("indirect", text, "say", "Ada Hale")]


def test_passive_cue_before_an_infinitive_names_no_speaker() -> None:
    """ "is said to be": a passive, reported by no one named, gives no quotation here."""
    assert _parsed("The mayor is said to be furious about the plan.") == []


def test_participle_after_a_comma_inside_closing_marks() -> None:
    """'called the plan "reckless," adding that ...': the comma before the closing mark counts."""
    found = _parsed(
        "Ada Hale called the plan “reckless,” adding that the council would vote against it."
    )
    assert ("indirect", "the council would vote against it", "adding", "Ada Hale") in found


def test_participle_after_an_inverted_attribution_has_its_speaker() -> None:
    """'"...," said X at the time, adding that ...': X speaks the participle's clause too."""
    body = "“It is not new here,” said Ada Hale at the time, adding that voters had changed."
    assert _parsed(body) == [
        ("direct", "It is not new here", "said", "Ada Hale"),
        ("indirect", "voters had changed", "adding", "Ada Hale"),
    ]


def test_participle_prefers_a_subject_before_a_plain_verb() -> None:
    """ "Trump mocked the Democratic front-runner, saying": "mocked" is a verb, "front-runner" is not."""
    body = (
        "While celebrating victories in five primaries, Ada Hale mocked the plans of the "
        "Harbor Party front-runner, saying he would be a bad mayor."
    )
    found = _parsed(body)
    assert ("indirect", "he would be a bad mayor", "saying", "Ada Hale") in found


def test_name_in_an_opening_phrase_is_no_apposition() -> None:
    """ "Speaking in Harlem, Hale, without naming him, accused ...": the place is not the speaker."""
    body = "Speaking in Harlem, Ada Hale, without naming him, also accused the mayor of delay."
    ((_kind, _text, cue, speaker),) = _parsed(body)
    assert (cue, speaker) == ("accused", "Ada Hale")


def test_negated_progressive_cue() -> None:
    """ "X isn’t saying what ...": a negative contraction is the progressive's auxiliary."""
    body = "Ada Hale isn’t saying what other techniques she would support."
    assert _parsed(body) == [
        ("indirect", "what other techniques she would support", "saying", "Ada Hale")
    ]


def test_bare_cue_after_an_adjective_and_nothing_after_it_is_a_noun() -> None:
    """ "an absolute blast, and ...": a noun, though "blast" is a speech verb."""
    assert _parsed("For a while, the game is an absolute blast, and one of the best yet.") == []


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        ("The judge said the sentence was fair.", "the sentence was fair", "judge"),
        ("The host said the storm had passed.", "the storm had passed", "host"),
    ],
)
def test_cue_word_after_a_determiner_is_the_subject_noun(
    body: str, text: str, speaker: str
) -> None:
    """A word that is also a cue ("judge", "host") names the speaker after "the"."""
    assert _parsed(body) == [("indirect", text, "said", speaker)]


def test_plural_noun_of_people_is_a_subject() -> None:
    """A plural noun of people in lower case ("former employees") speaks through its verb."""
    body = "Yet former employees say the office was run badly."
    assert _parsed(body) == [("indirect", "the office was run badly", "say", "former employees")]


def test_plural_noun_of_things_is_no_subject() -> None:
    """A plural that names no people ("peace talks") does not speak."""
    assert _parsed("The peace talks say nothing about the border.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The vote was fair, Ada Hale told a Senate panel.",
        "The vote was fair, Ada Hale told reporters on Wednesday.",
    ],
)
def test_closing_attribution_with_a_listener(body: str) -> None:
    """ "..., X told a Senate panel." closes the sentence: the words before it are reported."""
    assert _parsed(body) == [("indirect", "The vote was fair", "told", "Ada Hale")]


def test_told_with_a_clause_after_the_listener_reports_that_clause() -> None:
    """ "..., X told reporters the count was over." reports what follows the listener."""
    body = "The vote was fair, Ada Hale told reporters the count was over."
    assert _parsed(body) == [("indirect", "the count was over", "told", "Ada Hale")]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "The convoy hit a mine near the border, army officials said, before the road closed.",
            "The convoy hit a mine near the border",
        ),
        ("The talks failed, Ada Hale said, after a long night.", "The talks failed"),
    ],
)
def test_attribution_between_commas_before_circumstance(body: str, text: str) -> None:
    """ "A, X said, before ..." reports A: what follows the attribution is circumstance."""
    [(kind, found, cue, _speaker)] = _parsed(body)
    assert (kind, found, cue) == ("indirect", text, "said")


def test_attribution_between_commas_before_a_clause_reports_the_clause() -> None:
    """ "In his state, X said, offenders are ..." reports the clause after the attribution."""
    body = "In his state, Ada Hale said, offenders are sent to treatment."
    assert _parsed(body) == [("indirect", "offenders are sent to treatment", "said", "Ada Hale")]


@pytest.mark.parametrize(
    "body",
    [
        "“Roger will do what Roger does,” Ada Hale said, calling the plan “a farce.”",
        "“It would make things worse,” Ada Hale said, while arguing the plan should wait.",
    ],
)
def test_participle_after_an_attribution_has_its_speaker(body: str) -> None:
    """'"...," X said, calling ...': the participle's speaker is X, not a name in the quotation."""
    speakers = [speaker for _kind, _text, _cue, speaker in _parsed(body)]
    assert speakers == ["Ada Hale", "Ada Hale"]


def test_closing_told_after_a_whole_quotation_reports_no_clause() -> None:
    """'"...," he told BBC Sport.' after a long quotation is no closing attribution of a clause."""
    body = (
        'The chairman, Ada Hale, said: "I am convinced the board will appeal, and we will back'
        ' them. "But if they accept the ruling we will go to court," he added. The lawyer, Tom'
        ' Reyes, reacted angrily. "Comments like these only help to embarrass the governing'
        ' bodies and strengthen our case further," he told BBC Sport.'
    )
    assert all("reacted angrily" not in text for _kind, text, _cue, _speaker in _parsed(body))


@pytest.mark.parametrize(
    "body",
    [
        "The two states hold primaries on March 1.",
        "The firm advised a super PAC in 2016.",
        "Her remarks on the budget were brief.",
    ],
)
def test_noun_like_cue_forms_need_a_clause(body: str) -> None:
    """ "states", "advised", "remarks" without "that" after them report nothing."""
    assert _parsed(body) == []


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        ("The report states that the plan failed.", "the plan failed", None),
        ("Ada Hale advised the mayor that the plan would fail.", "the plan would fail", "Ada Hale"),
    ],
)
def test_noun_like_cue_forms_with_that_report_the_clause(
    body: str, text: str, speaker: str | None
) -> None:
    """ "states that", "advised the mayor that" still report what follows."""
    [(kind, found, _cue, name)] = _parsed(body)
    assert (kind, found, name) == ("indirect", text, speaker)


@pytest.mark.parametrize(
    "body",
    [
        "Well, I think the whole nation needs to work together.",
        "Do you think a socialist can win the election?",
    ],
)
def test_first_person_belief_is_no_report(body: str) -> None:
    """ "I think ..." and "do you think ..." in a transcript attribute nothing."""
    assert _parsed(body) == []


def test_third_person_belief_is_still_reported() -> None:
    """ "X thinks ..." reports X's belief."""
    body = "Ada Hale thinks the plan will fail."
    assert _parsed(body) == [("indirect", "the plan will fail", "thinks", "Ada Hale")]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Ada Hale attacked the plan as reckless, and suggesting that the city would pay.",
            "the city would pay",
        ),
        (
            "Ada Hale was the loudest in denouncing the new tax on fuel.",
            "the new tax on fuel",
        ),
    ],
)
def test_participle_after_and_or_in_hangs_from_the_clause(body: str, text: str) -> None:
    """ ", and suggesting ..." and "in denouncing ..." have the clause's subject as speaker."""
    assert ("Ada Hale", text) in [(speaker, found) for _kind, found, _cue, speaker in _parsed(body)]


def test_aside_between_double_hyphens_leaves_the_name_as_speaker() -> None:
    """ "X -- who ... -- told" is X, as with a dash: the aside is no speaker."""
    body = "Ada Hale -- who is listed as a lawyer -- told reporters the vote was fair."
    assert _parsed(body) == [("indirect", "the vote was fair", "told", "Ada Hale")]
