"""Verification's own parts on real photographs: the descriptor matching gives exactly OpenCV's matches, and the
feature cache reuses features only for a view equal pixel for pixel."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from catalog.dupes import verify
from catalog.dupes.hashing import working_image
from catalog.dupes.verify import gray_array, verify_views

from .helpers import DATA

PHOTOS = ("osprey.jpg", "casa-mila.jpg", "wren.jpg", "lake.jpg")


def view(name: str, *, crop: float = 0.0) -> np.ndarray:
    with Image.open(DATA / name) as im:
        work = working_image(im.convert("RGB"))
    w, h = work.size
    return gray_array(work.crop((round(w * crop), round(h * crop), w, h)))


def opencv_matches(des_a: np.ndarray, des_b: np.ndarray) -> tuple[list[int], list[int]]:
    """What verification used before: BFMatcher(NORM_HAMMING).knnMatch(k=2) and Lowe's test at 0.8."""
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(des_a, des_b, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    return [m.queryIdx for m in good], [m.trainIdx for m in good]


def test_descriptor_matching_finds_exactly_opencvs_ratio_test_matches_on_real_photographs() -> None:
    orb = cv2.ORB.create(nfeatures=1000, fastThreshold=12)
    views = [view(n) for n in PHOTOS] + [view(n, crop=0.1) for n in PHOTOS] + [view(PHOTOS[0])[:, ::-1].copy()]
    descriptors = [orb.detectAndCompute(v, None)[1] for v in views]
    compared = 0
    for des_a in descriptors:
        for des_b in descriptors:
            query, train = verify._good_matches(des_a, des_b)
            expected = opencv_matches(des_a, des_b)
            assert (query.tolist(), train.tolist()) == expected
            compared += len(expected[0])
    assert compared > 1000  # copies match by hundreds, different pictures by a few: both kinds were compared


def test_an_equal_view_reuses_cached_features_and_a_view_one_pixel_apart_does_not() -> None:
    first = view("wren.jpg")
    _, descriptors = verify._orb(first, False)
    again = first.copy()  # another array, the same pixels: a thumbnail read again from disk
    assert verify._orb(again, False)[1] is descriptors
    altered = first.copy()
    altered[1, 1] ^= 0xFF  # off the sampled grid that names a view: only the pixel-for-pixel check can tell
    points_altered, descriptors_altered = verify._orb(altered, False)
    assert descriptors_altered is not descriptors
    fresh = cv2.ORB.create(nfeatures=1000, fastThreshold=12).detectAndCompute(altered, None)
    assert np.array_equal(descriptors_altered, fresh[1])
    assert np.array_equal(points_altered, cv2.KeyPoint.convert(fresh[0]))


def test_a_crop_is_verified_a_copy_and_another_photograph_is_not() -> None:
    osprey = (view("osprey.jpg"), view("osprey.jpg"))
    cropped = (view("osprey.jpg", crop=0.1), view("osprey.jpg", crop=0.1))
    lake = (view("lake.jpg"), view("lake.jpg"))
    copy = verify_views(osprey, cropped)
    assert copy.same and copy.method == "features" and copy.inliers >= verify.MIN_INLIERS
    assert not verify_views(osprey, lake).same
