"""The extractor's knowledge base: actors (people, countries, roles, organisations) and places.

Everything is data under ``data/`` (see ``data/README.md``), loaded and validated once by
``ActorLexicon.load()`` and ``Gazetteer.load()``.
"""

from vigie_extractor.core.knowledge.actors import ActorLexicon, ActorMention
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.places import Gazetteer, PlaceMention

__all__ = ["ActorLexicon", "ActorMention", "Gazetteer", "KnowledgeDataError", "PlaceMention"]
