"""cv2's YUV conversions for taipan, as OpenCV 4.13 computes them on
uint8 images: BGR/RGB <-> YUV (14-bit fixed point, like YCrCb), the
4:2:0 frames of video decoders (NV12, NV21, I420/IYUV, YV12) to
BGR/RGB(A) and grey (ITU-R BT.601 limited range, 20-bit fixed point),
and BGR/RGB(A) to I420/YV12 (chroma from each 2x2 block's top-left
pixel, as OpenCV samples it)."""

import numpy as _np

# code: (kind, order of the colour channels, output channels, layout)
_DECODE = {90: ("rgb", 3, "nv12"), 91: ("bgr", 3, "nv12"), 92: ("rgb", 3, "nv21"),
           93: ("bgr", 3, "nv21"), 94: ("rgb", 4, "nv12"), 95: ("bgr", 4, "nv12"),
           96: ("rgb", 4, "nv21"), 97: ("bgr", 4, "nv21"), 98: ("rgb", 3, "yv12"),
           99: ("bgr", 3, "yv12"), 100: ("rgb", 3, "i420"), 101: ("bgr", 3, "i420"),
           102: ("rgb", 4, "yv12"), 103: ("bgr", 4, "yv12"), 104: ("rgb", 4, "i420"),
           105: ("bgr", 4, "i420"), 106: ("gray", 1, "any")}
_ENCODE = {127: ("rgb", "i420"), 128: ("bgr", "i420"), 129: ("rgb", "i420"), 130: ("bgr", "i420"),
           131: ("rgb", "yv12"), 132: ("bgr", "yv12"), 133: ("rgb", "yv12"), 134: ("bgr", "yv12")}
_HALF = 1 << 19


def _error(msg):
    import cv2
    return cv2.error(msg)


def _u8(src, channels):
    if src.dtype != _np.uint8:
        raise _error("taipan's cv2.cvtColor converts YUV on uint8 images only")
    n = 1 if src.ndim == 2 else src.shape[2]
    if n not in channels:
        raise _error("Invalid number of channels in input image: 'scn' is %d" % n)
    return n


def _yuv444(src, code):
    """BGR/RGB <-> full-range YUV (codes 82 to 85)."""
    _u8(src, (3,))
    p = [src[:, :, i].astype(_np.int64) for i in range(3)]
    if code in (82, 83):
        b, g, r = (p[0], p[1], p[2]) if code == 82 else (p[2], p[1], p[0])
        y = (r * 4899 + g * 9617 + b * 1868 + 8192) >> 14
        u = ((b - y) * 8061 + (128 << 14) + 8192) >> 14
        v = ((r - y) * 14369 + (128 << 14) + 8192) >> 14
        out = [y, u, v]
    else:
        y, u, v = p[0], p[1] - 128, p[2] - 128
        b = y + ((u * 33292 + 8192) >> 14)
        g = y + ((u * -6472 + v * -9519 + 8192) >> 14)
        r = y + ((v * 18678 + 8192) >> 14)
        out = [b, g, r] if code == 84 else [r, g, b]
    return _np.clip(_np.stack(out, axis=-1), 0, 255).astype(_np.uint8)


def _planes420(src, layout):
    """(Y, U, V) of a 4:2:0 frame stacked as (3H/2, W): chroma (H/2, W/2)."""
    _u8(src, (1,))
    rows, w = src.shape[:2]
    if w % 2 or rows % 3:
        raise _error("(-215:Assertion failed) sz.width % 2 == 0 && sz.height % 3 == 0 "
                     "in function 'CvtHelper'")
    h = rows * 2 // 3
    flat = src.reshape(rows, w)
    y = flat[:h]
    if layout in ("nv12", "nv21"):
        uv = flat[h:]
        a, b = uv[:, 0::2], uv[:, 1::2]
        return (y, a, b) if layout == "nv12" else (y, b, a)
    chroma = flat[h:].reshape(-1)
    q = (h // 2) * (w // 2)
    first = chroma[:q].reshape(h // 2, w // 2)
    second = chroma[q:2 * q].reshape(h // 2, w // 2)
    return (y, first, second) if layout == "i420" else (y, second, first)


def _decode(src, code):
    kind, cn, layout = _DECODE[code]
    if kind == "gray":
        _u8(src, (1,))
        rows = src.shape[0]
        if src.shape[1] % 2 or rows % 3:
            raise _error("(-215:Assertion failed) sz.width % 2 == 0 && sz.height % 3 == 0 "
                         "in function 'CvtHelper'")
        return src.reshape(rows, -1)[:rows * 2 // 3].copy()
    y, u, v = _planes420(src, layout)
    u = _np.repeat(_np.repeat(u.astype(_np.int64) - 128, 2, axis=0), 2, axis=1)
    v = _np.repeat(_np.repeat(v.astype(_np.int64) - 128, 2, axis=0), 2, axis=1)
    yy = _np.maximum(y.astype(_np.int64) - 16, 0) * 1220542 + _HALF
    r = (yy + 1673527 * v) >> 20
    g = (yy - 852492 * v - 409993 * u) >> 20
    b = (yy + 2116026 * u) >> 20
    out = [b, g, r] if kind == "bgr" else [r, g, b]
    if cn == 4:
        out.append(_np.full(y.shape, 255, dtype=_np.int64))
    return _np.clip(_np.stack(out, axis=-1), 0, 255).astype(_np.uint8)


def _encode(src, code):
    kind, layout = _ENCODE[code]
    _u8(src, (3, 4) if code in (127, 128, 131, 132) else (4,))
    h, w = src.shape[:2]
    if w % 2 or h % 2:
        raise _error("(-215:Assertion failed) sz.width % 2 == 0 && sz.height % 2 == 0 "
                     "in function 'CvtHelper'")
    p = [src[:, :, i].astype(_np.int64) for i in range(3)]
    b, g, r = (p[0], p[1], p[2]) if kind == "bgr" else (p[2], p[1], p[0])
    y = (269484 * r + 528482 * g + 102760 * b + _HALF + (16 << 20)) >> 20
    r0, g0, b0 = r[0::2, 0::2], g[0::2, 0::2], b[0::2, 0::2]
    u = (-155188 * r0 - 305135 * g0 + 460324 * b0 + _HALF + (128 << 20)) >> 20
    v = (460324 * r0 - 385875 * g0 - 74448 * b0 + _HALF + (128 << 20)) >> 20
    first, second = (u, v) if layout == "i420" else (v, u)
    chroma = _np.concatenate([first.reshape(-1), second.reshape(-1)]).reshape(h // 2, w)
    return _np.clip(_np.concatenate([y, chroma], axis=0), 0, 255).astype(_np.uint8)


def convert(src, code):
    """src converted by one of the YUV codes, or None for another code."""
    if 82 <= code <= 85:
        return _yuv444(src, code)
    if code in _DECODE:
        return _decode(src, code)
    if code in _ENCODE:
        return _encode(src, code)
    return None
