"""Build data/registries/given_names_de.toml: given names of one clear sex, counted in Berlin's open data of
the given names of newborn children (CC BY 3.0 DE), and the table of the names left out and why.

usage: python scripts/given_names_de.py BERLIN NEWS [NEWS …] [--out TOML] [--dropped CSV]

BERLIN is the folder ``data/cleaned`` of github.com/berlinonline/haeufige-vornamen-berlin at commit
e8760a76ae719468e7a3804d3e679763085c734d (the lists of 2012 to 2023, one CSV a district and year:
``vorname,anzahl,geschlecht[,position]``; e.g. ``git archive e8760a7 data/cleaned | tar -x``); the SHA-256 of
its CSV files (their paths and bytes, in path order) is checked, so the output is rebuilt from exactly those
lists. NEWS are JSON-lines files of news texts (``{"text": …}``) read to find names that are also words:
``$FRAMING_REALNEWS/gnad1000.jsonl`` and ``demo600.jsonl``, the speed corpora
(``benchmarks/realnews_corpus.py``).

A name's counts are summed over years, districts and positions. Kept: a name of three letters or more,
capitalised, of letters only (a hyphenated name is read by its parts), given to at least MIN_COUNT children,
at least SHARE of them of one sex: of those given it as their first given name where at least MIN_COUNT were
(2017 on), else of all. Left out (the first reason
is written to the table): a name speech_de.toml's hand list already has (its gender wins), one the reviewed
table given_names_de_exclusions.csv names (either gender in news, brands, clubs, …), a place
(data/places_de.txt), a function word (data/stopwords_de.txt), a name particle (speech_de.toml), a word
speech_de.toml reads as a role, organisation, medium or non-speaker, a registered actor or organisation,
a word the news texts write in lower case (not at a sentence's start: "Ernst", "Will") and a noun the news
texts write after an article ("im Mai", "die Rose").
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's framing first

from framing.datafiles import load_toml  # noqa: E402
from framing.resources import registry_paths  # noqa: E402
from framing.sources import _hits, registry  # noqa: E402
from framing.speakers import speech_words  # noqa: E402

BERLIN_COMMIT = "e8760a76ae719468e7a3804d3e679763085c734d"
BERLIN_SHA256 = "8e5a70c284bdc0ab03aa29d66dda457303d5000f34bf1e248d6b9372ed3f0746"
OUT = ROOT / "data" / "registries" / "given_names_de.toml"
DROPPED = ROOT / "data" / "registries" / "given_names_de_dropped.csv"
EXCLUSIONS = ROOT / "data" / "registries" / "given_names_de_exclusions.csv"
VERSION = "1.0"
MIN_COUNT = 10
SHARE = 0.95
MIN_LENGTH = 3
# a name after one of these is a noun ("im Mai", "die Rose", "eines Engels")
ARTICLES = frozenset(
    {
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"),
        *("im", "am", "vom", "zum", "zur", "beim", "ins", "ans"),
    }
)
# the endings of Slavic patronymics and surnames, which the lists record as further given names
# ("Aleksandrovič", "Andreevič", "Ivanov", "Aliev"), on names of five letters or more ("Lev" stays)
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "ovič", "evič", "ovna", "evna", "ović", "ovich", "evich")
SURNAME_ENDING_LENGTH = 5
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:;„“\"«»()]\s*$")


Counts = dict[str, collections.Counter[str]]


def berlin_counts(folder: Path) -> tuple[Counts, Counts, str]:
    """Children per name and sex ("m", "w"): all uses, and those as the first given name (the lists of
    2017 on give a name's position); and the SHA-256 of the lists read."""
    digest = hashlib.sha256()
    counts: Counts = collections.defaultdict(collections.Counter)
    first: Counts = collections.defaultdict(collections.Counter)
    for path in sorted(folder.glob("*/*.csv")):
        data = path.read_bytes()
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + data)
        for row in csv.DictReader(data.decode("utf-8-sig").splitlines()):
            name, sex = (row.get("vorname") or "").strip(), (row.get("geschlecht") or "").strip()
            if name and sex in ("m", "w"):
                counts[name][sex] += int(row["anzahl"])
                if row.get("position") == "1":
                    first[name][sex] += int(row["anzahl"])
    return counts, first, digest.hexdigest()


