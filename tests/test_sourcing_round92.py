"""Who speaks, ninety-second speaker round (docs/accuracy.md, "Speaker round 92"): a pronoun that refers
back to a definite noun without a name ("der 46-Jährige", "der Mann", "der BDK-Chef") which introduced a
quote and was read there as a person named before means that person too, not the noun. German sentences in,
speakers out."""

from .sourcing_speakers import speakers


def test_a_pronoun_after_an_age_noun_read_as_the_speaker_named_before_means_him():
    text = (
        "„Macht doch. Dannis und meine Beziehung ist gescheitert“, schrieb Ennesto Monté. „Ich bin meinem "
        "Herzen gefolgt“, schrieb der 46-Jährige. „Ich bin meinem Herzen gefolgt und würde es wieder "
        "machen“, führte er weiter aus."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Ennesto Monté"] * 3


def test_a_pronoun_after_a_role_noun_read_as_a_surname_named_before_means_him():
    text = (
        "„Das soll nicht eingeschränkt werden“, sagte Fiedler dem Nachrichtenportal. Es müsse bei diesen "
        "„klaren, simplen Regeln bleiben“, so der BDK-Chef weiter. Er räumte aber ein: Tatsächlich sei "
        "„Fingerspitzengefühl der Beamten gefragt“."
    )
    assert speakers(text) == [("Fiedler", "Fiedler"), ("BDK-Chef", "Fiedler"), ("Er", "Fiedler")]


def test_a_plural_noun_refers_to_no_one_named_before():
    text = (
        "„Wir machen weiter“, sagte XR-Sprecherin Annemarie Botzki. Die XR-Sprecher sagten lediglich, dass "
        "es sich um „kleine Aktionen“ handeln werde. Danach betonten sie, es bleibe friedlich."
    )
    assert "Annemarie Botzki" not in [speaker for _, speaker in speakers(text)][1:]
