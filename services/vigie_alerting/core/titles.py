"""English alert titles from a rule's template, the story's actors and its place."""

from __future__ import annotations

from vigie.contracts import Actor, Location
from vigie_alerting.core.countries import CountryNames
from vigie_alerting.core.rules import Rule, Vocabulary


def describe_actor(actor: Actor | None, names: CountryNames, vocab: Vocabulary) -> str:
    """A short English description: the person, else '<adjective> <role noun>', else the name.

    >>> from vigie_alerting.core.rules import load_rules
    >>> from vigie_alerting.core.countries import load_country_names
    >>> vocab, names = load_rules().vocabulary, load_country_names()
    >>> describe_actor(Actor(text="rebeldes", name="Syrian rebels", country="SYR", role="REB"), names, vocab)
    'Syrian rebels'
    """
    if actor is None:
        return ""
    if actor.person:
        return actor.person
    noun = vocab.role_nouns.get(actor.role or "")
    if actor.country and noun:
        return f"{names.adjective(actor.country)} {noun}"
    if actor.country and not actor.name:
        return names.name(actor.country)
    return actor.name


def join_words(words: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def make_title(
    rule: Rule,
    *,
    source: Actor | None,
    target: Actor | None,
    countries: list[str],
    place: Location | None,
    wmd: bool,
    names: CountryNames,
    vocab: Vocabulary,
) -> str:
    """Fill the rule's title template; optional parts vanish when unknown.

    >>> from vigie_alerting.core.rules import load_rules
    >>> from vigie_alerting.core.countries import load_country_names
    >>> book = load_rules()
    >>> make_title(book.rule("leader_call"), source=None, target=None, countries=["TUR", "RUS"],
    ...            place=None, wmd=False, names=load_country_names(), vocab=book.vocabulary)
    "Turkey and Russia: leaders' phone call"
    """
    src = describe_actor(source, names, vocab)
    tgt = describe_actor(target, names, vocab)
    where = place.name if place is not None else ""
    country_words = join_words([names.name(c) for c in countries]) or join_words([src, tgt])
    fields = {
        "countries": country_words or "Unidentified parties",
        "source": src or "unidentified actor",
        "target": tgt or "unidentified target",
        "place": where or "A place",
        "by_source": f" by {src}" if src else "",
        "from_source": f" from {src}" if src else "",
        "to_target": f" to {tgt}" if tgt else "",
        "against_target": f" against {tgt}" if tgt else "",
        "between": f" between {join_words([src, tgt])}"
        if src and tgt
        else (f" involving {src}" if src else ""),
        "near_place": f" near {where}" if where else "",
        "in_place": f" in {where}" if where else "",
    }
    template = rule.title_wmd if wmd and rule.title_wmd else rule.title
    title = template.format(**fields)
    return title[:1].upper() + title[1:]
