"""Which verbs of saying do not report an event: its own author telling it, a second act told after it.

Wire copy attributes an event to a source with a verb of saying (``core/factuality.py``). Two
verbs of saying in the event's sentence are no such source:

- the author of a diplomatic act telling it himself (``own_acts``, matched on the trigger: a call, a
  visit, a meeting): "Modi arrived in Tokyo ..., he said on X", "Erdogan said he had held a phone
  call with Putin", "Macron spoke with Pezeshkian ..., Macron said on X". The leader performs the
  act and announces it, as a ministry announcing sanctions does; the outlet states it. The speaker
  is the author when it is a personal pronoun (``own_speakers``) right before the verb or opening
  its complement, or when the verb comes after the act and its speaker repeats a name already
  written before the act (its subject). "Xi held a call with Lula, state media reported" and "the
  Kremlin said Putin had spoken with Trump" stay reported.
- a verb of saying that coordinates a second act of the same subject after the event
  (``speech_coordinators``: "met his counterpart in Beijing and said relations were improving"):
  what is said is the second act, not a source of the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Spans = tuple[tuple[int, int], ...]
_NAME = re.compile(r"([^\W\d_][\w'-]*)\s*$")
_OPENING_WORDS = 4  # "said on Tuesday that he had": words between the verb and its pronoun subject


@dataclass(frozen=True)
class OwnAccountCues:
    """One language's cues (see the module doc); every pattern matches whole words in folded text."""

    own_acts: re.Pattern[str] | None
    own_speakers: re.Pattern[str] | None
    coordinators: re.Pattern[str] | None


def _pronoun_before(cues: OwnAccountCues, folded: str, start: int) -> bool:
    if cues.own_speakers is None:
        return False
    before = folded[:start].rstrip()
    return any(m.end() == len(before) for m in cues.own_speakers.finditer(before, max(0, len(before) - 12)))


def _pronoun_opens_complement(cues: OwnAccountCues, folded: str, end: int) -> bool:
    if cues.own_speakers is None:
        return False
    m = cues.own_speakers.search(folded, end)
    return m is not None and len(folded[end : m.start()].split()) <= _OPENING_WORDS


def _name_repeated(original: str, speech_start: int, t_start: int) -> bool:
    """The speaker named right before a verb after the act is a capitalised name also written before
    the act ("Emmanuel Macron spoke ..., Macron said")."""
    m = _NAME.search(original[:speech_start])
    if m is None or not m.group(1)[0].isupper():
        return False
    return re.search(rf"(?<!\w){re.escape(m.group(1))}(?!\w)", original[:t_start]) is not None


def told_by_author(
    cues: OwnAccountCues, folded: str, original: str, speech: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    """The verb of saying at ``speech`` has the author of the own act at ``trigger`` as its speaker
    (offsets in the sentence; ``original`` is the unfolded sentence, for capitalised names)."""
    (s_start, s_end), (t_start, t_end) = speech, trigger
    if cues.own_acts is None or not cues.own_acts.search(folded[t_start:t_end]):
        return False
    if _pronoun_before(cues, folded, s_start):
        return True
    if s_end <= t_start:
        return _pronoun_opens_complement(cues, folded, s_end)
    return _name_repeated(original, s_start, t_start)


def coordinated(cues: OwnAccountCues, folded: str, speech: tuple[int, int], t_end: int) -> bool:
    """The verb of saying at ``speech`` comes after the trigger as a second predicate of the same
    subject ("met ... and said")."""
    if cues.coordinators is None or speech[0] < t_end:
        return False
    before = folded[t_end : speech[0]].rstrip()
    return any(m.end() == len(before) for m in cues.coordinators.finditer(before))


def own_voice(
    cues: OwnAccountCues, folded: str, original: str, spans: Spans, trigger: tuple[int, int]
) -> Spans:
    """``spans`` (verbs of saying) without those that do not report the trigger (see the module doc)."""
    return tuple(
        s
        for s in spans
        if not told_by_author(cues, folded, original, s, trigger)
        and not coordinated(cues, folded, s, trigger[1])
    )
