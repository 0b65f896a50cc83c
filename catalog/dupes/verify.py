"""Deciding whether two candidate pictures are copies of one photograph, with much more evidence than a hash.

ORB features (OpenCV) are matched and a similarity transform (scale, rotation, shift) is fitted with RANSAC. A
copy — resized, recompressed, cropped, watermarked, framed, toned — is related to its original by such a
transform, and one of the two lies (almost) entirely inside the other. Two different views cut from one scene
also share features and a transform, but neither contains the other: that is the containment test. Finally the
aligned pixels must correlate (after normalising brightness and contrast), which separates a re-shot moment
from a copy. Pictures too flat for features are compared pixel by pixel, strictly. Mirrored copies are tried
flipped.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

import cv2
import numpy as np

MIN_INLIERS = 20
MIN_INLIER_RATIO = 0.3
MIN_CONTAINMENT = 0.9
MIN_CORRELATION = 0.75
FLAT_MAX_MAD = 4.0
_ORB = cv2.ORB.create(nfeatures=1000, fastThreshold=12)
_MATCHER = cv2.BFMatcher(cv2.NORM_HAMMING)


@dataclass
class Verdict:
    same: bool
    method: str  # features | pixels | flat
    inliers: int = 0
    containment: float = 0.0
    correlation: float = 0.0
    mirrored: bool = False
    ms: float = 0.0
    reason: str = ""


def gray_array(image: object) -> np.ndarray:
    """A PIL image (RGB or L) as the uint8 grayscale array verification works on."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    return np.asarray(image.convert("L"), dtype=np.uint8)


def verify_views(
    a: tuple[np.ndarray, np.ndarray],
    b: tuple[np.ndarray, np.ndarray],
    *,
    flat: bool = False,
    mirrored_first: bool = False,
) -> Verdict:
    """Verify (trimmed, untrimmed) views of two pictures: the trimmed ones first, then — when trimming changed
    either picture — the untrimmed ones (a sky trimmed from one copy only must not hide a copy)."""
    verdict = verify(a[0], b[0], flat=flat, mirrored_first=mirrored_first)
    if not verdict.same and (a[0].shape != a[1].shape or b[0].shape != b[1].shape):
        second = verify(a[1], b[1], flat=flat, mirrored_first=mirrored_first)
        second.ms += verdict.ms
        if second.same:
            return second
        verdict.ms = second.ms
    return verdict


def verify(a: np.ndarray, b: np.ndarray, *, flat: bool = False, mirrored_first: bool = False) -> Verdict:
    """Are ``a`` and ``b`` (grayscale, borders trimmed, about 512 px) copies of one picture?"""
    start = time.perf_counter()
    if flat:
        verdict = _flat(a, b)
    else:
        verdict = _features(a, b, mirrored=mirrored_first)
        if not verdict.same and verdict.method == "features":
            other = _features(a, b, mirrored=not mirrored_first)
            if other.same or other.inliers > verdict.inliers:
                verdict = other
        if verdict.method == "pixels":
            verdict = _pixels(a, b)
    verdict.ms = (time.perf_counter() - start) * 1000
    return verdict


# ORB features of the views being verified, computed once per picture and orientation rather than per pair: one
# picture is verified against each of its candidates in turn (a batch of near-identical frames meets every other),
# and a view the trim left whole is the same picture as its untrimmed view. Keyed by content (shape and a sample of
# the pixels; a hit is confirmed pixel for pixel), so a thumbnail read again from disk for the next lookup, or an
# untrimmed view, reuses what was computed; each entry holds its array for that comparison.
_Features = tuple[np.ndarray, np.ndarray, np.ndarray | None]  # the view, keypoint coordinates (n x 2), descriptors
_FEATURES: OrderedDict[tuple[tuple[int, ...], bytes, bool], _Features] = OrderedDict()
FEATURE_CACHE = 64  # views: a picture's trimmed and whole view, both orientations, for a few dozen pictures
_SAMPLE = 16  # every 16th pixel of every 16th row names a view in the cache


