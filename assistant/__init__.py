"""Answers questions about public health-cluster documents, citing the exact clause.

Importing the package loads no model and opens no index: the heavy parts load on use.

Example:
    >>> from assistant import Settings, Index  # doctest: +SKIP
    >>> Index(Settings()).ingest()  # doctest: +SKIP

"""

from __future__ import annotations

from assistant.config import Settings
from assistant.index import Index

__all__ = ["Index", "Settings"]
