"""The story JSON of `shared/spec/story-json.md`, validated by `schema/story.schema.json`."""

from __future__ import annotations

from newsdesk.model import Corpus


def render_json(corpus: Corpus) -> str:
    """The contract JSON of a corpus: every field present, dates as ISO strings."""
    return corpus.model_dump_json(indent=2) + "\n"
