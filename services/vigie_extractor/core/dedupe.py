"""One event per real happening within an article: merge the duplicates, then number in text order.

Two events are the same when they share the category and factuality class and their sides and
places do not disagree (an unknown side or place agrees with anything; "the rebels" and "the
opposition" are one side; a city agrees with its country and with a place nearby). A fight told
twice — by two words of one sentence, or again in a later paragraph on the same day — by one
attacker at one place is one event even when the mentions read its target by different roles ("the
fighting lasted hours and civilians were among the dead"), and so is a strike told by two words of
one sentence one of which reads the attacker as the side struck ("un missile russe s'est abattu"),
and a contact read in its sentence as a country meeting itself is a misreading of the contact it
sits in; a fight of a later sentence that names no country and no place, on the day of an earlier
fight, is a detail of it; and a later sentence that tells a strike again with no place and no struck
country, reading the struck country as the attacker ("the raids targeted depots of the Syrian
army", "Hamas called the attack a massacre"), is that strike with its sides misread: a place borrowed
from a neighbouring sentence is no place of its own (``own_place``), such a retelling lends the strike
no side, and the telling that names the real attacker is kept. A later sentence whose place is
borrowed, on the day of an earlier telling, is not told apart by that place ("clashes near Babanusa in
West Kordofan ... the army repelled an attack on its base"), and two clash words of one sentence on one
day are one clash whatever sides each reads. The most confident one is kept, and the slots it
lacks are filled from the others. Before that, a vague
event that a precise one of the same sentence absorbs is dropped (``_ABSORBED_BY``), and so is a
contact that codes no real happening: a call with nobody on either side, a meeting with one party
only (a speaker meeting village heads at home) unless that party is a multilateral body, a meeting
of two sides of one country that are neither armed groups nor the opposition (home politics), a visit
with no host (a minister's trip at home) or "hosted" by the police, troops or civilians of the
visitor's own country (a tour at home) or with neither a visitor nor a named host (relatives
welcoming a crew back in its home port). An event told after a denial of a happening of its
category at an agreeing place, in the same sentence, is that denied happening (``_denied_again``). A
fight told in the sentence of a ceasefire violation, or
at the same place elsewhere, is that violation ("opened fire, violating the truce"). A fight or an
aid delivery told after a sanction in its sentence is what the sanction punishes, and a weapon listed
after a military aid delivery is hardware, not a strike. Last, a
headline event folds into the lead event that tells it again (``_merge_headline``): the only lead
event of its category at an agreeing place, whatever sides the telegraphic headline read, or for a
strike, a lead strike of another category with agreeing sides (the category naming the means wins),
unless the lead already tells the headline's strike in its own category (a later paragraph's strike
in other words is then no twin), or for a contact, a lead contact of the same two parties in vaguer
or finer words (the call or visit the headline's "talks" are; the finer category wins). A happening
told several times keeps the factuality and, on a tie,
the date of its first telling in the body (``tellings``); two tellings of the body that give two days
and two named places are two happenings, however near the places (``tellings.apart``), and a headline
event the body already tells folds no lead event of another day elsewhere. A denied, hypothetical or
planned act swallows only the vague mentions told after it, which go on in its frame
(``_may_absorb``). A named place has one rally a day and one fall in a story: two protests there on
one day, or two captures of it, are one whatever sides each reads (``_one_happening_at``), and a
protest of a later sentence that names no place retells the rally told before (``_rally_retold``).
"""

from __future__ import annotations

import math

from vigie.contracts import Actor, Event, Location
from vigie_extractor.core.own_place import names_own_place
from vigie_extractor.core.taxonomy import ALERTABLE, FIGHT_LIKE, FIRE
from vigie_extractor.core.tellings import Tellings, apart

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
# Roles that name the same side in different words ("the rebels", "the opposition"; "the
# government", "the army"), for de-duplication only.
_ROLE_FAMILY = {"REB": "REB", "OPP": "REB", "INS": "REB", "GOV": "GOV", "MIL": "GOV"}
# Categories whose two sides may be told in either order ("A hosted B" = "B visited A"; a protest
# "against the government" and one "marching to Congress" whose sides protest_sides sets later).
_UNORDERED = frozenset({"phone_call", "visit", "meeting", "clash", "ceasefire", "protest"})
# Happenings a named place has one of in a news story: a rally (on one day), the fall of a town.
_ONE_PER_PLACE = frozenset({"protest", "capture"})


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Compatible actors: one is unknown, or neither country nor role disagrees."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.role and b.role and _ROLE_FAMILY.get(a.role, a.role) != _ROLE_FAMILY.get(b.role, b.role):
        return False
    if a.country or b.country:
        return True
    return a.name == b.name or (a.role is not None and b.role is not None)


