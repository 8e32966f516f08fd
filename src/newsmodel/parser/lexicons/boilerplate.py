"""
Boilerplate: the text around an article that is not the article.

Comment notices, newsletter and share prompts, "Read more" links and copyright lines are
matched on a paragraph's lower-cased start (`PREFIXES`, after an opening parenthesis:
"(Reporting by ...)"), anywhere in a short paragraph (`PHRASES`), or as the whole
paragraph (`LINES`, the labels of a page's furniture, and `STAMP_WORDS` before a time:
"Published 3 hours ago").
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
    "may not be published, broadcast", "enable javascript", "contributed to this report",
    "contributed reporting",
)  # fmt: skip

#: The labels that head a list of links or topics: the short labels after them ("Local
#: government", "Council tax") are the list's, not the article's.
LIST_HEADS: frozenset[str] = frozenset({
    "related topics", "related", "more on this story", "related internet links",
    "top stories", "most read", "most popular", "features",
})  # fmt: skip

#: Whole paragraphs, lower case, that are the labels of a news page's furniture: they
#: carry no sentence, so they are never the article's. The list heads are among them.
LINES: frozenset[str] = LIST_HEADS | frozenset({
    "share", "share this", "share page", "share this page", "share this story",
    "skip to content", "advertisement", "continue reading", "back to top", "print",
    "email", "listen", "watch", "comments", "close", "menu", "save", "copy link",
})  # fmt: skip

#: The most words of a label in such a list (a linked headline has about 12), and the
#: most labels a list is read for.
LABEL_MAX_WORDS = 12
LIST_MAX_LABELS = 30

#: A paragraph that is one of these words and a time is a page's timestamp: "Published
#: 3 hours ago", "Updated 12 March 2026, 09:15 GMT", "Last updated: May 3, 2026".
STAMP_WORDS: tuple[str, ...] = ("published", "updated", "last updated", "posted", "first published")

#: A paragraph that quotes someone is prose, whatever phrase it holds ('"...," said X, who
#: writes a politics newsletter.'): these marks keep `PHRASES` from taking it.
QUOTATION_MARKS = '"“”«»'

#: Boilerplate is short: a longer paragraph that contains a phrase is kept as body.
#: Tuned by eye on the sample and on polnear-train.jsonl.
MAX_LENGTH = 300
