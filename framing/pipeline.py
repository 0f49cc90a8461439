"""The pipeline for one document: raw input → Article (outlet, clean text, language) → Doc."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean, normalize
from .collector import fewer_collections
from .dates import parse_date
from .errors import FramingError
from .ingest import IngestOptions, RawDocument, read_inputs
from .language import detect_language
from .lexicons import FILES, Resources
from .measures import annotate_doc
from .model import Article, Doc, Provenance, Skipped, frozen_reduce
from .outlets import OutletRegistry, load_registry, url_host
from .resources import data_path
from .segment import segment


@dataclass(frozen=True)
class AnalysisOptions:
    ingest: IngestOptions = field(default_factory=IngestOptions)
    outlet_files: tuple[Path, ...] = ()
    segmenter: str = "rules"

    def __reduce__(self) -> tuple[object, ...]:
        return frozen_reduce(self)


@dataclass
class Analysis:
    docs: list[Doc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def article_id(text: str, normalized: bool = False) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the normalized raw text."""
    text = text if normalized else normalize(text)
    return hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


def prepare(raw: RawDocument, registry: OutletRegistry | None = None) -> Article:
    """Resolve the outlet, remove boilerplate, find headline, date and language."""
    registry = registry or load_registry()
    resolution = registry.resolve(raw.text, name=raw.outlet, url=raw.url)
    outlet_rules = resolution.outlet.boilerplate if resolution.outlet else ()
    normalized = normalize(raw.text)
    cleaned = clean(normalized, outlet_rules, title=raw.title, normalized=True)
    warnings = list(raw.warnings)
    date = None
    date_source = None
    if raw.url and not url_host(raw.url):
        warnings.append(f"could not read the web address {raw.url!r}; no outlet or publisher taken from it")
    if raw.date:
        date = parse_date(raw.date)
        date_source = "metadata"
        if date is None:
            warnings.append(f"could not read the date {raw.date!r}; expected e.g. 2024-04-26 or 26.04.2024")
    if date is None and cleaned.date:
        date, date_source = cleaned.date, "text"
    guess = detect_language(cleaned.text)
    if guess.warning:
        warnings.append(guess.warning)
    if not cleaned.text.strip():
        warnings.append("no body text left after removing boilerplate")
    provenance = Provenance(
        outlet_id=resolution.outlet.id if resolution.outlet else None,
        outlet_type=resolution.outlet.type if resolution.outlet else None,
        outlet_method=resolution.method,
        outlet_evidence=" ".join(resolution.evidence.split()),
        title_source=cleaned.title_source,
        date_source=date_source,
        credits=cleaned.credits,
        language_probability=round(guess.probability, 3) if guess.probability is not None else None,
        language_method=guess.method,
    )
    if resolution.method == "metadata" and resolution.outlet is None:
        warnings.append(f"outlet {raw.outlet!r} is not in the outlet registry (see `framing outlets`)")
    return Article(
        id=raw.id or article_id(normalized, normalized=True),
        source=raw.source,
        raw_text=raw.text,
        text=cleaned.text,
        title=cleaned.title,
        outlet=resolution.name,
        url=raw.url,
        date=date,
        language=guess.code,
        event=raw.event,
        removed=cleaned.removed,
        warnings=warnings,
        metadata=dict(raw.metadata),
        provenance=provenance,
    )


def analyze_article(article: Article, segmenter: str = "rules", resources: Resources = FILES) -> Doc:
    """Segment an article and run every feature family on it (spans and features), with the data
    files' lexicons and registries or a session's edited ``resources``."""
    return annotate_doc(segment(article, engine=segmenter), resources)


def doc_from_text(
    text: str, *, annotate: bool = True, outlet: str | None = None, resources: Resources = FILES
) -> Doc:
    """A Doc for an already clean German text (no boilerplate removal): for tests and notebooks."""
    article = Article(
        id=article_id(text), source="text", raw_text=text, text=text, outlet=outlet, language="de"
    )
    doc = segment(article)
    return annotate_doc(doc, resources) if annotate else doc


def analyze_text(text: str, *, outlet: str | None = None, title: str | None = None) -> Doc:
    """The full pipeline for one raw text: outlet, cleaning, language, segmentation, measures."""
    return analyze_article(prepare(RawDocument(source="text", text=text, outlet=outlet, title=title)))


def demo_documents() -> Iterator[RawDocument]:
    """The bundled demo corpus with its metadata (outlet, date, event)."""
    folder = data_path("corpus")
    with (folder / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            path = folder / row["file"]
            yield RawDocument(
                source=f"demo:{row['file']}",
                text=path.read_text(encoding="utf-8"),
                outlet=row["outlet"],
                date=row["date"],
                event=row["event"],
                metadata={"format": "text", "encoding": "utf-8"},
            )


def analyze_documents(
    documents: Iterable[RawDocument | Skipped], options: AnalysisOptions | None = None
) -> Analysis:
    options = options or AnalysisOptions()
    result = Analysis()
    result.docs.extend(analyze_stream(documents, options, result.skipped))
    return result


def _analysed(article: Article, segmenter: str, skipped: list[Skipped]) -> Doc | None:
    """The analysed article, or ``None`` with the article listed as skipped where the analysis itself failed
    (a fault of ours, not of the input): one article's failure must not end a corpus run. A user's mistake
    (a broken data file, ``FramingError``) still ends it with its one-line message."""
    try:
        return analyze_article(article, segmenter)
    except FramingError:
        raise
    except Exception as error:  # any fault of the analysis, named in the reason
        skipped.append(Skipped(source=article.source, reason=failure_reason(error)))
        return None


def failure_reason(error: Exception) -> str:
    """Why an article is skipped when the analysis itself failed on it: the error, and what to do."""
    return (
        f"the analysis failed on this article ({type(error).__name__}: {error}); "
        "the others were analysed; please report it with the article"
    )


def analyze_stream(
    documents: Iterable[RawDocument | Skipped], options: AnalysisOptions, skipped: list[Skipped]
) -> Iterator[Doc]:
    """Analyse documents one by one (bounded memory); skipped inputs are appended to ``skipped``."""
    registry = load_registry(tuple(options.outlet_files))
    with fewer_collections():
        for item in documents:
            if isinstance(item, Skipped):
                skipped.append(item)
            elif (doc := _analysed(prepare(item, registry), options.segmenter, skipped)) is not None:
                yield doc


def analyze_paths(paths: list[str], options: AnalysisOptions | None = None) -> Analysis:
    """Read and analyse every document under ``paths`` (the demo corpus when empty)."""
    options = options or AnalysisOptions()
    documents = read_inputs(paths, options.ingest) if paths else demo_documents()
    return analyze_documents(documents, options)
