"""The alert lifecycle: firing → acknowledged → resolved (firing → resolved allowed; resolved is final)."""

from __future__ import annotations

from vigie.contracts import AlertStatus
from vigie.errors import InputError

ALLOWED: dict[AlertStatus, frozenset[AlertStatus]] = {
    "firing": frozenset({"acknowledged", "resolved", "expired"}),
    "acknowledged": frozenset({"resolved", "expired"}),
    "resolved": frozenset(),
    "expired": frozenset(),
}


class TransitionError(InputError):
    """A status change the lifecycle forbids (e.g. acknowledging a resolved alert)."""

    stage = "transition"


def next_status(current: AlertStatus, wanted: AlertStatus) -> AlertStatus | None:
    """``wanted`` if the move is allowed, None if the alert is already there; else TransitionError.

    >>> next_status("firing", "acknowledged"), next_status("resolved", "resolved")
    ('acknowledged', None)
    """
    if current == wanted:
        return None
    if wanted not in ALLOWED[current]:
        raise TransitionError(f"cannot move an alert from {current} to {wanted}")
    return wanted
