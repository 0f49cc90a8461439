"""Source types of round 57 (issue 11, branch src57): the role the article gives a person at another
mention is carried to the speaker where it was not — a surname that ends in, or is, a role noun after a
given name is a name, not the role ("Annegret Kramp-Karrenbauer", "Heinz Fischer", "Matthias Richter"), so
the role at the first mention decides; a colleague named by a possessive pronoun works where the person
named before does ("betonte sein Kollege Stefan Bruckbauer" after "Bank-Austria-Ökonom Walter Pudschedl");
and a noun of origin or age opening the next sentence names the person, whose verb of work binds them to an
organisation ("Die Cottbuserin arbeitet bei der Johanniter-Unfallhilfe"). German texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text

PARTY = (
    "Die scheidende CDU-Chefin Annegret Kramp-Karrenbauer hat die Anwärter auf ihre Nachfolge dazu "
    "aufgerufen, verantwortungsvoll mit ihrer Kandidatur umzugehen. "
    "Eine einvernehmliche Lösung erwartet sie nicht. "
    '"Es ist der Wunsch der Partei, aber es liegt an den Kandidaten selbst", sagte Kramp-Karrenbauer.'
)
DEFENCE = (
    "Verteidigungsministerin und CDU-Chefin Annegret Kramp-Karrenbauer erklärte, dass der IS auch während "
    'der Pandemie seine Aktivitäten fortführe. "Der Kampf ist nicht vorbei", sagte Kramp-Karrenbauer.'
)
PRESIDENT = (
    "Beim Verhältnis zwischen Österreich und Deutschland gibt es keinen Grund zum Stirnrunzeln. Das sagte "
    "Bundespräsident Heinz Fischer am Donnerstag nach seinen Gesprächen in der deutschen Hauptstadt. Der Ton "
    "zwischen Wien und Berlin sei immer maßvoller gewesen, sagte Fischer zur APA."
)
SOCIOLOGIST = (
    "Der Medizinsoziologe Matthias Richter von der Universität Halle sieht das anders. "
    '"Kinder aus armen Familien trifft die Krise besonders hart", sagt Richter.'
)
BANK = (
    "Die Zuwanderung war sehr wichtig, weil sich auch Arbeitskräftemangel beseitigt hat, sagte "
    "Bank-Austria-Ökonom Walter Pudschedl am Montag in einem Pressegespräch. Für den Arbeitsmarkt spielt die "
    "Konjunktur eine wesentliche Rolle, betonte sein Kollege Stefan Bruckbauer. In Österreich ist die "
    "Stimmung schlechter als die eigentliche Lage, betonte Bruckbauer."
)
HOSPICE = (
    "„Diese Kombination unter einem Dach ist einmalig in Deutschland“, sagt die Leiterin der Einrichtung, "
    "Daniela Konzack. Die Cottbuserin arbeitet bei der Johanniter-Unfallhilfe, die das Hospiz trägt. "
    "„Hospizarbeit ist tatsächlich etwas Besonderes“, sagt Daniela Konzack."
)

AGED = HOSPICE.replace("Die Cottbuserin", "Die 45-Jährige")
DOCTOR = HOSPICE.replace("Die Cottbuserin", "Die Ärztin")  # a role of its own, read as before


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "cue"),
    [
        # a double surname ending in a role noun is a name: the role at the first mention decides
        ("Kramp-Karrenbauer", PARTY, "parliament", "CDU-Chefin"),
        ("Annegret Kramp-Karrenbauer", PARTY, "parliament", "CDU-Chefin"),
        ("Kramp-Karrenbauer", DEFENCE, "government", "Verteidigungsministerin"),
        # a listed surname after a given name, its bare mention too
        ("Fischer", PRESIDENT, "government", "Bundespräsident"),
        ("Medizinsoziologe Matthias Richter", SOCIOLOGIST, "expert", "Medizinsoziologe"),
        ("Richter", SOCIOLOGIST, "expert", "Medizinsoziologe"),
        # a colleague named by a possessive works where the person named before does
        ("sein Kollege Stefan Bruckbauer", BANK, "business", "Bank-Austria-Ökonom"),
        ("Bruckbauer", BANK, "business", "Bank-Austria-Ökonom"),
        # a noun of origin or age opening the next sentence, bound by its verb of work
        ("Daniela Konzack", HOSPICE, "civil_society", "Johanniter"),
        ("Daniela Konzack", AGED, "civil_society", "Johanniter"),
        ("Daniela Konzack", DOCTOR, "expert", "Ärztin"),
    ],
)
def test_the_role_at_another_mention_is_carried(phrase: str, text: str, expected: str, cue: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Luisa Neubauer", "other"),  # a surname ending in a role noun after a given name is no role
        ("Stefan Bruckbauer", "other"),
        ("Bauer", "business"),  # alone, with no given name before it, the word keeps what the lists say
        ("Maschinenbauer", "business"),
    ],
)
def test_a_surname_ending_in_a_role_noun_after_a_given_name_is_no_role(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected
