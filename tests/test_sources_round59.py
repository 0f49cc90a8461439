"""Source types of round 59 (issue 11, branch src59): a bare noun of age or origin standing for a person
named in full before it ("sagte die 43-Jährige" after "Die Virologin Sandra Ciesek") yields to that
person's type where it says what the person does beyond an office: a profession (`expert`, `media`) or an
actor's, author's or athlete's role (`other` by a role noun), as round 27 read offices; a role noun right
before a given name no longer hides the person named in full ("Bundeskanzlerin Angela Merkel … Die
CDU-Politikerin sagte"), and a person named inside a quotation is no antecedent. German texts in, a type
out."""

from framing.sources import classify_in_text

ACTRESS = (
    "Die Autorin und Schauspielerin Renan Demirkan hat einen offenen Brief geschrieben. Demirkan bittet "
    "darum, dass auch ältere Schauspieler weiterhin Rollen erhalten. Man wolle die alte Garde nicht mehr "
    "beschäftigen, sagte die 64-Jährige."
)
VIROLOGIST = (
    "Die Virologin Sandra Ciesek hält die Regeln für richtig. Ciesek verwies auf die Zahlen. "
    "Man müsse lernen, mit dem Virus zu leben, sagte die 43-Jährige."
)
# no role at the name: the age stays the only cue
CITIZEN = (
    "Anna Berger wartet seit Stunden vor dem Amt. Berger hat zwei Kinder. "
    "Das sei eine Zumutung, sagte die 43-Jährige."
)


def test_actress_named_before_types_her_age_noun() -> None:
    found = classify_in_text("die 64-Jährige", ACTRESS)
    assert found is not None and found.type == "other" and found.cue == "Schauspielerin"


def test_virologist_named_before_types_her_age_noun() -> None:
    found = classify_in_text("die 43-Jährige", VIROLOGIST)
    assert found is not None and found.type == "expert" and found.cue == "Virologin"


def test_age_noun_of_a_person_without_role_stays_citizen() -> None:
    found = classify_in_text("die 43-Jährige", CITIZEN)
    assert found is not None and found.type == "citizen"


# a role noun right before the given name no longer takes the given name for its own pair
CHANCELLOR = (
    "Bundeskanzlerin Angela Merkel hat die Einschränkung von Grundrechten erneut als Zumutung bezeichnet. "
    "Die CDU-Politikerin sagte in ihrem Podcast, sie könne Sorgen von Bürgern verstehen. "
    "Merkel verteidigte die Maßnahmen."
)
MINISTER = (
    "Die Suche sei eine Aufgabe für die ganze Gesellschaft, mahnte Bundesumweltministerin Svenja Schulze in "
    'der Zeitung. "Das ist eine wissenschaftliche und keine politische Färbung", sagte die SPD-Politikerin. '
    '"Politische Überlegungen spielen keine Rolle", sagte Schulze.'
)
# a person named inside the quotation is not the one the party noun after it stands for
SECRETARY = (
    "CDU-Generalsekretär Paul Ziemiak hat das Urteil im Mordfall begrüßt. „Der Urteilsspruch im Mordfall "
    "des Regierungspräsidenten Walter Lübcke ist der Schlusspunkt“, sagte Ziemiak. Der Urteilsspruch sei "
    "zugleich „ein schwerer Tag für die Familie von Walter Lübcke“, fügte der CDU-Politiker hinzu."
)


def test_party_noun_after_chancellor_is_government() -> None:
    found = classify_in_text("Die CDU-Politikerin", CHANCELLOR)
    assert found is not None and found.type == "government" and found.party == "CDU"


def test_party_noun_after_minister_is_government() -> None:
    found = classify_in_text("die SPD-Politikerin", MINISTER)
    assert found is not None and found.type == "government" and found.cue == "Bundesumweltministerin"


def test_name_inside_quotation_is_no_antecedent() -> None:
    found = classify_in_text("der CDU-Politiker", SECRETARY)
    assert found is not None and found.type == "parliament"