def same_place(a: Location | None, b: Location | None) -> bool:
    """Compatible places: one is unknown, same name, a country and a place inside it, or two places of
    one country close enough to be a town and its district or region (title "Shostka", lead "Sumy")."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.country is None or a.country != b.country:
        return False
    if "country" in (a.feature, b.feature):
        return True
    region = "region" in (a.feature, b.feature)
    if None in (a.lat, a.lon, b.lat, b.lon):
        return region
    return _km(a, b) <= (REGION_KM if region else NEARBY_KM)


# Two places of one country this close (km) may name the same spot at two scales.
NEARBY_KM = 80.0
# A region (province, oblast) and a place of its country this close may be the place and its region
# (title "North Kivu", lead "Sake"): regions are located by a centre far from their towns.
REGION_KM = 250.0


def _km(a: Location, b: Location) -> float:
    """Great-circle distance between two located places."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v or 0.0)) for v in (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def same_event(o: Event, e: Event) -> bool:
    """True when ``o`` and ``e`` tell the same happening (see the module docstring)."""
    same_sentence = o.evidence.start == e.evidence.start
    if o.category != e.category or not (same_sentence or _placed_alike(o, e)):
        return False
    if o.factuality != e.factuality and not {o.factuality, e.factuality} <= ALERTABLE:
        return False
    if (same_sentence and _told_twice_in_one_sentence(o, e)) or _one_happening_at(o, e):
        return True
    if same_actor(o.source, e.source) and same_actor(o.target, e.target):
        return True
    if _struck_again(o, e) or _told_reversed(o, e):
        return True
    return o.category in _UNORDERED and same_actor(o.source, e.target) and same_actor(o.target, e.source)


def _placed_alike(o: Event, e: Event) -> bool:
    """The places of ``o`` and ``e`` do not tell two happenings apart: they agree, or the later telling
    borrows its place from a neighbouring sentence and falls on the same day ("clashes near Babanusa
    in West Kordofan ... the army repelled an attack on the division's base": the base is in
    Babanusa, not wherever "Kordofan" points)."""
    if same_place(o.location, e.location):
        return True
    later, first = (e, o) if e.evidence.start > o.evidence.start else (o, e)
    same_day = later.event_date is not None and later.event_date == first.event_date
    return same_day and not names_own_place(later)


def _told_twice_in_one_sentence(o: Event, e: Event) -> bool:
    """Two triggers of one sentence and category that tell one happening whatever sides each reads:
    a rally ("protesters marched to parliament to protest"), an arrival and its visit noun sharing a
    side ("وصل فيدان إلى بغداد في زيارة رسمية"), a contact one of whose readings has one country on
    both sides (a visit "to Damascus" read as Syria visiting Syria), a strike one of whose readings
    takes the attacker for the side struck (``_attacker_read_as_struck``), a threat told by its verb
    and by its content ("warned that the attacks will not go unanswered, threatening Israel": one
    speech act, whoever each reading takes for the speaker)."""
    if o.category in ("protest", "threat"):
        return True
    if o.category == "visit" and _shares_side(o, e):
        return True
    if _attacker_read_as_struck(o, e) or _attacker_read_as_struck(e, o):
        return True
    if _one_fight_told_twice(o, e):
        return True
    return _one_sided(o) or _one_sided(e)


def _one_fight_told_twice(o: Event, e: Event) -> bool:
    """Two clash triggers of one sentence at an agreeing place on one day are one fight, whatever
    sides each reads: the verb and its noun ("se enfrentaron ... en unos combates que dejaron tres
    muertos", "affronté ... les combats"), where the noun's sides are often read from a nearby place
    name or the casualties."""
    return (
        o.category == e.category == "clash"
        and same_place(o.location, e.location)
        and o.event_date is not None
        and o.event_date == e.event_date
    )


def _attacker_read_as_struck(o: Event, e: Event) -> bool:
    """Two strike triggers of one sentence, one of which names no attacker and reads the other's
    attacker as the side struck ("Un missile balistique russe s'est abattu sur un immeuble de
    Zaporijia": "russe" read as the missile's victim): one strike, its sides misread."""
    if o.plover not in FIGHT_LIKE or e.source is not None or e.target is None or o.source is None:
        return False
    return e.target.country is not None and e.target.country == o.source.country


def _one_happening_at(o: Event, e: Event) -> bool:
    """Two protests at the same named place on the same day are one rally whatever each reads as its
    target (headline "Thousands rally in Tbilisi", lead "... rallied outside parliament to protest
    against a media law"): what a crowd protests against is often misread as a side. A town falls
    once in the news: two captures of the same named place are one, told again ("The fall of
    Babanusa leaves the army with few positions"), whatever sides or day the retelling reads."""
    if o.category not in _ONE_PER_PLACE or o.location is None or e.location is None:
        return False
    if o.location.name != e.location.name:
        return False
    return o.category == "capture" or (o.event_date is not None and o.event_date == e.event_date)


def _rally_retold(e: Event, events: list[Event]) -> bool:
    """True when the protest ``e`` names no place and an earlier sentence tells a protest at a place:
    the marchers, their banners or what a leader calls them in a later paragraph ("Demonstrators
    waving flags had blocked the avenue", "Вучич назвал протестующих ..."), not a rally of its own."""
    if e.category != "protest" or e.factuality not in ALERTABLE or e.location is not None:
        return False
    return any(
        o.category == "protest"
        and o.factuality in ALERTABLE
        and o.location is not None
        and o.evidence.start < e.evidence.start
        for o in events
    )


# How finely a place locates an event: a town says more than its region, a region more than its country.
_FINENESS = {"country": 0, "region": 1, "other": 1, "city": 2}


