"""Officials and state bodies named without their country ("the foreign minister", "le chef de la
diplomatie", "Der Minister", "Глава МИД", "وزير الخارجية", "l'armée", "die Regierung") take the country
of the same office or body named earlier in the article with its country ("Le chef de la diplomatie
française ...", "Verteidigungsminister Boris Pistorius ...", "l'armée soudanaise"), else the
country of the headline's label ("Soudan : l'armée lance une offensive"). A headline's office takes the
country the lead names it with ("Le chef de la diplomatie reçu à Alger" / "Le ministre espagnol des
Affaires étrangères ..."); an office no mention gives a country takes the one the language's own press
means by it alone ("Cumhurbaşkanı", "der Kanzler": ``data/home_offices.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from vigie_extractor.core.knowledge.actors import ActorMention

# The office a bare "minister" ("the minister", "Der Minister", "Bakan") holds: any minister's.
GENERIC_MINISTER = "Minister"
# Mentions that name an office holder or a state body: not a seat of power that an office noun was
# read with ("Cumhurbaşkanı Beyaz Saray'da", the president at the White House).
_HOLDERS = frozenset({"person", "adjective_role", "group"})
# State bodies named by a bare noun ("the army", "la police", "die Regierung").
_STATE_ROLES = frozenset({"GOV", "MIL", "COP"})


def _same_office(office: str, earlier: str | None) -> bool:
    if earlier is None:
        return False
    if office == GENERIC_MINISTER:
        return earlier.endswith(GENERIC_MINISTER) and earlier != "Prime Minister"
    return earlier == office


def _same_body(mention: ActorMention, prev: ActorMention) -> bool:
    """``prev`` names the office of ``mention``, or the same state body with its country ("l'armée
    soudanaise" is named "Sudan army", a bare "l'armée" "army")."""
    if mention.office is not None:
        return _same_office(mention.office, prev.office)
    return prev.office is None and prev.role == mention.role and prev.name.endswith(f" {mention.name}")


def _with_country(mention: ActorMention, country: str, prev: ActorMention | None) -> ActorMention:
    role = mention.role or (prev.role if prev else None)
    return replace(
        mention,
        country=country,
        code=f"{country}{role}" if role else country,
        person=prev.person if prev else None,
        office=prev.office if prev else mention.office,
    )


def office_antecedent(
    mention: ActorMention | None,
    earlier: list[ActorMention],
    label: str | None = None,
    other: str | None = None,
    near: list[ActorMention] | None = None,
    *,
    lead: Sequence[ActorMention] = (),
    home: Mapping[str, str] | None = None,
) -> ActorMention | None:
    """``mention`` with the country (and person) of the nearest earlier mention of its office or
    body that has one, or else of the headline label ``label``, when it is an office or a state body
    named without a country; ``mention`` itself otherwise. Neither takes the country of the event's
    other side ``other``: "Israeli strikes hit military sites" are not Israel's sites, a state's own
    troops it mobilises are no second side, and "the head of state spoke with the Ivorian president"
    names two presidents. A bare body looks back only as far as the mentions ``near`` it (the headline
    and the previous sentence), an office through the article. A headline's office, with no earlier
    mention, takes the country of the same office named in the ``lead``; an office still without one
    takes its ``home`` country, the one the language's press means by the office alone.

    >>> fm = ActorMention(0, 30, "Turkey's foreign minister", "Hakan Fidan", "TUR", "GOV", "TURGOV",
    ...                   person="Hakan Fidan", office="Foreign Minister", kind="adjective_role")
    >>> bare = ActorMention(40, 56, "foreign minister", "foreign minister", None, "GOV", "GOV",
    ...                     office="Foreign Minister", kind="group")
    >>> office_antecedent(bare, [fm]).code
    'TURGOV'
    >>> army = ActorMention(60, 68, "the army", "army", None, "MIL", "MIL", kind="group")
    >>> office_antecedent(army, [fm], label="SDN").code
    'SDNMIL'
    >>> president = ActorMention(0, 13, "Cumhurbaşkanı", "president", None, "GOV", "GOV",
    ...                          office="President", kind="group")
    >>> office_antecedent(president, [], other="RUS", home={"President": "TUR"}).code
    'TURGOV'
    """
    if mention is None or mention.country is not None or mention.person or mention.kind != "group":
        return mention
    if mention.office is None and mention.role not in _STATE_ROLES:
        return mention
    bare = mention.office is None
    looked = [p for p in reversed(near if bare and near is not None else earlier) if p.end <= mention.start]
    named = _named_body(mention, [*looked, *(() if bare else lead)], other)
    if named is not None and named.country is not None:
        return _with_country(mention, named.country, named)
    country = _default_country(mention, label, other, home)
    return _with_country(mention, country, None) if country is not None else mention


def _named_body(
    mention: ActorMention, mentions: Sequence[ActorMention], other: str | None
) -> ActorMention | None:
    """The first of ``mentions`` that names ``mention``'s office or body with a country not ``other``."""
    return next(
        (
            m
            for m in mentions
            if m.country is not None and m.country != other and m.kind in _HOLDERS and _same_body(mention, m)
        ),
        None,
    )


def _default_country(
    mention: ActorMention, label: str | None, other: str | None, home: Mapping[str, str] | None
) -> str | None:
    """The headline label's country for a state body, else the home country of an office alone."""
    if label is not None and label != other and mention.role in _STATE_ROLES:
        return label
    country = (home or {}).get(mention.office or "")
    return country if country != other else None
