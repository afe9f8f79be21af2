"""The library's own exception types."""
from __future__ import annotations


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""


class InputError(NewsclaimsError, ValueError):
    """An argument is not something newsclaims can work with.

    The message names the argument and says what was expected, so that a caller
    processing millions of scraped articles can log it and move on.
    """

    def __init__(self, argument: str, message: str):
        self.argument = argument
        super().__init__(f"{argument}: {message}")