def _finer(first: Location | None, second: Location | None) -> Location | None:
    """The place that says more of two places of one event (the title's "Sudan'da", the lead's
    "Babanusa kenti çevresinde": Babanusa); ``first`` on a tie or when either is unknown."""
    if first is None or second is None:
        return first or second
    finer = _FINENESS.get(second.feature, 1) > _FINENESS.get(first.feature, 1)
    return second if finer and second.country == first.country else first


def _shares_side(o: Event, e: Event) -> bool:
    """One side of ``o`` is one of ``e``'s, in either slot (the host city read as a visitor)."""
    sides = [(a, b) for a in (o.source, o.target) for b in (e.source, e.target)]
    return any(a is not None and b is not None and same_actor(a, b) for a, b in sides)


def _struck_again(o: Event, e: Event) -> bool:
    """A fight told twice (two words of one sentence, or a later paragraph that tells it again on the
    same day): one attacker at one place, whose target one mention reads by another role ("combats
    avec des jihadistes qui ont attaqué le camp"; "бои ... среди погибших есть мирные жители")."""
    if o.plover not in FIGHT_LIKE or not same_actor(o.source, e.source):
        return False
    struck = (o.target.country if o.target else None, e.target.country if e.target else None)
    if None not in struck and struck[0] != struck[1]:
        return False
    if not same_place(o.location, e.location):
        return False
    return o.evidence.start == e.evidence.start or (o.event_date is not None and o.event_date == e.event_date)


def _told_reversed(o: Event, e: Event) -> bool:
    """A later sentence that tells the strike ``o`` again on its day, naming no place of its own (a
    place borrowed from a neighbour does not count: ``own_place``) and no struck country, with the
    country ``o`` struck read as the attacker ("the raids targeted ammunition depots of the Syrian
    army"): the same strike, its sides misread. A strike back names whom it hits
    ("Hezbollah drones struck an Israeli base") and stays apart."""
    if o.plover not in FIGHT_LIKE or e.evidence.start <= o.evidence.start or names_own_place(e):
        return False
    if o.event_date is None or o.event_date != e.event_date or o.source is None or o.target is None:
        return False
    if e.source is None or e.source.country is None or e.source.country != o.target.country:
        return False
    return e.target is None or e.target.country is None


def _one_sided(e: Event) -> bool:
    """A contact whose two sides are one country (a visit "to Damascus" read as Syria visiting Syria):
    in the sentence of a contact of its category, a misreading of it."""
    return (
        e.plover == "CONSULT"
        and e.source is not None
        and e.target is not None
        and e.source.country is not None
        and e.source.country == e.target.country
    )


def _merge(
    o: Event,
    e: Event,
    *,
    factuality: str | None = None,
    first: Event | None = None,
    headline_end: int | None = None,
) -> Event:
    """One event of ``o`` and ``e`` (the later telling): the more confident one, with the slots it lacks
    from the other, the finer place, the more precise date (``first``'s, the first telling of the body,
    on a tie: a headline's day is the lead's or the day of publication, a later paragraph's often the
    day it is written) and ``factuality`` when given (which telling decides it: ``tellings``)."""
    best, other = (e, o) if e.confidence > o.confidence else (o, e)
    tellings = (first, best, other) if first is not None else (best, other)
    dated = min(tellings, key=lambda x: _PRECISION_RANK[x.date_precision])
    source, target = _paired_sides(o, e, headline_end)
    return best.model_copy(
        update={
            "source": source,
            "target": target,
            "location": _finer(best.location, other.location),
            "event_date": dated.event_date,
            "date_precision": dated.date_precision,
            "factuality": factuality or best.factuality,
        }
    )


# A vaguer category told in the same sentence as a precise one is the same happening, or its
# background: "a week of fighting" before a truce or a capture, "the attack" of a missile strike,
# "talks" in a phone call. (vague category -> the categories that absorb it)
_ABSORBED_BY: dict[str, frozenset[str]] = {
    "clash": frozenset({"capture", "ceasefire", "ceasefire_violation", "offensive"}),
    "meeting": frozenset({"phone_call", "visit"}),
    "ceasefire": frozenset({"ceasefire_violation"}),
    # a ceasefire violation told through the fire that breaks it is one event ("violated the truce,
    # tank fire killed two"): the weapon does not make a second strike
    "shelling": frozenset({"ceasefire_violation"}),
    "airstrike": frozenset({"ceasefire_violation"}),
    "missile_strike": frozenset({"ceasefire_violation"}),
}
# A weapon listed after a delivery in its sentence is hardware, not a strike ("a package ... including
# air defence systems and artillery ammunition"); this many characters after the delivery's trigger.
_DELIVERED_WITHIN = 160
_WEAPON_STRIKES = frozenset({"shelling", "airstrike", "missile_strike"})


# What a sanction punishes, told after it in its sentence, is its reason, not a new event ("sanctions
# over attacks on civilians in Darfur", "wegen Waffenlieferungen an Russland").
_PUNISHED = frozenset({"FIGHT", "ASSAULT", "AID"})


def _punished(e: Event, events: list[Event]) -> bool:
    """True when ``e`` is the reason of a sanction told before it in its sentence."""
    return e.plover in _PUNISHED and any(
        o.category == "sanction"
        and o.evidence.start == e.evidence.start
        and o.evidence.trigger_end <= e.evidence.trigger_start
        for o in events
    )


