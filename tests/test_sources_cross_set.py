"""Source types from error classes found in at least two of the five typed sets (source_types.toml
1.9): documents and statements as speakers take their author's type, a name that is the object of a
preposition takes no role from the words before it, and a person noun that names nobody after an
indefinite article is anonymous — real German news sentences in, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        # a statement named by its compound's modifier: witnesses' statements are citizens'
        ("Zeugenaussagen", "citizen", "Zeugenaussagen"),
        ("Polizeiaussagen", "authority", "Polizeiaussagen"),
        # a summit of the G8 is the governments'
        ("dem Willen des G8-Gipfels von L′Aquila", "government", "G8"),
        # the Austrian government's answer to a parliamentary question
        ("laut Anfragebeantwortung", "government", "Anfragebeantwortung"),
        ("parlamentarischen Anfragebeantwortungen", "government", "Anfragebeantwortungen"),
        # a commentary is the medium's, unless the phrase names its author
        ("Kommentar", "media", "Kommentar"),
        ("Kommentar des Ministeriums", "government", "Ministeriums"),
    ],
)
def test_documents_take_their_authors_type(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


def test_a_bare_statement_names_no_one() -> None:
    assert classify("Aussagen").type == "other"  # "Aussagen" alone says nothing of whose


MUBARAK = (
    "Am Samstag wurde in Kairo eine Kundgebung von Gegnern des ägyptischen Präsidenten Muhammad Husni "
    "Mubarak gewaltsam beendet. Unter den Festgenommenen war auch der Anwalt von Ayman Nour, dem "
    "bekanntesten Herausforderer von Mubarak. Mubarak sagte, die Wahl werde frei sein."
)
WEIZSAECKER = (
    "Richard von Weizsäcker ist im Alter von 94 Jahren gestorben. Bundespräsident von Weizsäcker "
    "hatte 1985 gesagt, der 8. Mai sei ein Tag der Befreiung."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # "Herausforderer von Mubarak" is Nour's role, not Mubarak's: the weak "Präsident" decides
        ("Mubarak", MUBARAK, "government"),
        # "den Preis an Hahn": the parliament gives the prize, it is not Hahn's role
        (
            "Hahn",
            "Peter Hahn lebt in Peking. China hatte gedroht, sollte das EU-Parlament den Preis an Hahn "
            "vergeben. Hahn sagte, er hoffe auf Freiheit.",
            "other",
        ),
        # a preposition that is part of the name keeps the role before it
        ("von Weizsäcker", WEIZSAECKER, "government"),
    ],
)
def test_name_after_a_preposition(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ein Teilnehmer", "anonymous"),  # „Der Vertreter … beharrte auf seiner Position“, berichtet ein …
        ("eines Mitarbeiters", "anonymous"),  # Nach Angaben eines Mitarbeiters hätten freie Mitarbeiter …
        ("eine Mitarbeiterin", "anonymous"),
        ("die Teilnehmer", "citizen"),  # a group, not a withheld identity
        ("ein BND-Mitarbeiter", "authority"),  # the organisation is named
        ("ein Mitarbeiter des Innenministeriums", "government"),
    ],
)
def test_indefinite_person_nouns(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


def test_gold_span_without_its_article() -> None:
    text = "Die Sitzung brachte nichts. „Der Vertreter beharrte darauf“, berichtet ein Teilnehmer."
    assert classify_in_text("Teilnehmer", text).type == "anonymous"
    # written also without an indefinite article: the bare noun keeps its type
    other = "Die Teilnehmer protestierten. „Es reicht“, berichtet ein Teilnehmer."
    assert classify_in_text("Teilnehmer", other).type == "citizen"