@dataclass
class Usage:
    """How the news texts write each word (not at a sentence's start): in lower case, capitalised, and of
    the capitalised uses those after an article, before another capitalised word and after a given name."""

    lower: collections.Counter[str] = field(default_factory=collections.Counter)
    capital: collections.Counter[str] = field(default_factory=collections.Counter)
    after_article: collections.Counter[str] = field(default_factory=collections.Counter)
    before_capital: collections.Counter[str] = field(default_factory=collections.Counter)
    after_given: collections.Counter[str] = field(default_factory=collections.Counter)


def news_usage(paths: list[Path], given: set[str]) -> Usage:
    usage = Usage()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            tokens = [(match.group(), match.start(), match.end()) for match in TOKEN.finditer(text)]
            for index, (word, start, end) in enumerate(tokens):
                if not index:
                    continue
                previous, gap = tokens[index - 1][0], text[tokens[index - 1][2] : start]
                if SENTENCE_END.search(gap):
                    continue
                if word[:1].islower():
                    usage.lower[word] += 1
                    continue
                usage.capital[word] += 1
                if previous in ARTICLES:
                    usage.after_article[word] += 1
                if previous in given and gap == " ":
                    usage.after_given[word] += 1
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following and following[0][:1].isupper() and text[end : following[1]] == " ":
                    usage.before_capital[word] += 1
    return usage


def hand_lists() -> dict[str, str]:
    """speech_de.toml's hand lists of given names (not this script's output, which speech_words reads too)."""
    given: dict[str, str] = {}
    for path in registry_paths("speech_de.toml"):
        persons = load_toml(Path(path)).get("persons", {})
        given.update(dict.fromkeys(persons.get("male", []), "m"))
        given.update(dict.fromkeys(persons.get("female", []), "f"))
    return given


def word_kind(name: str) -> str:
    """How speech_de.toml reads a capitalised word other than as a given name: "non", "media", "role",
    "organisation" or "" (``speakers.noun_kind`` without its first look-up, the given names)."""
    words, lower = speech_words(), name.lower()
    for kind, listed in (
        ("non", words.non_speakers),
        ("media", words.media),
        ("role", words.roles),
        ("organisation", words.organisations),
    ):
        if lower in listed:
            return kind
    return ""


