"""Source types of round 56 (issue 11, branch src56): a hyphenated role right before a surname is no
given name ("AfD-Vize Gauland", "UN-Generalsekretär Ban"), so the role at that first mention and the party
or organisation in its compound are read; the members an association's name holds after "Deutscher" are
no role of its officer ("der Vorsitzende des Bundes Deutscher Kriminalbeamter (BDK), Sebastian Fiedler");
and a party member the article names is no anonymous source ("Netanjahus Likud-Vertrauter Miki Zohar").
German texts in, a type out."""

from framing.sources import classify, classify_in_text

BOATENG = (
    "Nachdem sich AfD-Vize Gauland rassistisch über den deutschen Nationalspieler geäußert hatte, gingen "
    "die Wogen hoch. Berlin – Eine Aussage des stellvertretenden Chefs der Alternative für Deutschland, "
    "Alexander Gauland, über Jérôme Boateng sorgt für Aufregung. Die Leute fänden ihn als Fußballspieler "
    "gut, sagte Gauland im Gespräch mit der Zeitung."
)
CLIMATE = (
    "Zuvor hatten Frankreichs Präsident François Hollande und UN-Generalsekretär Ban Ki Moon in Le Bourget "
    "eindringlich um ein Ja zu dem Vertrag geworben. Nationalen Interessen werde am besten gedient, wenn "
    "alle im Interesse der Gemeinschaft handelten, hob Ban hervor."
)
BONDS = (
    "Nun verlangt der langjährige stellvertretende CSU-Vorsitzende Gauweiler von der Bundesregierung bis "
    "Ende der Woche Einsicht in wichtige Dokumente. Falls dies nicht passiere, werde er klagen, sagte "
    "Gauweiler."
)
POLICE = (
    "Gelassener beurteilte der Vorsitzende des Bundes Deutscher Kriminalbeamter (BDK), Sebastian Fiedler, "
    "die Umsetzung der Maßnahmen. „Die Bewegungsfreiheit soll nicht eingeschränkt werden“, sagte Fiedler. "
    "Man wolle bei klaren Regeln bleiben, so der BDK-Chef weiter."
)
PROTESTS = (
    "Netanjahus Likud-Vertrauter Miki Zohar stellte nun gar in einem Radiointerview die Behauptung auf, ein "
    "Teil der Demonstranten werde bezahlt."
)


def test_a_hyphenated_role_before_a_surname_is_read_as_the_role() -> None:
    found = classify_in_text("Gauland", BOATENG)
    assert (found.type, found.party, found.cue) == ("parliament", "AfD", "AfD-Vize")
    found = classify_in_text("Ban", CLIMATE)
    assert (found.type, found.cue) == ("authority", "UN-Generalsekretär")


def test_a_role_before_a_surname_is_no_given_name_that_leaves_an_object_for_the_role() -> None:
    found = classify_in_text("Gauweiler", BONDS)  # "von der Bundesregierung" is whom he asks, no role
    assert (found.type, found.party) == ("parliament", "CSU")


def test_a_hyphenated_given_name_stays_part_of_the_name() -> None:
    text = "Bundespräsident Frank-Walter Steinmeier mahnte. „Wir stehen zusammen“, sagte Steinmeier."
    assert classify_in_text("Steinmeier", text).type == "government"
    text = "Das iPhone soll laut dem Analysten Ming-Chi Kuo eine bessere Kamera bekommen, schreibt Kuo."
    assert classify_in_text("Kuo", text).type == "expert"


def test_the_members_in_an_associations_name_are_no_role_of_its_officer() -> None:
    assert classify("Vorsitzender des Bundes Deutscher Kriminalbeamter").type == "civil_society"
    assert classify_in_text("Fiedler", POLICE).type == "civil_society"
    assert classify_in_text("BDK-Chef", POLICE).type == "civil_society"
    assert classify("Präsident des Bundes Deutscher Architekten").type == "civil_society"
    assert classify("Bund").type == "other"  # alone the federal state, no association


def test_a_named_party_member_is_no_anonymous_source() -> None:
    found = classify_in_text("Netanjahus Likud-Vertrauter Miki Zohar", PROTESTS)
    assert (found.type, found.party) == ("parliament", "Likud")
    assert classify_in_text("ein CDU-Insider", "Das sagte ein CDU-Insider.").type == "anonymous"
