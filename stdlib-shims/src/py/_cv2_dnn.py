"""cv2.dnn for taipan: the pre- and post-processing helpers of OpenCV
4.13's dnn module (blobFromImage(s) and NMSBoxes), without networks.

Blobs follow OpenCV's order of work: resize (or resize and centre-crop)
with INTER_LINEAR, swap R and B, then (x - mean) * scalefactor in
float32, stacked as NCHW.
"""

import numpy as _np
import cv2 as _cv2

DNN_BACKEND_OPENCV = 3
DNN_TARGET_CPU = 0


def _as_scalar(value, name):
    if isinstance(value, (int, float)):
        return [float(value), float(value), float(value), float(value)] if name == "scalefactor" \
            else [float(value), 0.0, 0.0, 0.0]
    vals = [float(v) for v in value][:4]
    return vals + [0.0] * (4 - len(vals))


def _prepare(image, size, swapRB, crop):
    img = _np.asarray(image)
    if img.ndim == 2:
        img = img[:, :, None]
    if img.ndim != 3 or img.size == 0:
        raise _cv2.error("(-215:Assertion failed) !image.empty() in function 'blobFromImages'")
    h, w = img.shape[0], img.shape[1]
    sw, sh = (int(size[0]), int(size[1])) if size is not None else (0, 0)
    if (sw, sh) == (0, 0):
        sw, sh = w, h
    if (sw, sh) != (w, h):
        src = img[:, :, 0] if img.shape[2] == 1 else img
        if crop:
            f = max(float(_np.float32(sw) / _np.float32(w)), float(_np.float32(sh) / _np.float32(h)))
            f = float(_np.float32(f))
            src = _cv2.resize(src, None, fx=f, fy=f, interpolation=_cv2.INTER_LINEAR)
            if src.ndim == 2:
                src = src[:, :, None]
            x0 = (src.shape[1] - sw) // 2
            y0 = (src.shape[0] - sh) // 2
            src = src[y0:y0 + sh, x0:x0 + sw]
        else:
            src = _cv2.resize(src, (sw, sh), interpolation=_cv2.INTER_LINEAR)
        img = src if src.ndim == 3 else src[:, :, None]
    if swapRB and img.shape[2] >= 3:
        order = [2, 1, 0] + list(range(3, img.shape[2]))
        img = img[:, :, order]
    return img


def blobFromImages(images, scalefactor=1.0, size=None, mean=None, swapRB=False, crop=False,
                   ddepth=_cv2.CV_32F):
    """A 4-D NCHW blob from images (each HWC, resized to size)."""
    if ddepth not in (_cv2.CV_32F, _cv2.CV_8U):
        raise _cv2.error("(-215:Assertion failed) ddepth == CV_32F || ddepth == CV_8U "
                         "in function 'blobFromImages'")
    images = list(images)
    if not images:
        raise _cv2.error("(-215:Assertion failed) !images_.empty() in function 'blobFromImages'")
    scale = _as_scalar(scalefactor, "scalefactor")
    mean = _as_scalar(mean if mean is not None else 0.0, "mean")
    planes = [_prepare(im, size, swapRB, crop) for im in images]
    shape = planes[0].shape
    for p in planes:
        if p.shape != shape:
            raise _cv2.error("(-215:Assertion failed) image.depth() == blob_.depth() "
                             "in function 'blobFromImages'")
    n = shape[2]
    if ddepth == _cv2.CV_8U:
        if any(mean) or any(s != 1.0 for s in scale[:n]):
            raise _cv2.error("(-215:Assertion failed) scalefactor == 1.0 && mean == Scalar() "
                             "in function 'blobFromImages'")
        return _np.stack([p.transpose(2, 0, 1) for p in planes]).astype(_np.uint8)
    m = _np.array(mean[:n], dtype=_np.float32) if n <= 4 else _np.float32(0)
    s = _np.array(scale[:n], dtype=_np.float32) if n <= 4 else _np.float32(scale[0])
    out = []
    for p in planes:
        x = p.astype(_np.float32)
        if any(mean):
            x = x - m
        x = x * s
        out.append(x.transpose(2, 0, 1))
    return _np.ascontiguousarray(_np.stack(out))


def blobFromImage(image, scalefactor=1.0, size=None, mean=None, swapRB=False, crop=False,
                  ddepth=_cv2.CV_32F):
    """A 1xCxHxW blob from one image (see blobFromImages)."""
    return blobFromImages([image], scalefactor, size, mean, swapRB, crop, ddepth)


def imagesFromBlob(blob_):
    """The HWC float images of an NCHW blob."""
    b = _np.asarray(blob_)
    return tuple(_np.ascontiguousarray(b[i].transpose(1, 2, 0)) for i in range(b.shape[0]))


def _rects(bboxes):
    arr = _np.asarray(bboxes, dtype=_np.float64)
    if arr.size == 0:
        return _np.zeros((0, 4))
    if arr.ndim != 2 or arr.shape[1] != 4:
        raise _cv2.error("(-215:Assertion failed) bboxes must be a sequence of (x, y, w, h)")
    return arr


def _overlap(a, b):
    """OpenCV's rectOverlap of two (x, y, w, h) boxes, in float32."""
    aa = a[2] * a[3]
    ab = b[2] * b[3]
    if aa + ab <= 2.220446049250313e-16:
        return _np.float32(1.0)
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    inter = w * h if w > 0 and h > 0 else 0.0
    dist = _np.float32(1.0 - inter / (aa + ab - inter))
    return _np.float32(1.0) - dist


def NMSBoxes(bboxes, scores, score_threshold, nms_threshold, eta=1.0, top_k=0):
    """Indices of the boxes kept by greedy non-maximum suppression: an
    int32 array (an empty tuple when none is kept)."""
    boxes = _rects(bboxes)
    sc = _np.asarray(scores, dtype=_np.float32).ravel()
    if len(sc) != len(boxes):
        raise _cv2.error("(-215:Assertion failed) bboxes.size() == scores.size() in function 'NMSBoxes'")
    if nms_threshold < 0:
        raise _cv2.error("(-215:Assertion failed) nms_threshold >= 0 in function 'NMSBoxes'")
    if eta <= 0:
        raise _cv2.error("(-215:Assertion failed) eta > 0 in function 'NMSBoxes'")
    thr = _np.float32(score_threshold)
    cand = [i for i in range(len(sc)) if sc[i] > thr]
    cand.sort(key=lambda i: -float(sc[i]))
    if 0 < top_k < len(cand):
        cand = cand[:top_k]
    adaptive = _np.float32(nms_threshold)
    rows = [tuple(float(v) for v in r) for r in boxes]
    kept = []
    for i in cand:
        keep = True
        for k in kept:
            if _overlap(rows[i], rows[k]) > adaptive:
                keep = False
                break
        if keep:
            kept.append(i)
            if eta < 1 and adaptive > 0.5:
                adaptive = _np.float32(adaptive * _np.float32(eta))
    if not kept:
        return ()
    return _np.array(kept, dtype=_np.int32)
