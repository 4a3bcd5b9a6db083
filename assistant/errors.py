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
