"""
Words that attribute speech in English news: cue verbs, hedges, outlets, speaker nouns.

Every table is plain data, lower case, so that a token is looked up in a `frozenset` once.
The verb tables list lemmas; `inflect` spells out the forms news prose uses
("say", "says", "said", "saying"), with the irregular past forms given by hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmodel.parser.lexicons.organizations import HEAD_WORDS

#: Verbs that report what someone said, as lemmas: "X said ...", '"...," X added'.
#: Gathered from the attribution verbs of wire-service style guides and of English news prose.
SPEECH_VERBS: tuple[str, ...] = (
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce",
    "answer", "argue", "ask", "assert", "assure", "blast", "boast", "brag", "call", "caution",
    "charge", "chide", "cite", "claim", "comment", "complain", "concede", "conclude",
    "confirm", "contend", "counter", "criticise", "criticize", "declare", "decry", "demand",
    "denounce", "deny", "describe", "disagree", "disclose", "dismiss", "emphasise",
    "emphasize", "estimate", "explain", "express", "forecast", "hail", "highlight", "indicate",
    "inform", "insist", "joke", "lament", "maintain", "mention", "mock", "note", "object",
    "observe", "pledge", "point", "post", "praise", "predict", "proclaim", "promise",
    "propose", "protest", "question", "quip", "recall", "recommend", "recount", "reiterate",
    "remark", "repeat", "reply", "report", "respond", "retort", "reveal", "say", "shout",
    "signal", "slam", "speak", "state", "stress", "suggest", "talk", "tell", "testify",
    "threaten", "tout", "tweet", "underline", "underscore", "urge", "vow", "warn", "write",
    "yell",
)  # fmt: skip

#: Verbs of judgement and belief that news reports as a stance: "the department believes ...".
#: Kept apart from speech because they take no quotation marks and no "said"-type inversion.
BELIEF_VERBS: tuple[str, ...] = (
    "believe", "deem", "doubt", "fear", "hope", "judge", "think",
)  # fmt: skip

#: Past forms of the cue verbs that do not add "-ed" (English irregular verbs).
IRREGULAR_PAST: dict[str, str] = {
    "say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "think": "thought",
}  # fmt: skip

#: Past participles that differ from the past form (English irregular verbs).
IRREGULAR_PARTICIPLE: dict[str, str] = {"write": "written", "speak": "spoken"}

#: Verbs that double their final consonant before "-ed" and "-ing" (English spelling).
DOUBLED_CONSONANT: frozenset[str] = frozenset({"admit", "quip", "slam", "regret"})

#: Verbs with which a news outlet carries someone else's words: '"...," the agency reports'.
OUTLET_VERBS: frozenset[str] = frozenset(
    {"reports", "reported", "adds", "added", "says", "said", "writes", "wrote", "quoted", "quotes"}
)

#: Adverbs that mark a quote as second-hand; the quote is then ``hedged``.
HEDGES: frozenset[str] = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"}
)

#: Third-person pronouns that can stand for a speaker, with the kind of actor they fit.
#: "it" is an organization ("the ministry said it ..."), "they" a person or an organization.
SPEAKER_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "it": frozenset({"organization"}),
    "they": frozenset({"person", "organization"}),
    "we": frozenset({"person", "organization"}),
    "who": frozenset({"person", "organization"}),
}

#: The gender "he" and "she" name, for the actor a pronoun may stand for.
PRONOUN_GENDERS: dict[str, str] = {"he": "male", "she": "female"}

#: Words that give a person's gender in news text: honorifics and gendered role nouns
#: (lower case, without full stops).
GENDER_WORDS: dict[str, str] = dict.fromkeys(
    (
        "mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman",
        "councilman", "businessman", "father", "son", "brother", "husband", "uncle",
    ),
    "male",
) | dict.fromkeys(
    (
        "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "spokeswoman",
        "chairwoman", "congresswoman", "councilwoman", "businesswoman", "mother", "daughter",
        "sister", "wife", "aunt",
    ),
    "female",
)  # fmt: skip

#: Nouns for people who speak in news ("the minister", "an aide", "federal officials").
#: From English news usage; plural forms are found by dropping the final "s".
PERSON_SPEAKER_NOUNS: tuple[str, ...] = (
    "activist", "adviser", "advisor", "aide", "ambassador", "analyst", "anchor", "author",
    "boss", "campaigner", "candidate", "captain", "ceo", "chairman", "chairwoman",
    "chancellor", "chief", "coach", "colonel", "commander", "congressman", "congresswoman",
    "councillor", "councilman", "counterpart", "critic", "diplomat", "director", "doctor",
    "economist", "envoy", "executive", "expert", "founder", "general", "governor", "head",
    "host", "insider", "investigator", "judge", "lawmaker", "lawyer", "leader", "man",
    "manager", "mayor", "member", "minister", "nominee", "observer", "official", "officer",
    "organizer", "people", "person", "premier", "president", "professor", "prosecutor",
    "protester", "representative", "researcher", "resident", "scientist", "secretary",
    "senator", "source", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "strategist", "supporter", "veteran", "voter", "witness", "woman",
)  # fmt: skip

#: Nouns for institutions and documents that speak in news ("the ministry", "the report").
ORGANIZATION_SPEAKER_NOUNS: tuple[str, ...] = (
    "administration", "agency", "army", "authorities", "bank", "board", "broadcaster",
    "campaign", "commission", "committee", "company", "council", "court", "daily",
    "department", "embassy", "firm", "government", "group", "military", "ministry",
    "newspaper", "office", "outlet", "paper", "party", "pentagon", "police", "poll",
    "regulator", "report", "station", "statement", "study", "survey", "television", "union",
)  # fmt: skip

#: Quantifiers that speak on their own at a sentence's start, lower case: "One said ...",
#: "Another added ...", "All agreed ...". From English grammar.
SPEAKING_QUANTIFIERS: frozenset[str] = frozenset(
    {"one", "another", "all", "more", "less", "nobody", "none", "everyone", "everybody"}
)

#: Every speaker noun, mapped to the kind of actor it names.
SPEAKER_NOUNS: dict[str, str] = dict.fromkeys(PERSON_SPEAKER_NOUNS, "person") | dict.fromkeys(
    ORGANIZATION_SPEAKER_NOUNS, "organization"
)

#: Words that make a noun phrase a news outlet: "the state-run Tasnim News Agency", and
#: the names of wire services and broadcasters news cites by name alone ("told the BBC").
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "agency", "broadcaster", "channel", "daily", "gazette", "herald", "journal", "news",
        "newspaper", "outlet", "paper", "post", "press", "radio", "reuters", "station",
        "television", "times", "tv", "wire",
        "bbc", "cnn", "nbc", "cbs", "npr", "msnbc", "afp", "itv", "pbs",
    }
)  # fmt: skip

#: Events a speaker addresses, which an outlet word may modify without making them an
#: outlet: "told a news conference", "a press briefing"; English news usage.
AUDIENCE_EVENTS: frozenset[str] = frozenset(
    {
        "audience", "briefing", "conference", "crowd", "event", "forum", "gathering",
        "hearing", "interview", "meeting", "rally", "session", "summit",
    }
)  # fmt: skip

#: Words that end a speaker's noun phrase when read away from the cue verb.
#: Prepositions and conjunctions of English; "in a statement", "on Thursday".
PHRASE_BREAKS: frozenset[str] = frozenset(
    {
        "about", "after", "against", "although", "and", "as", "at", "because", "before", "but",
        "by", "during", "for", "from", "if", "in", "into", "on", "or", "over", "since", "than",
        "that", "though", "through", "to", "when", "where", "whether", "which", "while", "who",
        "with", "without", "yet", "so",
    }
)  # fmt: skip

#: Words that may stand between a speaker and the cue verb: auxiliaries, adverbs of time.
#: "X has said", "X also told", "X later added", "X on Thursday said".
CUE_FILLERS: frozenset[str] = frozenset(
    {
        "again", "already", "also", "did", "do", "does", "earlier", "even", "first", "flatly",
        "further", "had", "has", "have", "just", "later", "never", "not", "often", "once",
        "openly", "previously", "privately", "publicly", "quickly", "recently", "repeatedly",
        "separately", "strongly", "then", "was", "will", "would",
    }
)  # fmt: skip

#: Auxiliaries that end a speaker phrase when only adverbs follow them: "The council has
#: twice", "his lawyers have vigorously" (before "complained", "denied") are the council
#: and the lawyers. From English grammar.
SPEAKER_AUXILIARIES: frozenset[str] = frozenset(
    {"did", "do", "does", "had", "has", "have", "was", "were", "will", "would"}
)

#: Modal verbs of English, which no speaker's noun phrase holds: "said Trump could file"
#: is the verb "said" and the clause "Trump could file", not a speaker "Trump could file".
MODAL_VERBS: frozenset[str] = frozenset(
    {"can", "could", "may", "might", "must", "shall", "should", "will", "would"}
)

#: Words written with a leading apostrophe, which is then no opening quotation mark:
#: "’em", "’til", "rock ’n’ roll" (English elisions).
ELISIONS: frozenset[str] = frozenset({"em", "til", "tis", "twas", "n", "cause", "bout", "round"})

#: Titles of works and scare-quote signals: a quotation right after one of these words is a
#: name, not speech ("the film "Heat"", "so-called "experts"", "dubbed "the Bulldozer"").
NAMING_WORDS: frozenset[str] = frozenset(
    {
        "album", "article", "book", "called", "campaign", "column", "dubbed", "entitled",
        "episode", "essay", "film", "headline", "known", "label", "labeled", "labelled", "movie",
        "named", "nicknamed", "novel", "operation", "op-ed", "play", "podcast", "poem",
        "program", "programme", "report", "series", "show", "slogan", "so-called", "song",
        "term", "titled", "word", "words",
    }
)  # fmt: skip


def _regular_forms(lemma: str) -> tuple[str, str, str]:
    """Return the -s, -ed and -ing forms of a regular English verb."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in DOUBLED_CONSONANT:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return third, past, ing


