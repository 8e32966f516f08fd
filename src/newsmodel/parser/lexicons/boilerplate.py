"""
Boilerplate: the text around an article that is not the article.

Comment notices, newsletter and share prompts, "Read more" links and copyright lines are
matched on a paragraph's lower-cased start (`PREFIXES`) or anywhere in a short paragraph
(`PHRASES`).
"""

from __future__ import annotations

#: How boilerplate paragraphs begin, lower case; gathered from the page furniture of
#: English-language news sites.
PREFIXES: tuple[str, ...] = (
    "please let us know", "read more", "read next", "related:", "related coverage",
    "related articles", "see also", "more:", "sign up", "subscribe", "share this",
    "share on", "follow us", "follow @", "click here", "copyright", "©", "(c) ",
    "all rights reserved", "advertisement", "story continues below", "comments",
    "join the conversation", "this article originally appeared", "this story originally",
    "originally published", "get the latest", "download our app", "watch:", "listen:",
    "email us", "have a news tip", "we want to hear", "don't miss", "don’t miss",
    "you may also like", "recommended:", "trending:", "video:",
    "reporting by", "editing by", "additional reporting", "contact the author",
    "write to ", "sent from", "view comments", "loading",
)  # fmt: skip

#: Phrases that mark a short paragraph as boilerplate wherever they stand, lower case.
PHRASES: tuple[str, ...] = (
    "all rights reserved", "having issues with commenting", "sign up for our",
    "subscribe to our", "newsletter", "terms of use", "privacy policy", "cookie policy",
    "share this article", "share on facebook", "follow us on", "this material may not be",
    "may not be published, broadcast", "enable javascript",
)  # fmt: skip

#: A paragraph that quotes someone is prose, whatever phrase it holds ('"...," said X, who
#: writes a politics newsletter.'): these marks keep `PHRASES` from taking it.
QUOTATION_MARKS = '"“”«»'

#: Boilerplate is short: a longer paragraph that contains a phrase is kept as body.
#: Tuned by eye on the sample and on polnear-train.jsonl.
MAX_LENGTH = 300
