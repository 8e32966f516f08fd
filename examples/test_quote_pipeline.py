"""
A data team's property test: the pipeline never loses a quote.

The pipeline stands for a team's own: parse the story, store it as newsmodel JSON, load
it back, and publish it as JSON-LD.  `news_texts` writes stories whose quotes are known,
so the property can say that every quote the reporter attributed comes out at the end,
with its words and its speaker.

The story forms are those the parser handles today (docs/testing.md lists the others);
a team would list the forms its sources use.

Run it with::

    pytest examples/test_quote_pipeline.py
"""

from hypothesis import given

import newsmodel
from newsmodel import Article, strategies
from newsmodel.jsonld import from_jsonld, to_jsonld
from newsmodel.parser import parse

#: The forms of story this team's sources use.
STORIES = strategies.news_texts(
    orders=("quote-name-said", "quote-said-name", "name-said-colon", "split", "indirect"),
    intros=("plain", "after"),
    date_forms=("weekday", "month", "year", "relative"),
    place_names=False,
    organizations_speak=False,
)


def pipeline(text: str) -> Article:
    """Parse, store as JSON, load, publish as JSON-LD and read the JSON-LD back."""
    stored = newsmodel.dumps(parse(text))
    return from_jsonld(to_jsonld(newsmodel.loads(stored)))


def _words(text: str) -> str:
    return text.strip(' ,."“”')


@given(STORIES)
def test_pipeline_keeps_every_quote(story: tuple[str, Article]) -> None:
    """Every quote the reporter attributed comes out of the pipeline, words and speaker."""
    text, expected = story
    published = pipeline(text)
    found = {
        (_words(q.text), published.actor(q.speaker).name if q.speaker else None)
        for q in published.quotes
    }
    for quote in expected.quotes:
        assert quote.speaker is not None
        speaker = expected.actor(quote.speaker).name
        assert (_words(quote.text), speaker) in found, (quote.text, speaker, found)
