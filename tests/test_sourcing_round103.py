"""Who speaks, hundred-and-third speaker round (docs/accuracy.md, "Speaker round 103"): the author's own
conditional read as someone's reported speech. A sentence whose only Konjunktiv is a singular Konjunktiv II
("wäre", "hätte", "gäbe": speech_de.toml's ``conditional``, whose Konjunktiv I is a form of its own) is no
speech of the subject of the sentence before it when that sentence said nothing ("Die Innenministerin sollte
… bringen. Gefragt wäre ein Fragebogen …"). The Konjunktiv I after such a sentence, the Konjunktiv II after
a speaker who spoke and the plural Konjunktiv II that stands for the Konjunktiv I stay speech. German
sentences in, quotes and speakers out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


THE_AUTHORS_CONDITIONAL = (
    "Die Innenministerin sollte Klarheit in dieses Durcheinander bringen. Gefragt wäre ein Fragebogen, in "
    "dem jeder Bartträger die Gründe für seinen Bart erläutern muss.",
    "Der Bürgermeister sollte Ordnung in dieses Verkehrschaos bringen. Besser wäre ein Plan für jede Straße.",
    "Die Gemeinde ist wunderbar. Sie wäre es nicht ohne ihre vielen Vereine.",
    "Die Abgeordneten sind seit Monaten von ihren Wählern getrennt. Umso dringender wäre es, den Fachleuten "
    "zuzuhören.",
    "Die Stiftung muss sich dringend reformieren. Schön wäre es gewesen, wenn auch die Bibliothek im Sommer "
    "wieder aufgemacht hätte.",
)


def test_the_authors_conditional_after_a_sentence_that_said_nothing_is_no_quote():
    for text in THE_AUTHORS_CONDITIONAL:
        assert _found(text) == [], text


def test_the_konjunktiv_one_after_such_a_sentence_stays_speech():
    text = (
        "Die Innenministerin sollte Klarheit in dieses Durcheinander bringen. Gefragt sei ein Fragebogen, in "
        "dem jeder Bartträger die Gründe für seinen Bart erläutern muss."
    )
    assert [speaker for _, speaker in _found(text)] == ["Innenministerin"]


def test_the_conditional_after_a_speaker_who_spoke_stays_speech():
    text = (
        "Das Durcheinander sei groß, sagte die Innenministerin. Gefragt wäre ein Fragebogen, in dem jeder "
        "Bartträger die Gründe für seinen Bart erläutern muss."
    )
    assert [speaker for _, speaker in _found(text)] == ["Innenministerin", "Innenministerin"]


def test_the_plural_that_stands_for_the_konjunktiv_one_stays_speech():
    text = (
        "Der Außenminister machte sich für eine größere Runde stark. Auch der Iran und Katar müssten in die "
        "Suche nach einer Lösung eingebunden werden."
    )
    words = "Auch der Iran und Katar müssten in die Suche nach einer Lösung eingebunden werden."
    assert _found(text) == [(words, "Außenminister")]
