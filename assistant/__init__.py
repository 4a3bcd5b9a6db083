"""Answers questions about public health-cluster documents, citing the exact clause.

Importing the package loads no model and opens no index: the heavy parts load on use.

Example:
    >>> from assistant import Assistant  # doctest: +SKIP
    >>> Assistant.from_settings().ask("Budget Région de la mesure 8 ?")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.config import Settings
from assistant.index import Index

if TYPE_CHECKING:
    from assistant.chat import Assistant

__all__ = ["Assistant", "Index", "Settings"]


def __getattr__(name: str) -> Any:
    # The answering stack (LangChain, retrieval) is imported only when asked for.
    if name == "Assistant":
        from assistant.chat import Assistant

        return Assistant
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
