"""Who speaks, fifty-second speaker round (docs/accuracy.md, "speaker round 52"): reported speech as a
discourse step. A speaker's chain of reported speech stays open across a heading that names no one else,
across a sentence whose subject is the speaker, in the strong past plural the Konjunktiv II shares with the
indicative ("verließen"), with a plural group as the shared form's subject ("die Bürger"), and over a verb
of saying that a Konjunktiv auxiliary closes ("…, wenn der Etat … beschlossen werde"). Texts of dev13 and
dev8, shortened; each guard is the same text with the cue that ends the chain. A sentence between whose only
cues of reporting found no one (an author's "dass", a time "Für …") and that names no information given
reports nothing (dev3, dev8, dev13). Konjunktiv before a colon goes on with the quotation's speaker also where
a verb of saying in it is reported in turn (a relative clause, a Konjunktiv modal: dev11), and a partial
quotation whose own words are in the Konjunktiv I goes on with the speaker of an open chain (dev9, dev11), and
a connective right after a shared form counts as one opening its sentence (dev10)."""

import pytest

from framing.measures.sourcing import _strong_past_plural
from tests.test_sourcing_cross_set import speakers

LINDNER = (
    "Finanzminister Christian Lindner (FDP) will den Haushalt kürzen. „Wir werden im Kabinett noch einmal "
    "gemeinsam über finanzielle Realitäten sprechen müssen“, sagte Lindner der Nachrichtenagentur dpa. Die "
    "hohe Zinslast sei ein klares Signal, die Verschuldung des Staates zu bremsen.\n\n"
    "Öffentlicher Dienst und Ukraine-Konflikt kosten\n\n"
    "Zugleich zahlten die Bürger bereits hohe Steuern. „Wir müssen also lernen, mit dem zur Verfügung "
    "stehenden Finanzrahmen auszukommen.“ Da nicht alles gleichzeitig zu finanzieren sei, müssten jetzt "
    "klare Prioritäten gesetzt werden."
)
HEADING = "Öffentlicher Dienst und Ukraine-Konflikt kosten\n\n"


def test_the_chain_goes_on_across_a_heading():
    found = speakers(LINDNER)
    assert ("indirect", "Zugleich zahlten die", "Lindner", "Lindner") in found
    assert ("direct", "Wir müssen also", "Lindner", "Lindner") in found
    assert ("indirect", "Da nicht alles", "Lindner", "Lindner") in found


@pytest.mark.parametrize(
    "heading",
    [
        "",  # a new paragraph with no heading: the shared form alone does not carry the speech there
        "Wirtschaftsminister Robert Habeck widerspricht\n\n",  # a heading that names someone else
    ],
)
def test_a_paragraph_or_a_heading_naming_another_ends_it(heading):
    found = speakers(LINDNER.replace(HEADING, heading))
    assert not any(q[1] == "Zugleich zahlten die" for q in found)


def test_a_named_person_as_the_shared_forms_subject_is_the_authors():
    text = LINDNER.replace("zahlten die Bürger", "zahlte der Bürgermeister")
    assert not any(q[1] == "Zugleich zahlte der" for q in speakers(text))


ABWERZGER = (
    "Der Tiroler FPÖ-Chef Markus Abwerzger wünscht sich einen Parteikandidaten für die Wahl im kommenden "
    "Jahr. Dies sagte Abwerzger am Mittwoch in Innsbruck. Ein Parteikandidat könne freiheitliche Standpunkte "
    "besser kommunizieren als eine unabhängige Kandidatin wie Irmgard Griss. Für Griss fand Abwerzger, der "
    "auch an dem Hearing der Partei teilgenommen hatte, dennoch lobende Worte. Sie wäre eine gute Kandidatin "
    "und dem Amt fachlich mehr als gewachsen. Als unabhängige Kandidatin versuche sie aber einen Spagat zu "
    "machen."
)


def test_a_sentence_with_the_speaker_as_its_subject_keeps_the_chain():
    found = speakers(ABWERZGER)
    assert ("indirect", "Sie wäre eine", "Abwerzger", "Abwerzger") in found
    assert ("indirect", "Als unabhängige Kandidatin", "Abwerzger", "Abwerzger") in found


def test_someone_else_as_its_subject_ends_it():
    found = speakers(ABWERZGER.replace("fand Abwerzger", "fand Landeshauptmann Günther Platter"))
    assert not any(q[1] == "Sie wäre eine" and q[3] == "Abwerzger" for q in found)


