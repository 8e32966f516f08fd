"""
Words for sources an article cites without naming: documents and data, the quantifiers
of groups, and the words that never start a person's name.
"""

from __future__ import annotations

#: Nouns for a document or data a claim is credited to: "data from Euronext", "a report
#: by the British Retail Consortium", "court documents". From English news usage; the
#: plural is found by dropping a final "s".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "data", "figure", "statistic", "document", "paper", "filing", "record", "report",
        "study", "survey", "poll", "research", "analysis", "estimate", "forecast", "memo",
        "letter", "email", "statement", "release", "minutes", "transcript", "ruling",
        "judgment", "indictment", "complaint", "lawsuit", "audit", "review", "census",
        "index", "model", "projection", "calculation", "book", "article", "website",
        "number", "result", "finding", "evidence", "information", "tracker",
    }
)  # fmt: skip

#: Words that may open a group of sources before its noun: "some analysts", "many
#: economists", "two officials". From English grammar.
QUANTIFIERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "some", "many", "most", "several", "few", "other", "others",
        "two", "three", "four", "five", "both", "all", "one", "senior", "local", "former",
        "independent", "leading", "top", "city", "industry", "market", "government",
        "official", "unnamed", "anonymous",
    }
)  # fmt: skip

#: Words that open a group of sources named by no noun: "Some said", "Many agreed", "Six
#: in 10 voters"; a number before a lower-case word does too ("61 percent said").
#: From English grammar.
GROUP_WORDS: frozenset[str] = frozenset(
    {
        "some", "many", "most", "several", "few", "both", "those", "each", "others",
        "majority", "minority", "half", "third", "quarter", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten",
    }
)  # fmt: skip

#: Words that join a source to the organization it speaks for: "a spokesman *for* the
#: ministry", "analysts *at* Redburn", "data *from* Euronext", "a report *by* X".
AFFILIATION_WORDS: frozenset[str] = frozenset({"for", "at", "from", "of", "with", "by", "in"})

#: Words that name the issuer of a document further on in its clause: "a report earlier
#: this week *from* the X Consortium", "figures released *by* the ONS".
ISSUER_WORDS: frozenset[str] = frozenset({"from", "by", "of"})

#: Personal pronouns, lower case: a speaker phrase opening with one describes no one the
#: parser can name ("I don't", "You can", "We know"). From English grammar.
PRONOUNS: frozenset[str] = frozenset(
    {
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "my", "your",
        "our", "its", "who", "which", "i'm", "i’m", "i'd", "i’d", "i'll", "i’ll", "i've",
        "i’ve",
    }
)  # fmt: skip

#: Lower-cased interjections and answers that open spoken sentences, never a name:
#: "Okay, you run a business". From English conversation.
INTERJECTIONS: frozenset[str] = frozenset(
    {"okay", "ok", "yeah", "yes", "no", "oh", "uh", "um", "hmm", "well", "right", "sure"}
)

#: Lower-cased words that never start a person's name, nor make one on their own:
#: the pronouns, determiners and quantifiers. From English grammar.
NOT_NAMES: frozenset[str] = PRONOUNS | frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "some",
        "any", "every", "each", "no", "one", "all", "many", "most", "both",
    }
)  # fmt: skip
