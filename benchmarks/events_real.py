"""Event grouping on real German news: teasers from the front pages of many outlets.

usage:
  python -m benchmarks.events_real build GIT_DIR [--split dev|dev2|...|dev8|test|test2]  # the local texts
  python -m benchmarks.events_real evaluate [dev|dev2|...|dev8|test|test2|both|choosing] [--set OPTION=VALUE]
("choosing" = dev to dev8, the splits for choosing, "both" = dev and dev2; test and test2
are run alone, to report)
(run from the repository root, so that this tree's ``framing`` is the one imported)

Source: the public repository defgsus/frontpage-archive (github.com/defgsus/frontpage-archive),
snapshots of German news front pages taken by its scraper; fetch it (``git clone``) and pass its git
directory. Its texts belong to the outlets and are NOT redistributed: ``build`` writes them to
events_{dev,dev2,...,dev8,test,test2}.jsonl in benchmarks.LOCAL_DATA on this machine only. What is
committed is ``benchmarks/data/events_real_labels.json`` (and, for test2 alone,
``benchmarks/data/events_real_labels_test2.json``): hand-labelled stories as article ids (the first
12 hex digits of the SHA-1 of the article's URL), nothing of the text.

Splits (never mixed): dev = the front pages of the first day of twelve months (2023-03 to
2024-02, one snapshot each; stories are labelled on 2023-12-01 and 2024-01-01, and only labelled
days are grouped), used to choose the defaults of ``framing/compare/events.py``; dev2 = one
snapshot each of 2024-11-01 and 2025-03-01 (2,347 teasers, six stories, among them five that share
names such as Trump, Selenskyj, Scholz, Lindner), a second set for choosing; dev3 = one snapshot each
of 2022-03-01 and 2022-10-01 (1,987 teasers, eleven stories, chosen for neighbours: the talks at the
Belarusian border, the convoy before Kyiv, sport shutting Russia out, Schalke leaving Gazprom and
the rouble's fall after the sanctions; Putin's annexations, the Nord Stream leaks and the German gas
price brake), a third set for choosing, where whole neighbouring stories join; dev4 = one snapshot
each of 2022-08-01 and 2024-06-01 (2,114 teasers, twelve stories, the first summer days: the women's
Euro final, the nuclear runtime debate, Baerbock in Turkey, Pelosi and Taiwan, Kosovo's border;
Trump's conviction, the knife attack in Mannheim, the floods in the south, the permission to strike
targets in Russia, Biden's Gaza plan, the Champions League final, South Africa's election), a fourth
set for choosing, with stories told from many angles on one day; dev5 = one snapshot each of
2022-12-01 and 2025-02-01 (2,202 teasers, ten stories), a fifth set for choosing with the test
weekend's kind of load: one big domestic story told by every outlet (the Union's migration motion
and bill with the AfD's votes, 129 teasers) beside the protests against the CDU it set off, and
foreign and pandemic stories sharing generic words (China's protests against its zero-Covid policy,
Jiang Zemin's death, the crash in Washington, Trump's tariffs, the hostage releases in Gaza, the
Holodomor resolution, the gas deal with Qatar, Gysi defending a climate activist); dev6 = one snapshot
each of 2022-11-01 and 2024-10-01 (2,136 teasers, nine stories), a sixth set for choosing, picked after a
first grouping with the defaults showed whole neighbouring stories joining (the test weekend's failure,
which dev5 did not show): Israel's ground offensive in Lebanon, Nasrallah's death and Israel's strikes on
the Houthis in Yemen; the New York Times endorsing Harris and Trump calling her mentally impaired;
Russia suspending the grain deal (beside the end of its partial mobilisation); Austria's and Brazil's
elections and the attack on Pelosi's husband besides; dev7 = one snapshot each of 2022-07-01 and
2025-01-01 (2,187 teasers, twelve stories), a seventh set for choosing, its days chosen before any
grouping (no split and no trial grouping had used them) for neighbouring stories of one kind sharing
names: the Nato summit in Madrid and the G7's at Elmau, two rulings of the US Supreme Court, the end of
free Corona tests and the evaluation of the Corona measures; Musk's campaign for the AfD and Scholz's
New Year address, the crashes of Jeju Air and of Azerbaijan Airlines, the arrest warrant against
South Korea's president, Jimmy Carter's death; dev8 = one snapshot each of 2022-09-01 and 2024-03-01
(2,114 teasers, 21 stories), an eighth set for choosing, built like dev7 (days chosen and stories
labelled before any grouping) with neighbours of one country or one kind: Gorbachev's death, the visa
suspension for Russians, the offensive at Kherson, the Nord Stream 1 stop; the Meseberg retreat, the gas
levy, the end of the 9-euro ticket and of the fuel discount; Navalny's death, Putin's address and
Transnistria's call to Moscow; the GDL's talks and the local transport strike; test = the weekend of
28-30 January 2022 (every snapshot of those days, 13 outlets), used only to report; test2 = one
snapshot each of 2024-07-01 and 2024-08-01 (2,068 teasers of 13 outlets, eighteen stories), a
second held-out set built on 2026-12-05 and never grouped before the one run that reports it, its
labels in a file of their own so that no one choosing on the dev splits reads them. The archive
holds a continuous stream of snapshots only for that weekend (from February 2022 on it keeps one
snapshot a month), so no dev split can copy the test weekend's structure (the same story re-teased
across a day's snapshots); dev2 is the nearest: two busy news days grouped at once.
An article is a teaser: the text of the largest page element around its link
that links to no other article (headline, kicker, teaser sentence), dated by the snapshot in
which it first appears; teasers under MIN_WORDS words are left out (a bare headline carries too
little to group).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from benchmarks import LOCAL_DATA

LABELS = Path(__file__).resolve().parent / "data" / "events_real_labels.json"
# the second held-out set's labels, in a file of their own so that whoever chooses on the dev splits
# never reads them (nor events_test2.jsonl)
LABELS_TEST2 = Path(__file__).resolve().parent / "data" / "events_real_labels_test2.json"
MIN_WORDS = 12
NOISE = re.compile(r"\b(Vor \d+ (Min|Minuten|Stunden?)|\d+ Kommentare?|Zur Merkliste hinzufügen)\b")
PAGES = re.compile(r"^(index|politik)\.html$")
# snapshot commits of the repository, read from its history up to this commit (the newest when
# the labels were made; later commits add only later snapshots)
REPOSITORY_COMMIT = "d4e037105da6bf10175e370e11dda4d4f8dd97d5"
TEST_SINCE, TEST_UNTIL = "2022-01-28", "2022-01-30"
DEV_MONTHS = [f"{y}-{m:02d}-01" for y, m in [(2023, m) for m in range(3, 13)] + [(2024, 1), (2024, 2)]]
# the archive holds a continuous stream only for the test weekend (from February 2022 on, one
# snapshot a month): dev2 is two further single days, chosen for stories that share names
# (Trump, Selenskyj, Scholz, Merz, Lindner) as the test weekend's do, and grouped at once
DEV2_DAYS = ["2024-11-01", "2025-03-01"]
# dev3: two busy days of 2022 grouped at once, chosen for neighbouring stories (many stories on the
# war in Ukraine a few days in; the annexations, Nord Stream, the gas price brake, Iran's protests)
DEV3_DAYS = ["2022-03-01", "2022-10-01"]
# dev4: two summer days (no dev split had one) of other years, grouped at once: the women's Euro
# final, the gas levy and heat; Trump's conviction, the knife attack in Mannheim, the floods in
# the south-west
DEV4_DAYS = ["2022-08-01", "2024-06-01"]
# dev5: two days with the test weekend's kind of load, grouped at once: one big domestic story
# told by every outlet (the Bundestag's vote on Merz's migration bill with the AfD's votes and the
# protests against it) beside foreign and pandemic stories sharing generic words (China's protests
# against its zero-Covid policy, the crash in Washington, Trump's tariffs)
DEV5_DAYS = ["2022-12-01", "2025-02-01"]
# dev6: two days where the defaults joined whole neighbouring stories of one country or one kind (the
# test weekend's failure): Israel's ground offensive in Lebanon, Nasrallah's death and its strikes in
# Yemen; two stories of the US campaign; the grain deal and the mobilisation in Russia's war
DEV6_DAYS = ["2022-11-01", "2024-10-01"]
# test2: a second held-out set, built 2026-12-05 and never grouped before the lead's one run: the two
# snapshots of 2024-07-01 and 2024-08-01 (the archive has no continuous stream but the test
# weekend's, so two consecutive monthly snapshots, each the front pages of the night after a busy
# day: France's first round, the Euro's round of 16; Hanija killed in Tehran, the Olympics)
TEST2_DAYS = ["2024-07-01", "2024-08-01"]
# dev7: a fresh set, its days chosen (2026-12-05) before any grouping was run on them, among the days no
# split and no earlier trial grouping had used: two busy days with neighbouring stories of one kind
# sharing names: the Nato summit in Madrid right after the G7's at Elmau (Scholz, Biden, Erdoğan),
# Johnson's Pincher affair, the US Supreme Court's rulings; the crashes of Jeju Air and of Azerbaijan
# Airlines, Musk's op-ed for the AfD, Scholz's New Year address, the Magdeburg attack's aftermath
DEV7_DAYS = ["2022-07-01", "2025-01-01"]
# dev8: a fresh set, its days chosen (2026-12-06) before any grouping was run on them, among the days no
# split and no earlier trial grouping had used: two busy nights with neighbouring stories sharing names:
# Gorbachev's death beside the IAEA's mission to Zaporizhzhia and Ukraine's offensive at Kherson, the end
# of the 9-euro ticket; Navalny's funeral beside Putin's address to the nation, the deaths at the Gaza
# aid convoy, the search for the former RAF members
DEV8_DAYS = ["2022-09-01", "2024-03-01"]
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "test", "test2")
# the splits for choosing; test and test2 are run alone, to report
CHOOSING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def snapshots(git_dir: str) -> dict[str, list[tuple[str, str]]]:
    """Split → [(commit, day)] of the scraper's "update @ <day> <time> UTC" commits."""
    found: dict[str, list[tuple[str, str]]] = {split: [] for split in SPLITS}
    seen: set[str] = set()
    for line in reversed(git(git_dir, "log", "--format=%H %s", REPOSITORY_COMMIT).splitlines()):
        commit, _, subject = line.partition(" ")
        match = re.match(r"update @ (\d{4}-\d{2}-\d{2}) ", subject)
        if not match:
            continue
        day = match.group(1)
        if TEST_SINCE <= day <= TEST_UNTIL:
            found["test"].append((commit, day))
        elif day in TEST2_DAYS and day not in seen:
            seen.add(day)
            found["test2"].append((commit, day))
        elif day not in seen and (split := _dev_split(day)):
            seen.add(day)
            found[split].append((commit, day))
    return found


