"""Issue 16, speed round 43 (branch speed43): in pure Python the tokens (``segment._surfaces_ends``) and an
article's words (``sources._word_matches``) are read from the text's pieces between spaces, the pattern
only for the pieces that need it, and a line longer than any bounded boilerplate rule can match is
matched against the other rules only (``clean.RuleSet.fullmatch``): the same tokens, words and rules."""

import re
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import clean, segment, sources
from framing.clean import UNBOUNDED, Rule, RuleSet, _longest_fullmatch
from framing.pipeline import doc_from_text

SENTENCES = (
    "Wien – Die Gewerkschaft GPA-djp sieht Handlungsbedarf bei sogenannten All-in-Verträgen.",
    "„Wir haben das nicht gewusst“, sagte Dr. Huber-Meier (SPÖ) am 3. März 2021 in Graz.",
    "Laut tagesspiegel.de kostet das 1.000.000 Euro, also 141,4 Mio. – um 7.30 Uhr.",
    "Die CDU/CSU-Fraktion, AT&T und Merkel's Kabinett: ZDF-Journalistin Maria Scholz’ Buch.",
    "Das Auto_Modell x² kostet 5 € … (APA)\n\nNeuer Absatz  mit  zwei Leerzeichen. ",
    " Am Anfang ein Leerzeichen,\tein Tab und e\u0301in Akzent; „Schluss“.“ ",
    "Er sagte:„Nein!“ – „Doch?!“ – ‚So‘ [sic] {x} <y> |z| #tag §5 $3 @nutzer ~ ^ ` 20°",
)


def _tokens_by_pattern(text: str) -> tuple[list[str], list[int]]:
    spaced = segment._SPACED_TOKEN.findall(text, 0, len(text.rstrip()))
    return list(map(str.lstrip, spaced)), list(accumulate(map(len, spaced)))


def test_the_punctuation_is_no_word_character_nor_space() -> None:
    for char in segment._PUNCTUATION:
        assert not char.isalnum() and char != "_" and not char.isspace()
        assert segment.TOKEN_PATTERN.fullmatch(char)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_tokens_by_pieces_are_the_pattern_s(text: str) -> None:
    assert segment._surfaces_ends_by_pieces(text) == _tokens_by_pattern(text)


def test_a_german_sentence_s_tokens() -> None:
    surfaces, ends = segment._surfaces_ends_by_pieces("„Wir kommen“, sagte Scholz (SPD) in Wien.")
    assert surfaces == ["„", "Wir", "kommen", "“", ",", "sagte", "Scholz", "(", "SPD", ")", "in", "Wien", "."]
    assert ends == [1, 4, 11, 12, 13, 19, 26, 28, 31, 32, 35, 40, 41]
    doc = doc_from_text("Die Ministerin sagte, es gehe um 1.000,5 Mio. Euro für tagesspiegel.de-Leser.")
    assert [token.text for token in doc.tokens] == [
        *("Die", "Ministerin", "sagte", ",", "es", "gehe", "um", "1.000,5", "Mio", ".", "Euro", "für"),
        *("tagesspiegel.de", "-", "Leser", "."),
    ]


