"""The rule-based event coder: article text in its own language -> coded ``Event`` records.

Pipeline for one document: language (declared or detected) -> trigger hits on the folded text ->
sentences -> context checks (metaphor blockers, topics, conflict cues, threats that scope an act)
-> actors, places and dates around the triggers (``analysis``) -> source, target and location
(``arguments``) -> date and factuality -> CAMEO quad class and Goldstein score (``taxonomy``) ->
de-duplication and numbering (``dedupe``).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from vigie.contracts import Actor, Event, Evidence, Location
from vigie.language import SUPPORTED_LANGUAGES, UNDETERMINED, detect_language
from vigie_extractor.core import taxonomy
from vigie_extractor.core.analysis import Analysis
from vigie_extractor.core.arguments import (
    SYMMETRIC,
    Scope,
    Sides,
    category_sectors,
    choose_place,
    choose_sides,
    condemner_end,
    load_argument_knowledge,
)
from vigie_extractor.core.article_genre import ArticleGenres
from vigie_extractor.core.boilerplate import load_boilerplate_masker
from vigie_extractor.core.bombardments import fold_bombardments, unarmed_bombardments
from vigie_extractor.core.cases import case_sides
from vigie_extractor.core.chains import chained_acts, instrument_sides, share_subject
from vigie_extractor.core.claims import claimant
from vigie_extractor.core.context import (
    ConflictKnowledge,
    blocked,
    conflict_score,
    crime_around,
    gathering_attacked,
    hard_evidence,
    in_attacked_gathering,
    inside_weapon_name,
    is_historical,
    is_topic,
    mundane_in,
    sanction_topic,
)
from vigie_extractor.core.coreference import office_antecedent
from vigie_extractor.core.datelines import load_dateline_masker
from vigie_extractor.core.dates import DateMention, past_period, resolve_event_date, trigger_day
from vigie_extractor.core.dedupe import dedupe_and_number
from vigie_extractor.core.document import Document, Extraction
from vigie_extractor.core.factuality import classify_factuality, load_cues, opens_scenario
from vigie_extractor.core.genre import (
    FICTION_DOMAINS,
    GenreCues,
    domain_in,
    force_in,
    is_rally,
    load_genres,
    plot_in,
)
from vigie_extractor.core.headline_subject import headline_subject_country
from vigie_extractor.core.home_offices import load_home_offices
from vigie_extractor.core.knowledge.actors import ActorLexicon, ActorMention
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.places import Gazetteer, PlaceMention
from vigie_extractor.core.pairs import named_pair, told_of_pair
from vigie_extractor.core.parties import between_parties
from vigie_extractor.core.pronoun_subjects import opens_with_subject_pronoun
from vigie_extractor.core.quoted_threats import quoted_speaker
from vigie_extractor.core.recall import RecallCues, RecallText, demote_background, load_recall
from vigie_extractor.core.retold import fold_later_tellings
from vigie_extractor.core.sentences import Sentence, split_sentences
from vigie_extractor.core.strike_objects import (
    ABSTRACT,
    PHYSICAL,
    StruckObject,
    plain_strike,
    struck_object,
    war_place_struck,
)
from vigie_extractor.core.struck import complete_sides
from vigie_extractor.core.taxonomy import ALERTABLE, FIGHT_LIKE
from vigie_extractor.core.triggers import (
    Category,
    LanguageLexicon,
    TriggerEntry,
    TriggerHit,
    deaths,
    from_the_air,
    load_categories,
    load_lexicons,
    refine,
)
from vigie_extractor.core.truce_fire import VIOLATION, fire_despite_truce

logger = logging.getLogger(__name__)

VERSION = "vigie-rules-1"
# Categories that happen at no place of their own (a call joins two capitals).
_PLACELESS = frozenset({"phone_call", "threat", "sanction", "appeal", "military_aid"})
# A fight trigger inside a threat trigger ("would strike ... if") or this close after it is what is
# threatened, not an act.
_THREAT_SCOPE = 60
# a source an armed group's claim of responsibility replaces (``_claimed``)
_STATE_SIDES = frozenset({"GOV", "MIL", "COP"})
_ARMED_GROUPS = frozenset({"REB"})
# Roles whose country the text often leaves out ("the rebels"): inferred from the event place.
_STATELESS_ROLES = frozenset({"REB", "OPP", "INS", "UAF", "CVL", "REF"})
# Categories whose future tense announces a decision already taken ("will send tanks"): the
# announcement is the event, as for sanctions (eval/README.md: an official act is asserted).
_PLEDGES = frozenset({"military_aid"})
# Categories performed by saying them ("threatened to strike", "warned it would respond"): the
# speaker's verb of saying and the future tense belong to the act (core/factuality.py).
_SPEECH_ACTS = frozenset({"threat"})
# The longest word linking an event noun to its own actor ("tirs de roquettes du Hezbollah", "strikes by
# Israel"); a verb's bare object ("shelled Hamas positions") has no link.
_OWN_AGENT = 6
_YEAR_DAYS = 366
_WEEK_DAYS = 7
# Sectors of a state actor (a country named alone has no sector yet).
_STATE_ROLES = frozenset({None, "GOV", "MIL", "COP"})
# Genres whose sanctions are a sports body's fines and bans, not a state's measures.
_SANCTION_GENRES = frozenset({"sport", "culture", "games"})
# Strikes that fall on a place: a capital they strike is where they fell (``_struck_capital``).
_STRIKES_ON_PLACES = frozenset({"airstrike", "missile_strike", "shelling", "assault"})
# How much a plain strike ("Russia struck Kharkiv": a state at war, a physical object, no conflict
# word) weighs as conflict context: more than a war-zone place alone, less than a conflict word.
_PLAIN_STRIKE_WEIGHT = 0.75
# Strikes told with their weapon that fall on a place: a place at war next to them is their victim.
_FALLS_ON_PLACES = frozenset({"shelling", "airstrike", "missile_strike"})
# Kinds of actor mentions that name an organisation, not a place ("OEA", "Hamas").
_ORGANISATIONS = frozenset({"org", "group"})
# The mode of a bombing ("explosions", "car bomb").
EXPLOSIVES = "explosives"
# Attackers the text does not identify ("gunmen", "hommes armés"): never given the place's country.
_UNIDENTIFIED = frozenset({"gunmen"})


class Extractor:
    """Loads every lexicon once; ``extract`` is pure and thread-safe."""

    version: str = VERSION

    def __init__(
        self,
        lexicons: dict[str, LanguageLexicon],
        actors: ActorLexicon,
        gazetteer: Gazetteer,
        conflict: ConflictKnowledge,
        categories: dict[str, Category],
        *,
        genres: dict[str, GenreCues] | None = None,
        recall: dict[str, RecallCues] | None = None,
    ) -> None:
        self._lexicons = lexicons
        self._genres = genres or {}
        self._recall = recall or {}
        self._article_genres = ArticleGenres.of(cues.pieces for cues in self._genres.values())
        self._categories = categories
        self._actors = actors
        self._gazetteer = gazetteer
        self._conflict = conflict

    @classmethod
    def load(cls) -> Extractor:
        """Read and validate every data file (triggers, actors, places, taxonomy)."""
        extractor = cls(
            load_lexicons(),
            ActorLexicon.load(),
            Gazetteer.load(),
            ConflictKnowledge.load(),
            load_categories(),
            genres=load_genres(),
            recall=load_recall(),
        )
        logger.info("extractor %s loaded: %s languages", cls.version, len(extractor._lexicons))
        return extractor

    def extract(self, doc: Document) -> Extraction:
        """The genre of ``doc`` and every event of it, numbered in text order."""
        genre = self._article_genres.genre_of(doc.title, doc.url)
        text = doc.analysed_text
        lang, detected = doc.lang, False
        if lang is None:
            lang, _ = detect_language(text)
            detected = True
        lang = lang.lower().replace("_", "-").split("-")[0] if lang else UNDETERMINED  # "en-US" -> "en"
        lexicon = self._lexicons.get(lang)
        if lang not in SUPPORTED_LANGUAGES or lexicon is None:
            return Extraction(lang=lang, supported=False, lang_detected=detected, events=[], genre=genre)
        # "Kiev, 11 nov (EFE).-" names no actor nor place, nor does a byline or a photo caption;
        # "said the army, on Sunday, that" is one clause
        masked = load_boilerplate_masker()(load_dateline_masker()(fold(text)))
        folded = lexicon.context.open_asides(masked)
        hits = lexicon.find(folded)
        if not hits:
            return Extraction(lang=lang, supported=True, lang_detected=detected, events=[], genre=genre)
        events = _Coder(self, doc, lang=lang, lexicon=lexicon, folded=folded).code(hits)
        return Extraction(lang=lang, supported=True, lang_detected=detected, events=events, genre=genre)


class _Coder:
    """Codes the trigger hits of one document."""

    def __init__(
        self, ex: Extractor, doc: Document, *, lang: str, lexicon: LanguageLexicon, folded: str
    ) -> None:
        self.ex, self.doc, self.text, self.folded, self.lang = ex, doc, doc.analysed_text, folded, lang
        self.rules = lexicon.context
        self.cues = ex._genres.get(lang)
        self.published: date | None = doc.published.date() if doc.published else None
        self.sentences = split_sentences(self.text, lang)
        self._history: dict[int, bool] = {}
        # per sentence index: what every trigger of the sentence shares, worked out once
        self._actors_of: dict[int, list[ActorMention]] = {}
        self._date_of: dict[int, tuple[date | None, str]] = {}
        self._deaths_of: dict[int, int | None] = {}
        self._past_year_of: dict[int, bool] = {}
        self._dates_in: dict[int, list[DateMention]] = {}
        title = self.sentences[0] if self.sentences else None
        self._title_history = bool(
            doc.title and title and is_historical(folded, self.rules, title.start, title.end)
        )

    def code(self, hits: list[TriggerHit]) -> list[Event]:
        starts = [s.start for s in self.sentences]
        located = [(h, _index(starts, self.sentences, h.start)) for h in hits]
        self.an = Analysis.run(
            self.text,
            self.lang,
            self.sentences,
            {i for _, i in located if i is not None},
            actors=self.ex._actors,
            gazetteer=self.ex._gazetteer,
            published=self.published,
            folded=self.folded,
        )
        events: list[Event] = []
        retellings: set[str] = set()  # ids of events coded from an "attack" whose sentence names no weapon
        bare_headline: dict[int, TriggerEntry] = {}  # trigger start -> entry of a headline's bare attack
        # (sentence start, trigger start, trigger end) of threat triggers
        threat_spans: list[tuple[int, int, int]] = []
        for raw, index in located:
            if index is None:
                continue
            sentence = self.sentences[index]
            if blocked(raw, self.folded, self.rules, sentence.start, sentence.end) or inside_weapon_name(
                raw, self.folded, self.rules, sentence.start, sentence.end
            ):
                continue
            if gathering_attacked(raw, self.folded, self.rules, sentence.start, sentence.end):
                continue
            if self._blast_of_a_strike(raw, index, located):
                continue
            entry = self._refined(raw, index, located)
            hit = raw if entry is raw.entry else replace(raw, entry=entry)
            if hit.entry.category == "threat":
                threat_spans.append((sentence.start, hit.start, hit.end))
            elif hit.entry.plover in FIGHT_LIKE and any(
                s == sentence.start and start <= hit.start and hit.start - end <= _THREAT_SCOPE
                for s, start, end in threat_spans
            ):
                continue
            bare = raw.entry.generic and self._bare_in_sentence(raw, index)
            event = self._event(hit, index, sentence, bare=bare, verb=raw.entry)
            if event is not None:
                events.append(event)
                if bare:
                    retellings.add(event.event_id)
                if hit.entry.generic and self._lead_of(index) is not None:
                    bare_headline[hit.start] = hit.entry
        # sectors and countries of the sides an event lands on, once duplicates are merged
        headline_end = self.sentences[0].end if self._lead_of(0) is not None else None
        events = self._background(events, headline_end)
        events = fold_later_tellings(events, self._body_start(headline_end), self._dated_sentences())
        chained = chained_acts(events, self.folded, self.rules.chain)
        events = instrument_sides(share_subject(events, chained), chained)
        violation = self.ex._categories[VIOLATION]
        cues = load_cues(self.lang)
        speech = cues.attribution.speech if cues is not None else None
        events = fire_despite_truce(events, self.folded, self.rules.despite_truce, violation, speech)
        events = fold_bombardments(events, unarmed_bombardments(events, self.rules, self.folded))
        merged = dedupe_and_number(self.doc.doc_id, events, retellings, headline_end, chained)
        merged = [self._headline_weapon(e, bare_headline) for e in merged]
        return [complete_sides(e, self.folded, self.lang) for e in merged]

    def _background(self, events: list[Event], headline_end: int | None) -> list[Event]:
        """The events the article recalls in passing ("days after a drone attack on Odesa") made
        historical (``recall``); the news is told by the headline and the lead's first sentence."""
        cues = self.ex._recall.get(self.lang)
        if cues is None or not self.sentences:
            return events
        text = RecallText(
            folded=self.folded,
            sentences=[(s.start, s.end) for s in self.sentences],
            dates=self.an.dates,
            headline_end=headline_end,
            news_end=self._news_end(headline_end),
        )
        return demote_background(events, cues, text)

    def _news_end(self, headline_end: int | None) -> int:
        """Where the news ends: the end of the lead's first sentence (the headline's when it has none)."""
        if not self.sentences:
            return 0
        return self.sentences[1 if headline_end is not None else 0].end

    def _body_start(self, headline_end: int | None) -> int:
        """Where the paragraphs after the lead's begin (the text's end when there are none)."""
        if not self.sentences:
            return 0
        lead = self.sentences[1 if headline_end is not None else 0]
        return next(
            (s.start for s in self.sentences if s.start >= lead.end and s.paragraph != lead.paragraph),
            len(self.text),
        )

    def _dated_sentences(self) -> set[int]:
        """The starts of the sentences that name a day, a month or a year."""
        starts = [s.start for s in self.sentences]
        return {
            self.sentences[i].start
            for d in self.an.dates
            if (i := _index(starts, self.sentences, d.start)) is not None
        }

    def _lead_of(self, index: int) -> Sentence | None:
        """The lead's first sentence when sentence ``index`` is the headline, else None."""
        if not self.doc.title or index != 0 or len(self.sentences) < 2:
            return None
        lead = self.sentences[1]
        return lead if lead.paragraph != self.sentences[0].paragraph else None

    def _headline_weapon(self, event: Event, bare_headline: dict[int, TriggerEntry]) -> Event:
        """A headline's bare "strike" that no fight of the lead absorbed, re-coded by the weapon of the
        lead's first sentence ("Strike kills two in Nabatieh" / "An Israeli aircraft targeted a
        motorbike ..."): the lead says what the headline compresses."""
        raw = bare_headline.get(event.evidence.trigger_start)
        lead = self._lead_of(0)
        if raw is None or lead is None or event.category != raw.category:
            return event
        entry = refine(raw, self.rules, self.folded, (lead.start, lead.end), self.ex._categories)
        if entry.generic:
            return event
        return taxonomy.recoded(event, entry.category, entry.plover, entry.mode, entry.cameo)

    def _is_blast(self, hit: TriggerHit) -> bool:
        """True when ``hit`` is a bare blast ("explosions", "взрывы"), not a bombing named as such."""
        blast = self.rules.blast
        return (
            hit.entry.mode == EXPLOSIVES
            and blast is not None
            and blast.fullmatch(self.folded, hit.start, hit.end) is not None
        )

    def _blast_of_a_strike(
        self, hit: TriggerHit, index: int, located: list[tuple[TriggerHit, int | None]]
    ) -> bool:
        """True when ``hit`` is a blast in a sentence that tells a fight by another trigger ("Rusia
        atacó Kiev, con explosiones en varios distritos"): the blasts are that fight's effect."""
        return self._is_blast(hit) and any(
            i == index and other is not hit and other.entry.plover in FIGHT_LIKE and not self._is_blast(other)
            for other, i in located
        )

    def _refined(
        self, hit: TriggerHit, index: int, located: list[tuple[TriggerHit, int | None]]
    ) -> TriggerEntry:
        """A generic attack re-coded by the weapon its sentence (or a neighbour) names; a bombardment
        by the aircraft named next to it. A neighbour's weapon does not reach an attack whose own
        sentence tells a fight in precise words: "the attack" there retells that fight ("clashes broke
        out near Babanusa ... the attack killed dozens", after an air raid on Nyala)."""
        s, cats = self.sentences[index], self.ex._categories
        sentence = (s.start, s.end)
        if self._is_blast(hit):  # "explosions shook Kyiv; drones were seen": the blasts are their strike
            attack = replace(hit.entry, mode=None, cameo=cats["assault"].cameo)
            weapon = refine(attack, self.rules, self.folded, sentence, cats)
            if not weapon.generic:
                return weapon
        entry = from_the_air(
            hit.entry,
            self.rules,
            self.folded,
            sentence,
            hit=(hit.start, hit.end),
            categories=cats,
            lang=self.lang,
        )
        # the weapon of the trigger's own clause first: "missiles struck Kharkiv, a day after a drone
        # attack on Odesa" is a missile strike
        entry = refine(entry, self.rules, self.folded, _comma_clause(self.folded, sentence, hit), cats)
        if entry.generic:
            entry = refine(entry, self.rules, self.folded, (s.start, s.end), cats)
        if entry.generic and not self._precise_fight_in_sentence(hit, index, located):
            entry = refine(entry, self.rules, self.folded, self.an.around(index), cats)
        return entry

    @staticmethod
    def _precise_fight_in_sentence(
        hit: TriggerHit, index: int, located: list[tuple[TriggerHit, int | None]]
    ) -> bool:
        """True when sentence ``index`` tells a fight (PLOVER FIGHT: "اشتباكات", "clashes", "shelled") by a
        trigger other than ``hit`` that is not a generic attack; an assault word ("gunmen") leaves the
        attack to the weapon of its neighbours."""
        return any(
            i == index and other is not hit and other.entry.plover == "FIGHT" and not other.entry.generic
            for other, i in located
        )

    def _bare_in_sentence(self, hit: TriggerHit, index: int) -> bool:
        """True when a generic attack's own sentence names no weapon ("the attack", "saldırıda")."""
        s = self.sentences[index]
        return refine(hit.entry, self.rules, self.folded, (s.start, s.end), self.ex._categories).generic

    def _sides(self, scope: Scope, in_sentence: list[ActorMention]) -> Sides:
        """The trigger's sides; the parties named "between A and B" when nothing else gives any."""
        sides = choose_sides(scope, in_sentence)
        if sides.source is None and sides.target is None and len(in_sentence) >= 2:
            hit = scope.hit
            span = (hit.start, hit.end)
            coordination = self.rules.coordination
            pair = between_parties(
                hit.entry.category, self.lang, self.folded, span, in_sentence, coordination
            )
            if pair is not None:  # "the truce between A and B was broken"
                sides = Sides(*pair)
        source = sides.source
        if (
            source is not None
            and sides.target is None
            and scope.hit.entry.plover in FIGHT_LIKE
            and in_attacked_gathering(
                self.rules, self.folded, scope.sentence.start, scope.sentence.end, (source.start, source.end)
            )
        ):  # "a suicide bomber struck an opposition rally": the opposition is hit
            sides = Sides(None, source)
        sides = self._pair_sides(scope, sides)
        marked = case_sides(
            scope.hit.entry.category,
            self.lang,
            scope.hit.start,
            in_sentence,
            chosen=(sides.source, sides.target),
            folded=self.folded,
        )
        if marked != (sides.source, sides.target):  # "Kuzey Kore'den Güney Kore'ye tehdit"
            sides = Sides(*category_sectors(scope.hit.entry.category, *marked))
        return sides

    def _pair_sides(self, scope: Scope, sides: Sides) -> Sides:
        """A symmetric act told of "the two leaders", "both sides" whose own sentence does not name two
        countries: the pair the headline or the previous sentence named ("Erdogan and Putin ...")."""
        hit, sentence = scope.hit, scope.sentence
        countries = {s.country for s in (sides.source, sides.target) if s is not None} - {None}
        # an act that names no side at all is not made one ("وأكد الجانبان خلال اللقاء": a courtesy
        # call's "meeting" recalled): the pair only corrects sides read from a reporter or a topic
        named = sides.source is not None or sides.target is not None
        if hit.entry.category not in SYMMETRIC or len(countries) == 2 or not named:
            return sides
        cues = load_argument_knowledge().cues.get(self.lang)
        cue = cues.pair if cues is not None else None
        if not told_of_pair(self.folded, (sentence.start, sentence.end), (hit.start, hit.end), cue):
            return sides
        index = self.an.sentence_index(sentence.start)
        if index is None:
            return sides
        earlier = [
            self._actors_in_sentence(i) for i in sorted({index - 1, 0} - {index}, reverse=True) if i >= 0
        ]
        pair = named_pair(earlier)
        return Sides(*category_sectors(hit.entry.category, *pair)) if pair is not None else sides

    def _sides_and_place(
        self,
        scope: Scope,
        index: int,
        in_sentence: list[ActorMention],
        struck: StruckObject | None,
        *,
        bare: bool,
    ) -> tuple[Sides, PlaceMention | None]:
        """The sides of ``scope``'s trigger and the place it happened at: borrowed from the sentence
        before for a bare retelling, the claimant's, the coreferred office's; the place a strike verb
        lands on where it is more precise; a struck capital is no attacker."""
        entry = scope.hit.entry
        sides = self._sides(scope, in_sentence)
        sides = self._pronoun_subject(scope, index, sides)
        if sides.source is None and sides.target is None and not in_sentence and not bare:
            # a bare "the attack" retells a fight told before, whose sides it keeps; the first actor of
            # the previous sentence is often only its reporter ("Lübnan ordusu, ... açıkladı.
            # Saldırıda bir kişi öldü")
            sides = self._borrow(index)
        sides = self._claimed(index, entry, sides)
        sides = self._coreferred(sides, index)
        if entry.category in _SPEECH_ACTS:
            # «Nous frapperons ...», a averti le général: the speaker outside the quote threatens
            sentence = (scope.sentence.start, scope.sentence.end)
            trigger = (scope.hit.start, scope.hit.end)
            sides = quoted_speaker(self.folded, sentence, trigger, in_sentence, sides)
        place = self._place(scope, index, sides, in_sentence)
        if struck is not None and struck.place is not None and _less_precise(place, struck.place):
            place = struck.place  # "missiles fired from Iran hit Goma": the verb's object is the place
        if entry.category in _STRIKES_ON_PLACES and _names_place(sides.source, place):
            # "explosions rocked Kyiv after a drone attack": the capital struck is no attacker
            sides = replace(sides, source=None)
        return sides, place

    def _event(
        self,
        hit: TriggerHit,
        index: int,
        sentence: Sentence,
        *,
        bare: bool = False,
        verb: TriggerEntry | None = None,
    ) -> Event | None:
        """The event of ``hit`` (``verb``: its entry before a weapon refined it), or None."""
        entry = hit.entry
        scope = Scope(self.folded, sentence, hit, self.rules, self.lang)
        in_sentence = self._actors_in_sentence(index)
        context_weight = 1.0
        verb = verb or entry
        struck = self._verb_object(scope, index, in_sentence, verb)
        if (
            (entry.plover in FIGHT_LIKE and is_topic(scope))
            or _no_attack(verb, struck)
            # sanctions evaded, annulled or felt: nobody imposes them here
            or (entry.category == "sanction" and sanction_topic(scope))
        ):
            return None
        if entry.needs_conflict:
            context_weight = self._gated_weight(scope, index, in_sentence, struck)
            if context_weight == 0.0:
                return None
        if entry.needs_conflict and self._tells_plot(index):
            return None
        if self.genre is not None and (
            (_may_be_gated(entry) and not self._fits_genre(scope, index, in_sentence))
            or self._campaign_rally(scope, index)
        ):
            return None
        sides, place = self._sides_and_place(scope, index, in_sentence, struck, bare=bare)
        if sides.source is None and sides.target is None and (place is None or entry.category in _PLACELESS):
            return None  # nobody and nowhere: "il a appelé au calme" on a sports page
        when, precision = self._trigger_date(hit, index)
        factuality = classify_factuality(
            self.text,
            sentence.start,
            sentence.end,
            hit.start,
            hit.end,
            self.lang,
            when,
            self.published,
            folded=self.folded,
            pledge=entry.category in _PLEDGES,
            precision=precision,
            speech_act=entry.category in _SPEECH_ACTS,
        )
        if factuality in ALERTABLE and entry.category not in _SPEECH_ACTS and self._in_scenario(index):
            factuality = "hypothetical"
        if factuality in ALERTABLE and (
            self._historical(index)
            or (precision == "unknown" and self.opinion)  # an opinion piece recalls what it does not date
            or (self._names_past_year(index) and (self.opinion or self.genre == "culture"))
        ):
            factuality = "historical"
        source, s_inferred = _actor(sides.source, place)
        target, t_inferred = _actor(sides.target, place)
        if _own_country(source, sides.target):
            target, t_inferred = None, False
        # the place's country is the other side of a strike, an offensive or a visit
        if target is None and (entry.plover in FIGHT_LIKE or entry.category == "visit") and place is not None:
            target = _struck_country(source, place)
            t_inferred = target is not None
        cameo = taxonomy.cameo_entry(entry.cameo)
        confidence = entry.strength * 0.6 * context_weight + 0.4 * (
            0.35 * (source is not None)
            + 0.25 * (target is not None)
            + 0.2 * (place is not None)
            + 0.2 * (when is not None and precision != "unknown")
        )
        confidence -= 0.1 * (s_inferred or t_inferred) + 0.1 * sides.borrowed
        return Event(
            event_id=f"{self.doc.doc_id}:{hit.start}",
            category=entry.category,
            plover=entry.plover,
            mode=entry.mode,
            cameo=entry.cameo,
            quad_class=cameo.quad_class,
            goldstein=cameo.goldstein,
            source=source,
            target=target,
            location=_location(place) if place else None,
            event_date=when,
            date_precision=precision if when else "unknown",
            factuality=factuality,
            confidence=round(max(0.05, min(1.0, confidence)), 3),
            killed=self._deaths(index) if entry.plover in FIGHT_LIKE else None,
            evidence=Evidence(
                sentence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                trigger=self.text[hit.start : hit.end],
                trigger_start=hit.start,
                trigger_end=hit.end,
            ),
        )

    def _verb_object(
        self, scope: Scope, index: int, in_sentence: list[ActorMention], verb: TriggerEntry
    ) -> StruckObject | None:
        """The object of a generic strike verb or of a verb that needs a physical one (else None)."""
        if not (verb.generic or verb.physical_object):
            return None
        return struck_object(scope, self._struck_places(index, in_sentence))

    def _gated_weight(
        self, scope: Scope, index: int, in_sentence: list[ActorMention], struck: StruckObject | None
    ) -> float:
        """The conflict weight of a fight trigger, 0.0 when it is no fight: a bare "attack" or
        "strike" needs a strong cue in its own sentence, a precise trigger less, unless a state or an
        armed group at war strikes a physical object ("Russia struck Kharkiv overnight")."""
        weight = self._conflict_weight(scope, index, in_sentence)
        if weight > 0.0 and not (scope.hit.entry.generic and weight < 1.0):
            return weight
        if struck is not None and struck.kind == PHYSICAL and self._plain_strike(scope, index, in_sentence):
            return _PLAIN_STRIKE_WEIGHT
        return 0.0

    def _struck_places(self, index: int, in_sentence: list[ActorMention]) -> list[PlaceMention]:
        """The place mentions of sentence ``index`` that no organisation's name covers ("la OEA" is
        no town)."""
        s = self.sentences[index]
        orgs = [(a.start, a.end) for a in in_sentence if a.kind in _ORGANISATIONS]
        places = self.an.places_in(s.start, s.end)
        return [p for p in places if not any(a < p.end and p.start < b for a, b in orgs)]

    def _plain_strike(self, scope: Scope, index: int, in_sentence: list[ActorMention]) -> bool:
        """A bare strike verb whose subject is a state or an armed group at war and whose object
        is a place or a physical target (``strike_objects.plain_strike``)."""
        source = self._sides(scope, in_sentence).source
        places = self._struck_places(index, in_sentence)
        when, precision = self._trigger_date(scope.hit, index)
        toll = any(self._casualties(i) for i in (index, index + 1) if i < len(self.sentences))
        dated = toll or (when is not None and precision != "unknown")
        return plain_strike(scope, source, places, self.ex._conflict, dated=dated)

    def _casualties(self, index: int) -> bool:
        """True when sentence ``index`` counts dead or names victims ("killing 12", "three people
        were killed", "погибли", "hayatını kaybetti": the ``victim_after`` cues of arguments.yaml)."""
        if self._deaths(index) is not None:
            return True
        cues = load_argument_knowledge().cues.get(self.lang)
        s = self.sentences[index]
        return (
            cues is not None
            and cues.victim_after is not None
            and bool(cues.victim_after.search(self.folded, s.start, s.end))
        )

    def _fits_genre(self, scope: Scope, index: int, in_sentence: list[ActorMention]) -> bool:
        """On a sports, business, culture or games page a fight needs hard evidence in its sentence
        (a bomb at a stadium, a drone on a refinery) or a state named with a war-zone place. A
        threat, or a sanction on a sports page, is questioned only when its sentence speaks of the
        page's domain ("threatened 100% tariffs", "sanctioned the club over the match"): then it
        needs evidence or a word of military force. Arms delivered in a sentence about profits are
        sold, not given, unless a government is named. On a culture page a fight in a sentence that
        speaks of the film or the book is its plot."""
        if self.cues is None or self.genre is None:
            return True
        entry, s = scope.hit.entry, self.sentences[index]
        span, trigger = (s.start, s.end), (scope.hit.start, scope.hit.end)
        fight = entry.needs_conflict
        coercive = entry.category == "threat" or (
            entry.category == "sanction" and self.genre in _SANCTION_GENRES
        )
        if (
            entry.category in _PLEDGES
            and self.genre == "business"
            and domain_in(self.cues, self.genre, self.folded, span)
        ):
            # "profit up on deliveries of fourteen Rafale to India": a sale, unless a government gives
            return any(a.role == "GOV" for a in in_sentence)
        if not fight and not (coercive and domain_in(self.cues, self.genre, self.folded, span)):
            return True
        # the plot of a film or a book, told in a sentence of the review
        plot = fight and self.genre == "culture" and domain_in(self.cues, self.genre, self.folded, span)
        knowledge = self.ex._conflict
        if not plot and hard_evidence(scope, span, actors=in_sentence, knowledge=knowledge, cues=self.cues):
            return True
        if fight:
            return not plot and self._war_zone_with_state(s, in_sentence)
        return force_in(self.cues, self.folded, span, trigger)

    def _campaign_rally(self, scope: Scope, index: int) -> bool:
        """A party's or a candidate's rally on a politics page, told in a sentence about the campaign
        ("attacked her rival's record at rallies in Tucson"): no protest. Only the words that also
        name a rally are questioned; "protesters" and "marched" never are."""
        if self.cues is None or self.genre != "politics" or scope.hit.entry.category != "protest":
            return False
        s = self.sentences[index]
        return is_rally(self.cues, self.folded, (scope.hit.start, scope.hit.end)) and domain_in(
            self.cues, self.genre, self.folded, (s.start, s.end)
        )

    def _tells_plot(self, index: int) -> bool:
        """A film's, a series' or a game's plot: a plot word in a sentence of a culture or games page,
        or next to a culture or games word in the sentence itself ("стартует сериал...; по сюжету,
        герои отражают атаку боевиков", "لعبة يخوض فيها اللاعب معارك"). Its gunmen and dead are
        fiction, so no hard evidence saves the fight."""
        if self.cues is None:
            return False
        s = self.sentences[index]
        span = (s.start, s.end)
        if not plot_in(self.cues, self.folded, span):
            return False
        return self.genre in FICTION_DOMAINS or any(
            domain_in(self.cues, domain, self.folded, span) for domain in FICTION_DOMAINS
        )

    def _war_zone_with_state(self, s: Sentence, in_sentence: list[ActorMention]) -> bool:
        """A place in a country at war and a state named in the sentence ("Russia launches offensive
        near Kharkiv"); a club named after a town ("Shakhtar Donetsk") names no state."""
        conflict = self.ex._conflict.conflict_countries
        spans = [(a.start, a.end) for a in in_sentence]
        war_place = any(
            p.country in conflict and not any(a < p.end and p.start < b for a, b in spans)
            for p in self.an.places_in(s.start, s.end)
        )
        return war_place and any(a.country is not None and a.role in _STATE_ROLES for a in in_sentence)

    @cached_property
    def genre(self) -> str | None:
        """Sport, business, culture, games or None: read from the headline and lead, when first asked."""
        return self.cues.genre(self.folded) if self.cues is not None else None

    @cached_property
    def opinion(self) -> bool:
        """Whether the lead marks an opinion or analysis piece, when first asked."""
        return self.cues is not None and self.cues.is_opinion(self.folded)

    def _names_past_year(self, index: int) -> bool:
        """A date more than a year before publication in sentence ``index``: in a review or an opinion
        piece, the fight of a film or book "in 2002" is history even when the sentence also says
        when the film opens ("se estrenó el jueves")."""
        if self.published is None:
            return False
        if index not in self._past_year_of:
            s, published = self.sentences[index], self.published
            self._past_year_of[index] = any(
                s.start <= d.start < s.end and d.value is not None and (published - d.value).days > _YEAR_DAYS
                for d in self.an.dates
            )
        return self._past_year_of[index]

    def _dates_inside(self, index: int) -> list[DateMention]:
        """The date mentions inside sentence ``index`` (what ``trigger_day`` reads of them)."""
        if index not in self._dates_in:
            s = self.sentences[index]
            self._dates_in[index] = [d for d in self.an.dates if s.start <= d.start and d.end <= s.end]
        return self._dates_in[index]

    def _actors_in_sentence(self, index: int) -> list[ActorMention]:
        """The actor mentions inside sentence ``index`` (a fresh list: callers may keep it)."""
        if index not in self._actors_of:
            s = self.sentences[index]
            self._actors_of[index] = self.an.actors_in(s.start, s.end)
        return list(self._actors_of[index])

    def _trigger_date(self, hit: TriggerHit, index: int) -> tuple[date | None, str]:
        """The date of the trigger and its precision: its sentence's, the nearest of two days it
        names, or a long-past month or year right after it ("l'attaque commise en octobre 2020")."""
        s, trigger = self.sentences[index], (hit.start, hit.end)
        past = past_period(self.folded, (s.start, s.end), self._dates_inside(index), trigger, self.published)
        if past is not None:
            return past.value, past.precision
        own_day = trigger_day(s.start, s.end, self._dates_inside(index), trigger)
        if own_day is not None:  # the sentence tells of two days: the trigger's is the nearest
            return own_day, "day"
        when, precision = self._sentence_date(index)
        if hit.entry.category in _SPEECH_ACTS:
            return _uttered(when, precision, self.published), precision
        return when, precision

    def _sentence_date(self, index: int) -> tuple[date | None, str]:
        """The date governing sentence ``index`` and its precision (one per sentence)."""
        if index not in self._date_of:
            s = self.sentences[index]
            self._date_of[index] = resolve_event_date(s.text, s.start, self.an.dates, self.published)
        return self._date_of[index]

    def _deaths(self, index: int) -> int | None:
        """The number of deaths stated in sentence ``index``, if any."""
        if index not in self._deaths_of:
            s = self.sentences[index]
            self._deaths_of[index] = deaths(self.rules, self.folded, (s.start, s.end))
        return self._deaths_of[index]

    def _conflict_weight(self, scope: Scope, index: int, in_sentence: list[ActorMention]) -> float:
        """Conflict cue strength in the sentence, else (halved) in the neighbouring sentences."""
        s = self.sentences[index]
        knowledge = self.ex._conflict
        score = conflict_score(
            scope,
            (s.start, s.end),
            actors=in_sentence,
            places=self.an.places,
            knowledge=knowledge,
            cues=self.cues,
        )
        if score > 0.0 and crime_around(
            self.rules,
            self.folded,
            self.an.around(index),
            (s.start, s.end),
            actors=in_sentence,
            knowledge=knowledge,
        ):
            return 0.0  # the shots of a police raid on a gang, told in the raid's next sentence
        if (
            score > 0.0
            or (self.rules.non_conflict and self.rules.non_conflict.search(self.folded, s.start, s.end))
            or mundane_in(self.rules, self.folded, s.start, s.end)
        ):
            return score
        if (
            scope.hit.entry.category in _FALLS_ON_PLACES
            and self._lead_of(index) is None
            and war_place_struck(scope, self.an.places_in(s.start, s.end), knowledge.conflict_countries)
        ):
            return 0.5  # "Kharkiv came under shelling": the place at war is the victim; not a headline
        lo, hi = self.an.around(index)
        near = conflict_score(
            scope,
            (lo, hi),
            actors=self.an.actors_in(lo, hi),
            places=self.an.places,
            knowledge=knowledge,
            cues=self.cues,
        )
        return 0.5 if near > 0.0 else 0.0

    def _coreferred(self, sides: Sides, index: int) -> Sides:
        """Sides named by their office or as a bare state body take the country of that office or
        body named earlier (a body: in the headline or since the previous sentence), or of the
        headline's label ("Soudan : l'armée ...")."""
        source, target = sides.source, sides.target
        if not any(s is not None and s.country is None and s.kind == "group" for s in (source, target)):
            return sides
        earlier = self.an.actors_in(0, max(s.start for s in (source, target) if s is not None))
        floor = self.sentences[max(index - 1, 0)].start
        title_end = self.sentences[0].end if self.doc.title else 0
        near = [a for a in earlier if a.start >= floor or a.end <= title_end]
        label = self._label_country
        # the lead's bare body may be the headline's acting country ("México despliega ..." / "La
        # Secretaría de la Defensa anunció ..."): the source only, never the side acted on
        subject = self._headline_subject if index == 1 else None
        # a headline's office may be named with its country in the lead that follows
        lead = self._lead_actors if index == 0 and self.doc.title else []
        home = load_home_offices().get(self.lang)
        other = target.country if target else None
        source = office_antecedent(source, earlier, label or subject, other, near, lead=lead, home=home)
        other = source.country if source else None
        target = office_antecedent(target, earlier, label, other, near, lead=lead, home=home)
        return Sides(source, target, sides.borrowed)

    @cached_property
    def _lead_actors(self) -> list[ActorMention]:
        """The actors of the sentence after the headline."""
        if len(self.sentences) < 2:
            return []
        lead = self.sentences[1]
        return self.an.actors_in(lead.start, lead.end)

    @cached_property
    def _headline_subject(self) -> str | None:
        """The country a headline opens with as its subject ("Israel strikes Syria"), if any."""
        if not self.doc.title or len(self.sentences) < 2:
            return None
        first = self.sentences[0]
        return headline_subject_country(self.folded, first.start, first.end, self._actors_in_sentence(0))

    @cached_property
    def _label_country(self) -> str | None:
        """The country a headline opens with before a colon ("Soudan : ...", "Lübnan: ..."), if any."""
        if not self.doc.title or not self.sentences:
            return None
        first = self.sentences[0]
        actors = self._actors_in_sentence(0)
        if not actors or actors[0].kind not in ("country", "capital") or actors[0].country is None:
            return None
        lead = actors[0]
        opens = not self.folded[first.start : lead.start].strip()
        after = self.folded[lead.end : lead.end + 3].lstrip()
        return lead.country if opens and after.startswith(":") else None

    def _pronoun_subject(self, scope: Scope, index: int, sides: Sides) -> Sides:
        """A sentence opening with a subject pronoun ("Elle a également mené des frappes ...", "Sie
        hat Stellungen der Hamas bombardiert") has as source the actor named first by the last
        sentence before it that does not itself open with a pronoun; a mention the sides had read as
        source is then the target."""
        start, trigger = scope.sentence.start, scope.hit.start
        if index == 0 or not opens_with_subject_pronoun(self.folded, start, trigger, self.lang):
            return sides
        # "Er gedachte der Soldaten, die beim Angriff ...": the pronoun governs another clause; "Elle
        # intervient après des tirs de roquettes du Hezbollah": the noun names its own actor
        old = sides.source
        link = self.folded[scope.hit.end : old.start].strip() if old is not None else ""
        own_agent = old is not None and 0 < len(link) <= _OWN_AGENT  # "du", "of", "by", not a bare object
        if "," in self.folded[start:trigger] or own_agent:
            return sides
        back = index - 1
        while back > 0 and opens_with_subject_pronoun(
            self.folded, self.sentences[back].start, self.sentences[back].end, self.lang
        ):
            back -= 1
        antecedent = self._borrow(back + 1).source
        if antecedent is None:
            return sides
        target = old if old is not None and old.code != antecedent.code else sides.target
        return Sides(antecedent, target, borrowed=True)

    def _borrow(self, index: int) -> Sides:
        """Source from the previous sentence of the same paragraph (a subject-less follow-up)."""
        if index == 0:
            return Sides(None, None)
        prev, cur = self.sentences[index - 1], self.sentences[index]
        if prev.paragraph != cur.paragraph:
            return Sides(None, None)
        mentions = [a for a in self.an.actors_in(prev.start, prev.end) if a.kind != "capital"]
        return Sides(mentions[0], None, borrowed=True) if mentions else Sides(None, None)

    def _claimed(self, index: int, entry: TriggerEntry, sides: Sides) -> Sides:
        """An attack whose sentence names no attacker gets the group that claims it in the same or
        the next sentence ("... at a market in Mogadishu. Al-Shabaab claimed responsibility"). An armed
        group's claim also outweighs a state side taken for the source (the police that reports the
        attack, the police post it hit): no state carries out what a rebel group claims."""
        claim = load_argument_knowledge().cues.get(self.lang)
        if claim is None or claim.claim is None or entry.plover not in FIGHT_LIKE:
            return sides
        if sides.source is not None and not sides.borrowed and sides.source.role not in _STATE_SIDES:
            return sides
        for i in range(index, min(index + 2, len(self.sentences))):
            s = self.sentences[i]
            found = claimant(self.folded, claim.claim, self._actors_in_sentence(i), (s.start, s.end))
            if found is None or found is sides.target:
                continue
            if sides.source is None or sides.borrowed or found.role in _ARMED_GROUPS:
                return Sides(found, sides.target)
        return sides

    def _in_scenario(self, index: int) -> bool:
        """An earlier sentence of the paragraph opens on the frame of a scenario ("In the scenario,
        China's navy encircles the island. When a frigate fires, ... Beijing launches missiles"): the
        paragraph tells a war game or an exercise (``opens_scenario``)."""
        paragraph = self.sentences[index].paragraph
        for s in reversed(self.sentences[:index]):
            if s.paragraph != paragraph:
                return False
            if opens_scenario(self.lang, self.folded[s.start : s.end]):
                return True
        return False

    def _historical(self, index: int) -> bool:
        """A past war or anniversary named in the sentence, its neighbours or the title."""
        if index not in self._history:
            lo = self.sentences[max(0, index - 1)].start
            hi = self.sentences[min(len(self.sentences) - 1, index + 1)].end
            self._history[index] = self._title_history or is_historical(self.folded, self.rules, lo, hi)
        return self._history[index]

    def _place(
        self, scope: Scope, index: int, sides: Sides, in_sentence: list[ActorMention]
    ) -> PlaceMention | None:
        """The event place: the sentence's (``choose_place``), the struck capital when it is nearer the
        trigger or the sentence has no other, else the nearest place of the neighbouring sentences."""
        entry, hit, sentence = scope.hit.entry, scope.hit, scope.sentence
        if entry.category in _PLACELESS:
            return None
        place = choose_place(scope, self.an.places_in(sentence.start, sentence.end), in_sentence)
        place = self._own_clause_place(scope, place, in_sentence)
        if entry.category in _STRIKES_ON_PLACES:  # the struck capital, unless a place is nearer
            capital, filed = self._struck_capital(index, sides)
            if capital is not None and capital.end <= condemner_end(scope):
                capital = None  # "Kiev condenó el bombardeo": the capital condemns, it was not struck
            if capital is not None and (
                place is None or (not filed and _gap(capital, hit) < _gap(place, hit))
            ):
                place = capital
        return place if place is not None else self._nearby_place(index, hit)

    def _own_clause_place(
        self, scope: Scope, place: PlaceMention | None, in_sentence: list[ActorMention]
    ) -> PlaceMention | None:
        """The second act of a chain keeps to its own clause: a place told before the chain word that
        joins it to the first act ("... a depot in Bryansk, and also shelled the village of Tyotkino")
        is the first act's when a place follows the chain word."""
        chain, hit, sentence = self.rules.chain, scope.hit, scope.sentence
        if place is None or chain is None or place.end > hit.start:
            return place
        joins = [m for m in chain.finditer(self.folded, place.end, hit.start)]
        if not joins:
            return place
        spans = [(a.start, a.end) for a in in_sentence]
        own = [
            p
            for p in self.an.places_in(joins[-1].end(), sentence.end)
            if not any(a < p.end and p.start < b for a, b in spans)
        ]
        return min(own, key=lambda p: _gap(p, hit)) if own else place

    def _struck_capital(self, index: int, sides: Sides) -> tuple[PlaceMention | None, bool]:
        """The city of a capital named as the struck side ("Russia struck Kyiv with missiles",
        "Kiev'e füzelerle saldırdı"): where the strike fell, rather than a place of the sentence before,
        which may be another event's ("Ukrainian drones hit Novorossiysk. Russia struck Kyiv"); and
        whether it is the line's dateline ("KIEV, 24 novembre - "), which only says where the story
        was filed: a place of the sentence then comes first."""
        target = sides.target
        if target is None:  # a weapon named apart from its verb ("a frappé Kiev avec des missiles")
            # the source keeps its span but not its identity (its sector may have been set): "Киев
            # нанес удар по Курску" is Kyiv striking, not struck
            source = sides.source
            capitals = [
                a
                for a in self._actors_in_sentence(index)
                if a.kind == "capital" and (source is None or (a.start, a.end) != (source.start, source.end))
            ]
            target = capitals[0] if len(capitals) == 1 else None
        if target is None or target.kind != "capital" or self._labels(target):
            return None, False
        city = next(
            (
                p
                for p in self.an.places_in(self.sentences[index].start, self.sentences[index].end)
                if p.start < target.end and target.start < p.end
            ),
            None,
        )
        return city, self._files(target)

    def _labels(self, mention: ActorMention) -> bool:
        """A capital that labels a headline ("Kyiv: ..."): no side, no place."""
        return self.folded[mention.end : mention.end + 1] == ":"

    def _files(self, mention: ActorMention) -> bool:
        """A capital that opens a line as its dateline ("KIEV, 24 novembre - ...")."""
        opens_line = mention.start == 0 or self.folded[mention.start - 1] == "\n"
        return opens_line and self.folded[mention.end : mention.end + 1] == ","

    def _nearby_place(self, index: int, hit: TriggerHit) -> PlaceMention | None:
        """The place nearest the trigger in the neighbouring sentences, not part of an actor."""
        lo, hi = self.an.around(index)
        spans = [(a.start, a.end) for a in self.an.actors_in(lo, hi)]
        candidates = [
            p for p in self.an.places_in(lo, hi) if not any(s < p.end and p.start < e for s, e in spans)
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda p: abs(p.start - hit.start))


