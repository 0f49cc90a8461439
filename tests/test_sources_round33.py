"""Source types of round 33 (issue 11, item 2, branch src33): a company the article describes in an
apposition after a comma ("Zeitwerk24, einem Online-Händler für Luxusuhren,") is typed by that description,
also where a work of it is named first ("laut einer Analyse von Zeitwerk24") and for a person whose role of
no type is at it ("Head of Content bei Zeitwerk24"). German sentences in, a type out."""

from framing.sources import classify_in_text, described_organisations
from tests.test_sources_round29 import typed

WATCH_TRADER = (
    "Die Preise für Luxusuhren am Zweitmarkt sind laut einer Analyse von Zeitwerk24 im vergangenen Jahr "
    "deutlich gefallen. Das ergab eine Analyse von Zeitwerk24. Der Uhrenindex wurde von Zeitwerk24, "
    "einem Online-Händler für Luxusuhren, entwickelt. Eine Trendwende sei nicht absehbar, so Karla Ferenc, "
    "Head of Content bei Zeitwerk24. Das Angebot sei geschrumpft, so Zeitwerk24. "
    "Einige Marken hätten ihre Preise erhöht, sagt Ferenc."
)


def test_a_dative_apposition_with_a_complement_describes_the_company() -> None:
    assert described_organisations(WATCH_TRADER)["Zeitwerk24"] == ("business", "Online-Händler")


def test_a_company_is_typed_by_its_apposition_not_by_its_analysis() -> None:
    found = classify_in_text("Zeitwerk24", WATCH_TRADER)
    assert found is not None
    assert (found.type, found.cue) == ("business", "Online-Händler")


def test_without_the_apposition_the_company_is_not_typed_business() -> None:
    text = WATCH_TRADER.replace(", einem Online-Händler für Luxusuhren,", "")
    assert typed("Zeitwerk24", text)[0] != "business"


def test_a_role_no_list_types_takes_the_company_it_is_at() -> None:
    assert typed("Karla Ferenc", WATCH_TRADER)[0] == "business"
    assert typed("Ferenc", WATCH_TRADER)[0] == "business"


def test_a_typed_role_in_the_apposition_keeps_its_own_type() -> None:
    text = WATCH_TRADER.replace("Head of Content bei", "Professorin für Ökonomie und Beraterin bei")
    assert typed("Karla Ferenc", text)[0] == "expert"
