"""Hostile user data files (``FRAMING_USER_DIR``): regular expressions that backtrack without end
and lexicons too large to load are refused with one line naming the file and rule (exit code 2);
harmless user rules work as before, after the bundled ones."""

import pytest

from framing import lexicons, patterns, resources
from framing.clean import clean, generic_rules
from framing.cli import main
from framing.lexicons import load_lexicon

META = '[meta]\nname = "eigene"\nversion = "1"\nsource = "Redaktion"\nlicence = "CC0-1.0"\n'
ADVICE = "rewrite it so that no text can be matched in many ways, e.g. '(a+)+' as 'a+'"
BODY = "Die Regierung hat am Montag beschlossen, die Steuern zu senken.\nDer Minister sagte, das sei gut.\n"


@pytest.fixture
def user(tmp_path, monkeypatch):
    """An empty ``FRAMING_USER_DIR``, with every cache of user data cleared before and after."""
    folder = tmp_path / "user"
    folder.mkdir()
    monkeypatch.setenv("FRAMING_USER_DIR", str(folder))
    resources.reset()
    yield folder
    monkeypatch.delenv("FRAMING_USER_DIR")
    resources.reset()


def _rules(*rules: tuple[str, str]) -> str:
    return META + "".join(f'[[rule]]\nkind = "line"\nreason = "{r}"\npattern = \'{p}\'\n' for r, p in rules)


def _analyze(tmp_path, capsys, text: str) -> tuple[int, str, str]:
    path = tmp_path / "artikel.txt"
    path.write_text(text, encoding="utf-8")
    code = main(["analyze", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_user_rule_with_nested_repetitions_is_refused_when_read(tmp_path, capsys, user):
    (user / "boilerplate.toml").write_text(_rules(("Werbung", "Anzeige.*"), ("Muster", "(a+)+$")))
    code, out, err = _analyze(tmp_path, capsys, "a" * 40 + "!\n" + BODY)
    assert (code, out) == (2, "")
    assert err == (
        f"framing: error: {user / 'boilerplate.toml'}: rule boilerplate #2: pattern '(a+)+$' nests "
        f"repetitions that can take exponential time; {ADVICE}\n"
    )


@pytest.mark.parametrize("pattern", ["(a*)*", r"(\w+\s?)+$", "(?:x{1,3})+y", r"((\d+)-?)+"])
def test_other_nested_repetitions_are_refused_too(tmp_path, user, pattern):
    (user / "boilerplate.toml").write_text(_rules(("Muster", pattern)))
    with pytest.raises(Exception, match=r"rule boilerplate #1: pattern .* nests repetitions") as raised:
        generic_rules()
    assert type(raised.value).__name__ == "DataFileError"


def test_a_user_rule_that_backtracks_stops_at_its_time_budget(tmp_path, capsys, user, monkeypatch):
    """``(a|aa)+$`` passes the static check; on 60 a's it would run for hours."""
    monkeypatch.setattr(patterns, "USER_PATTERN_SECONDS", 0.2)
    (user / "boilerplate.toml").write_text(_rules(("Werbung", "Anzeige.*"), ("Muster", "(a|aa)+$")))
    code, out, err = _analyze(tmp_path, capsys, "a" * 60 + "!\n" + BODY)
    assert (code, out) == (2, "")
    assert err == (
        f"framing: error: {user / 'boilerplate.toml'}: rule boilerplate #2: pattern '(a|aa)+$' ran "
        f"longer than 0.2 s on a text of 61 characters; {ADVICE}\n"
    )


def test_a_user_outlet_signature_that_backtracks_names_the_outlet(tmp_path, capsys, user, monkeypatch):
    monkeypatch.setattr(patterns, "USER_PATTERN_SECONDS", 0.2)
    (user / "outlets.toml").write_text(
        META + '[[outlet]]\nid = "lokal"\nname = "Lokalblatt"\ntype = "newspaper"\n'
        "signatures = [{ pattern = '(x|xx)+y' }]\n"
    )
    code, out, err = _analyze(tmp_path, capsys, BODY + "x" * 60 + "\n")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"framing: error: {user / 'outlets.toml'}: outlet 'lokal' signature #1: pattern '(x|xx)+y' ran "
        "longer than 0.2 s on a text of "
    )
    assert err.endswith(f" characters; {ADVICE}\n") and err.count("\n") == 1


def test_harmless_user_rules_remove_lines_after_the_bundled_rules(user):
    (user / "boilerplate.toml").write_text(
        _rules(("Hausmitteilung", "Liebe Leser.*Gewinnspiel"), ("doppelt", "(?i)startseite\\s*[/>›»|].*"))
    )
    cleaned = clean("Startseite > Politik\nLiebe Leser, hier geht es zum Gewinnspiel\n" + BODY)
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        ("Startseite > Politik", "breadcrumb or section navigation"),  # the bundled rule comes first
        ("Liebe Leser, hier geht es zum Gewinnspiel", "Hausmitteilung"),
    ]
    assert cleaned.text.startswith("Die Regierung hat am Montag beschlossen")


def _lexicon_rows(count: int) -> str:
    return "term,label\n" + "".join(f"wort{index},alarm\n" for index in range(count))


def test_a_user_lexicon_over_the_limit_is_refused_before_it_is_parsed(tmp_path, capsys, user):
    (user / "lexicons").mkdir()
    path = user / "lexicons" / "emotive_de.csv"
    path.write_text(_lexicon_rows(lexicons.USER_LEXICON_MAX_ENTRIES + 1))
    code, out, err = _analyze(tmp_path, capsys, BODY)
    assert (code, out) == (2, "")
    assert err == (
        f"framing: error: {path}: 100,001 entries, more than the 100,000 a user lexicon may hold "
        "(each 100,000 entries add about 3 s to every start); keep the terms that matter\n"
    )


def test_a_user_lexicon_at_the_limit_is_used(user, monkeypatch):
    monkeypatch.setattr(lexicons, "USER_LEXICON_MAX_ENTRIES", 40)
    (user / "lexicons").mkdir()
    path = user / "lexicons" / "emotive_de.csv"
    path.write_text("# eigene Wörter\n" + _lexicon_rows(39) + "Steuerhammer,alarm\n")
    assert load_lexicon("emotive_de").by_term()["steuerhammer"].label == "alarm"
    path.write_text(_lexicon_rows(41))
    resources.reset()
    with pytest.raises(Exception, match="41 entries, more than the 40 a user lexicon may hold"):
        load_lexicon("emotive_de")


def test_a_pattern_nested_too_deeply_or_counting_too_far_is_one_clear_error(tmp_path, capsys, user):
    deep = "(" * 1000 + "a" + ")" * 1000
    (user / "boilerplate.toml").write_text(_rules(("tief", deep)))
    code, out, err = _analyze(tmp_path, capsys, BODY)
    assert (code, out) == (2, "")
    assert err == (
        f"framing: error: {user / 'boilerplate.toml'}: rule boilerplate #1: bad regular expression "
        f"{'(' * 120!r}… (2,001 characters): groups nested too deeply\n"
    )
    (user / "boilerplate.toml").write_text(_rules(("weit", "a{4294967295}")))
    resources.reset()
    code, out, err = _analyze(tmp_path, capsys, BODY)
    assert (code, err.count("\n")) == (2, 1)
    rule = "rule boilerplate #1: bad regular expression 'a{4294967295}': "
    assert err.startswith(f"framing: error: {user / 'boilerplate.toml'}: {rule}")
