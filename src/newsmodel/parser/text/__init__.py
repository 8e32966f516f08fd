"""Stage 1 and what every stage reads: the text view (paragraphs, sentences, tokens) and the article's structure."""

from newsmodel.parser.text._structure import Structure, find_structure
from newsmodel.parser.text._view import TextView, split_paragraphs, split_sentences, view

__all__ = ["Structure", "TextView", "find_structure", "split_paragraphs", "split_sentences", "view"]
