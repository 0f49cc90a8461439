"""Source types of round 31 (issue 11, item 2, branch src31): the organisation a role belongs to, typed by
what the article says that organisation is, and role words read by a general sense. German sentences in, a
type out."""

from framing.sources import classify
from tests.test_sources_round29 import typed

SECTOR_SPOKESPERSON = (
    "Hildegard Müller kann sich den Automobilvertrieb ohne den stationären Handel nicht vorstellen. Bei der "
    "Transformation sieht Müller die neue Bundesregierung in der Pflicht. Transformation und Wandel würden "
    "im Koalitionsvertrag als Chance verstanden, so die Industriesprecherin."
)


def test_a_sectors_spokesperson_speaks_for_its_association() -> None:
    assert typed("Industriesprecherin", SECTOR_SPOKESPERSON)[0] == "civil_society"
    found = classify("der Branchensprecher")
    assert found is not None and found.type == "civil_society"


def test_a_companys_spokesperson_stays_the_companys() -> None:
    found = classify("Konzernsprecherin")
    assert found is not None and found.type == "business"
