"""Officials named by their office alone ("the foreign minister", "le chef de la diplomatie", "Der
Minister", "Глава МИД", "وزير الخارجية") take the country of the same office named earlier in the
article with its country ("Le chef de la diplomatie française ...", "Verteidigungsminister Boris
Pistorius ...")."""

from __future__ import annotations

from dataclasses import replace

from vigie_extractor.core.knowledge.actors import ActorMention

# The office a bare "minister" ("the minister", "Der Minister", "Bakan") holds: any minister's.
GENERIC_MINISTER = "Minister"
# Mentions that name an office holder: not a seat of power that an office noun was read with
# ("Cumhurbaşkanı Beyaz Saray'da", the president at the White House).
_HOLDERS = frozenset({"person", "adjective_role", "group"})


def _same_office(office: str, earlier: str | None) -> bool:
    if earlier is None:
        return False
    if office == GENERIC_MINISTER:
        return earlier.endswith(GENERIC_MINISTER) and earlier != "Prime Minister"
    return earlier == office


def office_antecedent(mention: ActorMention | None, earlier: list[ActorMention]) -> ActorMention | None:
    """``mention`` with the country (and person) of the nearest earlier mention of its office
    that has one, when it is an office named without a country; ``mention`` itself otherwise.

    >>> fm = ActorMention(0, 30, "Turkey's foreign minister", "Hakan Fidan", "TUR", "GOV", "TURGOV",
    ...                   person="Hakan Fidan", office="Foreign Minister", kind="adjective_role")
    >>> bare = ActorMention(40, 56, "foreign minister", "foreign minister", None, "GOV", "GOV",
    ...                     office="Foreign Minister", kind="group")
    >>> office_antecedent(bare, [fm]).code
    'TURGOV'
    """
    if mention is None or mention.country is not None or mention.office is None or mention.person:
        return mention
    office = mention.office
    for prev in reversed(earlier):
        if (
            prev.end <= mention.start
            and prev.country is not None
            and prev.kind in _HOLDERS
            and _same_office(office, prev.office)
        ):
            role = mention.role or prev.role
            return replace(
                mention,
                country=prev.country,
                code=f"{prev.country}{role}" if role else prev.country,
                person=prev.person,
                office=prev.office,
            )
    return mention
