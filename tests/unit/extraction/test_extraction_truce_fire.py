"""Fire told "despite the truce" is the violation of that truce, one ``ceasefire_violation`` event with
the fire's sides, in every language, also when a long trigger match covers the truce word ("feuerte
trotz der Waffenruhe Raketen ab"). Near misses: fire feared "despite the truce" in a scenario raises
nothing, and a truce named after the verb of saying is the outlet's comment on a series ("..., the army
said, in the latest such shooting despite the ceasefire"): the shooting stays what it is."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-19T12:00:00"  # a Thursday

# (lang, text, the shooter's country, the place): shots fired despite a truce
FIRE_DESPITE_TRUCE = [
    (
        "en",
        "Government troops shelled rebel positions near Sake on Wednesday despite the truce, the M23 said.",
        "COD",
        "Sake",
    ),
    (
        "fr",
        "L'armée soudanaise a bombardé mercredi des quartiers de Nyala malgré la trêve humanitaire, "
        "selon des habitants.",
        "SDN",
        "Nyala",
    ),
    (
        "es",
        "Disidentes de las FARC atacaron el miércoles una patrulla del Ejército en el Cauca pese a "
        "la tregua, informó el Ministerio de Defensa.",
        "COL",
        "Cauca",
    ),
    (
        "de",
        "Russische Truppen beschossen am Mittwoch trotz der Waffenruhe die Stadt Nikopol, teilte die "
        "Regionalverwaltung mit.",
        "RUS",
        "Nikopol",
    ),
    (
        "ar",
        "قصف الجيش السوداني أحياء في مدينة نيالا يوم الأربعاء رغم الهدنة الإنسانية، وفق سكان.",
        "SDN",
        "Nyala",
    ),
    (
        "tr",
        "Rus birlikleri çarşamba günü ateşkese rağmen Nikopol kentini topçu ateşiyle vurdu.",
        "RUS",
        "Nikopol",
    ),
    (
        "ru",
        "Украинские войска в среду обстреляли Горловку, несмотря на перемирие, сообщили в "
        "администрации города.",
        "UKR",
        "Horlivka",
    ),
    # a long trigger match covers the truce: "feuerte ... ab", "griffen ... an"
    (
        "de",
        "Die Hamas feuerte am Mittwoch trotz der Waffenruhe mehrere Raketen auf Sderot ab, teilte "
        "die israelische Armee mit.",
        "PSE",
        "Sderot",
    ),
    (
        "de",
        "Russische Truppen griffen am Mittwoch trotz der vereinbarten Feuerpause mehrere Dörfer bei "
        "Nikopol an, teilte der Generalstab mit.",
        "RUS",
        "Nikopol",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "shooter", "place"),
    FIRE_DESPITE_TRUCE,
    ids=[f"{c[0]}-{c[3]}" for c in FIRE_DESPITE_TRUCE],
)
def test_fire_despite_a_truce_is_one_violation(
    extractor: Extractor, lang: str, text: str, shooter: str, place: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.evidence.trigger) for e in events]
    assert [e.category for e in events] == ["ceasefire_violation"], told
    violation = events[0]
    assert violation.source is not None and violation.source.country == shooter, told
    assert violation.location is not None and violation.location.name == place, told


# (lang, text, the category it keeps): a truce named after the verb of saying comments on a series
COMMENTED = [
    (
        "en",
        "Israeli troops shot dead a man in Rafah on Wednesday, the army said, in the latest such "
        "shooting despite the ceasefire.",
        "assault",
    ),
    (
        "es",
        "Soldados israelíes mataron a tiros a un hombre en Rafah el miércoles, informó el Ejército, "
        "en el último incidente de este tipo pese al alto el fuego.",
        "assault",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), COMMENTED, ids=[c[0] for c in COMMENTED])
def test_a_truce_named_after_the_attribution_is_a_comment(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]


def test_fire_feared_despite_a_truce_raises_nothing(extractor: Extractor) -> None:
    text = "Trotz der Waffenruhe könnten russische Truppen Nikopol erneut beschießen, warnen Analysten."
    assert alertable(extractor.extract(doc(text, "de", PUBLISHED)).events) == []
