"""Captions inside the text: found by their words or by their layout, kept out of the body."""

from newsmodel import Article
from newsmodel.parser import parse

#: Prose of more than 30 words, to stand around a caption line.
PROSE = (
    "The council voted on Tuesday to spend more on the harbour, and the works will start "
    "in the spring once the contracts are signed, the mayor told reporters at the town "
    "hall after the meeting."
)
AFTER = (
    "Ferries will keep running while the quay is rebuilt, and the old crane will be moved "
    "to the museum by the end of the year."
)


def _captions(article: Article) -> list[str]:
    pictures = (article.image, *article.images) if article.image else article.images
    return [p.caption for p in pictures if p.caption is not None]


def _assert_kept_apart(article: Article, caption: str) -> None:
    assert caption in _captions(article)
    assert caption not in article.paragraph_texts()
    for picture in (article.image, *article.images):
        assert picture is not None
        assert picture.span is not None
        assert article.slice(picture.span) == picture.caption


def test_a_line_naming_a_place_under_a_heading_is_a_caption() -> None:
    """A verbless line with a name, right under a heading and before prose, is a caption."""
    caption = "The old lighthouse at Port Ellen, seen from the pier"
    text = f"Harbour guide\n\n{PROSE}\n\nSee\n\n{caption}\n\n{AFTER}"
    article = parse(text)
    _assert_kept_apart(article, caption)
    assert AFTER in article.paragraph_texts()


