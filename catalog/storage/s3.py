"""The S3 store: a library's files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 …), each at
``<prefix>/<relpath>`` for the ``s3://bucket/prefix`` named in the library's ``photodesk.toml``.

Where to connect and as whom comes only from where every AWS tool reads it — ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION``, ``AWS_ENDPOINT_URL`` (or ``AWS_ENDPOINT_URL_S3``), ``AWS_PROFILE`` and
``~/.aws/`` — never from photodesk's command line, where a secret would land in shell histories and process
lists. boto3 is imported here only, inside the functions that need it, so a library in a folder never loads it.

The first call of a process connects and asks for the bucket (``HeadBucket``), so an unreachable endpoint, a
missing bucket or refused credentials is one ``StoreUnavailable`` naming the store, before anything is written;
timeouts are short and retries few, so a dead endpoint fails in seconds rather than minutes.

Writes are create-only: ``PutObject`` with ``If-None-Match: *``, which the server refuses (412) when the key
exists, so an object is never overwritten, even by two writers at once. A PUT is atomic and durable when it
returns, so nothing here needs the folder store's temporaries or folder fsyncs, and ``check`` cannot move a
damaged or stray object aside (it reports it instead).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from catalog.config import ConfigError
from catalog.errors import StoreUnavailable
from catalog.storage.base import ASSETS_DIR, Staged, Store

CONNECT_TIMEOUT = 3.0  # seconds: a dead endpoint is an error in seconds, not after the OS's minutes
READ_TIMEOUT = 60.0
ATTEMPTS = 3  # botocore's "standard" retries: throttling and transient errors, with backoff
CONFLICT_ATTEMPTS = 4  # 409 ConditionalRequestConflict: another conditional write of the key was in flight
CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "tif": "image/tiff", "webp": "image/webp"}
MISSING = ("NoSuchKey", "404", "NotFound")
DENIED = ("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled", "403")


def parse_url(url: str) -> tuple[str, str]:
    """(bucket, prefix) of ``s3://bucket/prefix``; the prefix may be empty or have several parts."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"store url {url!r} is not of the form s3://bucket/prefix")
    return parts.netloc, parts.path.strip("/")


