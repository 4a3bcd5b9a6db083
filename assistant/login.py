"""The web app's login: one user and password, compared in constant time, guessing slowed.

The login is read from ``user:password`` (``ASSISTANT_AUTH``, ``--auth``) or from the first
line of a file (``--auth-file``).

After ``MAX_FAILURES`` wrong attempts within ``WINDOW`` seconds, every attempt is refused
for ``LOCKOUT`` seconds, the right password too: 200 guesses in half a second become 10
a minute. Each refusal is logged, so that an administrator sees the guessing.

Example:
    >>> login = Login("staff", "s3cret")
    >>> login("staff", "s3cret"), login("staff", "guess")
    (True, False)
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from assistant.errors import AssistantError

logger = logging.getLogger(__name__)

#: Wrong attempts allowed within ``WINDOW`` seconds before logins are refused.
MAX_FAILURES = 10
WINDOW = 60.0
#: How long logins are refused once ``MAX_FAILURES`` is reached, in seconds.
LOCKOUT = 60.0


class Login:
    """Checks a user and password (the callable Gradio's ``auth`` takes).

    Args:
        user: The user name asked.
        password: Its password.
        clock: Seconds, monotonic (``time.monotonic``; another clock in tests).
    """

    def __init__(self, user: str, password: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._user = user.encode("utf-8")
        self._password = password.encode("utf-8")
        self._clock = clock
        self._failures: deque[float] = deque()
        self._locked_until = 0.0
        self._lock = threading.Lock()

    def __call__(self, user: str, password: str) -> bool:
        """Whether ``user`` and ``password`` open the app now."""
        with self._lock:
            now = self._clock()
            if now < self._locked_until:
                logger.warning("login refused: too many wrong passwords, locked for %.0f s",
                               self._locked_until - now)
                return False
            # both compared, in constant time: the answer's delay tells nothing
            right = hmac.compare_digest(user.encode("utf-8"), self._user) & hmac.compare_digest(
                password.encode("utf-8"), self._password)
            if right:
                return True
            self._failures.append(now)
            while self._failures and self._failures[0] <= now - WINDOW:
                self._failures.popleft()
            logger.warning("wrong user or password (%d in the last %.0f s)",
                           len(self._failures), WINDOW)
            if len(self._failures) >= MAX_FAILURES:
                self._locked_until = now + LOCKOUT
                self._failures.clear()
            return False


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``user:password`` -> (user, password); None or empty -> no login.

    Raises:
        AssistantError: when the value is not ``user:password``.

    """
    if not value:
        return None
    user, colon, password = value.partition(":")
    if not (colon and user and password):
        raise AssistantError("--auth / ASSISTANT_AUTH must be user:password, e.g. staff:s3cret")
    return user, password


def read_auth_file(path: Path) -> tuple[str, str]:
    """The login written on the first line of ``path`` as ``user:password``.

    Raises:
        AssistantError: when the file cannot be read or its first line is not
            ``user:password``.

    """
    try:
        first = next(iter(path.read_text(encoding="utf-8").splitlines()), "")
    except (OSError, UnicodeDecodeError) as error:
        raise AssistantError(f"cannot read the login file {path}: {error}; write "
                             "user:password on its first line") from error
    login = parse_auth(first.strip())
    if login is None:
        raise AssistantError(f"the login file {path} is empty: write user:password on its "
                             "first line")
    if path.stat().st_mode & 0o077:
        logger.warning("the login file %s can be read by other users: chmod 600 %s", path, path)
    return login