def inflect(lemmas: Iterable[str]) -> dict[str, str]:
    """
    Map every form of each verb to its lemma.

    >>> inflect(["say"])["said"], inflect(["urge"])["urging"], inflect(["deny"])["denies"]
    ('say', 'urge', 'deny')
    """
    forms: dict[str, str] = {}
    for lemma in lemmas:
        third, past, ing = _regular_forms(lemma)
        past = IRREGULAR_PAST.get(lemma, past)
        if lemma in IRREGULAR_PAST and lemma not in {"say", "tell", "think"}:
            ing = lemma[:-1] + "ing" if lemma.endswith("e") else lemma + "ing"
        participle = IRREGULAR_PARTICIPLE.get(lemma, past)
        for form in (lemma, third, past, ing, participle):
            forms[form] = lemma
    return forms


#: Every form of every speech verb, mapped to its lemma.
SPEECH_FORMS: dict[str, str] = inflect(SPEECH_VERBS)

#: Verbs that attribute a quotation but never report a clause: '"...," he continued'.
QUOTE_ONLY_VERBS: tuple[str, ...] = (
    "continue", "chuckle", "cry", "exclaim", "gush", "interject", "laugh", "muse", "plead",
    "scoff", "sigh", "snap", "wonder",
)  # fmt: skip