@given(st.text(alphabet=" \n\t.,-–'’_aZß1é\u0301²“„()…:/\u00a0", max_size=30))
def test_the_tokens_by_pieces_on_any_text(text: str) -> None:
    assert segment._surfaces_ends_by_pieces(text) == _tokens_by_pattern(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_words_by_pieces_are_the_pattern_s(text: str) -> None:
    assert sources._word_matches_by_pieces(text) == sources.WORD.findall(text)


def test_a_german_sentence_s_words() -> None:
    text = "Dr. Huber-Meier (CDU/CSU-Fraktion.) sagte, AT&T zahle 3.10. – „Nein“."
    assert sources._word_matches_by_pieces(text) == [
        *("Dr.", "Huber-Meier", "CDU/CSU-Fraktion.", "sagte", "AT&T", "zahle", "3.10.", "Nein"),
    ]


@given(st.text(alphabet=" \n.,-–&'’/_aZ1é\u0301“„()…", max_size=30))
def test_the_words_by_pieces_on_any_text(text: str) -> None:
    assert sources._word_matches_by_pieces(text) == sources.WORD.findall(text)


@pytest.mark.parametrize(
    ("pattern", "longest"),
    [
        (r"(?i)(?=.{0,400}$)(?=.*\b(newsletter|jetzt abonnieren)\b).*", 401),
        (r"(?i).{0,80}journalistischen standards.{0,120}", 226),
        (r"(?i)(titelbild|foto)(\s*\d+\s*/\s*\d+)?", UNBOUNDED),
        (r"(?i)(startseite|home)\s*[/>›»|].*", UNBOUNDED),
        (r"(?m)(?=.{0,40}$)Anzeige.*", UNBOUNDED),  # "$" at every line's end: no bound
        (r"[a-z]{1,4}", 4),
        (r"(", UNBOUNDED),
    ],
)
def test_a_rule_s_longest_full_match(pattern: str, longest: int) -> None:
    assert _longest_fullmatch(pattern) == longest


def _rule(pattern: str, reason: str) -> Rule:
    return Rule(kind="line", reason=reason, pattern=pattern, label=reason)


def test_a_long_line_is_matched_by_the_unbounded_rules_only() -> None:
    rules = RuleSet(
        [
            _rule(r"(?i)(?=.{0,60}$).*\bnewsletter\b.*", "short"),
            _rule(r"(?i)anzeige.*", "advert"),
            _rule(r".{0,30}Impressum", "imprint"),
        ]
    )
    line = "Anzeige: Jetzt den Newsletter abonnieren"
    assert rules.fullmatch("line", line).reason == "short"
    long_line = line + " und täglich die wichtigsten Nachrichten aus Österreich lesen"
    assert len(long_line) > 61
    assert rules.fullmatch("line", long_line).reason == "advert"
    assert rules._long_lines["line"][0] == 61
    assert rules.fullmatch("line", "Die Regierung in Wien " * 5) is None
    assert rules.fullmatch("line", "Impressum") is not None


def test_the_bundled_rules_on_long_and_short_lines() -> None:
    rules = clean.rule_set()
    body = "Die Gewerkschaft GPA-djp sieht Handlungsbedarf bei sogenannten All-in-Verträgen. " * 12
    for line in (body, "Wir verwenden Cookies. Akzeptieren Sie die Einstellungen", "Foto: APA/Hans Punz"):
        for kind in clean.RULE_KINDS:
            match = rules._first(kind, "fullmatch", line)
            assert rules.fullmatch(kind, line) == (rules._rule(match) if match else None)
    assert rules.fullmatch("line", "Foto: APA/Hans Punz") is not None


_LAST_VOWELS = re.compile(r"([aeiouäöü]+)[^aeiouäöü]*$")


def _without_umlaut_by_pattern(stem: str) -> str | None:
    match = _LAST_VOWELS.search(stem)
    vowels = match.group(1) if match else ""
    if not any(vowel in sources.UMLAUTS for vowel in vowels):
        return None
    plain = "".join(sources.UMLAUTS.get(vowel, vowel) for vowel in vowels)
    return stem[: match.start(1)] + plain + stem[match.end(1) :] if match else None


@pytest.mark.parametrize("stem", ["staatsanwält", "bischöf", "bräut", "ärzt", "bank", "", "xyz", "äu\n"])
def test_a_stem_without_its_umlaut(stem: str) -> None:
    assert sources._without_umlaut(stem) == _without_umlaut_by_pattern(stem)
    assert sources._without_umlaut("staatsanwält") == "staatsanwalt"
    assert sources._without_umlaut("bräut") == "braut"


@given(st.text(alphabet="aäeiouüöbrtsx \n", max_size=16))
def test_a_stem_without_its_umlaut_on_any_text(stem: str) -> None:
    assert sources._without_umlaut(stem) == _without_umlaut_by_pattern(stem)


@pytest.mark.parametrize(
    ("window", "last"),
    [
        ("Landesbranddirektor Dr.", -1),
        ("Er kam. Landesbranddirektor Dr.", 6),
        ("Er kam. Prof. Dr.-Ing.", 6),
        ("Die Mag. Huber sagte. Univ.", 20),
        ("XDr.", 3),
        ("", -1),
    ],
)
def test_the_last_sentence_break_before_a_title(window: str, last: int) -> None:
    assert sources._last_break(window) == last


def test_unusual_characters_one_by_one_are_the_class() -> None:
    both = re.compile(f"[{clean._INVISIBLE_CHARS}{clean._ODD_SPACE_CHARS}]")
    found = "".join(char for char in map(chr, range(0x110000)) if both.fullmatch(char))
    assert sorted(found) == sorted(clean._UNUSUAL_CHARS)
    assert clean.normalize("Wien\u00a0– Die  Gewerkschaft\u200b") == "Wien – Die Gewerkschaft"
    assert clean.normalize("„Wir“ – sagte er.") == "„Wir“ – sagte er."


def _last_break_searching_all(window: str) -> int:
    for position in range(len(window) - 1, -1, -1):
        if window[position] in sources.SENTENCE_BREAKS and not (
            window[position] == "." and sources.TITLE_END.search(window, 0, position + 1)
        ):
            return position
    return -1


@given(st.lists(st.sampled_from(["Dr", "Prof", "Ing", "Univ", "Dipl", "Mag", ".", " ", "-", "X", "!"])))
def test_the_last_sentence_break_on_any_text(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert sources._last_break(window) == _last_break_searching_all(window)


def _suffix_searched(rules: RuleSet, line: str) -> tuple[Rule, int] | None:
    match = rules._first("suffix", "search", line, max(0, len(line) - clean.SUFFIX_WINDOW))
    return (rules._rule(match), match.start()) if match and match.start() < len(line) else None


@pytest.mark.parametrize(
    "line",
    [
        "Die Regierung in Wien hat am Montag neue Maßnahmen beschlossen. (APA)",
        "Die Regierung in Wien hat am Montag neue Maßnahmen beschlossen (dpa/AFP)  ",
        "Die Regierung in Wien hat am Montag neue Maßnahmen beschlossen.",
        "Die Regierung (ÖVP und Grüne) hat beschlossen",
        "(red)",
        "   ",
        "",
    ],
)
def test_a_credit_at_a_line_s_end(line: str) -> None:
    rules = clean.rule_set()
    assert rules._last_characters == ")"
    assert rules.suffix(line) == _suffix_searched(rules, line)


@pytest.mark.parametrize(
    ("patterns", "last"),
    [
        ([r"\s*\((dpa|apa)\)\s*$", r"\s*\([a-z]{1,4}\)$"], ")"),
        ([r"\s*\(dpa\)\s*$", r"\s*–\s*red\.?$"], None),  # "." optional: the rule may end in "d"
        ([r"(?i)\s*–\s*red$"], None),  # "D" ends it too
        ([r"\s*–\s*red\s*$", r"\s*\(dpa\)\s*$"], ")d"),
        ([r"(?m)\s*\(dpa\)$"], None),
    ],
)
def test_the_characters_that_end_a_suffix_rule(patterns: list[str], last: str | None) -> None:
    rules = [Rule(kind="suffix", reason="credit", pattern=pattern) for pattern in patterns]
    assert clean._last_characters(rules) == last