MALLA = (
    "Houssein Al Malla befürchtet, dass die Wirtschaftskrise Armut und Ungleichheit weiter verschärfen wird. "
    '"Ich fürchte, das lässt sich nicht vermeiden", sagt der Experte vom Giga-Institut Hamburg. Außerdem '
    "verließen immer mehr qualifizierte Bürger das Land."
)


def test_the_strong_past_plural_goes_on_as_a_shared_form():
    expert = "Experte vom Giga-Institut Hamburg"
    assert ("indirect", "Außerdem verließen immer", expert, expert) in speakers(MALLA)


def test_a_past_plural_with_its_own_konjunktiv_ii_is_the_indicative():
    text = MALLA.replace(
        "verließen immer mehr qualifizierte Bürger das Land", "kamen immer mehr Bürger ins Land"
    )
    assert not any(q[1] == "Außerdem kamen immer" for q in speakers(text))


@pytest.mark.parametrize(
    ("text", "lemma", "shared"),
    [
        ("verließen", "verlassen", True),
        ("erhielten", "erhalten", True),
        ("blieben", "bleiben", True),
        ("kamen", "kommen", False),  # Konjunktiv II "kämen"
        ("verlassen", "verlassen", False),  # the infinitive and the present
        ("geschrieben", "schreiben", False),  # the participle
        ("eigenen", "eigen", False),  # an inflected adjective
    ],
)
def test_strong_past_plural(text, lemma, shared):
    assert _strong_past_plural(text, lemma) is shared


LUEDDEMANN = (
    "Die Grünen-Fraktionschefin im Landtag, Cornelia Lüddemann, kritisierte, dass das Haushaltsverfahren "
    '"willkürlich" abgelaufen sei. Größter inhaltlicher Kritikpunkt der Grünen sei, dass der Klimaschutz zu '
    "kurz komme.\n\nLüddemann: Beschluss Ende März ist zu spät\n\n"
    "Zudem sei es zu spät, wenn der Etat für das laufende Jahr erst Ende März beschlossen werde."
)


def test_a_verb_of_saying_closed_by_a_konjunktiv_auxiliary_is_reported_in_turn():
    found = speakers(LUEDDEMANN)
    assert ("indirect", "Zudem sei es", "Lüddemann", "Cornelia Lüddemann") in found


def test_a_verb_of_saying_in_the_indicative_names_its_subject():
    text = LUEDDEMANN.replace(
        "beschlossen werde.", "beschlossen werde, kritisierte Finanzminister Michael Richter."
    )
    assert (
        "indirect",
        "Zudem sei es",
        "Finanzminister Michael Richter",
        "Finanzminister Michael Richter",
    ) in speakers(text)


MACHTLINGER = (
    "„Das steht auf der Agenda“, sagte Robert Machtlinger, Chef des Luftfahrtzulieferers FACC. "
    "Die Dekarbonisierung sei eine weite Reise. "
    "Für die nächsten 25 Jahre sind synthetische Kraftstoffe angesagt, danach Wasserstoff. "
    "Biosynthetische Kraftstoffe, etwa aus Raps gewonnen, seien aber nicht angesagt. "
    "Nahrung gehe vor."
)
NIGGLI = (
    "Das Mittel werde absehbar verboten bleiben, erklärte WADA-Generaldirektor Olivier Niggli. "
    "Es gibt jedoch einige kontroverse Fälle, die der Tatsache geschuldet sind, dass es aus "
    "wissenschaftlicher Sicht nicht leicht festzulegen ist, wie lange Spuren davon im Organismus bleiben. "
    "In einigen Monaten werde es die Ergebnisse neuer Studien geben."
)


def test_a_time_fuer_that_finds_no_one_reports_nothing():
    found = speakers(MACHTLINGER)
    assert (
        "indirect",
        "Biosynthetische Kraftstoffe, etwa",
        "Robert Machtlinger",
        "Robert Machtlinger",
    ) in found
    assert ("indirect", "Nahrung gehe vor.", "Robert Machtlinger", "Robert Machtlinger") in found


def test_the_authors_dass_that_finds_no_one_reports_nothing():
    niggli = "WADA-Generaldirektor Olivier Niggli"
    assert ("indirect", "In einigen Monaten", niggli, niggli) in speakers(NIGGLI)


@pytest.mark.parametrize(
    ("text", "between", "instead"),
    [
        (
            MACHTLINGER,
            "Für die nächsten 25 Jahre sind synthetische Kraftstoffe angesagt",
            "Für die nächsten 25 Jahre gibt es erste Angaben",
        ),
        (
            NIGGLI,
            "Es gibt jedoch einige kontroverse Fälle",
            "Der Tennisverband kennt jedoch einige kontroverse Fälle",
        ),
    ],
)
def test_information_given_or_a_body_named_between_still_ends_the_chain(text, between, instead):
    found = speakers(text.replace(between, instead))
    assert not any(q[1] in ("Biosynthetische Kraftstoffe, etwa", "In einigen Monaten") for q in found)


