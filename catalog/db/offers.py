"""``caption_sources``: every caption offered for a picture, kept as read beside what linking chose."""

from __future__ import annotations

import json

from catalog.db.connection import Connection
from catalog.db.rows import rows_of
from catalog.model import CaptionOffer, CaptionSource


class Offers:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def put(self, asset_id: int, source: CaptionOffer, at: str) -> None:
        """Keep one offer (a later offer of the same kind from the same file replaces the earlier)."""
        self.conn.execute(
            "INSERT INTO caption_sources (asset_id, kind, path, caption, credit, headline, people, byline, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(asset_id, kind, path) DO UPDATE SET "
            "caption = excluded.caption, credit = excluded.credit, headline = excluded.headline, "
            "people = excluded.people, byline = excluded.byline",
            [
                asset_id,
                source.kind,
                source.path,
                source.caption,
                source.credit,
                source.headline,
                json.dumps(source.people, ensure_ascii=False),
                source.byline,
                at,
            ],
        )

    def of(self, asset_id: int) -> list[CaptionSource]:
        """An asset's offers in the order they were kept."""
        rows = rows_of(
            self.conn,
            "SELECT kind, path, caption, credit, headline, people, byline, created_at FROM caption_sources "
            "WHERE asset_id = ? ORDER BY id",
            [asset_id],
        )
        return [
            CaptionSource(
                str(r["kind"]),
                str(r["path"]),
                _text(r["caption"]),
                _text(r["credit"]),
                _text(r["headline"]),
                json.loads(r["people"]) if isinstance(r["people"], str) and r["people"] else [],
                _text(r["byline"]),
                created_at=str(r["created_at"]),
            )
            for r in rows
        ]

    def has_embedded(self, asset_id: int) -> bool:
        sql = "SELECT 1 FROM caption_sources WHERE asset_id = ? AND kind = 'embedded'"
        return self.conn.execute(sql, [asset_id]).fetchone() is not None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
