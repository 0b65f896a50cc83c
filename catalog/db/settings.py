"""``library_settings``: what a library records of itself (``store_url``: where its originals are)."""

from __future__ import annotations

from catalog.db.connection import Connection

STORE_URL = "store_url"


class Settings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM library_settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def put(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO library_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
