"""Speaker round 128 (described128, issue 11): the next sentence's description of a person ("Der Verleger
…", ``_described``) is held back so that a later mention's role noun beats it, but a party alone ("sagt
Söder (CSU)") or a party member's noun ("CSU-Politiker Söder") never does: an office held beats the party
(src124). Sentences written for the tests."""

from tests.sourcing_speakers import typed


def test_a_later_role_noun_beats_the_next_sentence_s_description():
    text = (
        "Seit Jahren arbeitet Jörg Sundermeier in Berlin. Der Mann und der Hund gehen jeden Morgen ins Büro. "
        "Der Verleger Jörg Sundermeier sagt: „Wir machen weiter.“ „Das Programm steht“, sagt Sundermeier."
    )
    assert typed("Sundermeier", text) == ("media", "Verleger")
    text = (
        "Seit Jahren lebt Anna Berger in Berlin. Die Journalistin geht jeden Morgen ins Büro. Später sagt "
        "Bürgermeisterin Berger: „Gut.“ „Schön“, sagt Berger."
    )
    assert typed("Berger", text) == ("government", "Bürgermeisterin")


def test_a_party_in_brackets_does_not_beat_the_described_office():
    text = (
        "Das Heft, das Markus Söder mitgebracht hat, ist blau. Der Ministerpräsident tritt ans Rednerpult. "
        "„Wir müssen handeln“, sagt Söder (CSU)."
    )
    assert typed("Söder", text) == ("government", "Ministerpräsident")
    text = (
        "Jens Spahn prüft neue Regeln. Der Bundesgesundheitsminister überlegt, die Tests zu ändern. "
        "„Wir prüfen das“, sagte Spahn (CDU)."
    )
    assert typed("Spahn", text) == ("government", "Bundesgesundheitsminister")


def test_a_party_member_s_noun_does_not_beat_the_described_office():
    text = (
        "Das Heft, das Markus Söder mitgebracht hat, ist blau. Der Ministerpräsident tritt ans Rednerpult. "
        "Später warnte CSU-Politiker Söder vor Leichtsinn. „Wir müssen handeln“, sagt Söder."
    )
    assert typed("Söder", text) == ("government", "Ministerpräsident")


def test_the_description_still_types_a_person_no_mention_gives_a_role():
    text = (
        "Seit Jahren arbeitet Jörg Sundermeier in Berlin. Der Mann geht jeden Morgen ins Büro. "
        "„Gut“, sagt Sundermeier."
    )
    assert typed("Sundermeier", text) == ("citizen", "Mann")
    text = (
        "Seit Jahren lebt Anna Berger in Berlin. Die Journalistin geht jeden Morgen ins Büro. Später sagt "
        "Vorsitzende Berger: „Gut.“ „Schön“, sagt Berger."
    )
    assert typed("Berger", text) == ("media", "Journalistin")
