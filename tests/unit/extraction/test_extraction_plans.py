"""A plan is no act: options drawn up for strikes, weapons asked for to strike, troops massed for an
offensive (``hypothetical`` and ``future`` cues of ``data/factuality/en.yaml``). Near misses: the
strike, the offensive told as news."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, "en", PUBLISHED)).events)]


PLANS = [
    "The Pentagon has prepared options for air strikes on militia bases in Iraq, officials said on Tuesday.",
    "Kyiv on Tuesday asked its allies for more drones to strike Russian refineries.",
    "Russia is massing tanks near Kupiansk for a new offensive, Ukraine's army said on Tuesday.",
    "The army is building up forces along the border for a spring offensive, analysts said on Tuesday.",
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_is_no_act(extractor: Extractor, text: str) -> None:
    assert _alertable(extractor, text) == []


NEWS = [
    "US aircraft carried out air strikes on militia bases in Iraq on Tuesday, officials said.",
    "Ukrainian drones struck a Russian refinery in Saratov on Tuesday, the governor said.",
    "Russian forces launched a new offensive near Kupiansk on Tuesday, Ukraine's army said.",
]


@pytest.mark.parametrize("text", NEWS)
def test_the_act_told_as_news_is_alertable(extractor: Extractor, text: str) -> None:
    assert _alertable(extractor, text) != []
