"""Who speaks, tidy round 9 (docs/accuracy.md, "Tidy round 9"): one reader of an agency dateline
(``_dateline_end``) for the three rules that skip one: an agency text's teaser (round 71), a name opening
its sentence (round 69) and the subject "Demnach" refers back to (round 43). A dateline is places of at most
three capitalised words each, slashes between them, five tokens at most, no article first, before a dash
set off by a space. Real German datelines in (10kGNAD's articles of benchmarks' gnad1000, the demo corpus),
the teaser's and the "Demnach" sentence's speakers out; each case fails where its bound moves (a word or a
token more or fewer, no article check, a dash not set off) or "Demnach" reads the old four tokens."""

import pytest

from .sourcing_speakers import speakers

TEASER = "Polizei: Inhaftierte wollten über Internet neue Unterstützer rekrutieren. "
BODY = "Die iranische Polizei hat 53 Sympathisanten festgenommen."


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("Teheran – ", id="one place"),
        pytest.param("Berlin/Brüssel – ", id="two places"),
        pytest.param("Köln/Hamburg/Wien – ", id="three places, five tokens"),
        pytest.param("Hanoi / Phnom Penh – ", id="slashes set off, a place of two words"),
        pytest.param("Salt Lake City – ", id="a place of three words"),
        pytest.param("Addis Abeba/Bujumbura — ", id="an em dash"),
    ],
)
def test_a_dateline_after_the_first_sentence_makes_it_a_teaser(dateline: str) -> None:
    assert speakers(TEASER + dateline + BODY) == [("Polizei", "Polizei")]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(
            "Der Hamburger SV – Michael Gregoritsch wurde in der 68. Minute eingewechselt.",
            id="an article first",
        ),
        pytest.param(
            "Chiles Trainer Jorge Sampaoli – ein Argentinier – wollte den Moment mitnehmen.",
            id="four words of one place",
        ),
        pytest.param(
            "Köln/Hamburg/Bad Ischl – Die Minister beraten über den Haushalt.", id="more than five tokens"
        ),
        pytest.param("Belgrad– Bei einem Luftangriff starben zwei Menschen.", id="a dash not set off"),
        pytest.param("Die Kinder- und Jugendanwaltschaft prüft nun den Fall.", id="a compound's hyphen"),
    ],
)
def test_no_dateline_no_teaser(opening: str) -> None:
    assert speakers(TEASER + opening) == []


@pytest.mark.parametrize(
    ("dateline", "named"),
    [
        pytest.param("Wien/Linz – ", "Sozialministerium", id="two places"),
        pytest.param("Hanoi / Phnom Penh – ", "Sozialministerium", id="a place of two words"),
    ],
)
def test_demnach_refers_to_the_subject_after_the_dateline(dateline: str, named: str) -> None:
    text = (
        f"{dateline}Das Sozialministerium hat die bisher unter Verschluss gehaltene Studie über die "
        "Arbeitsmarktöffnung für Asylsuchende publiziert. Demnach würde eine Erleichterung des "
        "Arbeitsmarktzugangs für Asylwerber zu einem Anstieg der Arbeitslosigkeit führen."
    )
    span, speaker = speakers(text)[-1]
    assert span == "Demnach" and named in (speaker or "")
