"""The interactive HTML graph page (``viz``) and its Jinja2 templates (``templates/``).

The page's public names are re-exported here, so ``graph.viz.render_html`` and
``graph.viz.templates(package, folder)`` (also used by ``queries`` for its own pages) keep working."""

from . import viz as _viz
from .viz import *  # noqa: F403  (the page's public names, listed once in viz.__all__)
from .viz import SIZE_BY

__all__ = [*_viz.__all__, "SIZE_BY"]
