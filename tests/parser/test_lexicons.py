"""The lexicons: one table per fact, the tables derived from it agree, and no table is dead."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsmodel.model import Organization, Span
from newsmodel.parser import parse
from newsmodel.parser.lexicons import numbers, organizations, people, places
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES, PLACE_GIVEN_NAMES
from newsmodel.parser.text._view import split_sentences

SRC = Path(__file__).parents[2] / "src" / "newsmodel"
LEXICONS = SRC / "parser" / "lexicons"
BENCHMARKS = Path(__file__).parents[2] / "benchmarks"


def _sentences(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, Span(start=0, end=len(text)))]


def _abbreviated(titles: tuple[str, ...]) -> set[str]:
    return {word for title in titles for word in title.split() if word.endswith(".")}


@pytest.mark.parametrize(
    "title", sorted(_abbreviated(people.HONORIFICS) | _abbreviated(people.TITLES))
)
def test_every_abbreviated_honorific_and_title_keeps_the_sentence_going(title: str) -> None:
    """A title written once in the honorifics or titles never ends a sentence ("Sen. Ruiz")."""
    text = f"They met {title} Ruiz on Monday. It rained."
    assert _sentences(text) == [f"They met {title} Ruiz on Monday.", "It rained."]


@pytest.mark.parametrize("word", sorted(people.OTHER_TITLE_ABBREVIATIONS))
def test_other_title_abbreviations_keep_the_sentence_going(word: str) -> None:
    """The abbreviations that are no honorific or title ("Sens.", "St.") do not end one either."""
    text = f"They met {word}. Ruiz on Monday."
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "month", sorted(m for m in numbers.MONTHS if len(m) < 5 and m not in {"may", "june", "july"})
)
def test_every_month_abbreviation_keeps_the_sentence_going(month: str) -> None:
    """A month abbreviation of the dates' table does not end a sentence ("on Sept. 5")."""
    text = f"They met on {month.capitalize()}. 5 in Oslo. It rained."
    assert _sentences(text) == [f"They met on {month.capitalize()}. 5 in Oslo.", "It rained."]


def test_a_title_abbreviation_is_written_once() -> None:
    """The extra abbreviations hold none that an honorific or title already gives."""
    derived = {word.removesuffix(".") for word in _abbreviated(people.HONORIFICS + people.TITLES)}
    assert not derived & people.OTHER_TITLE_ABBREVIATIONS


def test_title_abbreviations_are_not_sentence_end_abbreviations() -> None:
    """An abbreviation either never ends a sentence (a title) or may (a month, "Inc."), not both."""
    assert not people.TITLE_ABBREVIATIONS & people.ABBREVIATIONS


def test_currency_codes_are_iso_4217_shaped() -> None:
    """Every currency is keyed by three capital letters and has a label."""
    for code, currency in numbers.CURRENCIES.items():
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert currency.label.strip(), code


def test_no_currency_symbol_or_name_is_given_twice() -> None:
    """A symbol or a name belongs to one currency, so the derived lookups lose none."""
    symbols = [s for currency in numbers.CURRENCIES.values() for s in currency.symbols]
    names = [n for currency in numbers.CURRENCIES.values() for n in currency.names]
    assert len(symbols) == len(set(symbols)) == len(numbers.CURRENCY_SYMBOLS)
    assert len(names) == len(set(names)) == len(numbers.CURRENCY_NAMES)
    for entry in symbols + names:
        assert entry == entry.lower().strip(), entry  # looked up in lower case


@pytest.mark.parametrize("code", sorted(numbers.CURRENCIES))
def test_every_currency_is_read_by_its_code_and_its_names(code: str) -> None:
    """ "USD 5 million" and "5 million US dollars" are read with the currency's ISO code."""
    currency = numbers.CURRENCIES[code]
    amounts = [f"{code} 5 million"] + [f"5 million {name}" for name in currency.names]
    text = "Budget\n\n" + "".join(f"The agency paid {amount} in March. " for amount in amounts)
    figures = parse(text).figures
    assert [f.text for f in figures] == amounts
    assert {f.unit for f in figures} == {code}


@pytest.mark.parametrize(
    ("code", "symbol"),
    sorted(
        (code, symbol)
        for code, currency in numbers.CURRENCIES.items()
        for symbol in currency.symbols
        if not symbol[0].isalpha()
    ),
)
def test_every_currency_sign_is_read_before_an_amount(code: str, symbol: str) -> None:
    """A sign before an amount ("€40", "HK$40") gives the amount its currency."""
    text = f"Budget\n\nThe agency paid {symbol.upper()}40 in March."
    assert [f.unit for f in parse(text).figures] == [code]


