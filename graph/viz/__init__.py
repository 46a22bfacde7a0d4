"""The interactive HTML graph page (``viz``), the map of where events happened (``map``) and their Jinja2
templates (``templates/``).

The pages' public names are re-exported here, so ``graph.viz.render_html``, ``graph.viz.write_map_html`` and
``graph.viz.templates(package, folder)`` (also used by ``queries`` for its own pages) keep working."""

from . import map as _map
from . import viz as _viz
from .map import *  # noqa: F403  (the map page's public names, listed once in map.__all__)
from .viz import *  # noqa: F403  (the page's public names, listed once in viz.__all__)
from .viz import SIZE_BY

__all__ = [*_viz.__all__, *_map.__all__, "SIZE_BY"]
