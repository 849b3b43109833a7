"""Build dead-letter records: the reason, where it came from, and the original bytes."""

from __future__ import annotations

import base64
import hashlib
import traceback
from typing import Literal

from vigie.contracts import DeadLetter, utcnow
from vigie.errors import VigieError

ServiceName = Literal["ingest", "extractor", "alerting"]


def dead_letter(
    service: ServiceName,
    original: bytes,
    error: BaseException | str,
    *,
    stage: str | None = None,
    source_topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    source_file: str | None = None,
    line: int | None = None,
) -> DeadLetter:
    """A dead-letter record for ``original`` that failed with ``error``.

    The id is derived from where the record came from (or its bytes), so dead-lettering the same
    record twice after a replay yields the same id.

    >>> dl = dead_letter("ingest", b"{oops", ValueError("bad JSON"), stage="decode", line=3)
    >>> (dl.stage, dl.error_type, dl.reason)
    ('decode', 'ValueError', 'bad JSON')
    """
    if isinstance(error, BaseException):
        reason = str(error) or type(error).__name__
        error_type = type(error).__name__
        if stage is None:
            stage = error.stage if isinstance(error, VigieError) else "process"
        if not isinstance(error, VigieError) and error.__traceback__ is not None:
            tb = "".join(traceback.format_exception(error)).strip().splitlines()[-3:]
            reason = f"{reason} | {' / '.join(s.strip() for s in tb)}"
    else:
        reason, error_type = error, "Rejected"
    where = f"{service}|{source_topic}|{partition}|{offset}|{source_file}|{line}"
    digest = hashlib.sha256(where.encode() + b"\0" + original).hexdigest()[:24]
    return DeadLetter(
        dead_letter_id=f"dl-{digest}",
        service=service,
        stage=stage or "process",
        reason=reason[:2000],
        error_type=error_type,
        source_topic=source_topic,
        partition=partition,
        offset=offset,
        source_file=source_file,
        line=line,
        original_b64=base64.b64encode(original).decode("ascii"),
        occurred_at=utcnow(),
    )
