"""Fetching by URL against a local server: refusals, redirects, limits, errors, and fuzzed input."""

import gzip
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.ingest import fetch
from framing.ingest.fetch import Fetched, FetchError, fetch_document, fetch_url
from framing.pipeline import prepare

ARTICLE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Bundesregierung plant neue Förderung | Testblatt</title>
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Bundesregierung plant neue Förderung</h1>
<p>Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich ausweiten.
Das kündigte ein Sprecher des Wirtschaftsministeriums am Montag in Berlin an.</p>
<p>„Wir wollen, dass sich jeder Haushalt den Umstieg leisten kann“, sagte der Sprecher.
Kritiker aus der Opposition bezweifeln jedoch, dass die geplanten Mittel ausreichen.</p>
<p>Nach Angaben des Ministeriums sollen insgesamt zwölf Milliarden Euro bereitstehen.
Verbände der Heizungsbranche begrüßten die Pläne, forderten aber verlässliche Regeln.</p>
<p>Der Bundestag soll im Herbst über den Entwurf beraten. Eine Mehrheit gilt als wahrscheinlich,
auch wenn einzelne Abgeordnete der Koalition noch Änderungen verlangen.</p>
</article>
<footer>© Testblatt 2024</footer>
</body></html>
""".encode()
PLAIN = "Die Größe der Förderung überrascht Beobachter in Berlin.\n".encode("latin-1")
BIG = 200_000


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requests.append((self.path, self.headers.get("Host")))
        path = self.path
        if path == "/article":
            self.reply(200, "text/html; charset=utf-8", ARTICLE)
        elif path == "/redirect":
            self.redirect("/article")
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            if left:
                self.redirect(f"/chain/{left - 1}")
            else:
                self.reply(200, "text/html", ARTICLE)
        elif path == "/to-internal":
            self.redirect("http://internal.example/")
        elif path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/huge":
            self.reply(200, "text/html", b"<p>" + b"x" * BIG)
        elif path == "/huge-stream":  # no Content-Length: the limit must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(BIG // 10_000):
                self.wfile.write(b"x" * 10_000)
        elif path == "/gzip":
            self.reply(200, "text/html", gzip.compress(ARTICLE), {"Content-Encoding": "gzip"})
        elif path == "/gzip-bomb":
            self.reply(200, "text/html", gzip.compress(b" " * 5_000_000), {"Content-Encoding": "gzip"})
        elif path == "/slow":
            time.sleep(1.0)
            self.reply(200, "text/html", ARTICLE)
        elif path == "/drip":  # every chunk in time, the whole page too late
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(12):
                self.wfile.write(b"Wort ")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/missing":
            self.reply(404, "text/html", b"<p>nicht gefunden</p>")
        elif path == "/image":
            self.reply(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
        elif path == "/plain":
            self.reply(200, "text/plain; charset=iso-8859-1", PLAIN)
        else:
            self.reply(500, "text/plain", b"unknown test route")

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def reply(self, status, content_type, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests = []
    httpd.handle_error = lambda request, address: None  # clients that gave up (timeouts) are expected
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def base(server):
    server.requests.clear()
    return f"http://127.0.0.1:{server.server_address[1]}"


def resolver(table):
    """A getaddrinfo answering from ``table`` (host -> IP) and counting the look-ups."""

    def getaddrinfo(host, port, *args, **kwargs):
        getaddrinfo.calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (table[host], port))]

    getaddrinfo.calls = []
    return getaddrinfo


def test_the_loopback_server_is_refused_by_default_and_never_contacted(server, base):
    with pytest.raises(FetchError, match=r"^refused: 127\.0\.0\.1 is a loopback address; .*--allow-private"):
        fetch_url(f"{base}/article")
    with pytest.raises(FetchError, match=r"^refused: localhost resolves to .*, a loopback address"):
        fetch_url(f"http://localhost:{server.server_address[1]}/article")
    assert server.requests == []


def test_a_host_name_is_refused_naming_the_address(monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", resolver({"example.local": "127.0.0.1"}))
    with pytest.raises(FetchError) as error:
        fetch_url("http://example.local/artikel")
    assert str(error.value) == (
        "refused: example.local resolves to 127.0.0.1, a loopback address; "
        "pass allow_private=True / --allow-private to fetch from your own network"
    )


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.0.0.1", "a private address"),
        ("172.16.5.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("0.0.0.0", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("::1", "a loopback address"),
        ("fc00::1", "a private address"),
        ("fe80::1", "a link-local address"),
        ("::ffff:10.0.0.1", "a private address"),
    ],
)
def test_every_non_public_address_is_refused(monkeypatch, address, kind):
    monkeypatch.setattr(socket, "getaddrinfo", resolver({"news.example": address}))
    with pytest.raises(FetchError, match=f"news.example resolves to {address}, {kind}"):
        fetch_url("https://news.example/")


def test_one_private_address_among_public_ones_is_enough_to_refuse(monkeypatch):
    def getaddrinfo(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(FetchError, match=r"resolves to 10\.0\.0\.1, a private address"):
        fetch_url("http://news.example/")


def test_ipv4_mapped_ipv6_is_refused():
    with pytest.raises(FetchError, match=r"^refused: ::ffff:127\.0\.0\.1 is a loopback address"):
        fetch_url("http://[::ffff:127.0.0.1]/")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http:// and https:// URLs are fetched, not file:"),
        ("ftp://ftp.example.org/artikel.txt", "not ftp:"),
        ("javascript:alert(1)", "not javascript:"),
        ("http://user:pw@host/", "refused: URLs with a user name or password are not fetched"),
        ("www.example.org/artikel", "not a URL: 'www.example.org/artikel' (it must start with http://"),
        ("", "empty URL"),
        ("http://", "no host name"),
        ("http://[::1", "not a valid URL"),
        ("http://example.org:99999/", "not a valid URL"),
        ("http://example.org/\ud800", "characters that are not text"),
        ("http://exa mple.org/", "not a valid host name: 'exa mple.org'"),
    ],
)
def test_unfetchable_urls_are_refused_before_any_lookup(monkeypatch, url, message):
    lookups = resolver({})
    monkeypatch.setattr(socket, "getaddrinfo", lookups)
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace("?", r"\?")):
        fetch_url(url)
    assert lookups.calls == []


def test_the_page_is_fetched_with_allow_private(base):
    fetched = fetch_url(f"{base}/article", allow_private=True)
    assert isinstance(fetched, Fetched)
    assert (fetched.url, fetched.final_url, fetched.status) == (f"{base}/article", f"{base}/article", 200)
    assert (fetched.content_type, fetched.charset) == ("text/html", "utf-8")
    assert fetched.body == ARTICLE
    assert fetched.fetched_at.endswith("+00:00")


def test_fetch_document_extracts_the_article(base):
    document = fetch_document(f"{base}/redirect", allow_private=True)
    assert document.source == f"{base}/redirect"
    assert document.url == f"{base}/article"
    assert document.title == "Bundesregierung plant neue Förderung"
    assert "Förderung für Wärmepumpen" in document.text
    assert "Bundestag soll im Herbst" in document.text
    assert "Startseite" not in document.text
    assert document.metadata["format"] == "html"
    assert document.metadata["content_type"] == "text/html"


def test_plain_text_is_decoded_with_the_declared_charset(base):
    document = fetch_document(f"{base}/plain", allow_private=True)
    assert document.text == PLAIN.decode("latin-1")
    assert document.metadata["format"] == "text"
    assert document.metadata["encoding"] == "iso8859-1"


def test_gzip_pages_are_decompressed_within_the_limit(base):
    assert fetch_url(f"{base}/gzip", allow_private=True).body == ARTICLE
    with pytest.raises(FetchError, match="larger than the 1 MB limit"):
        fetch_url(f"{base}/gzip-bomb", allow_private=True, max_bytes=1_000_000)


def test_redirects_are_followed_up_to_five(server, base):
    fetched = fetch_url(f"{base}/chain/5", allow_private=True)
    assert fetched.final_url == f"{base}/chain/0"
    assert [path for path, _ in server.requests] == [f"/chain/{n}" for n in range(5, -1, -1)]
    server.requests.clear()
    with pytest.raises(FetchError, match=r"^too many redirects \(more than 5\)$"):
        fetch_url(f"{base}/chain/6", allow_private=True)
    assert len(server.requests) == 6


def test_every_redirect_is_checked_again(server, base, monkeypatch):
    with pytest.raises(FetchError, match="only http:// and https:// URLs are fetched, not file:"):
        fetch_url(f"{base}/to-file", allow_private=True)
    # Treat only 10/8 as private, so the loopback test server counts as a public site here.
    monkeypatch.setattr(fetch, "address_kind", lambda a: "a private address" if str(a)[:3] == "10." else None)
    monkeypatch.setattr(
        socket, "getaddrinfo", resolver({"news.example": "127.0.0.1", "internal.example": "10.0.0.1"})
    )
    port = server.server_address[1]
    server.requests.clear()
    with pytest.raises(
        FetchError, match=r"refused: internal\.example resolves to 10\.0\.0\.1, a private address"
    ):
        fetch_url(f"http://news.example:{port}/to-internal")
    assert [path for path, _ in server.requests] == ["/to-internal"]


def test_the_checked_address_is_used_with_the_original_host_name(server, monkeypatch):
    lookups = resolver({"www.fr.de": "127.0.0.1"})
    monkeypatch.setattr(socket, "getaddrinfo", lookups)
    port = server.server_address[1]
    server.requests.clear()
    document = fetch_document(f"http://www.fr.de:{port}/redirect", allow_private=True)
    assert lookups.calls == ["www.fr.de", "www.fr.de"]  # one look-up per hop, none by the connection
    assert server.requests == [("/redirect", f"www.fr.de:{port}"), ("/article", f"www.fr.de:{port}")]
    assert prepare(document).outlet == "Frankfurter Rundschau"  # outlet from the domain


def test_https_sends_the_original_host_name_as_tls_server_name(server, monkeypatch):
    wrapped = []

    class Context:
        def wrap_socket(self, sock, server_hostname):
            wrapped.append((sock.getpeername()[0], server_hostname))
            raise ssl.SSLError(1, "handshake failed")

    monkeypatch.setattr(fetch, "_tls_context", Context)
    monkeypatch.setattr(socket, "getaddrinfo", resolver({"news.example": "127.0.0.1"}))
    with pytest.raises(FetchError, match=r"^TLS error with news\.example"):
        fetch_url(f"https://news.example:{server.server_address[1]}/article", allow_private=True)
    assert wrapped == [("127.0.0.1", "news.example")]


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """The same pages over https, with a self-signed certificate for news.example."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    request = "req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=news.example"
    request += " -addext subjectAltName=DNS:news.example"
    subprocess.run(
        ["openssl", *request.split(), "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads, httpd.requests = True, []
    httpd.handle_error = lambda request, address: None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd, cert
    httpd.shutdown()
    httpd.server_close()


def test_https_checks_the_certificate_against_the_original_host_name(tls_server, monkeypatch):
    httpd, cert = tls_server
    monkeypatch.setattr(fetch, "_tls_context", lambda: ssl.create_default_context(cafile=str(cert)))
    monkeypatch.setattr(
        socket, "getaddrinfo", resolver({"news.example": "127.0.0.1", "other.example": "127.0.0.1"})
    )
    port = httpd.server_address[1]
    document = fetch_document(f"https://news.example:{port}/redirect", allow_private=True)
    assert document.url == f"https://news.example:{port}/article"
    assert "Förderung für Wärmepumpen" in document.text
    with pytest.raises(
        FetchError, match=r"^the TLS certificate of other\.example is not valid: Hostname mismatch"
    ):
        fetch_url(f"https://other.example:{port}/article", allow_private=True)


def test_the_size_limit(base):
    with pytest.raises(FetchError, match=r"^larger than the 10 kB limit \(200 kB\)$"):
        fetch_url(f"{base}/huge", allow_private=True, max_bytes=10_000)
    with pytest.raises(FetchError, match=r"^larger than the 10 kB limit$"):
        fetch_url(f"{base}/huge-stream", allow_private=True, max_bytes=10_000)
    assert len(fetch_url(f"{base}/huge-stream", allow_private=True).body) == BIG


def test_the_timeout(base):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^timed out after 0\.3 s$"):
        fetch_url(f"{base}/slow", allow_private=True, timeout=0.3)
    with pytest.raises(FetchError, match=r"^timed out after 0\.5 s$"):
        fetch_url(f"{base}/drip", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_http_errors_and_content_types(base):
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$"):
        fetch_url(f"{base}/missing", allow_private=True)
    with pytest.raises(
        FetchError, match=r"^not an article page: the server sent image/png \(expected text/html"
    ):
        fetch_url(f"{base}/image", allow_private=True)


def test_nothing_listening(monkeypatch):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=f"^connection refused by 127.0.0.1 port {port}$"):
        fetch_url(f"http://127.0.0.1:{port}/", allow_private=True)


def test_the_cli_fetches_with_allow_private_and_refuses_without(capsys, base):
    assert main(["analyze", "--url", f"{base}/article", "--allow-private"]) == 0
    (article,) = json.loads(capsys.readouterr().out)["articles"]
    assert (article["source"], article["url"]) == (f"{base}/article", f"{base}/article")
    assert article["title"] == "Bundesregierung plant neue Förderung"
    assert main(["analyze", "--url", f"{base}/article"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"framing: error: {base}/article: refused: 127.0.0.1 is a loopback address; "
        "pass allow_private=True / --allow-private to fetch from your own network\n"
    )
    assert main(["analyze", "--url", f"{base}/missing", "--allow-private"]) == 2
    assert capsys.readouterr().err == f"framing: error: {base}/missing: HTTP 404 Not Found\n"


URLISH = st.builds(
    lambda scheme, rest: scheme + rest,
    st.sampled_from(["http://", "https://", "HTTP://", "http:", "https://[", "ftp://", "file:", "", " "]),
    st.text(),
)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(), URLISH), allow_private=st.booleans())
def test_any_string_gives_fetch_error_and_no_network(text, allow_private):
    def private_network(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port))]

    def no_network(*args):
        raise OSError("network disabled in tests")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", private_network)
        patch.setattr(socket.socket, "connect", no_network)
        with pytest.raises(FetchError) as error:
            fetch_url(text, allow_private=allow_private)
    assert "\n" not in str(error.value)
