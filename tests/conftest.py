"""Fixtures shared by the test modules: the corpora run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.ingest import read_inputs
from newsdesk.model import Corpus
from newsdesk.pipeline import analyze

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="session")
def example_corpus() -> Corpus:
    """The bundled fictional corpus (examples/corpus), analyzed without a database."""
    return analyze(read_inputs([EXAMPLES])).corpus


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    """The seed articles beside the checkout, analyzed; skipped when they are absent."""
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not available")
    return analyze(read_inputs([SEEDS])).corpus
