"""Arabic "نشر" publishes as well as deploys: footage, photos or a statement put out by the forces are no
mobilisation ("ونشرت القوات مقاطع مصورة"), while troops, tanks or reinforcements sent somewhere still
are. The ambiguity is Arabic's: the deployment verbs of the other languages ("deployed", "a déployé",
"развернули") never mean publishing."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-19T10:00:00"

PUBLISHED_MEDIA = [
    "أعلنت قوات الدعم السريع سيطرتها على البلدة، ونشرت القوات مقاطع مصورة قالت إنها تظهر عناصرها داخلها.",
    "نشر الجيش السوداني صورا لعناصره داخل مدينة الفاشر.",
    "نشرت وزارة الدفاع بيانا عن حصيلة العمليات خلال الأسبوع.",
    "نشرت الفصائل تسجيلا مصورا لعناصرها قرب خطوط التماس.",
]

DEPLOYMENTS = [
    "نشر الجيش السوداني تعزيزات عسكرية في مدينة الأبيض يوم الاثنين.",
    "نشرت القوات التركية دبابات على الحدود مع سوريا يوم الأحد.",
]


@pytest.mark.parametrize("text", PUBLISHED_MEDIA)
def test_published_media_are_no_mobilisation(extractor: Extractor, text: str) -> None:
    events = alertable(extractor.extract(doc(text, "ar", PUBLISHED)).events)
    assert "mobilisation" not in {e.category for e in events}


@pytest.mark.parametrize("text", DEPLOYMENTS)
def test_deployed_forces_are_still_a_mobilisation(extractor: Extractor, text: str) -> None:
    events = alertable(extractor.extract(doc(text, "ar", PUBLISHED)).events)
    assert "mobilisation" in {e.category for e in events}
