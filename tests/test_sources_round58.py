"""Source types of round 58 (issue 11, branch src58): an age or origin that types a person a private citizen
yields to the role the article gives the person right beside a mention — a definite role noun opening the
next sentence ("Das sieht auch Daniel Cremers, 34, so. Der Inhaber von Amper-Rad …"), the subject of the
inquit after the quotation that opens it ("„…“, sagte die Schauspielerin und Sängerin"), or the predicate of
a copula after the age ("Roman Böck, 53, ist seit 32 Jahren freiwilliger Feuerwehrmann"); also for a speaker
that is the bare age noun ("sagte der 25-Jährige … . Der Innenverteidiger von Dynamo Kiew …"). German texts
in, a type out."""

from framing.sources import classify_in_text

SHOP = (
    "Bernhard Watzke, 48, von der Bike Box in Emmering stimmt zu. Das sieht auch Daniel Cremers, 34, so. "
    "Der Inhaber von Amper-Rad in Fürstenfeldbruck sagt, es habe viel zu lange kaum eine Alternative zum "
    'Radfahren gegeben. "Deshalb wird jetzt gekauft", sagt Cremers.'
)
DEFENDER = (
    "Das Interesse von Borussia Dortmund an Aleksandar Dragovic stößt offenbar auf Gegeninteresse. Reizvoll "
    "wäre es auf jeden Fall, sagte der 25-Jährige im Interview mit goal.com. Der Innenverteidiger von Dynamo "
    "Kiew gilt in Dortmund als möglicher Nachfolger."
)
FIREFIGHTER = (
    "Systemrelevant können jedoch nicht nur Berufe, sondern auch Ehrenämter sein. Roman Böck, 53, ist seit "
    "32 Jahren freiwilliger Feuerwehrmann in Maisach. "
    '"Wir rücken aus, sobald die Sirene geht", sagt Böck.'
)
SINGER = (
    "Yvonne Catterfeld (42) freut sich auf Weihnachten in ihrer thüringischen Heimat - hat aber noch gar "
    'keine Geschenke. "Ich fahre in den Thüringer Wald", sagte die Schauspielerin und Sängerin dem Radio. '
    '"Ich liebe das", sagte Catterfeld.'
)
# a headline run into the lead: the full name before the mention is the person's own
HEADLINE = (
    "Yvonne Catterfeld freut sich auf Weihnachten in Thüringen Yvonne Catterfeld (42) freut sich auf "
    'Weihnachten in ihrer thüringischen Heimat. "Dann fährt man einfach nach Ilmenau in den Thüringer Wald", '
    'sagte die Schauspielerin und Sängerin Hit Radio FFH. "Ich liebe das", sagte Catterfeld.'
)
# the quotation after the mention's sentence is another's: the mention does not open its sentence
SUSPECT = (
    "Der mutmaßliche Kopf der Bande, der 30-jährige Ravsan B., sitzt schon länger in Untersuchungshaft. "
    "Ermittler werfen ihm vor, Kontakt gehalten zu haben, die B. zu Anschlägen ermutigten. "
    '"Macht da den Dschihad", empfahl der IS-Kommandeur.'
)
# a plural role noun opening the next sentence names others ("Die Forscher"), a person noun no role
RESEARCHERS = 'Das sieht auch Daniel Cremers, 34, so. Die Forscher sehen das anders. "Es geht", sagt Cremers.'
WOMAN = (
    'Frederike Hansen (30) will heiraten. Die Frau sagt, das sei ihr Recht. "Ich will feiern", sagt Hansen.'
)


# speaker phrase, text → (type, cue): the role beside a mention outranks the age, and the age stays where
# the role beside it is another's
EXPECTED = {
    ("Cremers", SHOP): ("business", "Inhaber"),
    ("25-Jährige", DEFENDER): ("other", "Innenverteidiger"),
    ("Böck", FIREFIGHTER): ("authority", "Feuerwehrmann"),
    ("Catterfeld", SINGER): ("other", "Schauspielerin"),
    ("Catterfeld", HEADLINE): ("other", "Schauspielerin"),
    ("Ravsan B.", SUSPECT): ("citizen", "30-jährige"),
    ("Cremers", RESEARCHERS): ("citizen", "Jährige"),
    ("Hansen", WOMAN): ("citizen", "Jährige"),
}


def test_an_age_yields_to_the_role_beside_a_mention() -> None:
    found = {key: classify_in_text(*key) for key in EXPECTED}
    assert {key: (s.type, s.cue) if s else None for key, s in found.items()} == EXPECTED