class S3Store(Store):
    """The files of a library in a bucket, under a prefix."""

    def __init__(self, url: str) -> None:
        self.bucket, self.prefix = parse_url(url)
        self.location = f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"
        self.spec = self.location
        self._client: Any = None  # made on first use (boto3 has no type stubs here)
        self._endpoint = "the default S3 endpoint"
        self._lock = threading.Lock()

    def key(self, relpath: str) -> str:
        return f"{self.prefix}/{relpath}" if self.prefix else relpath

    def _s3(self) -> Any:
        with self._lock:
            if self._client is None:
                self._client = self._connect()
            return self._client

    def _connect(self) -> Any:
        try:
            import boto3
            from botocore.config import Config
        except ImportError:
            raise StoreUnavailable(
                self.location, "boto3 is not installed (pip install 'photodesk[newsroom]')"
            ) from None
        config = Config(
            connect_timeout=CONNECT_TIMEOUT,
            read_timeout=READ_TIMEOUT,
            retries={"max_attempts": ATTEMPTS, "mode": "standard"},
        )
        with self._errors():
            client = boto3.session.Session().client("s3", config=config)
            self._endpoint = client.meta.endpoint_url
            client.head_bucket(Bucket=self.bucket)
        return client

    @contextlib.contextmanager
    def _errors(self, relpath: str | None = None) -> Iterator[None]:
        """Any failure of the service or of the connection as one ``StoreUnavailable`` naming the store."""
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

        where = f"{relpath}: " if relpath else ""
        try:
            yield
        except NoCredentialsError:
            problem = "no credentials (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile in ~/.aws/)"
            raise StoreUnavailable(self.location, problem) from None
        except ClientError as e:
            status, code = _status(e)
            if code == "NoSuchBucket" or (status == 404 and relpath is None):
                problem = f"the bucket {self.bucket!r} does not exist at {self._endpoint}"
            elif status == 403 or code in DENIED:
                problem = f"access denied ({code}): check the credentials and the bucket's policy"
            else:
                message = e.response.get("Error", {}).get("Message", "")
                problem = f"{code or status} {message}".strip()
            raise StoreUnavailable(self.location, where + problem) from None
        except BotoCoreError as e:  # cannot connect, timed out, a broken response
            raise StoreUnavailable(self.location, f"{where}{e}") from None

    def ensure(self) -> None:
        self._s3()

    def read(self, relpath: str) -> bytes:
        from botocore.exceptions import ClientError

        s3 = self._s3()
        with self._errors(relpath):
            try:
                data: bytes = s3.get_object(Bucket=self.bucket, Key=self.key(relpath))["Body"].read()
            except ClientError as e:
                if _status(e)[1] in MISSING:
                    raise FileNotFoundError(errno.ENOENT, "not in the store", f"{self.location}/{relpath}") from None
                raise
        return data

    def size(self, relpath: str) -> int | None:
        from botocore.exceptions import ClientError

        s3 = self._s3()
        with self._errors(relpath):
            try:
                head = s3.head_object(Bucket=self.bucket, Key=self.key(relpath))
            except ClientError as e:
                if _status(e)[1] in MISSING:
                    return None
                raise
        return int(head["ContentLength"])

    def sha256(self, relpath: str) -> str | None:
        from botocore.exceptions import ClientError

        s3 = self._s3()
        digest = hashlib.sha256()
        with self._errors(relpath):
            try:
                body = s3.get_object(Bucket=self.bucket, Key=self.key(relpath))["Body"]
            except ClientError as e:
                if _status(e)[1] in MISSING:
                    return None
                raise
            for chunk in body.iter_chunks(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()

    def put(self, relpath: str, data: bytes, *, sync: bool = True) -> bool:
        """Upload ``data`` unless an object is there already. The HEAD first spares the upload when it is (a file
        ingested again sends nothing); ``put_new`` alone decides, so a writer that wins the race meanwhile keeps
        its object."""
        if self.size(relpath) is not None:
            return False
        return self.put_new(relpath, data)

    def put_new(self, relpath: str, data: bytes) -> bool:
        from botocore.exceptions import ClientError

        s3 = self._s3()
        ext = relpath.rsplit(".", 1)[-1]
        for attempt in range(CONFLICT_ATTEMPTS):
            with self._errors(relpath):
                try:
                    s3.put_object(
                        Bucket=self.bucket,
                        Key=self.key(relpath),
                        Body=data,
                        IfNoneMatch="*",
                        ContentType=CONTENT_TYPES.get(ext, "application/octet-stream"),
                    )
                    return True
                except ClientError as e:
                    status, code = _status(e)
                    if status == 412 or code == "PreconditionFailed":
                        return False  # the key exists: create-only, never overwritten
                    if code != "ConditionalRequestConflict" or attempt == CONFLICT_ATTEMPTS - 1:
                        raise
            time.sleep(0.1 * 2**attempt)  # a concurrent conditional write of the same key: ask again
        raise AssertionError("unreachable: the last attempt returns or raises")

    def stage(self, data: bytes) -> S3Staged:
        return S3Staged(self, data)

    def sync_folders(self, relpaths: Iterable[str]) -> None:
        """Nothing to do: an object is durable once its PUT returns."""

    def remove_stale_temporaries(self) -> int:
        return 0  # a PUT is atomic: there are no temporaries

    def temporaries(self) -> list[str]:
        return []

    def keys(self, kind: str) -> Iterator[str]:
        s3 = self._s3()
        start = len(self.key(""))
        with self._errors(f"{ASSETS_DIR}/{kind}/"):
            pages = s3.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self.key(f"{ASSETS_DIR}/{kind}/")
            )
            for page in pages:
                for item in page.get("Contents", []):
                    yield str(item["Key"])[start:]

    def set_aside(self, relpath: str, stamp: str) -> None:
        return None  # a bucket is never rearranged by photodesk: check reports what it would have moved

    def url(self, relpath: str, *, expires: int = 3600) -> str:
        s3 = self._s3()
        with self._errors(relpath):
            url: str = s3.generate_presigned_url(
                "get_object", Params={"Bucket": self.bucket, "Key": self.key(relpath)}, ExpiresIn=expires
            )
        return url


class S3Staged(Staged):
    """Bytes waiting for their name: nothing reaches the bucket until ``land`` (an upload cannot be undone, and a
    picture that proves unreadable must leave nothing behind)."""

    def __init__(self, store: S3Store, data: bytes) -> None:
        self.store = store
        self.data: bytes | None = data

    def land(self, relpath: str, *, sync: bool = True) -> bool:
        assert self.data is not None, "landed or discarded already"
        try:
            return self.store.put_new(relpath, self.data)
        finally:
            self.data = None

    def discard(self) -> None:
        self.data = None


def _status(e: Any) -> tuple[int | None, str]:
    """(HTTP status, error code) of a botocore ``ClientError``."""
    status = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return (int(status) if status is not None else None), str(e.response.get("Error", {}).get("Code", ""))
