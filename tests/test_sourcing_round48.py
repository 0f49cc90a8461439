"""Who speaks, forty-eighth speaker round (docs/accuracy.md, "speaker round 48"): what a pronoun or a role
mention refers to. (1) A role noun that refers back to another role mention of the person ("der
Sparkassenpräsident" before "Der DSGV-Präsident") names the person behind it where a mention of that
person carries the role; not a person whose own role is another ("Oppositionsführer Jeremy Corbyn" is no
"Premierminister"). (2) A registered person has the gender of the given name the registry names them with:
"Sie betonte" is no "Trump"; not for a mention by an office the registry gives the person. (3) A name the
text uses alone, its full name not in it (a lead cut off: "Tobisch starb …", "Bondi geriet in die
Kritik"), is a mention a pronoun and a role noun of a gender refer to; not a word after an article ("der
Amenza"), next to another capitalised word, as a compound's head ("MPC-Hollandfonds") or an acronym, and
not for a plural role noun ("die Studienautoren"). Real German sentences in (dev6's Tobisch, dev8's Azad,
dev9's Schleweis, dev11's Bondi, dev6's Johnson and the public 10kGNAD articles of benchmarks' gnad1000,
shortened), the speakers out; each fails without its rule, the guards without their exclusion."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_cross_set import speakers

SCHLEWEIS = (
    "Die Geldpolitik der EZB griff DSGV-Präsident Helmut Schleweis erneut an. Es überwiege mittlerweile "
    "der Schaden einer expansiven Geldpolitik, sagte er. Mitte September hatte der Sparkassenpräsident das "
    "Vorgehen der EZB bereits scharf kritisiert. Der DSGV-Präsident zweifelt zudem an der Wirkung der "
    "EZB-Politik auf Firmen: „Umgekehrt können wir inzwischen aber nicht mehr erkennen, dass niedrigste "
    "Zinsen Unternehmen zu mehr Investitionen motivieren.“"
)

JOHNSON = (
    "Oppositionsführer Jeremy Corbyn von der Labour-Partei erteilte Johnson aber sofort eine Absage. Weil "
    "der Premierminister über keine eigene Mehrheit im Parlament verfügt, ist er auf die Unterstützung aus "
    "Kreisen der Opposition angewiesen.\n\nDie Abgeordneten stimmten anschliessend einem Abänderungsantrag "
    "zu. Zunächst war aber am Samstagnachmittag noch unklar, ob Johnson dem Gesetz Folge leisten würde. Der "
    "Premierminister machte in einer Erklärung jedenfalls deutlich, dass er sich nicht an den Verhandlungen "
    "über die Fristverlängerung beteiligen wird."
)

TRUMP = (
    "US-Präsident Donald Trump hat die Anklage scharf kritisiert. Das sei eine Hexenjagd, sagte Trump. "
    "Die Vorwürfe seien erfunden.\n\nSie betonte stets, dass die Spende nichts mit ihrer Entscheidung zu "
    "tun gehabt habe."
)

BONDI = (
    "Bondi dagegen sei ruhiger und erfahrener. Bondi dürfte viel bessere Chancen haben, durch die "
    "Kongresskammer zu kommen.\n\n2013 verzichtete Bondi als Generalstaatsanwältin von Florida auf "
    "Ermittlungen zu Betrugsvorwürfen gegen die damalige Trump University. Bondi geriet in die Kritik, als "
    "bekanntwurde, dass eine Trump-Stiftung zuvor 25.000 Dollar für ihren Wahlkampf gespendet hatte.\n\n"
    "Sie betonte stets, dass die Spende nichts mit ihrer Entscheidung zu den Ermittlungen zu tun gehabt "
    "habe."
)

TOBISCH = (
    "Tobisch starb Samstagfrüh nach langer Krankheit im Badener Künstlerheim. Tobisch wurde am 28. März "
    "1926 in Wien geboren. Noch bevor sie diese Ausbildung abgeschlossen hatte, schaffte Tobisch schon den "
    "Sprung auf die Bretter des Burgtheaters.\n\nIhre Starrolle spielte Tobisch allerdings in der "
    "Staatsoper. 16 turbulente Jahre lang prägte die Schauspielerin als Organisatorin den Opernball. „Man "
    "muss es ernsthaft machen, es muss klappen“, sagte sie in einem Interview zu ihrem 90. Geburtstag."
)

AZAD = (
    "Azad vs. Animus\n\nDiese Zeilen brachten Azad dazu, sich zu dem Diss seines einstigen Signings zu "
    "äußern. Für gewöhnlich hält sich Azad bei Erwähnungen seines Namens zurück. Diesmal sah Azad sich "
    "jedoch dazu genötigt, ein Statement abzugeben. Neben Animus erwähnte er dabei auch Bushido, der genau "
    "das sei, was Animus ihm vorgeworfen habe."
)


def test_role_noun_through_a_role_mention_to_the_name() -> None:
    assert (
        "direct",
        "Umgekehrt können wir",
        "DSGV-Präsident",
        "DSGV-Präsident Helmut Schleweis",
    ) in speakers(SCHLEWEIS)


def test_role_noun_not_carried_to_a_person_of_another_role() -> None:
    assert all("Corbyn" not in (q[3] or "") for q in speakers(JOHNSON))


def test_registered_person_has_the_gender_of_the_given_name() -> None:
    assert ("indirect", "Sie betonte stets,", "Sie", "Trump") not in speakers(TRUMP)


def test_registered_office_gives_no_gender() -> None:
    doc = doc_from_text("Der Bundeskanzler sagte, die Lage sei ernst.", annotate=False)
    context = sourcing._Context(doc)
    office = next((m for m in context.mentions if m.attrs.get("form") == "role"), None)
    assert office is None or context.actor_gender(office) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BONDI, ("indirect", "Sie betonte stets,", "Sie", "Bondi"), id="dev11: 'Sie' is Bondi"),
        pytest.param(AZAD, ("indirect", "Neben Animus erwähnte", "er", "Azad"), id="dev8: 'er' is Azad"),
        pytest.param(
            TOBISCH,
            ("direct", "Man muss es", "sie", "Tobisch"),
            id="dev6: 'sie' → 'die Schauspielerin' → Tobisch",
        ),
    ],
)
def test_name_used_alone_is_a_mention(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Im Film spielt sie Amenza, eine Kriegerin. Was hat Sie an der Rolle der Amenza fasziniert? "
            "Amenza erfüllt zwei Rollen. Der Humor im Film und Amenza ist ein großer Teil davon.",
            id="'der Amenza': a role, no person's name",
        ),
        pytest.param(
            "Viele Anleger kauften geschlossene Fonds, typischerweise Schiffs- oder Hollandfonds. Ein "
            "Pensionist hatte 2003 einen MPC-Hollandfonds gekauft. Hollandfonds gelten als riskant. "
            "Hollandfonds sind schwer zu verkaufen.",
            id="a compound's head is a noun",
        ),
        pytest.param(
            "NPR sendet landesweit. NPR lehnte ab. Zuletzt kritisierte NPR die Regierung.",
            id="an acronym names an organisation",
        ),
        pytest.param(
            "Das Lager von der Kleinstadt Kakuma liegt im Norden. Kakuma wächst. Kakuma ist voll. "
            "Dass Kakuma bleibt, ist sicher.",
            id="'Kleinstadt Kakuma': next to a noun",
        ),
    ],
)
def test_no_name_used_alone(text: str) -> None:
    doc = doc_from_text(text, annotate=False)
    context = sourcing._Context(doc)
    assert not any(context.bare_name(token) for token in doc.tokens)


def test_plural_role_noun_not_to_a_name_used_alone() -> None:
    text = (
        "Princeton – Weißbüschelaffen lernen ihre Laute auf ähnliche Weise wie Menschen. Während erwachsene "
        "Weißbüschelaffen mit einem hohen Pfeifton rufen, stoßen Jungtiere Quietschlaute aus. Die "
        "Vokalisierung der jungen Weißbüschelaffen hängt vom elterlichen Feedback ab. Für die "
        "Wissenschafter hat diese Erkenntnis weitreichende Folgen: Sie zeigt, dass Weißbüschelaffen ein "
        "überzeugendes Modell zur Untersuchung der sprachlichen Entwicklung des Menschen sein könnten, so "
        "die Studienautoren."
    )
    assert all(q[3] != "Weißbüschelaffen" for q in speakers(text))