def _delivered(e: Event, events: list[Event]) -> bool:
    """True when the strike ``e`` is a weapon listed in a military aid delivery of its sentence."""
    return e.category in _WEAPON_STRIKES and any(
        o.category == "military_aid"
        and o.evidence.start == e.evidence.start
        and o.evidence.trigger_start <= e.evidence.trigger_start <= o.evidence.trigger_end + _DELIVERED_WITHIN
        for o in events
    )


# The next sentence starts this few characters after the end of the one before it (a space, a newline).
_NEXT_SENTENCE = 2


def _breaks_truce(e: Event, events: list[Event]) -> bool:
    """True when ``e`` is the shooting that breaks a truce: a ceasefire violation told in its sentence,
    at the same named place in another sentence (title "troops opened fire in Kalbajar", lead
    "... violating the ceasefire in Kalbajar"), or in the sentence right before it at no other place
    and with no other sides ("... breaking the ceasefire, the army said. Two soldiers were wounded in
    the fighting")."""
    for o in events:
        if o.category != "ceasefire_violation":
            continue
        if o.evidence.start == e.evidence.start:
            return True
        if o.location is not None and e.location is not None and same_place(o.location, e.location):
            return True
        if (
            0 <= e.evidence.start - o.evidence.end <= _NEXT_SENTENCE
            and same_place(o.location, e.location)
            and _same_sides(o, e)
        ):
            return True
    return False


def _violation_sides(events: list[Event]) -> list[Event]:
    """A ceasefire violation takes the sides of the fire that breaks the truce in its sentence when
    that fire names its shooter: a bare "en violation du cessez-le-feu", "trotz der Waffenruhe" has no
    grammar of its own for who broke it ("Des frappes israéliennes ont tué neuf Palestiniens, en
    violation du cessez-le-feu": Israel against the Palestinians)."""
    out = list(events)
    for i, v in enumerate(out):
        if v.category != "ceasefire_violation":
            continue
        shot = next(
            (
                o
                for o in events
                if o.category in FIRE
                and o.evidence.start == v.evidence.start
                and _one_clause(v, o)
                and o.source is not None
                and o.source.country is not None
                and _may_absorb(v, o)
            ),
            None,
        )
        if shot is not None and not (same_actor(v.source, shot.source) and v.source is not None):
            out[i] = v.model_copy(update={"source": shot.source, "target": shot.target or v.target})
    return out


# Marks that end a clause within a sentence ("the army said A shelled B; C accused D of breaking the
# truce": the shelling is not the violation's fire).
_CLAUSE_ENDS = frozenset(";:—–")


def _one_clause(a: Event, b: Event) -> bool:
    """True when the triggers of two events of one sentence stand in one clause (no ";" or ":" between)."""
    lo = min(a.evidence.trigger_end, b.evidence.trigger_end) - a.evidence.start
    hi = max(a.evidence.trigger_start, b.evidence.trigger_start) - a.evidence.start
    return not any(ch in _CLAUSE_ENDS for ch in a.evidence.sentence[max(lo, 0) : max(hi, 0)])


def _in_a_clash(e: Event, events: list[Event]) -> bool:
    """True when the shooting ``e`` ("gunmen", "opened fire") is told in the sentence of a clash: one
    side of that exchange of fire ("a firefight between border guards and gunmen"), not a new attack."""
    return (e.category, e.mode) == ("assault", "firearms") and any(
        o.category == "clash" and o.evidence.start == e.evidence.start for o in events
    )


# Acts of their own: a vague fight joined to one of them by a chain word ("stormed the police station
# and took control of the town", ``chains``) is a second happening, not its background.
_OWN_ACTS = frozenset({"capture", "offensive"})


def _partners(e: Event, events: list[Event], chained: set[frozenset[str]]) -> frozenset[str]:
    """The categories of the acts of its own (``_OWN_ACTS``) that ``e`` is chained to in its sentence."""
    if not chained:
        return frozenset()
    return frozenset(
        o.category
        for o in events
        if o.category in _OWN_ACTS and frozenset((e.event_id, o.event_id)) in chained
    )


def _absorbed(e: Event, events: list[Event], chained: set[frozenset[str]] | None = None) -> bool:
    """True when ``e`` is a vague mention of a precise event of the same sentence (see above); a bare
    "attack" is also the retelling of a precise fight elsewhere in the article at an agreeing place
    (title "attack on a base", lead "jihadists stormed the army base"). A vague fight chained to a
    capture or an offensive (``chained``: pairs of event ids) is absorbed by no event of that
    category: the capture it is joined to is told apart from it, and a headline's capture is that one."""
    if _punished(e, events) or _bare_detail(e, events) or _rally_retold(e, events):
        return True
    own = _partners(e, events, chained or set())
    if e.category == "assault" and e.mode is None:  # a bare "attack" or "strike"
        return any(
            o.plover in FIGHT_LIKE
            and not (o.category == "assault" and o.mode is None)
            and o.category not in own
            and _may_absorb(o, e)  # a fight recalled as background absorbs no news
            and (o.evidence.start == e.evidence.start or same_place(o.location, e.location))
            for o in events
            if o is not e
        )
    if e.category in FIRE and (_breaks_truce(e, events) or _in_a_clash(e, events)):
        return True
    if _delivered(e, events):
        return True
    absorbers = _ABSORBED_BY.get(e.category)
    if not absorbers:
        return False  # most categories absorb into nothing: no need to scan the sentence
    start = e.evidence.start
    return any(
        o is not e
        and o.category in absorbers
        and o.category not in own
        and _may_absorb(o, e)
        and (o.evidence.start == start or _told_again(e, o))
        for o in events
    )


