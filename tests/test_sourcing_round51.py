"""Who speaks, fifty-first speaker round (docs/accuracy.md, "speaker round 51"): a Konjunktiv chain that
goes on after an indicative sentence. A sentence between two of a speaker's reported sentences that reports
only through a noun of information it denies ("Zu den Kosten gab es keine Angaben.", ``no_information`` in
speech_de.toml) reports nothing, names no one, and leaves the speaker's chain open (dev13's text on the
RE50 line, shortened); a sentence that gives the information ("Nach Angaben des Ministeriums …") or names
a body still closes it. Real German sentences in, the speakers out; each fails without its rule or guard."""

import pytest

from tests.test_sourcing_cross_set import speakers

MEYER = "Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer"

RE50 = (
    "Wie Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer (SPD) erklärte, reagiert das Land mit der "
    "Zusatzbestellung bei DB Regio auf die gestiegene Nachfrage. „Rechtzeitig vor den Maifeiertagen geht es "
    "los“, hob der SPD-Politiker hervor. Das Land habe die wichtige Leistungsausweitung im Rahmen seiner "
    "Mobilitätsoffensive geplant und bestellt. Zu den Kosten gab es keine Angaben.\n\n"
    "Damit gewinne das Angebot sowohl für Berufspendlerinnen und -pendler als auch für den Freizeitverkehr "
    "an Attraktivität. Vor allem im Sommer wird die Strecke von Berlin aus an die Küste stark frequentiert. "
    "Zum Einsatz kämen fünfteilige Talent-2-Fahrzeuge, wie sie auch auf der S-Bahn-Strecke in Rostock "
    "unterwegs seien."
)


def test_a_denied_noun_of_information_leaves_the_chain_open():
    found = speakers(RE50)
    assert ("indirect", "Damit gewinne das", "SPD-Politiker", MEYER) in found
    assert ("indirect", "Zum Einsatz kämen", "SPD-Politiker", MEYER) in found


def test_a_passive_denial_leaves_the_chain_open_too():
    text = RE50.replace("Zu den Kosten gab es keine Angaben.", "Zu den Kosten wurden keine Angaben gemacht.")
    assert ("indirect", "Damit gewinne das", "SPD-Politiker", MEYER) in speakers(text)


@pytest.mark.parametrize(
    "between",
    [
        "Die Deutsche Bahn machte keine Angaben.",  # a subject before the verb, no preposition opening
        "Zu den Kosten machte die Deutsche Bahn keine Angaben.",  # a subject right before the denial
        "Über die Höhe der Kosten machte Schulz keine Angaben.",  # a person's surname there
    ],
)
def test_someone_who_gives_no_information_closes_the_chain(between):
    found = speakers(RE50.replace("Zu den Kosten gab es keine Angaben.", between))
    assert not any(q[1] == "Damit gewinne das" and q[3] == MEYER for q in found)


def test_information_given_closes_the_chain():
    text = RE50.replace("Zu den Kosten gab es keine Angaben.", "Zu den Kosten gab es erste Angaben.")
    found = speakers(text)
    assert not any(q[1] == "Damit gewinne das" and q[3] == MEYER for q in found)