def test_a_line_naming_a_place_between_paragraphs_is_a_caption() -> None:
    """A verbless line after a paragraph of prose and before another is a caption."""
    caption = "Fishing boats in the harbour of Port Ellen in 2019"
    article = parse(f"Harbour guide\n\n{PROSE}\n\n{caption}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    assert article.paragraph_texts() == (PROSE, AFTER)


def test_headings_and_clauses_stay_in_the_body() -> None:
    """Headings ("Early life", "By plane") and lines with a verb or pronoun are no captions."""
    for line in (
        "By plane",
        "Early life and career",
        "The bridge was closed in 2011",
        "We met Anna Ruiz at the harbour",
        "How Port Ellen rebuilt its harbour",
        "Boats moored at the quay.",
    ):
        article = parse(f"Harbour guide\n\n{PROSE}\n\nGet in\n\n{line}\n\n{AFTER}")
        assert _captions(article) == [], line
        assert line in article.paragraph_texts()


def test_a_line_that_runs_on_into_the_next_paragraph_is_prose() -> None:
    """A line whose sentence goes on in a paragraph opening in lower case is no caption."""
    line = "Double Olympic champion Anna Ruiz of Spain"
    article = parse(
        f"Athletics\n\n{PROSE}\n\n{line}\n\nwon the 800m in Madrid with ease, well ahead of the rest of the field."
    )
    assert _captions(article) == []
    assert line in article.paragraph_texts()


def test_a_line_under_a_time_is_no_caption() -> None:
    """Under a time or a score ("1600 GMT") a short line is a fixture's details, not a picture's."""
    line = "Radio Wales, BBC Two and this website"
    text = f"Wales v Italy\n\nSaturday, 26 February\n\n1600 GMT\n\n{line}\n\n{PROSE}"
    article = parse(text)
    assert _captions(article) == []
    assert line in article.paragraph_texts()


def test_where_a_person_stands_makes_a_caption() -> None:
    """ "(right)" in a short line without a clause marks a caption; in a sentence it does not."""
    caption = "Anna Ruiz (right) with the mayor of Port Ellen."
    sentence = "Anna Ruiz (right) was elected in May, and she has led the port since then."
    article = parse(f"Harbour\n\n{PROSE}\n\n{caption}\n\n{sentence}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    assert sentence in article.paragraph_texts()


def test_a_labelled_caption_among_the_opening_paragraphs() -> None:
    """A picture's description or label right under the headline is a caption too."""
    caption = "File photo of harbour master Anna Ruiz. Image: Tomas Reyes."
    article = parse(f"Harbour works\n\n{caption}\n\n{PROSE}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    assert article.image is not None
    assert article.image.credit == "Tomas Reyes"


def test_an_agency_dateline_opening_is_the_body() -> None:
    """ "PORT ELLEN (AP) — ..." names the agency of the story, not of a picture."""
    lead = "PORT ELLEN (AP) — The council voted on Tuesday to spend more on the harbour."
    article = parse(f"Harbour works\n\n{lead}\n\n{AFTER}")
    assert _captions(article) == []
    assert article.paragraph_texts()[0] == lead
    assert article.dateline == "PORT ELLEN (AP)"


def test_a_long_textbook_caption_under_a_figure_label() -> None:
    """A figure's label ("Figure 1.6") carries a caption that explains at length."""
    caption = "Figure 1.6 The map of the harbour shows the new quay. " + " ".join(
        ["The old quay, in grey, will be torn down once the new one opens."] * 6
    )
    prose = "As Figure 2.1, for example, shows, the quay will be twice as long as the old one."
    article = parse(f"Harbour works\n\n{PROSE}\n\n{caption}\n\n{prose}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    assert prose in article.paragraph_texts()


def test_credit_labels_in_lower_case_or_with_a_semicolon() -> None:
    """ "... image: Jo Lee." and "Image; Jo Lee." credit Jo Lee."""
    for written in ("The new quay at dawn. image: Jo Lee.", "The new quay at dawn. Image; Jo Lee."):
        article = parse(f"Harbour works\n\n{PROSE}\n\n{written}\n\n{AFTER}")
        _assert_kept_apart(article, written)
        assert [p.credit for p in (article.image, *article.images) if p] == ["Jo Lee"]


def test_prose_that_names_an_agency_or_a_courtesy_stays_in_the_body() -> None:
    """ "a Reuters/Ipsos poll" and "courtesy of a lucky bounce" in a sentence are no credits."""
    for sentence in (
        "According to a Reuters/Ipsos poll, the two candidates are level.",
        "She won the point courtesy of a lucky bounce off the net.",
    ):
        article = parse(f"Harbour\n\n{PROSE}\n\n{sentence}\n\n{AFTER}")
        assert _captions(article) == [], sentence
        assert sentence in article.paragraph_texts()


def test_an_agency_credit_that_closes_a_caption_counts() -> None:
    """A caption whose credit line ends it is one, even when it holds a verb."""
    caption = "Anna Ruiz speaks to dock workers who have been on strike. (Jo Lee/Reuters)"
    article = parse(f"Harbour\n\n{PROSE}\n\n{caption}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    assert article.image is not None
    assert article.image.credit == "Jo Lee/Reuters"


def test_a_long_opening_paragraph_with_dates_is_no_lead_caption() -> None:
    """A biography's first paragraph, with dates and a picture verb, is too long to be a caption."""
    opening = (
        "Anna Ruiz (born 3 April 1978) is a harbour master who speaks at ports across Europe. "
        + " ".join(["She has run the port of Port Ellen since 2011 and trained its pilots."] * 6)
    )
    article = parse(f"Anna Ruiz\n\n{opening}\n\n{AFTER}")
    assert _captions(article) == []
    assert article.paragraph_texts()[0] == opening


def test_a_photo_label_with_a_credit_in_parentheses_is_a_caption() -> None:
    """'Photo: ...' is a picture's label, not page furniture; its credit is in the parentheses."""
    caption = "Photo: Ana Ruiz waves from the new quay (Jo Lee/Harbour News)"
    article = parse(f"Harbour works begin\n\n{PROSE}\n\n{caption}\n\n{AFTER}")
    _assert_kept_apart(article, caption)
    pictures = [p for p in (article.image, *article.images) if p is not None]
    assert [p.credit for p in pictures if p.caption == caption] == ["Jo Lee/Harbour News"]
    assert article.boilerplate == ()


def test_a_quote_that_mentions_a_newsletter_stays_in_the_body() -> None:
    """A boilerplate phrase inside a paragraph that quotes someone does not make it furniture."""
    quoted = '"It is a coin toss," said Jon Ralston, who writes a politics newsletter.'
    article = parse(f"Race is tied\n\n{PROSE}\n\n{quoted}\n\n{AFTER}")
    assert quoted in article.paragraph_texts()
    assert [q.text for q in article.quotes if q.text == "It is a coin toss"]
    short_prompt = parse(f"Race is tied\n\n{PROSE}\n\nSign up to our daily newsletter.\n\n{AFTER}")
    assert short_prompt.boilerplate


def test_labelled_picture_lines_of_a_copied_page() -> None:
    """A page's "Image source, ..." line credits the "Image caption, ..." line after it: the
    caption is the words after the label, the credit line is kept apart, and neither is body;
    a "Media caption, ..." line is a caption too."""
    text = (
        "Bridge Shut for Repairs\n\n"
        "Image source, Ana Ruiz/Harbour Photos\n\n"
        "Image caption, The bridge was built in 1904\n\n"
        "The bridge will stay shut until May, engineers said on Monday.\n\n"
        "Media caption, Drivers describe the diversion\n\n"
        "Drivers face a long diversion through the town centre."
    )
    article = parse(text)
    assert article.image is not None
    assert article.image.caption == "The bridge was built in 1904"
    assert article.image.credit == "Ana Ruiz/Harbour Photos"
    assert [image.caption for image in article.images] == ["Drivers describe the diversion"]
    assert article.images[0].credit is None
    assert [article.slice(s) for s in article.boilerplate] == [
        "Image source, Ana Ruiz/Harbour Photos"
    ]
    assert article.paragraph_texts() == (
        "The bridge will stay shut until May, engineers said on Monday.",
        "Drivers face a long diversion through the town centre.",
    )
    assert all(actor.name != "Ana Ruiz" for actor in article.actors)


def test_credit_line_far_from_a_caption_credits_nothing() -> None:
    """A credit line with prose after it gives its credit to no later caption."""
    text = (
        "Bridge Shut for Repairs\n\n"
        "Image source, Harbour Photos\n\n"
        "The bridge will stay shut until May, engineers said on Monday.\n\n"
        "Image caption, Drivers queue at the diversion\n\n"
        "Drivers face a long diversion through the town centre."
    )
    article = parse(text)
    assert article.image is not None
    assert article.image.caption == "Drivers queue at the diversion"
    assert article.image.credit is None
