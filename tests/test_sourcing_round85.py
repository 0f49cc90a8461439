"""Who speaks, eighty-fifth speaker round (docs/accuracy.md, "Speaker round 85"): a colon sets off a quotation
in quotation marks after a clause that names its speaker without a verb of saying, or with one whose subject
was not found ("Auf die Entwicklungen im Sahel blickte auch Mwaivu Kaluka, …, in seiner Rede: »…«"): round
83's reading of such a clause, before the last speaker's chain. German sentences in, speakers out."""

from .sourcing_speakers import quoted


def spans(text: str) -> list[tuple[str, str | None]]:
    return [(quote, span) for quote, span, _ in quoted(text)]


def test_an_inverted_subject_with_its_role_speaks_not_the_last_speaker():
    text = (
        "Der französische Präsident Emmanuel Macron sagte, Frankreich habe in Mali »den Preis bezahlt«.\n\n"
        "Gegen den Imperialismus\n\n"
        "Auf die Entwicklungen im Sahel blickte auch Mwaivu Kaluka, Vorsitzender der Vereinigung, in seiner "
        "einleitenden Rede: »Wir stehen in voller Solidarität mit den Staaten der Sahelallianz.«"
    )
    assert spans(text)[-1] == (
        "Wir stehen in voller Solidarität mit den Staaten der Sahelallianz.",
        "Mwaivu Kaluka",
    )


def test_a_name_set_off_by_commas_after_the_verb_and_its_object():
    text = (
        "Das Konzert war ausverkauft. Am Ende springt ihnen Dirk Bamberg, der Vizepräsident des "
        "Bundesverbands der Diskotheken, freudig bei: „Aus unserer Sicht ist es denkbar, dass auch "
        "Impfausweise eine Rolle spielen.“"
    )
    assert spans(text) == [
        ("Aus unserer Sicht ist es denkbar, dass auch Impfausweise eine Rolle spielen.", "Dirk Bamberg")
    ]


def test_a_verb_of_saying_in_a_clause_that_opens_with_auch_wenn():
    text = (
        "Frankreich geht als Favorit in das Spiel. Auch wenn der Coach der Franzosen sagt: „Sie haben mehr "
        "zu verlieren als wir in dieser Position.“"
    )
    assert spans(text) == [("Sie haben mehr zu verlieren als wir in dieser Position.", "Coach der Franzosen")]


def test_the_subject_a_coordinated_verb_after_a_comma_shares():
    text = (
        "Die Debatte um die Atomwaffen ist neu entbrannt. Die Grünen-Fraktionschefin Katrin Göring-Eckardt "
        "ist mit Mützenich auf einer Linie, verteidigt allerdings die Stationierung von US-Soldaten in "
        'Deutschland: "Es wäre besser, die Amerikaner würden ihre Atomwaffen abziehen als ihre Soldaten."'
    )
    assert spans(text) == [
        (
            "Es wäre besser, die Amerikaner würden ihre Atomwaffen abziehen als ihre Soldaten.",
            "Grünen-Fraktionschefin Katrin Göring-Eckardt",
        )
    ]


def test_a_clause_in_the_konjunktiv_goes_on_with_the_last_speaker():
    text = (
        "„Wir werden mehr Geld in die Betreuung stecken“, so die Familienministerin Susanne Raab. Ein "
        "weiteres wichtiges Thema sei die geplante Schaffung von mehr Betreuungsplätzen für Unter-3-Jährige: "
        "„Mit der Kostenbeteiligung des Bundes konnte die Betreuung ausgebaut werden.“"
    )
    assert [span for _, span in spans(text)] == ["Familienministerin Susanne Raab"] * 3


def test_no_holder_in_a_clause_a_subordinator_opens():
    text = (
        "Wladimir Putin gilt als sicherer Sieger. Wie gering die Chancen für einen Sieg Nadeschdins gesehen "
        'werden, lässt sich an einer Antwort auf Fragen von Journalisten ablesen: "Wir betrachten ihn nicht '
        'als Konkurrenten."'
    )
    assert "Nadeschdins" not in str(spans(text))