# What separates the comma clauses of a sentence (for the weapon of a generic attack).
_COMMA = re.compile(r"[,;:()«»\"—–]")


def _comma_clause(folded: str, sentence: tuple[int, int], hit: TriggerHit) -> tuple[int, int]:
    """The span between the punctuation marks around the trigger, inside its sentence."""
    lo, hi = sentence
    before = [m.end() for m in _COMMA.finditer(folded, lo, hit.start)]
    after = _COMMA.search(folded, hit.end, hi)
    return (before[-1] if before else lo, after.start() if after else hi)


def _gap(place: PlaceMention, hit: TriggerHit) -> int:
    """Characters between a place mention and a trigger."""
    return place.start - hit.end if place.start >= hit.end else max(0, hit.start - place.end)


def _may_be_gated(entry: TriggerEntry) -> bool:
    """A fight, a threat, a sanction or an arms delivery: the triggers a document's genre may question."""
    return entry.needs_conflict or entry.category in ("threat", "sanction") or entry.category in _PLEDGES


def _index(starts: list[int], sentences: list[Sentence], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < sentences[i].end else None


def _actor(mention: ActorMention | None, place: PlaceMention | None) -> tuple[Actor | None, bool]:
    """The contract actor of ``mention``; the country is inferred from the place for stateless
    roles ("the rebels" in Idlib are Syrian rebels) and for groups acting in one of their countries
    of operation, which the second value reports."""
    if mention is None:
        return None, False
    country, code, inferred = mention.country, mention.code, False
    if place is not None and place.country != country and place.country in mention.operates_in:
        # a group fighting across borders is coded by where it acts (the PKK in Iraq: IRQREB)
        country, code, inferred = place.country, f"{place.country}{mention.role}", True
    elif (
        country is None
        and mention.role in _STATELESS_ROLES
        and mention.name not in _UNIDENTIFIED
        and place is not None
        and place.country
    ):
        country, code, inferred = place.country, f"{place.country}{mention.role}", True
    actor = Actor(
        text=mention.text,
        name=mention.name,
        country=country,
        role=mention.role,
        code=code,
        person=mention.person,
        office=mention.office,
    )
    return actor, inferred


def _uttered(when: date | None, precision: str, published: date | None) -> date | None:
    """The day a threat was made. Its future tense ("قواته سترد", "would respond") pulls a weekday
    named with it into the coming week, but a threat is made before it is reported: a day in the
    week after publication is the same weekday of the week before."""
    if when is None or published is None or precision != "day":
        return when
    ahead = (when - published).days
    return when - timedelta(days=_WEEK_DAYS) if 0 < ahead < _WEEK_DAYS else when


def _own_country(source: Actor | None, target: ActorMention | None) -> bool:
    """A bare country named as the target of its own forces ("Syrian troops ... in Syria")."""
    return (
        source is not None
        and target is not None
        and target.kind == "country"
        and target.role is None
        and target.country == source.country
    )


def _no_attack(verb: TriggerEntry, struck: StruckObject | None) -> bool:
    """True when the verb's object says it is no attack: an abstract one ("struck a deal", "hit a
    record"), or none physical for a verb that needs one ("hit", "golpeó", "ضربت")."""
    kind = struck.kind if struck is not None else None
    return kind == ABSTRACT or (verb.physical_object and kind != PHYSICAL)


def _names_place(actor: ActorMention | None, place: PlaceMention | None) -> bool:
    """True when the words of ``actor`` are those of the event ``place`` ("Kyiv" struck, read as
    the seat of the government)."""
    return actor is not None and place is not None and actor.start < place.end and place.start < actor.end


def _less_precise(place: PlaceMention | None, other: PlaceMention) -> bool:
    """True when ``other`` says more precisely where than ``place``: ``place`` is missing or a
    country, or ``other`` is a town and ``place`` a region ("attacked the Bryansk region; in Klintsy
    a substation was damaged" keeps Klintsy)."""
    if place is None or place.feature == "country":
        return True
    return other.feature == "city" and place.feature != "city"


def _struck_country(source: Actor | None, place: PlaceMention) -> Actor | None:
    """The country of the event place (struck, invaded or visited), when it is not the source's."""
    if place.country is None or (source is not None and source.country in (None, place.country)):
        return None
    name = place.name if place.feature == "country" else place.country
    return Actor(text=place.text, name=name, country=place.country, code=place.country)


def _location(place: PlaceMention) -> Location:
    feature = place.feature if place.feature in ("country", "region", "city", "other") else "other"
    return Location(
        text=place.text,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        feature=feature,
    )
