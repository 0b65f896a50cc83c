"""``Image.thumbnail`` without its copy: the same size and the same pixels, from one resize of the picture.

``thumbnail`` works in place, so keeping the original means copying the whole decoded picture first, then
resizing the copy. Computing the size by thumbnail's rule and resizing straight to it gives the identical image
for the price of the resize alone (tests compare both with ``thumbnail`` itself).
"""

from __future__ import annotations

import math

from PIL import Image


def fitted_size(size: tuple[int, int], box: int) -> tuple[int, int]:
    """The size ``thumbnail((box, box))`` gives a picture of ``size``: aspect kept, never enlarged, each side
    rounded down or up to whichever keeps the aspect closer, as Pillow's ``thumbnail`` rounds."""
    width, height = size
    x = y = box
    if x >= width and y >= height:
        return size
    aspect = width / height
    if x / y >= aspect:
        x = max(min(math.floor(y * aspect), math.ceil(y * aspect), key=lambda n: abs(aspect - n / y)), 1)
    else:
        y = max(
            min(math.floor(x / aspect), math.ceil(x / aspect), key=lambda n: 0 if n == 0 else abs(aspect - x / n)),
            1,
        )
    return x, y


def shrink(image: Image.Image, box: int, resample: Image.Resampling) -> Image.Image:
    """What ``copy = image.copy(); copy.thumbnail((box, box), resample, reducing_gap=None)`` leaves in ``copy``;
    ``image`` itself when it fits already (callers only read the result)."""
    size = fitted_size(image.size, box)
    return image if size == image.size else image.resize(size, resample)
