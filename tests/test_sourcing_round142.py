"""Speaker round 142 (branch und142): a speaker phrase of two persons joined by "und", each named by a
given name, has the first person's span and type (benchmarks/gold/README.md: two speakers of one quote → the
first named); the second person's role, party or listed office no longer types it. One person's two roles
("Publizist und Philosoph Richard David Precht") and organisations joined by "und" keep the whole phrase."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment


def _speakers(text: str, date: str | None = "2020-05-04") -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.speaker, q.source_type, q.party) for q in doc.quotes]


def test_a_party_office_and_a_second_persons_listed_office_type_the_first_person() -> None:
    text = (
        "Aus Sicht von SPD-Generalsekretär Lars Klingbeil und Hamburgs Erstem Bürgermeister "
        "Peter Tschentscher ist die Lage in den Städten ernst."
    )
    assert _speakers(text) == [("SPD-Generalsekretär Lars Klingbeil", "parliament", "SPD")]


def test_two_persons_before_a_plural_speech_verb_give_the_first() -> None:
    text = "„Die Lage ist ernst“, sagten Gesundheitsminister Jens Spahn und der Virologe Christian Drosten."
    assert _speakers(text) == [("Gesundheitsminister Jens Spahn", "government", None)]


def test_the_second_persons_party_does_not_pass_to_the_first() -> None:
    text = "Der Virologe Christian Drosten und CSU-Chef Markus Söder sagten, die Lage sei ernst."
    assert _speakers(text) == [("Virologe Christian Drosten", "expert", None)]


def test_a_role_two_persons_share_stays_with_the_first_name() -> None:
    text = (
        "„Wir bleiben in der Koalition“, sagten die SPD-Vorsitzenden Saskia Esken und Norbert Walter-Borjans."
    )
    assert _speakers(text) == [("SPD-Vorsitzenden Saskia Esken", "parliament", "SPD")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Wir warten ab“, sagte der Publizist und Philosoph Richard David Precht.",
            "Publizist und Philosoph Richard David Precht",
        ),
        (
            "„Wir streiken“, erklärten die Gewerkschaften PRO-GE und GPA-djp am Montag.",
            "Gewerkschaften PRO-GE und GPA-djp",
        ),
    ],
)
def test_one_persons_two_roles_and_joined_organisations_keep_the_whole_phrase(
    text: str, speaker: str
) -> None:
    assert [s for s, _, _ in _speakers(text)] == [speaker]


def test_a_role_both_persons_share_after_them_types_the_first() -> None:
    text = "Die Lage sei ernst, schreiben Anna Berger und Lisa Roth, zwei Redakteurinnen des Blatts."
    assert _speakers(text) == [("Anna Berger", "media", None)]


def test_the_second_persons_own_role_never_types_an_untyped_first() -> None:
    text = "Anna Berger und NRW-Innenminister Herbert Reul sagten, die Lage sei ernst."
    assert _speakers(text) == [("Anna Berger", "other", None)]