def _lent_attackers(kept: list[Event], gone: list[Event]) -> list[Event]:
    """The kept fights that name no attacker, given the attacker of a bare "attack" they absorbed
    that names both sides: the passive that alone names the agent ("a convoy was ambushed by JNIM
    fighters") folds into the fight told at the same place without one (title "convoy ambushed",
    "in the fighting"), unless that fight's target is the attacker's side."""
    lenders = [
        g
        for g in gone
        if g.category == "assault" and g.mode is None and g.source is not None and g.source.country
    ]
    if not lenders:
        return kept
    out: list[Event] = []
    for o in kept:
        lender = next(
            (
                g
                for g in lenders
                if o.plover in FIGHT_LIKE
                and o.source is None
                and _may_absorb(o, g)
                and (o.evidence.start == g.evidence.start or same_place(o.location, g.location))
                and same_actor(o.target, g.target)
                and g.target is not None
                and (o.target is None or o.target.role is None or not same_actor(g.source, o.target))
            ),
            None,
        )
        out.append(
            o
            if lender is None
            else o.model_copy(update={"source": lender.source, "target": o.target or lender.target})
        )
    return out


def _bare_detail(e: Event, events: list[Event]) -> bool:
    """True when the fight ``e`` names no country on either side and no place, and an earlier sentence
    tells a fight of the same day: a detail of that fight in a later paragraph ("the soldiers were
    attacked with rifles and explosives dropped from drones"), not a fight of its own."""
    if e.plover not in FIGHT_LIKE or e.factuality not in ALERTABLE or e.event_date is None:
        return False
    if e.location is not None or any(a is not None and a.country for a in (e.source, e.target)):
        return False
    return any(
        o.plover in FIGHT_LIKE
        and o.factuality in ALERTABLE
        and o.evidence.start < e.evidence.start
        and o.event_date == e.event_date
        for o in events
    )


def _may_absorb(o: Event, e: Event) -> bool:
    """``o`` may absorb ``e`` unless ``e`` is news (asserted or reported) and ``o`` is not: a fight
    recalled as background ("after weeks of shelling") never swallows the attack of the news, and a
    denied, hypothetical or planned act only swallows a vague mention told after it, which goes on in
    its frame ("denied any airstrike on Tyre, calling the attack a fabrication"). A vague mention told
    before it is told in its own voice ("an attack killed 11 in Sumy ... Moscow denied any missile
    strike on Sumy"; "met in Ankara and are due to hold a phone call next week"). A guess only
    swallows in its own sentence (a threat to answer raids), never the news of another (a
    commentator's "the attack on Lascahobas will not be the last, says a former officer")."""
    if o.factuality in ALERTABLE or e.factuality not in ALERTABLE:
        return True
    if o.factuality == "historical" or o.evidence.trigger_end > e.evidence.trigger_start:
        return False
    return o.factuality != "hypothetical" or o.evidence.start == e.evidence.start


# Vague mentions told in a later sentence that still belong to the precise event of an earlier one:
# talks during a visit ("arrived in Riyadh ... talks with the crown prince"), fighting that goes on
# in a town just captured or under an offensive ("... clashes continued in the town").
_TOLD_AGAIN: dict[str, frozenset[str]] = {
    "meeting": frozenset({"visit"}),
    "clash": frozenset({"capture", "offensive"}),
}


def _told_again(e: Event, o: Event) -> bool:
    """True when the vague ``e`` belongs to ``o`` of another sentence: ``o`` comes first (a visit may
    come after the title's talks), its place agrees and the sides do not contradict it."""
    if o.category not in _TOLD_AGAIN.get(e.category, frozenset()):
        return False
    if o.category != "visit" and o.evidence.start > e.evidence.start:
        return False
    if not same_place(o.location, e.location):
        return False
    sides = (same_actor(o.source, e.source) and same_actor(o.target, e.target)) or (
        same_actor(o.source, e.target) and same_actor(o.target, e.source)
    )
    return sides or e.category == "clash"


# A multilateral body meets without a second party; talks with armed groups or the opposition
# matter even inside one country.
_MEETS_ALONE = frozenset({"IGO"})
_HOME_TALKS_MATTER = frozenset({"REB", "INS", "OPP", "IGO"})


def _home_politics(a: Actor, b: Actor) -> bool:
    """Two sides of one country, neither armed nor opposition: a president with his party's
    officials, a minister with governors."""
    return (
        a.country is not None
        and a.country == b.country
        and a.role not in _HOME_TALKS_MATTER
        and b.role not in _HOME_TALKS_MATTER
    )


def _happened(e: Event) -> bool:
    """False for a contact without participants, or a visit without a host (see the docstring)."""
    if e.plover != "CONSULT":
        return True
    if e.category == "visit":  # a host, and a visitor unless the host is a named actor
        host_is_place = e.target is not None and e.location is not None and e.target.text == e.location.text
        return e.target is not None and (e.source is not None or not host_is_place) and not _home_tour(e)
    if not (_identified(e.source) or _identified(e.target)):
        return False
    if e.category == "meeting":  # two parties, or a multilateral body (a summit, a council)
        sides = [a for a in (e.source, e.target) if a is not None]
        if any(a.role in _MEETS_ALONE for a in sides):
            return True
        return len(sides) == 2 and not _home_politics(sides[0], sides[1])
    return True


