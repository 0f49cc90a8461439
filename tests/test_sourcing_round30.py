"""Who speaks, thirtieth speaker round (README, "speaker round 30"): a pronoun that refers to a definite
role or age noun without a name ("der Beamte", "der SPD-Politiker", "der 29-Jährige") names the person
that noun refers to: the last person named before it in its paragraph with a given name, a role or a
registry entry, of the same known gender, and for an age noun not one of another stated age; not a
plural ("die Besucher"), not across a paragraph, and never the person talked about in the last speaker's
own clause. Real German sentences in (10kGNAD's court report of dev2, gnad1000's Maas and Djokovic
reports, PFB train's Wikinews article on Bergoglio, dev6's auction and Will Smith), the speakers out;
each fails without its rule."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ob an der Verletzung der Polizist Bernhard H. schuld ist, muss Richterin Nicole Baczak "
            "klären. Der Beamte bekennt sich nicht schuldig. Vor Gericht sagte er, er habe die Frau "
            "zwar wahrgenommen.",
            "Polizist Bernhard H.",
            id="dev2: 'er' → 'Der Beamte' → the man named before, not the judge",
        ),
        pytest.param(
            "Bundesjustizminister Heiko Maas hat den Anschlag scharf verurteilt. Das Ausmaß der Gewalt ist "
            "erschreckend, erklärte der SPD-Politiker am Freitag in Berlin. Die Täter müssten konsequent "
            "bestraft werden, forderte er.",
            "Bundesjustizminister Heiko Maas",
            id="gnad: 'forderte er' → 'der SPD-Politiker' → Heiko Maas",
        ),
        pytest.param(
            "Kevin Anderson (29) hatte Novak Djokovic 40 Asse um die Ohren gepfeffert. Doch Djokovic bewies "
            "mentale Stärke. Zwei Breakbälle wehrte der 29-Jährige zu Beginn des Entscheidungssatzes ab. "
            "Das gibt mir viel Selbstvertrauen für die nächste Runde, sagte er.",
            "Kevin Anderson",
            id="gnad: 'der 29-Jährige' → the man named with that age",
        ),
        # the rule's limits: the role or age noun stays the speaker
        pytest.param(
            "Kevin Anderson (29) hatte Novak Djokovic 40 Asse um die Ohren gepfeffert. Doch Djokovic bewies "
            "mentale Stärke. Zwei Breakbälle wehrte der 28-Jährige zu Beginn des Entscheidungssatzes ab. "
            "Das gibt mir viel Selbstvertrauen für die nächste Runde, sagte er.",
            "28-Jährige",
            id="gnad: 'der 28-Jährige' is not the man named with the age 29",
        ),
        pytest.param(
            "Pastorin Dagmar Posner eröffnet die Auktion. Die Besucher haben derweil Zeit, alles zu "
            "inspizieren. Sie seien sehr zufrieden, sagten sie später.",
            "Besucher",
            id="dev6: 'die Besucher' is a plural, no named woman stands behind it",
        ),
        pytest.param(
            "Will Smith wusste nicht, dass sein Sohn Trey litt.\n\nDer Familienvater hat jetzt ein Video "
            "gepostet. Er habe jahrelang mit ihm gestritten, sagte er.",
            "Familienvater",
            id="dev6: a role noun opening a new paragraph does not take the last name of the one before",
        ),
    ],
)
def test_round30_role_noun_names_its_person(text: str, expected: str) -> None:
    assert speakers(text)[-1][3] == expected


def test_round30_person_talked_about_is_not_the_speaker() -> None:
    """PFB train: "der argentinische Kardinal" in the speaker's own "dass" clause is whom the speaker talks
    about, so the "Er" after it, which refers to him, does not take the speaker's span (the speaker is
    read as Bergoglio, as "Pérez" alone is not known as Adolfo Pérez Esquivel's surname)."""
    text = (
        "Vor dem Konklave 2005 meinte der Friedensnobelpreisträger Adolfo Pérez Esquivel noch, dass "
        "Jorge Mario Bergoglio „dazugehörte“. 2012 jedoch, nachdem Bergoglio tatsächlich gewählt wurde, "
        "korrigierte sich Pérez. Er stellte klar, dass der argentinische Kardinal nicht mit der Diktatur "
        "zusammengearbeitet hätte. Er soll vielmehr einen Weg der stillen Diplomatie verfolgt haben."
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    last = doc.quotes[-1]
    assert text[last.start :].startswith("Er soll")
    assert last.speaker_start == text.index("Er stellte")
