"""The second round of speed shortcuts gives exactly what the plain computation gives: ``amended``
instead of ``dataclasses.replace``, related links searched by their words before their opening is
checked, datelines tried only on the lines that hold a bracket, a slash or a dash, month and weekday
indices remembered by the grammar, sentences trimmed with one strip, and the subject test of the
factuality cues worked out only for the languages with ``next`` cues."""

from __future__ import annotations

import random
import re
from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest

from vigie_extractor.core.boilerplate import load_boilerplate_masker, opened_matches
from vigie_extractor.core.datelines import _MARKS, load_dateline_masker
from vigie_extractor.core.dates import _INDICES_KEPT, _which, load_grammar
from vigie_extractor.core.factuality import _heads_clause, classify_factuality, load_cues
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.patterns import line_matches
from vigie_extractor.core.records import amended
from vigie_extractor.core.sentences import _COMMA, AGENCY_DATELINE, Sentence, _sentence, split_sentences
from vigie_extractor.core.triggers import read_data_yaml

# --- amended ---------------------------------------------------------------------------------------

RECORDS = [
    ActorMention(0, 6, "Moscow", "Moscow", "RUS", None, "RUS", kind="capital"),
    ActorMention(3, 9, "Russia", "Russia", "RUS", None, "RUS"),
    ActorMention(0, 9, "Ankara'nın", "Ankara", "TUR", "GOV", "TURGOV", kind="capital"),
    PlaceMention(12, 19, "Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city", 1_400_000),
]
CHANGES = [{"role": "MIL", "code": "RUSMIL"}, {"role": None, "code": "RUS"}, {"start": 7}, {}]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{type(r).__name__}-{r.text}")
@pytest.mark.parametrize("changes", CHANGES, ids=str)
def test_amended_equals_replace(record: ActorMention | PlaceMention, changes: dict[str, object]) -> None:
    if isinstance(record, PlaceMention) and "role" in changes:
        changes = {"country": "TUR", "name": "Harkiv"}
    before = replace(record)
    copy = amended(record, **changes)
    assert copy == replace(record, **changes)
    assert hash(copy) == hash(replace(record, **changes))
    assert type(copy) is type(record)
    assert record == before  # the original is left alone
    with pytest.raises(FrozenInstanceError):
        copy.start = 0  # type: ignore[misc]


# --- related links -------------------------------------------------------------------------------


