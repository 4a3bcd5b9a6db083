"""Load benchmark: many users of the web app at once, and a long claim beside a short question.

Starts the web app (`python app.py`) over the existing index on 127.0.0.1, then:

1. **users**: N simultaneous gradio_client users, each asking ``--questions`` questions of a
   set one after the other, end to end over HTTP. Reports errors (an exception, or an answer
   that is an error message) and p50/p95 per question. Every user is bounded by
   ``--deadline`` seconds: questions not answered by then count as errors.
2. **claim in flight**: a short question alone, then the same question while a fact-check
   of a ``--claim-chars``-character claim runs. Reports both times and the delay.

Usage:
    python benchmarks/load.py                       # 50 users, 3 questions each
    python benchmarks/load.py --users 20 --questions 5 --claim-chars 2000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from gradio_client import Client

ROOT = Path(__file__).resolve().parents[1]
SHORT = "Quel est le montant de la cotisation 2020 ?"
#: How an answer that is an error message starts, in the French interface.
ERRORS = ("Erreur", "Une erreur")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def start_app(port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT,
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the app stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit(f"the app did not start in 180 s:\n{log.read_text()}")


def answer_text(result: Any) -> str:
    """The last message of the conversation /respond returns."""
    content = result[0][-1]["content"]
    return " ".join(part.get("text", "") for part in content) if isinstance(content, list) \
        else str(content)


def ask(client: Any, question: str) -> tuple[float, str | None]:
    """Seconds for one question end to end, and what went wrong if anything did."""
    began = time.perf_counter()
    try:
        text = answer_text(client.predict(question, [], [], "fr", api_name="/respond"))
    except Exception as error:  # connection refused, queue full, timeout…
        return time.perf_counter() - began, f"{type(error).__name__}: {error}"
    spent = time.perf_counter() - began
    return spent, (text[:120] if text.startswith(ERRORS) else None)


def user(url: str, questions: list[str], deadline: float) -> list[tuple[float, str | None]]:
    client = Client(url, verbose=False)
    results: list[tuple[float, str | None]] = []
    for question in questions:
        if time.monotonic() > deadline:
            results.append((float("nan"), "not asked before the deadline"))
            continue
        results.append(ask(client, question))
    return results


def users_run(url: str, questions: list[str], users: int, per_user: int,
              seconds: float) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    began = time.perf_counter()
    times: list[float] = []
    errors: list[str] = []
    with ThreadPoolExecutor(max_workers=users) as pool:
        jobs = [pool.submit(user, url, [questions[(u * per_user + k) % len(questions)]
                                        for k in range(per_user)], deadline)
                for u in range(users)]
        for job in as_completed(jobs):
            for spent, error in job.result():
                if error:
                    errors.append(error)
                else:
                    times.append(spent)
    return {"users": users, "questions": users * per_user, "answered": len(times),
            "errors": len(errors), "first_errors": errors[:3],
            "p50_s": round(statistics.median(times), 3) if times else None,
            "p95_s": round(percentile(times, 0.95), 3),
            "wall_s": round(time.perf_counter() - began, 1)}


def claim_in_flight(url: str, claim_chars: int) -> dict[str, Any]:
    client = Client(url, verbose=False)
    alone = statistics.median(ask(client, SHORT)[0] for _ in range(3))
    sentence = ("La communauté verse une subvention de 45 000 € HT au titre de 2024 pour le "
                "fonctionnement du pôle de santé, votée à l'unanimité. ")
    claim = (sentence * (claim_chars // len(sentence) + 1))[:claim_chars]
    checking = Client(url, verbose=False).submit(claim, "fr", api_name="/check_claims")
    began = time.perf_counter()
    while (checking.status().code.name not in ("PROCESSING", "ITERATING", "PROGRESS")
           and time.perf_counter() - began < 10):  # the claim is being checked
        time.sleep(0.05)
    during, error = ask(client, SHORT)
    claim_done_first = checking.done()
    checking.result()
    return {"claim_chars": claim_chars, "question_alone_s": round(alone, 3),
            "question_during_claim_s": round(during, 3), "delay_s": round(during - alone, 3),
            "claim_done_before_the_answer": claim_done_first, "error": error}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=3, help="questions per user")
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds, per run")
    parser.add_argument("--claim-chars", type=int, default=2000)
    parser.add_argument("--set", type=Path, default=ROOT / "evals" / "dev.jsonl")
    parser.add_argument("--port", type=int, default=7899)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "load.json")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    questions = [row["question"] for row in rows if not row.get("history")]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    app = start_app(args.port, args.out.with_suffix(".log"))
    url = f"http://127.0.0.1:{args.port}/"
    try:
        ask(Client(url, verbose=False), SHORT)  # warm-up
        result = {"cores": os.cpu_count(),
                  "load": users_run(url, questions, args.users, args.questions, args.deadline),
                  "claim_in_flight": claim_in_flight(url, args.claim_chars)}
    finally:
        app.terminate()
        app.wait(timeout=30)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