def _orb(view: np.ndarray, mirrored: bool) -> tuple[np.ndarray, np.ndarray | None]:
    key = (view.shape, view[::_SAMPLE, ::_SAMPLE].tobytes(), mirrored)
    hit = _FEATURES.get(key)
    if hit is not None and (hit[0] is view or np.array_equal(hit[0], view)):
        _FEATURES.move_to_end(key)
        return hit[1], hit[2]
    image = np.ascontiguousarray(view[:, ::-1]) if mirrored else view
    keypoints, descriptors = _ORB.detectAndCompute(image, None)
    points = np.asarray(cv2.KeyPoint.convert(keypoints), np.float32).reshape(-1, 2)
    _FEATURES[key] = (view, points, descriptors)
    if len(_FEATURES) > FEATURE_CACHE:
        _FEATURES.popitem(last=False)
    return points, descriptors


_ROWS = 128  # descriptors of ``a`` compared at a time: the distance block stays in the processor's cache


def _good_matches(des_a: np.ndarray, des_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lowe's ratio test over the two nearest descriptors of ``b`` (Hamming distance) for each of ``a``: the
    (index in a, index in b) of every match whose nearest is nearer than 0.8 x the second nearest, in a's order.

    The same pairs as ``BFMatcher(NORM_HAMMING).knnMatch(k=2)`` and the test on its distances (a tie for the
    nearest fails the test whichever of the two is taken), computed with the processor's popcount in blocks,
    about 1.7x faster than OpenCV's matcher, whose distance loop is not built for it (the largest part of the
    time a pair takes). ``b`` holds two descriptors or more."""
    words_a = np.ascontiguousarray(des_a).view(np.uint64)
    words_b = np.ascontiguousarray(np.ascontiguousarray(des_b).view(np.uint64).T)  # one row per 64-bit word
    n, m = len(words_a), words_b.shape[1]
    nearest = np.empty(n, np.intp)
    first = np.empty(n, np.float64)
    second = np.empty(n, np.float64)
    block = np.empty((min(_ROWS, n), m), np.uint64)
    for start in range(0, n, _ROWS):
        rows = words_a[start : start + _ROWS]
        scratch = block[: len(rows)]
        distance = np.bitwise_count(np.bitwise_xor(rows[:, :1], words_b[0], out=scratch)).astype(np.uint16)
        for word in range(1, words_b.shape[0]):
            distance += np.bitwise_count(np.bitwise_xor(rows[:, word : word + 1], words_b[word], out=scratch))
        span = slice(start, start + len(rows))
        best = distance.argmin(axis=1)
        index = np.arange(len(rows))
        nearest[span] = best
        first[span] = distance[index, best]
        distance[index, best] = np.iinfo(np.uint16).max  # above any distance (at most 256 bits)
        second[span] = distance.min(axis=1)
    good = np.flatnonzero(first < 0.8 * second)
    return good, nearest[good]


def _features(a: np.ndarray, b_view: np.ndarray, *, mirrored: bool) -> Verdict:
    b = np.ascontiguousarray(b_view[:, ::-1]) if mirrored else b_view
    pts_a, des_a = _orb(a, False)
    pts_b, des_b = _orb(b_view, mirrored)
    if des_a is None or des_b is None or len(pts_a) < 40 or len(pts_b) < 40:
        return Verdict(False, "pixels", reason="too few features")
    query, train = _good_matches(des_a, des_b)
    if len(query) < MIN_INLIERS:
        return Verdict(False, "features", len(query), mirrored=mirrored, reason=f"{len(query)} matching features")
    src = pts_a[query]
    dst = pts_b[train]
    matrix, mask = cv2.estimateAffinePartial2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=4.0)
    inliers = int(mask.sum()) if mask is not None else 0
    if matrix is None or inliers < MIN_INLIERS or inliers < MIN_INLIER_RATIO * len(query):
        return Verdict(False, "features", inliers, mirrored=mirrored, reason=f"{inliers} consistent matches")
    scale = float(np.hypot(matrix[0, 0], matrix[1, 0]))
    angle = abs(float(np.degrees(np.arctan2(matrix[1, 0], matrix[0, 0]))))
    if not 0.15 <= scale <= 7 or angle > 8:
        return Verdict(False, "features", inliers, mirrored=mirrored, reason="not a resize or crop")
    containment = _containment(matrix, a.shape, b.shape)
    if containment < MIN_CONTAINMENT:
        return Verdict(
            False,
            "features",
            inliers,
            containment,
            mirrored=mirrored,
            reason=f"overlapping views: {containment:.0%} contained",
        )
    correlation = _aligned_correlation(a, b, matrix)
    same = correlation >= MIN_CORRELATION
    return Verdict(
        same,
        "features",
        inliers,
        containment,
        correlation,
        mirrored,
        reason="copy" if same else f"aligned pixels differ (r={correlation:.2f})",
    )


def _containment(matrix: np.ndarray, shape_a: tuple[int, ...], shape_b: tuple[int, ...]) -> float:
    """How much of one picture lies inside the other, taking the better of the two directions."""
    ha, wa = shape_a[:2]
    hb, wb = shape_b[:2]
    corners = np.array([[0, 0], [wa, 0], [wa, ha], [0, ha]], dtype=np.float32).reshape(-1, 1, 2)
    projected = cv2.transform(corners, matrix).reshape(-1, 2)
    x0, y0 = projected.min(axis=0)
    x1, y1 = projected.max(axis=0)
    area_a = max((x1 - x0) * (y1 - y0), 1e-6)
    inter = max(0.0, min(x1, wb) - max(x0, 0)) * max(0.0, min(y1, hb) - max(y0, 0))
    a_in_b = inter / area_a
    b_in_a = inter / (wb * hb)
    return float(max(a_in_b, b_in_a))


def _aligned_correlation(a: np.ndarray, b: np.ndarray, matrix: np.ndarray) -> float:
    hb, wb = b.shape[:2]
    warped = cv2.warpAffine(a, matrix, (wb, hb), flags=cv2.INTER_AREA, borderValue=0)
    mask = cv2.warpAffine(np.full(a.shape, 255, np.uint8), matrix, (wb, hb), flags=cv2.INTER_NEAREST) > 0
    mask = cv2.erode(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if mask.sum() < 500:
        return 0.0
    return _correlation(warped[mask].astype(np.float32), b[mask].astype(np.float32))


def _correlation(x: np.ndarray, y: np.ndarray) -> float:
    x = x - x.mean()
    y = y - y.mean()
    denominator = float(np.sqrt((x * x).sum() * (y * y).sum()))
    return float((x * y).sum() / denominator) if denominator > 1e-6 else 0.0


def _same_frame(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Both pictures at one small size, if they have the same shape (within 3%); else None."""
    ra, rb = a.shape[1] / a.shape[0], b.shape[1] / b.shape[0]
    if abs(ra - rb) / max(ra, rb) > 0.03:
        return None
    size = (128, max(1, round(128 / ra)))
    return (
        cv2.resize(a, size, interpolation=cv2.INTER_AREA).astype(np.float32),
        cv2.resize(b, size, interpolation=cv2.INTER_AREA).astype(np.float32),
    )


def _pixels(a: np.ndarray, b: np.ndarray) -> Verdict:
    """Little texture but not flat: same shape and strongly correlated pixels (resized or recompressed)."""
    pair = _same_frame(a, b)
    if pair is None:
        return Verdict(False, "pixels", reason="different shapes")
    for candidate in (pair[1], pair[1][:, ::-1]):
        r = _correlation(pair[0].ravel(), candidate.ravel())
        if r >= 0.95:
            return Verdict(True, "pixels", correlation=r, containment=1.0, reason="same pixels, resized")
    return Verdict(False, "pixels", correlation=r, reason="pixels differ")


def _flat(a: np.ndarray, b: np.ndarray) -> Verdict:
    """Flat pictures collide on every hash; only near-identical pixels at the same shape count."""
    pair = _same_frame(a, b)
    if pair is None:
        return Verdict(False, "flat", reason="different shapes")
    mad = float(np.abs(pair[0] - pair[1]).mean())
    same = mad <= FLAT_MAX_MAD
    return Verdict(same, "flat", containment=1.0, reason=f"mean difference {mad:.1f}")
