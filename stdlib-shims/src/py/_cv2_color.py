"""cv2.cvtColor's colour spaces for taipan, in numpy: HSV and HLS (from
BGR/RGB, uint8 and float32; HSV back to BGR/RGB too), YCrCb both ways,
and grey from float32. uint8 HSV uses OpenCV's integer division tables;
the float formulas follow its vector code, fused multiply-adds included,
and its scalar code for the last width % 8 pixels of each row
(HSV to uint8 truncates in 32-pixel blocks and rounds the rest of a row,
as OpenCV's AVX2 loop does). The _FULL hue range on uint8, where OpenCV
calls IPP, is within 1 for HLS and HSV back to BGR. `convert(src, code)` is None for a code not
here.
"""

import numpy as _np
import cv2 as _cv2

_F = _np.float32
_EPS = _F(1.1920928955078125e-07)


def _fma(a, b, c):
    """a * b + c rounded once to float32 (exact in float64 but for rare ties)."""
    return (_np.asarray(a, _np.float64) * _np.asarray(b, _np.float64) + _np.asarray(c, _np.float64)).astype(_F)


def _planes(src, scn):
    cn = 1 if src.ndim == 2 else src.shape[2]
    if cn not in scn:
        raise _cv2.error("(-2:Unspecified error) Invalid number of channels in input image: "
                         "'VScn::contains(scn)' where 'scn' is %d" % cn)
    return [src[:, :, i] for i in range(3)]


def _stack(planes, dtype):
    if dtype == _np.uint8:
        planes = [_np.clip(_np.rint(p), 0, 255) for p in planes]
    return _np.stack(planes, axis=-1).astype(dtype)


def _max_min(b, g, r):
    return _np.maximum(_np.maximum(r, g), b), _np.minimum(_np.minimum(r, g), b)


