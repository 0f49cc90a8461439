"""Attribution rules of the third round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out (words in data/registries/speech_de.toml 1.6)."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def spans(text):
    """(label, speaker span as written) of every quote in ``text``."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (q.label, doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None)
        for q in doc.quotes
    ]


HEARSAY = "Die Polizei teilte mit, zwei Häftlinge seien in der Nacht geflohen. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEARSAY + "Ein Beamter der Anstalt soll den Ausbrechern zur Flucht verholfen haben.",
            [("indirect", "Polizei"), ("indirect", "Polizei")],
        ),
        (  # a plan, not hearsay: a time ahead, a passive infinitive
            HEARSAY + "Die Mauer soll im Mai erhöht werden.",
            [("indirect", "Polizei")],
        ),
    ],
)
def test_hearsay_soll_goes_on_with_the_last_speaker(text, expected):
    """reported.reportative: "soll" of hearsay continues the speaker of the sentence before."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # nobody spoke in the sentence before: the adverb is the mention
            "Nach den ersten Auszählungen gab die Wahlkommission ein vorläufiges Ergebnis bekannt. Demnach "
            "hat sich die regierende Koalition von Präsident Ronald Venetiaan durchgesetzt.",
            [("indirect", "Demnach")],
        ),
        (
            "Die Zahl der Opfer wurde korrigiert. Nils Schmid wird sich demnach ein Rennen mit Winfried "
            "Kretschmann liefern.",
            [("indirect", "demnach")],
        ),
    ],
)
def test_demnach_reports_the_source_named_before(text, expected):
    """attribution.back_references: "Demnach" points back to a source; the sentence reports."""
    assert spans(text) == expected


def test_demnach_carries_the_last_speaker_as_its_words():
    doc = doc_from_text(
        "Der Sprecher der Polizei sagte, es habe zwei Tote gegeben. Demnach waren beide Männer "
        "unbewaffnet.",
        annotate=False,
    )
    sourcing.annotate(doc)
    last = doc.quotes[-1]
    assert doc.text[last.speaker_start : last.speaker_end] == "Demnach"
    assert "Polizei" in last.speaker


def test_an_age_before_a_role_opens_the_person_a_pronoun_refers_to():
    text = (
        "Seit Sonntagabend hatte sich ein 45-jähriger Mann mit seiner Familie in seinem Haus "
        "verschanzt. Er verständigte selbst die Polizei und teilte mit, dass er bewaffnet sei."
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert [q.speaker for q in doc.quotes] == ["ein 45-jähriger Mann"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the name in quotation marks after a medium's noun is no quote
            "Die Lage ist ernst. Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment "
            "113 Modelle unter der Grenze.",
            [("indirect", "einem Test")],
        ),
        (  # and it belongs to the speaker's span
            "Die Lage ist ernst. Hinsichtlich des Startortes meldet die Nachrichtenagentur „Xinhua“, die "
            "Maschine sei von ihrem Heimathangar losgeflogen.",
            [("indirect", "Nachrichtenagentur „Xinhua“")],
        ),
        (
            "Das Video war echt. Ein Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“ sagte, die "
            "Bilder seien bearbeitet.",
            [("indirect", "Ein Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“")],
        ),
    ],
)
def test_a_name_in_quotation_marks_after_its_noun(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle the lemmatizer gives as its verb ("beteiligten" → "beteiligen"), a plural role
            "Die Lage ist ernst. Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe schon viele "
            "Hausbrände gesehen, aber noch keinen wie diesen.“",
            [("direct", "Einer der 13 beteiligten Feuerwehrmänner")],
        ),
        (  # "Als" + a noun and its prepositional phrase before the verb: the subject follows the verb
            "Die Lage ist ernst. Als Antwort auf den Brief sagte ein Sprecher der Downing Street: „Wir "
            "sollten uns immer daran erinnern.“",
            [("direct", "ein Sprecher der Downing Street")],
        ),
    ],
)
def test_subjects_before_a_colon(text, expected):
    assert spans(text) == expected


def test_a_plural_role_is_no_antecedent_of_er():
    text = (
        "Der Reporter Claas Relotius traf die Männer im Lager. Er schrieb, den Männern gehe es schlecht."
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert [q.speaker for q in doc.quotes] == ["Reporter Claas Relotius"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage ist ernst. Offiziellen Angaben zufolge wurden 34.273 Menschen durch den Sturm getötet.",
            [("indirect", "Offiziellen Angaben")],
        ),
        (
            "Die Lage ist ernst. Auch al-Qaida-Gruppen gewinnen Medienberichten zufolge an Einfluss.",
            [("indirect", "Medienberichten")],
        ),
        (
            "Die Lage ist ernst. Den vorliegenden Informationen zufolge soll Dulmatin in einem Internet-Café "
            "erschossen worden sein.",
            [("indirect", "vorliegenden Informationen")],
        ),
    ],
)
def test_a_noun_of_information_before_zufolge_is_the_source(text, expected):
    """attribution.information_endings before "zufolge": the noun phrase speaks, without its article."""
    assert spans(text) == expected


def test_a_name_in_quotation_marks_after_wie_speaks():
    text = (
        "Die Lage ist ernst. Wie die „Aktion Deutschland hilft“ heute mitteilte, werde den "
        "Hilfsorganisationen geholfen."
    )
    assert spans(text) == [("indirect", "Aktion Deutschland hilft")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ausgehen" without its particle apart (verbs.lemmas 1.6)
            "Die Gespräche endeten ergebnislos. Bis zuletzt war das McCain-Lager davon ausgegangen, dass "
            "es noch weitere Gespräche geben werde.",
            [("indirect", "McCain-Lager")],
        ),
        (  # adjectives joined by "und"
            "Fünf Zivilisten wurden getötet. Die afghanischen und ausländischen Soldaten waren davon "
            "ausgegangen, die verdächtigen Personen seien dabei, eine Sprengfalle zu bauen.",
            [("indirect", "afghanischen und ausländischen Soldaten")],
        ),
    ],
)
def test_davon_ausgehen_and_coordinated_adjectives(text, expected):
    assert spans(text) == expected


def test_konjunktiv_after_a_sentence_without_speech_continues_its_subject():
    """A Konjunktiv I sentence after a sentence with no verb of saying: the person or organisation
    opening that sentence speaks (attribution.passive: not when something is done to it)."""
    text = (
        "Das Virus breitet sich aus. Das Robert-Koch-Institut sieht für Deutschland noch keine "
        "besondere Gefahr. Lediglich Personen mit Umgang mit Geflügel seien gefährdet."
    )
    assert spans(text) == [("indirect", "Robert-Koch-Institut")]
    assert spans("Das Haus stürzte ein. Der Mann wurde verhaftet. Die Lage sei ernst.") == []


def test_konjunktiv_ii_continues_reported_speech():
    """reported.hints 1.6: "dürften", "würden" … stand in for Konjunktiv I."""
    text = (
        "Bei der Chrisammesse sagte der Papst, dass die Priester dynamischer werden sollten. Sie dürften "
        "nicht zu Verwaltern des Glaubens werden."
    )
    assert spans(text) == [("indirect", "Papst"), ("indirect", "Papst")]


def test_wonach_takes_the_noun_phrase_before_its_comma():
    text = (
        "Die Lage ist ernst. Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach der "
        "Oppositionsführer festgenommen worden sein soll, wurde dementiert."
    )
    assert spans(text) == [("indirect", "russischen Nachrichtenagentur „Interfax“")]


def test_reported_speech_before_a_quotation_in_the_same_sentence():
    text = (
        "Sarkozy hob die Wichtigkeit Englands hervor. Er sagte, Europa brauche die Engländer und fügte "
        "hinzu: „Wer kann glauben, man könne Europa ohne die Engländer aufbauen?“"
    )
    assert spans(text) == [("indirect", "Er"), ("direct", "Er")]


def test_a_focus_particle_before_the_subject():
    text = (
        "Deutschland verlor das Spiel. Auch der ehemalige FIFA-Schiedsrichter Urs Meier kritisierte, "
        "Undiano habe im Spiel „nicht die richtige Linie gefunden“."
    )
    assert spans(text) == [("indirect", "ehemalige FIFA-Schiedsrichter Urs Meier")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # before: the subject after it ("zwei deutsche Touristen") was taken as the source
            "Ein Bus verunglückte in Peru. Dabei sind laut den Angaben zwei deutsche Touristen ums Leben "
            "gekommen.",
            [("indirect", "Angaben")],
        ),
        (
            "Ein Bus verunglückte in Peru. Dabei sind laut ersten Angaben zwei Touristen ums Leben gekommen.",
            [("indirect", "ersten Angaben")],
        ),
        (  # the owner of the report speaks
            "Die Lage ist ernst. Laut einem Bericht des UNHCHR sind dort 40 Prozent der Opfer minderjährig.",
            [("indirect", "UNHCHR")],
        ),
    ],
)
def test_laut_before_a_noun_of_information(text, expected):
    assert spans(text) == expected


def test_nach_before_a_plural_noun_of_information():
    """attribution.information_endings 1.6: plurals ("Darstellungen", "Ermittlungen"); the span leaves
    the definite article out, as for any speaker."""
    text = "Es war ein Anschlag. Er soll nach den bisherigen Ermittlungen für zehn Morde verantwortlich sein."
    assert spans(text) == [("indirect", "bisherigen Ermittlungen")]
    text = "Das Buch erschien. Nach Darstellungen des Verlages bietet das Buch eine neue Sicht."
    assert spans(text) == [("indirect", "Verlages")]


def test_herausfinden_reports():
    text = (
        "Die Beobachtung fand in England statt. Die Wissenschaftler fanden heraus, dass es sich nicht um "
        "Gas handelte."
    )
    assert spans(text) == [("indirect", "Wissenschaftler")]
