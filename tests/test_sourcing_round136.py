"""Who speaks, speaker round 136 (docs/accuracy.md, "Speaker round 136 (bug136)"): two bugs of the fangS16
sample (round 134). A name in quotation marks before the verb ends at its closing mark, so a quotation the
verb stands in names no medium ("„Endlich: Die Bedienung will …“ lautet ein weiterer Eintrag"); and "so der
ÖVP-Politiker" refers to a person named before, never to an indefinite noun of its own sentence ("Sofern es
einen Arzt … gebe"), though to one of an earlier sentence ("Eine Kundin rief an"). German sentences in, quotes
and speakers out."""

from .sourcing_speakers import quoted


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for _, _, quote in quoted(text)]


def test_a_quotation_with_the_verb_inside_names_no_medium():
    text = "„Endlich: Die Bedienung will deine Telefonnummer“ lautet ein weiterer Eintrag auf der Liste."
    assert _speakers(text) == [None]


def test_a_medium_in_marks_before_its_verb_still_reports():
    text = "„BBC News“ berichtet, die Regierung plane neue Regeln."
    assert _speakers(text) == ["BBC News"]


def test_a_politician_named_before_is_no_indefinite_noun_of_the_quote():
    text = (
        "Der Landeshauptmann Thomas Stelzer lehnte das ab. Sofern es einen Arzt vor Ort gebe, der die "
        "Impfung bestätige, könne man darüber reden, so der ÖVP-Politiker weiter."
    )
    assert _speakers(text) == ["Landeshauptmann Thomas Stelzer"]


def test_a_politician_still_refers_to_the_minister_named_before():
    text = (
        "Gesundheitsminister Karl Lauterbach äußerte sich am Montag. Wenn ein Kind Symptome zeige, "
        "müsse es zu Hause bleiben, so der SPD-Politiker."
    )
    assert _speakers(text) == ["Gesundheitsminister Karl Lauterbach"]


def test_a_noun_with_an_indefinite_article_in_the_sentence_before_is_still_taken_up():
    text = (
        "Eine Kundin rief an und beschwerte sich, dass ihre Verbindung nicht mehr funktionierte. Der "
        "Mitarbeiter fand heraus, dass der Computer im Abstellraum lag. Sie brauche den PC ja nicht mehr, "
        "so die Frau."
    )
    assert _speakers(text)[-1] == "Eine Kundin"
