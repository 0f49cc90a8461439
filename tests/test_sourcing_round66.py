"""Who speaks, sixty-sixth speaker round (docs/accuracy.md, "Speaker round 66"): name and role coverage.
A full name whose given name no list had was no person for the pronouns after it; speech_de.toml 5.6 adds the
given names listed mechanically before a surname in the dev sets' gold speakers and before a verb of saying
in unlabelled news ("Irmgard Griss", "Mahmoud Sidawi", "Reinhold Mitterlehner"), and the role nouns listed
the same way before a given name ("Landesrat", "Verfassungsrechtler", "Rektorin"). Real-shaped German
sentences in, the speakers out; all but the fourth fail on main, which guards the names left out (a man's
"Judy")."""

from .sourcing_speakers import speakers


def test_sie_reaches_a_full_name_with_a_newly_listed_feminine_given_name():
    text = "Swantje Michaelsen hält den Entwurf für falsch. Das Gesetz gehe nicht weit genug, sagte sie."
    assert speakers(text) == [("sie", "Swantje Michaelsen")]


def test_er_reaches_a_study_author_with_a_newly_listed_given_name():
    text = (
        "Eine Studie von Scott Boback aus dem Jahr 2012 zeigt das. Damals hatte er herausgefunden, dass die "
        "Boas den Herzschlag der Ratten genau fühlen können."
    )
    assert speakers(text) == [("er", "Scott Boback")]


def test_mahmoud_is_a_male_given_name_beside_mohamed():
    text = (
        "Eine Studie von Mahmoud Sidawi aus dem Jahr 2012 zeigt das. Damals hatte er herausgefunden, "
        "dass die Kosten steigen."
    )
    assert speakers(text) == [("er", "Mahmoud Sidawi")]


def test_either_gender_nickname_stays_unlisted():
    text = (
        "Der Galerist Judy Lybke führt durch die Räume. Da bin ich stolz wie Bolle gewesen, sagt er über "
        "seine erste Ausstellung."
    )
    assert speakers(text) == [("er", "Judy Lybke")]


def test_landesrat_reaches_the_full_name_before_it():
    text = (
        "Gesundheitslandesrat Maurice Androsch stellte die Studie vor. Die Ergebnisse seien ein klarer "
        "Auftrag, noch mehr zu tun, betonte der Landesrat."
    )
    assert speakers(text) == [("Landesrat", "Gesundheitslandesrat Maurice Androsch")]


def test_rechtler_compound_reaches_the_full_name_before_it():
    text = (
        "Der Arbeitsrechtler Wolfgang Gerlach sieht das kritisch. Das Gesetz sei überholt, so der "
        "Arbeitsrechtler."
    )
    assert speakers(text) == [("Arbeitsrechtler", "Arbeitsrechtler Wolfgang Gerlach")]


def test_rektorin_is_a_speaker_of_her_own():
    text = "Das werde notwendig sein, sagt die Rektorin der Universität im Interview."
    assert speakers(text) == [("Rektorin der Universität", "Rektorin der Universität")]
