"""A library's ``photodesk.toml``: where its catalog and its store live when they are not the folder itself.

    [catalog]
    url = "postgresql://db.newsroom.internal/photodesk"   # absent: library.db in the folder

    [store]
    url = "s3://newsroom-photos/desk"                      # absent: assets/ in the folder

Passwords and keys never go here or on the command line: libpq reads them from PGPASSWORD / ~/.pgpass /
PGSERVICEFILE, the S3 client from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / ~/.aws. A URL that carries a
password is refused. The same file holds the credit styles (``[styles]``, ``catalog.credits.styles``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from catalog.errors import PhotodeskError

CONFIG_NAME = "photodesk.toml"
CATALOG_SCHEMES = ("postgresql", "postgres")
STORE_SCHEMES = ("s3",)


class ConfigError(PhotodeskError):
    pass


@dataclass(frozen=True)
class LibraryConfig:
    catalog_url: str | None = None  # PostgreSQL; None: library.db in the folder
    store_url: str | None = None  # s3://bucket/prefix; None: assets/ in the folder


def is_catalog_url(value: str) -> bool:
    return urlsplit(value).scheme in CATALOG_SCHEMES


def check_url(url: str, schemes: tuple[str, ...], where: str) -> str:
    """``url`` when it has one of ``schemes`` and no password, else a ``ConfigError`` naming ``where``."""
    parts = urlsplit(url)
    if parts.scheme not in schemes:
        raise ConfigError(f"{where}: {url!r} is not a {' or '.join(s + '://' for s in schemes)} URL")
    if parts.password is not None:
        raise ConfigError(f"{where}: the URL carries a password; give it in the environment or a credentials file")
    return url


def read_config(root: Path) -> LibraryConfig:
    """The library folder's ``photodesk.toml`` (nothing set when there is none)."""
    path = root / CONFIG_NAME
    if not path.is_file():
        return LibraryConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from e
    return LibraryConfig(
        catalog_url=_url(data, "catalog", CATALOG_SCHEMES, path),
        store_url=_url(data, "store", STORE_SCHEMES, path),
    )


def _url(data: dict[str, object], section: str, schemes: tuple[str, ...], path: Path) -> str | None:
    table = data.get(section)
    if table is None:
        return None
    url = table.get("url") if isinstance(table, dict) else None
    if not isinstance(url, str):
        raise ConfigError(f'{path}: [{section}] needs url = "..."')
    return check_url(url, schemes, f"{path} [{section}]")
