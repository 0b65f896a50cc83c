"""Which IIM/XMP reader should ingest use? Score candidates against exiftool, the reference.

Builds a folder of small pictures whose metadata exiftool writes (UTF-8 IIM with and without the 1:90 marker,
unmarked cp1255 Hebrew and cp1252 Latin, XMP only, EXIF only, IIM/XMP conflicts with and without a stale digest,
a truncated IIM by-line, PNG, TIFF and WebP), then compares each reader's caption, byline, credit, headline and
keywords with exiftool's MWG reading, and times the readers.

    python benchmarks/reader_agreement.py            # prints a table; needs exiftool (and pyexiv2 to compare it)
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from catalog.media.imaging import decode
from catalog.media.sniff import sniff

HE = "ראש הממשלה בנימין נתניהו ורעייתו שרה בתערוכה במוסקבה"
RU = "Путин и Нетаньяху в Москве"
CASES: list[tuple[str, str, list[str]]] = [
    (
        "utf8-marked.jpg",
        "JPEG",
        [
            "-codedcharacterset=utf8",
            f"-MWG:Description={HE}",
            "-MWG:Creator=חיים צח",
            "-IPTC:Credit=GPO",
            "-XMP-photoshop:Credit=GPO",
            f"-IPTC:Headline={RU}",
            f"-XMP-photoshop:Headline={RU}",
            "-MWG:Keywords=Москва",
        ],
    ),
    (
        "utf8-unmarked-iim.jpg",
        "JPEG",
        [
            "-charset",
            "iptc=utf8",
            f"-IPTC:Caption-Abstract={RU}",
            "-IPTC:By-line=Алексей Дружинин",
            "-IPTC:Credit=Sputnik",
        ],
    ),
    (
        "cp1255-iim.jpg",
        "JPEG",
        ["-charset", "iptc=cp1255", f"-IPTC:Caption-Abstract={HE}", "-IPTC:By-line=חיים צח", '-IPTC:Credit=לע"מ'],
    ),
    (
        "cp1252-iim.jpg",
        "JPEG",
        ["-IPTC:Caption-Abstract=Président Macron à l'Élysée", "-IPTC:By-line=François Lenoir", "-IPTC:Credit=AFP"],
    ),
    (
        "xmp-only.jpg",
        "JPEG",
        [
            f"-XMP-dc:Description={HE}",
            "-XMP-dc:Creator=Amos Ben Gershom",
            "-XMP-photoshop:Credit=GPO",
            "-XMP-dc:Subject=Knesset",
        ],
    ),
    ("exif-only.jpg", "JPEG", ["-EXIF:ImageDescription=Arrival in Moscow", "-EXIF:Artist=Haim Zach"]),
    (
        "conflict-nodigest.jpg",
        "JPEG",
        [
            "-IPTC:Caption-Abstract=Old",
            "-XMP-dc:Description=New",
            "-IPTC:By-line=Haim Zch",
            "-XMP-dc:Creator=Haim Zach",
        ],
    ),
    (
        "conflict-stale.jpg",
        "JPEG",
        [
            "-IPTC:Caption-Abstract=Edited later",
            "-XMP-dc:Description=Older",
            "-Photoshop:IPTCDigest=0123456789abcdef0123456789abcdef",
        ],
    ),
    (
        "truncated-byline.jpg",
        "JPEG",
        [
            "-IPTC:By-line=Alexandros Konstantinopoulos-Pap",
            "-XMP-dc:Creator=Alexandros Konstantinopoulos-Papadimitriou",
            "-Photoshop:IPTCDigest=0123456789abcdef0123456789abcdef",
        ],
    ),
    ("hebrew.png", "PNG", ["-codedcharacterset=utf8", f"-MWG:Description={HE}", "-MWG:Creator=Kobi Gideon"]),
    ("cyrillic.tif", "TIFF", ["-codedcharacterset=utf8", f"-MWG:Description={RU}", "-MWG:Creator=Kobi Gideon"]),
    ("hebrew.webp", "WEBP", [f"-XMP-dc:Description={HE}", "-XMP-dc:Creator=Kobi Gideon"]),
]
FIELDS = {
    "caption": "Description",
    "byline": "Creator",
    "credit": "Credit",
    "headline": "Headline",
    "keywords": "Keywords",
}


def norm(v: Any) -> list[str]:
    if v in (None, "", []):
        return []
    return [str(x) for x in v] if isinstance(v, list) else [str(v)]


def ours(path: Path) -> dict[str, list[str]]:
    data = path.read_bytes()
    fields = decode(data, sniff(data[:32]) or "JPEG", path.name).embedded.fields
    return {k: norm(fields.get(k)) for k in FIELDS}


def pyexiv2_reader(path: Path) -> dict[str, list[str]]:
    import pyexiv2

    with pyexiv2.ImageData(path.read_bytes()) as img:
        iptc, xmp, exif = img.read_iptc(), img.read_xmp(), img.read_exif()

    def alt(v: Any) -> Any:
        return v.get('lang="x-default"') if isinstance(v, dict) else v

    def pick(e: Any, x: Any, i: Any) -> list[str]:
        return norm(e) or norm(x) or norm(i)  # pyexiv2 exposes no digest: prefer XMP, then IIM

    return {
        "caption": pick(
            exif.get("Exif.Image.ImageDescription"),
            alt(xmp.get("Xmp.dc.description")),
            iptc.get("Iptc.Application2.Caption"),
        ),
        "byline": pick(exif.get("Exif.Image.Artist"), xmp.get("Xmp.dc.creator"), iptc.get("Iptc.Application2.Byline")),
        "credit": pick(None, xmp.get("Xmp.photoshop.Credit"), iptc.get("Iptc.Application2.Credit")),
        "headline": pick(None, xmp.get("Xmp.photoshop.Headline"), iptc.get("Iptc.Application2.Headline")),
        "keywords": pick(None, xmp.get("Xmp.dc.subject"), iptc.get("Iptc.Application2.Keywords")),
    }


def reference(path: Path, charset: str | None) -> dict[str, list[str]]:
    extra = ["-charset", f"iptc={charset}"] if charset else []
    tags = ["-MWG:Description", "-MWG:Creator", "-MWG:Keywords", "-Credit", "-Headline"]
    out = json.loads(
        subprocess.run(["exiftool", "-j", *extra, *tags, str(path)], capture_output=True, text=True, check=True).stdout
    )[0]
    return {k: norm(out.get(tag)) for k, tag in FIELDS.items()}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, fmt, args in CASES:
            path = Path(tmp) / name
            buf = io.BytesIO()
            Image.effect_noise((640, 480), 60).convert("RGB").save(buf, fmt)
            path.write_bytes(buf.getvalue())
            subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", *args, str(path)], check=True)
            charset = args[args.index("-charset") + 1].split("=")[1] if "-charset" in args else None
            files.append((path, charset))
        readers = {"photodesk (Pillow + own IIM/XMP)": ours}
        try:
            import pyexiv2  # noqa: F401

            readers["pyexiv2 (exiv2, utf-8)"] = pyexiv2_reader
        except ImportError:
            pass
        print(f"{'reader':34} {'fields agreeing':>16} {'files fully right':>18} {'ms/file':>8}")
        for label, reader in readers.items():
            agree = total = full = 0
            spent = 0.0
            for path, charset in files:
                t0 = time.perf_counter()
                try:
                    got = reader(path)
                except Exception:
                    got = {k: ["<error>"] for k in FIELDS}
                spent += time.perf_counter() - t0
                ref = reference(path, charset)
                ok = [got[k] == ref[k] for k in FIELDS]
                agree, total, full = agree + sum(ok), total + len(ok), full + all(ok)
            ms = spent * 1000 / len(files)
            print(f"{label:34} {agree:>9}/{total:<6} {full:>11}/{len(files):<6} {ms:>8.1f}")
        print("(photodesk's time includes decoding the 640x480 pixels and making the working image)")


if __name__ == "__main__":
    main()
