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

#: How a picture's caption inside the text may open: a figure's label and number
#: ("Figure 2.", "Fig. 3:", "Map 1"). From the caption styles of reports and
#: encyclopaedias (APA, Chicago, Wikipedia).
FIGURE_LABELS: tuple[str, ...] = (
    "Figure", "Fig.", "Table", "Listing", "Extract", "Exhibit", "Plate", "Map", "Chart",
    "Graph", "Image", "Photo", "Picture", "Illustration", "Diagram",
)  # fmt: skip

#: Picture credits and licences that mark a paragraph inside the text as a caption:
#: the agencies' credits above, and the credit lines of Wikimedia, Flickr and Creative
#: Commons ("Image: Danny Newman", "Photo by X under a CC license").
INLINE_CREDIT_WORDS: tuple[str, ...] = (
    *CREDIT_WORDS, "Image:", "Photo by", "Photograph by", "Picture:", "licensed under CC",
    "under a CC license", "under a CC licence", "is in the Public Domain", "File photo",
    "Getty Images", "(courtesy of", "Courtesy of", "CC BY", "photograph, c.", " image:",
    "Image;",
)  # fmt: skip

#: Where a person stands in the picture, written only in captions: "Hill (right) with ...",
#: "Ana Ruiz (centre) and ...". From the caption style of wire-service photo desks.
PICTURE_POSITIONS: tuple[str, ...] = (
    "(left)", "(right)", "(center)", "(centre)", "(from left)", "(pictured)", "(top)",
    "(bottom)",
)  # fmt: skip

#: Words that make a line a clause rather than a picture's description: the auxiliary and
#: modal verbs and the subject pronouns. A caption line between paragraphs names what the
#: picture shows ("Fort Lee Historic Park, a reconstruction of ...") and holds none of them.
CLAUSE_WORDS: frozenset[str] = frozenset(
    {
        "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "can",
        "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does",
        "did", "i", "you", "we", "he", "she", "they", "it", "isn't", "aren't", "wasn't",
        "weren't", "don't", "doesn't", "didn't", "can't", "won't", "it's", "i'm", "there's",
        "that's", "let's", "please",
    }
)  # fmt: skip

#: Lower-case words that do not describe: articles, prepositions and conjunctions. A
#: caption line in sentence case holds a lower-case word besides these.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "and", "or", "to", "for", "with", "from",
        "by", "as", "into", "near", "de", "la", "le", "du", "del", "van", "von",
    }
)  # fmt: skip

#: How a caption that describes its picture may open: "Map of Guadeloupe", "A bust of
#: Patrick Gordon in ...", "View of the bridge". From the caption style of Wikipedia and
#: Wikivoyage; each is read at the start of a short paragraph only.
PICTURE_OPENERS: tuple[str, ...] = (
    "Map of ", "View of ", "Photo of ", "Photograph of ", "Portrait of ", "Icon of ",
    "Bust of ", "Statue of ", "File photo of ", "This map ", "This photo ", "This picture ",
    "A bust of ", "A view of ", "A portrait of ", "A statue of ", "A photo of ",
    "A map of ", "The map of ",
)  # fmt: skip

#: How a heading or a question may open, never a caption line: "How The Onion writes an
#: issue", "Why the vote matters". From the headings of explainers and how-to guides.
HEADING_OPENERS: tuple[str, ...] = (
    "How ", "Why ", "What ", "When ", "Where ", "Who ", "Which ", "Whether ",
)  # fmt: skip

#: How a news page labels a picture's credit and caption on lines of their own, as the
#: text of the page reads when it is copied: "Image source, Getty Images" then "Image
#: caption, The bridge in 2019". The credit line goes with the caption line after it.
SOURCE_LABELS: tuple[str, ...] = (
    "Image source, ", "Image source: ", "Media source, ", "Image copyright, ",
    "Image copyright: ",
)  # fmt: skip
CAPTION_LABELS: tuple[str, ...] = (
    "Image caption, ", "Image caption: ", "Media caption, ", "Media caption: ",
    "Video caption, ", "Caption: ",
)  # fmt: skip
