"""
Words about people: honorifics, titles, role nouns, abbreviations and sentence starters.

Every entry is written as news prose writes it; lookups compare exact strings (for
titles) or lower-cased ones (for role nouns), through the frozensets built at the end.
"""

from __future__ import annotations

from newsmodel.parser.lexicons.numbers import MONTHS

#: Honorifics and military ranks that precede a name and are not part of it.
#: From the AP and Reuters style guides' lists of courtesy titles and military ranks.
HONORIFICS: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor",
    "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Fr.", "Father", "Rabbi", "Imam",
    "Sheikh", "Ayatollah", "Grand Ayatollah", "Hojatoleslam",
    "Gen.", "General", "Brig. Gen.", "Brigadier General", "Maj. Gen.", "Major General",
    "Lt. Gen.", "Lieutenant General", "Col.", "Colonel", "Lt. Col.", "Lieutenant Colonel",
    "Maj.", "Major", "Capt.", "Captain", "Lt.", "Lieutenant", "Sgt.", "Sergeant",
    "Staff Sgt.", "Cpl.", "Corporal", "Pvt.", "Private", "Adm.", "Admiral", "Rear Adm.",
    "Vice Adm.", "Cmdr.", "Commander", "Marshal", "Field Marshal", "Brig.", "Brigadier",
    "Councillor", "Cllr", "Alderman", "Baroness", "Baron", "Viscount", "Countess", "Earl",
    "Rt Hon", "Canon", "Bishop", "Archbishop", "Cardinal", "Pastor", "Det. Insp.",
    "Det. Ch. Insp.", "Det. Supt.", "Det. Ch. Supt.", "Det. Sgt.", "Det. Con.", "Insp.",
    "Inspector", "Ch. Insp.", "Supt.", "Ch. Supt.", "Superintendent", "Det. Chief Inspector",
    "Det. Inspector", "DCI", "Constable",
)  # fmt: skip

#: British style writes the abbreviations above without their full stops ("Prof Ian Lo",
#: "Det Insp Ray Moss", "Sgt Ann Cole"): the same honorifics, written that way.
HONORIFICS_UNDOTTED: tuple[str, ...] = tuple(
    sorted({h.replace(".", "") for h in HONORIFICS if "." in h} - set(HONORIFICS))
)

#: Titles of office that precede a name; they become the person's role.
#: From the AP style guide's entries on government and corporate titles.
TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister",
    "Chancellor", "King", "Queen", "Prince", "Princess", "Crown Prince", "Emperor", "Pope",
    "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Lt. Gov.", "Mayor",
    "Secretary", "Secretary of State", "Secretary-General", "Minister", "Foreign Minister",
    "Defense Minister", "Defence Minister", "Interior Minister", "Finance Minister",
    "Speaker", "House Speaker", "Justice", "Chief Justice", "Judge", "Attorney General",
    "Ambassador", "Commissioner", "Chairman", "Chairwoman", "Chief Executive", "Director",
    "Leader", "Supreme Leader", "Premier", "Sultan", "Emir", "Coach", "Manager",
    "Del.", "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman", "Sheriff",
    "Former President", "Presidential candidate", "Candidate", "Nominee",
)  # fmt: skip

#: Nouns and noun phrases for a person's job, lower case: "Iran's defense chief",
#: "the minister". From English news usage; multi-word roles come before their heads.
ROLE_NOUNS: tuple[str, ...] = (
    "defense chief", "defence chief", "army chief", "military chief", "intelligence chief",
    "defense minister", "defence minister", "foreign minister", "interior minister",
    "finance minister", "health minister", "trade minister", "labor minister",
    "labour minister", "energy minister", "education minister", "justice minister",
    "agriculture minister", "economy minister", "environment minister", "transport minister",
    "oil minister", "prime minister", "president", "vice president", "minister",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "secretary of state",
    "chancellor", "king", "queen", "leader", "supreme leader", "ambassador", "envoy",
    "governor", "senator", "mayor", "chair", "chairman", "chairwoman", "chief executive", "ceo",
    "director", "commander", "general", "inspector general", "attorney general",
    "foreign secretary", "home secretary", "press secretary", "premier", "official",
    "diplomat", "counterpart", "chief", "head", "coach", "manager", "founder", "lawmaker",
    "candidate", "nominee", "judge", "prosecutor", "economist", "analyst", "adviser",
    "advisor", "aide", "lawyer", "attorney", "representative", "congressman",
    "congresswoman", "speaker", "sheriff", "chief of staff", "campaign manager",
    "council leader", "party leader", "opposition leader", "union leader", "deputy leader",
    "resident", "local resident", "councillor", "chief constable", "detective", "officer",
    "teacher", "headteacher", "head teacher", "professor", "researcher", "scientist",
    "campaigner", "activist", "boss", "executive", "managing director", "editor",
    "shopkeeper", "owner", "witness", "neighbour", "neighbor", "student", "author",
)  # fmt: skip

