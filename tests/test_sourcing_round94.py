"""Who speaks, ninety-fourth speaker round (docs/accuracy.md, "Speaker round 94"): a personal pronoun
"er"/"sie" never means a mention right after a neuter article or "im" (a thing or a place: "das Erdberger
Asylquartier", "im Fremonter Werk", "im Berchtesgadener Land"), but "das" after a comma stays the relative
pronoun before a name; and a surname that is also a word, opening the sentence before the pronoun alone
("Stumpf war bei der Demo dabei."), mentions the person named with it earlier. German sentences in,
resolved speakers out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words[:24], quote.speaker) for words, _, quote in quoted(text)]


def test_a_pronoun_does_not_mean_a_thing_after_a_neuter_article():
    text = (
        "Der Musiker Peter Kranz ist einer der Kandidaten. Im Juni protestierten Anrainer gegen das "
        "Erdberger Asylquartier in Wien-Landstraße. Kranz war bei der Demo dabei. Solche Heime sollen "
        "nicht in Ballungszentren errichtet werden, sagt er."
    )
    assert _found(text) == [("Solche Heime sollen nich", "Peter Kranz")]


def test_a_pronoun_does_not_mean_a_place_after_im():
    text = (
        "Tesla-Chef Elon Musk pfeift auf die Regeln, die ihm Politik und Behörden setzen. Wenn die Polizei "
        "jemand festnehmen wolle, dann bitte nicht einen der 10 000 Beschäftigten "
        "im Fremonter Werk, sondern ihn persönlich, schrieb er im Kurzmitteilungsdienst Twitter."
    )
    assert _found(text) == [("Wenn die Polizei jemand ", "Tesla-Chef Elon Musk")]


def test_a_surname_that_is_a_word_opening_the_sentence_before_is_the_person():
    text = (
        "Zwischen Michael Stumpf und Heinz-Christian Strache passt kein Blatt Papier. Im Juni demonstrierten "
        "FPÖ-Funktionäre gegen das Erdberger Asylquartier in Wien-Landstraße. Nein zum Asylantenheim stand "
        "auf Schildern. Stumpf war bei der Demo dabei. Solche Heime sollen nicht in Ballungszentren "
        "errichtet werden, sagt er."
    )
    assert _found(text) == [("Solche Heime sollen nich", "Michael Stumpf")]
