"""Distances between places, and whether two event places are the same place."""

from __future__ import annotations

import math

from vigie.contracts import Location

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres.

    >>> round(distance_km(36.2021, 37.1343, 36.2021, 37.1343), 3)
    0.0
    >>> 300 < distance_km(36.2, 37.13, 33.51, 36.29) < 320   # Aleppo - Damascus
    True
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def place_key(place: Location | None) -> str:
    """The place part of a dedup key: the canonical name, case-folded, or '-' when unknown."""
    return place.name.strip().casefold() if place is not None and place.name.strip() else "-"


def same_place(a: Location, b: Location, within_km: float) -> bool:
    """Same canonical name, or both located and at most ``within_km`` apart."""
    if place_key(a) == place_key(b):
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= within_km
