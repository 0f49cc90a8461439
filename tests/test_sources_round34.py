"""Source types of round 34 (issue 11, item 2, branch src34): the mentions of one person in an article pooled.
A speaker named by a bare name whose own mentions give no type ("sagt Lambert", "ruft Nora") takes the type of
the same person's typed mention elsewhere in the article ("erklärt Ernährungsberaterin und Autorin Rhiannon
Lambert", "Nora Back (OGBL)"). Real German sentences in (dev11's and dev13's texts, shortened), types out."""

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from framing.sources import Source, classify, ends_name, load_registry, pooled_sources

NUTRITIONIST = (
    "«Der Körper braucht, wenn du eine Erkältung, Grippe oder Fieber hast, Energie und Nährstoffe, um seine "
    "Arbeit zu erledigen», erklärt Ernährungsberaterin und Autorin Rhiannon Lambert gegenüber «BBC». "
    "Auch Zitrusfrüchte und grünes Gemüse sollten auf dem Speiseplan stehen.\n\n"
    "«Aus ernährungsphysiologischer Sicht ist Hühnersuppe eine gute Wahl», erklärt Lambert."
)


def types(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, source type) of every quote framing finds in ``text``."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [(q.speaker, q.source_type) for q in doc.quotes]


def test_a_surname_alone_takes_the_type_of_the_full_mention() -> None:
    assert types(NUTRITIONIST) == [
        ("Ernährungsberaterin und Autorin Rhiannon Lambert", "expert"),
        ("Lambert", "expert"),
    ]


def test_without_the_full_mention_the_surname_stays_untyped() -> None:
    text = NUTRITIONIST.split("\n\n")[1]
    assert types(text) == [("Lambert", "other")]


def test_a_given_name_alone_takes_the_type_of_the_full_name_it_opens() -> None:
    text = (
        "Patrick Dury (LCGB) verschwindet in einem Zelt hinter der Bühne, während Nora Back (OGBL) "
        "strahlend zwischen Journalisten hin und her läuft. „Die Regierung muss sich jetzt endlich "
        "bewegen“, stellt Nora Back nach ihrer Rede klar.\n\n"
        "„25.000 Menschen sind heute auf der Straße“, ruft Nora dem am Knuedler versammelten "
        "Demonstrationszug zu."
    )
    assert types(text)[-1] == ("Nora", "civil_society")


EXPERT = Source("expert", None, "Ernährungsberaterin")


def test_two_people_of_one_surname_leave_the_surname_as_it_is() -> None:
    speakers = [
        ("IT-Experte Christoph Fischer", Source("expert", None, "IT-Experte")),
        ("Außenminister Joschka Fischer", Source("government", None, "Außenminister")),
        ("Fischer", Source("other")),
    ]
    assert pooled_sources(speakers)[2] == Source("other")


def test_a_typed_bare_name_and_a_role_word_keep_their_own_type() -> None:
    mother = Source("citizen", None, "Mutter")
    speakers = [("Rhiannon Lambert", EXPERT), ("Lambert", mother), ("Autorin", None)]
    assert pooled_sources(speakers)[1:] == [mother, None]


def test_a_word_that_is_no_name_is_not_pooled() -> None:
    speakers = [("Demnach", Source("government", None, "Ländern")), ("Demnach", Source("other"))]
    assert pooled_sources(speakers)[1] == Source("other")


def test_the_same_given_name_typed_through_a_pronoun_is_pooled() -> None:
    speakers = [("Mohammed", Source("other")), ("Mohammed", Source("citizen", None, "Familienvater"))]
    assert pooled_sources(speakers)[0] == Source("citizen", None, "Familienvater")


def test_an_office_of_the_state_decides_over_a_party_office() -> None:
    speakers = [
        ("SPD-Landeschef Reinhard Meyer", Source("parliament", "SPD", "SPD-Landeschef")),
        ("SPD-Politiker Reinhard Meyer", Source("parliament", "SPD", "SPD-Politiker")),
        ("Verkehrsminister Reinhard Meyer", Source("government", None, "Verkehrsminister")),
        ("Meyer", None),
    ]
    assert pooled_sources(speakers)[3] == Source("government", None, "Verkehrsminister")


def test_a_name_ends_a_full_name_by_its_surname_or_more() -> None:
    # the one test of a shared name, for pooled_sources and for sourcing's chain of one speaker
    assert ends_name(("Malla",), ("Houssein", "Al", "Malla"))
    assert ends_name(["Al", "Malla"], ["Houssein", "Al", "Malla"])
    assert ends_name(["Lüddemann"], ["Cornelia", "Lüddemann"])
    assert not ends_name(("Houssein",), ("Houssein", "Al", "Malla"))  # a given name opens, ends nothing
    assert not ends_name((), ("Nora", "Back"))
    assert not ends_name(("Nora", "Back"), ("Back",))


def test_the_precedence_is_ranked_once_with_the_registry() -> None:
    reg = load_registry()  # [pooling] precedence: the offices of the state before a party's
    assert reg.pooling_rank == {kind: number for number, kind in enumerate(reg.pooling_precedence)}
    assert reg.pooling_rank["government"] < reg.pooling_rank["parliament"]


def test_a_state_office_after_a_party_office_joined_by_und_decides() -> None:
    # dev13's WELT text: the state office held beside the party office decides in either order
    assert classify("der damalige FDP-Vorsitzende und Vizekanzler Guido Westerwelle") == Source(
        "government", "FDP", "Vizekanzler"
    )
    assert classify("Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner") == Source(
        "government", "ÖVP", "Vizekanzler"
    )


def test_a_party_office_joined_to_a_role_not_of_the_state_keeps_the_party() -> None:
    for phrase in ("der FDP-Politiker und Unternehmer Hans Meier", "FDP-Chef Lindner und Kanzler Scholz"):
        found = classify(phrase)  # a company's role; two people
        assert found is not None and (found.type, found.party) == ("parliament", "FDP"), phrase
