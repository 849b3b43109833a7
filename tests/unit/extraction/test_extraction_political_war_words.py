"""War words of party politics code no event, in every language where the sense exists (``blockers`` in
``data/triggers/<lang>.yaml``): a truce or ceasefire that is political or between the parties of a
government coalition, a union's or a campaign's mobilisation of members and voters, and attacks made in
words (verbal, personal, public, political). Near misses: the armed truce, call-up and attack."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, a truce in party politics, an armed truce)
TRUCES = [
    (
        "en",
        "The three coalition parties agreed a truce on Tuesday over the pension reform, the chancellor said.",
        "Israel and Hamas agreed a truce on Tuesday after mediation by Egypt and Qatar.",
    ),
    (
        "en",
        "Senate leaders declared a budget truce on Tuesday to avoid a government shutdown.",
        "The army and the RSF declared a ceasefire in El Fasher on Tuesday.",
    ),
    (
        "fr",
        "À Rome, les partenaires de la coalition ont conclu mardi un cessez-le-feu politique sur la "
        "réforme fiscale.",
        "Israël et le Hezbollah ont conclu mardi un cessez-le-feu sous l'égide des États-Unis.",
    ),
    (
        "de",
        "In Berlin vereinbarten die Koalitionspartner am Dienstag einen politischen Waffenstillstand im "
        "Haushaltsstreit.",
        "Armee und RSF vereinbarten am Dienstag eine Waffenruhe in El Fasher.",
    ),
    (
        "es",
        "Los socios de la coalición sellaron el martes una tregua sobre los presupuestos en Madrid.",
        "El Gobierno colombiano y el ELN sellaron el martes un alto el fuego en Bogotá.",
    ),
    (
        "es",
        "El Gobierno y la oposición acordaron el martes un alto el fuego político hasta las elecciones.",
        "Israel y Hamás acordaron el martes un alto el fuego en Gaza.",
    ),
]

# (lang, a civilian mobilisation, a military one)
MOBILISATIONS = [
    (
        "en",
        "The union said on Tuesday it had mobilised 40,000 members to campaign for higher wages.",
        "Russia mobilised 40,000 reservists on Tuesday for the war in Ukraine.",
    ),
    (
        "en",
        "The opposition mobilised thousands of volunteers on Tuesday to get out the vote in Ohio.",
        "Armenia mobilised its reservists on Tuesday after clashes on the border with Azerbaijan.",
    ),
    (
        "fr",
        "Le parti a mobilisé mardi des milliers de militants pour le porte-à-porte.",
        "L'Arménie a mobilisé mardi ses réservistes après des combats à la frontière.",
    ),
    (
        "de",
        "Die Partei hat am Dienstag Tausende Anhänger mobilisiert.",
        "Armenien hat am Dienstag seine Reservisten mobilisiert.",
    ),
]

# (lang, attacks in words, an armed attack)
WORD_ATTACKS = [
    (
        "en",
        "The defence minister on Tuesday condemned personal attacks by opposition MPs over the war in "
        "Ukraine.",
        "Gunmen attacked a police station in Quetta on Tuesday, killing three officers.",
    ),
    (
        "en",
        "Coalition ministers ended three weeks of public attacks on Tuesday with a political truce.",
        "Gunmen attacked a police station in Quetta on Tuesday, killing three officers.",
    ),
    (
        "fr",
        "Les ministres de la coalition ont mis fin mardi à trois semaines d'attaques publiques après un "
        "cessez-le-feu politique.",
        "Des hommes armés ont attaqué mardi un poste de police à Quetta, tuant trois policiers.",
    ),
    (
        "fr",
        "Le ministre de la Défense a dénoncé mardi les attaques personnelles de l'opposition sur sa gestion "
        "de la guerre au Sahel.",
        "Des hommes armés ont attaqué mardi un poste de police à Quetta, tuant trois policiers.",
    ),
    (
        "de",
        "Der Verteidigungsminister verurteilte am Dienstag persönliche Angriffe der Opposition wegen des "
        "Kriegs in der Ukraine.",
        "Bewaffnete haben am Dienstag eine Polizeiwache in Quetta angegriffen und drei Polizisten getötet.",
    ),
    (
        "es",
        "El ministro de Defensa denunció el martes los ataques personales de la oposición por la guerra en "
        "Ucrania.",
        "Hombres armados atacaron este martes una comisaría en Quetta y mataron a tres policías.",
    ),
    (
        "ru",
        "Министр обороны во вторник осудил личные атаки оппозиции из-за войны на Украине.",
        "Боевики во вторник атаковали полицейский участок в Кветте, погибли трое полицейских.",
    ),
    (
        "tr",
        "Savunma Bakanı salı günü Ukrayna'daki savaş nedeniyle muhalefetin kişisel saldırılarını kınadı.",
        "Silahlı kişiler salı günü Ketta'da bir karakola saldırdı, üç polis öldü.",
    ),
]


@pytest.mark.parametrize(("lang", "political", "armed"), TRUCES)
def test_a_truce_in_party_politics_is_no_ceasefire(
    extractor: Extractor, lang: str, political: str, armed: str
) -> None:
    assert _alertable(extractor, lang, political) == []


@pytest.mark.parametrize(("lang", "political", "armed"), TRUCES)
def test_an_armed_truce_is_a_ceasefire(extractor: Extractor, lang: str, political: str, armed: str) -> None:
    assert "ceasefire" in _alertable(extractor, lang, armed)


@pytest.mark.parametrize(("lang", "civilian", "military"), MOBILISATIONS)
def test_mobilising_members_and_voters_is_no_call_up(
    extractor: Extractor, lang: str, civilian: str, military: str
) -> None:
    assert _alertable(extractor, lang, civilian) == []


@pytest.mark.parametrize(("lang", "civilian", "military"), MOBILISATIONS)
def test_mobilising_reservists_is_a_call_up(
    extractor: Extractor, lang: str, civilian: str, military: str
) -> None:
    assert "mobilisation" in _alertable(extractor, lang, military)


@pytest.mark.parametrize(("lang", "words", "armed"), WORD_ATTACKS)
def test_attacks_in_words_are_no_attacks(extractor: Extractor, lang: str, words: str, armed: str) -> None:
    assert _alertable(extractor, lang, words) == []


@pytest.mark.parametrize(("lang", "words", "armed"), WORD_ATTACKS)
def test_an_armed_attack_is_news(extractor: Extractor, lang: str, words: str, armed: str) -> None:
    assert _alertable(extractor, lang, armed) != []
