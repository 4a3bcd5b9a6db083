r"""What a user types, made safe to read: control characters out, length bounded, words there.

A question or claim comes from a chat box, a terminal or a batch file. Terminal colour
codes ("ESC[31m") and other control characters are not text: left in, "31" would be read
as a figure. A text with no word the index can search (whitespace, punctuation, a script
the documents are not written in) is answered by no passage. A text longer than a
paragraph is no question or claim, and reading it would hold everyone else up.

Example:
    >>> clean("\x1b[31mQuel budget ?\x1b[0m")
    'Quel budget ?'
    >>> searchable("?!  …"), searchable("Quel budget ?")
    (False, True)
"""

from __future__ import annotations

import re

from assistant.errors import AssistantError
from assistant.lexical import tokenize

#: The longest question and claim read, in characters: a long paragraph.
MAX_QUESTION = 1_000
MAX_CLAIM = 2_000
#: Terminal escape sequences and the control characters other than tab and line breaks.
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters, whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def searchable(text: str) -> bool:
    """Whether ``text`` holds a word or number the lexical index can look for."""
    return bool(tokenize(text))


def bounded(text: str, what: str, limit: int) -> str:
    """``text`` cleaned, or an error saying how to shorten it.

    Raises:
        AssistantError: the text is longer than ``limit`` characters.
    """
    text = clean(text)
    if len(text) > limit:
        raise AssistantError(
            f"the {what} is {len(text):,} characters long; ask about one sentence or "
            f"paragraph at a time (at most {limit:,} characters)")
    return text
