"""Where the public extraction benchmarks are, and their rows (read at run time, never copied)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"  # ../shared beside the checkout
EVAL = Path(os.environ.get("NEWSDESK_EVAL", _BESIDE))
SETS = {"aeb": EVAL / "scrapinghub-aeb", "trafeval": EVAL / "trafilatura-eval"}


def load_rows(name: str, split: str) -> list[dict[str, Any]]:
    """The rows of one split (`dev`, `test`, or `all`) of a benchmark."""
    path = SETS[name] / ("ground_truth.jsonl" if split == "all" else f"{split}.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
