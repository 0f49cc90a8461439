"""Who speaks, ninety-ninth speaker round (docs/accuracy.md, "Speaker round 99"): a scare-quoted word
is no medium that speaks. One word in quotation marks after an article or a verb ("der „Journalisten“",
"Die „Befreiung“ des Irak", "laut „Diktatur“") was read as a medium's title ("die „Computerwoche“"),
so the writer's own sentence became its reported speech; a word of the language that is no medium's name
(the registry's, also with its article: "die „Zeit“") is a term the writer holds at a distance, and a
quotation that follows such a word in the sentence is no one's. German sentences in, quotes and speakers
out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


def test_a_scare_quoted_word_after_an_article_says_nothing():
    text = (
        "Die „Befreiung“ des Irak (in der Tat brutale Sanktionen, Bombenangriffe, Invasion und Besetzung) "
        "forderte mehr als eine Million Menschenleben im Irak, die meisten von ihnen Frauen und Kinder."
    )
    assert _found(text) == []
    text = (
        'Wer auf die Dunkelziffer von illegalen Prostituierten, muslimischen "Gefährdern", '
        '"Hartz-IV-Betrügern" oder sexuellem Missbrauch in Familien hinweist, verfolgt eine Agenda.'
    )
    assert _found(text) == [("Hartz-IV-Betrügern", None)]


def test_a_list_of_scare_quoted_words_has_no_speaker():
    text = (
        'Es war ein völliges Versagen der Medien, besser gesagt der "Journalisten" und "Redakteure", '
        "die zumindest im späteren Verlauf bewusst gelogen haben."
    )
    assert _found(text) == [("Journalisten", None), ("Redakteure", None)]


def test_a_scare_quoted_word_opening_a_sentence_lets_the_speaker_say_it():
    text = "„Dramatisch“ nennt die Arbeitssenatorin Elke Breitenbach diesen Anstieg."
    assert [speaker for _, speaker in _found(text)] == ["Arbeitssenatorin Elke Breitenbach"]


def test_a_medium_in_marks_still_writes():
    text = 'Wie die "Zeit" berichtet, könnten die Daten aber nach Großbritannien gelangen.'
    assert [speaker for _, speaker in _found(text)] == ["Zeit"]
    text = "Das schreibt die „Computerwoche“. Die Preise seien deutlich gestiegen."
    assert _found(text) == [("Die Preise seien deutlich gestiegen.", "Computerwoche")]


def test_a_coined_word_in_a_list_of_words_in_marks_is_no_medium():
    text = (
        "Viele Menschen verzwergten zu Kitakindern, die unbedingt von "
        '"Schnutenpulli", "Gesichtsschlüppi" und "Muschu" reden mussten, wo es einfach "Maske" getan hätte.'
    )
    assert all(speaker is None for _, speaker in _found(text))
