"""Source types of round 38 (issue 11, branch src38): role words read as the wrong kind and words that name
something else. "Co-" and "Ko-" are ranks, not a party's office ("Co-Chefin der Galerie" is the gallery's); an
art gallery is a business; a church's synod and its president are civil society; the medium a person speaks
to ("sagt Judy Lybke ntv.de", "Im Gespräch mit dem Abendblatt erzählte Koech", "Im Gespräch mit dem Spiegel
sagte ein Sprecher") never types the speaker. German phrases and texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text, named_before, strong_cue


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


def test_past_verb_right_before_a_name_ends_its_role() -> None:
    text = (
        "Deutschlands Chefcoach Gordon Herbert war bester Laune nach dem dritten Sieg. Mit diesem Zitat, "
        "in Anlehnung an das Aggressivitätslevel seiner Truppe, sorgte Herbert in dieser Woche für den "
        "Audio-Clip des Turniers."
    )
    assert classify_in_text("Herbert", text).type == "other"  # was authority by "seiner Truppe, sorgte |"


def test_a_troupe_is_no_army() -> None:
    # a weak head decides only when nothing else does, and names no organisation beside a name: "die gesamte
    # Smith-Zampino-Truppe" (a family) typed Will Smith authority before
    assert not strong_cue("Smith-Zampino-Truppe")
    assert not strong_cue("Truppe")
    assert strong_cue("Truppen")  # the plural stays the army's
    assert classify("russische Truppen").type == "authority"
    assert classify("ein Sprecher der Truppe").type == "authority"  # alone it still decides


def test_spokesperson_speaks_for_no_thing_a_compound_names() -> None:
    assert named_before(["Kreislauf-Probleme und Klinik-Transporte beim Hamburg-Marathon"]) is None
    assert named_before(["Der Papst-Streit eskaliert."]) is None  # was civil society by "Papst"
    assert named_before(["Nach Polizei-Angaben wurde niemand verletzt."]).type == "authority"
    assert named_before(["Der Polizei-Einsatz dauerte an."]).type == "authority"
    assert named_before(["Im BMW-Werk stehen die Bänder still."]).type == "business"


def test_spokesperson_speaks_not_for_the_articles_own_outlet() -> None:
    text = (
        "Im Abendblatt-Blog können Sie alles Wichtige zu dem Großevent nochmal nachlesen.\n\n"
        "Kreislauf-Probleme und Klinik-Transporte beim Hamburg-Marathon\n\n"
        "Zum Marathon-Ende gegen 16 Uhr zog Pressesprecher Reinald Achilles im Abendblatt-Gespräch ein "
        "erstes vorsichtiges Fazit."
    )
    url = "https://www.abendblatt.de/sport/article123/hamburg-marathon.html"
    assert classify_in_text("Pressesprecher Reinald Achilles", text, url=url).type == "other"  # was expert
    assert classify_in_text("Pressesprecher Reinald Achilles", text).type == "media"  # another site's blog


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("der neue Landesmeister", "other"),  # a champion: was government by "Landes"
        ("die Staatsmeisterin", "other"),  # was government by "Staat"
        ("der Vereinsmeister", "other"),  # was civil society by "Verein"
        ("der Kreisbrandmeister", "authority"),  # an office ending in "-meister" keeps its own
        ("der Bezirksbürgermeister", "government"),
        ("der Kreditvermittler Interhyp", "business"),  # a broker: was authority by "(V)ermittler"
        ("die Ermittler", "authority"),
        ("der Dorfratsvorsitzende", "government"),  # a village council: was parliament by "-vorsitzende"
    ],
)
def test_champions_brokers_and_village_heads(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


def test_an_article_about_a_marathon_is_about_sport() -> None:
    text = (
        "Beim Hamburg-Marathon liefen am Sonntag mehr als 14.000 Sportler. Die Medaille gab es für alle im "
        "Ziel. Hendrik Pfeiffer, Deutscher Marathon-Meister von 2022, merkte in der Liveübertragung an, "
        "dass es bei 22 Grad schwer werde."
    )
    assert classify_in_text("Hendrik Pfeiffer", text).type == "other"  # was citizen by "Deutscher"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ein Sprecher der Welt-Antidoping-Agentur", "other"),  # a sports body: was media by "Agentur"
        ("die Nationale Anti-Doping-Agentur", "other"),
        ("die Nachrichtenagentur", "media"),
        ("die Computerwoche", "media"),
        ("die WirtschaftsWoche", "media"),
    ],
)
def test_agencies_and_weeks(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


def test_a_week_is_no_paper() -> None:
    assert classify("Woche").type == "other"  # was media
    assert classify("die Automobilwoche").type == "media"  # a paper: "-woche" at a compound's end


def test_a_veteran_in_an_article_about_sport_is_an_athlete() -> None:
    text = (
        "Die Mannschaft verlor im Turnier auch ihr drittes Spiel. Nach der Niederlage am Spieltag "
        "kritisierte Veteran Evan Fournier den Trainer scharf."
    )
    assert classify_in_text("Veteran Evan Fournier", text).type == "other"  # was citizen
    assert classify("der Veteran Anton Roth").type == "citizen"  # elsewhere the military veteran


def test_a_showrunner_is_a_producer() -> None:
    text = "Showrunner Roberto Aguirre-Sacasa (49) hat verraten, dass die Folge einen neuen Titel trägt."
    assert classify_in_text("Showrunner Roberto Aguirre-Sacasa", text).type == "other"  # was citizen
