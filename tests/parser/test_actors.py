"""Actors: people, organizations and places, with coreference, roles and affiliations."""

from newsmodel import Article, Organization, Person, Place
from newsmodel.parser import parse


def _people(article: Article) -> dict[str, Person]:
    return {a.name: a for a in article.actors if isinstance(a, Person)}


def _orgs(article: Article) -> dict[str, Organization]:
    return {a.name: a for a in article.actors if isinstance(a, Organization)}


def _places(article: Article) -> dict[str, Place]:
    return {a.name: a for a in article.actors if isinstance(a, Place)}


def test_honorific_is_kept_out_of_the_name() -> None:
    """ "Dr. Mara Quist" is Mara Quist, with the honorific "Dr."."""
    article = parse("Dr. Mara Quist opened the clinic. Quist thanked the nurses.")
    person = _people(article)["Mara Quist"]
    assert person.honorific == "Dr."
    assert len(person.mentions) == 2


def test_title_becomes_the_role_and_country_the_affiliation() -> None:
    """ "French President Ana Lou" has role "President" and is affiliated with France."""
    article = parse("French President Ana Lou visited Rome. France sent aid too.")
    person = _people(article)["Ana Lou"]
    assert person.role == "President"
    assert person.affiliation == _places(article)["France"].id


def test_surname_and_titled_surname_corefer() -> None:
    """ "Gen. Tobin Reyes", "Gen. Reyes" and "Reyes" are one person."""
    text = "Gen. Tobin Reyes spoke first. Later Gen. Reyes left. Reyes did not return."
    people = _people(parse(text))
    assert list(people) == ["Tobin Reyes"]
    assert set(people["Tobin Reyes"].aliases) >= {"Gen. Reyes", "Reyes"}
    assert len(people["Tobin Reyes"].mentions) == 3


def test_arabic_article_prefix_in_surname() -> None:
    """ "Sami Al-Dulaimi" is also "Dulaimi"."""
    people = _people(parse("Sami Al-Dulaimi arrived. Dulaimi spoke briefly."))
    assert len(people["Sami Al-Dulaimi"].mentions) == 2


def test_possessive_role_phrase_in_apposition() -> None:
    """ "Chile's foreign minister, Rosa Tello" gives role and affiliation; later phrases refer."""
    text = (
        "Chile's foreign minister, Rosa Tello, met reporters. "
        "The talks went well, Chile's foreign minister added."
    )
    article = parse(text)
    person = _people(article)["Rosa Tello"]
    assert person.role == "foreign minister"
    assert person.affiliation == _places(article)["Chile"].id
    mentioned = {article.slice(span) for span in person.mentions}
    assert "Chile's foreign minister" in mentioned


def test_counterpart_takes_the_other_role() -> None:
    """ "his Peruvian counterpart, X" gets the role of the person met, and Peru."""
    text = (
        "Chile's foreign minister, Rosa Tello, called her Peruvian counterpart, Ivo Pardo. "
        "Peru and Chile signed a deal."
    )
    article = parse(text)
    person = _people(article)["Ivo Pardo"]
    assert person.role == "foreign minister"
    assert person.affiliation == _places(article)["Peru"].id


def test_organization_with_head_word_and_acronym() -> None:
    """ "the National Grain Board (NGB)" is an organization; "NGB" is the same one."""
    text = "Farmers met the National Grain Board (NGB) on Monday. The NGB raised prices."
    orgs = _orgs(parse(text))
    board = orgs["National Grain Board"]
    assert board.acronym == "NGB"
    assert len(board.mentions) == 2
    assert "NGB" not in orgs


def test_slashed_acronyms() -> None:
    """ "(ISIS/ISIL)" gives two names of one organization."""
    org = _orgs(parse("Troops fought the Islamic State (ISIS/ISIL) for years."))["Islamic State"]
    assert set(org.aliases) >= {"ISIS", "ISIL"}


