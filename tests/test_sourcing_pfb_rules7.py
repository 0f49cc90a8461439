"""Attribution rules of the eighth round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out."""

import pytest

from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans


def test_a_number_ending_a_sentence_is_no_ordinal() -> None:
    """ "des Modells 3. Ein Sprecher …": the number ends its sentence, so the spokesman speaks, not the
    subject of the sentence before."""
    text = (
        "Ein Arbeitskampf verzögert die Auslieferung des Modells 3. Ein Sprecher von Tesla teilte mit, "
        "jeder bei Tesla Grohmann Automation solle fair bezahlt werden."
    )
    assert spans(text) == [("indirect", "Ein Sprecher von Tesla")]


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai sagte der Minister, die Lage sei ernst.",
        "Die 2. Bundesliga beginnt am Freitag.",
        "Der Antrag hat drei Punkte: 1. Die Regierung soll zahlen.",
    ],
)
def test_an_ordinal_stays_in_its_sentence(text: str) -> None:
    """A number before a month or a noun, or a list's number after a colon, ends no sentence."""
    assert len(doc_from_text(text).sentences) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierungen von Deutschland und Frankreich haben signalisiert, dass ihre Länder einen "
            "erheblichen Beitrag leisten können.",
            [("indirect", "Regierungen von Deutschland und Frankreich")],
        ),
        ("Die Behörden teilten mit, dass der Flughafen geschlossen bleibe.", [("indirect", "Behörden")]),
    ],
)
def test_an_organisation_in_the_plural_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Regierungen", "Behörden": an organisation noun's plural names speakers as the singular does."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Wahlkommission wird vorgeworfen, sie habe die Ergebnisse zurückgehalten.", []),
        ("Darin wird der König aufgefordert, bis zur Wahl einen Übergangspremier einzusetzen.", []),
        (
            "Die al-Shabaab wurde von Kenias Regierung beschuldigt, den Anschlag verübt zu haben.",
            [("indirect", "Kenias Regierung")],
        ),
    ],
)
def test_a_passive_of_saying_without_an_agent_names_no_speaker(text: str, expected: list) -> None:
    """ "Der Wahlkommission wird vorgeworfen, …": the phrase before a passive verb of saying is whom it is
    said to or about; only an agent with "von" speaks."""
    assert spans(text) == expected


def test_a_relative_pronoun_speaks_for_the_phrase_before_it() -> None:
    """ "Alice Schwarzer, die den Mut Alis hervorhob, …": the relative pronoun is the subject of the verb
    of saying that ends its clause (the data set marks the pronoun), resolved to the phrase before the
    comma; before, the object after the pronoun was taken ("den Mut Alis")."""
    doc = doc_from_text(
        "Zu den Gratulanten gehörte auch die Feministin Alice Schwarzer, die den Mut Alis hervorhob, der "
        "sich gegen die Zwangsheirat von Mädchen einsetze."
    )
    quote = doc.quotes[0]
    assert (doc.text[quote.speaker_start : quote.speaker_end], quote.speaker) == (
        "die",
        "Feministin Alice Schwarzer",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relative clause's antecedent opens the sentence: it is named as the speaker
            "Privatbeteiligtenvertreterin Lorenz, die für ihre Mandantin Schmerzengeld fordert, ist ebenso "
            "überzeugt, dass sich die Angelegenheit in Sekunden abgespielt habe.",
            [("indirect", "Privatbeteiligtenvertreterin Lorenz")],
        ),
        (  # the pronoun is the object, "der Rechnungshof" the subject
            "Kein Verstoß sei die hohe Anzahl an Bagatellfällen, die der Rechnungshof in seinem Bericht "
            "konstatierte, meint die BIG.",
            [("indirect", "BIG")],
        ),
        (  # no person before the comma: the object after the pronoun does not speak either
            "Es gibt auch Stimmen, die dem früheren Kardinal vorwerfen, in der Militärdiktatur geschwiegen "
            "zu haben.",
            [],
        ),
    ],
)
def test_no_relative_pronoun_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    """Where the pronoun is no subject, or stands for nobody named, the rule leaves the sentence alone."""
    assert spans(text) == expected