def _related_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The related-link regex as first written (look-behinds on its opening) and its bare words."""
    raw = read_data_yaml("boilerplate.yaml")
    words = "|".join(re.escape(fold(w)) for w in sorted(raw["related"], key=len, reverse=True))
    body = rf"(?:{words}) ?:[^\n]*"
    return re.compile(rf"(?:(?<![^\n])|(?<=[.!?\u2026\u00bb\"] )){body}"), re.compile(body)


LINKS = [  # (folded text, how many related links the first regex finds)
    ("read also: troops left kyiv", 1),
    ("troops left kyiv. read more: the war in charts", 1),
    ("troops left kyiv, read more: the war in charts", 0),  # not after a sentence's end
    ("title\n\nlire aussi : la guerre en cartes\nles troupes ont quitte kiev", 1),
    ("les troupes ont quitte kiev»lire aussi: x", 0),  # the space is missing
    ("les troupes ont quitte kiev» lire aussi: x. a lire aussi: y", 1),  # one, to the line's end
    ("lea tambien: la guerra. lee tambien: el mapa", 1),  # the first runs to the end of the line
    ("lesen sie auch: der krieg\nmehr zum thema: die karte", 2),
    ("читайте также: война\nсмотрите также: карта", 2),
    ("ilgili haber: savas? ayrica okuyun: harita", 1),
    ("اقرا ايضا: الحرب\nذات صله: الخريطه", 2),
    ("xread also: not a link", 0),
    ("", 0),
]


@pytest.mark.parametrize(("text", "count"), LINKS)
def test_opened_matches_equal_the_look_behind_regex(text: str, count: int) -> None:
    first, words = _related_regexes()
    text = fold(text)
    expected = [m.span() for m in first.finditer(text)]
    assert [m.span() for m in opened_matches(words, text)] == expected
    assert len(expected) == count


def test_opened_matches_on_random_openings() -> None:
    first, words = _related_regexes()
    raw = read_data_yaml("boilerplate.yaml")
    pieces = [fold(w) for w in raw["related"]]
    pieces += [":", " :", " ", "\n", ".", "»", '"', "!", "?", "…", "x", "ab"]
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in first.finditer(text)]
        assert [m.span() for m in opened_matches(words, text)] == expected, text
        found += bool(expected)
    assert found > 50


def test_boilerplate_mask_blanks_related_links() -> None:
    text = fold("Troops left Kyiv. Read more: the war in charts\nLire aussi : la carte")
    masked = load_boilerplate_masker()(text)
    assert masked == "troops left kyiv. " + " " * len("read more: the war in charts") + "\n" + " " * 21
    assert len(masked) == len(text)


MASKED = [  # (text, what the masker leaves of it): bylines are blanked whether or not a colon is there
    (
        "Strikes\n\nBy Jane Doe | Troops left Kyiv.",
        "strikes\n\n" + " " * len("By Jane Doe | ") + "troops left kyiv.",
    ),
    (
        "Frappes\n\nPar Jean Dupont\nLes troupes ont quitte Kiev.",
        "frappes\n\n" + " " * len("Par Jean Dupont") + "\nles troupes ont quitte kiev.",
    ),
    ("Troops left Kyiv, officials said.", "troops left kyiv, officials said."),
    ("Troops left: Kyiv. Lire aussi : la carte", "troops left: kyiv. " + " " * 21),
]


@pytest.mark.parametrize(("text", "masked"), MASKED)
def test_boilerplate_mask_with_and_without_colons(text: str, masked: str) -> None:
    assert load_boilerplate_masker()(fold(text)) == masked


# --- datelines -----------------------------------------------------------------------------------

DATELINES = [  # (text, how many datelines are blanked) in the seven languages
    ("Kyiv strikes\n\nKYIV, Nov 12 (Reuters) - Russian drones struck the city.", 1),
    ("Frappes\n\nPARIS, 12 novembre (AFP) - Les drones ont frappé.", 1),
    ("Ataques\n\nKiev, 11 nov (EFE).- Drones rusos atacaron la ciudad.", 1),
    ("Angriffe\n\nKiew (dpa) - Russische Drohnen griffen an.\nKairo/Khartum (dpa) - Kämpfe.", 2),
    ("Удары\n\nМОСКВА, 12 октября. /ТАСС/. Беспилотники атаковали город.", 1),
    ("Saldırı\n\nANKARA, 12 Kasım (AA) - İHA'lar kenti vurdu.", 1),
    ("غارات\n\nالقاهرة - شنت طائرات غارات على المدينة.", 1),
    ("Liban - frappes israéliennes\n\nLes avions ont frappé Tyr.", 0),  # the headline's dash
    ("Kyiv strikes\n\nRussian drones struck Kyiv, officials said.\nNo dateline here at all", 0),
]


@pytest.mark.parametrize(("text", "count"), DATELINES)
def test_datelines_are_found_on_the_lines_with_a_mark(text: str, count: int) -> None:
    folded = fold(text)
    masker = load_dateline_masker()
    masked = masker(folded)
    assert len(masked) == len(folded)
    pattern = _dateline_regex()
    everywhere = [m.span() for m in pattern.finditer(folded)]
    assert [m.span() for m in line_matches(pattern, folded, _MARKS)] == everywhere
    assert [m.span() for m in line_matches(pattern, folded)] == everywhere
    assert len(everywhere) == count
    assert sum(1 for a, b in zip(folded, masked, strict=True) if a != b and b == " ") >= count


def _dateline_regex() -> re.Pattern[str]:
    """The dateline regex the masker is built from (read back from its closure)."""
    masker = load_dateline_masker()
    cells = [c.cell_contents for c in masker.__closure__ or ()]
    return next(c for c in cells if isinstance(c, re.Pattern))


def test_datelines_on_random_lines() -> None:
    pattern = _dateline_regex()
    pieces = ["kiev", "beirut", "new york", ", 12 nov", " (", "(efe)", "(dpa)", ")", ".", "-", " - ", "—"]
    pieces += ["–", "/", "/тасс/", "\n", " ", "x", "12", ",", "'", "afp", "reuters", "القاهرة"]
    rng = random.Random(5)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in line_matches(pattern, text, _MARKS)] == expected, text
        found += bool(expected)
    assert found > 5


AGENCY_LINES = [  # Russian wire datelines whose periods end no sentence, and lines that are none
    "МОСКВА, 12 октября. /ТАСС/. Беспилотники атаковали склад.",
    "Заголовок\n\nЕРЕВАН, 20 ноября. /Интерфакс/. Стороны провели переговоры.",
    "Заголовок\n\nМОСКВА, 24 ноя — РИА Новости. Войска начали наступление.",
    "Заголовок\n\nВойска начали наступление, сообщили военные. /ТАСС/.",
    "Title\n\nKyiv strikes. More to come",
]


@pytest.mark.parametrize("text", AGENCY_LINES)
def test_agency_datelines_tried_on_lines_with_a_comma(text: str) -> None:
    expected = [m.span() for m in AGENCY_DATELINE.finditer(text)]
    assert [m.span() for m in line_matches(AGENCY_DATELINE, text, _COMMA)] == expected


def test_agency_datelines_on_random_lines() -> None:
    pieces = ["МОСКВА", ", ", "12 октября", ".", " /ТАСС/.", " — РИА Новости.", "\n", " ", "x", "Paris"]
    pieces += [" - AFP.", "/", "-", "Kiev", ","]
    rng = random.Random(4)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in AGENCY_DATELINE.finditer(text)]
        assert [m.span() for m in line_matches(AGENCY_DATELINE, text, _COMMA)] == expected, text
        found += bool(expected)
    assert found > 20


# --- month and weekday names -----------------------------------------------------------------------

NAMES = {  # (a weekday, its index from Monday; a month, its index from January)
    "en": ("friday", 4, "november", 10),
    "fr": ("mardi", 1, "fevrier", 1),
    "es": ("miercoles", 2, "octubre", 9),
    "de": ("sonntag", 6, "marz", 2),
    "ru": ("в пятницу", 4, "октября", 9),
    "tr": ("cuma", 4, "kasim", 10),
    "ar": ("الاثنين", 0, "يونيو", 5),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_which_remembers_the_index_of_a_name(lang: str) -> None:
    grammar = load_grammar(lang)
    assert grammar is not None
    weekday, day_index, month, month_index = NAMES[lang]
    for _ in range(2):  # worked out, then remembered
        assert _which(grammar, fold(weekday), month=False) == day_index
        assert _which(grammar, fold(month), month=True) == month_index
    plain = next(i for i, p in enumerate(grammar.weekdays) if p.fullmatch(fold(weekday)))
    assert plain == day_index
    assert len(grammar._indices) <= _INDICES_KEPT
    with pytest.raises(AssertionError):
        _which(grammar, "zzzz", month=True)


def test_which_forgets_beyond_its_bound() -> None:
    grammar = load_grammar("en")
    assert grammar is not None
    grammar._indices.clear()  # the grammar is shared: other tests may have filled it
    grammar._indices.update({(True, f"x{i}"): 0 for i in range(_INDICES_KEPT)})
    assert _which(grammar, "march", month=True) == 2
    assert grammar._indices == {(True, "march"): 2}


def test_dates_resolve_the_same_twice() -> None:
    from vigie_extractor.core.dates import find_dates

    published = date(2026, 11, 18)
    text = "On Friday the army said it struck on 3 November; on Monday, 2 March 2026, talks began."
    first = [(d.text, d.value) for d in find_dates(text, "en", published)]
    assert first == [(d.text, d.value) for d in find_dates(text, "en", published)]
    assert date(2026, 11, 3) in [v for _, v in first]


# --- sentences -------------------------------------------------------------------------------------

SENTENCES = [
    ("  Troops left.  \n\n  They came back.  ", ["Troops left.", "They came back."], [0, 1]),
    ("J. Smith came. He left on 3. May.", ["J. Smith came.", "He left on 3.", "May."], [0, 0, 0]),
    ("\n\n\n", [], []),
    ("Title\n\n \t Lead one. Lead two.\nNext", ["Title", "Lead one.", "Lead two.", "Next"], [0, 1, 1, 2]),
]


def test_sentence_built_without_init_equals_the_dataclass() -> None:
    assert "__post_init__" not in vars(Sentence)
    assert "__slots__" not in vars(Sentence)
    built = _sentence(3, 9, "Troops", 2)
    assert built == Sentence(3, 9, "Troops", 2)
    assert hash(built) == hash(Sentence(3, 9, "Troops", 2))
    assert repr(built) == repr(Sentence(3, 9, "Troops", 2))
    with pytest.raises(FrozenInstanceError):
        built.start = 0  # type: ignore[misc]


@pytest.mark.parametrize(("text", "texts", "paragraphs"), SENTENCES)
def test_sentences_are_trimmed_with_their_offsets(text: str, texts: list[str], paragraphs: list[int]) -> None:
    found = split_sentences(text, "en")
    assert [s.text for s in found] == texts
    assert [s.paragraph for s in found] == paragraphs
    assert all(text[s.start : s.end] == s.text for s in found)


# --- factuality: the subject test -------------------------------------------------------------------

HEADS = [  # (lang, folded clause before the trigger, whether the trigger heads the subject)
    ("en", "", True),
    ("en", "the ", True),
    ("en", "the russian ", False),
    ("fr", "une ", True),
    ("fr", "selon l'armee, une ", False),
    ("es", "un ", True),
    ("de", "ein ", True),
    ("de", "der neue ", False),
    ("ru", "", True),
]


@pytest.mark.parametrize(("lang", "before", "heads"), HEADS)
def test_heads_clause(lang: str, before: str, heads: bool) -> None:
    cues = load_cues(lang)
    assert cues is not None
    folded = before + "attack"
    assert _heads_clause(cues, folded, 0, len(before)) is heads


MODALS = [  # a trigger heading a long subject whose modal comes late: hypothetical in every language
    ("en", "An attack on the bridge by the army's drones could cut the road.", "attack", "hypothetical"),
    ("en", "Drones struck the bridge on Monday, the army said.", "struck", "reported"),
    ("fr", "Une attaque de drones contre le pont pourrait couper la route.", "attaque", "hypothetical"),
    ("es", "Un ataque con drones contra el puente podría cortar la carretera.", "ataque", "hypothetical"),
    ("de", "Ein Angriff mit Drohnen auf die Brücke könnte die Straße sperren.", "Angriff", "hypothetical"),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), MODALS)
def test_next_cues_read_the_subject(lang: str, sentence: str, trigger: str, expected: str) -> None:
    start = sentence.index(trigger)
    found = classify_factuality(
        sentence, 0, len(sentence), start, start + len(trigger), lang, None, date(2026, 11, 18)
    )
    assert found == expected
