"""Who speaks, seventy-seventh speaker round (docs/accuracy.md, "Speaker round 77"): a "Demnach" whose source
the sentence before names outside its opening subject, after the finite verb ("Das berichtete die Zeitung X")
or in the genitive after a noun of information, a document or a finding ("Ein Bericht des Magazins X",
"die Umfragedaten des Instituts X"). German sentences in, speakers and spans out."""

from .sourcing_speakers import speakers


def test_the_subject_after_das_berichtete_is_the_source_of_demnach():
    text = (
        "Im südserbischen Preševo sind am Wochenende 33 Menschen in einem Frachtzug aufgegriffen worden. "
        "Das berichtete die Tageszeitung Politika am Dienstag. Demnach handelte es sich um afghanische, "
        "libysche und syrische Staatsbürger."
    )
    # the sentence before "Das berichtete" is Politika's too; "Demnach" is two sentences after it
    assert speakers(text) == [
        ("Tageszeitung Politika", "Tageszeitung Politika"),
        ("Demnach", "Tageszeitung Politika"),
    ]


def test_the_subject_after_the_verb_of_a_sentence_an_adverbial_opens_is_the_source():
    text = (
        "Rom – Die Abholzung der Wälder hat sich verlangsamt. Zu diesem Schluss kommt die Welternährungs"
        "organisation in ihrem am Montag veröffentlichten Weltwaldbericht. Demnach verringerten sich die "
        "Waldflächen weltweit in den 1990er-Jahren um jährlich 0,18 Prozent."
    )
    assert speakers(text) == [("Demnach", "Welternährungsorganisation")]


def test_the_genitive_owner_of_a_report_in_the_subject_is_the_source():
    text = (
        "Hinweise auf seinen Namen wurden vom Coverbild entfernt. Ein Bericht des Wirtschaftsmagazins Nikkei "
        "sorgt indes aus anderen Gründen für Schlagzeilen. Demnach herrschen bei Konami prekäre "
        "Arbeitsbedingungen."
    )
    assert speakers(text) == [("Demnach", "Wirtschaftsmagazins Nikkei")]


def test_the_genitive_owner_of_data_in_an_object_is_the_source():
    text = (
        "Schaut man sich die am Mittwoch veröffentlichten Umfragedaten des Israelischen Demokratie-Instituts "
        "an, dann könnte Netanjahu tatsächlich Grund haben zur Nervosität. Demnach identifizieren sich 45 "
        "Prozent der Israelis mit den Demonstrationen."
    )
    assert speakers(text) == [("Demnach", "Israelischen Demokratie-Instituts")]


def test_the_subject_of_a_passive_is_no_source():
    text = (
        "Die Ausbildungsstätten heißen Lager für die Pioniere der Befreiung. Dort sollen Männer im Alter "
        "zwischen 15 und 60 Jahren darin ausgebildet werden. Demnach sieht das Training unter anderem die "
        "Ausbildung an der Waffe vor."
    )
    assert speakers(text) == [("Demnach", "Demnach")]


def test_the_phrase_after_a_copula_is_no_source():
    text = (
        "In Vorarlberg war die Antenne weit vor Ö3. Das sind die Daten 2015. Ein Prozent Marktanteil macht "
        "demnach eine Million Euro aus."
    )
    assert speakers(text) == [("demnach", "demnach")]


def test_the_subject_of_a_verb_that_reports_nothing_is_no_source():
    text = (
        "Am Freitag hat das deutsche Parlament im Bundestag einer Gesetzesvorlage zugestimmt. Demnach darf "
        "die Deutsche Flugsicherung GmbH privatisiert werden."
    )
    assert speakers(text) == [("Demnach", "Demnach")]


def test_the_source_before_a_colon_in_the_sentence_of_demnach():
    text = (
        "Am Montag veröffentlichte die Statistik Austria ihre neuen Zahlen: Demnach sind die Preise um zwei "
        "Prozent gestiegen."
    )
    assert speakers(text) == [("Demnach", "Statistik Austria")]


def test_a_verb_of_publishing_that_looks_like_an_adjective_after_an_adverbial():
    text = (
        "Am Montag veröffentlichte die Statistik Austria ihre neuen Zahlen. Demnach sind die Preise um zwei "
        "Prozent gestiegen."
    )
    assert speakers(text) == [("Demnach", "Statistik Austria")]
