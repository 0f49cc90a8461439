"""Source types of round 41 (issue 11, branch src41): sources with no cue, and a word that names something
else. The medium a person told something ("Er erklärte MDR SACHSEN-ANHALT im Interview", "…, Pressesprecher
der MVB, MDR SACHSEN-ANHALT im Interview") never types the person; statements of no one named ("nach
libanesischen Angaben") are anonymous; an official warning message is an authority's; a development company
is a company. German phrases and texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text

HEAT = (
    "Hitzeschäden auf den Autobahnen\n\n"
    "Von solchen Problemen blieben die Magdeburger Verkehrsbetriebe (MVB) verschont. Das sagte Tim Stein, "
    "Pressesprecher der MVB, MDR SACHSEN-ANHALT im Interview. Laut MVB müssen die alten Bahnen bei Hitze "
    "ins Depot.\n\n"
    "Anna Berger betreut die Baustellen der Stadt. Sie erklärte MDR SACHSEN-ANHALT im Interview, bei hohen "
    "Temperaturen dehne der Beton sich aus. Bis die Schäden saniert sind, wird es laut Berger noch Jahre "
    "dauern."
)


def test_medium_told_in_the_next_sentence_types_no_one() -> None:
    found = classify_in_text("Berger", HEAT)  # was media by "MDR" of "Sie erklärte MDR …"
    assert (found.type, found.cue) == ("other", None)


def test_medium_interviewing_after_an_apposition_is_no_employer() -> None:
    found = classify_in_text("MVB", HEAT)  # was media by "…, Pressesprecher der MVB, MDR … im Interview"
    assert (found.type, found.cue) == ("business", "Verkehrsbetriebe")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the person works for the medium: a role noun, a copula, a bare apposition with no occasion after it
        ("Anna Berger ist Redakteurin beim MDR. Sie sagte, das Programm werde geändert.", "Berger", "media"),
        ("Das sagte Anna Berger, Reporterin des MDR, am Montag.", "Anna Berger", "media"),
        ("Das sagte Anna Berger, ZDF, am Montag.", "Anna Berger", "media"),
        # the person told the medium, with or without the dative article after the verb of saying (all media
        # before)
        ("Anna Berger pflegt ihren Garten. Sie sagte der dpa, die Ernte sei gut.", "Berger", "other"),
        ("Anna Berger pflegt ihren Garten. Sie sagte dem Spiegel, die Ernte sei gut.", "Berger", "other"),
        ("Anna Berger pflegt ihren Garten. Sie erklärte RTL, die Ernte sei gut.", "Berger", "other"),
    ],
)
def test_a_medium_is_the_speaker_s_only_where_no_verb_of_saying_governs_it(
    text: str, name: str, expected: str
) -> None:
    assert classify_in_text(name, text).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("libanesischen Angaben", "anonymous", "Angaben"),  # was other
        ("palästinensischen Angaben", "anonymous", "Angaben"),
        ("den Angaben", "anonymous", "Angaben"),
        ("Angaben der Polizei", "authority", "Polizei"),  # whose statements: the genitive decides
        ("Polizeiangaben", "authority", "Polizeiangaben"),  # and so does a compound's modifier
        ("Angaben des israelischen Militärs", "authority", "Militärs"),
        ("Warnmeldung", "authority", "Warnmeldung"),  # was other
        ("Warnmeldung des Herstellers", "business", "Herstellers"),  # weak: the author named decides
        ("städtische Entwicklungsgesellschaft", "business", "Entwicklungsgesellschaft"),  # was other
    ],
)
def test_sources_with_no_cue_before(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


def test_company_described_as_a_development_company() -> None:
    text = (
        "Duisburgs städtische Entwicklungsgesellschaft Gebag startet eine neue Internetseite. Demnach sei es "
        "„denkbar, dass die Seilbahn über dem Dach hält“, so die Gebag."
    )
    assert classify_in_text("Gebag", text).type == "business"  # was other


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("eigenen Angaben", "other", None),  # the clause's subject said it: no one's statements
        ("seinen Angaben", "other", None),
        ("Befürworter des umstrittenen Vorhabens", "anonymous", "Befürworter"),  # was other; as "Kritiker"
        ("Atomkraft-Befürworter", "other", None),  # the modifier is what they support, no affiliation
        ("Kiewer Fachkreisen", "expert", "Fachkreisen"),  # was anonymous by "-kreisen"
        ("aus Sicherheitskreisen", "anonymous", "Sicherheitskreisen"),
        # the head of an extended attribute, not its agent (was civil society by "Terrororganisation")
        (
            "der von der Terrororganisation Hamas kontrollierten Gesundheitsbehörde",
            "authority",
            "Gesundheitsbehörde",
        ),
        ("die von Russland eingesetzte Verwaltung", "authority", "Verwaltung"),  # was government
        ("Sprecherin vom Innenministerium", "government", "Innenministerium"),  # no attribute: as before
    ],
)
def test_statements_groups_and_attributes(phrase: str, expected: str, cue: str | None) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


MARATHON = (
    "Beim Berlin-Marathon siegte Milkesa Mengesha in 2:03:17 Stunden. Der Äthiopier setzte sich im Sprint "
    "durch und verpasste den Weltrekord knapp. Zweiter wurde Cybrian Kotut aus Kenia, der die Medaille "
    "feierte. „Ich bin sehr glücklich“, sagte Kotut. Der Wind sei stark gewesen, meinte Haymanot Alew, "
    "ebenfalls aus Äthiopien."
)
MARKET = "Auf dem Markt verkauft Olena Bondar aus der Ukraine Honig. „Die Preise steigen“, sagt Bondar."


def test_a_country_after_aus_is_where_a_person_is_from() -> None:
    assert classify_in_text("Haymanot Alew", MARATHON).type == "other"  # was government: an athlete
    assert classify_in_text("Kotut", MARATHON).type == "other"
    found = classify_in_text("Bondar", MARKET)  # was government by "Ukraine"
    assert (found.type, found.cue) == ("citizen", "Ukraine")


def test_a_paper_named_after_its_city() -> None:
    found = classify("Teheran Times")  # was government by "Teheran"
    assert (found.type, found.cue) == ("media", "Times")
    assert classify("Bürgermeister von Teheran").type == "government"
