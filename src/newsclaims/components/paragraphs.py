"""``newsclaims_paragraphs``: a blank line ends a sentence, before the parser sees it; so does
the line break after a live blog's entry head.

The small English parser runs sentences across paragraph breaks now and then (a headline
into the first paragraph, a quote's last paragraph into the next one). Every layer reads
the parse, so one such sentence gives a speaker from the wrong paragraph, a date
attached to the wrong verb. News paragraphs never continue a sentence over a blank line,
so the token after one is marked as a sentence start, which the parser then respects.
Runs before the parser; a Doc that is already parsed is left alone.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .dates.lines import ENTRY_HEAD


def is_paragraph_break(tok: Token, min_newlines: int = 2) -> bool:
    """A whitespace token holding a blank line: what separates two paragraphs."""
    return tok.is_space and tok.text.count("\n") >= min_newlines


def ends_entry_head(tok: Token) -> bool:
    """Whether a line break follows a live blog's entry head: its title has no full stop, and the
    entry's first sentence would otherwise run on from it."""
    if not (tok.is_space and "\n" in tok.text):  # (a token's own trailing whitespace is one space at most)
        return False
    text = tok.doc.text
    return ENTRY_HEAD.match(text, text.rfind("\n", 0, tok.idx) + 1) is not None


class ParagraphBreaks:
    """Marks the first token after ``min_newlines`` or more line breaks as a sentence start."""

    def __init__(self, name: str, min_newlines: int = 2):
        self.name = name
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc
        n = len(doc)
        for tok in doc[:-1]:
            if is_paragraph_break(tok, self.min_newlines) or ends_entry_head(tok):
                first = doc[tok.i + 1]
                first.is_sent_start = True
                # an opening mark ('"They left," ...', '- He said ...') stays with its words:
                # left free, the parser makes a sentence of the mark alone
                if first.is_punct and first.i + 1 < n and not doc[first.i + 1].is_space:
                    doc[first.i + 1].is_sent_start = False
        return doc


@Language.factory("newsclaims_paragraphs", default_config={"min_newlines": 2})
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> ParagraphBreaks:
    return ParagraphBreaks(name, min_newlines=min_newlines)
