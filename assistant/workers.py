"""Questions and claims answered in processes of their own, so many users share every core.

Python runs one thread at a time in a process: answered in the web app's own process, a
crowd's questions wait in line for one core while the others idle. With a Chroma server
(``ASSISTANT_CHROMA_HOST``), a pool of answering processes (``ASSISTANT_ANSWER_PROCESSES``)
answers questions, each over its own open index, which follows the store on disk as
``Index.sync`` does (an upload or a deletion made by the app is read at the next
question). Fact-checks have a process of their own, so a long draft never holds a
question back. With an embedded Chroma store, or no answering processes, everything is
answered in the caller's process.

Example:
    >>> workers = Workers(Settings(), assistant)  # doctest: +SKIP
    >>> answer = workers.ask("Quel est le montant de la cotisation 2020 ?")  # doctest: +SKIP
    >>> answer.citations[0].label  # doctest: +SKIP
    'Article 5'

"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from threadpoolctl import threadpool_limits

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.index import Index
from assistant.retrieve import Filters
from assistant.types import Answer, Verdict

logger = logging.getLogger(__name__)
Result = TypeVar("Result")

#: The assistant of an answering process (set when the process starts).
_own: Assistant | None = None


def _start(settings: Settings, parent: int) -> None:
    """An answering process's start: its own index and assistant, ready to answer.

    The processes share the cores: each computes on one thread, and its idle threads
    sleep. OpenMP threads (the embedder's) otherwise spin between two questions, and
    three processes spinning on two cores made every answer three times slower.
    """
    global _own
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # read when the embedder is loaded
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    threadpool_limits(1)  # numerical libraries already loaded
    threading.Thread(target=_follow, args=(parent,), daemon=True).start()
    _own = Assistant(Index.open(settings))


def _follow(parent: int) -> None:
    """Stop this process when the app that started it is gone (killed, not shut down)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _assistant() -> Assistant:
    if _own is None:
        raise AssistantError("this process answers nothing: it was not started by Workers")
    return _own


def _warm() -> int:
    """Load what the first question would (the lexical index, the embedder); the pid."""
    own = _assistant()
    own.index.lexical  # noqa: B018 (built on first use)
    own.index.query_vector("bonjour")
    return os.getpid()


def _ask(question: str, history: Sequence[str], filters: Filters | None) -> Answer:
    return _assistant().ask(question, history, filters, llm=False)


def _check(claim: str) -> Verdict:
    return _assistant().check(claim)


class Workers:
    """Answering processes for the web app's questions, and one for its claims.

    Args:
        settings: the index the processes open; ``answer_processes`` of them answer
            questions (0: the ``assistant`` given answers everything, in this process).
        assistant: this process's assistant over the same index.

    """

    def __init__(self, settings: Settings, assistant: Assistant) -> None:
        self.settings = settings
        self.assistant = assistant
        self._pools: dict[str, ProcessPoolExecutor] = {}
        self._lock = threading.Lock()

    @property
    def processes(self) -> int:
        """How many processes answer questions (0: none, this process answers).

        Only against a Chroma server: an embedded Chroma store is read consistently only
        by the process that writes it (an answering process did not find the vectors of
        a document the app had just added, while the app kept running).
        """
        return self.settings.answer_processes if self.settings.chroma_host else 0

    def ask(self, question: str, history: Sequence[str] = (),
            filters: Filters | None = None) -> Answer:
        """The extractive answer to ``question``, from an answering process when there are."""
        if not self.processes:
            return self.assistant.ask(question, history, filters, llm=False)
        return self._run("questions", _ask, question, list(history), filters)

    def check(self, claim: str) -> Verdict:
        """The verdict on ``claim``, from the claims' own process when there are processes."""
        if not self.processes:
            return self.assistant.check(claim)
        return self._run("claims", _check, claim)

    def start(self) -> list[int]:
        """Start processes now and load what a first answer needs; their pids.

        The pool starts a process for each call that finds none idle, up to its size.
        """
        if not self.processes:
            return []
        questions, claims = self._pool("questions"), self._pool("claims")
        # one warming call per process: a call waits there while the others start
        started = [questions.submit(_warm) for _ in range(self.processes)]
        started.append(claims.submit(_warm))
        try:
            return sorted({future.result() for future in started})
        except BrokenProcessPool as error:  # the first question will say so, and retry
            logger.warning("the answering processes did not start: %s", error)
            return []

    def close(self) -> None:
        """Stop the processes (questions waiting for one are dropped)."""
        with self._lock:
            pools, self._pools = self._pools, {}
        for pool in pools.values():
            pool.shutdown(wait=True, cancel_futures=True)

    def _pool(self, kind: str) -> ProcessPoolExecutor:
        with self._lock:
            if kind not in self._pools:
                size = self.processes if kind == "questions" else 1
                self._pools[kind] = ProcessPoolExecutor(
                    size, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start, initargs=(self.settings, os.getpid()))
            return self._pools[kind]

    def _run(self, kind: str, task: Callable[..., Result], *args: Any) -> Result:
        """``task(*args)`` in a process of ``kind``; once more in new processes if one died."""
        try:
            return self._submit(kind, task, *args)
        except BrokenProcessPool as error:
            logger.warning("an answering process stopped (%s): starting another", error)
        try:
            return self._submit(kind, task, *args)
        except BrokenProcessPool as error:
            raise AssistantError(
                "the answering processes keep stopping (out of memory?); see the app's log, "
                "or set ASSISTANT_ANSWER_PROCESSES=0 to answer in the app's own process"
            ) from error

    def _submit(self, kind: str, task: Callable[..., Result], *args: Any) -> Result:
        pool = self._pool(kind)
        try:
            return pool.submit(task, *args).result()
        except BrokenProcessPool:
            with self._lock:  # the next call starts new processes
                if self._pools.get(kind) is pool:
                    del self._pools[kind]
            pool.shutdown(wait=False, cancel_futures=True)
            raise
