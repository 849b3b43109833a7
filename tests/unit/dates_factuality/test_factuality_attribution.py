"""Attribution, official acts, exercises, infinitive denials and modal conditionals (table-driven)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vigie_extractor.core.factuality import FactualityDataError, classify_factuality, parse_cues

PUBLISHED = date(2025, 3, 12)


def _classify(lang: str, sentence: str, trigger: str, before: str = "Intro. ") -> str:
    text = before + sentence + " Outro."
    start = len(before)
    t_start = text.index(trigger, start)
    return classify_factuality(
        text, start, start + len(sentence), t_start, t_start + len(trigger), lang, None, PUBLISHED
    )


# The sentence attributes the event to a source: reported.
REPORTED = [
    ("en", "Rebel fighters overran two border posts, a provincial official told reporters.", "overran"),
    ("en", "The navy sank a smuggling boat off the coast, the coast guard said on Monday.", "sank"),
    ("en", "The defence ministry announced that its jets had bombed a fuel depot.", "bombed"),
    ("en", "Militants stormed a police station, local media reported.", "stormed"),
    ("fr", "Des rebelles ont pris le contrôle de la ville, a indiqué un élu local.", "pris"),
    ("fr", "Les forces armées ont abattu deux drones, a-t-il précisé.", "abattu"),
    ("fr", "Le gouverneur a annoncé que des missiles avaient touché le port.", "touché"),
    ("fr", "Un convoi a été visé par une embuscade, rapportent des témoins.", "embuscade"),
    ("es", "La guerrilla emboscó a una patrulla militar, informó el Ejército.", "emboscó"),
    ("es", "El alcalde aseguró que los drones atacaron el mercado.", "atacaron"),
    ("es", "El ministerio anunció que sus tropas recuperaron la localidad.", "recuperaron"),
    ("de", "Milizen hätten das Dorf in der Nacht überfallen.", "überfallen"),
    ("de", "Bei dem Angriff seien drei Soldaten getötet worden, teilte das Militär mit.", "Angriff"),
    ("de", "Die Armee habe die Stellungen zurückerobert, sagte ein Sprecher.", "zurückerobert"),
    ("de", "Drohnen trafen ein Umspannwerk, hieß es aus dem Ministerium.", "trafen"),
    ("ru", "Беспилотники атаковали нефтебазу, сообщил губернатор области.", "атаковали"),
    ("ru", "Военные отразили атаку на позиции, заявили в штабе.", "атаку"),
    ("ru", "Министерство объявило, что войска заняли село.", "заняли"),
    ("ru", "По словам очевидцев, боевики обстреляли колонну.", "обстреляли"),
    ("tr", "Bakanlık, teröristlerin üs bölgesine saldırdığını açıkladı.", "saldırdığını"),
    ("tr", "Valilik, iki köyün bombalandığını bildirdi.", "bombalandığını"),
    ("tr", "Yetkililere göre çatışmalarda üç militan öldü.", "çatışmalarda"),
    ("tr", "Ordu, sınır karakoluna ateş açıldığını duyurdu.", "ateş açıldığını"),
    ("ar", "قال مسؤول محلي إن طائرة مسيرة استهدفت سيارة.", "استهدفت"),
    ("ar", "أعلنت الوزارة أن القوات استعادت السيطرة على البلدة.", "استعادت"),
    ("ar", "اقتحم مسلحون مركزا للشرطة، بحسب مصادر أمنية.", "اقتحم"),
    ("ar", "قصفت المدفعية قرية حدودية، وفق ما ذكرت وكالة الأنباء.", "قصفت"),
]

# The outlet's own voice, or an official act performed by its announcement: asserted.
ASSERTED = [
    ("en", "The government announced sanctions on three shipping firms.", "sanctions"),
    ("en", "Canada imposed travel bans on four officers, the foreign ministry said.", "travel bans"),
    ("en", "The army said after it bombed the bridge that the road was closed.", "bombed"),
    ("en", "Artillery hit the northern suburbs overnight.", "hit"),
    ("fr", "Le Conseil a annoncé de nouvelles sanctions contre la compagnie.", "sanctions"),
    ("fr", "L'Union européenne a imposé un embargo sur les armes, a indiqué le Conseil.", "embargo"),
    ("es", "El Gobierno anunció sanciones contra dos bancos.", "sanciones"),
    ("es", "El presidente hizo un llamado al alto el fuego, informó la cancillería.", "llamado"),
    ("de", "Die Regierung verhängte Sanktionen gegen drei Reedereien.", "Sanktionen"),
    ("de", "Das Ministerium verkündete Sanktionen gegen zwei Banken.", "Sanktionen"),
    ("ru", "Правительство объявило санкции против трех банков.", "санкции"),
    ("ru", "Министр призвал стороны к перемирию, сообщили в МИД.", "призвал"),
    ("tr", "Bakanlık, üç şirkete yaptırım uygulandığını duyurdu.", "yaptırım"),
    ("tr", "Hükümet yeni yaptırımları açıkladı.", "yaptırımları"),
    ("ar", "أعلنت الحكومة فرض عقوبات على ثلاث شركات.", "عقوبات"),
    ("ar", "أعلن الجيش حالة التأهب في المنطقة.", "حالة التأهب"),
]

# Exercises, simulations, denials with an infinitive or complement, modal conditionals.
NOT_ALERTABLE = [
    (
        "en",
        "During the naval drills, marines stormed a beach held by a mock enemy.",
        "stormed",
        "hypothetical",
    ),
    (
        "en",
        "Troops practised repelling an invasion in a joint exercise near the border.",
        "invasion",
        "hypothetical",
    ),
    (
        "fr",
        "Lors d'un exercice militaire, des parachutistes ont attaqué un aérodrome.",
        "attaqué",
        "hypothetical",
    ),
    ("fr", "Les manœuvres simulent une offensive blindée.", "offensive", "hypothetical"),
    ("es", "En las maniobras, los infantes de marina tomaron una playa.", "tomaron", "hypothetical"),
    ("es", "Un simulacro recreó un atentado en el aeropuerto.", "atentado", "hypothetical"),
    ("de", "Beim Manöver griffen Panzer eine nachgebaute Stellung an.", "griffen", "hypothetical"),
    ("de", "In der Übung wehren Soldaten einen Angriff auf die Brücke ab.", "Angriff", "hypothetical"),
    ("tr", "Tatbikatta komandolar bir tepeye saldırdı.", "saldırdı", "hypothetical"),
    ("ru", "На учениях десантники атаковали аэродром условного противника.", "атаковали", "hypothetical"),
    ("ar", "شاركت وحدات في مناورات تحاكي هجوما على ميناء.", "هجوما", "hypothetical"),
    ("en", "The ministry denied having launched missiles at the port.", "launched", "negated"),
    ("fr", "L'armée a nié, lundi, avoir frappé le marché.", "frappé", "negated"),
    ("es", "El Ejército negó, en un comunicado, haber bombardeado la escuela.", "bombardeado", "negated"),
    ("de", "Die Regierung bestritt, Truppen an die Grenze verlegt zu haben.", "Truppen", "negated"),
    ("ru", "Минобороны опровергло нанесение удара по больнице.", "удара", "negated"),
    (
        "tr",
        "Bakanlık, köyün bombalandığı iddialarının gerçeği yansıtmadığını açıkladı.",
        "bombalandığı",
        "negated",
    ),
    (
        "tr",
        "Uzmanlar, sınırda çatışmaların yeniden başlayabileceğini söyledi.",
        "çatışmaların",
        "hypothetical",
    ),
    ("tr", "Müzakereler çökerse ordu harekât başlatabilir.", "harekât", "hypothetical"),
    ("tr", "Ateşkesin bozulması halinde çatışmalar yayılır.", "çatışmalar", "hypothetical"),
    ("ru", "Если перемирие сорвется, армия пойдет в наступление.", "наступление", "hypothetical"),
    ("ru", "Эксперты считают, что Баку способен начать наступление.", "наступление", "hypothetical"),
    ("ru", "Армия могла бы нанести удар по мосту.", "удар", "hypothetical"),
    ("en", "If the truce collapses, the army will storm the city.", "storm", "hypothetical"),
    ("de", "Falls die Gespräche scheitern, rückt die Armee vor.", "rückt", "hypothetical"),
]

# Words that look like the new cues but are not: no exercise, no attribution of the event.
TRAPS = [
    (
        "en",
        "The UN urged both sides to exercise restraint after shelling hit the port.",
        "shelling",
        "asserted",
    ),
    ("fr", "Dans l'exercice de ses fonctions, le maire a été blessé par des tirs.", "tirs", "asserted"),
    ("de", "Die Opposition übte scharfe Kritik an dem Luftangriff.", "Luftangriff", "asserted"),
    ("ar", "قصفت المدفعية أحياء سكنية في المدينة.", "قصفت", "asserted"),
    ("en", "Separatists shelled the spokesman's village.", "shelled", "asserted"),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger"), REPORTED)
def test_attributed_events_are_reported(lang: str, sentence: str, trigger: str) -> None:
    assert _classify(lang, sentence, trigger) == "reported"


@pytest.mark.parametrize(("lang", "sentence", "trigger"), ASSERTED)
def test_own_voice_and_official_acts_are_asserted(lang: str, sentence: str, trigger: str) -> None:
    assert _classify(lang, sentence, trigger) == "asserted"


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), NOT_ALERTABLE + TRAPS)
def test_exercises_denials_and_conditionals(lang: str, sentence: str, trigger: str, expected: str) -> None:
    assert _classify(lang, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("lang", "headline", "lead", "trigger", "expected"),
    [
        (
            "en",
            "Drones hit oil depot",
            "Drones struck a depot on Monday, the governor said.",
            "hit",
            "reported",
        ),
        ("en", "Drones hit oil depot", "Drones struck a depot near the port on Monday.", "hit", "asserted"),
        (
            "de",
            "Raketen treffen Hafen",
            "Raketen trafen den Hafen, teilte die Armee mit.",
            "treffen",
            "reported",
        ),
        (
            "ru",
            "Дроны атаковали Курск",
            "Беспилотники атаковали город, сообщил губернатор.",
            "атаковали",
            "reported",
        ),
        ("tr", "Ordu köye saldırdı", "Ordu köye saldırdı, yetkililer bildirdi.", "saldırdı", "reported"),
        ("ar", "غارة على بلدة حدودية", "قال مسؤولون إن غارة استهدفت البلدة.", "غارة", "reported"),
        # an official act in the headline keeps its own voice
        (
            "en",
            "EU imposes sanctions on airline",
            "The EU imposed sanctions, the Council said.",
            "sanctions",
            "asserted",
        ),
    ],
)
def test_a_headline_takes_the_attribution_of_its_lead(
    lang: str, headline: str, lead: str, trigger: str, expected: str
) -> None:
    text = headline + "\n\n" + lead
    t_start = text.index(trigger)
    got = classify_factuality(text, 0, len(headline), t_start, t_start + len(trigger), lang, None, PUBLISHED)
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "lead", "event", "trigger", "expected"),
    [
        # the lead's first sentence takes the attribution of a second that names its source
        (
            "en",
            "Rebels shelled the airport on Monday. This was confirmed by the mayor.",
            0,
            "shelled",
            "reported",
        ),
        ("de", "Milizen haben ein Dorf überfallen. Das teilte ein Arzt mit.", 0, "überfallen", "reported"),
        ("tr", "Sınırda çatışma çıktı. Bu bilgiyi valilik paylaştı.", 0, "çatışma", "reported"),
        ("ru", "Дроны атаковали склад. Об этом сообщил губернатор.", 0, "атаковали", "reported"),
        (
            "fr",
            "Des drones ont frappé un dépôt. C'est ce qu'a annoncé le gouverneur.",
            0,
            "frappé",
            "reported",
        ),
        ("es", "Los rebeldes atacaron el cuartel. Así lo informó el Ejército.", 0, "atacaron", "reported"),
        ("ar", "قصفت المدفعية قرية حدودية. جاء ذلك في بيان للجيش.", 0, "قصفت", "reported"),
        # ...not of a second that attributes a fact of its own: the first stays in the outlet's voice
        (
            "en",
            "Protesters marched on parliament. Police said 41 people were detained.",
            0,
            "marched",
            "asserted",
        ),
        (
            "de",
            "Zehntausende haben demonstriert. Die Polizei teilte mit, es habe Festnahmen gegeben.",
            0,
            "demonstriert",
            "asserted",
        ),
        (
            "tr",
            "Binlerce kişi yürüdü. Emniyet, yürüyüşün olaysız sona erdiğini bildirdi.",
            0,
            "yürüdü",
            "asserted",
        ),
        (
            "ru",
            "Тысячи человек вышли на акцию протеста. В МВД сообщили о задержаниях.",
            0,
            "акцию",
            "asserted",
        ),
        (
            "fr",
            "Des milliers de manifestants ont défilé. La police a indiqué avoir interpellé 30 personnes.",
            0,
            "défilé",
            "asserted",
        ),
        (
            "es",
            "Miles de personas marcharon. La Policía informó de 12 detenidos.",
            0,
            "marcharon",
            "asserted",
        ),
        ("ar", "تظاهر آلاف في عمان. وقالت الشرطة إن التظاهرة انتهت دون حوادث.", 0, "تظاهر", "asserted"),
        # a later sentence does not, nor a lead whose second sentence attributes nothing
        (
            "en",
            "Talks stalled. Rebels shelled the airport. Two people died, the mayor said.",
            1,
            "shelled",
            "asserted",
        ),
        ("es", "Los rebeldes atacaron el cuartel. Hubo dos muertos.", 0, "atacaron", "asserted"),
    ],
)
def test_the_first_lead_sentence_takes_the_attribution_of_the_second(
    lang: str, lead: str, event: int, trigger: str, expected: str
) -> None:
    text = "Headline words\n\n" + lead
    bounds = [0]
    for i, ch in enumerate(lead):
        if ch == "." and i + 1 < len(lead):
            bounds.append(i + 2)
    base = len("Headline words\n\n")
    start = base + bounds[event]
    end = base + lead.index(".", bounds[event]) + 1
    t_start = text.index(trigger, start)
    got = classify_factuality(text, start, end, t_start, t_start + len(trigger), lang, None, PUBLISHED)
    assert got == expected


def test_a_headline_looks_two_lead_sentences_ahead_but_no_further() -> None:
    lead = "Drones hit a depot. Fires spread. Officials said the blaze was out."
    text = "Drones strike depot\n\n" + lead
    t_start = text.index("strike")
    got = classify_factuality(
        text, 0, len("Drones strike depot"), t_start, t_start + 6, "en", None, PUBLISHED
    )
    assert got == "asserted"
    text = "Drones strike depot\n\nDrones hit a depot. Officials said fires spread."
    got = classify_factuality(
        text, 0, len("Drones strike depot"), t_start, t_start + 6, "en", None, PUBLISHED
    )
    assert got == "reported"


def _cues(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "clause_punct": "[,;]",
        "after_window": 20,
        "negated": {"before": ["nope"]},
        "hypothetical": {"before": ["maybe"]},
        "future": {"before": ["soon"]},
    }
    raw.update(changes)
    return raw


@pytest.mark.parametrize(
    "key",
    [
        "speech",
        "speech_breaks",
        "announce",
        "complement",
        "simulated",
        "conditional_opening",
        "denial_links",
        "official_acts",
        "speculation_source",
        "scenario",
        "scenario_headline",
    ],
)
def test_new_cue_lists_are_validated(key: str) -> None:
    with pytest.raises(FactualityDataError, match=f"{key}: expected a list of non-empty strings"):
        parse_cues(_cues(**{key: "said"}), "xx")
    with pytest.raises(FactualityDataError, match=f"{key}: bad regular expression"):
        parse_cues(_cues(**{key: ["(unclosed"]}), "xx")


def test_a_minimal_attribution_set_works() -> None:
    cues = parse_cues(_cues(speech=["quoth"], announce=["proclaimed"], complement=["that"]), "xx")
    assert cues.attribution.speech is not None and cues.attribution.announce is not None
    assert cues.attribution.speech.search("the raven quoth") is not None
