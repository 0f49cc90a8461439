"""Fetching one article by URL, safely: http(s) only, no private addresses, bounded size, time and redirects.

Every hop is resolved once, every address it resolves to is checked, and the connection goes to a
checked address (the original host name is still sent as Host header and TLS server name), so a
second DNS answer cannot point the request into the local network.
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from .. import __version__
from ..choices import MAX_TIMEOUT
from ..errors import FramingError
from .decode import UnreadableInput, decode
from .document import RawDocument
from .html import looks_like_html, read_html

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
PRIVATE_HINT = "pass allow_private=True / --allow-private to fetch from your own network"
HEADERS = {
    "User-Agent": f"framing/{__version__} (news framing analysis)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    "Accept-Language": "de,en;q=0.8",
    "Accept-Encoding": "gzip, identity",
    "Connection": "close",
}
CHUNK = 65536
_HOST_NAME = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$")
_DECOMPRESS_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 15}

Address = tuple[int, int, int, Any]  # family, type, protocol, socket address, as getaddrinfo gives them


class FetchError(FramingError):
    """A URL that cannot or may not be fetched; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetched page: the URL asked for, where redirects ended, and the body as sent."""

    url: str
    final_url: str
    status: int
    content_type: str  # media type only, lower case ("" if the server sent none)
    body: bytes
    fetched_at: str  # ISO 8601, UTC
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class _Target:
    """A URL checked for scheme, credentials, host and port."""

    scheme: str
    host: str  # ASCII (IDNA), no brackets around IPv6
    port: int
    path: str  # request target: path and query, percent-encoded

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def fetch_url(
    url: str, *, timeout: float = 10.0, max_bytes: int = 5_000_000, allow_private: bool = False
) -> Fetched:
    """Fetch ``url`` (following up to 5 redirects) or raise FetchError.

    ``timeout`` bounds the whole fetch in seconds, ``max_bytes`` the (decompressed) body.
    """
    if not isinstance(url, str):
        raise FetchError(f"a URL must be text, not {type(url).__name__}")
    if not 0 < timeout <= MAX_TIMEOUT:
        raise FetchError(f"the timeout must be between 0 and {MAX_TIMEOUT:,} seconds")
    if max_bytes <= 0:
        raise FetchError("the size limit must be a positive number of bytes")
    deadline = time.monotonic() + timeout
    current = url = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        target = _parse(current)
        addresses = _resolve(target, allow_private)
        status, reason, headers, body = _exchange(target, addresses, deadline, timeout, max_bytes)
        if status in REDIRECT_STATUSES:
            location = headers.get("Location")
            if not location:
                raise FetchError(f"redirect (HTTP {status}) without a Location header")
            try:
                current = urljoin(current, location.strip())
            except ValueError:
                raise FetchError(f"redirect to an invalid URL: {_clean(repr(location), 80)}") from None
            continue
        if not 200 <= status < 300:
            raise FetchError(_clean(f"HTTP {status} {reason}"))
        return Fetched(
            url=url,
            final_url=current,
            status=status,
            content_type=_media_type(headers),
            body=body,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            charset=headers.get_content_charset(),
        )
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def fetch_document(url: str, **options: Any) -> RawDocument:
    """Fetch ``url`` and read it like a file: article extraction for HTML, decoding for plain text."""
    return to_document(fetch_url(url, **options))


def to_document(fetched: Fetched) -> RawDocument:
    """A fetched page as a RawDocument; ``url`` is where the page was fetched from (for the outlet)."""
    try:
        text, encoding = _decode(fetched.body, fetched.charset)
        is_text = fetched.content_type == "text/plain" or (
            not fetched.content_type and not looks_like_html(fetched.body)
        )
        if is_text:
            document = RawDocument(source=fetched.url, text=text, metadata={"format": "text"})
        else:
            document = read_html(text, fetched.url, url=fetched.final_url)
    except UnreadableInput as error:
        raise FetchError(str(error)) from error
    if document.url and document.url != fetched.final_url:
        document.metadata["canonical_url"] = document.url
    document.url = fetched.final_url  # the page's own claim (canonical link) does not choose the outlet
    document.metadata.update(encoding=encoding, fetched_at=fetched.fetched_at)
    if fetched.content_type:
        document.metadata["content_type"] = fetched.content_type
    return document


def address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is ("a loopback address"), or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        kind = address_kind(embedded) if embedded else None
        if kind:
            return kind
    checks = (
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "a non-public address"),
    )
    return next((kind for matches, kind in checks if matches), None)


def _parse(url: str) -> _Target:
    shown = _clean(repr(url), 80)
    if not url:
        raise FetchError("empty URL")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError(f"not a valid URL: {shown} ({_clean(str(error))})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        if scheme and "." not in scheme:
            raise FetchError(f"refused: only http:// and https:// URLs are fetched, not {_clean(scheme)}:")
        raise FetchError(f"not a URL: {shown} (it must start with http:// or https://)")
    if "@" in parts.netloc:
        raise FetchError("refused: URLs with a user name or password are not fetched")
    host = _ascii_host(parts.hostname or "", shown)
    if port == 0:
        raise FetchError(f"not a valid URL: {shown} (port 0)")
    try:
        path = quote(parts.path or "/", safe="!$%&'()*+,/:;=@~")
        if parts.query:
            path += "?" + quote(parts.query, safe="!$%&'()*+,/:;=?@~")
    except UnicodeError:
        raise FetchError(f"not a valid URL: {shown} (characters that are not text)") from None
    return _Target(scheme, host, port or (443 if scheme == "https" else 80), path)


def _ascii_host(host: str, shown: str) -> str:
    if not host:
        raise FetchError(f"not a valid URL: {shown} (no host name)")
    if ":" in host:  # IPv6 literal
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise FetchError(f"not a valid URL: {shown} (bad IPv6 address)") from None
        return host
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise FetchError(f"not a valid host name: {_clean(repr(host), 80)}") from None
    if not _HOST_NAME.match(ascii_host):
        raise FetchError(f"not a valid host name: {_clean(repr(host), 80)}")
    return ascii_host


def _resolve(target: _Target, allow_private: bool) -> list[Address]:
    """All addresses of the host, each checked; refuses the host if any of them is not public."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve host {target.host}: {error.strerror}") from None
    except (OSError, UnicodeError, ValueError):
        raise FetchError(f"cannot resolve host {target.host}") from None
    addresses: list[Address] = [
        (family, kind, proto, sockaddr)
        for family, kind, proto, _, sockaddr in infos
        if family in (socket.AF_INET, socket.AF_INET6)
    ]
    if not addresses:
        raise FetchError(f"cannot resolve host {target.host}: no IPv4 or IPv6 address")
    if allow_private:
        return addresses
    for *_, sockaddr in addresses:
        try:
            address = ipaddress.ip_address(sockaddr[0])
        except ValueError:
            raise FetchError(f"refused: {target.host} resolves to an unreadable address") from None
        kind = address_kind(address)
        if kind:
            if _is_ip(target.host):
                raise FetchError(f"refused: {target.host} is {kind}; {PRIVATE_HINT}")
            mapped = isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped
            shown = f"::ffff:{mapped}" if mapped else address
            raise FetchError(f"refused: {target.host} resolves to {shown}, {kind}; {PRIVATE_HINT}")
    return addresses


