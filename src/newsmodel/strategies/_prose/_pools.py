"""
The words generated news prose is made of.

Every pool is plain data written for the tests: names are common given names and
surnames of many languages, organizations and countries are real or plausible ones,
and sentence parts are ordinary English news phrasing.
No pool contains a quotation mark, a digit or a speech verb unless it is meant to.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

Gender: TypeAlias = Literal["f", "m"]

#: Given names from many languages, with the pronoun a reporter would use.
FIRST_NAMES: tuple[tuple[str, Gender], ...] = (
    ("Amara", "f"), ("Kwame", "m"), ("Mei", "f"), ("Hiroshi", "m"), ("Priya", "f"),
    ("Rahul", "m"), ("Fatima", "f"), ("Omar", "m"), ("Lucía", "f"), ("Mateo", "m"),
    ("Ingrid", "f"), ("Lars", "m"), ("Olga", "f"), ("Dmitri", "m"), ("Aisha", "f"),
    ("Chinedu", "m"), ("Leila", "f"), ("Tomasz", "m"), ("Ana", "f"), ("João", "m"),
    ("Zeynep", "f"), ("Emre", "m"), ("Nadia", "f"), ("Samuel", "m"), ("Yuki", "f"),
    ("Arjun", "m"), ("Chloé", "f"), ("Björn", "m"), ("Thandiwe", "f"), ("Diego", "m"),
)  # fmt: skip

#: Given names that are also names of places, which a parser must read from context.
PLACE_FIRST_NAMES: tuple[tuple[str, Gender], ...] = (
    ("Sofia", "f"), ("Florence", "f"), ("Jordan", "m"), ("Victoria", "f"), ("Georgia", "f"),
    ("Austin", "m"),
)  # fmt: skip

#: Every given name; indices below ``len(FIRST_NAMES)`` are never places.
ALL_FIRST_NAMES: tuple[tuple[str, Gender], ...] = FIRST_NAMES + PLACE_FIRST_NAMES

#: Surnames from many languages, some with particles, hyphens or apostrophes.
LAST_NAMES: tuple[str, ...] = (
    "Okafor", "Mensah", "Tanaka", "Chen", "Sharma", "Haddad", "Rahimi", "Silva",
    "Garcia", "Johansson", "Petrov", "Kowalski", "Nakamura", "Abubakar", "Nguyen",
    "Müller", "Öztürk", "Sørensen", "Dlamini", "Moreau", "Castillo", "Kariuki",
    "Al-Masri", "O'Connell", "Ben-David", "Fernández", "Novak", "Iyer", "Park", "Walsh",
)  # fmt: skip

#: Courtesy titles and ranks that stand before a name, by the pronoun they fit.
HONORIFICS: dict[Gender, tuple[str, ...]] = {
    "f": ("Ms.", "Dr.", "Prof.", "Gen.", "Sen."),
    "m": ("Mr.", "Dr.", "Prof.", "Gen.", "Sen."),
}

#: Jobs a country gives: "Kenya's finance minister", "Finance Minister Amara Okafor".
COUNTRY_ROLES: tuple[str, ...] = (
    "finance minister", "health minister", "foreign minister", "defense minister",
    "trade minister", "interior minister", "labor minister", "energy minister",
)  # fmt: skip

#: Jobs an organization gives: "a spokesperson for the World Health Organization".
ORGANIZATION_ROLES: tuple[str, ...] = (
    "spokesperson", "director", "chief economist", "deputy director", "head",
    "senior adviser", "chair", "general secretary",
)  # fmt: skip

#: Countries with their ISO 3166-1 alpha-2 codes and a city for datelines and captions.
COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("Kenya", "KE", "Nairobi"), ("Brazil", "BR", "Brasília"), ("Germany", "DE", "Berlin"),
    ("Japan", "JP", "Tokyo"), ("India", "IN", "Mumbai"), ("Nigeria", "NG", "Lagos"),
    ("Canada", "CA", "Ottawa"), ("Indonesia", "ID", "Jakarta"), ("Norway", "NO", "Oslo"),
    ("Mexico", "MX", "Monterrey"), ("Egypt", "EG", "Cairo"), ("Chile", "CL", "Santiago"),
    ("Vietnam", "VN", "Hanoi"), ("Poland", "PL", "Warsaw"), ("Ghana", "GH", "Accra"),
    ("Peru", "PE", "Lima"),
)  # fmt: skip

OrgKind: TypeAlias = Literal["international", "government", "other", "company"]

#: Organizations with their acronym (or none) and kind; none names a country.
ORGANIZATIONS: tuple[tuple[str, str | None, OrgKind], ...] = (
    ("World Health Organization", "WHO", "international"),
    ("International Monetary Fund", "IMF", "international"),
    ("National Farmers Union", "NFU", "other"),
    ("Central Statistics Office", "CSO", "government"),
    ("Coastal Fisheries Authority", "CFA", "government"),
    ("Union of Rail Workers", "URW", "other"),
    ("Federal Aviation Administration", "FAA", "government"),
    ("Northern Water Company", None, "company"),
    ("Red Cross", None, "international"),
    ("European Central Bank", "ECB", "international"),
    ("Association of Private Hospitals", "APH", "other"),
    ("Ministry of Transport", None, "government"),
)

#: The wire services a dateline credits.
AGENCIES: tuple[str, ...] = ("Reuters", "AP", "AFP")

#: Past-tense cue verbs for a direct quotation: '"...," Okafor said'.
DIRECT_CUES: tuple[str, ...] = ("said", "added", "warned", "insisted", "explained", "stressed")

#: Cue verbs for a clause of reported speech: "Okafor said that ...".
INDIRECT_CUES: tuple[str, ...] = ("said", "warned", "argued", "insisted", "announced")

#: Cue verbs that take a quoted fragment, each with the words between verb and fragment.
PARTIAL_CUES: tuple[tuple[str, str, str], ...] = (
    ("called", "the {thing} ", ""),
    ("described", "the {thing} as ", ""),
    ("said", "the {thing} was ", ""),
)

#: Audiences of "X told ...".
AUDIENCES: tuple[str, ...] = ("reporters", "journalists", "a news conference", "lawmakers")

#: Adverbs that make reported speech second-hand.
HEDGES: tuple[str, ...] = ("reportedly", "allegedly")

#: The things a partial quotation judges.
THINGS: tuple[str, ...] = ("deal", "plan", "decision", "proposal", "agreement", "budget")

#: Quoted fragments, as a speaker would judge a plan.
FRAGMENTS: tuple[str, ...] = (
    "a disaster for small farmers", "a step in the right direction", "deeply worrying",
    "long overdue", "a betrayal of working families", "the best offer on the table",
    "simply unacceptable", "a fair compromise",
)  # fmt: skip

#: Subjects, modal predicates (so that any subject agrees), objects and tails of quoted
#: sentences.
QUOTE_SUBJECTS: tuple[str, ...] = (
    "We", "I", "Our government", "Everyone in this city", "Our members", "This country",
)  # fmt: skip
QUOTE_PREDICATES: tuple[str, ...] = (
    "will not accept", "cannot ignore", "must protect", "will keep fighting for",
    "would never oppose", "will not give up on", "should focus on", "can still deliver",
)  # fmt: skip
QUOTE_OBJECTS: tuple[str, ...] = (
    "a deal that leaves workers behind", "the safety of our families",
    "any plan that raises taxes on farmers", "the rights of every citizen",
    "a fair and open process", "more delays", "the people who depend on this service",
    "a solution that works for everyone",
)  # fmt: skip
QUOTE_TAILS: tuple[str, ...] = (
    "", " for as long as it takes", " in the coming weeks", " whatever happens next",
    " and we will say so again",
)  # fmt: skip

#: Questions a speaker asks at the end of a quotation: '"... Who will pay?" Okafor asked.'
QUESTIONS: tuple[str, ...] = (
    "Why should farmers pay for this?", "Who will protect our families now?",
    "What happens to the workers?", "How long must we wait?",
)  # fmt: skip

#: Third-person clauses of reported speech (subject, predicate); objects come from above.
REPORTED_SUBJECTS: tuple[str, ...] = (
    "the government", "the company", "the talks", "the new rules", "its members",
)  # fmt: skip
REPORTED_PREDICATES: tuple[str, ...] = (
    "would not accept", "could not guarantee", "would review", "might delay",
    "should protect",
)  # fmt: skip
REPORTED_OBJECTS: tuple[str, ...] = (
    "the proposed budget", "the safety of local families", "a fair and open process",
    "the changes to the pension system", "the future of the port",
)  # fmt: skip

#: Words that count people or things after a figure.
COUNT_UNITS: tuple[str, ...] = (
    "people", "workers", "protesters", "families", "students", "residents", "farmers",
)  # fmt: skip

#: Sentence frames for counted figures: the figure starts the sentence or ends it.
COUNT_SUBJECT_FRAMES: tuple[str, ...] = (
    "took part in the protests", "lost their homes in the floods", "were evacuated",
    "joined the strike", "signed the petition",
)  # fmt: skip
COUNT_OBJECT_FRAMES: tuple[str, ...] = (
    "The floods displaced", "The strike affected", "The new line will serve",
    "The closure has hit",
)  # fmt: skip

#: Currencies written before an amount, with their ISO 4217 codes.
CURRENCIES: tuple[tuple[str, str], ...] = (("$", "USD"), ("£", "GBP"), ("€", "EUR"))

#: Sentence frames for amounts of money.
MONEY_FRAMES: tuple[str, ...] = (
    "The government approved", "The bank set aside", "The company lost",
    "The region will receive",
)  # fmt: skip
MONEY_TAILS: tuple[str, ...] = (
    " for new roads", " in emergency aid", " to repair the port", "",
)  # fmt: skip

#: Sentence frames for percentages.
PERCENT_FRAMES: tuple[str, ...] = (
    "Food prices rose by", "Exports fell by", "Unemployment climbed by", "Turnout dropped by",
)  # fmt: skip

#: Spelled-out numbers a reporter writes in words (AP style: below ten).
NUMBER_WORDS: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine",
)  # fmt: skip

#: Hedges before a figure with the bound they set: "about" is approximate, "more than" a
#: lower bound, "up to" an upper bound, "nearly" approximate and an upper bound.
FIGURE_HEDGES: tuple[tuple[str, bool, Literal["low", "high"] | None], ...] = (
    ("about", True, None), ("around", True, None), ("an estimated", True, None),
    ("roughly", True, None), ("nearly", True, "high"), ("more than", False, "low"),
    ("at least", False, "low"), ("up to", False, "high"), ("fewer than", False, "high"),
)  # fmt: skip

#: Vague quantities with the range they stand for ("tens of thousands": 10,000-100,000).
VAGUE: tuple[tuple[str, int, int], ...] = (
    ("dozens of", 12, 120), ("hundreds of", 100, 1000), ("thousands of", 1000, 10000),
    ("tens of thousands of", 10000, 100000),
)  # fmt: skip

#: Background sentences: no name, figure, date, quotation or speech verb.
BACKGROUND: tuple[str, ...] = (
    "The dispute has dragged on for months.",
    "Talks between the unions and the government are expected to continue.",
    "The region has faced similar problems before.",
    "Critics have long opposed the plan.",
    "Local businesses have been hit hard.",
    "The move follows weeks of uncertainty.",
)

#: Headline parts: "Kenya Unions Reject Pay Offer".
HEADLINE_SUBJECTS: tuple[str, ...] = ("Unions", "Farmers", "Officials", "Regulators", "Voters")
HEADLINE_PREDICATES: tuple[str, ...] = (
    "Reject Pay Offer", "Weigh New Tax Plan", "Brace for Floods", "Back Port Deal",
    "Fight Budget Cuts",
)  # fmt: skip

#: Closing lines that are no part of the story.
BOILERPLATE: tuple[str, ...] = (
    "Please let us know if you're having issues with commenting.",
    "Sign up for our daily newsletter to get the latest headlines.",
    "This story has been updated with additional reporting.",
)

#: Picture credits that close a caption, with the credit as the model records it.
PHOTO_CREDITS: tuple[tuple[str, str], ...] = (
    (" (AP Photo)", "AP Photo"), (" Photo: AFP", "AFP"), (" (Getty Images)", "Getty Images"),
)  # fmt: skip

#: What a captioned person is doing.
CAPTION_ACTIONS: tuple[str, ...] = (
    "arrives for a meeting", "attends a summit", "walks to a cabinet session",
)  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
#: Relative dates a reporter writes without a preposition.
RELATIVE_DATES: tuple[str, ...] = ("last week", "last month", "last year")
