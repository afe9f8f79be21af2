"""Where a line of an article's text begins and ends: page furniture (stamps, headings, live-blog
entry heads) is told apart from prose by the line it stands on."""
from __future__ import annotations

import re
from functools import lru_cache

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


# a live blog's entry head: a clock time set off by a dash or colon before its title
# ("13:20 GMT - Zelensky: decision now rests with Russia", "11:20 a.m. - Curfews announced")
ENTRY_HEAD = re.compile(r"[ \t]*(?P<h>[0-9]{1,2})[:.](?P<m>[0-9]{2})(?:[ \t]*(?P<ap>[ap])\.?m\.?)?"
                        r"(?:[ \t]+[A-Z]{2,4})?[ \t]*[-–—:|][ \t]+\S", re.IGNORECASE)


def _minutes(head: re.Match) -> int:
    """The minute of the day an entry head's clock time names."""
    hour = int(head["h"]) % 12 if head["ap"] else int(head["h"])
    return 60 * (hour + (12 if (head["ap"] or "").lower() == "p" else 0)) + int(head["m"])


@lru_cache(maxsize=64)
def blog_heads(text: str) -> frozenset[int]:
    """Where the entry heads of a live blog begin: lines opening on a clock time and a dash,
    newest first. A timeline of a day gone by runs the other way ("11:00 am – Police receive
    911 calls", then "11:40 am – ..."), so its heads are not the page's stamps. One step up is
    allowed, for a blog that runs past midnight."""
    heads = [(i, _minutes(m)) for i in (0, *(j + 1 for j, ch in enumerate(text) if ch == "\n"))
             if (m := ENTRY_HEAD.match(text, i))]
    steps = [b[1] - a[1] for a, b in zip(heads, heads[1:])]
    ups, downs = sum(d > 0 for d in steps), sum(d < 0 for d in steps)
    return frozenset(i for i, _ in heads) if ups <= 1 and downs > ups else frozenset()
