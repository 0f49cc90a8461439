"""Candidate verbs and nouns of saying from annotated corpora, against the lists of speech_de.toml.

usage: python benchmarks/speech_verbs.py --rw-git-dir DIR [--pfb-git-dir DIR] [--min N] [--all]

Counts the words that introduce reported speech or writing (not thought) in two annotated corpora and
prints, most frequent first, the ones that ``data/registries/speech_de.toml`` lacks (``--all``: every one,
with a column saying whether the lists have it). The table is the input of a judgement by hand (a verb
of saying in modern news, its particle right); nothing of it is read by framing.

- Redewiedergabe (Brunner et al. 2020), github.com/redewiedergabe/corpus at ``RW_COMMIT`` (CC BY-NC-SA
  4.0: used only to count, nothing of it is committed): the column ``intexpr`` marks the words that
  introduce an instance of speech, thought or writing representation, the column ``stwr`` its type and
  medium. Files of the main corpus (consensus of two annotators) and of the single-annotated samples
  and full texts; ``news`` counts the newspaper and magazine files (``mkhz``, ``grenz``), ``fiction`` the
  narrative ones (``digbib``). Lemmas are the corpus's own (CAB), a separable verb's particle (PTKVZ)
  joined in front ("teilte … mit" → "mitteilen").
- Petersen-Frey & Biemann (2024), the train split of benchmarks/quotes_pfb.py's data set at its
  ``COMMIT`` (CC BY-NC-SA 4.0: used only to count and check): the ``cue`` of each annotation of medium
  speech or writing, its words lower case lemmatised with simplemma (capitalised words as nouns), a
  particle of ``zu_particles`` among them joined to the verb.

Pass bare clones' git folders (``git clone --bare``); nothing is fetched.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import simplemma

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.quotes_pfb import COMMIT as PFB_COMMIT
from benchmarks.quotes_pfb import document_paths, read_document
from framing.speakers import speech_words

RW_REPO = "https://github.com/redewiedergabe/corpus"
RW_COMMIT = "45abfcf5f9c2a3d9a903f5c68f8f5b36bbce5563"
RW_FOLDERS = ("data/main/tsv/", "data/additional/single_annotated/")
SAID = ("speech", "writing")  # media that count; "thought" alone does not


def _blobs(git_dir: str, commit: str, paths: list[str]) -> Iterator[tuple[str, str]]:
    """(path, text) of each file at ``commit``, read in one ``git cat-file --batch``."""
    request = "".join(f"{commit}:{path}\n" for path in paths).encode()
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "cat-file", "--batch"], input=request, capture_output=True, check=True
    ).stdout
    position = 0
    for path in paths:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        yield path, out[header_end + 1 : header_end + 1 + size].decode("utf-8")
        position = header_end + 1 + size + 1


def rw_files(git_dir: str) -> list[str]:
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", RW_COMMIT, *RW_FOLDERS],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    return [
        p for p in listing if p.endswith(".tsv") and "/tsv/" in p and not Path(p).name.startswith("metadata")
    ]


def _ids(value: str, prefix: str) -> list[str]:
    """The ids of a column value such as "intexpr.7" or "intexpr.7_12" (several levels joined by "|")."""
    ids = []
    for part in value.split("|"):
        if part.startswith(prefix + "."):
            ids.extend(part[len(prefix) + 1 :].split("_"))
    return ids


def rw_introducers(text: str) -> Iterator[tuple[str, str]]:
    """(word, kind) for each word introducing an instance of speech or writing in one corpus file: a verb
    with its particle joined in front, a noun, or another word (a preposition such as "laut"); kind is
    "reported" when every annotation with that id is of type reported, else "quoted"."""
    media: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    groups: dict[str, list[tuple[str, str]]] = {}
    lines = text.split("\n")
    header = lines[0].split("\t")
    column = {name: index for index, name in enumerate(header)}
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < len(header):
            continue
        for annotation in cells[column["stwr"]].split("|"):
            parts = annotation.split(".")
            if len(parts) >= 3:
                media.setdefault(parts[2], set()).update(parts[1].split("_"))
                types.setdefault(parts[2], set()).update(parts[0].split("_"))
        for ident in _ids(cells[column["intexpr"]], "intexpr"):
            groups.setdefault(ident, []).append((cells[column["lemma"]], cells[column["pos"]]))
    for ident, words in groups.items():
        if not media.get(ident, set()) & set(SAID):
            continue
        kind = "reported" if types.get(ident) == {"reported"} else "quoted"
        particles = [lemma.lower() for lemma, pos in words if pos == "PTKVZ"]
        for lemma, pos in words:
            if pos.startswith("VV"):
                yield "".join(particles) + lemma.lower() if pos == "VVFIN" else lemma.lower(), kind
            elif pos in ("NN", "APPR", "APPO", "PAV", "ADV"):
                yield lemma.lower(), kind


def pfb_cues(git_dir: str, split: str = "train") -> Iterator[str]:
    """The words of each cue of medium speech or writing in the split, as in the module's docstring:
    function words of speech_de.toml's lists (auxiliaries, determiners, prepositions, pronouns) left
    out, a particle joined to the verb when it ends the cue ("teilte … mit")."""
    words = speech_words()
    particles = frozenset(words.zu_particles)
    function = (
        words.auxiliaries | words.determiners | words.prepositions | words.bare_subjects | words.reflexives
    )
    for path in document_paths(git_dir, split).values():
        document = read_document(git_dir, path)
        for annotation in document["annotations"]:
            if annotation.get("medium", "").lower() not in SAID:
                continue
            cue = [w.strip(",:;.") for w in annotation["cue"]["text"].split()]
            particle = cue[-1] if len(cue) > 1 and cue[-1] in particles else ""
            for word in cue[:-1] if particle else cue:
                if word[:1].isupper():
                    yield word.lower()
                elif word.isalpha() and word not in function:
                    lemma = simplemma.lemmatize(word, lang="de").lower()
                    if lemma not in function:
                        yield lemma if lemma.startswith(particle) else particle + lemma


def known(word: str) -> bool:
    """Whether speech_de.toml's lists have the word: a verb lemma, a separable verb (particle split off),
    a statement, claim or information noun, an attribution word."""
    words = speech_words()
    if word in words.verbs or word in words.forms:
        return True
    if any(
        word == particle + lemma for lemma, particles in words.separable.items() for particle in particles
    ):
        return True
    nouns = words.statement_nouns | words.claim_nouns | words.information | words.views
    return word in nouns or word.endswith(words.information_endings) or word in words.before | words.after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rw-git-dir", required=True, help=f"a bare clone of {RW_REPO}")
    parser.add_argument("--pfb-git-dir", help="a bare clone of the Petersen-Frey & Biemann data set")
    parser.add_argument("--min", type=int, default=3, help="least count over both corpora")
    parser.add_argument("--all", action="store_true", help="also the words the lists have")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = {}
    paths = rw_files(args.rw_git_dir)
    for path, text in _blobs(args.rw_git_dir, RW_COMMIT, paths):
        source = "news" if ("_mkhz_" in path or "_grenz_" in path) else "fiction"
        for word, kind in rw_introducers(text):
            counts.setdefault(word, Counter())[f"{source} {kind}"] += 1
    if args.pfb_git_dir:
        for word in pfb_cues(args.pfb_git_dir):
            counts.setdefault(word, Counter())["pfb"] += 1
    columns = ("news quoted", "news reported", "fiction quoted", "fiction reported", "pfb")
    print(
        f"# Redewiedergabe {RW_COMMIT[:10]} ({len(paths)} files); Petersen-Frey & Biemann {PFB_COMMIT[:10]}"
    )
    print("word\t" + "\t".join(columns) + "\tlisted")
    rows = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    for word, count in rows:
        listed = known(word)
        if sum(count.values()) < args.min or (listed and not args.all):
            continue
        print(word + "\t" + "\t".join(str(count[c]) for c in columns) + ("\tyes" if listed else "\t"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
