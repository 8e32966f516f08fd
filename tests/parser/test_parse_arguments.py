"""What a CMS passes to `parse` alongside the text: a headline, and an image or its URL."""

import pytest
from hypothesis import given

from newsmodel import Image, InputTypeError, ModelError, strategies
from newsmodel.parser import parse

STORY = (
    "Ministers agree on water deal\n\n"
    "The two ministers signed the agreement in Cairo on Tuesday.\n\n"
    "Talks will resume next month."
)
CAPTIONED = (
    "Ministers agree on water deal\n\n"
    "Egypt's water minister speaks to reporters in Cairo on Tuesday. (Photo: AFP)\n\n"
    "The two ministers signed the agreement in Cairo on Tuesday.\n\n"
    "Talks will resume next month."
)


def test_without_headline_the_first_short_paragraph_is_taken_for_one() -> None:
    """The behaviour a given headline changes: a short first line is read as the headline."""
    article = parse(STORY)
    assert article.headline == "Ministers agree on water deal"
    assert article.paragraph_texts()[0].startswith("The two ministers")


def test_given_headline_keeps_the_first_paragraph_in_the_body() -> None:
    """With a headline from the CMS, the text's first paragraph is body, not headline."""
    body = "The two ministers signed the agreement.\n\nTalks will resume next month."
    article = parse(body, headline="Water deal signed")
    assert article.headline == "Water deal signed"
    assert article.paragraph_texts() == (
        "The two ministers signed the agreement.",
        "Talks will resume next month.",
    )


def test_given_headline_on_text_that_has_one() -> None:
    """The given headline wins, and the text's own first line stays as a paragraph."""
    article = parse(STORY, headline="Water deal signed")
    assert article.headline == "Water deal signed"
    assert article.paragraph_texts()[0] == "Ministers agree on water deal"


def test_text_that_repeats_the_given_headline() -> None:
    """A first paragraph that is the given headline is the headline, not body: no duplicate."""
    article = parse(CAPTIONED, headline="Ministers agree on water deal")
    assert article.headline == "Ministers agree on water deal"
    assert article.paragraph_texts() == parse(CAPTIONED).paragraph_texts()
    assert article.image == parse(CAPTIONED).image


def test_image_url_keeps_the_caption_found_in_the_text() -> None:
    """An image given by URL gets the caption, its span and the credit the text has."""
    article = parse(CAPTIONED, image="https://news.example/img/cairo.jpg")
    image = article.image
    assert image is not None
    assert image.url == "https://news.example/img/cairo.jpg"
    assert image.caption is not None
    assert image.caption.startswith("Egypt's water minister speaks")
    assert image.span is not None
    assert article.slice(image.span) == image.caption
    assert image.credit == "AFP"
    assert parse(CAPTIONED).image == Image(caption=image.caption, span=image.span, credit="AFP")


def test_given_image_fields_win() -> None:
    """An Image's own caption, credit and size are kept; the text fills only what it lacks."""
    given_image = Image(
        url="https://news.example/img/cairo.jpg", caption="Our caption", width=800, height=600
    )
    image = parse(CAPTIONED, image=given_image).image
    assert image == Image(
        url="https://news.example/img/cairo.jpg",
        caption="Our caption",
        credit="AFP",
        width=800,
        height=600,
    )


def test_image_without_caption_in_the_text() -> None:
    """With no caption in the text, the given image is the article's image as it is."""
    image = parse(STORY, image="https://news.example/img/a.jpg").image
    assert image == Image(url="https://news.example/img/a.jpg")


def test_bad_arguments_raise_typed_errors() -> None:
    """A headline that is not text, an image that is neither Image nor URL, a bad URL."""
    with pytest.raises(InputTypeError, match="headline"):
        parse(STORY, headline=3)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="image"):
        parse(STORY, image=b"https://x.example/a.jpg")  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="url"):
        parse(STORY, image="not a url")
    with pytest.raises(ModelError, match="headline"):
        parse(STORY, headline="   ")


@given(strategies.news_texts())
def test_given_headline_never_loses_text(pair: tuple[str, object]) -> None:
    """With a given headline, every paragraph the parser found is still in body or apart."""
    text, _ = pair
    plain, given_ = parse(text), parse(text, headline="Given headline")
    assert given_.headline == "Given headline"
    kept = set(given_.paragraph_texts()) | {given_.slice(s) for s in given_.boilerplate}
    if given_.image is not None and given_.image.span is not None:
        kept.add(given_.slice(given_.image.span))
    if plain.headline is not None:
        assert plain.headline in kept
