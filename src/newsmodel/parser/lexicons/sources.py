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

#: Words that join a source to the organization it speaks for: "a spokesman *for* the
#: ministry", "analysts *at* Redburn", "data *from* Euronext", "a report *by* X".
AFFILIATION_WORDS: frozenset[str] = frozenset({"for", "at", "from", "of", "with", "by", "in"})

#: Lower-cased words that never start a person's name, nor make one on their own:
#: determiners and pronouns. From English grammar.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
        "our", "my", "your", "some", "any", "every", "each", "no", "he", "she", "it", "they",
        "we", "i", "you", "him", "them", "us", "me", "who", "which", "one", "all", "many",
        "most", "both", "i'm", "i’m", "i'd", "i’d", "i'll", "i’ll", "i've", "i’ve",
    }
)  # fmt: skip
