"""Event trigger lexicons (``data/triggers/<lang>.yaml``): loading, validation and matching.

Each language file lists, per Vigie category, regex patterns written in natural spelling (see
``patterns.py``); an item may refine the category's default CAMEO code or PLOVER mode and set a
strength (how sure the words alone make us). The file also holds the language's context rules
(``ContextRules``): metaphor blockers, conflict and sport/business cues, passive agent markers,
locative prepositions and coordinators. Everything is validated against ``data/categories.yaml`` and
the taxonomy (``taxonomy.validate``) at load time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core import taxonomy
from vigie_extractor.core.languages import LANGUAGES, with_word_order
from vigie_extractor.core.means import MEANS, clause_end, instrument_before
from vigie_extractor.core.patterns import alternatives, compile_any, fold_pattern
from vigie_extractor.core.scanner import BranchScanner

DEFAULT_STRENGTH = 0.8
# The only value of a trigger item's ``object`` key: the verb needs a physical object.
PHYSICAL_OBJECT = "physical"
# ``ignore`` skips single characters (``skip_characters``): one bracketed class, no nesting
_CHARACTER_CLASS = re.compile(r"\[[^\[\]]+\]")
_CONTEXT_KEYS = (
    "blockers",
    "fight_blockers",
    "history",
    "conflict",
    "non_conflict",
    "mundane",
    "passive_agent",
    "relative_agent",
    "locative",
    "coordination",
    "report",
    "genitive",
    "drone",
    "missile",
    "aircraft",
    "artillery",
    "opposing",
    "topic",
    "place_suffix",
    "clause",
    "killed",
    "aside",
    "attacked_gathering",
    "chain",
    "despite_truce",
    "struck_object",
    "abstract_object",
    "blast",
    "weapon_role",
    "instrument",
    "sanction_topic",
)
# A generic attack trigger (category assault, CAMEO 180, no mode) is refined by the weapon the
# sentence names, in this order: (context key, category, CAMEO code or None for the default).
REFINEMENTS: tuple[tuple[str, str, str | None], ...] = (
    ("drone", "airstrike", "1952"),
    ("missile", "missile_strike", None),
    ("aircraft", "airstrike", None),
    ("artillery", "shelling", None),
)


_SHORT_STEM = 3
# Two commas (Latin or Arabic) with a few words between them, an aside when ``aside`` says so.
_ASIDE = re.compile(r"([,،])([^,،.;:؛!?\n]{1,40}?)(?=([,،]))")
NUMBER = r"(\d{1,5})"
_WEAPONS = ("drone", "missile", "aircraft", "artillery")


class TriggerDataError(ValueError):
    """A trigger or category data file does not validate (the message names the file and entry)."""


@dataclass(frozen=True)
class Category:
    """Defaults of one Vigie category (``data/categories.yaml``)."""

    name: str
    plover: str
    mode: str | None
    cameo: str
    needs_conflict: bool


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon item: what a pattern means when it matches."""

    category: str
    plover: str
    mode: str | None
    cameo: str
    strength: float
    needs_conflict: bool
    pattern: str
    # a verb that is an attack only when its object is a place or a physical target ("hit",
    # "golpeó", "ضربت"): ``object: physical`` in the trigger file (core/strike_objects.py)
    physical_object: bool = False

    @property
    def generic(self) -> bool:
        """An unspecified attack ("attack", "strike", "angriff"): the weapon may say more."""
        return self.category == "assault" and self.mode is None


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in the analysed text: ``text[start:end]``."""

    start: int
    end: int
    entry: TriggerEntry


@dataclass(frozen=True)
class ContextRules:
    """A language's context regexes (each None when the file lists nothing for it)."""

    blockers: re.Pattern[str] | None
    history: re.Pattern[str] | None
    conflict: re.Pattern[str] | None
    non_conflict: re.Pattern[str] | None
    # ordinary crime, accidents and disasters: the dead and the blasts of such a sentence are no fight
    mundane: re.Pattern[str] | None
    passive_agent: re.Pattern[str] | None
    locative: re.Pattern[str] | None
    coordination: re.Pattern[str] | None
    report: re.Pattern[str] | None
    genitive: re.Pattern[str] | None
    drone: re.Pattern[str] | None
    missile: re.Pattern[str] | None
    aircraft: re.Pattern[str] | None
    artillery: re.Pattern[str] | None
    opposing: re.Pattern[str] | None
    topic: re.Pattern[str] | None
    place_suffix: re.Pattern[str] | None
    clause: re.Pattern[str] | None
    killed: re.Pattern[str] | None  # one numbered group per branch: the number of deaths
    aside: re.Pattern[str] | None = None  # a day or "in a statement" set off by two commas
    # an attack on a rally, a march or a protest: the gathering is the target, no protest event
    attacked_gathering: re.Pattern[str] | None = None
    # what joins a second act to the first in one sentence ("shelled X and captured Y", "puis")
    chain: re.Pattern[str] | None = None
    # a truce that the fire of the sentence goes against ("despite the ceasefire"): a violation
    despite_truce: re.Pattern[str] | None = None
    # what a strike hits besides places and military targets: a refinery, a port, a power plant
    struck_object: re.Pattern[str] | None = None
    # objects that make a strike verb no attack: "struck a deal", "hit a record", "ضرب موعدا"
    abstract_object: re.Pattern[str] | None = None
    # the blasts a strike makes ("explosions", "взрывы"): with a weapon in the sentence, its effect
    blast: re.Pattern[str] | None = None
    # the relative pronoun right after a strike whose clause's subject is its author ("the strikes
    # that the Russian army launched", "les frappes que l'armée a menées", "الغارات التي شنها")
    relative_agent: re.Pattern[str] | None = None
    # weapons named by their role ("attack helicopters", "missiles de frappe"): a trigger inside one
    # is no attack; a longer trigger around it ("delivered attack helicopters") stands
    weapon_role: re.Pattern[str] | None = None
    # words that name the means of the act after its verb ("with", "con", "avec des"): ``means``
    instrument: re.Pattern[str] | None = None
    # what makes sanctions the topic rather than an act: evaded, annulled, lifted, felt ("a tanker
    # that evaded sanctions", "the court annulled the sanctions", "sanctions hurt the economy")
    sanction_topic: re.Pattern[str] | None = None
    # words that cancel only a fight or attack trigger they overlap: "sich ... getroffen" is where
    # two sides met, never a hit, yet "haben sich in Genf getroffen" stays a meeting
    fight_blockers: re.Pattern[str] | None = None

    def open_asides(self, folded: str) -> str:
        """``folded`` with the two commas around each aside turned into spaces (same length).

        Wire copy sets the day off with commas ("قال الجيش، الأحد، إن..."; "a annoncé, mardi,
        que..."): such commas close no clause, so the subject stays next to its verb for the
        trigger patterns, the sides and the factuality cues.
        """
        if self.aside is None:
            return folded
        aside = self.aside
        commas = [(m.start(1), m.start(3)) for m in _ASIDE.finditer(folded) if aside.fullmatch(m[2].strip())]
        if not commas:  # most articles: no copy of the text
            return folded
        out = list(folded)
        for first, second in commas:
            out[first] = out[second] = " "
        return "".join(out)


