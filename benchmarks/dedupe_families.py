"""Copy families of issue 15 for the dedupe benchmark: how agency pictures come back to a news desk.

Each transform is a small pure function of a PIL image and a ``random.Random`` (and, where a second real
photograph is needed, that photograph) returning the copy; nothing here reads files or keeps state, so a seed
reproduces every copy. ``wall_pair`` makes the hard negative of two different pictures in front of one wall.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

WORDS = "desk agency police minister storm match council river crowd market election court harbour".split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _grey(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    v = rng.randint(lo, hi)
    return (v, v, v)


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randint(0, 200), rng.randint(0, 200), rng.randint(40, 230))


def _scaled(image: Image.Image, width: int, height: int) -> Image.Image:
    return image.resize((max(1, width), max(1, height)), Image.Resampling.LANCZOS)


def _host_size(pw: int, ph: int, fraction: float, rng: random.Random) -> tuple[int, int]:
    """A host whose area is ``pw*ph/fraction``, of a shape near the picture's but wide enough to hold it."""
    side = 1 / math.sqrt(fraction)
    a = rng.uniform(0.85, 1.15)
    hw, hh = round(pw * side * a), round(ph * side / a)
    hw = max(hw, pw + 8)
    hh = max(round(pw * ph / fraction / hw), ph + 8)
    return hw, hh


def _off_centre(host: tuple[int, int], size: tuple[int, int], rng: random.Random) -> tuple[int, int]:
    """A corner-leaning position: the picture never sits centred, as on a page or in a composite."""
    free_x, free_y = host[0] - size[0], host[1] - size[1]
    fx = rng.choice((rng.uniform(0.0, 0.25), rng.uniform(0.75, 1.0)))
    fy = rng.choice((rng.uniform(0.0, 0.3), rng.uniform(0.7, 1.0)))
    return round(free_x * fx), round(free_y * fy)


