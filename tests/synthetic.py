"""Generated German corpora with planted differences between outlets, for comparison tests."""

from __future__ import annotations

import random

from framing.model import Doc
from framing.pipeline import doc_from_text

NEUTRAL = [
    "Die Außenminister trafen sich am Dienstag in Peking zu Gesprächen.",
    "Beide Seiten betonten die Bedeutung der wirtschaftlichen Beziehungen.",
    "Der Handel zwischen den Ländern ist in den vergangenen Jahren gewachsen.",
    "Experten erwarten weitere Treffen auf Regierungsebene im Herbst.",
    "Die Delegation reiste anschließend nach Moskau weiter.",
    "Am Rande des Treffens wurden mehrere Abkommen unterzeichnet.",
    "Die Regierung in Washington beobachtet die Annäherung aufmerksam.",
    "Nach Angaben der Behörden stiegen die Energieexporte deutlich an.",
    "Ein Sprecher kündigte eine gemeinsame Erklärung für die kommende Woche an.",
    "Das Treffen dauerte nach Berichten von Beobachtern mehr als drei Stunden.",
]
TEMPLATES = [  # each names Russia or Ukraine: word choice counts only where its topic is present
    "Seit Beginn des {war} Russlands hat sich die Lage in der Region verändert.",
    "Der {war} gegen die Ukraine dauert inzwischen mehr als zwei Jahre.",
    "Die Kritik an Russlands {war} wurde in Europa lauter.",
]


def article(rng: random.Random, war_word: str, sentences: int = 12) -> str:
    body = rng.sample(NEUTRAL, k=min(sentences - 2, len(NEUTRAL)))
    body += [rng.choice(TEMPLATES).format(war=war_word) for _ in range(2)]
    rng.shuffle(body)
    return " ".join(body)


def planted_corpus(per_outlet: int = 20, seed: int = 7) -> list[Doc]:
    """Outlet "Alpha" always says "Angriffskrieg", "Beta" always "Offensive"; the rest is shared."""
    rng = random.Random(seed)
    docs = []
    for outlet, war_word in (("Alpha", "Angriffskrieg"), ("Beta", "Offensive")):
        for _ in range(per_outlet):
            doc = doc_from_text(article(rng, war_word), outlet=outlet)
            docs.append(doc)
    return docs


def null_corpus(per_outlet: int = 20, seed: int = 11) -> list[Doc]:
    """Two outlets drawing from exactly the same distribution: no real difference between them."""
    rng = random.Random(seed)
    docs = []
    for index in range(2 * per_outlet):
        war_word = rng.choice(["Angriffskrieg", "Offensive"])
        docs.append(doc_from_text(article(rng, war_word), outlet="Alpha" if index % 2 else "Beta"))
    return docs


