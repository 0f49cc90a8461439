"""HTML pages to text and metadata with trafilatura (main content, title, date, site, canonical URL)."""

from __future__ import annotations

import contextlib
import re

from .decode import UnreadableInput
from .document import RawDocument

_SITE_SUFFIX = re.compile(r"^(?P<head>.+)\s[|–—-]\s(?P<site>[^|–—]+)$")
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|div|p)\b", re.I | re.S
)


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head[:4096]))


def read_html(html: str, source: str, url: str | None = None) -> RawDocument:
    """Extract the article from an HTML page; raise UnreadableInput when there is none."""
    import trafilatura  # imported on first use: plain-text inputs and the app's first page never need it
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if not isinstance(document, Document) or not (document.text or "").strip():
        raise UnreadableInput(_why_no_text(html))
    title = _strip_site_suffix(document.title, document.sitename)
    return RawDocument(
        source=source,
        text=document.text or "",
        url=document.url or url,
        title=title,
        date=document.date,
        metadata={
            key: value
            for key, value in {
                "sitename": document.sitename,
                "hostname": document.hostname,
                "author": document.author,
                "description": document.description,
                "format": "html",
            }.items()
            if value
        },
    )


def _why_no_text(html: str) -> str:
    """Why no article text came out: the HTML parser stopping at its limit (it reads about 255
    levels of nested elements and drops the rest of the page), else the usual page without text."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    with contextlib.suppress(lxml.etree.LxmlError, ValueError):  # the error log is what counts
        lxml.html.document_fromstring(html, parser=parser)
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            limit = entry.message.split(",")[0]  # "Excessive depth in document: 256"
            where = f"the HTML parser stops at line {entry.line} at its limit"
            return f"no article text could be read: {where} ({limit})"
    return "no article text found in the HTML (only scripts, styles or navigation?)"


def _strip_site_suffix(title: str | None, sitename: str | None) -> str | None:
    """'Lawrow in Peking | FR' -> 'Lawrow in Peking' when the suffix names the site."""
    match = _SITE_SUFFIX.match(title or "")
    if not match or not sitename:
        return title
    site = sitename.strip().lower()
    if match["site"].strip().lower() in {site, site.split(".")[0], site.removeprefix("www.")}:
        return match["head"].strip()
    return title