def test_lower_case_phrase_with_acronym() -> None:
    """ "the ministry's audit office (AO)" introduces an organization by its initials."""
    orgs = _orgs(parse("The report of the audit office (AO) was late. The AO apologised."))
    assert orgs["audit office"].acronym == "AO"


def test_news_agency_kind() -> None:
    """A "News Agency" is a news agency."""
    org = _orgs(parse("The state-run Kora News Agency reported the news."))["Kora News Agency"]
    assert org.kind == "news_agency"


def test_country_spellings_are_one_place() -> None:
    """ "the U.S.", "the United States" and "U.S.-led" are one place with its ISO code."""
    text = "The U.S. sent envoys. The United States and a U.S.-led group agreed."
    places = _places(parse(text))
    assert list(places) == ["United States"]
    assert places["United States"].iso_code == "US"
    assert len(places["United States"].mentions) == 3


def test_region_and_city() -> None:
    """Regions and cities are places of their kind."""
    places = _places(parse("Leaders met in Cairo to discuss the Middle East."))
    assert places["Cairo"].kind == "city"
    assert places["Middle East"].kind == "region"


def test_capitalised_non_actors() -> None:
    """Sentence starts, religions, days and demonyms are not actors."""
    text = "Relations improved on Thursday. Shiite and Sunni leaders met Iranian clerics."
    assert parse(text).actors == ()


def test_headline_names_only_known_actors() -> None:
    """A headline's capitals make no new actors, but known names in it are mentions."""
    text = "Kenya Welcomes Big New Plan\n\nKenya backed the plan of Omar Dido on Monday."
    article = parse(text)
    assert [a.name for a in article.actors] == ["Kenya", "Omar Dido"]
    assert len(_places(article)["Kenya"].mentions) == 2


def test_two_word_name_with_a_known_given_name_is_a_person() -> None:
    """Two capitalised words that start with a known given name are a person."""
    assert list(_people(parse("The prize went to Helen Varga on Monday."))) == ["Helen Varga"]


def test_unknown_pair_needs_its_surname_alone() -> None:
    """An unknown pair is a person only when the text also names them by surname."""
    assert _people(parse("The prize went to Ulvy Varga on Monday.")) == {}
    people = _people(parse("The prize went to Ulvy Varga on Monday. Varga thanked them."))
    assert list(people) == ["Ulvy Varga"]


def test_unknown_pair_in_apposition_with_a_role_is_a_person() -> None:
    """ "Chile's envoy, Ulvy Varga" makes Ulvy Varga a person though her name is unknown."""
    assert list(_people(parse("Chile's envoy, Ulvy Varga, left."))) == ["Ulvy Varga"]


def test_joiners_inside_names() -> None:
    """ "of" joins an organization's name; "van der" joins a person's."""
    article = parse("The Bank of Zembla hired Peter van der Lind last week.")
    assert "Bank of Zembla" in _orgs(article)
    assert "Peter van der Lind" in _people(article)


def test_place_before_a_title() -> None:
    """ "Ohio Sen. Ada Crane" is Ada Crane, a senator; Ohio is a place of its own."""
    article = parse("Ohio Sen. Ada Crane voted no.")
    assert _people(article)["Ada Crane"].role == "Sen."
    assert "Ohio" in _places(article)


def test_arabic_article_in_lower_case() -> None:
    """ "Bashir al-Nouri" and "Nouri" are one person."""
    people = _people(parse("Bashir al-Nouri spoke. Nouri then left."))
    assert len(people["Bashir al-Nouri"].mentions) == 2


def test_common_words_in_capitals_are_no_person() -> None:
    """A capitalised pair that the article also writes in lower case is no person."""
    text = "The Safety Check tool went live. Users ran a safety check at home."
    assert _people(parse(text)) == {}


def test_works_and_ensembles_are_no_people() -> None:
    """ "La Gioconda" is no person; "the Brno Philharmonic" is an organization."""
    article = parse("The Brno Philharmonic played La Gioconda for Anna Novak.")
    assert list(_people(article)) == ["Anna Novak"]
    assert "Brno Philharmonic" in _orgs(article)


