"""Source types of round 48 (issue 11, branch src48): a type the article states at another mention of the
speaker. A name opening with a Latin capital beyond A-Z and the umlauts ("Şahin") finds its other mentions;
a capacity with "als" after the person's own verb ("Alois Stöger will als Sozialminister …") is a role; an
interview's lead that describes the interviewee by a role without the name ("Die Grünen-Chefin über …")
types the answers. German texts in, a type out."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.sources import _word_starts, classify_in_text

BIONTECH = (
    "Um Fake-News zu entkräften - Biontech-CEO veröffentlicht Impf-Foto Uğur Şahin veröffentlichte auf dem "
    "sozialen Netzwerk LinkedIn ein Foto seiner ersten Impfung. Biontech-Chef Uğur Şahin hatte sich bislang "
    "nicht öffentlich zu seinem Impfstatus geäußert. Die Erkrankung eines Freundes habe ihn dazu bewegt, "
    "teilte Şahin mit."
)
MINISTER = (
    "Vom Ablösekandidat zum Aufsteiger: Alois Stöger will als Sozialminister Furore machen, unter dem die "
    "Arbeitslosigkeit sinkt. STANDARD: Haben Sie damals selbst daran geglaubt? Stöger: Ich habe nie nach "
    "anderen Ämtern geschielt. STANDARD: Sind Sie für Arbeitszeitverkürzung? Stöger: Grundsätzlich ja."
)
PROBLEM = (
    "Franz Huber sieht als größtes Problem die Kosten. Die Gemeinde müsse sparen, sagte Huber am Montag."
)
OBITUARY = (
    "Presseschau zum Tod Gorbatschows Die internationale Presse würdigt Michail Gorbatschow als Mann, der "
    "den Kalten Krieg beendete. Auch seine Rolle für die Deutsche Einheit wird gewürdigt."
)
PARTY_LEADER = (
    "Die Grünen-Chefin über Versagen im Flüchtlingsthema, PR-Bomben des Integrationsministers und die "
    "Gender-Perspektive von Peter Pilz. STANDARD: Kommende Woche steht Ihre dritte Wiederwahl zur "
    "Parteichefin an. Bei welchem Ergebnis treten Sie zurück? Eva Glawischnig: So viel wird es diesmal "
    "nicht. STANDARD: Die Grünen stagnierten heuer bei den Wahlen. Warum? Glawischnig: Im Burgenland haben "
    "wir sehr wohl dazugewonnen."
)
GOVERNOR = (
    "Diesmal führe kein Weg mehr an einer radikalen Debatte über Reformen in der SPÖ vorbei, sagt Kärntens "
    "Landeshauptmann. STANDARD: Nur noch elf Prozent für die SPÖ. Was jetzt? Peter Kaiser: Es ist schlicht "
    "ein Desaster. STANDARD: Soll die SPÖ eine Wahlempfehlung abgeben? Kaiser: Da bin ich nicht so sicher."
)
TWO_ROLES = (
    "Die Ministerin will sparen, der Bürgermeister nicht. Die Bürgermeisterin über ihren Streit mit der "
    "Regierung. STANDARD: Wer hat recht? Anna Berger: Wir natürlich. STANDARD: Warum? Berger: Weil wir "
    "die Schulden haben."
)
GOVERNMENT_BODY = (
    "Die Regierung will die Mindestsicherung kürzen. STANDARD: Ist das gerecht? Anna Berger: Nein. "
    "STANDARD: Warum nicht? Berger: Weil es die Ärmsten trifft."
)


def test_a_name_opening_with_a_latin_capital_takes_the_role_of_another_mention() -> None:
    found = classify_in_text("Şahin", BIONTECH)
    assert (found.type, found.cue) == ("business", "Biontech-Chef")


def test_a_capacity_after_the_persons_own_verb_is_their_role() -> None:
    found = classify_in_text("Stöger", MINISTER)
    assert (found.type, found.cue) == ("government", "Sozialminister")


@pytest.mark.parametrize(("phrase", "text"), [("Huber", PROBLEM), ("Michail Gorbatschow", OBITUARY)])
def test_als_before_a_word_of_no_role_or_a_plain_person_noun_gives_no_role(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type == "other"


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Glawischnig", PARTY_LEADER, ("parliament", "Grüne", "Grünen-Chefin")),
        ("Eva Glawischnig", PARTY_LEADER, ("parliament", "Grüne", "Grünen-Chefin")),
        ("Kaiser", GOVERNOR, ("government", None, "Landeshauptmann")),
    ],
)
def test_an_interview_lead_that_describes_the_interviewee_by_a_role_types_the_answers(
    phrase: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.party, found.cue) == expected


@pytest.mark.parametrize("text", [TWO_ROLES, GOVERNMENT_BODY])
def test_a_lead_with_two_roles_or_an_organisation_gives_the_interviewee_none(text: str) -> None:
    assert classify_in_text("Berger", text).type == "other"


@given(st.text(alphabet="Kaiser: -_x\n", max_size=40))
def test_an_interviewees_answers_are_counted_as_the_pattern_counted_them(text: str) -> None:
    # ``_interviewee_role`` counts "Kaiser: " as a word of its own with str.find (no pattern per name)
    pattern = len(re.findall(r"(?<![\w-])Kaiser: ", text))
    assert sum(text.startswith(": ", p + len("Kaiser")) for p in _word_starts(text, "Kaiser")) == pattern