@dataclass(frozen=True)
class LanguageLexicon:
    lang: str
    entries: tuple[TriggerEntry, ...]
    owner: tuple[int, ...]  # scanner branch n -> index of its entry
    scanner: BranchScanner
    context: ContextRules
    ignore: re.Pattern[str] | None = None  # marks the matcher skips (Arabic short vowels, tanween)

    def find(self, folded: str) -> list[TriggerHit]:
        """Non-overlapping trigger hits in ``folded`` text, leftmost then longest match first.

        Characters of ``ignore`` are left out before matching, and the hits mapped back to
        ``folded``: "اتصالاً هاتفياً" (with tanween) matches "اتصالا هاتفيا", "مسيّرة" matches "مسيرة".
        """
        entries, owner = self.entries, self.owner
        if self.ignore is None or self.ignore.search(folded) is None:
            return [TriggerHit(h.start, h.end, entries[owner[h.branch]]) for h in self.scanner.find(folded)]
        bare, shifts = skip_characters(self.ignore, folded)
        return [
            TriggerHit(
                original_offset(shifts, h.start),
                original_offset(shifts, h.end - 1) + 1,
                entries[owner[h.branch]],
            )
            for h in self.scanner.find(bare)
            if h.end > h.start
        ]


def skip_characters(ignore: re.Pattern[str], text: str) -> tuple[str, list[int]]:
    """``text`` without the characters ``ignore`` matches (one character per match), and the
    shifts ``original_offset`` maps offsets of the shorter text back with.

    >>> bare, shifts = skip_characters(re.compile("[#]"), "a#b##c")
    >>> bare, [original_offset(shifts, i) for i in range(len(bare))]
    ('abc', [0, 2, 5])
    """
    removed = [m.start() for m in ignore.finditer(text)]
    # the k-th removed character would sit at offset (its own - k) of the shorter text
    return ignore.sub("", text), [offset - k for k, offset in enumerate(removed)]


