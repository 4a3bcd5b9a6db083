"""Labelled sets: question and claim sets, and the documents they are asked of.

Two layouts are read:

- a JSONL file of ``evals/`` (``dev.jsonl``, ``claims_holdout5.jsonl``): questions or
  claims on the configured corpus (``corpus/``);
- a folder of ``evals/corpora/`` holding its own documents (``docs/``, with an optional
  ``manifest.yaml``), ``questions.jsonl`` and ``claims.jsonl``: a set of new documents,
  indexed apart from the corpus, in ``<index_dir>/sets/<name>``.

``evals/corpora/sets.yaml`` says which folder sets are frozen (never trained or tuned on: the
honest number) and records each set's first-run score.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.evaluation import is_claim_set
from assistant.index import Index

logger = logging.getLogger(__name__)

REGISTRY_NAME = "sets.yaml"


@dataclass(frozen=True)
class LabelledSet:
    """A set of questions and/or claims with the documents they are asked of.

    ``docs`` is None for a set on the configured corpus.
    """

    name: str
    questions: Path | None
    claims: Path | None
    docs: Path | None = None
    frozen: bool = False

    def settings(self, settings: Settings) -> Settings:
        """The settings of the index this set is asked of."""
        if self.docs is None:
            return settings
        return settings.model_copy(update={
            "corpus_dir": self.docs,
            "index_dir": settings.index_dir / "sets" / self.name,
            "chroma_host": None,
        })

    def index(self, settings: Settings) -> Index:
        """The index of the set's documents, ingested first (incremental: fast when unchanged)."""
        own = self.settings(settings)
        report = Index(own).ingest([self.docs] if self.docs is not None else None)
        if report.failed:
            raise AssistantError(f"set {self.name}: " + "; ".join(
                f"{failure.path.name}: {failure.reason}" for failure in report.failed))
        return Index.open(own)


def read_set(path: Path, registry: dict[str, object] | None = None) -> LabelledSet:
    """The set at ``path``: a JSONL file or a folder of documents and questions."""
    if not path.exists():
        raise AssistantError(f"{path}: no such set (a .jsonl file or a folder of evals/corpora)")
    registry = registry if registry is not None else read_registry(path.parent)
    frozen = path.name in (registry.get("frozen") or [])  # type: ignore[operator]
    if path.is_dir():
        questions, claims = path / "questions.jsonl", path / "claims.jsonl"
        if not (path / "docs").is_dir():
            raise AssistantError(f"{path}: a set folder holds docs/, questions.jsonl and "
                                 "claims.jsonl")
        return LabelledSet(path.name, questions if questions.exists() else None,
                           claims if claims.exists() else None, path / "docs", frozen)
    if is_claim_set(path):
        return LabelledSet(path.stem, None, path, None, frozen)
    return LabelledSet(path.stem, path, None, None, frozen)


def read_registry(folder: Path) -> dict[str, object]:
    """``sets.yaml`` of ``folder`` (or of its parent, for ``evals/corpora``), else empty."""
    for candidate in (folder / REGISTRY_NAME, folder.parent / REGISTRY_NAME):
        if candidate.exists():
            data = yaml.safe_load(candidate.read_text(encoding="utf-8")) or {}
            return data if isinstance(data, dict) else {}
    return {}


def corpus_sets(root: Path, include_frozen: bool = False) -> list[LabelledSet]:
    """The folder sets of ``root`` (``evals/corpora``) that ``sets.yaml`` registers.

    A set is registered once its first-run score is recorded; a set being written, or
    not yet run, is no training material.
    """
    registry = read_registry(root)
    known = registry.get("first_run") or {}
    assert isinstance(known, dict)
    sets = [read_set(path, registry) for path in sorted(root.iterdir())
            if path.is_dir() and (path / "docs").is_dir() and path.name in known]
    return [s for s in sets if include_frozen or not s.frozen]


def labelled_sets(root: Path = Path("evals")) -> list[LabelledSet]:
    """The sets the ranker learns from: the corpus's (``evals/*.jsonl``) and evals/corpora's.

    Question sets only, frozen folder sets left out.
    """
    shipped = [read_set(path) for path in sorted(root.glob("*.jsonl"))]
    return [s for s in shipped if s.questions is not None] + corpus_sets(root / "corpora")
