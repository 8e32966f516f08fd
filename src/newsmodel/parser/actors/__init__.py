"""Stage 2: the people, organizations and places of an article, one actor each across its mentions."""

from newsmodel.parser.actors._coreference import find_actors

__all__ = ["find_actors"]
