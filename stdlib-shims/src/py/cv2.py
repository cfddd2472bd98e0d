"""cv2 for taipan: a subset of OpenCV 4.12 on numpy uint8 arrays.

imread/imwrite/imdecode/imencode (PNG, JPEG, BMP; BGR channel order),
cvtColor between BGR, RGB, BGRA, RGBA and grey, resize (nearest, linear,
cubic, area, with OpenCV's fixed-point arithmetic), flip and
copyMakeBorder. The native module _image does the decoding and the
arithmetic.
"""

import numpy as _np
import _image

_builtin_open = open

__version__ = "4.12.0"

IMREAD_UNCHANGED = -1
IMREAD_GRAYSCALE = 0
IMREAD_COLOR = 1
IMREAD_COLOR_BGR = 1
IMREAD_COLOR_RGB = 256

INTER_NEAREST = 0
INTER_LINEAR = 1
INTER_CUBIC = 2
INTER_AREA = 3
INTER_LANCZOS4 = 4

COLOR_BGR2BGRA = COLOR_RGB2RGBA = 0
COLOR_BGRA2BGR = COLOR_RGBA2RGB = 1
COLOR_BGR2RGBA = COLOR_RGB2BGRA = 2
COLOR_RGBA2BGR = COLOR_BGRA2RGB = 3
COLOR_BGR2RGB = COLOR_RGB2BGR = 4
COLOR_BGRA2RGBA = COLOR_RGBA2BGRA = 5
COLOR_BGR2GRAY = 6
COLOR_RGB2GRAY = 7
COLOR_GRAY2BGR = COLOR_GRAY2RGB = 8
COLOR_GRAY2BGRA = COLOR_GRAY2RGBA = 9
COLOR_BGRA2GRAY = 10
COLOR_RGBA2GRAY = 11

BORDER_CONSTANT = 0
BORDER_REPLICATE = 1
BORDER_REFLECT = 2
BORDER_WRAP = 3
BORDER_REFLECT_101 = BORDER_REFLECT101 = BORDER_DEFAULT = 4

IMWRITE_JPEG_QUALITY = 1
IMWRITE_PNG_COMPRESSION = 16

_EXTENSIONS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".bmp": "BMP"}


class error(Exception):
    """OpenCV's exception."""


def _decoded(data, flags):
    try:
        fmt, mode, arr, palette, trns = _image.decode(data)
    except (ValueError, OSError):
        return None
    if mode == "P":
        mode = "RGBA" if trns is not None and flags == IMREAD_UNCHANGED else "RGB"
        arr = _image.convert(arr, "P", mode, palette, trns)
    if flags == IMREAD_GRAYSCALE:
        return arr if mode == "L" else _image.cv_gray(arr, False)
    if mode == "L":
        return arr if flags == IMREAD_UNCHANGED else _np.stack([arr, arr, arr], axis=-1)
    if mode == "RGBA" and flags != IMREAD_UNCHANGED:
        arr = arr[:, :, :3]
    if flags == IMREAD_COLOR_RGB:
        return _np.ascontiguousarray(arr)
    order = [2, 1, 0, 3][:arr.shape[2]]
    return _np.ascontiguousarray(arr[:, :, order])


def imread(filename, flags=IMREAD_COLOR):
    try:
        with _builtin_open(filename, "rb") as f:
            data = f.read()
    except OSError:
        return None
    return _decoded(data, flags)


def imdecode(buf, flags):
    return _decoded(_np.asarray(buf, dtype=_np.uint8).tobytes(), flags)


def _encode(ext, img, params):
    fmt = _EXTENSIONS.get(ext.lower())
    if fmt is None:
        raise error("could not find a writer for the specified extension")
    img = _np.asarray(img)
    if img.dtype != _np.uint8:
        raise error("taipan's cv2 writes uint8 images only")
    opts = dict(zip(params[0::2], params[1::2])) if params else {}
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.ndim == 2:
        mode, pixels = "L", img
    elif img.shape[2] == 3:
        mode, pixels = "RGB", img[:, :, ::-1]
    elif fmt == "JPEG":
        mode, pixels = "RGB", img[:, :, 2::-1]
    else:
        mode, pixels = "RGBA", img[:, :, [2, 1, 0, 3]]
    return _image.encode(_np.ascontiguousarray(pixels), mode, fmt, None,
                         int(opts.get(IMWRITE_JPEG_QUALITY, 95)))


def imwrite(filename, img, params=None):
    dot = filename.rfind(".")
    data = _encode(filename[dot:] if dot >= 0 else "", img, params)
    with _builtin_open(filename, "wb") as f:
        f.write(data)
    return True


def imencode(ext, img, params=None):
    data = _encode(ext, img, params)
    return True, _np.frombuffer(data, dtype=_np.uint8)


def _channels(src, allowed):
    n = 1 if src.ndim == 2 else src.shape[2]
    if n not in allowed:
        raise error("Invalid number of channels in input image: 'scn' is %d" % n)
    return n


