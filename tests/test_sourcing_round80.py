"""Who speaks, eightieth speaker round (docs/accuracy.md, "Speaker round 80"): a group counted by a
quantity speaks the clause after its verb of saying ("Fast jeder Fünfte gab an, …", "sagten 25 Prozent der
Befragten, …", "Wie 20 Fachleute erklärten, …"). German sentences in, quotes and speakers out."""

from framing.measures.sourcing import _approximators_by_first

from .sourcing_speakers import quoted, speakers


def test_an_approximate_share_before_jeder_and_an_ordinal():
    text = (
        "31 Prozent der befragten 503 Manager schätzen die Bedeutung des Themas als schwach ein. Fast jeder "
        "Fünfte gab an, sein Unternehmen sei von der digitalen Transformation gar nicht betroffen."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [
        (
            "Fast jeder Fünfte gab an, sein Unternehmen sei von der digitalen Transformation gar nicht "
            "betroffen.",
            "Fünfte",
        )
    ]


def test_a_share_in_figures_after_the_verb_gives_its_group():
    text = (
        "In einer am Montag veröffentlichten Umfrage des deutschen Hightech-Verbandes Bitkom sagten 25 "
        "Prozent der Befragten, sie würden unliebsame Präsente zu Geld machen wollen."
    )
    assert speakers(text) == [("Befragten", "Befragten")]


def test_a_count_in_figures_after_wie():
    text = (
        "Wie 20 Fachleute am Donnerstag bei einem per Videoschalte abgehaltenen Treffen erklärten, seien die "
        "Vorteile des Präparats größer als die Risiken."
    )
    assert speakers(text) == [("Fachleute", "Fachleute")]


def test_more_than_a_fraction_of_the_respondents():
    text = (
        "Die Kosten für Home-Office werden vom Arbeitgeber nur selten abgegolten: Mehr als drei Viertel der "
        "Befragten geben an, dass dies nicht oder eher nicht der Fall sei."
    )
    assert speakers(text) == [("Befragten", "Befragten")]


def test_an_approximate_half_after_the_verb_and_its_particle():
    text = "Auch an Wochenenden und Abenden sei man erreichbar, gab rund die Hälfte der Befragten an."
    assert speakers(text) == [("Hälfte der Befragten", "Hälfte der Befragten")]


def test_a_count_of_members_before_the_verb():
    text = "15 weitere Syriza-Abgeordnete erklärten, sie seien gegen den neuen Sparkatalog."
    assert [span for span, _ in speakers(text)] == ["weitere Syriza-Abgeordnete"]


def test_a_figure_of_time_or_a_bare_share_is_no_speaker():
    # "20 Minuten später" is when, not who; "Rund 15 Prozent" names no group that speaks
    assert speakers("Der Sprecher erklärte 20 Minuten später, die Lage sei ernst.") == [
        ("Sprecher", "Sprecher")
    ]
    assert speakers("Rund 15 Prozent berichten, dass dies sogar relativ oft passiert.") == []


def test_a_fraction_in_number_words_gives_its_group():
    text = (
        "Weiteres Ergebnis: Drei Viertel der Befragten gaben an, die Deutschmatura mit der Hand "
        "geschrieben zu haben."
    )
    assert speakers(text) == [("Befragten", "Befragten")]


def test_a_count_whose_verb_has_an_object_or_a_share_that_goes_on_to_one_is_no_speaker():
    # "ergeben Platz": no clause reported right after the verb; "sprechen … Deutsch": a language spoken
    for text in (
        "38 Container ergeben Platz für 50 Personen, somit sind pro Standort 76 Container geplant.",
        "In der vierten Klasse Volksschule sprechen mehr als zwei Drittel der Schüler mit "
        "Migrationshintergrund zu Hause sowohl Deutsch als auch ihre Herkunftssprache, nur 23 Prozent "
        "sprechen in der Familie gar kein Deutsch.",
    ):
        assert speakers(text) == [], text


def test_approximators_are_looked_up_by_first_word_the_longest_first() -> None:
    by_first = _approximators_by_first(frozenset({"mehr als", "mehr", "rund"}))
    assert by_first == {"mehr": (("mehr", "als"), ("mehr",)), "rund": (("rund",),)}