# A generated event: eight facts about a flood, each told in four wordings; four outlets carry
# planted subsets in planted orders, and outlet "Gamma" copies a paragraph of "Alpha" verbatim.
FLOOD_FACTS = [
    (
        "Der Pegel der Donau erreichte am Montag in Passau 8,5 Meter.",
        "In Passau stieg die Donau am Montag auf einen Pegel von 8,5 Metern.",
        "Am Montag meldete Passau einen Pegel der Donau von 8,5 Metern.",
        "Die Donau stand am Montag in Passau bei 8,5 Metern.",
    ),
    (
        "Rund 2000 Anwohner mussten ihre Häuser in der Altstadt verlassen.",
        "Etwa 2000 Anwohner der Altstadt wurden aus ihren Häusern evakuiert.",
        "Die Behörden brachten rund 2000 Anwohner aus der Altstadt in Sicherheit.",
        "In der Altstadt verließen rund 2000 Anwohner ihre Häuser.",
    ),
    (
        "Oberbürgermeister Jürgen Dupper sprach von einer dramatischen Lage für die Stadt.",
        "Die Lage sei dramatisch, sagte Oberbürgermeister Jürgen Dupper.",
        "„Die Lage ist dramatisch“, erklärte Oberbürgermeister Jürgen Dupper am Abend.",
        "Oberbürgermeister Jürgen Dupper nannte die Lage dramatisch.",
    ),
    (
        "Die Bundeswehr schickte 300 Soldaten zur Unterstützung der Helfer.",
        "Zur Unterstützung der Helfer sind 300 Soldaten der Bundeswehr im Einsatz.",
        "300 Soldaten der Bundeswehr unterstützen die Helfer beim Befüllen von Sandsäcken.",
        "Die Bundeswehr ist mit 300 Soldaten im Einsatz, um die Helfer zu unterstützen.",
    ),
    (
        "Versicherer schätzen den Schaden auf mehr als 100 Millionen Euro.",
        "Die Versicherer rechnen mit einem Schaden von über 100 Millionen Euro.",
        "Der Schaden könnte nach ersten Schätzungen der Versicherer 100 Millionen Euro übersteigen.",
        "Den Schaden beziffern die Versicherer auf mehr als 100 Millionen Euro.",
    ),
    (
        "Der Bahnverkehr zwischen Passau und Regensburg ist unterbrochen.",
        "Zwischen Passau und Regensburg ist der Bahnverkehr derzeit unterbrochen.",
        "Die Bahn unterbrach den Verkehr zwischen Passau und Regensburg.",
        "Der Bahnverkehr zwischen Regensburg und Passau ruht.",
    ),
    (
        "Klimaforscher sehen einen Zusammenhang zwischen der Erderwärmung und solchen Hochwassern.",
        "Nach Ansicht von Klimaforschern begünstigt die Erderwärmung solche Hochwasser.",
        "Klimaforscher führen die Häufung solcher Hochwasser auf die Erderwärmung zurück.",
        "Die Erderwärmung macht solche Hochwasser nach Ansicht von Klimaforschern häufiger.",
    ),
    (
        "Alle Schulen der Stadt bleiben bis Mittwoch geschlossen.",
        "Bis Mittwoch bleiben die Schulen der Stadt geschlossen.",
        "Die Stadt schloss sämtliche Schulen bis einschließlich Mittwoch.",
        "Die Schulen der Stadt bleiben bis Mittwoch zu.",
    ),
]
# outlet → (date, the facts it carries in its order); facts 6 and 7 are exclusive
FLOOD_PLAN = {
    "Alpha": ("2024-06-03", [0, 1, 2, 3, 5]),
    "Beta": ("2024-06-04", [4, 0, 1, 2, 5]),
    "Gamma": ("2024-06-05", [1, 0, 3, 4, 5, 6]),
    "Delta": ("2024-06-05", [2, 0, 3, 4, 5, 7]),
}
COPIED_PARAGRAPH = (
    "Rund 2000 Anwohner mussten ihre Häuser in der Altstadt verlassen. Viele von ihnen kamen in "
    "Turnhallen und bei Verwandten unter, wo Helfer des Roten Kreuzes Decken und warme Mahlzeiten verteilten."
)


def flood_event() -> list[Doc]:
    """The planted event: two facts per paragraph; Gamma's first paragraph is Alpha's, copied."""
    docs = []
    for number, (outlet, (day, facts)) in enumerate(FLOOD_PLAN.items()):
        sentences = [FLOOD_FACTS[fact][(fact + number) % 4] for fact in facts]  # no two outlets alike
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        if outlet == "Alpha":
            paragraphs[0] = f"{COPIED_PARAGRAPH} {FLOOD_FACTS[0][0]}"
            sentences[1] = FLOOD_FACTS[1][0]
        if outlet == "Gamma":
            paragraphs[0] = f"{COPIED_PARAGRAPH} {sentences[1]}"
        doc = doc_from_text("\n\n".join(paragraphs), outlet=outlet)
        doc.article.date = day
        doc.article.title = sentences[0].rstrip(".")
        docs.append(doc)
    return docs


UNRELATED = [
    "Der FC Bayern gewann am Samstag sein Heimspiel gegen Mainz mit drei zu null. Harry Kane traf zweimal "
    "nach der Pause. Trainer Vincent Kompany lobte die Abwehr seiner Mannschaft.",
    "Ein neues Smartphone-Modell kommt im Herbst in den Handel. Der Akku soll zwei Tage halten. Der "
    "Hersteller verspricht zudem eine bessere Kamera für Aufnahmen bei Nacht.",
    "Das Stadttheater zeigt ab Freitag eine Neuinszenierung von Goethes Faust. Die Regisseurin setzt auf "
    "ein minimalistisches Bühnenbild. Karten gibt es an der Abendkasse.",
    "Die Inflationsrate sank im Mai auf 2,4 Prozent. Vor allem Energie wurde günstiger. Ökonomen erwarten, "
    "dass die Zentralbank die Zinsen im Sommer senkt.",
]


