"""Source types of round 44 (issue 11, branch src44): a staff role whose genitive names only a unit of an
organisation ([generic] units, source_types.toml 1.36) speaks for the organisation named before, and the
words of a quotation closed before "…", sagte der Leiter introduce no one. German texts in, a type out."""

import pytest

from framing.sources import classify_in_text

SUPPLIER = (
    "Der Versorger bedankte sich bei den Betroffenen für ihre Geduld. Wir sind uns bewusst, dass die letzten "
    "Stunden Einschränkungen gebracht haben. Wir bedanken uns auch bei den Kommunen, den Feuerwehren und dem "
    'THW für den Einsatz", sagte der Leiter des Bereichs Primärtechnik, Florian Witt, in einer Mitteilung.'
)
MINISTRY = (
    "Das Wirtschaftsministerium prüft den Antrag. „Wir rechnen mit einer Entscheidung im Herbst“, sagte "
    "die Leiterin der Abteilung Energie, Anna Roth."
)
SCHOOL = (
    "Der Versorger bedankte sich. „Die Kinder lernen schnell“, erklärt Mohammed Aloof, Leiter der "
    "IT-Abteilung der Schule."
)
FES = "Der Versorger bedankte sich. Das sagte der Leiter der Abteilung Netze bei der Stadt, Florian Witt."


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Florian Witt", SUPPLIER, "business"),  # was other; not the quote's firemen
        ("Anna Roth", MINISTRY, "government"),  # "der Abteilung Energie" names a unit of the ministry
    ],
)
def test_a_role_of_an_organisations_unit_speaks_for_the_one_named_before(
    phrase: str, text: str, expected: str
) -> None:
    assert classify_in_text(phrase, text).type == expected


def test_a_genitive_after_the_unit_still_says_whose_role_it_is() -> None:
    assert classify_in_text("Mohammed Aloof", SCHOOL).type == "other"  # the school's, not the supplier's


def test_bei_after_the_unit_names_its_organisation() -> None:
    assert classify_in_text("Florian Witt", FES).type == "government"  # "bei der Stadt", not the supplier
