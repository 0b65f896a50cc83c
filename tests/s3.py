"""A real S3 server for the tests: moto's, over HTTP on 127.0.0.1, started once per session — or the server
``PHOTODESK_TEST_S3`` names (``http://127.0.0.1:9000`` for a MinIO), with the credentials of the environment.

photodesk is pointed at it the way a desk would be: ``AWS_ENDPOINT_URL`` and the ``AWS_*`` credentials in the
environment (subprocesses inherit them), and ``~/.aws`` of whoever runs the tests kept out of it. Each test gets a
bucket of its own, emptied and removed afterwards.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

EXTERNAL = "PHOTODESK_TEST_S3"
PREFIX = "desk"


@dataclass
class Bucket:
    name: str
    client: Any  # a boto3 S3 client, the test's own view of the bucket
    endpoint: str

    @property
    def url(self) -> str:
        return f"s3://{self.name}/{PREFIX}"

    def key(self, relpath: str) -> str:
        return f"{PREFIX}/{relpath}"

    def get(self, relpath: str) -> bytes:
        data: bytes = self.client.get_object(Bucket=self.name, Key=self.key(relpath))["Body"].read()
        return data

    def put(self, relpath: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.name, Key=self.key(relpath), Body=data)

    def delete(self, relpath: str) -> None:
        self.client.delete_object(Bucket=self.name, Key=self.key(relpath))

    def stored(self) -> set[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.name)
        return {item["Key"] for page in pages for item in page.get("Contents", [])}


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    external = os.environ.get(EXTERNAL)
    if external:
        yield external.rstrip("/")
        return
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # not a line per request in every failure's output
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port())
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def free_port() -> int:
    """A port nothing listens on (now): for the server to take, or for a store that cannot be reached."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def point_at(monkeypatch: pytest.MonkeyPatch, endpoint: str, home: Path) -> None:
    """The environment a desk configures: the endpoint, credentials (dummy ones for moto), a region, and the
    tester's own ``~/.aws`` out of the way."""
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "aws-credentials"))
    external = bool(os.environ.get(EXTERNAL))
    for name, dummy in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing")):
        if not (external and os.environ.get(name)):
            monkeypatch.setenv(name, dummy)
    if not os.environ.get("AWS_REGION"):
        monkeypatch.setenv("AWS_REGION", "us-east-1")


@pytest.fixture
def s3_bucket(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Bucket]:
    import boto3

    point_at(monkeypatch, s3_endpoint, tmp_path)
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    name = f"photodesk-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name)
    bucket = Bucket(name, client, s3_endpoint)
    try:
        yield bucket
    finally:
        for key in bucket.stored():
            client.delete_object(Bucket=name, Key=key)
        client.delete_bucket(Bucket=name)


@pytest.fixture
def s3_library(s3_bucket: Bucket, library: Path) -> Path:
    """The test's library folder, its ``photodesk.toml`` naming the test's bucket as its store."""
    library.mkdir(parents=True, exist_ok=True)
    (library / "photodesk.toml").write_text(f'[store]\nurl = "{s3_bucket.url}"\n', encoding="utf-8")
    return library
