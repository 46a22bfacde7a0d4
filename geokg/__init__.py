"""geokg: a geopolitical event knowledge graph. The ``geokg`` command lives in :mod:`geokg.cli`."""

__version__ = "0.1.0"
__all__ = ["__version__"]
