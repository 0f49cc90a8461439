"""Who speaks, thirty-fifth speaker round (docs/accuracy.md, "speaker round 35"): continued reported speech
as a step of the discourse rather than of one sentence. (1) In a sentence that goes on with the last
speaker, a verb of saying that is itself in the Konjunktiv I and whose subject names no one ("Die
Verlinkung der Marken beantworte ein Informationsbedürfnis") is part of what the speaker says, not a new
inquit. (2) A sentence whose verb form the Konjunktiv shares with the indicative or the author's own
conditional ("Dazu gehörten auch …", "Viele starteten zunächst …", "…, würde das …") goes on with the last
speaker only with a further cue on both sides: the speaker spoke in the sentence before (same paragraph),
and the sentence after goes on in the Konjunktiv I (same paragraph) or the sentence opens with a connective
of argument ("Außerdem", "Deshalb"); no person or body is its subject, no pronoun that refers to the speaker.
(3) The last speaker named again by the head of its name ("das Gericht" for "das Kammergericht") as the
subject after the verb of a sentence an object opens re-opens its chain in its paragraph, though another
subject was spoken of between. Real German sentences in (dev4, dev9, gnad1000), the speakers out; each
fails without its rule, the guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers

KEHL = "«Ich habe schon das Gefühl, dass die Community die größere ist», sagt Youtuber Kehl."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nach Ansicht des Kammergerichts ist dieser Post rein redaktionell und nicht zu kennzeichnen. "
            "Die Verlinkung der Marken beantworte ein Informationsbedürfnis der Follower.",
            [
                ("indirect", "Nach Ansicht des", "Kammergerichts", "Kammergerichts"),
                ("indirect", "Die Verlinkung der", "Kammergerichts", "Kammergerichts"),
            ],
            id="dev9: 'Die Verlinkung der Marken beantworte' goes on with the court",
        ),
        pytest.param(
            "Nach Ansicht des Kammergerichts ist dieser Post rein redaktionell. Die Sprecherin der Firma "
            "sage dazu nichts.",
            [
                ("indirect", "Nach Ansicht des", "Kammergerichts", "Kammergerichts"),
                ("indirect", "Die Sprecherin der", "Sprecherin der Firma", "Sprecherin der Firma"),
            ],
            id="guard: a role noun as the subject of the Konjunktiv verb of saying speaks",
        ),
    ],
)
def test_saying_within_continued_speech(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Es ist in Zukunft auch nicht alles digital", betonte Müller. Es sei an der Zeit, intensiv zu '
            "überlegen, wie beides verzahnt werden könne. Dazu gehörten auch Anreiz- und Vergütungssysteme "
            "in der Beziehung zwischen den Herstellern und den Händlern. Am Ende könne derjenige, der den "
            "besten Kundennutzen stiften könne, auch den größten Erfolg erzielen.",
            [
                ("direct", "Es ist in", "Müller", "Müller"),
                ("indirect", "Es sei an", "Müller", "Müller"),
                ("indirect", "Dazu gehörten auch", "Müller", "Müller"),
                ("indirect", "Am Ende könne", "Müller", "Müller"),
            ],
            id="dev9: the weak past 'gehörten' between two Konjunktiv I sentences of Müller",
        ),
        pytest.param(
            f"{KEHL} Viele starteten zunächst mit etwas weniger risikobehafteten ETFs. In letzter Zeit "
            "steige aber das Interesse an Einzelaktien.",
            [
                ("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "Viele starteten zunächst", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "In letzter Zeit", "Youtuber Kehl", "Youtuber Kehl"),
            ],
            id="dev4: 'Viele starteten zunächst' after Kehl's quotation",
        ),
        pytest.param(
            "Josef Settele vom Helmholtz-Zentrum, einer der Hauptautoren des Berichts, sprach von einem "
            "immer löchriger werdenden Netz des Lebens. Wenn etwa immer mehr Insektenarten sterben und "
            "irgendwann keine mehr für die Bestäubung von Pflanzen nachrücken können, würde das zu "
            "Schwierigkeiten bei der Produktion von Nahrungsmitteln führen. Artenvielfalt sei also eine Art "
            "Lebensversicherung.",
            [
                ("indirect", "Josef Settele vom", "Josef Settele", "Josef Settele"),
                ("indirect", "Wenn etwa immer", "Josef Settele", "Josef Settele"),
                ("indirect", "Artenvielfalt sei also", "Josef Settele", "Josef Settele"),
            ],
            id="dev9: the conditional 'würde' between Settele's words and his Konjunktiv I",
        ),
        pytest.param(
            f"{KEHL}\n\nViele starteten zunächst mit etwas weniger risikobehafteten ETFs. In letzter Zeit "
            "steige aber das Interesse an Einzelaktien.",
            [
                ("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "In letzter Zeit", "Youtuber Kehl", "Youtuber Kehl"),
            ],
            id="guard: not across a paragraph",
        ),
        pytest.param(
            f"{KEHL} Viele starteten zunächst mit etwas weniger risikobehafteten ETFs. Die Börse schloss am "
            "Abend im Plus.",
            [("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl")],
            id="guard: not where the sentence after is indicative",
        ),
        pytest.param(
            f"{KEHL} Der Vorstand der Sparkasse Köln startete zunächst mit ETFs. In letzter Zeit steige aber "
            "das Interesse an Einzelaktien.",
            [
                ("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "In letzter Zeit", "Vorstand der Sparkasse Köln", "Vorstand der Sparkasse Köln"),
            ],
            id="guard: not where a body is the sentence's own subject",
        ),
        pytest.param(
            f"{KEHL} Die Anleger starteten zunächst mit etwas weniger risikobehafteten ETFs. In letzter Zeit "
            "steige aber das Interesse an Einzelaktien.",
            [
                ("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "In letzter Zeit", "Youtuber Kehl", "Youtuber Kehl"),
            ],
            id="guard: not where a noun phrase with its article opens the sentence before the past form",
        ),
        pytest.param(
            f"{KEHL} Viele starteten zunächst mit etwas weniger risikobehafteten ETFs. In letzter Zeit "
            "steige aber das Interesse an Einzelaktien, erklärte die Bank.",
            [
                ("direct", "Ich habe schon", "Youtuber Kehl", "Youtuber Kehl"),
                ("indirect", "In letzter Zeit", "Bank", "Bank"),
            ],
            id="guard: not where the Konjunktiv I after it names its own speaker (gnad1000)",
        ),
        pytest.param(
            "«Ich kann versuchen, die Guatemalteken zu überzeugen», betonte Morales im Wahlkampf. Dabei "
            "inszenierte er sich als Mann einfacher Herkunft. Als Spross einer Arbeiterfamilie habe er "
            "bereits als Bub Bananen verkauft.",
            [
                ("direct", "Ich kann versuchen,", "Morales", "Morales"),
                ("indirect", "Als Spross einer", "Morales", "Morales"),
            ],
            id="guard: not where a pronoun is the subject of the past form (gnad1000)",
        ),
    ],
)
def test_shared_form_with_further_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Es gebe Berichte, dass Terrorgruppen Zugang zu technischen Unterlagen erlangten, sagte "
            "Außenminister Sergej Lawrow am Dienstag. Außerdem eroberten sie Chemieanlagen und nutzten die "
            "Kenntnisse ausländischer Experten. Lawrow forderte Verhandlungen über einen Pakt.",
            [
                (
                    "indirect",
                    "Es gebe Berichte,",
                    "Außenminister Sergej Lawrow",
                    "Außenminister Sergej Lawrow",
                ),
                (
                    "indirect",
                    "Außerdem eroberten sie",
                    "Außenminister Sergej Lawrow",
                    "Außenminister Sergej Lawrow",
                ),
            ],
            id="dev9: 'Außerdem eroberten sie' (the terror groups) goes on with Lawrow",
        ),
        pytest.param(
            "Die Hilfsorganisationen fordern, dass der Mittelansatz für den Bevölkerungsschutz erhöht wird. "
            "Deshalb sollte, in Zusammenarbeit mit den Behörden, ein Krisenmanagement aus einem Guss "
            "geschaffen werden.",
            [
                (
                    "indirect",
                    "Die Hilfsorganisationen fordern,",
                    "Hilfsorganisationen",
                    "Hilfsorganisationen",
                ),
                ("indirect", "Deshalb sollte, in", "Hilfsorganisationen", "Hilfsorganisationen"),
            ],
            id="dev4: 'Deshalb sollte …' goes on with the aid organisations",
        ),
        pytest.param(
            "«Ich kann versuchen, die Guatemalteken zu überzeugen», betonte Morales im Wahlkampf. Außerdem "
            "inszenierte er sich als Mann einfacher Herkunft.",
            [("direct", "Ich kann versuchen,", "Morales", "Morales")],
            id="guard: a pronoun that refers to the speaker: the author tells of him",
        ),
        pytest.param(
            "Drei von 15 angefragten Kindergärten sagten schließlich zu, an dem Projekt mitzuwirken. Zudem "
            "wurden Pädagogen von arabisch dominierten Kindergärten interviewt.",
            [
                (
                    "indirect",
                    "Drei von 15",
                    "Drei von 15 angefragten Kindergärten",
                    "Drei von 15 angefragten Kindergärten",
                )
            ],
            id="guard: a participle before its noun is no weak past (gnad1000)",
        ),
    ],
)
def test_connective_with_shared_form(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


COURT = (
    "Das Kammergericht stufte diesen Beitrag als Werbung ein. Die Verlinkung auf das Unternehmen habe "
    "keinen erkennbaren Bezug zum Bildbeitrag. Im Text klagt die Influencerin über die Schwierigkeiten, bei "
    "Wind ein Foto anzufertigen."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{COURT} Auch diesen Post stufte das Gericht als werblich ein. Es fehle der Bezug zwischen "
            "Verlinkung und Post.",
            [
                ("indirect", "Die Verlinkung auf", "Kammergericht", "Kammergericht"),
                ("indirect", "Es fehle der", "das Gericht", "Kammergericht"),
            ],
            id="dev9: 'das Gericht' names the Kammergericht again, whose Konjunktiv follows",
        ),
        pytest.param(
            f"{COURT} Auch diesen Post stufte die Behörde als werblich ein. Es fehle der Bezug zwischen "
            "Verlinkung und Post.",
            [("indirect", "Die Verlinkung auf", "Kammergericht", "Kammergericht")],
            id="guard: 'die Behörde' is no head of the court's name",
        ),
    ],
)
def test_speaker_named_again(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected
