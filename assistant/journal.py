"""One writer at a time per index, and a note of the vectors it is changing.

Several processes may change one index folder: the web app (an upload, a deletion), an
``assistant ingest`` in a terminal. ``writing`` makes each wait for the others (an
advisory lock on the folder, released by the system if its holder dies).

Before a document's vectors are written or deleted, the ids of the chunks concerned are
noted in a ``Journal`` beside the store; the note is removed once the store is committed
and the replaced vectors deleted. A writer killed in between leaves the note, and the
next ingest deletes, among those ids only, the vectors the store does not list: no scan
of the whole collection, and never a vector that this index's records do not name.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> journal = Journal(folder, "health_chunks-0a1b2c3d")
    >>> journal.write(["doc:1", "doc:2"])
    >>> journal.ids()
    ['doc:1', 'doc:2']
    >>> journal.clear(); journal.ids()
    []
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

LOCK = "writing.lock"


class Journal:
    """The chunk ids whose vectors a writer of one collection is changing."""

    def __init__(self, folder: Path, collection: str) -> None:
        self.path = folder / f"writing-{collection}.json"

    def write(self, ids: Iterable[str]) -> None:
        """Note the ids (with those already noted), durably, before their vectors change."""
        noted = sorted(set(self.ids()) | set(ids))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(noted, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)

    def ids(self) -> list[str]:
        """The ids noted and not cleared: [] when none (or the note cannot be read)."""
        try:
            noted = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            logger.warning("cannot read %s (%s): ignoring it", self.path, error)
            return []
        return [str(one) for one in noted] if isinstance(noted, list) else []

    def clear(self) -> None:
        """The changes noted are done."""
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".tmp").unlink(missing_ok=True)


@contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Change the index in ``folder`` alone: wait, saying so, while another process does."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.info("another process is changing the index in %s: waiting for it", folder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
