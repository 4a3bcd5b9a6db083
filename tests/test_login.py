"""The web app's login: how it is given, right and wrong passwords, guessing slowed."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from assistant.login import LOCKOUT, MAX_FAILURES, WINDOW, Login, parse_auth


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_only_the_user_and_its_password_open_the_app():
    login = Login("staff", "s3cret", Clock())
    assert login("staff", "s3cret")
    assert not login("staff", "S3cret")
    assert not login("admin", "s3cret")
    assert not login("", "")


def test_repeated_wrong_passwords_lock_every_login_for_a_while():
    clock = Clock()
    login = Login("staff", "s3cret", clock)
    for _ in range(MAX_FAILURES):
        assert not login("staff", "guess")
    assert not login("staff", "s3cret")  # locked: the right password too
    clock.now += LOCKOUT - 1
    assert not login("staff", "s3cret")
    clock.now += 2
    assert login("staff", "s3cret")


def test_wrong_passwords_spread_over_time_do_not_lock():
    clock = Clock()
    login = Login("staff", "s3cret", clock)
    for _ in range(3 * MAX_FAILURES):
        assert not login("staff", "typo")
        clock.now += WINDOW / (MAX_FAILURES - 1) + 0.1
    assert login("staff", "s3cret")


def test_auth_is_user_colon_password():
    assert parse_auth("staff:s3cret:x") == ("staff", "s3cret:x")
    assert parse_auth(None) is None and parse_auth("") is None
    for bad in ("staff", ":pw", "staff:"):
        with pytest.raises(AssistantError):
            parse_auth(bad)