def _denied_again(e: Event, events: list[Event]) -> Event:
    """``e`` negated when its sentence first denies a happening of its category at an agreeing place: a
    denial retells the accusation it rejects ("said it had not carried out any strike on Sumy, calling
    Ukrainian reports of a missile attack there a fabrication"). A negation told after the event is
    about something else ("a bomb killed two; no group claimed the attack")."""
    if e.factuality not in ALERTABLE:
        return e
    for o in events:
        if (
            o.factuality == "negated"
            and o.category == e.category
            and o.evidence.start == e.evidence.start
            and o.evidence.trigger_start < e.evidence.trigger_start
            and same_place(o.location, e.location)
        ):
            return e.model_copy(update={"factuality": "negated"})
    return e


# Who a minister meets on a tour at home: police, troops, townspeople; not a host of a visit.
_HOME_HOSTS = frozenset({"COP", "MIL", "CVL"})


def _home_tour(e: Event) -> bool:
    """A visit "hosted" by police, troops or civilians of the visitor's own country (or of a visitor
    named without one): a tour at home ("lors d'un déplacement à Nîmes, le ministre de l'Intérieur a
    annoncé le renfort de 200 policiers"), not a state visit."""
    host, guest = e.target, e.source
    if host is None or host.role not in _HOME_HOSTS:
        return False
    return guest is None or guest.country is None or guest.country == host.country


def _identified(actor: Actor | None) -> bool:
    """A side of a call or meeting that says who met: a country, an international body or a named
    person; "the economy minister met employers' representatives" names nobody (a domestic meeting)."""
    return actor is not None and (
        actor.country is not None or actor.role == "IGO" or actor.person is not None
    )


# Roles of an attacker: a bare "attack" by one of them against another side is a new fight.
_ARMED = frozenset({"MIL", "REB", "INS", "COP", "SPY"})


def _retells(e: Event, o: Event) -> bool:
    """True when ``e``, a bare "attack" told after the fight ``o``, is ``o`` told again ("... shelled
    Kharkiv. Two people died in the attack", "Saldırıyı Eş-Şebab üstlendi"): at an agreeing place, and
    not an armed attacker of another country striking back."""
    if o.plover not in FIGHT_LIKE or o.evidence.start >= e.evidence.start:
        return False
    if not same_place(o.location, e.location):
        return False
    if o.factuality != e.factuality and not {o.factuality, e.factuality} <= ALERTABLE:
        return False
    a, b = e.source, o.source
    return not (
        a is not None
        and b is not None
        and a.country
        and b.country
        and a.country != b.country
        and a.role in _ARMED
    )


def _struck_read_as_attacker(e: Event, o: Event) -> bool:
    """``e``, told after the fight ``o`` at an agreeing place, reads as its attacker the country ``o``
    struck, which ``o``'s own attacker is not: the victim's condemnation or the other side's account
    read as a strike ("Israeli jets struck Khan Younis ... Hamas called the attack a massacre").
    Within one country (rebels killing villagers, then "the army confirmed the attack"), or when no
    telling names the attacker (a claim: "the Taliban said they carried out the attack"), the reading
    tells nothing apart."""
    a, struck, attacker = e.source, o.target, o.source
    if o.plover not in FIGHT_LIKE or o.evidence.start >= e.evidence.start:
        return False
    if a is None or not a.country or struck is None or attacker is None or not attacker.country:
        return False
    return a.country == struck.country != attacker.country and same_place(o.location, e.location)


def _retold_fight(e: Event, kept: list[Event]) -> int | None:
    """The index in ``kept`` of the fight the bare "attack" ``e`` retells, if any: the first one it
    retells (``_retells``), unless ``e`` reads as its attacker a side an earlier telling was struck by
    and no fight it retells has that attacker (``_struck_read_as_attacker``). Such a retelling lends
    no side; it is left to ``_told_reversed``, which merges it with the telling of the real attacker."""
    found = [i for i, o in enumerate(kept) if _retells(e, o)]
    if not found:
        return None
    attacker = e.source.country if e.source is not None else None
    attackers = {a.country for i in found if (a := kept[i].source) is not None}
    if attacker not in attackers and any(_struck_read_as_attacker(e, o) for o in kept):
        return None
    return found[0]


def _fold_retellings(
    events: list[Event], retellings: set[str], chained: set[frozenset[str]] | None = None
) -> list[Event]:
    """Fold each bare "attack" of a later sentence into the fight it retells: merged like duplicates
    when the categories agree, else the fight keeps its category and takes its missing slots (target,
    place, a more precise date) from the retelling. An attack chained to a capture or an offensive of
    its own sentence ("attacked the police station and took the town") retells nothing."""
    kept: list[Event] = []
    for e in events:
        i = (
            _retold_fight(e, kept)
            if e.event_id in retellings and not _partners(e, events, chained or set())
            else None
        )
        if i is None:
            kept.append(e)
            continue
        o = kept[i]
        if o.category == e.category:
            # the retold fight keeps its own telling: "a suicide bomber blew himself up ...; the
            # authorities blamed the Taliban for the attack" accuses someone, it does not report the blast
            kept[i] = _merge(o, e, factuality=o.factuality)
            continue
        dated = min((o, e), key=lambda x: _PRECISION_RANK[x.date_precision])
        kept[i] = o.model_copy(
            update={
                "source": o.source or e.source,
                "target": o.target or e.target,
                "location": o.location or e.location,
                "event_date": dated.event_date,
                "date_precision": dated.date_precision,
            }
        )
    return kept


