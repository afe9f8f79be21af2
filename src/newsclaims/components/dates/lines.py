"""Where a line of an article's text begins and ends: page furniture (stamps, headings, live-blog
entry heads) is told apart from prose by the line it stands on."""
from __future__ import annotations

import re

LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


def opens_line(text: str, at: int) -> bool:
    """Whether only blanks stand before ``at`` on its line."""
    return not text[line_start(text, at):at].strip()


def whole_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone on its line."""
    return opens_line(text, start) and LINE_END.match(text, end) is not None
