"""Who speaks, seventy-eighth speaker round (docs/accuracy.md, "Speaker round 78"): reported content before
a trailing "wie" inquit of a finding, "…, wie aus einer Umfrage des Instituts X hervorgeht." and "…, wie
EZB-Daten zeigen.", read as a quote whose source is the finding's owner, else the finding. German sentences
in, quotes and speakers out."""

from .sourcing_speakers import quoted, speakers


def test_wie_aus_a_survey_hervorging_gives_the_survey_owner():
    text = (
        "Berlin – Die Konjunktur im Euro-Währungsraum zieht überraschend deutlich an. Der Markit-Einkaufs"
        "managerindex kletterte im Juni um 0,5 auf 54,1 Punkte, wie am Dienstag aus einer Umfrage des "
        "Markit-Instituts unter rund 4.000 Firmen hervorging."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [
        (
            "Der Markit-Einkaufsmanagerindex kletterte im Juni um 0,5 auf 54,1 Punkte, wie am Dienstag aus "
            "einer Umfrage des Markit-Instituts unter rund 4.000 Firmen hervorging.",
            "Markit-Instituts",
        )
    ]


def test_the_owner_of_a_compiled_list_after_a_participle_attribute():
    text = (
        "Der EU-Afrika-Fonds soll mit drei Millionen unterstützt werden, wie aus einer der APA vorliegenden "
        "Aufstellung des Bundeskanzleramtes hervorgeht."
    )
    assert speakers(text) == [("Bundeskanzleramtes", "Bundeskanzleramtes")]


def test_a_statistic_with_no_owner_speaks_itself():
    text = (
        "In Gornja Radgona warteten fast 1.000 Menschen auf die Weiterreise nach Bad Radkersburg, wie aus "
        "der Polizeistatistik hervorgeht."
    )
    assert speakers(text) == [("Polizeistatistik", "Polizeistatistik")]


def test_data_that_show_it_in_a_trailing_wie_clause():
    text = (
        "Die Einlagen bei griechischen Banken sind im Juni gesunken. Sie schrumpften um rund acht Milliarden "
        "auf 127,5 Milliarden Euro, wie EZB-Daten zeigen."
    )
    assert speakers(text) == [("EZB-Daten", "EZB-Daten")]


def test_a_study_that_shows_it_speaks_for_its_owner_and_the_konjunktiv_goes_on():
    text = (
        "Vor allem die Kinder der Zuwanderer hätten gute Integrationschancen, wie eine am Freitag "
        "vorgestellte Studie der OECD zeigt. Auch bei den Bemühungen, Einwanderern Arbeit zu verschaffen, "
        "gebe es vielversprechende Ansätze."
    )
    assert speakers(text) == [("OECD", "OECD"), ("OECD", "OECD")]


def test_what_no_finding_shows_is_no_quote():
    # finds are no study, "sich zeigen" has no subject that speaks, and aus names no source of "zeigen"
    for text in (
        "In der Steinzeit bestatteten Menschen ihre Hunde, wie 8000 Jahre alte Funde aus Sibirien zeigen.",
        "Damit rechnet auch ein Großteil der Unternehmen, wie sich am Montag bei einer Veranstaltung zeigte.",
        "Ein Fehler, der tödliche Folgen haben kann, wie die Zahlen zeigen: 111 Personen starben im Vorjahr.",
    ):
        assert quoted(text) == [], text
