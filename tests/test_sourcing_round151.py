"""Speaker round 151 (branch span151): a surname the text named before, then a capitalised German word or a
medium that is the verb's object or the one spoken to ("äußerte Spahn Unverständnis", "sagte Viellechner AFP",
"hatte Kubicki Merkel vorgeworfen"): the speaker's span is the surname alone. A double surname or a name whose
words recur stays whole. German texts in, speakers out."""

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment


def _speakers(text: str) -> list[str | None]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=None, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [q.speaker for q in doc.quotes]


def test_a_medium_spoken_to_after_the_surname_is_no_part_of_the_span() -> None:
    text = (
        "Der Jurist Christian Viellechner lehrt in Köln. "
        "„Der Staat ist an die Grundrechte gebunden“, sagte Viellechner AFP."
    )
    assert _speakers(text) == ["Viellechner"]


def test_another_persons_surname_after_the_speaker_is_the_object() -> None:
    text = (
        "Wolfgang Kubicki kritisierte die Kanzlerin Angela Merkel. "
        "„Wer immer nur Angst macht, verliert seine Autorität“, hatte Kubicki Merkel vorgeworfen."
    )
    assert _speakers(text) == ["Kubicki"]


def test_a_double_surname_stays_whole() -> None:
    text = (
        "Clemens Schulze Althoff leitet den Betrieb. "
        "„Unser Betrieb ist nicht für eine Pandemie gebaut“, sagte Schulze Althoff."
    )
    assert _speakers(text) == ["Schulze Althoff"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_span() -> None:
    text = (
        "Jens Spahn sprach am Montag über die Impfungen. "
        "Wobei Spahn noch einmal festhält, dass der Sommer erst Ende September aufhört."
    )
    assert _speakers(text) == ["Spahn"]


def test_a_given_name_the_lists_lack_opens_its_full_name() -> None:
    text = (
        "Die Proteste wachsen.\n\nÖzgür Özvatan, Soziologe in Berlin, sieht das so: "
        "„Wir erleben die Verlagerung von der digitalen Mobilisierung auf die Straße.“"
    )
    assert _speakers(text) == ["Özgür Özvatan"]
