"""Reproducible training of geokg's bundled English pipeline (``make model``)."""