# How much a strike or an attack (``FIRE``, which a headline may tell in another word than its lead:
# "Israel bombards Khan Younis" / "Israeli aircraft bombed houses") says about the means: a weapon
# (2) says more than the kind of fight (1), which says more than a bare attack (0).


def _specificity(e: Event) -> int:
    if e.category in ("airstrike", "shelling", "missile_strike"):
        return 2
    vague_contact = e.plover == "CONSULT" and e.category in _ABSORBED_BY  # "talks", not the call
    return 0 if (e.category == "assault" and e.mode is None) or vague_contact else 1


def _refines(finer: Event, vaguer: Event) -> bool:
    """``finer`` tells in more precise words the kind of happening ``vaguer`` names ("a call", "talks")."""
    return finer.category in _ABSORBED_BY.get(vaguer.category, frozenset())


def _contact_twin(e: Event, here: list[Event]) -> Event | None:
    """The lead contact that headline contact ``e`` tells in vaguer or finer words, between the same
    two parties in either order: a telegraphic "Erdoğan, Putin ile görüştü" is the lead's phone call
    ("telefonda görüştü"), "Zelensky in Berlin" the lead's talks with the chancellor there. Talks
    held at a named place are no call ("se reúnen en Buenos Aires ... y mantendrán una conversación
    telefónica")."""
    if e.plover != "CONSULT":
        return None
    return next(
        (
            o
            for o in here
            if o.plover == "CONSULT"
            and (_refines(o, e) or _refines(e, o))
            and not _call_and_venue(e, o)
            and (_same_sides(o, e) or (same_actor(o.source, e.target) and same_actor(o.target, e.source)))
        ),
        None,
    )


def _call_and_venue(e: Event, o: Event) -> bool:
    """One of two contacts is a phone call and the other was held at a place its sentence names."""
    if e.category == "phone_call":
        return o.location is not None and o.location.is_event_place
    return o.category == "phone_call" and _named_in_sentence(e) is not None


def _same_sides(o: Event, e: Event) -> bool:
    if same_actor(o.source, e.source) and same_actor(o.target, e.target):
        return True
    return (
        "clash" in (o.category, e.category)
        and same_actor(o.source, e.target)
        and same_actor(o.target, e.source)
    )


def _headline_twin(e: Event, events: list[Event], headline_end: int, lone: bool) -> Event | None:
    """The lead event that headline event ``e`` tells again: among the lead's events of ``e``'s
    category at an agreeing place, the only one, when ``e`` is the headline's only event of that
    category (a telegraphic headline often gets the sides wrong: "Kiev'e füze saldırısı"); else a
    contact the lead tells in vaguer or finer words (``_contact_twin``); else, for
    a strike that is the headline's only kind of strike (``lone``) and a lead with no strike of its
    category, the first lead strike in another strike category whose sides agree (a strike by other
    sides may be the answer to it: "the army replied with a bombardment")."""
    if e.evidence.start >= headline_end:
        return None
    lead = [o for o in events if o.evidence.start >= headline_end]
    place = _named_in_sentence(e)
    here = [
        o
        for o in lead
        if same_place(o.location, place)
        and (o.factuality == e.factuality or {o.factuality, e.factuality} <= ALERTABLE)
    ]
    if any(o.category == e.category for o in lead):
        same = [o for o in here if o.category == e.category]
        alone = not any(
            o is not e and o.category == e.category and o.evidence.start < headline_end for o in events
        )
        return same[0] if len(same) == 1 and alone else None
    contact = _contact_twin(e, here)
    if contact is not None:
        return contact
    if not lone or e.category not in FIRE:
        return None
    return next((o for o in here if o.category in FIRE and _same_sides(o, e)), None)


def _named_in_sentence(e: Event) -> Location | None:
    """The event's place when its own sentence names it; None for a place a telegraphic headline took
    from a neighbouring sentence (a spokesman's city), which says nothing of where it happened."""
    loc = e.location
    if loc is None or loc.text.casefold() in e.evidence.sentence.casefold():
        return loc
    return None


def _twin_of_told(e: Event, twin: Event) -> bool:
    """True when ``twin`` may still be the lead's telling of ``e``, a headline event the body tells
    already: not a strike of another category, nor a happening of another day at another place, nor
    a contact between other sides (a call with another leader: who talks to whom is what a contact
    is, where the sides of a strike are often misread)."""
    if twin.category != e.category or apart(e, twin):
        return False
    return e.plover != "CONSULT" or _same_sides(e, twin)


def _named_sides(e: Event) -> int:
    return (e.source is not None) + (e.target is not None)


