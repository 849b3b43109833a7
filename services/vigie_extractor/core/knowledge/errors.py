"""The one error the knowledge loaders raise: a data file that does not validate."""


class KnowledgeDataError(ValueError):
    """A knowledge data file is missing, malformed or inconsistent (message names file and entry)."""
