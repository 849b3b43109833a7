"""The news of a full article told again in its later paragraphs, folded into its first telling.

Past the lead paragraph, a full article retells its news: a reaction names "the protests" or "the clashes", a
casualty update counts "demonstrators" taken to hospital, the other side gives its own account
("the army said its air defences intercepted a missile launched from Yemen" after the Houthis
claimed a missile strike on Eilat). The labelling guideline counts one event per happening, however
many paragraphs retell it. Two kinds of later telling are the first one's:

- a mention of the news's category in a later sentence that names neither a place nor a day of its
  own (its place, if any, was borrowed from a neighbouring sentence), with sides that agree with an
  earlier telling's (either way round for a meeting, a clash or a call; whatever they are for a
  protest, whose demonstrators, organisers and target a later sentence reads in many ways);
- a fight told on the same day at an agreeing place between the same countries, whichever way round
  the sentence reads them: the struck side's account of the strike ("intercepted a missile launched
  from Yemen"), not a strike back, which falls somewhere else.

The first telling stays as it is: a later telling's sides are often its speaker's (the government
that condemns "the raid" is no side of it), so it lends none.
"""

from __future__ import annotations

from collections.abc import Collection

from vigie.contracts import Event
from vigie_extractor.core.dedupe import same_actor, same_place
from vigie_extractor.core.own_place import names_own_place
from vigie_extractor.core.taxonomy import ALERTABLE, FIGHT_LIKE

# Categories whose two sides may be told in either order (as in ``dedupe``).
_UNORDERED = frozenset({"phone_call", "visit", "meeting", "clash", "ceasefire", "protest"})
# Categories whose later mentions read their sides too loosely to tell two happenings apart.
_SIDES_LOOSE = frozenset({"protest"})


def _agreeing_sides(o: Event, e: Event) -> bool:
    """Sides that do not tell two happenings apart: the same ones, either way round for a contact or
    a clash, and for a fight the same two countries read the other way round ("İsrail savaş
    uçakları ... hedef aldı" read as Lebanon striking Israel in the ministry's sentence)."""
    if o.category in _SIDES_LOOSE:
        return True
    if same_actor(o.source, e.source) and same_actor(o.target, e.target):
        return True
    if o.plover in FIGHT_LIKE and _reversed_countries(o, e):
        return True
    return o.category in _UNORDERED and same_actor(o.source, e.target) and same_actor(o.target, e.source)


def _bare_mention(o: Event, e: Event, dated: Collection[int]) -> bool:
    """``e`` mentions ``o``'s happening again: same category, no place or day of its own, agreeing
    sides."""
    return (
        o.category == e.category
        and not names_own_place(e)
        and e.evidence.start not in dated
        and _agreeing_sides(o, e)
    )


def _countries(e: Event) -> tuple[str | None, str | None]:
    return (e.source.country if e.source else None, e.target.country if e.target else None)


def _reversed_countries(o: Event, e: Event) -> bool:
    """``o``'s two (different) countries are ``e``'s, the other way round."""
    (a, b), (c, d) = _countries(o), _countries(e)
    return None not in (a, b) and a != b and (a, b) == (d, c)


def _other_side_account(o: Event, e: Event) -> bool:
    """``e`` is the fight ``o`` told again, by the side it struck or in a reaction: same category and
    day, agreeing places both known, and no country that ``o`` does not name, whichever slots the
    sentence reads them in ("intercepted a missile launched from Yemen" reads Yemen as the target)."""
    if o.plover not in FIGHT_LIKE or o.category != e.category or o.event_date != e.event_date:
        return False
    if o.location is None or e.location is None or not same_place(o.location, e.location):
        return False
    named, told = {c for c in _countries(o) if c}, {c for c in _countries(e) if c}
    return bool(named) and told <= named


def fold_later_tellings(events: list[Event], body_start: int, dated: Collection[int]) -> list[Event]:
    """``events`` (in text order) without the later tellings of an earlier alertable event (see the
    module doc): only events of the paragraphs after the lead's (from ``body_start``) are folded;
    ``dated`` holds the starts of the sentences that name a day."""
    kept: list[Event] = []
    for e in events:
        retold = False
        if e.factuality in ALERTABLE and e.evidence.start >= body_start:
            retold = any(
                o.factuality in ALERTABLE
                and o.evidence.start < e.evidence.start
                and (_bare_mention(o, e, dated) or _other_side_account(o, e))
                for o in kept
            )
        if not retold:
            kept.append(e)
    return kept
