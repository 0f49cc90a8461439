"""Outlet resolution order, user registries, cleaning rules and their data-file errors."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.clean import clean
from framing.errors import DataFileError
from framing.outlets import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_resolution_order_metadata_then_url_then_text(registry):
    text = "Text mit Signatur.\nIhre Epoch Times - Redaktion"
    assert registry.resolve(text, name="taz", url="https://www.spiegel.de/x").name == "taz"
    by_url = registry.resolve(text, url="https://www.spiegel.de/politik/a-1.html")
    assert (by_url.name, by_url.method) == ("Der Spiegel", "url")
    by_text = registry.resolve(text)
    assert (by_text.name, by_text.method, by_text.evidence) == (
        "Epoch Times",
        "text signature",
        "'Ihre Epoch Times'",
    )
    assert registry.resolve("Ein Text ohne jede Signatur.").name is None


def test_subdomains_and_aliases(registry):
    assert registry.by_url("https://de.rt.com/international/1").id == "rt-de"
    assert registry.by_url("www.fr.de/politik").id == "fr"
    assert registry.by_name("Frankfurter Rundschau (FR)").id == "fr"
    assert registry.by_name("Agence France-Presse").id == "afp"


@pytest.mark.parametrize(
    ("given", "outlet_id", "kind"),
    [
        ("compact-online.de", "compact", "alternative/partisan"),
        ("https://journalistenwatch.com/2024/05/01/x/", "journalistenwatch", "alternative/partisan"),
        ("de.rt.com", "rt-de", "state media"),
        ("www.br.de", "br", "public broadcaster"),
        ("Kronen Zeitung", "krone", "tabloid"),
        ("Sächsische Zeitung", "saechsische", "regional newspaper"),
        ("derStandard.at", "derstandard", "newspaper"),
    ],
)
def test_outlets_of_media_literacy_teaching_are_named_with_type_and_owner(registry, given, outlet_id, kind):
    """A domain given as the outlet's name resolves like a URL; every entry says who owns it and
    where to check."""
    outlet = registry.by_name(given)
    assert (outlet.id, outlet.type) == (outlet_id, kind)
    assert outlet.owner and outlet.source


def test_every_bundled_outlet_has_an_owner_a_source_and_a_unique_domain(registry):
    outlets = list(registry)
    assert len(outlets) >= 90
    assert all(o.owner and o.source and o.country for o in outlets)
    domains = [d for o in outlets for d in o.domains]
    assert len(domains) == len(set(domains))
    assert registry.by_name("keine-zeitung.example") is None
    assert registry.resolve("Ein Text.", name="Lokalblatt.de").name == "Lokalblatt.de"


def test_unregistered_outlet_name_is_kept_with_a_warning():
    from framing.ingest import RawDocument
    from framing.pipeline import prepare

    article = prepare(
        RawDocument(source="x", text="Ein kurzer Text über Politik.", outlet="Lokalblatt Musterstadt")
    )
    assert article.outlet == "Lokalblatt Musterstadt"
    assert any("not in the outlet registry" in warning for warning in article.warnings)


def test_user_registry_adds_and_overrides(tmp_path):
    extra = tmp_path / "outlets.toml"
    extra.write_text(
        '[meta]\nname = "meine"\nversion = "1"\nsource = "me"\nlicence = "CC0-1.0"\n'
        '[[outlet]]\nid = "lokal"\nname = "Lokalblatt"\ntype = "newspaper"\ndomains = ["lokalblatt.de"]\n'
        "signatures = [{ pattern = 'Ihr Lokalblatt', weight = 3 }]\n",
        encoding="utf-8",
    )
    registry = load_registry((extra,))
    assert registry.resolve("Viele Grüße, Ihr Lokalblatt").name == "Lokalblatt"
    assert registry.by_url("https://lokalblatt.de/a").id == "lokal"
    assert len(registry) == len(load_registry()) + 1


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('[[outlet]]\nid = "x"\nname = "X"\ntype = "blog"\n', "type must be one of"),
        (
            '[[outlet]]\nid = "x"\nname = "X"\ntype = "wire"\nsignatures = [{ pattern = "(" }]\n',
            "bad regular expression",
        ),
        ('[[outlet]]\nname = "X"\ntype = "wire"\n', "missing id"),
    ],
)
def test_bad_registry_entries_are_named(tmp_path, entry, message):
    path = tmp_path / "bad.toml"
    path.write_text('[meta]\nname = "b"\nversion = "1"\nsource = "me"\nlicence = "CC0-1.0"\n' + entry)
    with pytest.raises(DataFileError, match=message):
        load_registry((path,))


def test_registry_without_provenance_is_refused(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[outlet]]\nid = "x"\nname = "X"\ntype = "wire"\n')
    with pytest.raises(DataFileError, match="needs a \\[meta\\] table with name, version, source, licence"):
        load_registry((path,))


def test_generic_rules_on_typical_lines():
    raw = "\n".join(
        [
            "Startseite > Politik > Ausland",
            "Berlin streitet über Waffen",
            "Von Anna Muster und Ben Beispiel",
            "Aktualisiert am 12.03.2024, 14:05 Uhr",
            "Die Regierung hat am Dienstag neue Hilfen beschlossen, teilte ein Sprecher mit.",
            "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Akzeptieren Sie alle Cookies?",
            "Lesen Sie auch:",
            "- Was die Hilfen kosten",
            "Die Opposition kritisierte den Beschluss scharf. (dpa)",
        ]
    )
    result = clean(raw)
    assert result.title == "Berlin streitet über Waffen"
    assert result.text == (
        "Die Regierung hat am Dienstag neue Hilfen beschlossen, teilte ein Sprecher mit.\n\n"
        "Die Opposition kritisierte den Beschluss scharf."
    )
    assert [item.reason for item in result.removed] == [
        "breadcrumb or section navigation",
        "byline",
        "date line",
        "cookie or consent notice",
        "related-links list",
        "related-links list",
        "wire credit",
    ]
    assert result.date == "2024-03-12"
    assert result.credits == ["dpa"]


def test_comment_heading_early_in_the_text_does_not_cut_the_article():
    body = "Der Kanzler sprach lange über die Lage in der Ukraine und die Hilfe für das Land."
    result = clean("Kommentare\n" + "\n".join([body] * 3) + "\nKommentare\nLeser A: So ein Unsinn.")
    assert result.text.count("Der Kanzler") == 1  # repeated lines are removed as duplicates
    assert [item.reason for item in result.removed] == [
        "page controls",
        "duplicate line",
        "duplicate line",
        "comment section",
        "comment section",
    ]


def test_required_literals_are_text_every_match_contains():
    from framing.literals import required_any

    assert required_any(r"(?i)\bnews\.de ist jetzt auch bei") == ("news.de ist jetzt auch bei",)
    assert required_any(r"(?m)^\s*\w[\w /-]{1,40}\s*\(AFP\)\s*[-–—]") == ("(afp)",)
    assert required_any(r"news?") == ("new",)  # an optional last letter is not required
    assert required_any(r"(?i)münchner merkur|\bmerkur\.de\b") == ("münchner merkur", "merkur.de")
    assert required_any(r"\bBILDplus\b|(?i:\bbild\.de\b)") == ("bildplus", "bild.de")
    assert required_any(r"[ab]cde|fgh") == ("cde", "fgh")
    assert required_any(r"(?m)^\s*Epoch (TV|Vital)\s*$") == ("epoch ",)  # the longer text wins
    assert required_any(r"(?i)(?=.{0,400}$)(?=.*\b(newsletter|postfach)).*") == ("newsletter", "postfach")
    assert required_any(r"(\d+\s+)?(kommentare|kommentieren)") == ("kommentare", "kommentieren")
    assert required_any(r"(?!abc)x?|y") == ()  # an alternative that needs nothing: always runs
    assert required_any(r"(?x) news \. de") == ()  # verbose: its spaces are not text
    assert required_any(r"(?m)\((Reuters|rtr)\)\s*\Z|^\s*\(Reuters\)") == ("reuters", "rtr", "(reuters)")


def _bundled_patterns() -> list[str]:
    from framing.clean import generic_rules

    outlets = load_registry().outlets.values()
    return (
        [rule.pattern for rule in generic_rules()]
        + [rule.pattern for outlet in outlets for rule in outlet.boilerplate]
        + [signature.pattern.pattern for outlet in outlets for signature in outlet.signatures]
    )


_PIECES = ["Folgen Sie uns auf WhatsApp", "Newsletter", "Foto: dpa", "©", "(AFP)", "(dpa/nh)", "afp/",
           "Cookies", "wir verwenden", "Epoch TV", "news.de", "BILD.de", "Kommentare", "Startseite", " / ",
           "1. ", "Mai", "2024", "Liebe Leser", "Der Kanzler sagte", ",", ".", " ", "\n", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_a_bundled_rule_matches_only_where_one_of_its_literals_occurs(text):
    """The prefilter never hides a match: wherever a bundled pattern matches, a literal occurs."""
    import re

    from framing.clean import scoped
    from framing.literals import required_any

    for pattern in _bundled_patterns():
        literals = required_any(pattern)
        compiled = re.compile(scoped(pattern), re.MULTILINE)
        if literals and compiled.search(text):
            assert any(literal in text.lower() for literal in literals), (pattern, text)


def test_resolution_finds_a_signature_with_alternatives():
    found = load_registry().resolve("Ein Text.\nMehr dazu auf BILD.de und im Newsletter.")
    assert (found.name, found.method, found.evidence) == ("Bild", "text signature", "'BILD.de'")


def test_text_signatures_are_tried_only_where_their_literals_occur(tmp_path):
    """Outlets without signatures are passed over; a signature is searched only in texts holding one
    of its literals, and its evidence is the text it matched."""
    extra = tmp_path / "outlets.toml"
    extra.write_text(
        '[meta]\nname = "meine"\nversion = "1"\nsource = "me"\nlicence = "CC0-1.0"\n'
        '[[outlet]]\nid = "ohne"\nname = "Ohne Signatur"\ntype = "newspaper"\n'
        '[[outlet]]\nid = "kurier"\nname = "Musterkurier"\ntype = "newspaper"\n'
        "signatures = [{ pattern = '(?i)Ihr (Muster|Stadt)kurier', weight = 2 }]\n",
        encoding="utf-8",
    )
    registry = load_registry((extra,))
    found = registry.resolve("Die Stadt plant neue Radwege.\nIHR STADTKURIER")
    assert (found.name, found.method, found.evidence) == (
        "Musterkurier",
        "text signature",
        "'IHR STADTKURIER'",
    )
    assert registry.resolve("Die Stadt plant neue Radwege.\nIhr Kurier").name is None


_SPACING = [" ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\r\n", "\u200b", "\u00ad", "e\u0301", "é", "a",
            "\u2028", "\x0b"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_SPACING), max_size=14).map("".join))
def test_normalize_is_nfc_with_one_plain_space_per_run(text):
    """Same result as the plain definition: NFC, Unix line ends, no invisibles, runs of spaces → one."""
    import re
    import unicodedata

    from framing.clean import normalize

    plain = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    plain = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", plain)
    assert normalize(text) == re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", plain)


def _patterns(depth: int = 2):
    """Regular expressions from literals, classes, escapes, quantifiers, groups and lookarounds."""
    atoms = st.sampled_from(["ab", "cd", "x", "é", "de", r"\.", r"\(", "-", "[ab]", r"\w", r"\s", ".", "Ab"])
    quantifiers = st.sampled_from(["", "", "?", "*", "+", "{0,2}", "{1,2}"])
    items = st.tuples(atoms, quantifiers).map("".join)
    if depth:
        opening = st.sampled_from(["(", "(?:", "(?=", "(?!", "(?i:", "(?<!"])
        inner = _patterns(depth - 1)
        groups = st.tuples(opening, inner, st.just(")"), quantifiers).map("".join)
        items = st.one_of(items, groups)
    sequences = st.lists(items, min_size=1, max_size=3).map("".join)
    return st.lists(sequences, min_size=1, max_size=3).map("|".join)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.text(alphabet="abcdxeé.(-AB ", max_size=20), st.booleans())
def test_required_literals_of_any_pattern_occur_in_every_match(pattern, text, ignore_case):
    """Whatever the pattern, a text it matches contains one of the literals found for it."""
    import re

    from framing.literals import required_any

    pattern = f"(?i){pattern}" if ignore_case else pattern
    try:
        compiled = re.compile(pattern)
    except re.error:
        return  # e.g. a look-behind of variable width
    literals = required_any(pattern)
    match = compiled.search(text)
    if literals and match:
        assert any(literal in text.lower() for literal in literals), (pattern, text, literals)


def test_a_broken_lexicon_file_is_named_with_its_line(tmp_path):
    from framing.lexicons import load_lexicon

    meta = '[meta]\nname = "x"\nversion = "1"\nsource = "test"\nlicence = "CC0-1.0"\n'
    (tmp_path / "latin.meta.toml").write_text(meta, encoding="utf-8")
    (tmp_path / "latin.csv").write_bytes("term,label\nStraße,negative\n".encode("latin-1"))
    with pytest.raises(DataFileError, match=r"latin\.csv: not UTF-8 text"):
        load_lexicon("latin", tmp_path)
    (tmp_path / "short.meta.toml").write_text(meta, encoding="utf-8")
    (tmp_path / "short.csv").write_text("term,label,score\nKrieg,negative,-1\nFrieden\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"short\.csv, line 3: wrong number of fields"):
        load_lexicon("short", tmp_path)
    (tmp_path / "fine.meta.toml").write_text(meta, encoding="utf-8")
    (tmp_path / "fine.csv").write_text('# a comment\nterm,label\n"Alarm, Alarm",emotive\n', encoding="utf-8")
    assert [e.term for e in load_lexicon("fine", tmp_path).entries] == ["Alarm, Alarm"]
