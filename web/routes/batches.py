"""Batches: each ingest's report, and a batch uploaded by drag and drop."""

from __future__ import annotations

from starlette.routing import BaseRoute

routes: list[BaseRoute] = []