def _dev_split(day: str) -> str | None:
    """The dev split a snapshot day belongs to, if any."""
    if day in DEV_MONTHS:
        return "dev"
    named = {
        "dev2": DEV2_DAYS,
        "dev3": DEV3_DAYS,
        "dev4": DEV4_DAYS,
        "dev5": DEV5_DAYS,
        "dev6": DEV6_DAYS,
        "dev7": DEV7_DAYS,
        "dev8": DEV8_DAYS,
    }
    return next((split for split, days in named.items() if day in days), None)


def article_id(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:12]


def is_article(url: str, outlet: str) -> bool:
    parts = urlsplit(url)
    if not parts.netloc.endswith(outlet) or parts.netloc.startswith(("m.", "plus.")):
        return False
    if parts.path.startswith("/news/") and outlet == "zeit.de":  # dpa ticker: bare headlines
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return last.count("-") >= 3 and len(last) >= 25


def teasers(html: str, outlet: str) -> dict[str, str]:
    """URL → teaser text: the largest element around the link that links to no other article."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//svg|//noscript"):
        bad.drop_tree()
    base = f"https://www.{outlet}/"
    found: dict[str, str] = {}
    for anchor in root.iter("a"):
        url = urljoin(base, anchor.get("href") or "").split("#")[0].split("?")[0]
        if not is_article(url, outlet) or url in found:
            continue
        element = anchor
        for _ in range(6):
            parent = element.getparent()
            if parent is None:
                break
            links = {urljoin(base, a.get("href") or "").split("#")[0].split("?")[0] for a in parent.iter("a")}
            if any(link != url and is_article(link, outlet) for link in links):
                break
            element = parent
        text = " ".join(" ".join(element.itertext()).split())
        text = NOISE.sub("", text)
        found[url] = " ".join(text.split())[:1500]
    return found


def build(git_dir: str, only: str | None = None) -> None:
    """Write the splits (or ``only`` one) as JSON lines (id, url, outlet, date, text), each URL once."""
    LOCAL_DATA.mkdir(parents=True, exist_ok=True)
    for split, commits in snapshots(git_dir).items():
        if only and split != only:
            continue
        articles: dict[str, dict] = {}
        texts: set[tuple[str, str]] = set()
        for commit, day in commits:
            for path in git(git_dir, "ls-tree", "-r", "--name-only", commit, "docs/snapshots").splitlines():
                outlet, page = path.split("/")[2:4]
                if not PAGES.match(page) or outlet in ("zeitfuerdieschule.de", "spiegeldaily.de"):
                    continue
                html = git(git_dir, "show", f"{commit}:{path}")
                for url, text in teasers(html, outlet).items():
                    key = (outlet, text)
                    if url in articles or key in texts or len(text.split()) < MIN_WORDS:
                        continue
                    texts.add(key)
                    articles[url] = {
                        "id": article_id(url),
                        "url": url,
                        "outlet": outlet,
                        "date": day,
                        "text": text,
                    }
        out = LOCAL_DATA / f"events_{split}.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            for record in articles.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        outlets = Counter(r["outlet"] for r in articles.values())
        print(f"{split}: {len(articles)} articles from {len(outlets)} outlets → {out}", file=sys.stderr)


def load(split: str) -> list[dict]:
    path = LOCAL_DATA / f"events_{split}.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} missing: run 'python -m benchmarks.events_real build GIT_DIR' first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def labelled_stories(split: str) -> dict[str, list[str]]:
    """Story → article ids of one split, test2's from its own file ("_meta" says what they are)."""
    labels_file = LABELS_TEST2 if split == "test2" else LABELS
    return json.loads(labels_file.read_text(encoding="utf-8"))[split]


