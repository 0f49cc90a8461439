"""Documents from named bytes (an upload in the app): text, HTML, CSV/JSON/JSONL corpora and .zip archives.

Archives are read in memory with limits on members and unpacked size (no zip bombs, no paths
written to disk); each member goes through the same readers as a file of its name.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path, PurePosixPath

from ..model import Skipped
from . import CORPUS_SUFFIXES, HTML_SUFFIXES, KNOWN_SUFFIXES, IngestOptions, _read_document, _read_file
from .document import RawDocument

MAX_ARCHIVE_MEMBERS = 5_000
MAX_ARCHIVE_MB = 500.0  # unpacked, all members together


def read_upload(
    name: str, data: bytes, options: IngestOptions | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every document in the uploaded file ``name``; unreadable parts as Skipped with the reason."""
    options = options or IngestOptions()
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".zip":
        yield from read_zip(name, data, options)
    elif suffix in CORPUS_SUFFIXES:
        yield from _read_corpus(name, data, options)
    elif suffix in KNOWN_SUFFIXES or not suffix:
        yield _read_document(data, name, options, force_html=suffix in HTML_SUFFIXES)
    else:
        yield Skipped(
            name, f"unsupported file type '{suffix}' (use .txt, .html, .csv, .jsonl, .json or .zip)"
        )


def _read_corpus(name: str, data: bytes, options: IngestOptions) -> Iterator[RawDocument | Skipped]:
    """CSV/JSON readers work on files: the bytes go to a private temporary file of the same suffix."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{PurePosixPath(name).suffix.lower()}"
        path.write_bytes(data)
        for item in _read_file(path, options):
            if isinstance(item, Skipped):
                yield Skipped(item.source.replace(str(path), name), item.reason)
            else:
                item.source = item.source.replace(str(path), name)
                yield item


def read_zip(name: str, data: bytes, options: IngestOptions) -> Iterator[RawDocument | Skipped]:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        yield Skipped(name, "not a readable .zip archive")
        return
    with archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not any(part.startswith((".", "__MACOSX")) for part in info.filename.split("/"))
        ]
        if len(members) > MAX_ARCHIVE_MEMBERS:
            yield Skipped(
                name, f"archive has {len(members)} files, more than the limit of {MAX_ARCHIVE_MEMBERS}"
            )
            return
        unpacked = sum(info.file_size for info in members)
        if unpacked > MAX_ARCHIVE_MB * 1_000_000:
            yield Skipped(
                name,
                f"archive unpacks to {unpacked / 1e6:.0f} MB, more than the limit of {MAX_ARCHIVE_MB:g} MB",
            )
            return
        for info in members:
            source = f"{name}:{info.filename}"
            suffix = PurePosixPath(info.filename).suffix.lower()
            if suffix == ".zip":
                yield Skipped(source, "archives inside archives are not opened")
                continue
            if suffix not in KNOWN_SUFFIXES:
                yield Skipped(source, f"unsupported file type '{suffix or info.filename}'")
                continue
            limit = (
                options.max_bytes if suffix not in CORPUS_SUFFIXES else int(options.max_json_mb * 1_000_000)
            )
            try:
                with archive.open(info) as handle:
                    content = handle.read(limit + 1)
            except (zipfile.BadZipFile, RuntimeError, OSError) as error:  # corrupt or encrypted member
                yield Skipped(source, f"cannot unpack: {error}")
                continue
            if len(content) > limit:
                yield Skipped(source, f"file is above the limit of {limit / 1e6:g} MB")
                continue
            yield from read_upload(source, content, options)