def unrelated_articles() -> list[Doc]:
    return [doc_from_text(text, outlet=f"Outlet {i}") for i, text in enumerate(UNRELATED)]


# A generated news weekend: stories told by several outlets in varied words, singletons, and
# generic words every article shares (Deutschland, Corona, Berlin, Regierung, Polizei).
# story → (days it runs, number of articles, names, places, story words)
WEEKEND_STORIES = {
    "demo": (
        (0, 1),
        15,
        ["Michael Ballweg", "Querdenken"],
        ["Alexanderplatz", "Tiergarten"],
        [
            "Demonstration",
            "Kundgebung",
            "Demonstranten",
            "Wasserwerfer",
            "Festnahmen",
            "Maskenpflicht",
            "Gegendemonstranten",
            "Absperrungen",
            "Teilnehmer",
            "Versammlungsbehörde",
        ],
    ),
    "gipfel": (
        (0,),
        12,
        ["Hendrik Wüst", "Karl Lauterbach", "Olaf Scholz"],
        ["Kanzleramt"],
        [
            "Ministerpräsidenten",
            "Beschluss",
            "Lockerungen",
            "Impfpflicht",
            "Inzidenz",
            "Omikron",
            "Kontaktbeschränkungen",
            "Booster",
            "Genesenenstatus",
            "Länderchefs",
        ],
    ),
    "bundesliga": (
        (0,),
        6,
        ["Erling Haaland", "Borussia Dortmund", "Marco Rose"],
        ["Dortmund", "Leverkusen"],
        ["Halbzeit", "Tabelle", "Spieltag", "Stürmer", "Elfmeter", "Abwehr", "Ausgleich", "Torwart"],
    ),
    "ukraine": (
        (0, 2),
        10,
        ["Annalena Baerbock", "Sergej Lawrow", "Wolodymyr Selenskyj"],
        ["Kiew", "Moskau", "Donbass"],
        [
            "Truppenaufmarsch",
            "Grenze",
            "Diplomatie",
            "Sanktionen",
            "Außenministerin",
            "Manöver",
            "Waffenlieferungen",
            "Eskalation",
            "Nato",
        ],
    ),
    "sturm": (
        (1,),
        8,
        ["Nadia", "Deutscher Wetterdienst"],
        ["Hamburg", "Sylt", "Nordsee"],
        [
            "Sturmflut",
            "Orkanböen",
            "Bahnverkehr",
            "Feuerwehr",
            "Schäden",
            "Bäume",
            "Unwetterwarnung",
            "Fischmarkt",
        ],
    ),
    "streik": (
        (1,),
        5,
        ["Verdi", "Frank Werneke", "Lufthansa"],
        ["Frankfurt", "München"],
        [
            "Warnstreik",
            "Tarifverhandlungen",
            "Lohnerhöhung",
            "Passagiere",
            "Flugausfälle",
            "Bodenpersonal",
            "Arbeitgeber",
        ],
    ),
    "kusel": (
        (1, 2),
        9,
        ["Kusel", "Andreas S."],
        ["Rheinland-Pfalz", "Ulmet"],
        [
            "Polizisten",
            "Schüsse",
            "Verkehrskontrolle",
            "Tatverdächtige",
            "Wilderei",
            "Kreisstraße",
            "Trauerfeier",
            "Polizeianwärterin",
        ],
    ),
    "steinmeier": (
        (2,),
        7,
        ["Frank-Walter Steinmeier", "Max Otte", "Gerhard Trabert"],
        ["Bundesversammlung"],
        ["Wiederwahl", "Wahlgang", "Kandidat", "Stimmen", "Amtszeit", "Wahlleute", "Bundespräsident"],
    ),
    "tennis": (
        (2,),
        4,
        ["Rafael Nadal", "Daniil Medwedew"],
        ["Melbourne"],
        ["Finale", "Grand-Slam-Titel", "Satz", "Comeback", "Matchball", "Rekord"],
    ),
}
WEEKEND_SINGLETONS = [
    ("Zoo", ["Eisbärbaby", "Tierpfleger", "Gehege"], "Leipzig"),
    ("Bahn", ["Fahrplan", "Schienenersatzverkehr", "Baustelle"], "Köln"),
    ("Kunst", ["Gemälde", "Versteigerung", "Auktionshaus"], "Düsseldorf"),
    ("Mond", ["Raumsonde", "Landung", "Krater"], "Darmstadt"),
    ("Wein", ["Weinlese", "Winzer", "Jahrgang"], "Mosel"),
    ("Handball", ["Europameisterschaft", "Halbfinale", "Nationalmannschaft"], "Bratislava"),
    ("Brand", ["Lagerhalle", "Rauchsäule", "Löscharbeiten"], "Bremen"),
    ("Mieten", ["Mietspiegel", "Wohnungsmarkt", "Nebenkosten"], "Stuttgart"),
]
GENERIC = [
    "Die Bundesregierung in Berlin wollte sich zunächst nicht äußern.",
    "Die Corona-Lage in Deutschland bleibt nach Angaben des Robert-Koch-Instituts angespannt.",
    "Die Polizei war in Berlin mit zahlreichen Kräften im Einsatz.",
    "In Deutschland wird darüber seit Tagen heftig diskutiert.",
    "Die Regierung steht wegen ihrer Corona-Politik unter Druck.",
    "Kritik kam auch aus der Opposition im Bundestag.",
    "Die Polizei in Deutschland meldete am Wochenende zahlreiche Einsätze.",
    "Die Regierung in Berlin kündigte für die kommende Woche weitere Gespräche an.",
    "Wegen Corona gelten in Deutschland weiterhin strenge Regeln.",
    "Auch in Berlin beobachtet man die Entwicklung mit Sorge.",
]
FRAMES = [
    "{name} äußerte sich am Wochenende zu {w1} und {w2}.",
    "Nach Angaben von {name} ging es vor allem um {w1}.",
    "In {place} standen {w1}, {w2} und {w3} im Mittelpunkt.",
    "Beobachter sprachen mit Blick auf {place} von {w1} und {w2}.",
    "{w1} und {w2} prägten den Tag in {place}.",
    "Über {w1} berichtete zuerst {name}.",
    "Die Frage nach {w1} und {w2} blieb offen, sagte {name}.",
    "Am Abend ging es in {place} erneut um {w1}.",
]
WEEKEND_DAYS = ["2022-01-28", "2022-01-29", "2022-01-30"]