def _exchange(
    target: _Target, addresses: list[Address], deadline: float, timeout: float, max_bytes: int
) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """One request to a checked address: (status, reason, headers, body); body only for 2xx."""
    connection = http.client.HTTPConnection(target.host, target.port)
    sock, watchdog = None, None
    try:
        sock = connection.sock = _connect(target, addresses, deadline, timeout)
        # Socket timeouts bound each read; the watchdog bounds them all (a server sending a byte at a time).
        watchdog = threading.Timer(_remaining(deadline, timeout), _hang_up, (sock,))
        watchdog.daemon = True
        watchdog.start()
        connection.request("GET", target.path, headers={"Host": target.host_header, **HEADERS})
        response = connection.getresponse()
        if not 200 <= response.status < 300:
            return response.status, response.reason, response.headers, b""
        media_type = _media_type(response.headers)
        if media_type and media_type not in ARTICLE_TYPES:
            raise FetchError(
                f"not an article page: the server sent {_clean(media_type, 60)} "
                "(expected text/html, application/xhtml+xml or text/plain)"
            )
        body = _read_body(response, deadline, timeout, max_bytes)
        return response.status, response.reason, response.headers, body
    except (OSError, http.client.HTTPException) as error:
        if isinstance(error, TimeoutError) or time.monotonic() >= deadline:
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(_failure(error, target)) from None
    finally:
        if watchdog:
            watchdog.cancel()
        connection.close()  # lets go of the socket once the response is read, so close it too
        if sock is not None:
            sock.close()


