"""
The sample article: the seed story about Iran and Iraq, annotated by hand.

Run it to print the article's JSON-LD graph::

    python examples/sample_article.py

Tests, docs and the other examples use `sample_article()` as a realistic article whose
every field is filled, independent of what the parser finds today.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from newsmodel import (
    Article,
    Author,
    DateMention,
    Figure,
    Image,
    Organization,
    Paragraph,
    Person,
    Place,
    Publisher,
    Quote,
    Span,
)
from newsmodel.jsonld import dumps

SEED = Path(__file__).resolve().parent.parent / "seeds" / "iran-iraq-military-ties.txt"
URL = "https://news.example/world/iran-seeks-deeper-military-influence-in-iraq"


def _find(text: str, needle: str, start: int = 0) -> Span:
    at = text.index(needle, start)
    return Span(start=at, end=at + len(needle))


def _mentions(text: str, *labels: str) -> tuple[Span, ...]:
    found = {
        Span(start=m.start(), end=m.end())
        for label in labels
        for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text)
    }
    return tuple(sorted(found))


def _quote(text: str, words: str, **fields: object) -> Quote:
    cue = fields.pop("cue", None)
    span = _find(text, words)
    cue_span = _find(text, str(cue), span.start - 120) if cue else None
    return Quote(text=words, span=span, cue=cue, cue_span=cue_span, **fields)  # type: ignore[arg-type]


def _figure(text: str, words: str, **fields: object) -> Figure:
    return Figure(text=words, span=_find(text, words), **fields)  # type: ignore[arg-type]


def sample_article() -> Article:
    """Return the seed story with its actors, quotes, figures and publishing metadata."""
    text = SEED.read_text("utf-8")
    blocks = list(re.finditer(r"[^\n]+", text))
    headline, caption, *body, boilerplate = blocks
    actors = (
        Place(id="place/iran", name="Iran", aliases=("Islamic Republic",), kind="country",
              iso_code="IR", mentions=_mentions(text, "Iran", "Islamic Republic"),
              same_as=("https://www.wikidata.org/wiki/Q794",)),
        Place(id="place/iraq", name="Iraq", kind="country", iso_code="IQ",
              mentions=_mentions(text, "Iraq"), same_as=("https://www.wikidata.org/wiki/Q796",)),
        Place(id="place/united-states", name="United States", aliases=("U.S.",), kind="country",
              iso_code="US", mentions=_mentions(text, "United States", "U.S.")),
        Place(id="place/syria", name="Syria", kind="country", iso_code="SY",
              mentions=_mentions(text, "Syria")),
        Place(id="place/tehran", name="Tehran", kind="city", mentions=_mentions(text, "Tehran")),
        Place(id="place/baghdad", name="Baghdad", kind="city", mentions=_mentions(text, "Baghdad")),
        Organization(id="organization/popular-mobilization-forces",
                     name="Popular Mobilization Forces", acronym="PMF", kind="armed_group",
                     mentions=_mentions(text, "Popular Mobilization Forces", "PMF")),
        Organization(id="organization/tasnim-news-agency", name="Tasnim News Agency",
                     kind="news_agency", mentions=_mentions(text, "Tasnim News Agency")),
        Organization(id="organization/mehr-news-agency", name="Mehr News Agency",
                     kind="news_agency", mentions=_mentions(text, "Mehr News Agency")),
        Organization(id="organization/islamic-state", name="Islamic State",
                     aliases=("ISIS", "ISIL"), kind="armed_group",
                     mentions=_mentions(text, "Islamic State", "ISIS", "ISIL")),
        Organization(id="organization/pentagon", name="Pentagon", kind="government",
                     mentions=_mentions(text, "Pentagon")),
        Organization(id="organization/us-state-department", name="U.S. State Department",
                     kind="government", mentions=_mentions(text, "U.S. State Department")),
        Person(id="person/amir-hatami", name="Amir Hatami", aliases=("Hatami",),
               honorific="Brig. Gen.", role="defense minister", affiliation=None,
               mentions=_mentions(text, "Amir Hatami", "Hatami")),
        Person(id="person/najah-hassan-ali-al-shammari", name="Najah Hassan Ali Al-Shammari",
               aliases=("Shammari",), role="defense minister",
               mentions=_mentions(text, "Najah Hassan Ali Al-Shammari", "Shammari")),
        Person(id="person/hassan-rouhani", name="Hassan Rouhani", aliases=("Rouhani",),
               honorific="President", mentions=_mentions(text, "Hassan Rouhani", "Rouhani")),
        Person(id="person/donald-trump", name="Donald Trump", aliases=("Trump",),
               honorific="President", mentions=_mentions(text, "Donald Trump", "Trump")),
    )  # fmt: skip
    quotes = (
        _quote(text, "boosting military and defense ties with Iraq", kind="indirect",
               speaker="person/amir-hatami", cue="urged", hedged=True),
        _quote(text, "Iraq as a friend of Iran with age-old religious, social and civilizational "
               "commonalities", kind="partial", speaker="person/amir-hatami", cue="praised",
               via="organization/tasnim-news-agency"),
        _quote(text, "We consider Iraq’s security, stability, and progress as being in the "
               "interests of the region, and have always defended it", kind="direct",
               speaker="person/amir-hatami"),
        _quote(text, "The minister called for deepening the defense and military relations "
               "between the two countries to strengthen their power in the region",
               kind="direct", speaker="organization/mehr-news-agency"),
        _quote(text, "Iraq and Iran share many common interests, and their security and "
               "stability are intertwined", kind="direct",
               speaker="person/najah-hassan-ali-al-shammari", hedged=True),
        _quote(text, "has weakened Iran’s ability to expand its military capabilities and fund "
               "the PMF and its terrorist proxies", kind="indirect",
               speaker="organization/us-state-department", cue="believes"),
    )  # fmt: skip
    figures = (
        _figure(text, "about 5,000 American service members", value=5000, approximate=True,
                qualifier="about", unit="American service members", about="place/iraq"),
        _figure(text, "Tens of thousands of members", low=10_000, high=99_999,
                approximate=True, unit="members",
                about="organization/popular-mobilization-forces"),
        _figure(text, "an estimated 2,000 American service members", value=2000,
                approximate=True, qualifier="an estimated", unit="American service members",
                about="place/syria"),
        _figure(text, "five years", value=5, unit="years", about="person/hassan-rouhani"),
    )  # fmt: skip
    dates = (
        DateMention(text="August 28, 2018", span=_find(text, "August 28, 2018"),
                    value=dt.date(2018, 8, 28), granularity="day"),
        DateMention(text="Thursday", span=_find(text, "Thursday"), relative=True),
        DateMention(text="last month", span=_find(text, "last month"), relative=True),
        DateMention(text="2015", span=_find(text, "2015"), value=dt.date(2015, 1, 1),
                    granularity="year"),
    )  # fmt: skip
    published = dt.datetime(2019, 7, 26, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    return Article(
        text=text,
        headline=headline.group(),
        description=(
            "Iran's defense minister urged closer military ties with Iraq, "
            "home to Iranian-backed Shiite militias and about 5,000 U.S. troops."
        ),
        image=Image(
            caption=caption.group(),
            caption_truncated=True,
            span=Span(start=caption.start(), end=caption.end()),
            url="https://news.example/images/2019/07/rouhani-parliament.jpg",
            credit="Example Photo Agency",
            width=1200,
            height=800,
        ),
        paragraphs=tuple(Paragraph(span=Span(start=p.start(), end=p.end())) for p in body),
        boilerplate=(Span(start=boilerplate.start(), end=boilerplate.end()),),
        actors=actors,
        quotes=quotes,
        figures=figures,
        dates=dates,
        url=URL,
        published=published,
        modified=published + dt.timedelta(hours=2, minutes=15),
        authors=(Author(name="Leila Haddad", url="https://news.example/staff/leila-haddad"),),
        publisher=Publisher(
            name="News Example",
            url="https://news.example/",
            logo="https://news.example/logo-600x60.png",
        ),
        section="World",
        keywords=("Iran", "Iraq", "Popular Mobilization Forces", "Middle East"),
        language="en",
    )


if __name__ == "__main__":
    sys.stdout.write(dumps(sample_article(), indent=True).decode() + "\n")
