"""
Lists: names listed together are of one kind.

"Kraków, Warsaw and Wrocław" are places when one of them is a known place; "Ana Silva,
Tomas Berg and Lia Moreau" are people when a given name or a title vouches for one.
"""

from __future__ import annotations

from collections.abc import Container

from newsmodel.parser.actors._names import Mention

#: What joins the names of a list: "Kraków, Warsaw and Wrocław".
_LIST_JOINERS = (", ", " and ", " or ", ", and ", ", or ")
_LIST_REACH = 6


def listed_beside(text: str, m: Mention, starts: Container[int], ends: Container[int]) -> bool:
    """
    Whether a name is listed right beside another, before or after "and", "or" or a
    comma, of which *starts* and *ends* hold the mentions' starts and ends.
    """
    after = text[m.end : m.end + _LIST_REACH]
    for joiner in _LIST_JOINERS:
        if after.startswith(joiner) and m.end + len(joiner) in starts:
            return True
        start = m.start - len(joiner)
        if start >= 0 and text.startswith(joiner, start) and start in ends:
            return True
    return False