def _text_blocks(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """Paragraphs of grey text lines and headline text filling ``box``: the article around a picture."""
    x0, y0, x1, y1 = box
    if x1 - x0 < 40 or y1 - y0 < 20:
        return
    line = max(10, (y1 - y0) // 30, (x1 - x0) // 40)
    y = y0 + line
    while y + line < y1:
        if rng.random() < 0.2:
            draw.text((x0 + 4, y), _text(rng, 4), fill=(20, 20, 20), font_size=round(line * 1.4))
            y += round(line * 2.2)
            continue
        width = rng.uniform(0.6, 1.0) * (x1 - x0 - 8)
        draw.rectangle((x0 + 4, y, x0 + 4 + width, y + line // 2), fill=_grey(rng, 150, 200))
        y += line
        if rng.random() < 0.15:
            y += line


def picture_in_picture_page(image: Image.Image, rng: random.Random) -> Image.Image:
    """The picture on a web page of another outlet: 40-60% of the page, off-centre, among headline and text blocks.

    Desks meet it when an outlet runs an agency picture and someone sends the page grab back as a "source".
    """
    pw, ph = image.width * 3 // 5, image.height * 3 // 5
    hw, hh = _host_size(pw, ph, rng.uniform(0.40, 0.60), rng)
    page = Image.new("RGB", (hw, hh), _grey(rng, 238, 255))
    draw = ImageDraw.Draw(page)
    band = max(12, hh // 18)
    draw.rectangle((0, 0, hw, band), fill=_colour(rng))
    draw.text((8, band // 5), _text(rng, 2).upper(), fill=(255, 255, 255), font_size=max(10, band * 3 // 5))
    x, y = _off_centre((hw, hh - band), (pw, ph), rng)
    y += band
    _text_blocks(draw, (0, band, hw, hh), rng)
    draw.rectangle((x - 4, y - 4, x + pw + 4, y + ph + 4), fill=(255, 255, 255))
    page.paste(_scaled(image, pw, ph), (x, y))
    return page


def picture_in_picture_photo(image: Image.Image, rng: random.Random, host: Image.Image) -> Image.Image:
    """The picture inset into another real photograph at 40-60% of its area, off-centre, with a thin border.

    Desks meet it in composites, "split screen" graphics and collages that reuse an agency picture.
    """
    pw, ph = image.width * 3 // 5, image.height * 3 // 5
    hw, hh = _host_size(pw, ph, rng.uniform(0.40, 0.60), rng)
    canvas = ImageOps.fit(host, (hw, hh), Image.Resampling.LANCZOS)
    x, y = _off_centre((hw, hh), (pw, ph), rng)
    ImageDraw.Draw(canvas).rectangle((x - 3, y - 3, x + pw + 3, y + ph + 3), fill=(255, 255, 255))
    canvas.paste(_scaled(image, pw, ph), (x, y))
    return canvas


def social_screenshot(image: Image.Image, rng: random.Random) -> Image.Image:
    """A phone screenshot of a social post: status bar, header with avatar and name, picture at 50-70% of the
    screenshot, side margins, caption and an action bar below.

    Desks meet it when a reader or a reporter forwards "this is going round" instead of the file itself.
    """
    pw, ph = image.width * 3 // 5, image.height * 3 // 5
    margin = round(pw * rng.uniform(0.02, 0.08))
    width = pw + 2 * margin
    total = max(round(pw * ph / rng.uniform(0.50, 0.70) / width), ph + 40)
    dark = rng.random() < 0.4
    bg, fg = ((16, 16, 18), (235, 235, 235)) if dark else ((255, 255, 255), (20, 20, 20))
    shot = Image.new("RGB", (width, total), bg)
    draw = ImageDraw.Draw(shot)
    chrome = total - ph
    status, header = round(chrome * 0.12), round(chrome * 0.30)
    draw.text((margin + 4, 2), f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", fill=fg, font_size=max(9, status))
    draw.rectangle((width - margin - 3 * status, status // 4, width - margin, status * 3 // 4), outline=fg)
    av = max(10, header * 2 // 3)
    ay = status + (header - av) // 2
    draw.ellipse((margin, ay, margin + av, ay + av), fill=_colour(rng))
    draw.text((margin + av + 8, ay), _text(rng, 2), fill=fg, font_size=max(9, av // 2))
    draw.text((margin + av + 8, ay + av // 2), "@" + rng.choice(WORDS), fill=(120, 120, 120), font_size=max(8, av // 3))
    top = status + header
    shot.paste(_scaled(image, pw, ph), (margin, top))
    y = top + ph + 6
    bar = max(12, round(chrome * 0.18))
    draw.text((margin, y), _text(rng, 7), fill=fg, font_size=max(9, bar // 2))
    ybar = total - bar
    draw.line((0, ybar, width, ybar), fill=(128, 128, 128))
    for k in range(4):
        cx = margin + k * (width - 2 * margin) // 4 + bar // 2
        draw.ellipse((cx, ybar + bar // 4, cx + bar // 2, ybar + 3 * bar // 4), outline=fg, width=2)
    return shot


def tv_frame(image: Image.Image, rng: random.Random) -> Image.Image:
    """A broadcast frame: the picture filling a 16:9 frame, a ticker band over the bottom 10-15%, a channel logo in
    a top corner.

    Desks meet it when a channel shows an agency picture on air and the frame grab comes back.
    """
    w = image.width
    frame = ImageOps.fit(image, (w, round(w * 9 / 16)), Image.Resampling.LANCZOS)
    h = frame.height
    draw = ImageDraw.Draw(frame)
    band = round(h * rng.uniform(0.10, 0.15))
    colour = _colour(rng)
    draw.rectangle((0, h - band, w, h), fill=colour)
    draw.rectangle((0, h - band, w // 6, h), fill=(255, 255, 255))
    draw.text((8, h - band * 3 // 4), "LIVE", fill=colour, font_size=max(10, band // 2))
    draw.text(
        (w // 6 + 10, h - band * 3 // 4), _text(rng, 8).upper(), fill=(255, 255, 255), font_size=max(10, band // 2)
    )
    logo = max(16, h // 10)
    lx = w - logo * 2 - w // 30 if rng.random() < 0.5 else w // 30
    ly = h // 20
    draw.rounded_rectangle((lx, ly, lx + logo * 2, ly + logo), radius=logo // 4, fill=(255, 255, 255))
    draw.text(
        (lx + logo // 4, ly + logo // 6), rng.choice(("TV5", "N24", "C1", "RTN")), fill=colour, font_size=logo * 2 // 3
    )
    return frame


def mirror_crop(image: Image.Image, rng: random.Random) -> Image.Image:
    """Mirrored and cropped together (10-20% off each dimension, at a random offset).

    Desks meet it when an outlet flips a picture to face the text and trims it to its layout.
    """
    fraction = rng.uniform(0.10, 0.20)
    w, h = image.size
    cw, ch = round(w * (1 - fraction)), round(h * (1 - fraction))
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    return ImageOps.mirror(image.crop((x, y, x + cw, y + ch)))


def squash_stretch(image: Image.Image, rng: random.Random) -> Image.Image:
    """The aspect ratio changed by 8-15% either way (one side scaled, squashed or stretched).

    Desks meet it from templates and players that force a picture into a box of another shape.
    """
    factor = 1 + rng.choice((-1, 1)) * rng.uniform(0.08, 0.15)
    w, h = image.size
    if rng.random() < 0.5:
        return _scaled(image, round(w * factor), h)
    return _scaled(image, w, round(h * factor))


def overlay_caption(image: Image.Image, rng: random.Random) -> Image.Image:
    """A burned-in caption block of 12-20% of the frame at the top or bottom: dark translucent band, white text.

    Desks meet it on pictures republished with a headline or quote written over them.
    """
    out = image.convert("RGBA")
    w, h = out.size
    band = round(h * rng.uniform(0.12, 0.20))
    y0 = h - band if rng.random() < 0.7 else 0
    layer = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.rectangle((0, y0, w, y0 + band), fill=(0, 0, 0, rng.randint(170, 235)))
    size = max(10, band // 4)
    draw.text((w // 30, y0 + band // 6), _text(rng, 6), fill=(255, 255, 255, 255), font_size=size)
    draw.text(
        (w // 30, y0 + band // 6 + size * 3 // 2), _text(rng, 8), fill=(230, 230, 230, 255), font_size=size * 3 // 4
    )
    return Image.alpha_composite(out, layer).convert("RGB")


def overlay_logo(image: Image.Image, rng: random.Random) -> Image.Image:
    """A large opaque logo of 10-20% of the frame in a corner.

    Desks meet it on pictures re-branded by an outlet or an aggregator.
    """
    out = image.copy()
    w, h = out.size
    side = round(math.sqrt(w * h * rng.uniform(0.10, 0.20)))
    x = rng.choice((w // 40, w - side - w // 40))
    y = rng.choice((h // 40, h - side - h // 40))
    draw = ImageDraw.Draw(out)
    colour = _colour(rng)
    draw.ellipse((x, y, x + side, y + side), fill=colour, outline=(255, 255, 255), width=max(2, side // 30))
    draw.text(
        (x + side // 5, y + side // 3), rng.choice(("NEWS", "24", "TV")), fill=(255, 255, 255), font_size=side // 3
    )
    return out


def _inner_box(image: Image.Image, rng: random.Random, area: float) -> tuple[int, int, int, int]:
    """A box of ``area`` of the picture, of a modest aspect ratio, kept away from the borders."""
    w, h = image.size
    aspect = rng.uniform(0.6, 1.6)
    bw = min(round(math.sqrt(w * h * area * aspect)), w * 3 // 5)
    bh = min(round(w * h * area / bw), h * 3 // 5)
    x = rng.randint(w // 10, w - w // 10 - bw)
    y = rng.randint(h // 10, h - h // 10 - bh)
    return x, y, x + bw, y + bh


def edited_added(image: Image.Image, rng: random.Random, donor: Image.Image) -> Image.Image:
    """An object added: a patch cut from another real photograph, 3-8% of the area, pasted inside the picture.

    Desks meet it as the manipulated picture (a person, a sign, smoke added) that must be flagged, not merged.
    """
    box = _inner_box(image, rng, rng.uniform(0.03, 0.08))
    bw, bh = box[2] - box[0], box[3] - box[1]
    source = ImageOps.fit(donor, (max(bw * 3, 8), max(bh * 3, 8)))
    sx, sy = rng.randint(0, source.width - bw), rng.randint(0, source.height - bh)
    out = image.copy()
    out.paste(source.crop((sx, sy, sx + bw, sy + bh)), box[:2])
    return out


def edited_removed(image: Image.Image, rng: random.Random) -> Image.Image:
    """An object removed: a region of 3-8% of the area filled by inpainting (cv2.inpaint) or by a blurred clone of a
    neighbouring region.

    Desks meet it as the retouched picture (a person, a sign, a weapon taken out) that must be flagged, not merged.
    """
    x0, y0, x1, y1 = _inner_box(image, rng, rng.uniform(0.03, 0.08))
    out = image.copy()
    if rng.random() < 0.5:
        pad = max(8, (x1 - x0) // 4)
        ox0, oy0 = max(0, x0 - pad), max(0, y0 - pad)
        ox1, oy1 = min(image.width, x1 + pad), min(image.height, y1 + pad)
        patch = np.asarray(image.crop((ox0, oy0, ox1, oy1)))
        mask = np.zeros(patch.shape[:2], np.uint8)
        mask[y0 - oy0 : y1 - oy0, x0 - ox0 : x1 - ox0] = 255
        filled = cv2.inpaint(np.ascontiguousarray(patch), mask, 5, cv2.INPAINT_TELEA)
        out.paste(Image.fromarray(filled), (ox0, oy0))
        return out
    bw = x1 - x0
    sx = x0 - bw if x0 - bw >= 0 else x1
    clone = image.crop((sx, y0, sx + bw, y1)).filter(ImageFilter.GaussianBlur(max(2, bw // 25)))
    out.paste(clone, (x0, y0))
    return out


def wall_pair(
    wall: Image.Image, first: Image.Image, second: Image.Image, rng: random.Random
) -> tuple[Image.Image, Image.Image]:
    """Two different photographs, each covering 50% of the frame at the same place, in front of one identical
    background (another real photograph): the hard negative "two people in front of one wall".

    Desks meet it with press-conference backdrops and sponsor walls: the same half of every frame, different news.
    """
    w, h = wall.size
    fw, fh = round(w * math.sqrt(0.5)), round(h * math.sqrt(0.5))
    x, y = _off_centre((w, h), (fw, fh), rng)
    out = []
    for fg in (first, second):
        frame = wall.copy()
        frame.paste(ImageOps.fit(fg, (fw, fh), Image.Resampling.LANCZOS), (x, y))
        out.append(frame)
    return out[0], out[1]