#: Every form of every quotation-only verb, mapped to its lemma.
QUOTE_ONLY_FORMS: dict[str, str] = inflect(QUOTE_ONLY_VERBS)

#: Every form of every belief verb, mapped to its lemma.
BELIEF_FORMS: dict[str, str] = inflect(BELIEF_VERBS)

#: Speech verbs that read as ordinary verbs too often to cue speech without a clause or a
#: quotation after them ("called for", "point", "post", "question", "signal", "state").
WEAK_CUES: frozenset[str] = frozenset(
    {"call", "cite", "maintain", "point", "post", "question", "signal", "state", "object",
     "answer", "charge", "counter", "hail", "highlight", "indicate", "judge",
     "note", "speak", "dismiss", "demand", "threaten", "talk"}
)  # fmt: skip

#: Forms of speech verbs that news writes more often as nouns or in another sense ("the two
#: states hold primaries", "her remarks", "advised a super PAC"): they cue
#: speech only with "that", a colon or a quotation mark right after them or their listener.
CLAUSE_ONLY_FORMS: frozenset[str] = frozenset(
    {"state", "states", "question", "questions", "remark", "remarks", "comment", "comments",
     "point", "points", "advise", "advised", "advises", "underscore", "underscores",
     "judges", "report"}
)  # fmt: skip

#: Speech verbs that cue speech only with "about" right after them, whose object is the
#: topic spoken of: "talked about the wall" (not "talked with the governor", "peace talks").
TOPIC_VERBS: frozenset[str] = frozenset({"talk"})

#: Speech verbs that introduce a whole utterance in quotation marks: 'X said "..."'.
#: Other cue verbs take a quoted fragment as their object: 'X praised "..."' is partial.
INTRODUCING_VERBS: frozenset[str] = frozenset(
    {
        "add", "announce", "answer", "argue", "ask", "assert", "conclude", "declare",
        "explain", "insist", "joke", "note", "post", "proclaim", "quip", "recall", "reply",
        "respond", "retort", "say", "shout", "state", "tell", "tweet", "warn", "write", "yell",
    }
)  # fmt: skip

#: Listeners that stand between a cue verb and what was said: "told reporters that ...".
CLAUSE_OBJECTS: frozenset[str] = frozenset(
    {
        "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers",
        "supporters", "members", "parliament", "congress", "viewers", "listeners", "readers",
        "followers", "voters",
    }
)  # fmt: skip

