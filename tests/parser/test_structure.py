"""Structure: headline, caption, byline, dateline, body and boilerplate."""

import datetime as dt

import pytest

from newsmodel import Place
from newsmodel.parser import parse


def test_headline_is_the_first_short_line() -> None:
    """The first paragraph is the headline when it is one short line."""
    article = parse("Storm Hits Coast\n\nA storm hit the coast on Monday.")
    assert article.headline == "Storm Hits Coast"
    assert article.paragraph_texts() == ("A storm hit the coast on Monday.",)


def test_single_paragraph_has_no_headline() -> None:
    """A text of one paragraph is all body."""
    article = parse("A storm hit the coast on Monday.")
    assert article.headline is None
    assert len(article.paragraphs) == 1


def test_photo_caption_is_found_and_truncation_marked() -> None:
    """A present-tense picture paragraph with a date and " - " is the caption; "…" cuts it."""
    text = (
        "Port Strike Ends\n\n"
        "Dock worker Lena Moor speaks at a rally in Rotterdam, on March 3, 2020. - "
        "The strike had lasted for …\n\n"
        "The strike at the port ended on Friday.\n\n"
        "Ships began to unload."
    )
    article = parse(text)
    assert article.image is not None
    assert article.image.caption is not None
    assert article.image.caption.startswith("Dock worker Lena Moor speaks")
    assert article.image.caption_truncated
    assert article.paragraph_texts()[0] == "The strike at the port ended on Friday."


def test_ordinary_lead_paragraph_is_not_a_caption() -> None:
    """A lead paragraph in the past tense is body, not a caption."""
    text = "Port Strike Ends\n\nThe strike at the port ended on Friday.\n\nShips unloaded."
    assert parse(text).image is None


def test_boilerplate_is_kept_apart_from_the_body() -> None:
    """Comment notices, newsletter prompts and "Read more" lines go to boilerplate."""
    text = (
        "Storm Hits Coast\n\nA storm hit the coast.\n\n"
        "Read more: how storms form\n\nSign up for our daily newsletter.\n\n"
        "Please let us know if you're having issues with commenting."
    )
    article = parse(text)
    assert article.paragraph_texts() == ("A storm hit the coast.",)
    assert [article.slice(s) for s in article.boilerplate] == [
        "Read more: how storms form",
        "Sign up for our daily newsletter.",
        "Please let us know if you're having issues with commenting.",
    ]


def test_dateline_with_agency() -> None:
    """ "OSLO (Reuters) -" at the start of the body is the dateline."""
    text = "Talks Resume\n\nOSLO (Reuters) - Talks resumed on Tuesday.\n\nBoth sides met."
    article = parse(text)
    assert article.dateline == "OSLO (Reuters)"


def test_dateline_with_dash_only() -> None:
    """A place in capitals and a dash is a dateline too."""
    text = "Talks Resume\n\nNAIROBI — Talks resumed on Tuesday.\n\nBoth sides met."
    assert parse(text).dateline == "NAIROBI"


def test_byline_fills_authors() -> None:
    """A "By ..." line names the authors when none are given, and is not body."""
    text = "Talks Resume\n\nBy Jane Roe and Sam Poe\n\nTalks resumed on Tuesday.\n\nBoth met."
    article = parse(text)
    assert [a.name for a in article.authors] == ["Jane Roe", "Sam Poe"]
    assert article.paragraph_texts()[0] == "Talks resumed on Tuesday."


def test_metadata_passes_through() -> None:
    """Metadata arguments go into the article unchanged."""
    when = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    article = parse(
        "Text of the story.",
        published=when,
        url="https://example.org/a",
        authors=["Ann Lee"],
        publisher="Daily Example",
        section="World",
        keywords=("storms",),
        language="en",
    )
    assert article.published == when
    assert article.url == "https://example.org/a"
    assert article.authors[0].name == "Ann Lee"
    assert article.publisher is not None
    assert article.publisher.name == "Daily Example"
    assert (article.section, article.keywords, article.language) == ("World", ("storms",), "en")


