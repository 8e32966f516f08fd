"""Words that mark a paragraph as a photo caption rather than the article's prose."""

from __future__ import annotations

#: Present-tense verbs of what a picture shows: "X speaks at ...", "Y gestures during ...".
#: From the caption style of wire-service photo desks (AP, Reuters, AFP, Getty).
CAPTION_VERBS: frozenset[str] = frozenset(
    {
        "speaks", "attends", "arrives", "arrive", "gestures", "gesture", "waves", "wave",
        "poses", "pose", "walks", "walk", "delivers", "listens", "listen", "looks", "stands",
        "stand", "sits", "sit", "holds", "hold", "shakes", "greets", "greet", "addresses",
        "gather", "gathers", "march", "marches", "celebrate", "celebrates", "reacts",
        "react", "smiles", "talks", "meets", "leaves", "leave", "pictured", "seen", "takes",
        "inspect", "inspects", "chant", "chants", "protest", "wait", "waits", "visits",
    }
)  # fmt: skip

#: Picture credits as agencies write them after a caption.
#: From the credit lines of AP, Reuters, AFP, Getty Images and EPA.
CREDIT_WORDS: tuple[str, ...] = (
    "AFP/Getty", "Getty Images", "/AFP", "AFP PHOTO", "REUTERS/", "Reuters/", "AP Photo",
    "(AP)", "EPA/", "/EPA", "Photo:", "Photograph:", "Image copyright", "Image caption",
    "(Photo", "Credit:", "/ AFP", "/Reuters",
)  # fmt: skip
