"""One decode per picture, at the scale the work needs.

A JPEG is decoded with Pillow's draft mode (the decoder's own DCT scaling by 1/2, 1/4 or 1/8) straight to about
the thumbnail's size, so a 24-megapixel original costs a fraction of a full decode. The thumbnail, and every
hash computed later, come from that one decoded image with its EXIF orientation applied. Originals are only read.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from catalog.errors import UnreadableImage
from catalog.media.metadata import Embedded, read_embedded
from catalog.media.shrink import shrink

THUMB_SIZE = 512
THUMB_QUALITY = 82
MAX_PIXELS = 250_000_000  # beyond any camera or scanner a desk meets; past it a file is treated as a bomb
_TRANSPOSE = {
    2: [Image.Transpose.FLIP_LEFT_RIGHT],
    3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM],
    5: [Image.Transpose.TRANSPOSE],
    6: [Image.Transpose.ROTATE_270],
    7: [Image.Transpose.TRANSVERSE],
    8: [Image.Transpose.ROTATE_90],
}


@dataclass
class Decoded:
    """What ingest needs from the pixels and the embedded metadata."""

    format: str
    width: int  # as displayed (after orientation)
    height: int
    orientation: int | None
    embedded: Embedded
    icc_profile: bytes | None
    image: Image.Image  # RGB, oriented, at least THUMB_SIZE on its long side when the original is


# What a damaged, truncated or hostile file makes Pillow raise while opening and decoding it (truncated data:
# OSError, SyntaxError, ValueError, EOFError; broken chunks: struct.error, zlib.error; absurd sizes: MemoryError,
# OverflowError). Nothing else is caught: a KeyError or TypeError is a bug, ours or Pillow's, not a broken file.
INPUT_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, MemoryError, OverflowError)


def decode(data: bytes, fmt: str, name: str, *, size: int = THUMB_SIZE) -> Decoded:
    """Open, check, decode at working scale and orient; raise UnreadableImage with a one-line reason.

    ``size`` is the working scale (a JPEG is decoded straight at about that size on its long side).
    Only Pillow's work on the bytes is read as the file's fault; reading the metadata is our code, and a bug in
    it surfaces as a bug rather than as 'corrupt JPEG'.
    """
    with warnings.catch_warnings():
        # Pillow warns about odd metadata (our readers report that) and about large images (checked below).
        warnings.simplefilter("ignore")
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        with _unreadable(name, fmt):
            im = Image.open(io.BytesIO(data), formats=[fmt])
        with im:
            with _unreadable(name, fmt):
                w, h = _load(im, fmt, size)
            embedded = read_embedded(im, fmt, data)
            with _unreadable(name, fmt):
                icc = im.info.get("icc_profile")
                image = to_rgb(im)
    orientation = embedded.exif.orientation
    for op in _TRANSPOSE.get(orientation or 1, []):
        image = image.transpose(op)
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    return Decoded(
        format=fmt,
        width=w,
        height=h,
        orientation=orientation,
        embedded=embedded,
        icc_profile=icc if isinstance(icc, bytes) else None,
        image=image,
    )


@contextmanager
def _unreadable(name: str, fmt: str) -> Iterator[None]:
    """What the file can cause, as UnreadableImage with a one-line reason; anything else passes through."""
    try:
        yield
    except UnreadableImage as e:
        raise UnreadableImage(name, e.reason) from None
    except Image.DecompressionBombError:
        raise UnreadableImage(name, "decompression bomb: too many pixels") from None
    except UnidentifiedImageError:
        raise UnreadableImage(name, f"not a readable {fmt} file") from None
    except INPUT_ERRORS as e:
        raise UnreadableImage(name, reason_for(e, fmt)) from None


def _load(im: Image.Image, fmt: str, size: int = THUMB_SIZE) -> tuple[int, int]:
    """Check the size the header claims, then decode (a JPEG straight at about the thumbnail's size)."""
    w, h = im.size
    if w <= 0 or h <= 0:
        raise UnreadableImage("", f"invalid dimensions {w}x{h}")
    if w * h > MAX_PIXELS:
        raise UnreadableImage("", f"decompression bomb: {w}x{h} pixels")
    if fmt == "JPEG":
        scale = max(w, h) / size
        im.draft("RGB", (max(1, int(w / scale)), max(1, int(h / scale))))
    im.load()
    return w, h


def to_rgb(im: Image.Image) -> Image.Image:
    """RGB for display and hashing: transparency over white, 16-bit and float scaled, CMYK converted."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        im = im.point(lambda v: v / 256).convert("L") if im.mode != "I" else im.convert("L")
    elif im.mode == "F":
        im = im.convert("L")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return im.convert("RGB")


def thumbnail_jpeg(image: Image.Image, icc_profile: bytes | None = None, *, size: int = THUMB_SIZE) -> bytes:
    thumb = shrink(image, size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=THUMB_QUALITY, icc_profile=icc_profile)
    return out.getvalue()


def reason_for(error: BaseException, fmt: str) -> str:
    text = str(error).strip() or type(error).__name__
    lowered = text.lower()
    if "truncated" in lowered or isinstance(error, EOFError):
        return f"truncated {fmt} file"
    if isinstance(error, MemoryError):
        return "too large to decode"
    return f"corrupt {fmt}: {text.splitlines()[0][:160]}"