def test_dateline_place_is_a_mention() -> None:
    """The place of a dateline in capitals is a mention of that place."""
    text = "Talks Resume\n\nCAIRO (Reuters) - Talks resumed in Cairo on Tuesday.\n\nBoth met."
    article = parse(text)
    cairo = article.actor("place/cairo")
    assert [article.slice(s) for s in cairo.mentions] == ["CAIRO", "Cairo"]


def test_two_line_headline_with_subtitle() -> None:
    """A title and a subtitle on the next line are the headline together."""
    text = "Rates Rise Again;\nBanks Brace for Slower Growth.\n\nThe central bank raised rates."
    assert parse(text).headline == "Rates Rise Again;\nBanks Brace for Slower Growth."


def test_lead_of_several_sentences_is_no_headline() -> None:
    """A first paragraph of two sentences on one line is body, not a headline."""
    text = (
        "Rates rose sharply on Monday across the country. Banks braced for a long and "
        "difficult year.\n\nThe central bank acted on Monday."
    )
    article = parse(text)
    assert article.headline is None
    assert len(article.paragraphs) == 2


def test_caption_credit_is_the_name_after_its_label_or_inside_its_parentheses() -> None:
    """ "Photo: AFP" credits AFP and "(AP Photo)" AP Photo, and no credit is an actor."""
    for written, credit in (("Photo: AFP", "AFP"), ("(AP Photo)", "AP Photo")):
        article = parse(
            "Port deal\n\n"
            f"Lena Marsh waves to workers in Mombasa on Friday. {written}\n\n"
            "The port will open in May, Lena Marsh said."
        )
        assert article.image is not None
        assert article.image.credit == credit
        assert "Lena Marsh" in {a.name for a in article.actors}
        assert not any(credit in a.name or a.name in credit for a in article.actors)


def test_captions_inside_the_text_are_pictures_kept_out_of_the_body() -> None:
    """A figure's label, a picture credit or a picture's description makes a caption."""
    text = (
        "Harbour works\n\n"
        "The harbour will be dredged this spring, the port authority said.\n\n"
        "Figure 1. The harbour before the works\n\n"
        "Work starts in April and ends in June.\n\n"
        "Boats moored at the quay. Image: Ines Varga.\n\n"
        "A view of the old lighthouse from the pier\n\n"
        "The lighthouse will stay open."
    )
    article = parse(text)
    assert article.image is not None
    assert article.image.caption == "Figure 1. The harbour before the works"
    assert [i.caption for i in article.images] == [
        "Boats moored at the quay. Image: Ines Varga.",
        "A view of the old lighthouse from the pier",
    ]
    assert article.images[0].credit == "Ines Varga"
    body = article.paragraph_texts()
    assert "Work starts in April and ends in June." in body
    assert not [p for p in body if "Figure 1" in p or "Image:" in p or "A view of" in p]
    for picture in (article.image, *article.images):
        assert picture.span is not None
        assert article.slice(picture.span) == picture.caption


def test_a_picture_credit_names_no_actor() -> None:
    """The photographer of a caption's credit is no actor of the article."""
    text = (
        "Harbour\n\nThe harbour will be dredged, said Tomas Reyes.\n\n"
        "Boats moored at the quay. Image: Ines Varga.\n\nWork starts in April."
    )
    names = {a.name for a in parse(text).actors}
    assert "Ines Varga" not in names
    assert "Tomas Reyes" in names


def test_prose_that_mentions_a_figure_stays_in_the_body() -> None:
    """A paragraph that speaks of "figure 2" or of a photo is no caption."""
    text = (
        "Sales\n\nSales rose, the company said.\n\n"
        "As figure 2 shows, most of the rise came in May.\n\n"
        "The photo of the new store was taken on Monday, officials said."
    )
    article = parse(text)
    assert article.images == ()
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("LISBON, Aug 31 (Reuters) - ", "LISBON, Aug 31 (Reuters)"),
        ("TAMPA, Fla., Dec. 8 (UPI) -- ", "TAMPA, Fla., Dec. 8 (UPI)"),
        ("LISBON, 31 August (Reuters) - ", "LISBON, 31 August (Reuters)"),
    ],
)
def test_dated_wire_dateline(opening: str, dateline: str) -> None:
    """The wires' dateline with the day is a dateline: its place is a mention, its month is
    no place, and the words reported after it start after its dash."""
    text = f"Port Deal Agreed\n\n{opening}The port will reopen, officials said.\n\nShips wait."
    article = parse(text)
    assert article.dateline == dateline
    assert not any(a.name in {"Aug", "Dec", "August"} for a in article.actors)
    place = next(a for a in article.actors if isinstance(a, Place))
    assert article.slice(place.mentions[0]) == dateline.split(",", maxsplit=1)[0]
    assert [q.text for q in article.quotes] == ["The port will reopen"]


