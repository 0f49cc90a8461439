"""Source types of round 38 (issue 11, branch src38): role words read as the wrong kind and words that name
something else. "Co-" and "Ko-" are ranks, not a party's office ("Co-Chefin der Galerie" is the gallery's); an
art gallery is a business; a church's synod and its president are civil society; the medium a person speaks
to ("sagt Judy Lybke ntv.de", "Im Gespräch mit dem Abendblatt erzählte Koech", "Im Gespräch mit dem Spiegel
sagte ein Sprecher") never types the speaker. German phrases and texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text, named_before


@pytest.mark.parametrize(
    ("phrase", "expected", "party"),
    [
        ("Co-Chefin der Galerie", "business", None),  # was parliament by "Co-Chefin"
        ("Co-Chef der Deutschen Bank", "business", None),  # was parliament
        ("die Co-Vorsitzende des Vereins", "civil_society", None),  # was parliament
        ("Co-Chefin der Grünen", "parliament", "Grüne"),  # a party's co-head stays its party's
        ("SPD-Co-Chefin Saskia Esken", "parliament", "SPD"),
        ("Grünen-Co-Chefin", "parliament", "Grüne"),
        ("die Galeristin Anna Roth", "business", None),  # was other
        ("die Staatsgalerie", "other", None),  # a public gallery is a museum
        ("die Synodalpräsidentin", "civil_society", None),  # was government by "Präsidentin"
        ("Synodenpräsidentin Annekathrin Preidel", "civil_society", None),  # was government
        ("die Präsidentin der Landessynode", "civil_society", None),  # was government
        ("die Präsidentin", "government", None),  # alone it stays the state's
    ],
)
def test_role_words_of_their_kind(phrase: str, expected: str, party: str | None) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == (expected, party)


GALLERY = (
    "Leipzig: Hier wurde vor 40 Jahren die Galerie Eigen + Art gegründet. Judy Lybke ist der Kopf hinter "
    "diesem Erfolg. Kerstin Wahala, die Co-Chefin, ist seit 30 Jahren dabei.\n\n"
    '"Wir bestehen mit hoher Qualität auf Augenhöhe mit den 100 führenden Galerien der Welt", sagt Judy '
    "Lybke ntv.de selbstbewusst. In Berlin betreibt er zwei weitere Standorte.\n\n"
    '"Das sind wohl die kleinsten Galerieräume der Stadt", lacht Kerstin Wahala, Co-Chefin der Galerie, beim '
    "Treffen in der Auguststraße."
)


def test_medium_right_after_a_name_is_spoken_to() -> None:
    assert classify_in_text("Judy Lybke", GALLERY).type == "other"  # was media by "ntv.de"
    assert classify_in_text("Lybke", GALLERY).type == "other"


def test_co_head_takes_the_organisation_named_at_another_mention() -> None:
    found = classify_in_text("Kerstin Wahala", GALLERY)  # "Co-Chefin" first, "Co-Chefin der Galerie" later
    assert (found.type, found.cue) == ("business", "Galerie")  # was parliament by "Co-Chefin"


MARATHON = (
    "Bernard Koech gewann den Hamburg-Marathon 2024 bei 2:04:23. Der Kenianer hatte bereits 2023 den Sieg "
    "eingestrichen. Im Gespräch mit dem Abendblatt erzählte Koech, dass ihm der Wind zu schaffen gemacht "
    "hätte."
)


def test_medium_of_an_interview_before_the_verb_is_no_role() -> None:
    found = classify_in_text("Koech", MARATHON)
    assert found.type != "media"  # was media by "dem Abendblatt erzählte | Koech"


def test_spokesperson_does_not_speak_for_the_medium_of_the_interview() -> None:
    sentences = [
        "Im Gespräch mit dem Spiegel sagte ein Sprecher, man prüfe den Fall.",
        "Die Polizei ermittelt.",
    ]
    assert named_before(sentences).type == "authority"  # the Spiegel is whom he told
    assert named_before(["Im Spiegel sagte ein Sprecher, man prüfe den Fall."]).type == "media"
