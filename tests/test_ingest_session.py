"""The ingest an interface drives (``IngestSession``): the pairing is offered before anything is written, and the
outcome is the public JSON of ``photodesk ingest --json`` — so the browser desk and the terminal give one answer."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from catalog.ingest.session import IngestRequest, IngestSession
from catalog.library import open_library

from .helpers import article_file, jpeg_batch, run
from .test_articles import CREDIT_UNDER_CAPTION


def _assets(root: Path) -> int:
    conn = sqlite3.connect(root / "library.db")
    try:
        return int(conn.execute("SELECT count(*) FROM assets").fetchone()[0])
    finally:
        conn.close()


def test_the_pairing_is_offered_before_anything_is_written(tmp_path: Path) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    library = open_library(tmp_path / "lib", create=True)
    session = IngestSession(library, IngestRequest([tmp_path / "pics"], article_file(tmp_path, CREDIT_UNDER_CAPTION)))
    plan = session.plan()
    assert plan is not None and not plan.refused
    assert [Path(p).name for p, _ in plan.pairing] == [p.name for p in pictures]
    assert [o.credit for _, o in plan.pairing] == ["Credit: Miriam Alster/Flash90", "Photo: Shir Torem (Reuters)"]
    assert _assets(tmp_path / "lib") == 0
    outcome = session.run()
    library.close()
    assert not outcome.failed
    assert _assets(tmp_path / "lib") == 2


def test_the_sessions_outcome_is_the_json_the_command_prints(tmp_path: Path) -> None:
    """Same batch, same article, into two fresh libraries: one through the session, one through the command."""
    jpeg_batch(tmp_path / "a" / "pics", 2)
    article_file(tmp_path / "a", CREDIT_UNDER_CAPTION)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    library = open_library(tmp_path / "a" / "lib", create=True)
    request = IngestRequest([tmp_path / "a" / "pics"], tmp_path / "a" / "article.txt", jobs=1)
    mine = IngestSession(library, request).run().to_dict()
    library.close()
    result = run(
        "--library",
        str(tmp_path / "b" / "lib"),
        "ingest",
        str(tmp_path / "b" / "pics"),
        "--captions",
        str(tmp_path / "b" / "article.txt"),
        "--yes",
        "--json",
        "--jobs",
        "1",
    )
    assert result.exit_code == 0, result.stderr
    theirs = json.loads(result.stdout)

    def comparable(report: dict[str, object]) -> str:
        text = json.dumps(report, sort_keys=True)
        return text.replace(str(tmp_path / "a"), "ROOT").replace(str(tmp_path / "b"), "ROOT")

    assert mine["new"] == 2 and mine["linked"] == 2
    assert set(mine) == set(theirs)
    assert comparable(mine) == comparable(theirs)