def test_run_cut_at_joiner_when_whole_names_nothing() -> None:
    """ "Ivan Lang of Kora Press" is a person and an organization, not one name."""
    article = parse("Ivan Lang of Kora Press asked first.")
    assert list(_people(article)) == ["Ivan Lang"]
    assert "Kora Press" in _orgs(article)


def test_acronym_with_matching_initials_makes_an_organization() -> None:
    """ "the Friends to Save Otters (FSO)" is an organization named by its initials."""
    orgs = _orgs(parse("Members of the Friends to Save Otters (FSO) met."))
    assert orgs["Friends to Save Otters"].acronym == "FSO"


def test_party_label_is_kept_out_of_the_name() -> None:
    """ "Republican Sen. Ted Vance" is Ted Vance; the party label is not part of the name."""
    assert list(_people(parse("Republican Sen. Ted Vance agreed."))) == ["Ted Vance"]


def test_acronym_joins_the_name_it_abbreviates() -> None:
    """ "the NSA" and "the National Security Agency" are one organization."""
    article = parse("The NSA spied. The National Security Agency denied it.")
    orgs = _orgs(article)
    assert list(orgs) == ["National Security Agency"]
    assert orgs["National Security Agency"].acronym == "NSA"


def test_party_name_keeps_its_adjective() -> None:
    """ "Democratic National Committee" keeps "Democratic", which alone is no actor."""
    assert "Democratic National Committee" in _orgs(parse("The Democratic National Committee met."))


def test_role_noun_before_a_name() -> None:
    """ "press secretary Ulvy Varga" gives her the role and confirms her name."""
    person = _people(parse("The press secretary Ulvy Varga spoke."))["Ulvy Varga"]
    assert person.role == "press secretary"


def test_audience_event_is_not_an_actor() -> None:
    """The news conference a speaker told is an audience, neither a person nor an outlet."""
    article = parse("Port deal\n\nLena Marsh told a press briefing: “The port opens in May.”")
    assert set(_people(article)) == {"Lena Marsh"}
    assert article.quotes[0].via is None


def test_title_before_a_surname_that_is_also_a_common_word() -> None:
    """ "Trade Minister Lena Park", even after an inverted cue, is Lena Park with a role."""
    article = parse("Port deal\n\n“The port opens in May,” said Trade Minister Lena Park.")
    person = _people(article)["Lena Park"]
    assert person.role == "Trade Minister"
    assert article.quotes[0].speaker == person.id


def test_given_name_that_is_also_a_country_starts_a_name() -> None:
    """ "Jordan Hale" is a person, "Mr. Hale" later their alias, and "Jordan King" a modifier."""
    article = parse(
        "Port deal\n\n“The port opens in May,” Jordan Hale said.\n\n"
        "“It will create jobs,” Mr. Hale said. Jordan King Abdullah welcomed the plan."
    )
    people = _people(article)
    assert people["Jordan Hale"].aliases == ("Mr. Hale",)
    assert {q.speaker for q in article.quotes} == {people["Jordan Hale"].id}
    assert "Jordan" in _places(article)


def test_place_given_name_before_a_role_in_apposition() -> None:
    """ "Sofia Brandt, Peru's trade minister," is a person, not Sofia the city's Brandt."""
    article = parse(
        "Port deal\n\nAccording to Sofia Brandt, Peru's trade minister, the port opens in May."
        "\n\n“It will create jobs,” Ms. Brandt said."
    )
    assert _people(article)["Sofia Brandt"].aliases == ("Ms. Brandt",)


def test_person_named_only_in_the_caption() -> None:
    """A name before a picture verb in the caption is a person, though the body never names them."""
    article = parse(
        "Port deal\n\n"
        "Lena Marsh gestures during a visit to the docks on Friday. (AP Photo)\n\n"
        "The port will open in May, the Harbour Board said."
    )
    assert "Lena Marsh" in _people(article)


