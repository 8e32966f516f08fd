"""The project's sample article, parsed end to end."""

from pathlib import Path

import pytest

from newsmodel import Actor, Article, Organization, Person, Place
from newsmodel.parser import parse
from newsmodel.parser._pipeline import Draft, actors_stage, structure_stage
from newsmodel.parser.text._view import view

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "iran-iraq-military-ties.txt"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    return parse(SAMPLE.read_text(encoding="utf-8"))


def test_sample_structure(article: Article) -> None:
    """Headline, truncated caption, boilerplate and twelve body paragraphs."""
    assert (
        article.headline == "Iran Seeks Deeper Military Influence in Iraq amid Tensions with U.S."
    )
    assert article.image is not None
    assert article.image.caption is not None
    assert article.image.caption.startswith("President Hassan Rouhani speaks")
    assert article.image.caption_truncated
    assert [article.slice(s) for s in article.boilerplate] == [
        "Please let us know if you're having issues with commenting."
    ]
    assert len(article.paragraphs) == 12


def _stage_actors() -> tuple[Actor, ...]:
    """The actors as the actors stage (stage 2) finds them, before speakers add any."""
    draft = Draft(view=view(SAMPLE.read_text(encoding="utf-8")))
    for stage in (structure_stage, actors_stage):
        draft = stage(draft)
    return draft.actors


def test_sample_people() -> None:
    """The actors stage finds exactly four people, each once, with roles and affiliations."""
    people = {a.name: a for a in _stage_actors() if isinstance(a, Person)}
    assert set(people) == {
        "Hassan Rouhani",
        "Amir Hatami",
        "Najah Hassan Ali Al-Shammari",
        "Donald Trump",
    }
    iran, iraq, us = "place/iran", "place/iraq", "place/united-states"
    assert (people["Hassan Rouhani"].role, people["Hassan Rouhani"].affiliation) == (
        "President",
        iran,
    )
    hatami = people["Amir Hatami"]
    assert (hatami.honorific, hatami.role, hatami.affiliation) == (
        "Brig. Gen.",
        "defense chief",
        iran,
    )
    assert "Gen. Hatami" in hatami.aliases
    shammari = people["Najah Hassan Ali Al-Shammari"]
    assert (shammari.role, shammari.affiliation) == ("defense chief", iraq)
    assert "Shammari" in shammari.aliases
    trump = people["Donald Trump"]
    assert (trump.role, trump.affiliation) == ("President", us)
    assert "Trump" in trump.aliases


def test_sample_role_phrases_corefer(article: Article) -> None:
    """ "Iran’s defense chief" and "the Iraqi defense chief" are mentions of the two men."""
    hatami = article.actor("person/amir-hatami")
    shammari = article.actor("person/najah-hassan-ali-al-shammari")
    assert "Iran’s defense chief" in {article.slice(s) for s in hatami.mentions}
    assert "Iraqi defense chief" in {article.slice(s) for s in shammari.mentions}


def test_sample_organizations(article: Article) -> None:
    """The PMF (one actor), the agencies, the Pentagon and its IG, State and the IS."""
    orgs = {a.name: a for a in article.actors if isinstance(a, Organization)}
    assert orgs["Popular Mobilization Forces"].acronym == "PMF"
    assert "PMF" not in orgs
    assert {"Tasnim News Agency", "Mehr News Agency", "Pentagon", "U.S. State Department"} <= set(
        orgs
    )
    assert orgs["inspector general"].acronym == "IG"
    assert {"ISIS", "ISIL"} <= set(orgs["Islamic State"].aliases)


def test_sample_places(article: Article) -> None:
    """Each place once across its spellings, countries with ISO codes."""
    places = [a for a in article.actors if isinstance(a, Place)]
    names = [p.name for p in places]
    assert len(names) == len(set(names))
    assert {"Iran", "Iraq", "United States", "Syria", "Tehran", "Baghdad", "Middle East"} <= set(
        names
    )
    assert article.actor("place/iran").iso_code == "IR"  # type: ignore[union-attr]
