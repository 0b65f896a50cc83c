"""``arrivals``: the files watched folders received and what became of each (``photodesk watch``).

The columns a watch asks by (path, size, modification time) and the desk shows by (status, asset, batch) are
columns; what is only shown (credit line, corrections, sidecars, warnings, where the file was moved) is one JSON
object, ``detail``, decoded here into the ``Arrival`` record.
"""

from __future__ import annotations

import json

from catalog.db.connection import Cell, Connection
from catalog.db.rows import Row, rows_of
from catalog.model import Arrival

DETAIL = ("credit_line", "duplicate_of", "corrections", "reviews", "sidecars", "warnings", "moved_to", "again")
COLUMNS = "id, path, size, mtime_ns, status, asset_id, batch_id, reason, detail, arrived_at, ingested_at"


class Arrivals:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def record(self, arrival: Arrival) -> int:
        """Record one arrival; its id (the desk's arrivals screen follows ids)."""
        detail = json.dumps({k: getattr(arrival, k) for k in DETAIL}, ensure_ascii=False)
        values: list[Cell] = [
            arrival.path,
            arrival.size,
            arrival.mtime_ns,
            arrival.status,
            arrival.asset_id,
            arrival.batch_id,
            arrival.reason,
            detail,
            arrival.arrived_at,
            arrival.ingested_at,
        ]
        row = self.conn.execute(
            "INSERT INTO arrivals (path, size, mtime_ns, status, asset_id, batch_id, reason, detail, arrived_at, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            values,
        ).fetchone()
        return int(row[0])

    def taken(self, path: str, size: int, mtime_ns: int) -> bool:
        """Whether this file, as it is now, was taken by a watch before (ingested, or set aside as bad)."""
        row = self.conn.execute(
            "SELECT 1 FROM arrivals WHERE path = ? AND size = ? AND mtime_ns = ? LIMIT 1", [path, size, mtime_ns]
        ).fetchone()
        return row is not None

    def after(self, last_id: int, limit: int = 200) -> list[Arrival]:
        """Arrivals recorded after ``last_id``, oldest first: what a screen showing arrivals has not seen."""
        sql = f"SELECT {COLUMNS} FROM arrivals WHERE id > ? ORDER BY id LIMIT ?"
        return [_arrival(r) for r in rows_of(self.conn, sql, [last_id, limit])]

    def newest(self, limit: int = 50) -> list[Arrival]:
        """The latest arrivals, newest first."""
        sql = f"SELECT {COLUMNS} FROM arrivals ORDER BY id DESC LIMIT ?"
        return [_arrival(r) for r in rows_of(self.conn, sql, [limit])]


def _arrival(row: Row) -> Arrival:
    detail = json.loads(str(row["detail"]))
    return Arrival(
        path=str(row["path"]),
        size=int(row["size"] or 0),
        mtime_ns=int(row["mtime_ns"] or 0),
        status=str(row["status"]),
        arrived_at=str(row["arrived_at"]),
        ingested_at=str(row["ingested_at"]),
        asset_id=None if row["asset_id"] is None else int(row["asset_id"]),
        batch_id=None if row["batch_id"] is None else int(row["batch_id"]),
        reason=None if row["reason"] is None else str(row["reason"]),
        credit_line=detail.get("credit_line"),
        duplicate_of=detail.get("duplicate_of"),
        corrections=list(detail.get("corrections", [])),
        reviews=list(detail.get("reviews", [])),
        sidecars=list(detail.get("sidecars", [])),
        warnings=list(detail.get("warnings", [])),
        moved_to=detail.get("moved_to"),
        again=bool(detail.get("again", False)),
        id=int(row["id"] or 0),
    )