def original_offset(shifts: list[int], offset: int) -> int:
    """The offset in the original text of character ``offset`` of the text ``skip_characters``
    returned: one more for every removed character at or before it."""
    return offset + bisect.bisect_right(shifts, offset)


def read_data_yaml(name: str) -> Any:
    """The YAML file ``data/<name>`` of the extraction core; ``TriggerDataError`` when unreadable."""
    try:
        text = resources.files("vigie_extractor.core").joinpath(f"data/{name}").read_text("utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise TriggerDataError(f"{name}: cannot read: {exc}") from exc


def category_names(name: str, value: object) -> frozenset[str]:
    """A data file's ``categories`` entry: a list of category names (``name`` is the file, for errors)."""
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise TriggerDataError(f"{name}: categories: expected a list of category names")
    return frozenset(value)


def load_categories() -> dict[str, Category]:
    """The category table, each default checked with ``taxonomy.validate``."""
    raw = read_data_yaml("categories.yaml")
    if not isinstance(raw, dict):
        raise TriggerDataError("categories.yaml: expected a mapping")
    out: dict[str, Category] = {}
    for name, spec in raw.items():
        try:
            cat = Category(
                str(name), str(spec["plover"]), spec["mode"], str(spec["cameo"]), bool(spec["needs_conflict"])
            )
            taxonomy.validate(cat.plover, cat.mode, cat.cameo)
        except (KeyError, TypeError, ValueError) as exc:
            raise TriggerDataError(f"categories.yaml: {name}: {exc}") from exc
        out[cat.name] = cat
    return out


def _entry(lang: str, cat: Category, item: Any) -> TriggerEntry:
    if isinstance(item, str):
        item = {"p": item}
    if not isinstance(item, dict) or not isinstance(item.get("p"), str):
        raise TriggerDataError(f"triggers/{lang}.yaml: {cat.name}: bad item {item!r}")
    unknown = set(item) - {"p", "cameo", "mode", "strength", "object"}
    if unknown:
        raise TriggerDataError(f"triggers/{lang}.yaml: {cat.name}: unknown keys {sorted(unknown)}")
    if item.get("object", PHYSICAL_OBJECT) != PHYSICAL_OBJECT:
        raise TriggerDataError(f"triggers/{lang}.yaml: {item['p']!r}: object must be {PHYSICAL_OBJECT!r}")
    entry = TriggerEntry(
        category=cat.name,
        plover=cat.plover,
        mode=item.get("mode", cat.mode),
        cameo=str(item.get("cameo", cat.cameo)),
        strength=float(item.get("strength", DEFAULT_STRENGTH)),
        needs_conflict=cat.needs_conflict,
        pattern=item["p"],
        physical_object="object" in item,
    )
    if not 0.0 < entry.strength <= 1.0:
        raise TriggerDataError(f"triggers/{lang}.yaml: {item['p']!r}: strength out of (0, 1]")
    try:
        taxonomy.validate(entry.plover, entry.mode, entry.cameo)
        re.compile(fold_pattern(entry.pattern))
    except (ValueError, re.error) as exc:
        raise TriggerDataError(f"triggers/{lang}.yaml: {item['p']!r}: {exc}") from exc
    return entry


def _context(lang: str, raw: Any, prefix: str, suffix: str) -> ContextRules:
    if not isinstance(raw, dict) or set(raw) - set(_CONTEXT_KEYS):
        raise TriggerDataError(f"triggers/{lang}.yaml: context must be a mapping with keys {_CONTEXT_KEYS}")
    compiled: dict[str, re.Pattern[str] | None] = {}
    for key in _CONTEXT_KEYS:
        items = raw.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise TriggerDataError(f"triggers/{lang}.yaml: context.{key}: expected a list of strings")
        try:
            glue = key in (
                "blockers",
                "fight_blockers",
                "conflict",
                "non_conflict",
                "mundane",
                "history",
                "attacked_gathering",
                "struck_object",
                "abstract_object",
                "blast",
                "weapon_role",
                "sanction_topic",
                *_WEAPONS,
            )
            if key == "killed":
                if any(i.count("{n}") != 1 for i in items):
                    raise TriggerDataError(f"triggers/{lang}.yaml: context.killed: one {{n}} per pattern")
                items = [i.replace("{n}", NUMBER) for i in items]
            if key == "place_suffix":  # applied to one mention's folded surface, not as a word
                compiled[key] = re.compile("|".join(fold_pattern(i) for i in items)) if items else None
                continue
            compiled[key] = compile_any(items, prefix if glue else "", suffix if glue else "")
        except re.error as exc:
            raise TriggerDataError(f"triggers/{lang}.yaml: context.{key}: {exc}") from exc
    return ContextRules(**compiled)


def load_language(lang: str, categories: dict[str, Category]) -> LanguageLexicon:
    """Read and validate ``data/triggers/<lang>.yaml``."""
    return parse_language(lang, read_data_yaml(f"triggers/{lang}.yaml"), categories)


def parse_language(lang: str, raw: Any, categories: dict[str, Category]) -> LanguageLexicon:
    """Validate the parsed content of a trigger file and compile it (``TriggerDataError`` if bad)."""
    if not isinstance(raw, dict) or raw.get("lang") != lang or not isinstance(raw.get("triggers"), dict):
        raise TriggerDataError(f"triggers/{lang}.yaml: needs 'lang: {lang}' and a 'triggers' mapping")
    prefix, suffix = str(raw.get("prefix") or ""), str(raw.get("suffix") or "")
    if raw.get("ignore") and not _CHARACTER_CLASS.fullmatch(str(raw["ignore"])):
        raise TriggerDataError(f"triggers/{lang}.yaml: ignore: expected one character class '[...]'")
    try:
        ignore = re.compile(str(raw["ignore"])) if raw.get("ignore") else None
    except re.error as exc:
        raise TriggerDataError(f"triggers/{lang}.yaml: ignore: {exc}") from exc
    entries: list[TriggerEntry] = []
    for name, items in raw["triggers"].items():
        if name not in categories:
            raise TriggerDataError(f"triggers/{lang}.yaml: unknown category {name!r}")
        if not isinstance(items, list) or not items:
            raise TriggerDataError(f"triggers/{lang}.yaml: {name}: expected a non-empty list")
        entries.extend(_entry(lang, categories[name], item) for item in items)
    branches = [(b, i) for i, e in enumerate(entries) for b in alternatives(e.pattern) if b]
    branches.sort(key=lambda bi: len(bi[0]), reverse=True)
    owner = tuple(i for _, i in branches)
    # glued prefixes and suffixes stay outside the trigger span; a short stem takes no suffix:
    # Arabic "زار" (visited) must not match "وزارة" (ministry)
    try:
        scanner = BranchScanner.build(
            [fold_pattern(b) for b, _ in branches],
            prefix=fold_pattern(prefix),
            suffix=fold_pattern(suffix),
            short_stem=_SHORT_STEM,
        )
    except re.error as exc:
        raise TriggerDataError(f"triggers/{lang}.yaml: combined pattern: {exc}") from exc
    context = _context(lang, raw.get("context"), prefix, suffix)
    return LanguageLexicon(lang, tuple(entries), owner, scanner, context, ignore)


def deaths(rules: ContextRules, folded: str, span: tuple[int, int]) -> int | None:
    """The largest number of deaths stated in ``folded[span]``, if any ("killing at least 12")."""
    if rules.killed is None:
        return None
    found = [int(g) for m in rules.killed.finditer(folded, *span) for g in m.groups() if g]
    return max(found) if found else None


def refine(
    entry: TriggerEntry,
    rules: ContextRules,
    folded: str,
    span: tuple[int, int],
    categories: dict[str, Category],
) -> TriggerEntry:
    """A generic attack entry re-coded by the weapon named in ``folded[span]``, in ``REFINEMENTS``
    order; a weapon word inside a longer one of another kind does not count ("rocket" in "rocket
    launchers" is artillery, not a missile)."""
    if entry.category == "assault" and entry.mode == FIREARMS:
        return _fired_by_artillery(entry, rules, folded, span, categories)
    if not entry.generic:
        return entry
    found: list[tuple[int, int, int]] = []  # (start, end, REFINEMENTS index)
    for order, (key, _name, _cameo) in enumerate(REFINEMENTS):
        rule: re.Pattern[str] | None = getattr(rules, key)
        if rule is not None:
            found += [(m.start(), m.end(), order) for m in rule.finditer(folded, *span)]
    kept = [
        order
        for start, end, order in found
        if not any(s <= start and end <= e and e - s > end - start for s, e, o in found if o != order)
    ]
    if not kept:
        return entry
    _key, name, cameo = REFINEMENTS[min(kept)]
    cat = categories[name]
    # the weapon makes it a category of its own, with that category's conflict gate
    return _recoded(entry, cat, cameo, needs_conflict=cat.needs_conflict, strength=max(entry.strength, 0.75))


def _recoded(
    entry: TriggerEntry,
    cat: Category,
    cameo: str | None = None,
    *,
    needs_conflict: bool | None = None,
    strength: float | None = None,
) -> TriggerEntry:
    """``entry`` re-coded as ``cat``: its category, PLOVER type and mode, and ``cameo`` or the
    category's CAMEO code; the conflict gate and the strength stay the entry's unless given."""
    return replace(
        entry,
        category=cat.name,
        plover=cat.plover,
        mode=cat.mode,
        cameo=cameo or cat.cameo,
        needs_conflict=entry.needs_conflict if needs_conflict is None else needs_conflict,
        strength=entry.strength if strength is None else strength,
    )


# The mode of "opened fire", "ateş açtı", "открыли огонь": the act, not the weapon.
FIREARMS = "firearms"


def _fired_by_artillery(
    entry: TriggerEntry,
    rules: ContextRules,
    folded: str,
    span: tuple[int, int],
    categories: dict[str, Category],
) -> TriggerEntry:
    """Fire opened by tanks, guns or mortars named in ``folded[span]`` is shelling ("tanks opened fire
    on houses", "tanklar evlere ateş açtı"), not an attack by gunmen."""
    if rules.artillery is None or rules.artillery.search(folded, *span) is None:
        return entry
    return _recoded(entry, categories["shelling"])


# How far (characters) from a bombardment verb the aircraft or drone that does it is named
# ("Aviones israelíes bombardearon", "bombarded by warplanes").
AIRCRAFT_REACH = 25
# Languages whose verb closes its clause: the aircraft that opens the clause is the subject of the
# bombardment verb that closes it, however long the object between ("İsrail savaş uçakları pazar
# günü Han Yunus'ta ... bir okulu bombaladı"). Not German, whose main-clause verb comes second
# ("Als Vergeltung für den Drohnenangriff beschoss die Armee ...").
_VERB_CLOSES_CLAUSE = with_word_order("SOV")


def from_the_air(
    entry: TriggerEntry,
    rules: ContextRules,
    folded: str,
    sentence: tuple[int, int],
    *,
    hit: tuple[int, int],
    categories: dict[str, Category],
    lang: str = "",
) -> TriggerEntry:
    """A shelling trigger (the bombardment verbs of every language are shelling by default) re-coded
    as an air strike when the aircraft or drone that does it is named right next to it (anywhere
    before it in its clause where the verb closes the clause, ``_VERB_CLOSES_CLAUSE``), with no
    comma, clause break or coordinator between ("warplanes bombarded", "bombardé par l'aviation",
    not "shelling and drone attacks"), and the sentence names no artillery: the weapon, not the verb,
    decides the category."""
    if entry.category != "shelling":
        return entry
    lo, hi = sentence
    if rules.artillery is not None and rules.artillery.search(folded, lo, hi):
        return entry
    before = lo if lang in _VERB_CLOSES_CLAUSE else max(lo, hit[0] - AIRCRAFT_REACH)
    near = (before, min(hi, hit[1] + AIRCRAFT_REACH))
    for key, cameo in (("drone", "1952"), ("aircraft", None)):
        rule: re.Pattern[str] | None = getattr(rules, key)
        if rule is None:
            continue
        for m in rule.finditer(folded, *near):
            gap = (m.end(), hit[0]) if m.end() <= hit[0] else (hit[1], m.start())
            if _joined(rules, folded, gap):
                return _recoded(entry, categories["airstrike"], cameo)
    return _by_its_means(
        entry, rules, folded, (hit[1], clause_end(folded, hit[1], hi, rules.clause)), categories
    )


def _by_its_means(
    entry: TriggerEntry,
    rules: ContextRules,
    folded: str,
    clause: tuple[int, int],
    categories: dict[str, Category],
) -> TriggerEntry:
    """The bombardment re-coded by the first weapon its clause names as its instrument after it
    ("bombardeó Járkov con drones y misiles": an air strike; ``means``)."""
    if rules.instrument is None:
        return entry
    found: list[tuple[int, str, str | None]] = []
    for key, category, cameo in MEANS:
        rule: re.Pattern[str] | None = getattr(rules, key)
        if rule is None:
            continue
        at = next(
            (
                m.start()
                for m in rule.finditer(folded, *clause)
                if instrument_before(rules.instrument, folded, m.start(), clause[0])
            ),
            None,
        )
        if at is not None:
            found.append((at, category, cameo))
    if not found:
        return entry
    _, category, cameo = min(found, key=lambda f: f[0])
    return _recoded(entry, categories[category], cameo)


def _joined(rules: ContextRules, folded: str, gap: tuple[int, int]) -> bool:
    """True when nothing in ``folded[gap]`` separates two words into two clauses or two conjuncts."""
    if gap[0] > gap[1] or any(c in folded[gap[0] : gap[1]] for c in ",;:"):
        return False
    return not any(r is not None and r.search(folded, *gap) for r in (rules.coordination, rules.clause))


def load_lexicons() -> dict[str, LanguageLexicon]:
    """Every supported language's lexicon, validated."""
    categories = load_categories()
    return {lang: load_language(lang, categories) for lang in LANGUAGES}
