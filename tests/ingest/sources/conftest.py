"""The loopback news site (tests/ingest/sources/site.py), started once for the source tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingest.sources import FetchPolicy, SourceOptions

from .site import Site, start

SECRET = "geokg-test-secret-7f3a"


@pytest.fixture(scope="session")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(SECRET, encoding="utf8")
    return str(path)


@pytest.fixture(scope="session")
def site(secret_file: str) -> Iterator[Site]:
    site, server = start(secret_file)
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def trusted() -> SourceOptions:
    """Options that let the tests fetch from the loopback site (geokg refuses loopback by default)."""
    return SourceOptions(fetch=FetchPolicy(allow_private=True, timeout=5, deadline=10))