def test_country_role_before_the_name_in_apposition() -> None:
    """ "Peru's trade minister, Lena Marsh," is Lena Marsh, trade minister of Peru."""
    article = parse("Port deal\n\nPeru's trade minister, Lena Marsh, told reporters: “We agree.”")
    person = _people(article)["Lena Marsh"]
    assert person.role == "trade minister"
    assert person.affiliation == _places(article)["Peru"].id


def test_british_titles_are_honorifics_out_of_the_name_and_id() -> None:
    """ "Cllr", "Councillor", "Prof", "Sgt", "Det Insp" and "Sir" go to `honorific`."""
    text = (
        "Flood plan.\n\nCouncillor Tom Reyes and Cllr Anne Briggs voted against the plan. "
        "Prof Ivo Etzel said it was late. Sgt Ann Colby and Det Insp Ray Mossop "
        "searched the bank. Sir Alec Dunmore opened the hall."
    )
    people = _people(parse(text))
    expected = {
        "Tom Reyes": "Councillor",
        "Anne Briggs": "Cllr",
        "Ivo Etzel": "Prof",
        "Ann Colby": "Sgt",
        "Ray Mossop": "Det Insp",
        "Alec Dunmore": "Sir",
    }
    for name, honorific in expected.items():
        assert people[name].honorific == honorific
        assert people[name].id == "person/" + name.lower().replace(" ", "-")


def test_title_at_a_sentence_start_is_kept_though_the_article_writes_it_in_lower_case() -> None:
    """ "Lord Bingham" opening a sentence is Bingham, though "law lord" is written too."""
    text = "Ruling upheld.\n\nThe appeal failed. Lord Bingham - a senior law lord - agreed."
    person = _people(parse(text))["Bingham"]
    assert person.honorific == "Lord"


def test_according_to_at_a_sentence_start_is_not_part_of_the_name() -> None:
    """ "According to the Highways Agency, ..." names the Highways Agency."""
    text = "Bridge shut.\n\nAccording to the Highways Agency, the bridge will stay shut."
    assert list(_orgs(parse(text))) == ["Highways Agency"]


def test_a_noun_for_an_organization_before_a_name_makes_it_one() -> None:
    """ "software company Kelvara" and "the retailer Brisco" are organizations."""
    text = (
        "Jobs.\n\nIrish software company Kelvara said it would hire staff. "
        "The retailer Brisco said sales fell."
    )
    orgs = _orgs(parse(text))
    assert orgs["Kelvara"].kind == "company"
    assert "Brisco" in orgs
    assert not _people(parse(text))


def test_company_head_words_make_organizations() -> None:
    """ "Davy Stockbrokers" and "Quill Securities" are two companies; "Securities and
    Exchange Commission" is one body, whose first part is a head word alone."""
    text = "Shares.\n\nAnalysts at Davy Stockbrokers and Quill Securities said shares rose."
    orgs = _orgs(parse(text))
    assert orgs["Davy Stockbrokers"].kind == "company"
    assert orgs["Quill Securities"].kind == "company"
    whole = "Fines.\n\nThe Securities and Exchange Commission fined the bank."
    assert list(_orgs(parse(whole))) == ["Securities and Exchange Commission"]


def test_a_body_named_for_a_country_is_an_organization() -> None:
    """ "Highways England" is an organization; "New England" and "Jordan Okafor" are not."""
    text = (
        "Roads.\n\nHighways England said the road would reopen. "
        "Travel to New England fell, Jordan Okafor said."
    )
    article = parse(text)
    assert "Highways England" in _orgs(article)
    assert "New England" not in _orgs(article)
    assert "Jordan Okafor" not in _orgs(article)