def scores(labels: list[int], ids: list[str], stories: dict[str, list[str]]) -> dict[str, dict]:
    """Per labelled story: recall = share of its articles in the story's largest cluster; purity =
    that cluster's share of the story's articles (how little else is in it)."""
    cluster_of = dict(zip(ids, labels, strict=True))
    sizes = Counter(labels)
    result = {}
    for story, members in stories.items():
        present = [m for m in members if m in cluster_of]
        if not present:
            continue
        best, together = Counter(cluster_of[m] for m in present).most_common(1)[0]
        result[story] = {
            "articles": len(present),
            "recall": together / len(present),
            "purity": together / sizes[best],
            "cluster_size": sizes[best],
        }
    return result


def evaluate(split: str, options_changes: dict) -> dict:
    """Group one split with the defaults (or changed options) and score each labelled story."""
    import time
    from dataclasses import replace

    from framing.compare.events import EventOptions, article_digest, group_events
    from framing.pipeline import doc_from_text

    stories = labelled_stories(split)
    labelled = {story_id for members in stories.values() for story_id in members}
    records = load(split)
    days = {r["date"] for r in records if r["id"] in labelled}
    records = [r for r in records if r["date"] in days]  # only the snapshot days with a label
    docs = []
    for record in records:
        doc = doc_from_text(record["text"], outlet=record["outlet"])
        doc.article.date = record["date"]
        docs.append(doc)
    options = replace(EventOptions(), **options_changes)
    start = time.perf_counter()
    labels = group_events(docs, options)
    elapsed = time.perf_counter() - start
    per_story = scores(labels, [r["id"] for r in records], stories)
    sizes = sorted(Counter(labels).values(), reverse=True)
    summary = {
        "split": split,
        "articles": len(docs),
        "stories": len(per_story),
        "mean_recall": sum(s["recall"] for s in per_story.values()) / max(1, len(per_story)),
        "mean_purity": sum(s["purity"] for s in per_story.values()) / max(1, len(per_story)),
        "largest_clusters": sizes[:5],
        "digests_apart": sum(article_digest(doc) is not None for doc in docs) if options.digests_apart else 0,
        "seconds": round(elapsed, 2),
    }
    return {"summary": summary, "stories": per_story}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rebuild = commands.add_parser("build")
    rebuild.add_argument("git_dir")
    rebuild.add_argument("--split", choices=SPLITS, help="rebuild this split only")
    run = commands.add_parser("evaluate")
    run.add_argument("split", nargs="?", default="test", choices=(*SPLITS, "both", "choosing"))
    run.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.git_dir, args.split)
        return 0
    from framing.compare.events import EventOptions

    changes = {}
    for item in args.set:
        name, _, value = item.partition("=")
        kind = type(getattr(EventOptions(), name))
        changes[name] = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
    groups = {"both": ("dev", "dev2"), "choosing": CHOOSING}
    for split in groups.get(args.split, (args.split,)):
        result = evaluate(split, changes)
        for story, figures in sorted(result["stories"].items()):
            print(f"  {split} {story:<28} {json.dumps(figures)}")
        print(json.dumps(result["summary"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
