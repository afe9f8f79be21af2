"""Markup and noise left in scraped text: split them off the words they touch.

spaCy's English tokenizer keeps "<b>500</b>" as the tokens "<", "b>500</b", ">", so the
number, and every layer that reads it, is lost; so is "500\\x07" (a control character
glued to it). Splitting at angle brackets, around entities such as "&nbsp;", and around
control and zero-width characters leaves ordinary prose untouched (it has none of them)
and makes "500" a token of its own, with its offsets still pointing into the original text.
"""
from __future__ import annotations

import re

from spacy.language import Language

# C0/C1 controls other than tab and line breaks, zero-width space, word joiner, BOM.
NOISE = "[\\x00-\\x08\\x0e-\\x1f\\x7f-\\x9f\\u200b\\u2060\\ufeff]"
INFIXES = (r"[<>]", r"&(?:[A-Za-z]+|#\d+|#[xX][0-9A-Fa-f]+);", NOISE)
SUFFIXES = (r"</?[A-Za-z][A-Za-z0-9]*>?$", NOISE + "$")
PREFIXES = ("^" + NOISE,)


def split_markup(nlp: Language) -> Language:
    """Teach ``nlp``'s tokenizer to split markup off words (idempotent)."""
    tok = nlp.tokenizer
    infix = _pattern(tok.infix_finditer)
    if INFIXES[0] in infix:
        return nlp
    tok.infix_finditer = re.compile("|".join(filter(None, [infix, *INFIXES]))).finditer
    tok.suffix_search = re.compile("|".join(filter(None, [_pattern(tok.suffix_search), *SUFFIXES]))).search
    tok.prefix_search = re.compile("|".join(filter(None, [_pattern(tok.prefix_search), *PREFIXES]))).search
    return nlp


def _pattern(bound_method) -> str:
    """The regex source behind a tokenizer's compiled search function ('' if none)."""
    regex = getattr(bound_method, "__self__", None)
    return regex.pattern if isinstance(regex, re.Pattern) else ""