def relays(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span as written, relaying medium) of every quote in ``text``."""
    doc = doc_from_text(text)
    return [
        (doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.via)
        for q in doc.quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wie die Süddeutsche Zeitung berichtete, soll sich laut der HIS-Studie nur jeder zweite "
            "Gebührenzahler bessere Studienbedingungen erhoffen.",
            [("HIS-Studie", "Süddeutsche Zeitung")],
        ),
        (
            "Der US-Sender NBC berichtete am Montag unter Berufung auf die US-Küstenwache, die Familien der "
            "Seeleute seien informiert worden.",
            [("US-Küstenwache", "US-Sender NBC")],
        ),
        (  # a medium alone speaks; the person in a genitive is no name beside it
            "Denn schon ein Vertrauter des früheren Bundeskanzlers Helmut Kohl soll sich laut Süddeutscher "
            "Zeitung auf der Liste befinden.",
            [("Süddeutscher Zeitung", None)],
        ),
        (  # the named medium is still found again by its name
            "Der Nachrichtenagentur Anadolu zufolge wird gegen den Parteichef ermittelt. Gegen seine "
            "Kollegin seien ebenfalls Ermittlungen eingeleitet worden, berichtete Anadolu.",
            [("Nachrichtenagentur Anadolu", None), ("Anadolu", None)],
        ),
    ],
)
def test_a_named_medium_relays_its_source(text: str, expected: list) -> None:
    """A media noun with a name ("die Süddeutsche Zeitung", "der US-Sender NBC") is a medium, as "die
    Zeitung" is: the source it names speaks and it relays (gold convention 6)."""
    assert relays(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Man kann damit laut Klinikdirektor Prof. Dr. Matthias W. Beckmann jetzt Paaren helfen.",
            [("indirect", "Klinikdirektor Prof. Dr. Matthias W. Beckmann")],
        ),
        (
            "Ausstellen bedeutet kritisches Hinterfragen der Gegenwart, sagt Kunsthaus-Direktor Thomas D. "
            "Trummer.",
            [("indirect", "Kunsthaus-Direktor Thomas D. Trummer")],
        ),
        (  # a sentence opener after the initial: the name ends there, with the initial's stop (round 116)
            "Das sei richtig, sagte Lutz S. Er kam am Montag.",
            [("indirect", "Lutz S.")],
        ),
    ],
)
def test_an_initial_inside_a_name_ends_no_clause(text: str, expected: list) -> None:
    """The full stop of an initial ("Matthias W. Beckmann") ends neither the clause nor the name: the
    surname after it belongs to the speaker's span."""
    assert spans(text) == expected


WORDS = [
    (
        "führt … aus",
        "Zur Beweislage führt das Gericht aus, dass nicht nur die Nebenklägerin, sondern genauso Kachelmann "
        "in einigen Punkten die Unwahrheit gesagt habe.",
        [("indirect", "Gericht")],
    ),
    (
        "führt … aus, Konjunktiv I",
        "Zum ideologischen Hintergrund der rechten Gewalt führt der Bericht aus, rund 37 Prozent der "
        "Gewalttaten wiesen einen fremdenfeindlichen Hintergrund auf.",
        [("indirect", "Bericht")],
    ),
    (
        "legen … nahe",
        "Die Untersuchungen legen nahe, dass die Fledertiere bei der Verbreitung des Virus eine bedeutende "
        "Rolle spielen.",
        [("indirect", "Untersuchungen")],
    ),
    (
        "not anführen: it leads, it does not report",
        "Die Kurden kämpfen an der Seite einer von den USA angeführten Militärallianz. Nach Berichten seien "
        "auch Zivilisten getötet worden.",
        [("indirect", "Berichten")],
    ),
    (
        "Komitee",
        "Das norwegische Nobelkomitee teilte mit, der Preis gehe an das Welternährungsprogramm.",
        [("indirect", "norwegische Nobelkomitee")],
    ),
    (
        "Gemeinschaft",
        "Die Schutzgemeinschaft der Kapitalanleger fordert, dass der Vorstand zurücktritt.",
        [("indirect", "Schutzgemeinschaft der Kapitalanleger")],
    ),
    (
        "skandieren",
        "Die Demonstranten zogen vor den Sitz der Hongkonger Verwaltung und skandierten Sprüche wie "
        "„Gefälschte Demokratie“.",
        [("partial", "Demonstranten")],
    ),
    (
        "skandieren, a crowd",
        "Die Menschenmenge skandierte vor einem Einkaufszentrum Parolen wie „Thaksin raus!“",
        [("partial", "Menschenmenge")],
    ),
    (
        "beanstanden",
        "Die Gewerkschaft beanstandete, dass die Löhne zu niedrig seien.",
        [("indirect", "Gewerkschaft")],
    ),
]


@pytest.mark.parametrize(("words", "text", "expected"), WORDS, ids=[case[0] for case in WORDS])
def test_words_of_speech_de_2_0(words: str, text: str, expected: list) -> None:
    """speech_de 2.0: the verbs "führen aus", "deuten an", "legen nahe", "skandieren", "befürworten",
    "beanstanden", "ersuchen" report what follows them; "Komitee", "Gemeinschaft", "Vereinigung",
    "Akademie", "Union" name organisations, also as a compound's last part."""
    assert spans(text) == expected, words
