"""Shared reading, exclusive writing: how the web app's users share one index.

Questions and claims only read the index, so any number of them run at once. Uploads,
deletions and re-indexing change it, so each waits until no one reads and holds it alone.
Reading is re-entrant (a reader may read again while it reads) and never waits for a
writer that is only waiting, so a reader that reads twice cannot deadlock.

Example:
    >>> lock = ReadWriteLock()
    >>> with lock.read(), lock.read():
    ...     pass
    >>> with lock.write(), lock.read():
    ...     pass
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ReadWriteLock:
    """Many readers or one writer (a writer may read inside its write)."""

    def __init__(self) -> None:
        self._state = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer: int | None = None  # the thread writing

    @contextmanager
    def read(self) -> Iterator[None]:
        """Read while no other thread writes."""
        me = threading.get_ident()
        with self._state:
            while self._writer is not None and self._writer != me:
                self._state.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._state:
                self._readers -= 1
                self._state.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        """Write alone: once every reader has finished and no other thread writes."""
        with self._state:
            while self._writer is not None or self._readers:
                self._state.wait()
            self._writer = threading.get_ident()
        try:
            yield
        finally:
            with self._state:
                self._writer = None
                self._state.notify_all()
