"""Which page a document reads like (sport, business, culture, games, politics), from its headline and lead.

"Arsenal storm past Chelsea", "Aldi greift Lidl an", "Trump threatens 100% tariffs": on the sports,
business and culture pages fight and threat words are mostly metaphors, yet real attacks happen
there too (a bomb at a stadium, a drone on a refinery). The genre is read once per document from the
domain cues of ``data/genre/<lang>.yaml``, with whether the piece is an opinion column; the
extractor then asks a violent or coercive trigger of such a document for hard evidence in its
sentence (``context.hard_evidence``): an armed actor, a weapon, or an evidence word (explosives,
gunmen, the killed and wounded).

The same files hold, under ``genres``, the cues of the article's genre as the signal states it
(opinion, analysis, explainer, anniversary), read by ``article_genre``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.article_genre import PieceCues, parse_pieces
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.patterns import compile_any
from vigie_extractor.core.triggers import TriggerDataError

# Election campaigns and parliamentary debates ("politics") speak of fights and rallies that are not
# news of force or protest: "launched a final offensive", "MPs clashed over the budget".
DOMAINS: tuple[str, ...] = ("sport", "business", "culture", "games", "politics")
_LISTS = ("sport", "business", "culture", "games", "evidence", "force", "opinion")
# Optional lists: a language without them simply has no such cue.
_OPTIONAL = ("plot", "politics", "rally")
# The pages where a sentence may tell a story's plot rather than the news.
FICTION_DOMAINS = frozenset({"culture", "games"})
# The headline and lead: where a page shows what it is about.
LEAD_CHARS = 700


@dataclass(frozen=True)
class GenreCues:
    """One language's domain cues, the hard-evidence words fights need on such pages, and the cues
    of the article's genre (``pieces``)."""

    lang: str
    min_cues: int
    domains: dict[str, re.Pattern[str]]
    evidence: re.Pattern[str] | None
    force: re.Pattern[str] | None
    opinion: re.Pattern[str] | None
    pieces: PieceCues
    plot: re.Pattern[str] | None = None
    rally: re.Pattern[str] | None = None

    def is_opinion(self, folded: str) -> bool:
        """True when the lead marks an opinion or analysis piece ("Opinion:", "Kommentar:",
        "écrit l'auteur"): the events it does not date are ones it recalls."""
        return self.opinion is not None and self.opinion.search(folded[:LEAD_CHARS]) is not None

    def genre(self, folded: str) -> str | None:
        """The domain with the most distinct cues in the lead of ``folded``: at least ``min_cues``, and
        more than its distinct evidence words (a lead about a bomb at a stadium is about the bomb).

        >>> cues = load_genres()["en"]
        >>> cues.genre("arsenal beat chelsea 3-1 at the emirates stadium on saturday.")
        'sport'
        >>> cues.genre("russian troops shelled kharkiv overnight.") is None
        True
        """
        lead = folded[:LEAD_CHARS]
        counts = {
            name: len({m.group(0).strip() for m in rule.finditer(lead)})
            for name, rule in self.domains.items()
        }
        best = max(counts, key=lambda name: counts[name], default=None)
        if best is None or counts[best] < self.min_cues:
            return None
        evidence = (
            0 if self.evidence is None else len({m.group(0).strip() for m in self.evidence.finditer(lead)})
        )
        return best if counts[best] > evidence else None


def domain_in(cues: GenreCues, genre: str, folded: str, span: tuple[int, int]) -> bool:
    """A cue of the ``genre`` domain in ``folded[span]`` ("tariffs", "stadium")."""
    rule = cues.domains.get(genre)
    return rule is not None and rule.search(folded, *span) is not None


def _mentions(rule: re.Pattern[str] | None, folded: str, lo: int, hi: int, skip: tuple[int, int]) -> bool:
    """True when ``rule`` matches in ``folded[lo:hi]`` outside the ``skip`` span (the trigger)."""
    if rule is None:
        return False
    return any(m.end() <= skip[0] or m.start() >= skip[1] for m in rule.finditer(folded, lo, hi))


def evidence_in(cues: GenreCues, folded: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """An evidence word (explosives, gunmen, killed, troops...) in ``span``, outside the trigger."""
    return _mentions(cues.evidence, folded, *span, trigger)


def force_in(cues: GenreCues, folded: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """A word of military force (troops, invasion, nuclear...) in ``span``, outside the trigger."""
    return _mentions(cues.force, folded, *span, trigger)


def plot_in(cues: GenreCues, folded: str, span: tuple[int, int]) -> bool:
    """A word that tells a story's plot in ``folded[span]`` ("по сюжету", "the player", "heroes")."""
    return cues.plot is not None and cues.plot.search(folded, *span) is not None


def is_rally(cues: GenreCues, folded: str, trigger: tuple[int, int]) -> bool:
    """True when the protest trigger ``folded[trigger]`` is a word that also names a campaign rally
    ("rallies", "meeting", "митинг", "miting"), not a word only protest has ("protesters", "marched")."""
    return cues.rally is not None and cues.rally.search(folded, *trigger) is not None


def parse_genre(lang: str, raw: Any) -> GenreCues:
    """Validate the parsed content of ``data/genre/<lang>.yaml`` (``TriggerDataError`` if bad)."""
    where = f"genre/{lang}.yaml"
    if not isinstance(raw, dict) or raw.get("lang") != lang:
        raise TriggerDataError(f"{where}: needs 'lang: {lang}'")
    unknown = set(raw) - {"lang", "prefix", "suffix", "min_cues", "genres", *_LISTS, *_OPTIONAL}
    if unknown:
        raise TriggerDataError(f"{where}: unknown keys {sorted(unknown)}")
    min_cues = raw.get("min_cues")
    if not isinstance(min_cues, int) or isinstance(min_cues, bool) or min_cues < 1:
        raise TriggerDataError(f"{where}: min_cues must be a positive integer")
    prefix, suffix = str(raw.get("prefix") or ""), str(raw.get("suffix") or "")
    compiled: dict[str, re.Pattern[str] | None] = {}
    for key in _LISTS:
        items = raw.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i for i in items):
            raise TriggerDataError(f"{where}: {key}: expected a non-empty list of strings")
        try:
            compiled[key] = compile_any(items, prefix, suffix)
        except re.error as exc:
            raise TriggerDataError(f"{where}: {key}: {exc}") from exc
    for key in _OPTIONAL:
        items = raw.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise TriggerDataError(f"{where}: {key}: expected a list of strings")
        try:
            compiled[key] = compile_any(items, prefix, suffix) if items else None
        except re.error as exc:
            raise TriggerDataError(f"{where}: {key}: {exc}") from exc
    domains = {name: rule for name in DOMAINS if (rule := compiled.get(name)) is not None}
    pieces = parse_pieces(where, raw.get("genres"))
    return GenreCues(
        lang,
        min_cues,
        domains,
        compiled["evidence"],
        compiled["force"],
        compiled["opinion"],
        pieces,
        plot=compiled["plot"],
        rally=compiled["rally"],
    )


def load_genres() -> dict[str, GenreCues]:
    """Every supported language's genre cues, validated."""
    out: dict[str, GenreCues] = {}
    for lang in LANGUAGES:
        path = resources.files("vigie_extractor.core").joinpath(f"data/genre/{lang}.yaml")
        try:
            raw = yaml.safe_load(path.read_text("utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise TriggerDataError(f"genre/{lang}.yaml: cannot read: {exc}") from exc
        out[lang] = parse_genre(lang, raw)
    return out
