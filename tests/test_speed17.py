"""Issue 16, seventeenth speed round (branch speed17): the sourcing step of a cold article made cheaper
without changing what it finds. The outlet names before a role are checked as what they find; the name
searches are compared with the reading they replace, written out here; the speakers found through them
are checked as spans."""

import re

from framing.pipeline import doc_from_text
from framing.sources import _given_first, _website, registry
from framing.speakers import _medium_before_role
from tests.test_sourcing_cross_set import speakers

OUTLET_SENTENCES = (
    "„Ich glaube fest an die Rolle einer Redaktion“, sagt dazu Zeit Online Geschäftsführer "
    "Enrique Tarragona.",
    "„Der Erfolg beim Paid Content ist kein Zufall“, sagt mir Zeit Online-Geschäftsführer Enrique Tarragona.",
    "Epoch Times Deutschland Chefredakteur Manuel Ziegler sagte, man berichte unabhängig.",
    "Die Zeit Chefredakteur Giovanni di Lorenzo sagte, die Auflage sei gestiegen.",
    "Frankfurter Allgemeine Zeitung-Herausgeber Jürgen Kaube erklärte, das Blatt bleibe bei Print.",
    "Der Standard Chefredakteur Martin Kotynek sagte, Die Presse und Der Standard seien Konkurrenten.",
    "Laut Berliner Morgenpost-Sprecherin Anna Müller sei die Lage ruhig; RT DE Chef Iwan Rodionow schwieg.",
)


# where each sentence names an outlet before a role: (first word of the outlet's name, words of the name
# that ``_medium_before_role`` skips; one less where the name's last word is the compound's first part)
OUTLET_OPENINGS = (
    [("Zeit", 2)],
    [("Zeit", 1)],
    [("Epoch", 3)],
    [("Die", 2)],
    [("Frankfurter", 2)],
    [("Der", 2)],
    [("Berliner", 1), ("RT", 2)],
)


def test_outlet_names_by_first_word_find_each_outlet_before_a_role() -> None:
    for text, expected in zip(OUTLET_SENTENCES, OUTLET_OPENINGS, strict=True):
        tokens = doc_from_text(text, annotate=False).tokens
        found = [
            (tokens[j].text, _medium_before_role(tokens, j, len(tokens)))
            for j in range(len(tokens))
            if _medium_before_role(tokens, j, len(tokens))
        ]
        assert found == expected, text
        j = next(k for k, token in enumerate(tokens) if token.text == expected[0][0])
        assert _medium_before_role(tokens, j, j + expected[0][1]) == 0  # the role beyond the limit: no medium


def test_outlet_name_before_a_role_still_opens_the_speaker() -> None:
    assert [span for _, _, span, _ in speakers(OUTLET_SENTENCES[0])] == [
        "Zeit Online Geschäftsführer Enrique Tarragona"
    ]
    assert [span for _, _, span, _ in speakers(OUTLET_SENTENCES[1])] == [
        "Zeit Online-Geschäftsführer Enrique Tarragona"
    ]


GIVEN_TEXTS = (
    "Der UN-Hochkommissar für Menschenrechte, Zeid Raad al-Hussein, sagte am Freitag, Zeid sei besorgt.",
    "Tijen Onaran, Gründerin von Global Digital Women, sagt: Tijen wolle mehr Frauen sichtbar machen.",
    "Im Einwandererviertel Jardins de São Paulo wohnt Jardins-Fan Maria. Maria Schmidt (34) – Ärztin – kam.",
    "AnnaMaria Kovac und Anna Maria Kovac, Sprecherin, sowie Anna Berger (SPÖ) und Anna von Berg – Anwältin.",
)


def _given_first_by_search(text: str, given: str) -> tuple[int, int] | None:
    """``_given_first`` as it searched before this round: a pattern compiled for the given name."""
    if not given[:1].isupper():
        return None
    after = r"(?: (?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w’'-]+){1,3}(?![\w-])(?=\s*[,(–—])"
    match = re.search(rf"(?<![\w-]){re.escape(given)}{after}", text)
    return (match.start(), match.end()) if match else None


def test_a_given_name_set_off_after_its_surname_is_found_where_the_search_found_it() -> None:
    found = 0
    for text in GIVEN_TEXTS:
        for given in {*re.findall(r"[\w-]+", text), "Anna Maria", "Zeid Raad", "al"}:
            assert _given_first(text, given) == _given_first_by_search(text, given), (text, given)
            found += _given_first(text, given) is not None
    assert found >= 5
    start, end = _given_first(GIVEN_TEXTS[0], "Zeid") or (0, 0)
    assert GIVEN_TEXTS[0][start:end] == "Zeid Raad al-Hussein"  # not "Zeid sei"
    start, end = _given_first(GIVEN_TEXTS[3], "Maria") or (0, 0)
    assert (start, GIVEN_TEXTS[3][start:end]) == (25, "Maria Kovac")  # not "AnnaMaria Kovac" at 4


WEBSITE_TEXTS = (
    "iRights.info erscheinen die Forderungen als fragwürdig. Im Fall des Fotografen kommt iRights aber zum "
    "Schluss: Er verlange zu viel.",
    "Auf derStandard.at und auf Standard.at.tv, nicht auf my-Standard.at oder .Standard.de, schrieb "
    "Standard.atx nichts; Standard.eu. Standard.de.",
    "Laut netzpolitik.org und Netzpolitik.Org sowie netzpolitik.orgs schreibt netzpolitik.xyz, "
    "netzpolitik.io.",
)


def _website_by_search(text: str, name: str) -> tuple[str, str] | None:
    """``_website`` as it searched before this round: a pattern compiled for the name."""
    if not name[:1].isalpha() or "." in name or f"{name}." not in text:
        return None
    for match in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(\.[a-z]{2,4})(?![\w-])", text):
        found = registry().domains.get(match.group(1))
        if found:
            return found, match.group(0)
    return None


def test_a_name_written_as_a_web_address_is_found_where_the_search_found_it() -> None:
    found = 0
    for text in WEBSITE_TEXTS:
        for name in {*re.findall(r"\w+", text), "iRights", "Standard", "netzpolitik"}:
            assert _website(registry(), text, name) == _website_by_search(text, name), (text, name)
            found += _website(registry(), text, name) is not None
    assert found >= 3
    assert _website(registry(), WEBSITE_TEXTS[1], "Standard") == (
        "media",
        "Standard.at",
    )  # of "Standard.at.tv"
    assert _website(registry(), WEBSITE_TEXTS[2], "netzpolitik") == ("media", "netzpolitik.org")