#: Adjectives that may stand between a country and a role noun: "Iran's new defense chief".
#: From English news usage.
ROLE_ADJECTIVES: tuple[str, ...] = (
    "newly-appointed", "newly appointed", "new", "former", "top", "acting", "interim",
    "deputy", "senior", "chief",
)  # fmt: skip

#: Abbreviations around names that are neither an honorific nor a title above, without
#: their full stop: plurals before two names ("Sens. Cruz and Lee"), "St." (Saint), "Sr.",
#: "Messrs.", "Hon.", police ranks ("Supt.", "Insp."). From the AP style guide.
OTHER_TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"St", "Sr", "Messrs", "Hon", "Supt", "Insp", "Gens", "Sens", "Reps"}
)

#: Abbreviations written before a name, without their full stop, which never ends a
#: sentence after them: every abbreviated word of `HONORIFICS` and `TITLES` ("Brig. Gen."
#: gives "Brig" and "Gen"), so that a new honorific or title is written once, and
#: `OTHER_TITLE_ABBREVIATIONS`.
TITLE_ABBREVIATIONS: frozenset[str] = (
    frozenset(
        word.removesuffix(".")
        for title in HONORIFICS + TITLES
        for word in title.split()
        if word.endswith(".")
    )
    | OTHER_TITLE_ABBREVIATIONS
)

#: Abbreviations that usually do not end a sentence ("No.", "vs.", "Inc." ...), from the
#: AP style guide's abbreviations, and the months' abbreviations of `numbers.MONTHS`
#: ("Jan.", "Sept."), capitalized.
ABBREVIATIONS: frozenset[str] = frozenset(
    month.capitalize()
    for month in MONTHS
    if any(other != month and other.startswith(month) for other in MONTHS)
) | frozenset(
    {
        "No", "Nos", "vs", "v", "etc", "approx", "Inc", "Corp", "Co", "Ltd", "Jr", "Mt", "Ft",
        "Ave", "Blvd", "Rd", "Dept", "Univ", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga",
        "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Neb",
        "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U", "D.C",
    }
)  # fmt: skip

#: Words that usually start a sentence: after an abbreviation they show that it did end one.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
        "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "But", "And", "Yet",
        "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As", "So",
        "However", "Meanwhile", "Still", "Now", "Then", "Some", "Many", "Most", "What",
        "Why", "How", "Who", "Where", "Although", "Though", "Since", "Because", "Asked",
        "Later", "Earlier", "Also", "Today", "Yesterday", "Tomorrow", "Last", "Next",
        "Instead", "Indeed", "Under", "Over", "From", "With", "Without", "By", "To", "Like",
        "Unlike", "Despite", "During", "Among", "Even", "Only", "Just", "Both", "All", "Each",
        "Every", "Not", "Such", "Other", "Another", "Here", "Once", "Perhaps", "Maybe",
        "Thus", "Hence", "Moreover", "Furthermore", "Nevertheless", "Otherwise", "Besides",
        "According", "My", "Your", "Is", "Are", "Was", "Were", "Did", "Do", "Does",
        "Can", "Could", "Would", "Should", "Has", "Have", "Had", "Let", "Please",
        "Until", "Through", "Against", "About", "Above", "Below", "Behind", "Following",
        "Of", "Or", "Nor", "Neither", "Either", "Few", "Several", "More", "Less", "Much",
        "Former", "New", "Top", "Senior", "Young", "Old", "Dear", "Well", "Yes", "No",
    }
)  # fmt: skip

#: Words that end a title before a name, whatever precedes them: "Education Secretary
#: Ruth Kelly", "Commission President Ana Lou". From AP style's titles of office.
TITLE_HEADS: tuple[str, ...] = (
    "President", "Minister", "Secretary", "Chancellor", "Governor", "Senator", "Leader",
    "Chairman", "Chairwoman", "Director", "Spokesman", "Spokeswoman", "Ambassador", "Mayor",
    "Commissioner", "Envoy", "Commander", "Chief", "Premier", "Speaker", "Coach",
)  # fmt: skip

#: The tables above as sets, for lookups.
TITLE_HEAD_SET: frozenset[str] = frozenset(TITLE_HEADS)
HONORIFIC_SET: frozenset[str] = frozenset(HONORIFICS) | frozenset(HONORIFICS_UNDOTTED)
TITLE_SET: frozenset[str] = frozenset(TITLES) | frozenset(
    t.replace(".", "") for t in TITLES if "." in t
)
ROLE_NOUN_SET: frozenset[str] = frozenset(ROLE_NOUNS)
