"""Latency benchmark: warm time per question and per claim, and process start to first answer.

Runs every question of a set through one warm ``Assistant`` several times (the machine is
shared: the best pass is the machine's own speed, the spread says how noisy it was), then
times ``assistant ask`` as a new process over the existing index.

Usage:
    python benchmarks/latency.py                          # evals/dev.jsonl, 3 passes
    python benchmarks/latency.py --set evals/claims_dev.jsonl --passes 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.chat import Assistant
from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def one_pass(assistant: Assistant, rows: list[dict]) -> list[float]:
    times = []
    for row in rows:
        began = time.perf_counter()
        if "claim" in row:
            assistant.check(row["claim"])
        else:
            assistant.ask(row["question"], row.get("history", []))
        times.append((time.perf_counter() - began) * 1000)
    return times


def first_answer_seconds(question: str) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant", "ask", question], cwd=ROOT,
                   env=dict(os.environ), check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "evals" / "dev.jsonl")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assistant = Assistant.from_settings(Settings(progress=False))
    one_pass(assistant, rows[:5])  # warm-up: models loaded, caches filled
    passes = []
    for number in range(1, args.passes + 1):
        times = one_pass(assistant, rows)
        passes.append((statistics.median(times), percentile(times, 0.95)))
        print(f"pass {number}: p50 {passes[-1][0]:.0f} ms, p95 {passes[-1][1]:.0f} ms "
              f"({len(rows)} items)")
    best = min(passes)
    print(f"best pass: p50 {best[0]:.0f} ms, p95 {best[1]:.0f} ms")
    start = [first_answer_seconds("Quel est le montant de la cotisation 2020 de l'EPT ?")
             for _ in range(3)]
    print(f"process start to first answer (existing index): {min(start):.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in start)})")


if __name__ == "__main__":
    main()
