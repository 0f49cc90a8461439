"""Source types of round 50 (issue 11, branch src50): a speaker named by a Saxon genitive ("Nach den Worten
Kalaycis") takes the role the article gives the person it names without the ending ("Gesundheitssenatorin
Dilek Kalayci"), also where a capitalised noun before the genitive passed for a given name, and a genitive
that owns the noun after it ("Havraneks Erlebnisse") stands for its owner. German texts in, a type out."""

from framing.sources import classify_in_text

SENATOR = (
    "Berlin erwartet am Wochenende sechs Passagiere des Kreuzfahrtschiffs. Die Maschine lande in Tegel, "
    "sagte Gesundheitssenatorin Dilek Kalayci (SPD) am Donnerstag im Abgeordnetenhaus. Nach den Worten "
    "Kalaycis müssen sich die Berliner keine Sorgen machen."
)
CHAIR = (
    "Wien – Die Vorsitzende im Hauptverband der Sozialversicherungsträger, Ulrike Rabmer-Koller, fordert "
    "mehr Geld für die niedergelassenen Ärzte. Die Primärversorgung ist nach Ansicht Rabmer-Kollers auch "
    "eine Möglichkeit, gegen den Trend zu mehr Wahlärzten anzukämpfen."
)
AUDITOR = (
    "Geboten wurde der Auftritt von Wirtschaftsprüfer Thomas Havranek, dessen Beratungsunternehmen im "
    "Auftrag der Bank tätig war. Havraneks Erlebnisse lassen sich mit einem Satz zusammenfassen: Die "
    "Aufarbeitung lief sehr unüblich ab."
)
GIVEN_STEM = (
    "Landrat Peter Müller eröffnete am Montag die neue Schule. Nach den Worten Peters sei der Bau viel zu "
    "teuer gewesen, sagte Schreinermeister Jonas Peters."
)
GIVEN_OWNER = (
    "Bürgermeisterin Anna Thoma eröffnete am Montag die neue Halle. Der Bau sei viel zu teuer gewesen, "
    "sagte Thomas Müller."
)


def test_a_genitive_after_a_capitalised_noun_takes_the_role_of_the_name_without_its_ending() -> None:
    found = classify_in_text("Kalaycis", SENATOR)
    assert (found.type, found.party, found.cue) == ("government", "SPD", "Gesundheitssenatorin")


def test_a_hyphenated_surname_in_the_genitive_takes_the_role_of_its_apposition() -> None:
    found = classify_in_text("Rabmer-Kollers", CHAIR)
    assert (found.type, found.cue) == ("civil_society", "Hauptverband")


def test_a_genitive_that_owns_the_noun_after_it_stands_for_its_owner() -> None:
    found = classify_in_text("Havraneks Erlebnisse", AUDITOR)
    assert (found.type, found.cue) == ("business", "Wirtschaftsprüfer")


def test_a_surname_whose_stem_is_a_given_name_keeps_its_own_role() -> None:
    found = classify_in_text("Peters", GIVEN_STEM)
    assert (found.type, found.cue) == ("business", "Schreinermeister")  # not read as the Landrat Peter Müller


def test_a_given_name_ending_in_s_before_a_surname_is_no_genitive_owner() -> None:
    found = classify_in_text("Thomas Müller", GIVEN_OWNER)
    assert (found.type, found.cue) == ("other", None)  # not the mayor Anna Thoma