def read_lines(path: Path) -> set[str]:
    return {
        line.strip().lower()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def read_exclusions(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {row["name"]: row["reason"] for row in csv.DictReader(handle)}


def reason_to_drop(
    name: str,
    usage: Usage,
    exclusions: dict[str, str],
    places: set[str],
    stopwords: set[str],
) -> str:
    """Why ``name`` is left out, or ""."""
    words = speech_words()
    low = name.lower()
    if name in exclusions:
        return exclusions[name]
    if len(name) >= SURNAME_ENDING_LENGTH and low.endswith(SURNAME_ENDINGS):
        return "a patronymic or surname by its ending"
    if low in places:
        return "a place (data/places_de.txt)"
    if low in stopwords:
        return "a function word (data/stopwords_de.txt)"
    if low in words.name_particles or low in words.surname_particles:
        return "a name particle (speech_de.toml)"
    kind = word_kind(name)
    if kind:
        return f"speech_de.toml reads it as {kind}"
    if _hits(registry(), name):
        return "a registered actor or organisation (data/registries)"
    if usage.lower[low] >= 2:
        return f"a word: {usage.lower[low]} times in lower case in the news texts"
    capital, after_given = usage.capital[name], usage.after_given[name]
    if usage.after_article[name] and usage.after_article[name] * 3 >= capital:
        return f"a noun: {usage.after_article[name]} of {capital} capitalised uses after an article"
    before = usage.before_capital[name]
    if after_given >= 2 and after_given > before:
        return f"a surname: {after_given} times after a given name, {before} before a name"
    if capital >= 3 and before * 2 < capital:
        return f"a word, place or surname: {capital - before} of {capital} uses before no name"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("berlin", type=Path)
    parser.add_argument("news", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dropped", type=Path, default=DROPPED)
    args = parser.parse_args()
    counts, first, digest = berlin_counts(args.berlin)
    if digest != BERLIN_SHA256:
        sys.exit(f"{args.berlin}: SHA-256 {digest}, not that of the lists at {BERLIN_COMMIT}")
    hand = hand_lists()
    candidates = {name for name, sexes in counts.items() if sum(sexes.values()) >= MIN_COUNT}
    usage = news_usage(args.news, set(hand) | candidates)
    exclusions = read_exclusions(EXCLUSIONS)
    places = read_lines(ROOT / "data" / "places_de.txt")
    stopwords = read_lines(ROOT / "data" / "stopwords_de.txt")
    kept: dict[str, list[str]] = {"m": [], "f": []}
    dropped: list[tuple[str, str, int, int, str]] = []
    for name in sorted(counts):
        total = sum(counts[name].values())
        if len(name) < MIN_LENGTH or not name.isalpha() or not name[:1].isupper() or not name[1:].islower():
            continue
        if total < MIN_COUNT:
            continue
        # the sex of the children given it first where enough were: a second given name is often a
        # parent's ("Mohammed" after a girl's name) or a saint's ("Maria" after a boy's)
        sexes = first[name] if sum(first[name].values()) >= MIN_COUNT else counts[name]
        sex, count = sexes.most_common(1)[0]
        gender = "f" if sex == "w" else "m"
        share = round(100 * count / sum(sexes.values()))
        if count < SHARE * sum(sexes.values()):
            dropped.append((name, gender, total, share, f"either sex ({sexes['m']} m, {sexes['w']} w)"))
            continue
        if name in hand:
            if hand[name] != gender:
                dropped.append((name, gender, total, share, "speech_de.toml's hand list gives the other sex"))
            continue
        reason = reason_to_drop(name, usage, exclusions, places, stopwords)
        if reason:
            dropped.append((name, gender, total, share, reason))
        else:
            kept[gender].append(name)
    print(f"kept {len(kept['m'])} male, {len(kept['f'])} female; dropped {len(dropped)}; lists {digest}")
    write_toml(args.out, kept, digest, args.news)
    with args.dropped.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "sex", "children", "share", "reason"])
        writer.writerows(dropped)


def write_toml(path: Path, kept: dict[str, list[str]], digest: str, news: list[Path]) -> None:
    def names(values: list[str]) -> str:
        lines, line = [], " "
        for value in values:
            item = f' "{value}",'
            if len(line) + len(item) > 110:
                lines.append(line)
                line = " "
            line += item
        lines.append(line)
        return "\n".join(lines)

    sums = ", ".join(f"{p.name} SHA-256 {hashlib.sha256(p.read_bytes()).hexdigest()}" for p in news)
    path.write_text(
        "# Given names of one clear sex from Berlin's lists of the given names of newborn children,\n"
        "# 2012-2023; generated by scripts/given_names_de.py (do not edit by hand: edit\n"
        "# given_names_de_exclusions.csv, run the script). Read with speech_de.toml's hand lists of given\n"
        "# names, whose entries win; the names left out and why are in given_names_de_dropped.csv.\n\n"
        "[meta]\n"
        'name = "given_names_de"\n'
        f'version = "{VERSION}"\n'
        'source = "Liste der häufigen Vornamen 2012-2023, Berliner Landesamt für Bürger- und '
        "Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG, "
        f"https://github.com/berlinonline/haeufige-vornamen-berlin at {BERLIN_COMMIT} (data/cleaned, "
        f"SHA-256 {digest}); kept: names of {MIN_LENGTH} letters or more given to at least {MIN_COUNT} "
        f"children, at least {round(100 * SHARE)} % of them of one sex, not in speech_de.toml's hand lists, "
        "not places, function words, name particles, role, organisation or media words, registered names, "
        f'nor words the news texts write in lower case or after an article ({sums})"\n'
        'licence = "CC-BY-3.0-DE (see LICENSE-given-names.txt)"\n'
        'description = "Given names by gender: a full name with one is a person the pronouns after it '
        'can mean"\n\n'
        "[persons]\n"
        f"male = [\n{names(kept['m'])}\n]\n"
        f"female = [\n{names(kept['f'])}\n]\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