def _weekend_article(rng: random.Random, names, places, words, day: str, outlet: str) -> Doc:
    """Story sentences from a random part of the story's names and words, plus generic filler."""
    own_words = rng.sample(words, k=max(3, round(len(words) * rng.uniform(0.5, 0.8))))
    own_names = rng.sample(names, k=rng.randint(1, len(names)))
    sentences = []
    for frame in rng.sample(FRAMES, k=rng.randint(4, 6)):
        w1, w2, w3 = rng.sample(own_words, k=3)
        sentences.append(
            frame.format(name=rng.choice(own_names), place=rng.choice(places), w1=w1, w2=w2, w3=w3)
        )
    sentences += rng.sample(GENERIC, k=rng.randint(3, 5))
    rng.shuffle(sentences)
    doc = doc_from_text(" ".join(sentences), outlet=outlet)
    doc.article.date = day
    doc.article.title = f"{own_words[0]} in {rng.choice(places)}"
    return doc


def news_weekend(seed: int = 3) -> tuple[list[Doc], list[str]]:
    """Articles of the generated weekend in a shuffled order and each one's story ("" for singletons)."""
    rng = random.Random(seed)
    items: list[tuple[Doc, str]] = []
    for story, (days, count, names, places, words) in WEEKEND_STORIES.items():
        for number in range(count):
            day = WEEKEND_DAYS[days[number % len(days)]]
            outlet = f"Outlet {number % 13:02d}"
            items.append((_weekend_article(rng, names, places, words, day, outlet), story))
    for number, (topic, words, place) in enumerate(WEEKEND_SINGLETONS):
        doc = _weekend_article(rng, [topic], [place], words, WEEKEND_DAYS[number % 3], f"Outlet {number:02d}")
        items.append((doc, ""))
    rng.shuffle(items)
    return [doc for doc, _ in items], [story for _, story in items]