def _paired_sides(kept: Event, told: Event, headline_end: int | None) -> tuple[Actor | None, Actor | None]:
    """The sides of one happening told twice: the more confident telling's (``kept``'s on a tie), the
    other's where it names none; but when the headline (which ends at ``headline_end``) names one side
    only, and the body's telling names it in the other slot next to a second side, the sides are the
    body's pair: a telegraphic headline without its auxiliary reads the side struck as the attacker
    ("Convoi de l'armée pris en embuscade" over "a été pris en embuscade par des combattants du JNIM")."""
    sure, unsure = (told, kept) if told.confidence > kept.confidence else (kept, told)
    for body, headline in ((kept, told), (told, kept)):
        if (
            headline_end is not None
            and headline.evidence.start < headline_end <= body.evidence.start
            and _named_sides(body) == 2
            and _named_sides(headline) == 1
            and _crossed(body, headline)
        ):
            return body.source, body.target
    return sure.source or unsure.source, sure.target or unsure.target


def _crossed(full: Event, other: Event) -> bool:
    """``other``'s only side is the side ``full`` names in the other slot."""
    if other.source is not None:
        return _one_side(other.source, full.target) and not _one_side(other.source, full.source)
    return _one_side(other.target, full.source) and not _one_side(other.target, full.target)


def _one_side(a: Actor | None, b: Actor | None) -> bool:
    """Both name the same side: one sector, and one country or one of them unknown ("the army", "the
    Malian army")."""
    if a is None or b is None or a.role is None or a.role != b.role:
        return False
    return a.country is None or b.country is None or a.country == b.country


def _merge_headline(
    events: list[Event],
    headline_end: int | None,
    lone: bool,
    told_by: dict[int, Tellings],
) -> list[Event]:
    """Fold each headline strike into its lead twin (``_headline_twin``): one event, in the category
    that says more about the means (the lead's on a tie: it tells the means in more words), with the
    sides of the more confident one (the other's where it has none), the slots either one knows and
    the factuality its tellings give it (``told_by``: the tellings of each event, by ``id``)."""
    if headline_end is None:
        return events
    kept = list(events)
    for e in events:
        twin = _headline_twin(e, kept, headline_end, lone)
        if twin is None or (told_by[id(e)].in_body and not _twin_of_told(e, twin)):
            continue
        best = twin if _specificity(twin) >= _specificity(e) else e
        dated = min((twin, e), key=lambda x: _PRECISION_RANK[x.date_precision])
        source, target = _paired_sides(twin, e, headline_end)
        merged = best.model_copy(
            update={
                "source": source,
                "target": target,
                "location": _finer(best.location, twin.location if best is e else e.location),
                "event_date": dated.event_date,
                "date_precision": dated.date_precision,
            }
        )
        tellings = told_by[id(e)].joined(told_by[id(twin)])
        merged = merged.model_copy(update={"factuality": tellings.factuality(merged)})
        told_by[id(merged)] = tellings
        kept = [merged if x is twin else x for x in kept if x is not e]
    return kept


def dedupe_and_number(
    doc_id: str,
    events: list[Event],
    retellings: frozenset[str] | set[str] = frozenset(),
    headline_end: int | None = None,
    chained: set[frozenset[str]] | None = None,
) -> list[Event]:
    """Merge duplicates of ``events`` (in trigger order), then number them ``doc_id:n`` in text order.
    ``retellings`` holds the ids of events coded from a bare "attack" (see ``_fold_retellings``);
    ``headline_end`` ends the headline, whose strikes fold into their lead twin (``_merge_headline``);
    ``chained`` holds the pairs of ids of acts joined in one sentence (``chains``)."""
    events = [_denied_again(e, events) for e in events if _happened(e)]
    told = {e.category for e in events if headline_end and e.evidence.start < headline_end} & FIRE
    events = _fold_retellings(events, set(retellings), chained)
    events = _violation_sides(events)
    absorbed = [_absorbed(e, events, chained) for e in events]
    gone = [e for e, a in zip(events, absorbed, strict=True) if a]
    events = _lent_attackers([e for e, a in zip(events, absorbed, strict=True) if not a], gone)
    kept: list[Event] = []
    tellings: list[Tellings] = []  # of each kept event: which telling decides its factuality and date
    for e in events:
        telling = Tellings.of(e, headline_end)
        for i, o in enumerate(kept):
            if same_event(o, e) and not (tellings[i].in_body and telling.in_body and apart(o, e)):
                # of a strike and the struck side's reaction, the telling naming the attacker is kept
                later = (
                    e.model_copy(update={"confidence": min(e.confidence, o.confidence)})
                    if _told_reversed(o, e)
                    else e
                )
                tellings[i] = tellings[i].joined(telling)
                merged = _merge(o, later, first=tellings[i].first_in_body, headline_end=headline_end)
                kept[i] = merged.model_copy(update={"factuality": tellings[i].factuality(merged)})
                break
        else:
            kept.append(e)
            tellings.append(telling)
    told_by = {id(e): t for e, t in zip(kept, tellings, strict=True)}
    kept = _merge_headline(kept, headline_end, lone=len(told) == 1, told_by=told_by)
    kept.sort(key=lambda ev: (ev.evidence.trigger_start, ev.evidence.trigger_end))
    return [ev.model_copy(update={"event_id": f"{doc_id}:{n}"}) for n, ev in enumerate(kept)]