#: Nouns of speech that report a clause after "that": "the mayor's claim that ...", "his
#: warning that ...", "the announcement that ..." (English news usage).
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "accusation", "accusations", "admission", "allegation", "allegations", "announcement",
        "argument", "assertion", "assertions", "assurance", "assurances", "charge", "claim",
        "claims", "comment", "comments", "contention", "denial", "insistence", "pledge",
        "prediction", "promise", "remark", "remarks", "statement", "suggestion", "vow",
        "warning",
    }
)  # fmt: skip

#: Words that open an impersonal passive report, whose speaker is not named: "it was
#: reported that ...", "it has been announced that ...".
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it"})

#: Forms of "be" that make a cue verb passive ("is said to", "was reported"): no speaker.
PASSIVE_MARKERS: frozenset[str] = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s"}
)

#: Forms of "be" before a cue verb's "-ing" form, which then has a subject of its own as a
#: finite verb does: "the senator is predicting that ...", "they have been saying ..."
#: (the progressive of English grammar).
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "was", "were", "are", "been", "am"})

#: Words that may stand between a comma and a participle cue, which then still hangs from
#: the clause before the comma: "..., while also saying that ...", "..., later alleging ...",
#: "..., and suggesting ...", "..., in describing ...".
PARTICIPLE_LEADS: frozenset[str] = frozenset(
    {"also", "again", "while", "later", "then", "even", "before", "after", "by", "repeatedly",
     "and", "but", "in"}
)  # fmt: skip

#: Words of time that may stand between a speaker and a cue verb ("on Thursday said").
TIME_WORDS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "week", "weekend", "month", "year", "morning",
        "afternoon", "evening", "night",
    }
)  # fmt: skip

#: Cue verbs whose listener comes before the reported clause: "told reporters that ...".
TELL_VERBS: frozenset[str] = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "advise", "promise", "write", "ask"}
)

#: Cue verbs that always take a listener, even with no "that" after it: "told staff the
#: plan was fair", "assured voters taxes would fall". The listener is no part of what was said.
LISTENER_VERBS: frozenset[str] = frozenset({"tell", "inform", "assure", "remind"})

#: Pronouns that can open a reported clause as its subject ("told reporters *he* would").
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "it", "there"})

#: Words that open a reported clause after a listener: determiners and subject pronouns
#: ("told staff *the* decision was ...", "told the BBC *he* would stay").
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
        "he", "she", "they", "we", "i", "it", "there", "no", "all", "some", "every",
    }
)  # fmt: skip

#: English prepositions: a noun phrase right after one is not a subject.
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "about", "against", "among", "at", "between", "by", "during", "for", "from", "in",
        "into", "of", "on", "over", "than", "through", "to", "toward", "towards", "under",
        "with", "without",
    }
)  # fmt: skip

#: Words that make a name an organization's rather than a person's ("Mehr News Agency",
#: "the U.S. State Department"), lower case: the outlet words, the head words of
#: organization names (`organizations.HEAD_WORDS`, so that a new one is written once), and
#: these words for institutions that head no name; from the names of English news institutions.
ORGANIZATION_WORDS: frozenset[str] = (
    OUTLET_WORDS
    | frozenset(head.lower() for head in HEAD_WORDS)
    | frozenset({"embassy", "government", "house", "pentagon", "staff"})
)

#: Lower-case words after a name that show no verb follows it: particles, adverbs of place
#: and conjunctions ("pulled the U.S. out", "Iran and Iraq").
NOT_VERBS: frozenset[str] = frozenset(
    {"out", "up", "down", "off", "away", "back", "of", "and", "or", "nor", "but", "’s", "'s"}
)

#: Common irregular past forms of English verbs: a speaker's phrase never runs through one
#: ("Officials met residents who say ...").
IRREGULAR_VERBS: frozenset[str] = frozenset(
    {
        "began", "brought", "built", "came", "did", "found", "gave", "got", "held", "kept",
        "knew", "led", "left", "lost", "made", "met", "paid", "put", "ran", "saw", "sent",
        "sold", "spent", "stood", "took", "went", "won",
    }
)  # fmt: skip

#: Quantities and groups that speak as a body in news and polls: "others said", "26 percent
#: said", "most of them said", "six in 10 say", "Edwards and others said".
GROUP_WORDS: frozenset[str] = frozenset(
    {
        "all", "both", "each", "few", "half", "majority", "majorities", "many", "minority",
        "minorities", "most", "pluralities",
        "others", "percent", "plurality", "several", "some", "third", "quarter", "side",
        "sides", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }
)  # fmt: skip
