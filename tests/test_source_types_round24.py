"""Source types of round 24 (issue 11, item 2, branch src24): what an article says an organisation is
where it names it ("die Funke Mediengruppe", "der Autobauer BMW", "BMW, der Münchner Autobauer,", "das
Institut der deutschen Wirtschaft (IW)"), read once per article (``described_organisations``) and given
to a company office in it (a media company's sales head is media, an association's trade expert civil
society: the convention of benchmarks/gold/README.md) and to a later mention by the same noun ("die
Kammer"); organisation nouns and a sector's president ("Sparkassenpräsident") of source_types.toml 1.19.
German sentences in, a type and its cue out."""

import pytest

from framing.sources import classify, classify_in_text, described_organisations

FUNKE = (
    "Auch die Funke Mediengruppe will sich nicht an weiteren Plattformen beteiligen. Mit Readly habe man es "
    "versucht, sagt Marcel Pfeifer, Vertriebschef für Tageszeitungen bei Funke. Für die Funke-Gruppe mit "
    "ihren 13 regionalen Titeln sieht Funke-Manager Pfeifer keinen Bedarf."
)
MADSACK = (
    "Die Mediengruppe Madsack legt zwei Druckereien zusammen. Das sei unvermeidlich, sagte Thomas Düffert, "
    "Vorstandschef bei Madsack. Ein Madsack-Manager bestätigte den Zeitplan."
)
QUANTIX = (
    "Der Münchner Softwarehersteller Quantix streicht 200 Stellen. Das sei bitter, sagte Anna Roth, "
    "Vertriebschefin bei Quantix. Ein Quantix-Manager sprach von einem harten Jahr."
)
KAMMER = (
    "Die Landwirtschaftskammer Niedersachsen warnt vor einem Preisverfall beim Schweinefleisch. Die Kammer "
    "erwartet, dass viele Betriebe aufgeben."
)
APPOSITIONS = (
    "Quantix, der Münchner Autobauer, will sparen. Der Deutsche Alpenverein (DAVX) warnt vor Lawinen. Eine "
    "Umfrage des deutschen Hightech-Verbandes Lumetrix zeigt das. Auch die Funke Mediengruppe wartet ab. "
    "Die Deutsche Bahn erhöht die Preise. Der Autobauer Marcel sei eine Legende, sagte der Analyst "
    "Ming-Chi Kuo."
)


def test_an_article_s_appositions_name_what_its_organisations_are() -> None:
    found = described_organisations(APPOSITIONS)
    assert found["Quantix"] == ("business", "Autobauer")  # set off after the name
    assert found["DAVX"] == ("civil_society", "Alpenverein")  # the full name before the brackets
    assert found["Lumetrix"] == ("civil_society", "Hightech-Verbandes")  # the head before the name
    assert found["Funke"] == ("media", "Mediengruppe")  # the head after the name
    assert "Deutsche" not in found  # an adjective ("die Deutsche Bahn", "der Deutsche Alpenverein")
    assert "Marcel" not in found  # a person noun before a given name names a person
    assert "Ming-Chi Kuo" not in found and "Ming-Chi" not in found


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Funke-Manager Pfeifer", ("media", "Funke")),  # a registered media company's office
        # an association's (its cue the whole compound since src37 reads "Handels|expertin" as an expert)
        ("Bitkom-Handelsexpertin Julia Miosga", ("civil_society", "Bitkom-Handelsexpertin")),
        ("Der ÖAMTC-Flugbetriebsleiter, Reinhard Kraxner", ("civil_society", "ÖAMTC")),
        ("Vertriebschef für Tageszeitungen bei Funke", ("media", "Funke")),
        ("Vertriebschef bei Siemens", ("business", "Vertriebschef")),  # a company's stays business
        ("Konzernsprecher", ("business", "Konzernsprecher")),
    ],
)
def test_a_company_office_speaks_for_its_organisation_s_kind(speaker: str, expected: tuple[str, str]) -> None:
    found = classify(speaker)
    assert (found.type, found.cue) == expected


@pytest.mark.parametrize(
    ("speaker", "text", "expected"),
    [
        ("Marcel Pfeifer", FUNKE, ("media", "Funke")),
        ("Pfeifer", FUNKE, ("media", "Funke")),
        ("Funke-Manager Pfeifer", FUNKE, ("media", "Funke")),
        # an organisation no list knows, of the kind the article says it is
        ("Thomas Düffert", MADSACK, ("media", "Madsack")),
        ("Ein Madsack-Manager", MADSACK, ("media", "Madsack")),
        ("Anna Roth", QUANTIX, ("business", "Vertriebschefin")),  # a company's own office
        ("Ein Quantix-Manager", QUANTIX, ("business", "Quantix-Manager")),
        # a later mention by the same noun: the chamber of agriculture, not a court's chamber
        ("Kammer", KAMMER, ("civil_society", "Kammer")),
        ("die Kammer", KAMMER, ("civil_society", "Kammer")),
    ],
)
def test_an_article_gives_its_organisations_kind(speaker: str, text: str, expected: tuple[str, str]) -> None:
    found = classify_in_text(speaker, text)
    assert found is not None
    assert (found.type, found.cue) == expected


def test_a_chamber_the_article_does_not_describe_stays_a_court_s() -> None:
    text = "Das Landgericht hat die Klage abgewiesen. Die Kammer sah keinen Anspruch auf Schadenersatz."
    found = classify_in_text("Kammer", text)
    assert found is not None and found.type == "court"


def test_organisation_nouns_of_1_19() -> None:
    assert classify("Medienhaus").type == "media"
    assert classify("Konsortium").type == "business"
    assert classify("Bezirkshauptmannschaft").type == "authority"


@pytest.mark.parametrize(
    "speaker", ["Sparkassenpräsident Helmut Schleweis", "Bankenpräsident", "die Industriepräsidentin"]
)
def test_a_sector_s_president_is_its_association_s(speaker: str) -> None:
    assert classify(speaker).type == "civil_society"  # as "Bauernpräsident"; a company has no "Präsident"


def test_a_sector_s_president_carries_to_the_surname() -> None:
    text = (
        "Sparkassenpräsident Helmut Schleweis spricht sich für mehr öffentliche Investitionen aus. „Sparen "
        "ist kein Selbstzweck“, sagte Schleweis am Freitag in Washington."
    )
    found = classify_in_text("Schleweis", text)
    assert found is not None and found.type == "civil_society"
