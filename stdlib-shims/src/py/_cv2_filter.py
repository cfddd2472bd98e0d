"""cv2 neighbourhood filters for taipan, in numpy: blur/boxFilter,
medianBlur, filter2D, getStructuringElement, erode, dilate,
morphologyEx, Sobel, Scharr, Laplacian, Canny, pyrDown and pyrUp, with
OpenCV's border modes and rounding.
"""

import numpy as _np
import cv2 as _cv2

_BORDERS = (0, 1, 2, 3, 4)


def _src(src, func, wide=False):
    """src as an array a filter takes (uint16 too where wide)."""
    src = _np.asarray(src)
    ok = (_np.uint8, _np.float32, _np.uint16) if wide else (_np.uint8, _np.float32)
    if src.dtype not in ok or src.ndim not in (2, 3):
        raise _cv2.error("taipan's cv2.%s handles uint8 and float32 images only%s"
                         % (func, " (and uint16)" if wide else ""))
    if src.size == 0:
        raise _cv2.error("(-215:Assertion failed) !_src.empty() in function '%s'" % func)
    return src


def _padded(src, ky, kx, ay, ax, border, value=None):
    kind = border & ~16
    if kind == 3 and value is None:
        raise _cv2.error("(-215:Assertion failed) columnBorderType != BORDER_WRAP in function 'init'")
    if kind not in _BORDERS:
        raise _cv2.error("(-206:Bad flag (parameter or structure field)) Unknown/unsupported "
                         "border type in function 'borderInterpolate'")
    return _cv2.copyMakeBorder(src, ay, ky - 1 - ay, ax, kx - 1 - ax, kind, value=value)


def _taps(p, h, w, mask):
    """The shifted (h, w) views of padded p where mask is set, row by row."""
    for i in range(mask.shape[0]):
        for j in range(mask.shape[1]):
            if mask[i, j]:
                yield i, j, p[i:i + h, j:j + w]


