"""Vigie's few errors, and what each consumer does with them.

VigieError
├── InputError            bad input: the item is rejected, counted, dead-lettered when it came
│   ├── PayloadTooLarge   from Kafka or a file (HTTP: 413 / 422 with the reason); never retried
│   ├── MalformedInput    (bad JSON/XML, not a feed, hostile XML, missing fields)
│   └── DuplicateInput    (already ingested; not an error for the sender, counted)
├── ProcessingError       a valid item that a stage failed on: dead-lettered with the traceback
└── DeliveryError         a downstream (Kafka, webhook) refused: retried with backoff, then
                          dead-lettered; the consumer's offset is not committed before that
"""

from __future__ import annotations


class VigieError(Exception):
    """Base of every error Vigie raises on purpose."""

    stage = "process"


class InputError(VigieError):
    """The input is unusable; the reason is meant for the sender."""

    stage = "validate"


class PayloadTooLarge(InputError):
    stage = "size"


class MalformedInput(InputError):
    stage = "decode"


class DuplicateInput(InputError):
    stage = "dedup"


class ProcessingError(VigieError):
    """A stage failed on a valid item."""

    stage = "process"


class DeliveryError(VigieError):
    """A downstream system did not accept what we sent."""

    stage = "deliver"