@pytest.mark.parametrize("head", sorted(organizations.HEAD_WORDS))
def test_a_head_word_alone_names_an_organization_that_speaks(head: str) -> None:
    """ "The Treasury said ..." makes an organization the speaker, as "the Harwick Treasury" is one."""
    article = parse(f"Plans\n\nThe {head} said on Monday that the plan would work.")
    [quote] = article.quotes
    assert quote.speaker is not None
    assert isinstance(article.actor(quote.speaker), Organization)


@pytest.mark.parametrize("name", sorted(numbers.WEEKDAYS))
def test_a_weekday_is_read_unless_its_abbreviation_is_also_a_word(name: str) -> None:
    """ "on Thurs." and "on Tues." are dates, like "on Thursday"; "Sun" and "Wed" never are."""
    written = name.capitalize()
    dates = parse(f"Talks\n\nThey met on {written} in Oslo.").dates
    expected = [] if name in numbers.AMBIGUOUS_WEEKDAYS else [written]
    assert [d.text for d in dates] == expected


def _definitions(module: Path) -> dict[str, ast.stmt]:
    """The module's top-level names (tables and functions), each with its statement."""
    found: dict[str, ast.stmt] = {}
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            found[node.name] = node
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            found.update((n.id, node) for n in ast.walk(target) if isinstance(n, ast.Name))
    return found


def _tables(module: Path) -> dict[str, ast.stmt]:
    """The module's public tables: upper-case names at the top level."""
    return {
        name: node
        for name, node in _definitions(module).items()
        if name.isupper() and not name.startswith("_")
    }


def _identifiers(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.alias):
            found.add(node.name)
    return found


LEXICON_MODULES = sorted(p for p in LEXICONS.glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("module", LEXICON_MODULES, ids=lambda p: p.stem)
def test_every_table_says_what_it_holds(module: Path) -> None:
    """Each public table has a ``#:`` comment before it, or before the block it is part of."""
    lines = module.read_text(encoding="utf-8").splitlines()
    for name, node in _tables(module).items():
        above = node.lineno - 2
        while lines[above].strip() and not lines[above].startswith("#:"):
            above -= 1  # a table in a block of tables without blank lines between them
        assert lines[above].startswith("#:"), f"{module.name}: {name}"


@pytest.mark.parametrize("module", LEXICON_MODULES, ids=lambda p: p.stem)
def test_every_table_is_read(module: Path) -> None:
    """No dead data: each table is read by the code, or by a table or function that is."""
    elsewhere: set[str] = set()
    for path in [*SRC.rglob("*.py"), *BENCHMARKS.glob("*.py")]:
        if path != module:
            elsewhere |= _identifiers(ast.parse(path.read_text(encoding="utf-8")))
    definitions = _definitions(module)
    read = {name for name in definitions if name in elsewhere}
    grown = True
    while grown:  # a name read only to build another live one is live too
        grown = False
        for name in definitions:
            if name not in read and any(name in _identifiers(definitions[r]) for r in read):
                read.add(name)
                grown = True
    assert sorted(set(_tables(module)) - read) == []


def test_place_and_organization_head_words_do_not_overlap() -> None:
    """A head word names either a place or an organization, and surname heads are places."""
    assert places.PLACE_HEAD_WORDS.keys().isdisjoint(organizations.HEAD_WORDS)
    assert places.PLACE_HEAD_WORDS.keys() >= places.SURNAME_HEADS


def test_a_given_name_that_is_a_country_is_listed_as_one() -> None:
    """A given name that names a country too ("Jordan") is one the name finder knows is both."""
    countries = {name for name, entry in places.PLACE_NAMES.items() if entry[1] == "country"}
    assert countries & GIVEN_NAMES <= PLACE_GIVEN_NAMES


def test_each_city_is_listed_once() -> None:
    """A city is in one table only: the large cities repeat no news city, capital or country."""
    others = set(places.CITIES) | set(places.CAPITALS) | set(places.COUNTRY_NAMES)
    assert others.isdisjoint(places.LARGE_CITIES)
    assert len(set(places.LARGE_CITIES)) == len(places.LARGE_CITIES)


def test_a_large_city_that_is_a_given_name_is_listed_as_one() -> None:
    """A large city named like a person ("Austin") is one the name finder knows is both."""
    assert set(places.LARGE_CITIES) & GIVEN_NAMES <= PLACE_GIVEN_NAMES
