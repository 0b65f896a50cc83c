"""The desk's HTTP server: uvicorn, told to end the desk's event streams when it stops.

uvicorn stops (Ctrl-C, SIGTERM) by waiting for every response under way to finish. An event stream
(``/arrivals/events``) never finishes by itself, so one arrivals screen open anywhere would keep the server waiting
for ever; this server tells the desk first (``Desk.stop``), and every stream ends at once.
"""

from __future__ import annotations

import contextlib
import socket

import uvicorn
from starlette.applications import Starlette

from web.desk import Desk


def serve(app: Starlette, *, host: str, port: int) -> None:
    """Serve ``app`` until Ctrl-C or SIGTERM. The interrupt is how a desk is stopped, not a failure: as
    ``uvicorn.run`` does, it ends the server quietly (exit status 0)."""
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn raises the signal it caught again once it has stopped
        DeskServer(app, host=host, port=port).run()


class DeskServer(uvicorn.Server):
    """uvicorn serving the desk ``app`` (``web.app.create_app``) on ``host``:``port``."""

    def __init__(self, app: Starlette, *, host: str, port: int, log_level: str = "warning") -> None:
        super().__init__(uvicorn.Config(app, host=host, port=port, log_level=log_level))
        self.desk: Desk = app.state.desk

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.desk.stop()
        await super().shutdown(sockets)
