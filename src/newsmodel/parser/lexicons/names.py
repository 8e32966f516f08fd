"""Words inside and around names: particles, possessive endings, and capitalised non-names."""

from __future__ import annotations

#: Lower-case particles inside personal names: "Al-Shammari", "bin Salman", "van der Veer".
#: From Arabic, Dutch, German, French, Spanish and Italian naming customs.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "du",
        "la",
        "le",
        "dos",
        "y",
    }
)

#: Endings of the English possessive, with straight and curly apostrophes.
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("'s", "’s")

#: Capitalised words that never name an actor on their own: days, months, and words that
#: English capitalises for other reasons. From English grammar and news style guides.
NON_ACTOR_WORDS: frozenset[str] = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec.", "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll",
        "I’ll", "OK", "TV", "CEO", "GDP", "AM", "PM", "Internet",
        "God", "Christmas", "Easter", "Ramadan", "English", "Spanish", "Arabic", "Persian",
        "Mother", "Father", "Day", "Year", "Act", "Bill", "Amendment", "No", "Yes", "Oh",
        "Covid", "COVID-19", "Brexit", "Obamacare", "Twitter", "Madam",
    }
)  # fmt: skip

#: Lower-cased words that are never part of a personal name, so that a capitalised run
#: with one of them ("Time Is Running Out", "Bank of England") is no person.
#: English function words, from any English grammar.
NOT_IN_NAMES: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "for", "and", "&", "or", "to", "in", "on", "at", "by", "with",
        "from", "is", "are", "was", "be", "been", "it", "its", "this", "that", "my", "your",
        "our", "their", "his", "her", "we", "you", "they", "out", "up", "not", "no", "all",
        "new", "news", "day", "act", "bill", "law", "award", "awards", "prize", "cup",
        "league", "festival", "street", "road", "square", "avenue", "house", "hall",
        "center", "centre", "park", "bridge", "river", "lake", "mount", "island", "islands",
        "north", "south", "east", "west", "central", "national", "international", "world",
        "global", "united", "royal", "federal", "state", "city", "county", "district",
    }
)  # fmt: skip

#: Words of `NOT_IN_NAMES` that are also common surnames ("Ingrid Park", "Jo Hall"): one
#: may end a name after a title or a known given name.  From English and Korean surnames.
SURNAME_WORDS: frozenset[str] = frozenset(
    {
        "park", "hall", "house", "day", "law", "west", "north", "south", "east", "street",
        "bridge", "lake",
    }
)  # fmt: skip

#: Articles of other languages that start the names of works and places, not of people:
#: "La Traviata", "Le Monde", "El Pais". From French, Spanish, Italian and German.
NON_PERSON_STARTS: frozenset[str] = frozenset(
    {"La", "Le", "Les", "Los", "Las", "El", "Il", "Der", "Die", "Das", "Al"}
)

#: Party labels written before a politician's name: "Conservative Michael Fallon".
#: From the main parties of the US and UK as their news names them.
PARTY_WORDS: frozenset[str] = frozenset(
    {
        "Conservative", "Tory", "Labour", "Liberal", "Democrat", "Democratic", "Republican",
        "GOP", "Independent", "Green", "Socialist", "Unionist", "Nationalist", "Libertarian",
    }
)  # fmt: skip

#: Endings of English common nouns that no surname has ("Biologists", "Constitution",
#: "Economics"): a word longer than six letters with one is no one's name. Not "-ness"
#: or "-ity", which end surnames too ("Souness", "Hannity").
COMMON_NOUN_ENDINGS: tuple[str, ...] = (
    "ists", "ants", "tion", "sion", "ment", "ism", "ology", "ics",
)  # fmt: skip
