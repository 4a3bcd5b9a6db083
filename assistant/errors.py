"""Named errors; each message says what went wrong and how to fix it."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error the assistant reports to its user."""


class CorpusError(AssistantError):
    """A document cannot be read or understood (reported and skipped during ingestion)."""


class UnsupportedFileError(CorpusError):
    """The file type is not one the assistant can read."""


class IndexMismatchError(AssistantError):
    """The index on disk was built with other settings than the configured ones."""


class IndexWriteError(AssistantError):
    """The index cannot be written (disk, permissions or Chroma server)."""


class EmbedderError(AssistantError):
    """The configured embedding model cannot be loaded."""


class UploadRejected(CorpusError):
    """A file given to the web app was refused; nothing was added to the corpus or the index.

    ``reason`` says why, for the interface to word it in its language: ``type``, ``empty``,
    ``size``, ``duplicate`` or ``unreadable`` (``detail`` then holds the reader's reason).
    """

    def __init__(self, message: str, reason: str, name: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name
        self.detail = detail