def _anchor(anchor, ksize):
    ax, ay = (-1, -1) if anchor is None else (int(anchor[0]), int(anchor[1]))
    return (ksize[1] // 2 if ay < 0 else ay), (ksize[0] // 2 if ax < 0 else ax)


def _ksize(ksize, func):
    kw, kh = int(ksize[0]), int(ksize[1])
    if kw <= 0 or kh <= 0:
        raise _cv2.error("(-215:Assertion failed) ksize.width > 0 && ksize.height > 0 in function '%s'" % func)
    return kw, kh


def _depth(src, ddepth):
    if ddepth is None or ddepth < 0:
        return src.dtype
    if ddepth not in (0, 5, 6):
        raise _cv2.error("taipan's cv2 filters write CV_8U, CV_32F or CV_64F only")
    return {0: _np.uint8, 5: _np.float32, 6: _np.float64}[ddepth]


def _saturate(s, depth):
    if depth == _np.uint8:
        return _np.clip(_np.rint(s), 0, 255).astype(_np.uint8)
    return s.astype(depth)


def boxFilter(src, ddepth, ksize, dst=None, anchor=None, normalize=True, borderType=4):
    """The mean (or sum) over a ksize box around each pixel."""
    src = _src(src, "boxFilter")
    kw, kh = _ksize(ksize, "boxFilter")
    ay, ax = _anchor(anchor, (kw, kh))
    p = _padded(src, kh, kw, ay, ax, borderType).astype(_np.float64)
    h, w = src.shape[:2]
    s = sum(v for _, _, v in _taps(p, h, w, _np.ones((kh, kw), bool)))
    depth = _depth(src, ddepth)
    if not normalize:
        return _saturate(s, depth)
    if depth == _np.uint8:
        return _saturate(_np.floor(s / (kw * kh) + 0.5), depth)
    if depth == _np.float32 and src.dtype == _np.uint8:
        return s.astype(_np.float32) * _np.float32(1.0 / (kw * kh))
    return (s * (1.0 / (kw * kh))).astype(depth)


def blur(src, ksize, dst=None, anchor=None, borderType=4):
    """boxFilter normalised, same depth."""
    return boxFilter(src, -1, ksize, None, anchor, True, borderType)


def medianBlur(src, ksize, dst=None):
    """The median over a ksize x ksize square (replicated border)."""
    src = _src(src, "medianBlur")
    k = int(ksize)
    if k < 3 or k % 2 == 0:
        raise _cv2.error("(-215:Assertion failed) (ksize % 2 == 1) && (ksize >= 3) in function 'medianBlur'")
    if k > 5 and src.dtype != _np.uint8:
        raise _cv2.error("(-210:Unsupported format or combination of formats) in function 'medianBlur'")
    h, w = src.shape[:2]
    p = _padded(src, k, k, k // 2, k // 2, 1)
    stack = _np.stack([v for _, _, v in _taps(p, h, w, _np.ones((k, k), bool))], axis=0)
    return _np.sort(stack, axis=0)[k * k // 2]


def filter2D(src, ddepth, kernel, dst=None, anchor=None, delta=0, borderType=4):
    """The correlation of src with kernel (OpenCV's float32 multiply-adds, or
    exact integer sums for an integer kernel on uint8)."""
    src = _src(src, "filter2D")
    k = _np.asarray(kernel, dtype=_np.float64)
    if k.ndim != 2 or k.size == 0:
        raise _cv2.error("(-215:Assertion failed) !_kernel.empty() in function 'filter2D'")
    kh, kw = k.shape
    ay, ax = _anchor(anchor, (kw, kh))
    h, w = src.shape[:2]
    p = _padded(src, kh, kw, ay, ax, borderType)
    depth = _depth(src, ddepth)
    exact = src.dtype == _np.uint8 and depth == _np.uint8 and (k == _np.rint(k)).all()
    if exact or depth == _np.float64:
        s = _np.full(src.shape, float(delta) if exact or depth == _np.float64 else 0.0)
        for i, j, v in _taps(p, h, w, k != 0):
            s = s + k[i, j] * v.astype(_np.float64)
    else:
        s = _np.full(src.shape, _np.float32(delta), dtype=_np.float32)
        for i, j, v in _taps(p, h, w, k != 0):
            s = (float(_np.float32(k[i, j])) * v.astype(_np.float64) + s).astype(_np.float32)
    return _saturate(s, depth)


def getStructuringElement(shape, ksize, anchor=None):
    """MORPH_RECT (0), MORPH_CROSS (1) or MORPH_ELLIPSE (2) as a uint8 mask."""
    kw, kh = int(ksize[0]), int(ksize[1])
    ay, ax = _anchor(anchor, (kw, kh))
    if shape not in (0, 1, 2):
        raise _cv2.error("(-215:Assertion failed) shape == MORPH_RECT || shape == MORPH_CROSS || "
                         "shape == MORPH_ELLIPSE in function 'getStructuringElement'")
    if kw == 1 and kh == 1:
        shape = 0
    out = _np.zeros((kh, kw), dtype=_np.uint8)
    r, c = kh // 2, kw // 2
    for i in range(kh):
        if shape == 0 or (shape == 1 and i == ay):
            j1, j2 = 0, kw
        elif shape == 1:
            j1, j2 = ax, ax + 1
        else:
            dy = i - r
            j1 = j2 = 0
            if abs(dy) <= r:
                dx = int(_np.rint(c * _np.sqrt((r * r - dy * dy) / float(r * r)))) if r else 0
                j1, j2 = max(c - dx, 0), min(c + dx + 1, kw)
        out[i, j1:j2] = 1
    return out


def _morph(src, kernel, anchor, iterations, border, value, op, func):
    src = _src(src, func, True)
    k = _np.ones((3, 3), _np.uint8) if kernel is None or _np.asarray(kernel).size == 0 else _np.asarray(kernel)
    kh, kw = k.shape
    ay, ax = _anchor(anchor, (kw, kh))
    h, w = src.shape[:2]
    if value is None:
        lo, hi = {"uint8": (0.0, 255.0), "uint16": (0.0, 65535.0)}.get(
            src.dtype.name, (-float("inf"), float("inf")))
        value = (hi if op is _np.minimum else lo,) * 4
    out = src
    # OpenCV copies for iterations == 0 and runs once for a negative count
    for _ in range(max(int(iterations), 1) if int(iterations) != 0 and (k != 0).any() else 0):
        p = _padded(out, kh, kw, ay, ax, border, value)
        views = [v for _, _, v in _taps(p, h, w, k != 0)]
        res = views[0]
        for v in views[1:]:
            res = op(res, v)
        out = _np.ascontiguousarray(res)
    return out.copy() if out is src else out


def erode(src, kernel, dst=None, anchor=None, iterations=1, borderType=0, borderValue=None):
    """The minimum over kernel's set cells."""
    return _morph(src, kernel, anchor, iterations, borderType, borderValue, _np.minimum, "erode")


def dilate(src, kernel, dst=None, anchor=None, iterations=1, borderType=0, borderValue=None):
    """The maximum over kernel's set cells."""
    return _morph(src, kernel, anchor, iterations, borderType, borderValue, _np.maximum, "dilate")


def morphologyEx(src, op, kernel, dst=None, anchor=None, iterations=1, borderType=0, borderValue=None):
    """MORPH_ERODE/DILATE/OPEN/CLOSE/GRADIENT/TOPHAT/BLACKHAT (0..6)."""
    args = (anchor, iterations, borderType, borderValue)
    if op in (0, 1):
        return (erode if op == 0 else dilate)(src, kernel, None, *args)
    if op not in (2, 3, 4, 5, 6):
        raise _cv2.error("(-213:The function/feature is not implemented) unknown morphological "
                         "operation in function 'morphologyEx'")
    src = _src(src, "morphologyEx", True)
    if op == 2:
        return dilate(erode(src, kernel, None, *args), kernel, None, *args)
    if op == 3:
        return erode(dilate(src, kernel, None, *args), kernel, None, *args)
    if op == 4:
        return _minus(dilate(src, kernel, None, *args), erode(src, kernel, None, *args))
    if op == 5:
        return _minus(src, morphologyEx(src, 2, kernel, None, *args))
    return _minus(morphologyEx(src, 3, kernel, None, *args), src)


def _minus(a, b):
    """a - b saturated at 0 for uint8 (an even or anchor-less kernel can
    open above the image or erode above the dilation)."""
    return _np.maximum(a, b) - b if a.dtype.kind == "u" else a - b


def _binomial(n):
    k = [1]
    for _ in range(n - 1):
        k = [a + b for a, b in zip(k + [0], [0] + k)]
    return k


def _deriv_kernel(order, ksize):
    """OpenCV's 1-D Sobel kernel: a binomial smoothing of ksize - order
    taps differenced order times (ksize -1 is Scharr's)."""
    if ksize == -1:
        return [-1, 0, 1] if order == 1 else [3, 10, 3]
    if ksize == 1 and order == 0:
        return [1]
    size = max(ksize, 3)
    k = _binomial(size - order)
    for _ in range(order):
        k = [b - a for a, b in zip(k + [0], [0] + k)]
    return k


_INT_DEPTHS = {-1: None, 0: _np.uint8, 2: _np.uint16, 3: _np.int16, 5: _np.float32, 6: _np.float64}


def _deriv_depth(src, ddepth, func):
    if src.dtype != _np.uint8 or src.ndim not in (2, 3):
        raise _cv2.error("taipan's cv2.%s handles uint8 images only" % func)
    if src.size == 0:
        raise _cv2.error("(-215:Assertion failed) !_src.empty() in function '%s'" % func)
    if ddepth not in _INT_DEPTHS:
        raise _cv2.error("taipan's cv2.%s writes CV_8U, CV_16U, CV_16S, CV_32F or CV_64F" % func)
    return _INT_DEPTHS[ddepth] or _np.uint8


def _finish(s, depth, scale, delta, func):
    """s * scale + delta in depth; the integer sums make it exact when
    scale is a power of two and delta an integer, which taipan requires."""
    m, e = _np.frexp(float(scale))
    if scale == 0 or m not in (0.5, -0.5) or float(delta) != int(delta):
        raise _cv2.error("taipan's cv2.%s takes power-of-two scales and integer deltas only" % func)
    s = s * float(scale) + float(delta)
    if depth in (_np.float32, _np.float64):
        return s.astype(depth)
    info = _np.iinfo(depth)
    return _np.clip(_np.rint(s), info.min, info.max).astype(depth)


def _sep_sum(src, kx, ky, border):
    """The exact integer correlation of uint8 src with kx (along x) and
    ky (along y), float64."""
    h, w = src.shape[:2]
    p = _padded(src, len(ky), len(kx), len(ky) // 2, len(kx) // 2, border).astype(_np.float64)
    rows = sum(c * p[:, j:j + w] for j, c in enumerate(kx) if c)
    return sum(c * rows[i:i + h] for i, c in enumerate(ky) if c)


def Sobel(src, ddepth, dx, dy, dst=None, ksize=3, scale=1, delta=0, borderType=4):
    """The dx-th / dy-th derivative by OpenCV's Sobel kernels (exact on
    uint8 images)."""
    src = _np.asarray(src)
    depth = _deriv_depth(src, ddepth, "Sobel")
    if ksize not in (-1, 1, 3, 5, 7) or dx < 0 or dy < 0 or dx + dy == 0 or \
            (ksize > 0 and (dx >= max(ksize, 3) or dy >= max(ksize, 3))) or \
            (ksize == -1 and not (dx + dy == 1)):
        raise _cv2.error("(-215:Assertion failed) ksize and derivative orders are invalid "
                         "in function 'getDerivKernels'")
    kx, ky = _deriv_kernel(dx, ksize), _deriv_kernel(dy, ksize)
    return _finish(_sep_sum(src, kx, ky, borderType), depth, scale, delta, "Sobel")


def Scharr(src, ddepth, dx, dy, dst=None, scale=1, delta=0, borderType=4):
    """Sobel with Scharr's 3x3 kernel."""
    return Sobel(src, ddepth, dx, dy, None, -1, scale, delta, borderType)


def Laplacian(src, ddepth, dst=None, ksize=1, scale=1, delta=0, borderType=4):
    """d2/dx2 + d2/dy2 (ksize 1 and 3 by OpenCV's 3x3 kernels; larger as
    the sum of two Sobel second derivatives), exact on uint8 images."""
    src = _np.asarray(src)
    depth = _deriv_depth(src, ddepth, "Laplacian")
    if ksize not in (1, 3, 5, 7):
        raise _cv2.error("(-215:Assertion failed) ksize > 0 && ksize % 2 == 1 in function 'Laplacian'")
    if ksize <= 3:
        k = [[0, 1, 0], [1, -4, 1], [0, 1, 0]] if ksize == 1 else [[2, 0, 2], [0, -8, 0], [2, 0, 2]]
        h, w = src.shape[:2]
        p = _padded(src, 3, 3, 1, 1, borderType).astype(_np.float64)
        s = sum(k[i][j] * p[i:i + h, j:j + w] for i in range(3) for j in range(3) if k[i][j])
    else:
        s = _sep_sum(src, _deriv_kernel(2, ksize), _deriv_kernel(0, ksize), borderType) + \
            _sep_sum(src, _deriv_kernel(0, ksize), _deriv_kernel(2, ksize), borderType)
    return _finish(s, depth, scale, delta, "Laplacian")


_TG22 = 13573  # round(tan(22.5 degrees) * 2**15)


def _canny_candidates(mag, dx, dy, low):
    """OpenCV's non-maximum suppression: pixels above low that are the
    largest along their gradient's direction (one of four)."""
    h, w = mag.shape
    m = _np.zeros((h + 2, w + 2), dtype=_np.int64)
    m[1:-1, 1:-1] = mag

    def at(oy, ox):
        return m[1 + oy:h + 1 + oy, 1 + ox:w + 1 + ox]

    x = _np.abs(dx)
    y = _np.abs(dy) << 15
    tg22x = x * _TG22
    tg67x = tg22x + (x << 16)
    s = _np.where((dx ^ dy) < 0, -1, 1)
    horiz = (y < tg22x) & (mag > at(0, -1)) & (mag >= at(0, 1))
    vert = (y >= tg22x) & (y > tg67x) & (mag > at(-1, 0)) & (mag >= at(1, 0))
    diag_pos = (mag > at(-1, -1)) & (mag > at(1, 1))
    diag_neg = (mag > at(-1, 1)) & (mag > at(1, -1))
    diag = (y >= tg22x) & (y <= tg67x) & _np.where(s > 0, diag_pos, diag_neg)
    return (mag > low) & (horiz | vert | diag)


def Canny(image, threshold1, threshold2, edges=None, apertureSize=3, L2gradient=False):
    """OpenCV's Canny edges of a uint8 image: Sobel gradients (replicated
    border), non-maximum suppression, hysteresis between the thresholds."""
    src = _np.asarray(image)
    if src.dtype != _np.uint8 or src.ndim not in (2, 3):
        raise _cv2.error("(-215:Assertion failed) _src.depth() == CV_8U in function 'Canny'")
    if apertureSize not in (3, 5):
        raise _cv2.error("taipan's cv2.Canny has apertures 3 and 5 only")
    low, high = float(threshold1), float(threshold2)
    if low > high:
        low, high = high, low
    if L2gradient:
        low, high = min(32767.0, low), min(32767.0, high)
        low, high = (low * low if low > 0 else low), (high * high if high > 0 else high)
    low, high = _np.floor(low), _np.floor(high)
    chans = src.reshape(src.shape[0], src.shape[1], -1)
    best = None
    for c in range(chans.shape[2]):
        one = _np.ascontiguousarray(chans[:, :, c])
        gx = Sobel(one, 3, 1, 0, None, apertureSize, 1, 0, 1).astype(_np.int64)
        gy = Sobel(one, 3, 0, 1, None, apertureSize, 1, 0, 1).astype(_np.int64)
        mag = gx * gx + gy * gy if L2gradient else _np.abs(gx) + _np.abs(gy)
        if best is None:
            best = [mag, gx, gy]
        else:
            more = mag > best[0]
            best = [_np.where(more, mag, best[0]), _np.where(more, gx, best[1]),
                     _np.where(more, gy, best[2])]
    mag, gx, gy = best
    cand = _canny_candidates(mag, gx, gy, low)
    strong = cand & (mag > high)
    n, labels = _cv2.connectedComponents(cand.astype(_np.uint8), connectivity=8)
    keep = _np.zeros(n, dtype=bool)
    keep[labels[strong]] = True
    keep[0] = False
    return (keep[labels] * 255).astype(_np.uint8)


def _pyr_source(src, func):
    src = _np.asarray(src)
    if src.dtype != _np.uint8 or src.ndim not in (2, 3):
        raise _cv2.error("taipan's cv2.%s handles uint8 images only" % func)
    if src.shape[0] < 1 or src.shape[1] < 1:
        raise _cv2.error("(-215:Assertion failed) !_src.empty() in function '%s'" % func)
    return src[:, :, 0] if src.ndim == 3 and src.shape[2] == 1 else src


def _pyr_down_axis(a, axis, n):
    """[1 4 6 4 1] at every second sample along axis (reflect-101 edges)."""
    a = _np.moveaxis(a, axis, 0)
    size = a.shape[0]
    idx = _np.arange(n) * 2
    out = 0
    for off, k in zip(range(-2, 3), (1, 4, 6, 4, 1)):
        j = idx + off
        j = _np.abs(j)
        j = _np.where(j >= size, 2 * size - 2 - j, j) if size > 1 else _np.zeros_like(j)
        out = out + k * a[j]
    return _np.moveaxis(out, 0, axis)


def pyrDown(src, dst=None, dstsize=None, borderType=4):
    """Blurs by [1 4 6 4 1]^2 / 256 and keeps every second row and column
    (exact integer sums, as OpenCV's 8-bit path)."""
    src = _pyr_source(src, "pyrDown")
    h, w = src.shape[:2]
    if borderType != 4:
        raise _cv2.error("taipan's cv2.pyrDown has BORDER_DEFAULT only")
    dw, dh = ((w + 1) // 2, (h + 1) // 2) if dstsize is None else (int(dstsize[0]), int(dstsize[1]))
    if abs(dw * 2 - w) > 2 or abs(dh * 2 - h) > 2:
        raise _cv2.error("(-215:Assertion failed) std::abs(dsize.width*2 - ssize.width) <= 2 && "
                         "std::abs(dsize.height*2 - ssize.height) <= 2 in function 'pyrDown_'")
    s = _pyr_down_axis(_pyr_down_axis(src.astype(_np.int64), 1, dw), 0, dh)
    return ((s + 128) >> 8).astype(_np.uint8)


def _pyr_up_axis(a, axis):
    """Doubles a along axis: (1 6 1) at even outputs, (4 4) at odd ones;
    reflect-101 before the first sample, replicate after the last."""
    a = _np.moveaxis(a, axis, 0)
    size = a.shape[0]
    prev = a[_np.abs(_np.arange(size) - 1)] if size > 1 else a
    nxt = a[_np.minimum(_np.arange(size) + 1, size - 1)]
    out = _np.empty((2 * size,) + a.shape[1:], dtype=_np.int64)
    out[0::2] = prev + 6 * a + nxt
    out[1::2] = 4 * (a + nxt)
    return _np.moveaxis(out, 0, axis)


def pyrUp(src, dst=None, dstsize=None, borderType=4):
    """Doubles each side, interpolating by OpenCV's [1 4 6 4 1] / 64
    kernel (exact integer sums)."""
    src = _pyr_source(src, "pyrUp")
    h, w = src.shape[:2]
    if borderType != 4:
        raise _cv2.error("taipan's cv2.pyrUp has BORDER_DEFAULT only")
    if dstsize is not None and (int(dstsize[0]), int(dstsize[1])) != (2 * w, 2 * h):
        raise _cv2.error("taipan's cv2.pyrUp makes (2 * width, 2 * height) images only")
    s = _pyr_up_axis(_pyr_up_axis(src.astype(_np.int64), 1), 0)
    return ((s + 32) >> 6).astype(_np.uint8)