def test_lower_case_role_of_several_words_before_a_name() -> None:
    """ "council leader Margaret Okafor" has the role "council leader"; a resident too."""
    text = (
        "Budget.\n\nThe budget is fair, council leader Margaret Okafor said. "
        "The water came fast, resident Jim Blake said."
    )
    people = _people(parse(text))
    assert people["Margaret Okafor"].role == "council leader"
    assert people["Jim Blake"].role == "resident"


def test_a_place_the_gazetteer_knows_after_a_preposition_of_place() -> None:
    """ "in Aberdeenshire", a region no hand-kept list names, is a place; "Durham said" is not."""
    text = "Trip.\n\nShe grew up in Aberdeenshire and later lived in Ontario. Durham said no."
    found = _places(parse(text))
    assert found["Aberdeenshire"].kind == "region"
    assert "Ontario" in found
    assert "Durham" not in found


def test_the_nations_of_the_united_kingdom_are_places_of_their_own() -> None:
    """England is England, not another name of the United Kingdom."""
    found = _places(parse("Rain.\n\nIt rained in England and in Wales, across the UK."))
    assert {"England", "Wales", "United Kingdom"} <= set(found)


def test_an_author_cited_with_a_year_is_a_person() -> None:
    """ "(Bavelier et al., 2010)", "Klingberg (2010)", "(Simons, 2009)" name people."""
    text = (
        "Training.\n\nEarlier work (Bavelier et al., 2010) and Klingberg (2010) agreed, "
        "as did a review (Simons, 2009). NASA (2011) and Ohio, 2010 are no authors."
    )
    article = parse(text)
    assert {"Bavelier", "Klingberg", "Simons"} <= set(_people(article))
    assert "NASA" not in _people(article)
    assert "Ohio" not in _people(article)


def test_descriptions_are_mentions_of_the_actor_named_before() -> None:
    """ "The company", "the ministry" and "the 54-year-old" are mentions, never aliases."""
    text = (
        "Deal.\n\nSoftware company Kelvara said it would hire staff. The company said the "
        "plan was sound. Jim Hale was named chief. The 54-year-old said he was pleased. "
        "The Ministry of Defence agreed, and the ministry said so."
    )
    article = parse(text)
    kelvara = _orgs(article)["Kelvara"]
    hale = _people(article)["Jim Hale"]
    ministry = _orgs(article)["Ministry of Defence"]
    assert [article.slice(m) for m in kelvara.mentions] == ["Kelvara", "The company"]
    assert [article.slice(m) for m in hale.mentions] == ["Jim Hale", "The 54-year-old"]
    assert [article.slice(m) for m in ministry.mentions][-1] == "the ministry"
    assert kelvara.aliases == hale.aliases == ()


def test_a_description_with_no_fitting_actor_before_it_is_no_mention() -> None:
    """ "The company" before any company is named ties to no one."""
    article = parse("Jobs.\n\nThe company said it would hire staff. Jim Hale agreed.")
    assert all(len(a.mentions) == 1 for a in article.actors)


def test_a_run_ending_in_a_place_head_word_is_a_place() -> None:
    """ "Main Street", "Tarvik Castle" and "Ossel Sea" are places, not people."""
    article = parse("Crowds filled Main Street near Tarvik Castle, above the Ossel Sea.")
    assert {"Main Street", "Tarvik Castle", "Ossel Sea"} <= set(_places(article))
    assert _people(article) == {}


def test_a_run_opening_with_a_place_word_is_a_place() -> None:
    """ "Mount Orvel" and "Fort Dessa" are places, and "Mount Kenya" no body named for Kenya."""
    article = parse("Climbers left Fort Dessa for Mount Orvel, then for Mount Kenya.")
    assert {"Fort Dessa", "Mount Orvel", "Mount Kenya"} <= set(_places(article))
    assert _orgs(article) == {}


def test_a_given_name_and_a_place_word_stay_a_person() -> None:
    """ "Tom Hill" and "Senator Ann Lake" are people, though "Hill" and "Lake" end places."""
    article = parse("Tom Hill met Senator Ann Lake on Monday. Hill said little.")
    assert {"Tom Hill", "Ann Lake"} <= set(_people(article))
    assert _places(article) == {}


