"""The ingest an interface drives (``IngestSession``): the pairing is offered before anything is written, and the
outcome is the public JSON of ``photodesk ingest --json`` — so the browser desk and the terminal give one answer."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from catalog.ingest.session import IngestRequest, IngestSession
from catalog.library import open_library

from .engines import query
from .helpers import article_file, jpeg_batch, run
from .test_articles import CREDIT_UNDER_CAPTION


def _assets(root: Path) -> int:
    [(count,)] = query(root, "SELECT count(*) FROM assets")
    return int(str(count))


def test_the_pairing_is_offered_before_anything_is_written(tmp_path: Path, library: Path) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    opened = open_library(library, create=True)
    session = IngestSession(opened, IngestRequest([tmp_path / "pics"], article_file(tmp_path, CREDIT_UNDER_CAPTION)))
    plan = session.plan()
    assert plan is not None and not plan.refused
    assert [Path(p).name for p, _ in plan.pairing] == [p.name for p in pictures]
    assert [o.credit for _, o in plan.pairing] == ["Credit: Miriam Alster/Flash90", "Photo: Shir Torem (Reuters)"]
    assert _assets(library) == 0
    outcome = session.run()
    opened.close()
    assert not outcome.failed
    assert _assets(library) == 2


def test_the_sessions_outcome_is_the_json_the_command_prints(
    tmp_path: Path, new_library: Callable[[str], Path]
) -> None:
    """Same batch, same article, into two fresh libraries: one through the session, one through the command."""
    jpeg_batch(tmp_path / "a" / "pics", 2)
    article_file(tmp_path / "a", CREDIT_UNDER_CAPTION)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    library = open_library(new_library("a/lib"), create=True)
    request = IngestRequest([tmp_path / "a" / "pics"], tmp_path / "a" / "article.txt", jobs=1)
    mine = IngestSession(library, request).run().to_dict()
    library.close()
    result = run(
        "--library",
        str(new_library("b/lib")),
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
