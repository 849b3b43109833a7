"""A speculative attack on a currency or a stock is a market move, in every language (``blockers`` in
``data/triggers/<lang>.yaml``), and a risk that markets price in has not happened (``hypothetical``
in ``data/factuality/en.yaml``). Near misses: an armed attack told in the same language."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, a market's attack, an armed attack)
ATTACKS = [
    (
        "en",
        "The finance minister blamed a speculative attack from abroad for the lira's 8% fall on Tuesday.",
        "Gunmen attacked a police station in Quetta on Tuesday, killing three officers.",
    ),
    (
        "fr",
        "Le ministre a dénoncé mardi une attaque spéculative venue de l'étranger contre la livre turque.",
        "Des hommes armés ont attaqué mardi un poste de police à Quetta, tuant trois policiers.",
    ),
    (
        "de",
        "Der Minister machte am Dienstag eine spekulative Attacke aus dem Ausland für den Kurssturz "
        "verantwortlich.",
        "Bewaffnete haben am Dienstag eine Polizeiwache in Quetta angegriffen und drei Polizisten getötet.",
    ),
    (
        "es",
        "El ministro denunció este martes un ataque especulativo desde el extranjero contra el peso.",
        "Hombres armados atacaron este martes una comisaría en Quetta y mataron a tres policías.",
    ),
    (
        "ru",
        "Министр во вторник назвал падение рубля спекулятивной атакой из-за рубежа.",
        "Боевики во вторник атаковали полицейский участок в Кветте, погибли трое полицейских.",
    ),
    (
        "tr",
        "Bakan, salı günü kurdaki yükselişin yurt dışından yapılan spekülatif bir saldırının sonucu "
        "olduğunu söyledi.",
        "Silahlı kişiler salı günü Ketta'da bir karakola saldırdı, üç polis öldü.",
    ),
    (
        "ar",
        "اتهم الوزير الثلاثاء جهات خارجية بشن هجوم مضاربي على الجنيه.",
        "هاجم مسلحون الثلاثاء مركزا للشرطة في كويتا ما أسفر عن مقتل ثلاثة من رجال الشرطة.",
    ),
]


@pytest.mark.parametrize(("lang", "market", "armed"), ATTACKS)
def test_a_speculative_attack_is_no_attack(extractor: Extractor, lang: str, market: str, armed: str) -> None:
    assert _alertable(extractor, lang, market) == []


@pytest.mark.parametrize(("lang", "market", "armed"), ATTACKS)
def test_an_armed_attack_is_news(extractor: Extractor, lang: str, market: str, armed: str) -> None:
    assert _alertable(extractor, lang, armed) != []


def test_attacks_that_markets_price_in_have_not_happened(extractor: Extractor) -> None:
    text = "Oil rose 4% on Tuesday as traders priced in Houthi missile attacks on tankers in the Red Sea."
    assert _alertable(extractor, "en", text) == []
