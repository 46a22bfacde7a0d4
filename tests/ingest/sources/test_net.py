"""Fetching one URL: which addresses are refused (first hop, redirects, the address connected), the size cap,
timeouts and deadline, redirects, content encodings, and what the server sees (Host header, user agent)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time

import pytest

from ingest.sources.net import USER_AGENT, FetchError, FetchPolicy, blocked_reason, fetch

from .site import RAIL, Site, start

LOOPBACK_ONLY = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}), timeout=5, deadline=10)


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.20", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
    ],
)
def test_non_public_addresses_are_named(ip: str, kind: str) -> None:
    assert blocked_reason(ip) == f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} address ({ip.split('::ffff:')[-1]})"


@pytest.mark.parametrize("ip", ["8.8.8.8", "93.184.215.14", "2001:4860:4860::8888"])
def test_public_addresses_pass(ip: str) -> None:
    assert blocked_reason(ip) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "0x7f.0.0.1"])
def test_loopback_is_refused_by_default_before_any_request(site: Site, host: str) -> None:
    before = site.hits.get("/echo", 0)
    url = site.url("/echo").replace("127.0.0.1", host)
    with pytest.raises(FetchError, match=r"refused, the host resolves to a loopback address .*--allow-private"):
        fetch(url, policy=FetchPolicy())
    assert site.hits.get("/echo", 0) == before


def test_one_trusted_address_is_fetched_and_the_host_name_is_kept(site: Site) -> None:
    url = site.url("/echo").replace("127.0.0.1", "localhost")
    # localhost may resolve to ::1 first, where nothing listens: the next address is tried
    got = fetch(url, policy=FetchPolicy(allowed_addresses=frozenset({"127.0.0.1", "::1"})))
    assert got.body.decode() == f"host={url.split('/')[2]}\nagent={USER_AGENT}\n"
    assert USER_AGENT.startswith("geokg/") and "(+research; offline-first event coder)" in USER_AGENT


@pytest.mark.parametrize(
    ("target", "kind"),
    [("http://127.0.0.2:{port}/news/rail-link.html", "loopback"), ("http://10.255.255.1/admin", "private")],
)
def test_a_redirect_to_a_private_address_is_refused(site: Site, target: str, kind: str) -> None:
    port = site.base.rsplit(":", 1)[1]
    nxt = target.format(port=port)
    with pytest.raises(FetchError, match=rf"redirected to {nxt}, refused, the host resolves to a {kind} address"):
        fetch(site.url(f"/redirect?to={nxt}"), policy=LOOPBACK_ONLY)


def test_redirects_are_followed_to_the_end(site: Site) -> None:
    got = fetch(site.url("/redirect?to=/news/rail-link.html"), policy=LOOPBACK_ONLY)
    assert got.url == site.url("/news/rail-link.html") and RAIL[0].encode() in got.body


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "more than 5 redirects; fetch the final URL directly"),
        ("/redirect?to=ftp://files.example/a.rss", "redirected to ftp://files.example/a.rss, which is not http"),
        ("/missing", "the server answered HTTP 404 Not Found; check the URL"),
    ],
)
def test_bad_answers_are_one_line(site: Site, path: str, message: str) -> None:
    with pytest.raises(FetchError, match=message) as info:
        fetch(site.url(path), policy=LOOPBACK_ONLY)
    assert "\n" not in str(info.value) and str(info.value).startswith(site.url(path))


def test_only_http_and_https(site: Site) -> None:
    with pytest.raises(FetchError, match="only http and https URLs are fetched, not file:"):
        fetch("file:///etc/hostname", policy=FetchPolicy(allow_private=True))


def test_a_page_that_never_ends_stops_at_the_cap(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"stopped reading at 200,000 bytes .*raise --max-mb"):
        fetch(site.url("/endless"), policy=FetchPolicy(allow_private=True, max_bytes=200_000))
    assert time.monotonic() - started < 5


def test_a_trickling_server_meets_the_deadline(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 1 s; raise --fetch-timeout"):
        fetch(site.url("/trickle"), policy=FetchPolicy(allow_private=True, timeout=5, deadline=1))
    assert time.monotonic() - started < 3


def test_gzip_is_decoded_and_a_gzip_bomb_is_capped(site: Site) -> None:
    got = fetch(site.url("/gzipped.html"), policy=LOOPBACK_ONLY)
    assert RAIL[0].encode() in got.body
    with pytest.raises(FetchError, match="stopped reading at 1,000,000 bytes"):
        fetch(site.url("/bomb.html"), policy=FetchPolicy(allow_private=True, max_bytes=1_000_000))


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory: pytest.TempPathFactory, secret_file: str):
    """The site over TLS, with a certificate made here for the name ``localhost`` only (not for 127.0.0.1)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    make = "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost"
    names = ["-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(["openssl", *make.split(), *names], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    site, server = start(secret_file, tls=context)
    yield site, cert
    server.shutdown()
    server.server_close()


def test_tls_checks_the_certificate_against_the_host_name(tls_site, monkeypatch: pytest.MonkeyPatch) -> None:
    site, cert = tls_site
    url = site.url("/echo").replace("127.0.0.1", "localhost")
    policy = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1", "::1"}), timeout=5, deadline=10)
    with pytest.raises(FetchError, match=r"TLS failed \(CERTIFICATE_VERIFY_FAILED\)"):
        fetch(url, policy=policy)  # a certificate nobody vouches for
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # now trusted, as a company CA would be
    got = fetch(url, policy=policy)  # connected to the checked address, with the name for SNI and the check
    assert got.body.decode().startswith(f"host={url.split('/')[2]}\n")
    with pytest.raises(FetchError, match=r"TLS failed \(CERTIFICATE_VERIFY_FAILED\)"):
        fetch(site.url("/echo"), policy=policy)  # the certificate names localhost, not 127.0.0.1