def test_given_names_of_other_languages_make_a_name() -> None:
    """A pair opening with a given name of another language is a person when named once."""
    article = parse("The essay was written by Wojciech Brzana in Krakow.")
    assert list(_people(article)) == ["Wojciech Brzana"]


def test_an_unknown_name_after_a_preposition_of_place_is_a_place() -> None:
    """ "in Dorvica" and "near Velmont" name places no lexicon knows."""
    article = parse("The ferry sank near Velmont. Survivors were treated in Dorvica.")
    assert {"Velmont", "Dorvica"} <= set(_places(article))


def test_an_unknown_name_before_its_region_is_a_place() -> None:
    """ "Velmont, Ohio" names a town of Ohio without a preposition before it."""
    article = parse("Velmont, Ohio, voted on Tuesday.")
    assert {"Velmont", "Ohio"} <= set(_places(article))


def test_what_follows_a_preposition_of_place_may_name_no_place() -> None:
    """A title, a figure, a court case, a possessive, a plural or a company stays no place."""
    text = (
        "Loss is shown in Figure 2. The film Lost in Translation won. "
        "The court ruled in Varnik v. Ohio. She starred in Varnik's play. "
        "They sold parts in Widgets. The carmaker bought chips from Kelvara."
    )
    assert _places(parse(text)).keys() <= {"Ohio"}


def test_a_word_the_article_writes_in_lower_case_is_no_new_place() -> None:
    """ "in Harmony" is no place when the article also writes "harmony"."""
    article = parse("The choir sang in Harmony. Such harmony is rare.")
    assert "Harmony" not in _places(article)


def test_every_author_of_a_citation_is_a_person() -> None:
    """Co-authors cited before the year are people: "(Orvik, Tamsen, & Brul, 2012)"."""
    text = (
        "Attention improves with practice (Orvik, Tamsen, & Brul, 2012). "
        "Later work found the same (Kessa & Dorn 2015; Vell and Ostrand (2004))."
    )
    assert set(_people(parse(text))) == {
        "Orvik",
        "Tamsen",
        "Brul",
        "Kessa",
        "Dorn",
        "Vell",
        "Ostrand",
    }


def test_a_word_and_a_year_alone_cite_no_one() -> None:
    """ "Throughout 2004," is no citation: a year after a lone word needs a bracket or comma."""
    assert _people(parse("Prices rose. Throughout 2004, Varno shares fell.")) == {}


def test_a_given_name_alone_refers_to_the_person_so_named() -> None:
    """ "Hannah Brulot ... Hannah said" are one person, not a second one named Hannah."""
    people = _people(parse("Hannah Brulot won the race. Later Hannah thanked her coach."))
    assert list(people) == ["Hannah Brulot"]
    assert "Hannah" in people["Hannah Brulot"].aliases


def test_a_common_word_alone_confirms_no_unknown_pair() -> None:
    """ "Frame Grammar" is no person because "Grammar" stands alone: the text writes "grammar"."""
    text = "He wrote about Frame Grammar in 1968. Every Grammar, he said, is a grammar of use."
    assert _people(parse(text)) == {}
    named = "He met Ulvy Varga in 1968. Years later Varga wrote a grammar of use."
    assert list(_people(parse(named))) == ["Ulvy Varga"]


def test_a_given_name_before_a_place_word_is_a_place_only_after_the() -> None:
    """ "Carla Bridge scored" is a person; "the Ross Sea" is a place."""
    article = parse("Carla Bridge scored twice. The ship sailed into the Ross Sea.")
    assert list(_people(article)) == ["Carla Bridge"]
    assert "Ross Sea" in _places(article)


def test_part_of_a_known_place_is_a_place() -> None:
    """ "Upper Egypt" and "South Pacific" are places, never people confirmed by "Egypt"."""
    article = parse("Floods hit Upper Egypt. Egypt sent aid to the South Pacific.")
    assert {"Upper Egypt", "South Pacific", "Egypt"} <= set(_places(article))
    assert _people(article) == {}