def cvtColor(src, code, dst=None, dstCn=0):
    src = _np.asarray(src)
    if src.dtype != _np.uint8:
        raise error("taipan's cv2.cvtColor converts uint8 images only")
    if code == COLOR_BGR2RGB:
        _channels(src, (3,))
        return _np.ascontiguousarray(src[:, :, ::-1])
    if code in (COLOR_BGR2GRAY, COLOR_RGB2GRAY, COLOR_BGRA2GRAY, COLOR_RGBA2GRAY):
        _channels(src, (3, 4))
        return _image.cv_gray(src, code in (COLOR_BGR2GRAY, COLOR_BGRA2GRAY))
    if code in (COLOR_GRAY2BGR, COLOR_GRAY2BGRA):
        _channels(src, (1,))
        g = src if src.ndim == 2 else src[:, :, 0]
        planes = [g, g, g]
        if code == COLOR_GRAY2BGRA:
            planes.append(_np.full(g.shape, 255, dtype=_np.uint8))
        return _np.stack(planes, axis=-1)
    if code in (COLOR_BGR2BGRA, COLOR_BGR2RGBA):
        _channels(src, (3,))
        rgb = src if code == COLOR_BGR2BGRA else src[:, :, ::-1]
        alpha = _np.full(src.shape[:2] + (1,), 255, dtype=_np.uint8)
        return _np.concatenate([rgb, alpha], axis=2)
    if code in (COLOR_BGRA2BGR, COLOR_BGRA2RGB):
        _channels(src, (4,))
        return _np.ascontiguousarray(src[:, :, :3] if code == COLOR_BGRA2BGR else src[:, :, 2::-1])
    if code == COLOR_BGRA2RGBA:
        _channels(src, (4,))
        return _np.ascontiguousarray(src[:, :, [2, 1, 0, 3]])
    raise error("taipan's cv2.cvtColor has no conversion code %d" % code)


def resize(src, dsize, dst=None, fx=0, fy=0, interpolation=INTER_LINEAR):
    src = _np.asarray(src)
    if src.dtype != _np.uint8 or src.ndim not in (2, 3):
        raise error("taipan's cv2.resize resizes uint8 images only")
    h, w = src.shape[0], src.shape[1]
    factors = (0.0, 0.0)
    if dsize is None or tuple(dsize) == (0, 0):
        if fx <= 0 or fy <= 0:
            raise error("(-215:Assertion failed) !dsize.empty() in function 'resize'")
        dsize = (int(round(w * fx)), int(round(h * fy)))
        factors = (float(fx), float(fy))
    dw, dh = int(dsize[0]), int(dsize[1])
    if w == 0 or h == 0:
        raise error("(-215:Assertion failed) !ssize.empty() in function 'resize'")
    if dw <= 0 or dh <= 0:
        raise error("(-215:Assertion failed) !dsize.empty() in function 'resize'")
    if (dw, dh) == (w, h):
        return src.copy()
    return _image.cv_resize(src, dw, dh, int(interpolation), factors[0], factors[1])


def flip(src, flipCode, dst=None):
    src = _np.asarray(src)
    if flipCode > 0:
        out = src[:, ::-1]
    elif flipCode == 0:
        out = src[::-1]
    else:
        out = src[::-1, ::-1]
    return _np.ascontiguousarray(out)


def _border_index(p, n, kind):
    if kind == BORDER_REPLICATE:
        return min(max(p, 0), n - 1)
    if kind == BORDER_WRAP:
        return p % n
    if n == 1:
        return 0
    delta = 1 if kind == BORDER_REFLECT_101 else 0
    while p < 0 or p >= n:
        if p < 0:
            p = -p - 1 + delta
        else:
            p = 2 * n - p - 1 - delta
    return p


def copyMakeBorder(src, top, bottom, left, right, borderType, dst=None, value=None):
    src = _np.asarray(src)
    h, w = src.shape[0], src.shape[1]
    if min(top, bottom, left, right) < 0:
        raise error("(-215:Assertion failed) top >= 0 && bottom >= 0 && left >= 0 && right >= 0")
    kind = borderType & 15
    if kind == BORDER_CONSTANT:
        out = _np.zeros((h + top + bottom, w + left + right) + src.shape[2:], dtype=src.dtype)
        if value is not None:
            fill = [value] * 4 if isinstance(value, (int, float)) else list(value) + [0] * 4
            out[...] = fill[0] if src.ndim == 2 else _np.array(fill[:src.shape[2]], dtype=src.dtype)
        out[top:top + h, left:left + w] = src
        return out
    if kind not in (BORDER_REPLICATE, BORDER_REFLECT, BORDER_WRAP, BORDER_REFLECT_101):
        raise error("Unknown/unsupported border type")
    if h == 0 or w == 0:
        raise error("(-215:Assertion failed) !src.empty()")
    rows = _np.array([_border_index(p, h, kind) for p in range(-top, h + bottom)])
    cols = _np.array([_border_index(p, w, kind) for p in range(-left, w + right)])
    return _np.ascontiguousarray(src.take(rows, axis=0).take(cols, axis=1))
