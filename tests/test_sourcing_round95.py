"""Who speaks, ninety-fifth speaker round (docs/accuracy.md, "Speaker round 95"): the source a "Demnach"
reports. The subject of a study or an inquiry carried out in the sentence before ("schlüsselt das
Finanzministerium … auf", "hat die DAK … ausgewertet"), the subject of a subordinate clause that reports
there ("nachdem ein Unfallexperte sein Gutachten vorgelegt hatte"), the agent after "seitens" in the clause
before a dash ("– demnach bestünde …"); and a sentence that opens with "Demnach" keeps that source where a
noun of information later in it ("Schätzungen, wonach …") is only what the source reports. German sentences
in, resolved speakers out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words[:24], quote.speaker) for words, _, quote in quoted(text)]


def test_the_subject_of_a_separable_verb_of_analysis_is_the_source_of_demnach():
    text = (
        "Im Stabilitätsprogramm schlüsselt das Finanzministerium die Auswirkungen der Flüchtlingskrise auf "
        "den gesamten Staatshaushalt auf (siehe Tabelle): Demnach sind die Gesamtkosten im Vorjahr auf 757 "
        "Millionen Euro angestiegen."
    )
    assert [speaker for _, speaker in _found(text)] == ["Finanzministerium"]


def test_the_inverted_subject_of_a_verb_of_analysis_is_the_source_of_demnach():
    text = (
        "Für diesen Report hat die DAK die Abrechnungsdaten von mehr als 370.000 Kindern ausgewertet. "
        "Demnach diagnostizierten Ärzte bei 1,9 Prozent der Schüler eine depressive Episode."
    )
    assert _found(text) == [("Demnach diagnostizierten", "DAK")]


def test_the_subject_of_a_reporting_subordinate_clause_is_the_source_of_demnach():
    text = (
        "Das Verfahren stand dann im Sommer 2018 kurz vor dem Abschluss, nachdem ein Unfallexperte sein "
        "Gutachten vorgelegt hatte. Demnach habe G., der Vorfahrt hatte, optimal reagiert."
    )
    assert _found(text) == [("Demnach habe G., der Vor", "ein Unfallexperte")]


def test_a_passive_subordinate_clause_names_no_source():
    text = (
        "Reisende haben kein Anrecht auf eine Entschädigung, wenn ihr Reisegebiet während des Urlaubs zum "
        "Risikogebiet erklärt wird. Das soll nun schärfer definiert werden: Demnach gilt eine Reise dann als "
        "vermeidbar."
    )
    assert all(speaker != "ihr Reisegebiet" for _, speaker in _found(text))


def test_the_agent_after_seitens_is_the_source_of_demnach_after_a_dash():
    text = (
        "Nach einem Umzug des Täters wurden seitens des zuständigen Kreisveterinäramts Wesel die Hunde zwar "
        "kurzfristig beschlagnahmt, jedoch wieder an den Täter zurückgegeben – demnach bestünde für die "
        "Herausnahme der Hunde aktuell kein Handlungsbedarf."
    )
    assert [speaker for _, speaker in _found(text)] == ["zuständigen Kreisveterinäramts Wesel"]


def test_an_opening_demnach_keeps_its_source_before_estimates_it_reports():
    text = (
        "Wie die „Frankfurter Allgemeine Zeitung“ (FAZ) berichtete, sei das die Folge einer gezielten "
        "Steuerung der Hersteller. Demnach gäbe es Schätzungen, wonach Rolex pro Jahr etwa eine Million "
        "Uhren produziere."
    )
    assert _found(text)[-1] == ("Demnach gäbe es Schätzun", "Frankfurter Allgemeine Zeitung")


def test_an_opening_demnach_with_no_source_makes_no_quote_of_a_plan_it_describes():
    text = (
        "Eine offizielle Bestätigung gab es zunächst nicht. Bis Samstag soll das Reglement für die kommende "
        "Saison stehen. Demnach wird der Vorschlag des McLaren-Rennstalls umgesetzt, wonach die Autos 20 "
        "Zentimeter breiter werden."
    )
    assert all(speaker not in ("Demnach", "Vorschlag") for _, speaker in _found(text))