def test_a_city_and_a_capitalised_plural_is_a_team() -> None:
    """ "Houston Otters" is a sports team; "London Olympics" and "Milan Baros" are not."""
    article = parse("The Houston Otters beat them. Milan Baros scored in the London Olympics.")
    orgs = _orgs(article)
    assert orgs["Houston Otters"].kind == "sports_team"
    assert set(orgs) == {"Houston Otters"}


def test_head_words_of_media_companies_and_laboratories_name_organizations() -> None:
    """ "Varnel Media", "Ostrik Foods" and "Kell Laboratory" are organizations."""
    article = parse("Varnel Media bought Ostrik Foods, a client of Kell Laboratory.")
    assert {"Varnel Media", "Ostrik Foods", "Kell Laboratory"} <= set(_orgs(article))


def test_a_name_listed_beside_a_known_place_is_a_place() -> None:
    """ "Dorvica" in "Warsaw, Dorvica and Velmont" is a place, as Warsaw is."""
    article = parse("Growth was fastest in cities like Warsaw, Dorvica and Velmont last year.")
    assert {"Warsaw", "Dorvica"} <= set(_places(article))


def test_the_parties_of_a_case_are_no_places() -> None:
    """ "in Moran and Pyle" and "in Brent against Ohio", court cases, name no places."""
    article = parse("That's set out in Moran and Pyle. It was held in Brent against Ohio.")
    assert _places(article).keys() <= {"Ohio"}


def test_the_last_word_of_a_title_with_a_year_cites_no_one() -> None:
    """ "The Philosophy of Grammar (1924)" names a book, not an author called Grammar."""
    text = "In The Philosophy of Grammar (1924) he wrote more. Velk (2010) agreed."
    assert set(_people(parse(text))) == {"Velk"}


def test_a_pair_that_opens_a_citation_is_a_person() -> None:
    """ "(Flores Gómez, 2000)" cites a person with two surnames; "Dark Tide (2010)" does not."""
    text = "Metre was studied early (Flores Gómez, 2000). Dark Tide (2010) came later."
    assert set(_people(parse(text))) == {"Flores Gómez"}


def test_a_common_noun_by_its_ending_ends_no_unknown_name() -> None:
    """ "Civic Economics" is no person though "Economics" also stands alone; "Sean Hannity" is."""
    text = "She studied Civic Economics. Economics, she said, was hard. Sean Hannity agreed."
    assert set(_people(parse(text))) == {"Sean Hannity"}


def test_lower_case_words_with_an_acronym_name_a_body_only_by_their_noun() -> None:
    """ "sea surface temperature (SST)" is a term; "the regional transport agency (RTA)" a body."""
    text = (
        "The sea surface temperature (SST) rose. "
        "The regional transport agency (RTA) said fares would rise."
    )
    assert set(_orgs(parse(text))) == {"regional transport agency"}


def test_a_heading_names_no_person_that_no_lexicon_vouches_for() -> None:
    """A heading's capitalised words ("The Quality Pitch") are no person; "Dr. Ulvy Varga" is."""
    text = (
        "Kitchen waste\n\nCooks throw food away.\n\nThe Quality Pitch\n\n"
        "Buyers want perfect fruit. Pitch it well, they say.\n\nDr. Ulvy Varga\n\nShe agrees."
    )
    assert set(_people(parse(text))) == {"Ulvy Varga"}


def test_a_body_named_with_a_common_noun_stays_an_organization() -> None:
    """ "Varnel Aeronautics (VA)" and "firm Ostrik Capital Management" are organizations."""
    text = (
        "Varnel Aeronautics (VA) signed a deal with the investment firm Ostrik Capital Management."
    )
    assert {"Varnel Aeronautics", "Ostrik Capital Management"} <= set(_orgs(parse(text)))
