"""Speaker span boundaries, twentieth speaker round (README, "Accuracy on real news", round 20): where
the right person was found but the span was cut inside the name or left out its words. Real German news
sentences in (dev5, dev6, the Petersen-Frey & Biemann splits, gnad), the speaker spans out."""

import pytest

from tests.test_sourcing_cross_set import speakers


def spans(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span as written, the person it names) of every quote."""
    return [(span, person) for _, _, span, person in speakers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Ein neuer Schwerpunkt soll flexiblere und längere Öffnungszeiten ermöglichen, um von Teilzeit- '
            'leichter in Vollzeitarbeit zu gelangen", so die Familien- und Frauenministerin. Ein weiteres '
            "Thema sei die geplante Schaffung von mehr Betreuungsplätzen.",
            ("Familien- und Frauenministerin", "Familien- und Frauenministerin"),
            id="dev5: the clause cut at the hyphen of a role's compound",
        ),
        pytest.param(
            "Einigen von ihnen wurde in den Kopf und in den Rücken geschossen, so Kongress- und "
            "Verteidigungskreise.",
            ("Kongress- und Verteidigungskreise", "Kongress- und Verteidigungskreise"),
            id="PFB dev: an organisation as the first part",
        ),
        pytest.param(
            "Alles andere entspreche nicht der gängigen Verwaltungspraxis, sagt Vorarlbergs Kinder- und "
            "Jugendanwalt Michael Rauch.",
            (
                "Vorarlbergs Kinder- und Jugendanwalt Michael Rauch",
                "Vorarlbergs Kinder- und Jugendanwalt Michael Rauch",
            ),
            id="gnad: the role's compound before a name",
        ),
    ],
)
def test_a_compound_cut_short_at_the_clauses_hyphen_is_read_to_its_end(text, expected):
    """The hyphen of "Familien- und Frauenministerin" ended the clause after the verb, and the span was
    "Familien"; where a part of the compound names a speaker, the phrase reads past it."""
    assert expected in spans(text)


def test_a_compound_of_a_medium_spoken_to_is_not_read_past_its_hyphen():
    """dev2: after "der" the medium is spoken to; read to its end it would be taken as the speaker, so the
    name before the verb stays."""
    text = (
        "Kay Weidner, ein Sprecher des Verbands, sagte der Allgemeinen Hotel- und Gastronomie-Zeitung: "
        "„Wir sehen die Entwicklung mit Sorge.“"
    )
    assert spans(text) == [("Kay Weidner", "Kay Weidner")]


def test_nothing_but_a_speakers_compound_is_read_past_the_hyphen():
    """gnad: "Korrektur- und Aufklärungsmaßnahmen" names no speaker; the speaker of the sentence before
    goes on."""
    text = (
        "Außerdem funktioniere die Selbstkontrolle nicht, sagte Gabor Wichmann. Schon lange verlange man "
        "vom Jagdverband, die geforderten Korrektur- und Aufklärungsmaßnahmen in der Ausbildung "
        "umzusetzen."
    )
    assert all(person == "Gabor Wichmann" for _, person in spans(text))


def test_a_given_name_that_is_also_an_abbreviation_ends_at_its_full_stop():
    """ "Jan" is the month's abbreviation in the splitter's list and a given name: the sentence ends
    after it."""
    text = "„Das war knapp“, sagte Jan. Er lachte."
    assert spans(text) == [("Jan", "Jan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Berlins früherer Regierender Bürgermeister Eberhard Diepgen (CDU) wies Vorwürfe zurück: Der "
            "Senat habe sich 1990 bewusst gegen Klagen gegen den Bund entschieden.",
            "Berlins früherer Regierender Bürgermeister Eberhard Diepgen",
            id="PFB train: a place in the genitive",
        ),
        pytest.param(
            "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns hat deutlich weniger Hemmungen, seine "
            "Sympathien öffentlich zu zeigen: „Wir sind der Meinung, dass die PKK einen legitimen Kampf "
            "führt.“",
            "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns",
            id="PFB train: a person in the genitive",
        ),
    ],
)
def test_adjectives_after_a_name_in_the_genitive_belong_to_the_phrase(text, expected):
    """The span was the genitive alone ("Berlins", "Jelpkes"): the adjectives in the strong nominative
    after it lead to the role and name it owns."""
    assert [span for span, _ in spans(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "„Bleibt neugierig“, sagte Markus jungen Mitarbeitern bei der Preisverleihung.",
            id="no strong nominative: the dative object, though its noun is a role",
        ),
        pytest.param(
            "„Bleibt neugierig“, sagte Markus neue Dinge über den Präsidenten.",
            id="no role or given name among the capitalised words after the adjectives",
        ),
    ],
)
def test_an_object_after_a_name_ending_in_s_is_no_part_of_it(text):
    """ "Markus" is a name of its own, what follows it an object."""
    assert spans(text) == [("Markus", "Markus")]


def test_an_age_before_adjectives_belongs_to_the_phrase():
    """PFB train: "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel" was cut to "64-jährige"."""
    text = (
        "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel hat am Samstag angekündigt, sie werde "
        "nicht mehr als Vorsitzende der CDU kandidieren."
    )
    assert [span for span, _ in spans(text)] == ["64-jährige deutsche Bundeskanzlerin Angela Merkel"]


SPANS = {  # id: (sentence, the span of its first quote's speaker)
    "dev6: an abbreviation of the sentence splitter's list": (
        "Ein weiterer Unfall ereignete sich in St. Gallen. Der Lenker war in Richtung Wil unterwegs, "
        "wie die St. Galler Polizei in einer Mitteilung schreibt.",
        "St. Galler Polizei",
    ),
    "gnad: after an adjective": (
        "Wir gehen als Außenseiter ins Spiel, sehen aber durchaus Chancen, so der gebürtige St. Pöltner.",
        "gebürtige St. Pöltner",
    ),
    "dev5: academic titles joined by a hyphen": (
        "„Wir haben die Anlage in nur zwei Jahren gebaut“, sagt Prof. Dr.-Ing. Andreas Reuter.",
        "Prof. Dr.-Ing. Andreas Reuter",
    ),
    "dev5: a title after a hyphen": (
        "„Der Tunnel ist ein Gewinn für die Forschung“, sagt Univ.-Prof. Dr. Robert Galler.",
        "Univ.-Prof. Dr. Robert Galler",
    ),
    "PFB train: a place of data/places_de.txt": (
        "Ein Spaziergang mit einem Mobiltelefon könne zu Problemen führen, sagte der Reporter des "
        "Fernsehsenders in Teheran.",
        "Reporter des Fernsehsenders in Teheran",
    ),
    "PFB train: 'aus'": (
        "Die Gespräche würden fortgesetzt, sagte ein IWF-Sprecher aus Washington.",
        "ein IWF-Sprecher aus Washington",
    ),
    "PFB train: a place the lemmatizer does not know": (
        "Alle 17 Opfer seien enthauptet worden, teilte die Provinzregierung in Helmand mit.",
        "Provinzregierung in Helmand",
    ),
    "gnad: an organisation's place": (
        "Die Berichte seien mit Sorge aufgenommen worden, erklärte das Außenministerium in Ankara.",
        "Außenministerium in Ankara",
    ),
    "no place: a common noun": ("„Die Lage ist ernst“, sagte ein Sprecher im Interview.", "ein Sprecher"),
    "no place: a word the lemmatizer knows": (
        "„Die Lage ist ernst“, sagte ein Sprecher im Auftrag der Regierung.",
        "ein Sprecher",
    ),
    "no place after a name in the genitive": (
        "„Die Lage ist ernst“, sagte die Sprecherin des Ministers Thomas Meier in Berlin.",
        "Sprecherin des Ministers Thomas Meier",
    ),
    "no place after a name": (
        "„Die Lage ist ernst“, sagte Innenminister Thomas Meier in Berlin.",
        "Innenminister Thomas Meier",
    ),
    "PFB dev: a medium's name in lower case after its noun": (
        "Ein Reporter des Fernsehsenders n-tv berichtete, dass das Inbrandsetzen der Autos in den "
        "Vororten eine Art Sport sei.",
        "Ein Reporter des Fernsehsenders n-tv",
    ),
    "PFB train: a person's name in lower case after the role": (
        "Auf der Abschlusskundgebung erklärte der Künstler und Netzaktivist padeluun, dass er stolz auf "
        "die Teilnehmer der Demonstration sei.",
        "Künstler und Netzaktivist padeluun",
    ),
    "PFB train: a web address after its noun": (
        "Der Website worldreferree.com zufolge ist Undiano als Schiedsrichter mit inflationärem Umgang "
        "mit den Karten bekannt.",
        "Website worldreferree.com",
    ),
    "an abbreviation in lower case is no name": (
        "„Das ist zu wenig“, sagte der Verband ggü. der Zeitung.",
        "Verband",
    ),
}


@pytest.mark.parametrize(("text", "expected"), SPANS.values(), ids=SPANS.keys())
def test_the_span_reads_to_the_end_of_the_speakers_words(text, expected):
    """The clause ended at the full stop of "St." or the hyphen of "Dr.-Ing.", and the span was "St" or
    "Prof. Dr". Our convention keeps an attribute that identifies a speaker without a name ("BMW-Händler in
    Weimar"), as the Petersen-Frey & Biemann gold does; after the verb the span left out the place. Not
    a common noun after the preposition, nor after a name. A word in lower case the lemmatizer does not
    know, right after a role, organisation or medium, is its name; the span stopped before it."""
    assert [span for span, _ in spans(text)][:1] == [expected]
