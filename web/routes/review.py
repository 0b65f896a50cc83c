"""Review queues: credit variants, queued names and duplicate groups."""

from __future__ import annotations

from starlette.routing import BaseRoute

routes: list[BaseRoute] = []