STREECK = (
    "„Kokain zerstört das Gehirn“, warnte der CDU-Gesundheitspolitiker Hendrik Streeck. Drogenkonsum sei "
    "„alles andere als ein Ausdruck von Stärke“. Umso wichtiger seien prominente Persönlichkeiten, die offen "
    "über Sucht sprächen: „Wenn Idole das so deutlich aussprechen, kann das viel entgegensetzen.“"
)
MISTLER = (
    "„Wir brauchen gute Fortbildungen“, sagte Sabine Mistler vom Philologenverband. Außerdem müsse man die "
    "Rahmenbedingungen zur Kenntnis nehmen. Wollte man mehr KI-Lösungen vorantreiben, müsse man ernsthaft "
    "über die Finanzierung reden: „Dürfen Kommunen dafür Digitalpaktgelder nutzen?“"
)


@pytest.mark.parametrize(
    ("text", "first", "person"),
    [
        (STREECK, "Umso wichtiger seien", "CDU-Gesundheitspolitiker Hendrik Streeck"),  # in a relative clause
        (MISTLER, "Wollte man mehr", "Sabine Mistler"),  # after a Konjunktiv modal ("müsse … reden")
    ],
)
def test_konjunktiv_before_a_colon_with_a_saying_reported_in_turn(text, first, person):
    assert ("indirect", first, person, person) in speakers(text)


@pytest.mark.parametrize(
    ("text", "saying"),
    [
        (STREECK, "die offen über Sucht sprächen"),
        (MISTLER, "müsse man ernsthaft über die Finanzierung reden"),
    ],
)
def test_an_inquit_of_its_own_names_the_new_speaker(text, saying):
    found = speakers(text.replace(saying, "sagte der Arzt Peter Braun"))
    assert any(q[0] == "indirect" and q[3] == "Arzt Peter Braun" for q in found)


OPHIR = (
    '"Falschinformationen verschwinden nicht einfach", sagte Yotam Ophir, Leiter des Labors für '
    "Medienwirkung an der University at Buffalo. "
    "Während der Pandemie verknüpften sich Fehlinformationen stärker mit politischer Identität, so der "
    'Experte. Die Erzählung von Wahlmanipulationen "bestärke daher bestehende Überzeugungen".'
)


def test_a_partial_quotation_adapted_to_the_konjunktiv_goes_on_with_the_speaker():
    assert ("partial", "bestärke daher bestehende", "Experte", "Yotam Ophir") in speakers(OPHIR)


@pytest.mark.parametrize(
    ("words", "instead"),
    [
        ('"bestärke daher', '"bestärkt daher'),  # the indicative inside: the author's words about it
        ("so der Experte.", "so der Experte. Am Abend besuchte der Bürgermeister die Unfallstelle."),
    ],
)
def test_an_indicative_quotation_or_a_closed_chain_keeps_no_speaker(words, instead):
    found = speakers(OPHIR.replace(words, instead))
    assert not any(q[0] == "partial" and q[3] == "Yotam Ophir" for q in found)


KAUFFRAU = (
    "„Die Luftfrachtkosten sind um das Fünffache gestiegen“, berichtet die Kauffrau Gabi Eutemüller. Das "
    "verteuere die Mangos aus Peru. Denn bei diesen Produkten mache der Transport einen Großteil der Kosten "
    "aus. Die Exoten kosteten daher im Supermarkt derzeit rund 30 Prozent mehr als bisher."
)


def test_a_connective_right_after_the_shared_form_goes_on_with_the_speaker():
    speaker = "Kauffrau Gabi Eutemüller"
    assert ("indirect", "Die Exoten kosteten", speaker, speaker) in speakers(KAUFFRAU)


@pytest.mark.parametrize(
    ("words", "instead"),
    [
        # no connective and no Konjunktiv I right before (round 79 reads the plural after one): the author's
        ("aus. Die Exoten kosteten daher", "aus. Dazu kommt der Zoll. Die Exoten kosteten"),
        ("Die Exoten kosteten daher", "Der Händler Peter Braun verlangte daher"),  # a person as its subject
    ],
)
def test_without_the_connective_or_with_a_person_as_subject_it_is_the_authors(words, instead):
    found = speakers(KAUFFRAU.replace(words, instead))
    assert not any(q[1].startswith(("Die Exoten", "Der Händler")) for q in found)
