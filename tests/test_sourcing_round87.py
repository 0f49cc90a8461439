"""Who speaks, eighty-seventh speaker round (docs/accuracy.md, "Speaker round 87"; round 76's idea): "zitieren" relays the words
of its object, not its subject's: a medium with no medium noun before the person it quotes ("zitiert CNN die
Analystin X"), a medium's name run together with the surname after it ("die Nachrichtenagentur TASR Fico"),
and a purpose clause "um X zu zitieren" before the quotation. German sentences in, speakers and spans out."""

from .sourcing_speakers import quoted, speakers


def test_the_analyst_cnn_quotes_speaks_not_cnn():
    text = (
        "Die Tendenz zu Beginn der Woche deutet darauf hin, „dass die falsche Rallye nicht allzu lange "
        "anhalten wird“, zitiert CNN die Börsen-Analystin Margaret Yang."
    )
    assert speakers(text) == [("Börsen-Analystin Margaret Yang", "Börsen-Analystin Margaret Yang")]


def test_the_object_after_a_time_phrase_or_an_adverb_speaks():
    text = (
        "Es sei der größte Plattenvertrag der Geschichte, zitierte die Sun am Montag eine interne Quelle bei "
        "Sony Music."
    )
    assert speakers(text) == [("eine interne Quelle", "eine interne Quelle")]
    text = "Dass Uli zurück an die Macht will, steht fest, zitierte Sport Bild einen Vertrauten des Klubs."
    assert speakers(text) == [("einen Vertrauten des Klubs", "einen Vertrauten des Klubs")]
    text = (
        "Ein „neuer mysteriöser König wird an seiner Stelle den Thron besteigen“, zitierte der Daily Star "
        "nun Readings Interpretation von Nostradamus."
    )
    assert speakers(text)[0][0] == "Readings Interpretation"


def test_the_surname_after_the_agencys_name_speaks():
    text = (
        "Premier Robert Fico hat mit einer Äußerung für Aufsehen gesorgt. Der Islam habe keinen Platz in der "
        "Slowakei, zitierte die Nachrichtenagentur TASR Fico am Mittwochabend."
    )
    assert speakers(text) == [("Fico", "Fico")]


def test_a_medium_with_its_noun_still_quotes_the_person_after_it():
    # the rule before this round, kept: "die Süddeutsche Zeitung" ends in a media noun, not in a surname
    text = (
        "Es sei die größte Tarifumstellung seit Jahrzehnten, zitiert die Süddeutsche Zeitung den für den "
        "Ticket-Vertrieb zuständigen Vorstand Jens Bischof."
    )
    assert speakers(text)[0][0] == "für den Ticket-Vertrieb zuständigen Vorstand Jens Bischof"


def test_a_purpose_clause_lends_the_quotation_to_its_object():
    text = (
        "Dazu kam, dass wir damals nur eine langsame Leitung hatten, denn alles andere, um den Mann meiner "
        "Mutter zu zitieren, sei „herausgeschmissenes Geld, das man eh niemals braucht“."
    )
    found = [(words, span) for words, span, _ in quoted(text)]
    assert ("herausgeschmissenes Geld, das man eh niemals braucht", "Mann meiner Mutter") in found
    text = (
        "Das Buch kommt offener daher, da hier, um noch einmal die Autorin zu zitieren, „die Spannung "
        "zwischen Ideal und Wirklichkeit am eigenen Leib gefühlt“ wird."
    )
    assert speakers(text) == [("Autorin", "Autorin")]


def test_a_purpose_clause_after_the_quotation_lends_it_nothing():
    text = (
        "Wir hatten damals nur „DSL 1000“, denn alles andere war, um den Mann meiner Mutter zu zitieren, "
        "herausgeschmissenes Geld."
    )
    assert [span for _, span, _ in quoted(text) if span is not None] == []


def test_a_media_noun_before_the_mediums_name_keeps_the_name_with_it():
    # "der Sender CNN": CNN is the medium's name after its noun, no surname, even where CNN was named before
    text = (
        "CNN berichtete am Montag über die Lage. Die Lage sei ernst, zitiert der Sender CNN einen Sprecher "
        "des Ministeriums."
    )
    assert speakers(text)[-1][0] == "einen Sprecher des Ministeriums"
