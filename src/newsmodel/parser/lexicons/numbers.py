"""
Words for numbers, quantities and dates, as the figures and dates stages read them.

Every table is lower case unless it says otherwise; multi-word entries are tuples of
words, matched token by token.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, TypeAlias

Bound: TypeAlias = Literal["approximate", "low", "high"]

#: English cardinal words below twenty.
SMALL_NUMBERS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}

#: English tens words; "twenty-one" is a tens word, a hyphen and a small number.
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Multipliers written as words ("2.5 million", "four hundred").
MAGNITUDES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

#: "a dozen" and "two dozen": a dozen is twelve.
DOZEN = 12

#: Multipliers glued to a figure in headlines and money ("£40m", "€2.5bn", "10k", "$1.1tn").
#: "m" and "b" are read as million and billion only next to a currency, or before a
#: plural counted noun ("8m people", "1m barrels"); otherwise "m" is metres ("a 6.50m
#: jump", "the 100m final").
MAGNITUDE_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mio": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}

#: Suffixes that are only magnitudes after a currency or before a counted noun.
AMBIGUOUS_SUFFIXES = frozenset({"m", "b"})

#: Vague quantities written as plural magnitudes, and the range each stands for.
#: The rule for all of them: "Ns" means at least one N and fewer than ten N, so
#: "hundreds" is 100-1,000 and "dozens" 12-120; "tens of thousands" multiplies the
#: ranges' lower ends: 10 x 1,000 to 100 x 1,000, that is 10,000-100,000.
VAGUE_QUANTITIES: dict[str, tuple[int, int]] = {
    "tens": (10, 100),
    "dozens": (12, 120),
    "scores": (20, 200),
    "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000),
    "millions": (1_000_000, 10_000_000),
    "billions": (1_000_000_000, 10_000_000_000),
    "trillions": (1_000_000_000_000, 10_000_000_000_000),
}

#: Vague counts before a magnitude word ("several hundred", "a few thousand"), and the
#: multiples of the magnitude each stands for: more than one and fewer than ten, "several"
#: at least three ("several hundred" is 300-900, "a few thousand" 2,000-9,000).
VAGUE_COUNTS: dict[str, tuple[int, int]] = {"several": (3, 9), "few": (2, 9)}

#: Vague words that only count something when "of" follows ("tens of thousands",
#: "scores of people"): alone they are other words ("the tens column", "final scores").
VAGUE_NEED_OF = frozenset({"tens", "scores"})

#: Fractions written as words ("two-thirds of", "a quarter of", "half of").
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}

#: Hedges before a figure, and what each says about it (from news style guides and
#: NewsQuant's "~", ">" and "<" marks): "approximate" says the reporter is not sure, and
#: a running average ("averaged 7.3 points a game") is a summary, not a count;
#: "low" that the figure is a lower bound ("more than 40": at least 40); "high" that it
#: is an upper bound ("up to 40"). "nearly" and "almost" are both approximate and an
#: upper bound, which `HEDGE_ALSO_HIGH` records.
HEDGES: dict[tuple[str, ...], Bound] = {
    ("about",): "approximate",
    ("around",): "approximate",
    ("roughly",): "approximate",
    ("approximately",): "approximate",
    ("approx",): "approximate",
    ("nearly",): "approximate",
    ("almost",): "approximate",
    ("some",): "approximate",
    ("an", "estimated"): "approximate",
    ("estimated",): "approximate",
    ("circa",): "approximate",
    ("close", "to"): "approximate",
    ("in", "the", "region", "of"): "approximate",
    ("something", "like"): "approximate",
    ("~",): "approximate",
    ("≈",): "approximate",
    ("barely",): "approximate",
    ("averaged",): "approximate",
    ("averaging",): "approximate",
    ("averages",): "approximate",
    ("more", "than"): "low",
    ("over",): "low",
    ("at", "least"): "low",
    ("upwards", "of"): "low",
    ("in", "excess", "of"): "low",
    ("just", "over"): "low",
    ("well", "over"): "low",
    ("no", "fewer", "than"): "low",
    ("no", "less", "than"): "low",
    ("as", "many", "as"): "high",
    ("as", "much", "as"): "high",
    ("up", "to"): "high",
    ("fewer", "than"): "high",
    ("less", "than"): "high",
    ("under",): "high",
    ("just", "under"): "high",
    ("below",): "high",
    ("at", "most"): "high",
    ("no", "more", "than"): "high",
    ("as", "few", "as"): "high",
}

#: Approximate hedges that also cap the figure ("nearly 5,000" is below 5,000).
HEDGE_ALSO_HIGH = frozenset({("nearly",), ("almost",)})

#: The longest hedge, in words.
LONGEST_HEDGE = max(len(key) for key in HEDGES)

#: Hedges written after a figure ("20 or so", "40-odd").
TRAILING_HEDGES: tuple[tuple[str, ...], ...] = (("or", "so"), ("odd",), ("-", "odd"))


class Currency(NamedTuple):
    """One currency as news writes it: its name in words, symbols before an amount, names after."""

    #: The currency's name, for output that wants words ("US dollar").
    label: str
    #: Symbols and prefixes before an amount ("$", "us$", "rs."), lower case.
    symbols: tuple[str, ...] = ()
    #: Names after an amount ("euros", "swiss francs"), lower case, words split by spaces.
    names: tuple[str, ...] = ()


#: The currencies news most often names, keyed by their ISO 4217 code, which is also
#: read before or after an amount ("USD 5 million", "500 EUR"). A bare "$" and plain
#: "dollars" are US dollars, the common case in English-language news; plain "pounds" is
#: left alone (it is as often a weight) and "pounds sterling" is GBP.
#: Every other currency lookup below is derived from this table.
CURRENCIES: dict[str, Currency] = {
    "USD": Currency(
        "US dollar",
        symbols=("$", "us$", "$us"),
        names=("dollars", "dollar", "us dollars", "u.s. dollars", "american dollars"),
    ),
    "EUR": Currency("euro", symbols=("€",), names=("euros", "euro")),
    "GBP": Currency("pound sterling", symbols=("£", "ps"), names=("pounds sterling", "sterling")),
    "JPY": Currency("yen", symbols=("¥",), names=("yen",)),
    "CNY": Currency("yuan", names=("yuan", "renminbi")),
    "CHF": Currency("Swiss franc", names=("swiss francs", "francs")),
    "CAD": Currency("Canadian dollar", symbols=("c$", "ca$"), names=("canadian dollars",)),
    "AUD": Currency(
        "Australian dollar", symbols=("a$", "$a", "au$"), names=("australian dollars",)
    ),
    "NZD": Currency("New Zealand dollar", symbols=("nz$",), names=("new zealand dollars",)),
    "HKD": Currency("Hong Kong dollar", symbols=("hk$",), names=("hong kong dollars",)),
    "SGD": Currency("Singapore dollar", symbols=("s$",), names=("singapore dollars",)),
    "INR": Currency("Indian rupee", symbols=("₹", "rs", "rs."), names=("rupees", "indian rupees")),
    "ILS": Currency("shekel", symbols=("₪",), names=("shekels", "new shekels")),
    "RUB": Currency("rouble", symbols=("₽",), names=("roubles", "rubles")),
    "KRW": Currency("won", symbols=("₩",), names=("south korean won",)),
    "TRY": Currency("lira", symbols=("₺",), names=("turkish lira", "lira")),
    "NGN": Currency("naira", symbols=("₦",), names=("naira",)),
    "ZAR": Currency("rand", names=("rand",)),
    "BRL": Currency("real", symbols=("r$",), names=("reais",)),
    "MXN": Currency("Mexican peso", names=("mexican pesos",)),
    "SEK": Currency("Swedish crown", names=("swedish crowns", "kronor")),
    "NOK": Currency("Norwegian crown", names=("norwegian crowns",)),
    "DKK": Currency("Danish crown", names=("danish crowns", "danish kroner")),
    "PLN": Currency("zloty", names=("zloty",)),
    "IRR": Currency("rial", names=("rials", "iranian rials")),
    "IQD": Currency("dinar", names=("iraqi dinars",)),
    "SAR": Currency("riyal", names=("riyals", "saudi riyals")),
    "AED": Currency("dirham", names=("dirhams",)),
    "EGP": Currency("Egyptian pound", names=("egyptian pounds",)),
    "PKR": Currency("Pakistani rupee", names=("pakistani rupees",)),
    "KES": Currency("shilling", names=("kenyan shillings",)),
    "PHP": Currency("peso", symbols=("₱",), names=("philippine pesos",)),
    "THB": Currency("baht", names=("baht",)),
    "MYR": Currency("ringgit", symbols=("rm",)),
}

#: The ISO 4217 codes of `CURRENCIES`, upper case.
CURRENCY_CODES: frozenset[str] = frozenset(CURRENCIES)

#: Each symbol or prefix of `CURRENCIES`, with its ISO 4217 code.
CURRENCY_SYMBOLS: dict[str, str] = {
    symbol: code for code, currency in CURRENCIES.items() for symbol in currency.symbols
}

#: Currency prefixes that are also names when glued to a single digit ("PS5" the games
#: console): a currency only before a longer amount ("PS2.7m", "PS21,700"). "PS" is how
#: "£" comes out of text folded to ASCII.
CURRENCY_NEEDS_AMOUNT = frozenset({"ps"})

#: Each name of `CURRENCIES` as a tuple of words, with its ISO 4217 code.
CURRENCY_NAMES: dict[tuple[str, ...], str] = {
    tuple(name.split()): code for code, currency in CURRENCIES.items() for name in currency.names
}

#: Each ISO 4217 code of `CURRENCIES`, with its name in words.
CURRENCY_LABELS: dict[str, str] = {code: currency.label for code, currency in CURRENCIES.items()}

#: Words after a number that make it a percentage; the figure's unit is "percent".
PERCENT_WORDS: dict[tuple[str, ...], str] = {
    ("%",): "percent",
    ("percent",): "percent",
    ("per", "cent"): "percent",
    ("pct",): "percent",
    ("pc",): "percent",
    ("percentage", "points"): "percentage points",
    ("percentage", "point"): "percentage points",
    ("basis", "points"): "basis points",
    ("basis", "point"): "basis points",
    ("bps",): "basis points",
}

#: Units of measure written after a number (SI and imperial symbols and names, with
#: the speeds, data sizes and engine powers news uses). Matched as written, except that
#: names are also matched in lower case; the figure's unit is the unit as written.
MEASURE_UNITS = frozenset(
    {
        # length and area
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "m", "metre",
        "metres", "meter", "meters", "cm", "centimetres", "centimeters", "mm", "millimetres",
        "millimeters", "millimeter", "millimetre", "μm", "micrometres", "nm", "nanometres",
        "nanometers", "nanometer", "mile", "miles", "mi", "ft", "foot", "feet", "inch",
        "inches", "in.", "yard", "yards", "yd", "acre", "acres", "hectare", "hectares", "ha",
        "sq", "km2", "m2", "nautical",
        # mass
        "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "g", "gram", "grams", "mg",
        "milligrams", "tonne", "tonnes", "ton", "tons", "lb", "lbs", "pound", "pounds",
        "ounce", "ounces", "oz", "stone",
        # volume
        "l", "litre", "litres", "liter", "liters", "ml", "mL", "millilitres", "gallon",
        "gallons", "barrel", "barrels", "bpd", "cc", "pints", "pint",
        # speed, energy, power, other physics
        "mph", "mpg", "kph", "km/h", "km/hr", "knots", "rpm", "hp", "bhp", "ps", "PS", "kw", "kW", "kWh",
        "kwh", "MW", "mw", "MWh", "GW", "GWh", "gw", "TWh", "W", "watts", "watt", "V", "volts",
        "kV", "A", "amps", "Hz", "hz", "kHz", "MHz", "GHz", "Nm", "lb-ft", "psi", "GPa", "MPa",
        "kPa", "pascals", "gigapascals", "decibels", "dB", "calories", "kcal", "joules", "°C",
        "°F", "°", "degree", "degrees", "celsius", "fahrenheit", "kelvin",
        # data
        "GB", "MB", "TB", "KB", "kb", "Gb", "Mb", "Gbps", "Mbps", "gigabytes", "megabytes",
        "terabytes", "megapixels", "MP", "fps", "mAh",
        # money subunits and time
        "p", "cents", "cent", "pence", "ms", "s", "sec", "secs", "seconds", "second", "min",
        "mins", "minutes", "minute", "hr", "hrs", "hours", "hour", "h", "days", "day",
        "weeks", "week", "months", "month", "years", "year", "decades", "decade", "centuries",
        "century",
        # ratios
        "times", "x",
    }
)  # fmt: skip

#: Unit symbols that are only units when glued to the number ("5s", "3h", "50A", "10x"):
#: written apart they are words ("5 s", "a", "in").
GLUED_ONLY_UNITS = frozenset({"s", "h", "A", "V", "W", "x", "g", "l", "p", "m", "in.", "ha"})

#: Words before a measure unit that extend it ("square miles", "nautical miles", "metric
#: tons"), one or two of them ("US fluid ounces", "imperial fluid ounces").
UNIT_PREFIXES = frozenset(
    {"square", "sq", "cubic", "nautical", "light", "fluid", "metric", "imperial", "us", "u.s."}
)

#: Suffixes glued to a number that make it an ordinal ("21st"), which is no figure.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

#: Words glued or next to a number that make it a time of day ("10.45pm", "6 a.m."),
#: which is no figure.
TIME_SUFFIXES = frozenset(
    {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "utc", "et", "est", "edt", "pst",
     "pdt", "cet", "hrs", "o'clock", "o’clock"}
)  # fmt: skip

#: Words hyphenated before a number that make it the name of a group or a rank: an age
#: group ("under-21 squad", "over-60s"), a round of a knockout ("last-32 tie"), a chart
#: ("top-10 player"). The number names the group; it counts nothing.
GROUP_PREFIXES = frozenset({"under", "over", "last", "top", "bottom"})

#: Nouns that label a thing with a number ("category 4", "No. 2", "Article 50"): the
#: number names, it does not count.
LABEL_NOUNS = frozenset(
    {"no", "no.", "nos", "number", "category", "level", "phase", "stage", "grade", "article",
     "section", "chapter", "room", "flight", "route", "page", "version", "episode", "round",
     "season", "series", "channel", "platform", "gate", "terminal", "row", "seat", "track",
     "highway", "interstate", "paragraph", "clause", "resolution", "bill", "act", "model",
     "apartment", "suite", "unit", "block", "lot", "figure", "table", "exhibit"}
)  # fmt: skip

#: Words around a pair such as "2-1" that make it a sports score, not a range (the
#: issue's choice: scores are not figures).
SCORE_WORDS = frozenset(
    {"win", "won", "wins", "victory", "defeat", "defeated", "beat", "beats", "lost", "loss",
     "lose", "draw", "drew", "lead", "led", "trail", "trailing", "down", "up", "scoreline",
     "thrashing", "rout", "home", "away", "at", "final", "score", "aggregate", "halftime",
     "half-time", "victories", "triumph"}
)  # fmt: skip

#: The most words that may part "from X" from its "to Y" and leave one span: "from $75 a
#: barrel in October to $45" (tuned on NewsQuant dev, whose longest such gap is 5 words).
SPAN_GAP = 6

#: Words that, between "from X" and "to Y", open another clause or another list item, so
#: that "to" no longer closes the span ("from 3 in May and rose to 5").
SPAN_BREAKS = frozenset(
    {"and", "or", "but", "from", "while", "whereas", "which", "who", "that", "than", "then",
     "before", "after", "when", "if", "because", "as", "with"}
)  # fmt: skip

#: Verbs and words of change after which "X to Y" is a change and a level, not a range
#: ("rose 5% to $10", "increased by $43 billion to $419 billion").
CHANGE_WORDS = frozenset(
    {"by", "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "gained",
     "gain", "gains", "lost", "loses", "climbed", "climb", "dropped", "drop", "drops",
     "jumped", "jump", "increased", "increase", "decreased", "decrease", "declined",
     "decline", "slipped", "slid", "plunged", "plummeted", "surged", "soared", "added",
     "shed", "grew", "grow", "shrank", "up", "down", "cut", "raised", "lowered", "tumbled",
     "sank", "eased", "advanced", "edged", "lifted", "boost", "boosted", "slumped", "dipped"}
)  # fmt: skip

#: Function words that end a counted noun phrase ("13 people while they slept": the
#: unit is "people"). Determiners, prepositions, conjunctions, pronouns, auxiliaries
#: and the adverbs that follow counts in news.
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "by", "for",
     "from", "into", "onto", "over", "under", "to", "with", "without", "within", "about",
     "after", "before", "between", "during", "since", "until", "against", "among", "through",
     "across", "around", "per", "via", "than", "as", "like", "and", "or", "but", "nor", "so",
     "yet", "if", "then", "while", "when", "where", "which", "who", "whom", "whose", "what",
     "why", "how", "there", "here", "not", "no", "all", "both", "each", "every", "only",
     "just", "still", "even", "also", "up", "down", "out", "off", "away", "back", "ago",
     "earlier", "later", "more", "less", "most", "least", "is", "are", "was", "were", "be",
     "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
     "would", "can", "could", "may", "might", "shall", "should", "must", "said", "says",
     "say", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me",
     "his", "its", "their", "our", "my", "your", "apiece", "too", "very", "now",
     "already", "again", "ever", "never", "last", "next", "including",
     "compared", "worth", "according", "respectively", "alone", "combined", "total",
     "altogether", "instead", "because", "although", "though", "unless", "whereas",
     "whether", "either", "neither", "own", "such", "despite", "toward",
     "towards", "upon", "amid", "amidst", "along", "alongside", "beyond", "behind",
     "below", "above", "near", "past", "plus", "minus", "versus", "vs",
     "throughout", "inside", "outside", "beneath", "besides", "except",
     "himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"}
)  # fmt: skip

#: Words in an address after its number ("49 Zorro Ranch Road"): the number is no figure.
STREET_WORDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "way", "lane", "ln", "boulevard", "blvd",
     "drive", "dr", "place", "pl", "square", "court", "ct", "terrace", "crescent", "close",
     "highway", "hwy", "parkway", "pkwy"}
)  # fmt: skip

#: Words before "one" that make it a pronoun, not a count ("no one", "each one").
ONE_PRONOUN_BEFORE = frozenset(
    {"no", "each", "every", "any", "this", "that", "the", "which", "another", "someone",
     "everyone", "anyone", "little", "new", "old", "big", "first", "last", "right",
     "wrong", "such", "what"}
)  # fmt: skip
#: Words after "one" that make it a pronoun or an idiom ("one another", "one day").
ONE_PRONOUN_AFTER = frozenset(
    {"another", "day", "thing", "way", "must", "can", "could", "should", "would",
     "might", "may", "will", "is", "was", "who", "that", "which", "'s", "’s", "too", "else"}
)  # fmt: skip

#: The most words a counted noun phrase takes ("American service members").
LONGEST_COUNTED_NOUN = 4

# ---------------------------------------------------------------------------- dates

#: Words of time after which a bare month name is a date ("in March", "by April", "since
#: May", "in early June"); elsewhere "March" and "May" are as often words or names.
MONTH_LEADS: frozenset[str] = frozenset(
    {
        "in", "by", "since", "until", "till", "from", "during", "through", "before", "after",
        "early", "late", "mid", "of", "to", "throughout",
    }
)  # fmt: skip

#: Words of time that put a bare month before publication: "since May" is past.
PAST_MONTH_LEADS: frozenset[str] = frozenset({"since"})

#: Month names and their news abbreviations (AP style "Aug.", "Sept."), with numbers.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Month abbreviations that are also English words, so they count only with a full stop
#: or next to a day number ("Mar. 3", "Mar 3"), never alone ("may", "mar").
AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "jun", "jul", "dec", "sep", "sept", "oct"})

#: Weekday names and abbreviations; Monday is 0 as in `datetime.date.weekday`.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

#: Weekday abbreviations that are also words or names ("sun", "wed", "sat"; "The Sun", "Sun
#: Microsystems"), so they never name a weekday, capitalized or not; the other abbreviations
#: of `WEEKDAYS` ("Tues.", "Thurs.") do, as the full names do.
AMBIGUOUS_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})

#: Days named relative to publication, with their offset in days.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

#: Periods for "last month", "next year", "two weeks ago".
PERIODS: dict[str, Literal["day", "week", "month", "year"]] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
}  # fmt: skip

#: Words before a period that place it relative to publication ("last month").
PERIOD_SHIFTS: dict[str, int] = {"last": -1, "next": 1, "this": 0, "past": -1, "previous": -1}

#: The years the parser reads a bare four-digit number as: a year, not a count. Numbers
#: in the wider `YEAR_RANGE` are years only after `YEAR_CUES` ("in 1607", "since 1066").
YEAR_CERTAIN: tuple[int, int] = (1900, 2099)
#: The years a four-digit number can be at all, after a cue.
YEAR_RANGE: tuple[int, int] = (1000, 2199)

#: Words that make the next four-digit number a year ("in 1907", "since 1985").
YEAR_CUES = frozenset(
    {"in", "since", "until", "till", "by", "from", "of", "between", "before", "after",
     "circa", "c.", "year", "early", "late", "mid", "and", "to", "during", "the", "around"}
)  # fmt: skip