def _tail(vec, scalar):
    """OpenCV's AVX2 loops convert 8 pixels at a time and finish each row
    in scalar code: vec's values in whole blocks, scalar's after them."""
    w = vec.shape[1]
    return _np.where(_np.arange(w) < w // 8 * 8, vec, scalar)


def _hue(b, g, r, vmax, inv):
    """OpenCV's hue in degrees (inv is 60 / (max - min)): its vector code
    adds 360 inside the multiply-add, its scalar tail after rounding."""
    rm, gm = vmax == r, vmax == g
    d = _np.where(rm, g - b, _np.where(gm, b - r, r - g))
    base = _np.where(rm, _F(0), _np.where(gm, _F(120), _F(240)))
    h = _fma(d, inv, base)
    vec = _fma(d, inv, base + _np.where(rm & (g < b), _F(360), _F(0)))
    return _tail(vec, _np.where(h < 0, h + _F(360), h))


def _divtab(num):
    i = _np.arange(256, dtype=_np.float64)
    i[0] = _np.inf
    return _np.rint(num / i).astype(_np.int64)


def _hsv_u8(b, g, r, hrange):
    b, g, r = [p.astype(_np.int64) for p in (b, g, r)]
    v, vmin = _max_min(b, g, r)
    diff = v - vmin
    s = (diff * _divtab(255 << 12)[v] + 2048) >> 12
    h = _np.where(v == r, g - b, _np.where(v == g, b - r + 2 * diff, r - g + 4 * diff))
    h = (h * _divtab((hrange << 12) / 6.0)[diff] + 2048) >> 12
    return [_np.where(h < 0, h + hrange, h), s, v]


def _hsv_f(b, g, r, hscale):
    v, vmin = _max_min(b, g, r)
    diff = v - vmin
    with _np.errstate(all="ignore"):
        s = diff / (_np.abs(v) + _EPS)
        h = _hue(b, g, r, v, _F(60) / (diff + _EPS)) * _F(hscale)
    return [h, s, v]


def _hls_f(b, g, r, hscale):
    vmax, vmin = _max_min(b, g, r)
    diff, total = vmax - vmin, vmax + vmin
    l = total * _F(0.5)
    ok = diff > _EPS
    with _np.errstate(all="ignore"):
        s = diff / _np.where(l < _F(0.5), total, _tail(_F(2) - total, (_F(2) - vmax) - vmin))
        h = _hue(b, g, r, vmax, _F(60) / diff) * _F(hscale)
    return [_np.where(ok, h, _F(0)), l, _np.where(ok, s, _F(0))]


def _hsv2bgr_f(h, s, v, hscale):
    """OpenCV's vector HSV to (b, g, r) in float32."""
    h = h * _F(hscale)
    pre = _np.trunc(h)
    f = h - pre
    one = _F(1)
    t0, t1 = v, v * (one - s)
    t2, t3 = v * _fma(-s, f, one), v * _fma(-s, one - f, one)
    sec = pre - _np.trunc(pre * _F(1.0 / 6.0)) * _F(6)
    b = _np.where(sec < 2, t1, _np.where(sec == 2, t3, _np.where(sec <= 4, t0, t2)))
    g = _np.where(sec < 1, t3, _np.where(sec <= 2, t0, _np.where(sec == 3, t2, t1)))
    r = _np.where(sec < 1, t0, _np.where(sec == 1, t2, _np.where(sec <= 3, t1, _np.where(sec == 4, t3, t0))))
    return [b, g, r]


def _hsv2bgr_u8(h, s, v, hrange):
    scale = _F(1.0 / 255)
    out = [p * _F(255) for p in _hsv2bgr_f(h.astype(_F), s * scale, v * scale, _F(6) / _F(hrange))]
    vec = _np.arange(h.shape[1]) < (h.shape[1] // 32 * 32 if hrange == 180 else 0)
    return [_np.where(vec, _np.trunc(p), _np.rint(p)) for p in out]


def _ycrcb_u8(b, g, r):
    b, g, r = [p.astype(_np.int64) for p in (b, g, r)]
    y = (r * 4899 + g * 9617 + b * 1868 + 8192) >> 14
    return [y, ((r - y) * 11682 + (128 << 14) + 8192) >> 14, ((b - y) * 9241 + (128 << 14) + 8192) >> 14]


def _bgr_u8(y, cr, cb):
    y, cr, cb = [p.astype(_np.int64) for p in (y, cr, cb)]
    cr, cb = cr - 128, cb - 128
    return [y + ((cb * 29049 + 8192) >> 14), y + ((cb * -5636 + cr * -11698 + 8192) >> 14),
            y + ((cr * 22987 + 8192) >> 14)]


def _luma(s, k):
    """Luma as OpenCV's scalar loop rounds it (s and k in source order)."""
    return _fma(s[2], _F(k[2]), _fma(s[0], _F(k[0]), s[1] * _F(k[1])))


def _ycrcb_f(b, g, r, bidx):
    k = (0.114, 0.587, 0.299) if bidx == 0 else (0.299, 0.587, 0.114)
    s = (b, g, r) if bidx == 0 else (r, g, b)
    y = _tail(_fma(s[0], _F(k[0]), _fma(s[1], _F(k[1]), s[2] * _F(k[2]))), _luma(s, k))
    return [y, _fma(r - y, _F(0.713), _F(0.5)), _fma(b - y, _F(0.564), _F(0.5))]


def _bgr_f(y, cr, cb):
    cr, cb = cr - _F(0.5), cb - _F(0.5)
    return [_fma(cb, _F(1.773), y), _fma(cr, _F(-0.714), _fma(cb, _F(-0.344), y)), _fma(cr, _F(1.403), y)]


# code: (kind, blue index, hue range for uint8)
_CODES = {36: ("ycc", 0, 0), 37: ("ycc", 2, 0), 38: ("ycc-", 0, 0), 39: ("ycc-", 2, 0),
          40: ("hsv", 0, 180), 41: ("hsv", 2, 180), 66: ("hsv", 0, 256), 67: ("hsv", 2, 256),
          52: ("hls", 0, 180), 53: ("hls", 2, 180), 68: ("hls", 0, 256), 69: ("hls", 2, 256),
          54: ("hsv-", 0, 180), 55: ("hsv-", 2, 180), 70: ("hsv-", 0, 255), 71: ("hsv-", 2, 255)}


def convert(src, code):
    """src converted by a colour code of _CODES, or None."""
    if code not in _CODES:
        return None
    kind, bidx, hrange = _CODES[code]
    u8 = src.dtype == _np.uint8
    hrange = hrange if u8 else 360
    if kind.endswith("-"):
        a, b_, c = _planes(src, (3,))
        if kind == "hsv-":
            out = _hsv2bgr_u8(a, b_, c, hrange) if u8 else _hsv2bgr_f(a, b_, c, _F(6) / _F(hrange))
        else:
            out = (_bgr_u8 if u8 else _bgr_f)(a, b_, c)
        return _stack(out if bidx == 0 else out[::-1], src.dtype)
    p = _planes(src, (3, 4))
    b, g, r = p[bidx], p[1], p[2 - bidx]
    if kind == "ycc":
        out = _ycrcb_u8(b, g, r) if u8 else _ycrcb_f(b, g, r, bidx)
    elif kind == "hsv" and u8:
        out = _hsv_u8(b, g, r, hrange)
    else:
        scale = _F(1.0 / 255)
        args = (b * scale, g * scale, r * scale) if u8 else (b, g, r)
        out = (_hsv_f if kind == "hsv" else _hls_f)(*args, _F(hrange) / _F(360))
        if u8:
            out = [out[0], out[1] * _F(255), out[2] * _F(255)]
    return _stack(out, src.dtype)


def gray(src, bidx):
    """float32 grey from 3 or 4 channels as OpenCV sums it."""
    p = _planes(src, (3, 4))
    return _luma(p, (0.114, 0.587, 0.299) if bidx == 0 else (0.299, 0.587, 0.114))