def _hang_up(sock: socket.socket) -> None:
    """End a connection whose time is up: blocked reads return at once."""
    with contextlib.suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # below TLS, on the connection itself


def _failure(error: OSError | http.client.HTTPException, target: _Target) -> str:
    """One line on why connecting or reading failed."""
    host = target.host
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"the TLS certificate of {host} is not valid: {_clean(str(error.verify_message))}"
    if isinstance(error, ssl.SSLError):
        return f"TLS error with {host}: {_clean(getattr(error, 'reason', None) or str(error))}"
    if isinstance(error, ConnectionRefusedError):
        return f"connection refused by {host} port {target.port}"
    if isinstance(error, http.client.IncompleteRead):
        return f"{host} closed the connection before sending the whole page"
    if isinstance(error, http.client.RemoteDisconnected):
        return f"{host} closed the connection without answering"
    if isinstance(error, http.client.HTTPException):
        return f"invalid HTTP response from {host} ({type(error).__name__})"
    return f"cannot connect to {host}: {_clean(error.strerror or str(error))}"


def _connect(target: _Target, addresses: list[Address], deadline: float, timeout: float) -> socket.socket:
    """A connected (and for https, TLS-wrapped) socket to the first checked address that answers."""
    error: OSError = OSError("no address")
    for family, kind, proto, sockaddr in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(_remaining(deadline, timeout))
            sock.connect(sockaddr)
            if target.scheme == "https":
                sock = _tls_context().wrap_socket(sock, server_hostname=target.host)
            return sock
        except (TimeoutError, ssl.SSLError):
            sock.close()
            raise
        except OSError as failure:
            sock.close()
            error = failure
    raise error


@cache
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _read_body(response: http.client.HTTPResponse, deadline: float, timeout: float, max_bytes: int) -> bytes:
    limit = f"larger than the {_size(max_bytes)} limit"
    length = response.getheader("Content-Length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(f"{limit} ({_size(int(length))})")
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", *_DECOMPRESS_WBITS):
        raise FetchError(f"unsupported Content-Encoding {_clean(encoding, 40)}")
    inflater = zlib.decompressobj(_DECOMPRESS_WBITS[encoding]) if encoding != "identity" else None
    body, received = bytearray(), 0
    try:
        while chunk := response.read1(CHUNK):  # read1: whatever arrived, so the checks run often
            _remaining(deadline, timeout)
            received += len(chunk)
            body += inflater.decompress(chunk, max_bytes + 1 - len(body)) if inflater else chunk
            if received > max_bytes or len(body) > max_bytes:
                raise FetchError(limit)
        if inflater:
            body += inflater.flush()
    except zlib.error:
        raise FetchError(f"the page is not valid {encoding} data") from None
    _remaining(deadline, timeout)  # the watchdog's hang-up looks like the end of the page
    if len(body) > max_bytes:
        raise FetchError(limit)
    return bytes(body)


def _remaining(deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"timed out after {timeout:g} s")
    return left


def _decode(body: bytes, charset: str | None) -> tuple[str, str]:
    """Like a file (BOM, valid UTF-8, else Windows-1252), but a declared charset wins over the guess."""
    text, encoding = decode(body, "page")
    if charset and encoding in ("cp1252", "latin-1"):
        try:
            name = codecs.lookup(charset).name
            return body.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return text, encoding


def _media_type(headers: http.client.HTTPMessage) -> str:
    return (headers.get("Content-Type") or "").split(";")[0].strip().lower()


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1e6:.3g} MB"
    return f"{count / 1e3:.3g} kB" if count >= 1000 else f"{count} bytes"


def _clean(text: str, limit: int = 120) -> str:
    """Server- or user-supplied text made safe for a one-line message."""
    text = "".join(c if c.isprintable() else " " for c in text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
