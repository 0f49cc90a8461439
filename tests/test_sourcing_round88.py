"""Who speaks, eighty-eighth speaker round (docs/accuracy.md, "Speaker round 88"): a study's finding reported
with "zeigen", "belegen" or "ergeben" and a "dass" clause in frames the subject search did not read, the
study after the verb ("zeigt eine Studie, dass"), an adverb before the comma ("zeigte jedoch, dass"), a
study with attributes or a phrase after it ("Eine kürzlich durchgeführte Umfrage ergab, dass"), after a
modal ("konnten zeigen, dass"), and its author after "von" with an apposition. German sentences in,
speakers and spans out."""

from .sourcing_speakers import quoted, speakers


def test_a_study_after_its_verb_is_the_source():
    text = (
        "Die Bildung leidet. Erst in diesen Tagen zeigt eine Studie, dass Deutschlands Schüler mittlerweile "
        "schlechter sind als ihre Altersgenossen in der Türkei."
    )
    assert [span for span, _ in speakers(text)] == ["eine Studie"]
    text = "Das Virus ist harmlos. Derzeit zeigten Studien, dass bis zu 81 Prozent der Fälle mild verliefen."
    assert speakers(text) == [("Studien", "Studien")]


def test_an_adverb_before_the_comma_keeps_the_finding():
    text = (
        "Die Ärzte sind vorsichtig. Eine Analyse von rund 6200 Covid-19-Fällen zeigte jedoch, dass deutlich "
        "weniger Famotidin-einnehmende Patienten verstarben."
    )
    assert speakers(text) == [("Analyse", "Analyse")]


def test_a_study_with_attributes_or_a_phrase_after_it_speaks():
    text = (
        "Maduro regiert weiter. Eine kürzlich durchgeführte Umfrage ergab, dass 3 Prozent der Venezolaner "
        "ihn als Präsidenten anerkennen."
    )
    assert speakers(text) == [("Umfrage", "Umfrage")]
    text = (
        "Die Stimmung ist gut. Umfragen im Anschluss an die jüngste Rede des Präsidenten ergaben, dass eine "
        "Mehrheit mit einer Verlängerung der Ausgangssperre einverstanden ist."
    )
    assert speakers(text) == [("Umfragen", "Umfragen")]
    text = (
        "Der Test ist einfach. Erste Studien konnten zeigen, dass Laien-Abstriche ähnlich gute Ergebnisse "
        "liefern."
    )
    assert speakers(text) == [("Studien", "Studien")]


def test_the_author_of_the_research_speaks_and_goes_on():
    text = (
        "Es gibt keine Prüfung nach Partikelgrößen. Untersuchungen von Professor Achim Dittler, Experte für "
        "Gas-Partikel-Systeme am Karlsruher Institut für Technologie, haben ergeben, dass Teilchen "
        "verschiedener Größe unterschiedlich abgeschieden werden. So könnten Masken zwar insgesamt 94 "
        "Prozent der Partikel abscheiden."
    )
    found = [(words[:20], span) for words, span, _ in quoted(text)]
    assert found == [
        ("Untersuchungen von P", "Professor Achim Dittler"),
        ("So könnten Masken zw", "Professor Achim Dittler"),
    ]


def test_a_finding_with_no_study_is_still_no_speech():
    assert speakers("Das zeigt, dass wir handeln müssen.") == []
    assert speakers("Der Fall zeigt jedoch, dass wir handeln müssen.") == []
    assert speakers("Die Bilder zeigen eine Studie, die nie erschienen ist.") == []


def test_a_study_in_the_genitive_of_another_noun_is_not_the_source():
    text = (
        "Kurz nahm das zum Anlass. Die Sichtung der Vorstudie, die dem STANDARD vorliegt, zeigt allerdings, "
        "dass deren wissenschaftliche Aussagekraft beschränkt ist."
    )
    assert speakers(text) == []
    text = (
        "Die Funde sind alt. Chemische Analysen der Knochen zeigten wiederum, dass die Hunde die gleiche "
        "Nahrung erhielten wie ihre Besitzer."
    )
    assert speakers(text) == [("Analysen", "Analysen")]