def test_wire_byline_on_two_lines() -> None:
    """ "By NAME" with the agency on the next line is the byline: the name is the author,
    and neither line is body or an actor."""
    text = (
        "Budget Passes\n\nBy RUTH OKORO\nAssociated Press\n\n"
        "HARARE — The budget passed on Friday.\n\nIt takes effect in May."
    )
    article = parse(text)
    assert [a.name for a in article.authors] == ["RUTH OKORO"]
    assert article.dateline == "HARARE"
    assert article.paragraph_texts()[0] == "HARARE — The budget passed on Friday."
    assert all("Press" not in a.name for a in article.actors)


def test_wire_notes_after_the_story_are_boilerplate() -> None:
    """A rule line, a contributor's note and the wires' reporting credits are not the story,
    and the people they credit are not its actors."""
    notes = [
        "___",
        "Associated Press writer Ana Pereira contributed to this report.",
        "(Reporting by Tomas Berg; Editing by Lia Moreau)",
        "[Additional reporting by Ines Vidal]",
    ]
    text = "Budget Passes\n\nThe budget passed on Friday.\n\n" + "\n\n".join(notes)
    article = parse(text)
    assert article.paragraph_texts() == ("The budget passed on Friday.",)
    assert [article.slice(s) for s in article.boilerplate] == notes
    assert article.actors == ()


def test_page_furniture_is_boilerplate() -> None:
    """A page's timestamp, share button and list of topics, pasted with the story, are kept
    apart from it."""
    furniture = [
        "Published 3 hours ago",
        "Share",
        "Updated 12 March 2026, 09:15 GMT",
        "Posted: Mar 12, 2026 / 09:15 AM EST",
        "Last updated on May 3, 2026 at 6:40 p.m.",
    ]
    topics = [
        "Related Topics",
        "Local government",
        "Council tax",
        "More on this story",
        "Council tax bills to rise across the county next year",
    ]
    text = (
        "Council Tax to Rise\n\n"
        + "\n\n".join(furniture)
        + "\n\nThe council voted to raise tax by 3%.\n\n"
        + "\n\n".join(topics)
    )
    article = parse(text)
    assert article.paragraph_texts() == ("The council voted to raise tax by 3%.",)
    assert [article.slice(s) for s in article.boilerplate] == furniture + topics


def test_prose_that_looks_like_furniture_stays_body() -> None:
    """A sentence that opens with "Published", a crosshead after an advertisement label and
    a short line after an ordinary paragraph stay in the body."""
    text = (
        "Council Tax to Rise\n\n"
        "Published figures show tax rose 3% in 2025.\n\n"
        "Advertisement\n\n"
        "What happens next\n\n"
        "The council meets again in May.\n\n"
        "Local government"
    )
    article = parse(text)
    assert article.paragraph_texts() == (
        "Published figures show tax rose 3% in 2025.",
        "What happens next",
        "The council meets again in May.",
        "Local government",
    )


def test_dateline_place_in_capitals_is_no_acronym() -> None:
    """ "WASHINGTON (AP) —" names the place only: no organization is made of the capitals."""
    text = "Farm Bill Passes\n\nWASHINGTON (AP) — The farm bill passed on Thursday.\n\nIt is law."
    article = parse(text)
    assert [(type(a).__name__, a.name) for a in article.actors if "ASHINGTON" in a.name] == []
    assert [type(a).__name__ for a in article.actors if a.name == "Washington"] == ["Place"]
