"""cv2 for taipan: a subset of OpenCV 4.13 on numpy uint8 arrays.

imread/imwrite/imdecode/imencode (PNG, JPEG, BMP; BGR channel order;
16-bit PNGs read),
cvtColor between BGR, RGB, BGRA, RGBA, grey, HSV, HLS and YCrCb
(uint8 and float32; `_cv2_color.py`) and YUV (3-channel and 4:2:0
frames, uint8; `_cv2_yuv.py`), resize (nearest, linear,
cubic, area, Lanczos-4, with OpenCV's fixed-point arithmetic; any dtype
with INTER_NEAREST and INTER_NEAREST_EXACT), flip,
copyMakeBorder, getRotationMatrix2D, warpAffine and warpPerspective (nearest,
linear and cubic), getPerspectiveTransform, getAffineTransform,
invertAffineTransform, transform and perspectiveTransform (of points),
meanStdDev,
getGaussianKernel, GaussianBlur (OpenCV's bit-exact 8-bit filter),
normalize, countNonZero/findNonZero/mean/minMaxLoc (with masks), split/merge, rotate, threshold (with Otsu and triangle), LUT,
addWeighted, convertScaleAbs, inRange, equalizeHist, the bitwise and
saturating arithmetic functions, blur/boxFilter, medianBlur, filter2D
and morphology (`_cv2_filter.py`), findContours, boundingRect,
contourArea, arcLength and connectedComponents(WithStats)
(`_cv2_shape.py`), `cv2.dnn`'s blobFromImage(s) and
NMSBoxes (`_cv2_dnn.py`) and the drawing functions (`_cv2_draw.py`).
The native module _image does the decoding and the resampling
arithmetic.
"""

import builtins as _builtins
import math as _math
import os as _os
import numpy as _np
import _image

_builtin_open = open

__version__ = "4.12.0"

IMREAD_UNCHANGED = -1
IMREAD_GRAYSCALE = 0
IMREAD_COLOR = 1
IMREAD_COLOR_BGR = 1
IMREAD_COLOR_RGB = 256
IMREAD_ANYDEPTH = 2
IMREAD_ANYCOLOR = 4

INTER_NEAREST = 0
INTER_LINEAR = 1
INTER_CUBIC = 2
INTER_AREA = 3
INTER_LANCZOS4 = 4
INTER_NEAREST_EXACT = 6

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
COLOR_BGR2YUV = 82
COLOR_RGB2YUV = 83
COLOR_YUV2BGR = 84
COLOR_YUV2RGB = 85
COLOR_YUV2RGB_NV12 = 90
COLOR_YUV2BGR_NV12 = 91
COLOR_YUV2RGB_NV21 = 92
COLOR_YUV420SP2RGB = 92
COLOR_YUV420sp2RGB = 92
COLOR_YUV2BGR_NV21 = 93
COLOR_YUV420SP2BGR = 93
COLOR_YUV420sp2BGR = 93
COLOR_YUV2RGBA_NV12 = 94
COLOR_YUV2BGRA_NV12 = 95
COLOR_YUV2RGBA_NV21 = 96
COLOR_YUV420SP2RGBA = 96
COLOR_YUV420sp2RGBA = 96
COLOR_YUV2BGRA_NV21 = 97
COLOR_YUV420SP2BGRA = 97
COLOR_YUV420sp2BGRA = 97
COLOR_YUV2RGB_YV12 = 98
COLOR_YUV420P2RGB = 98
COLOR_YUV420p2RGB = 98
COLOR_YUV2BGR_YV12 = 99
COLOR_YUV420P2BGR = 99
COLOR_YUV420p2BGR = 99
COLOR_YUV2RGB_I420 = 100
COLOR_YUV2RGB_IYUV = 100
COLOR_YUV2BGR_I420 = 101
COLOR_YUV2BGR_IYUV = 101
COLOR_YUV2RGBA_YV12 = 102
COLOR_YUV420P2RGBA = 102
COLOR_YUV420p2RGBA = 102
COLOR_YUV2BGRA_YV12 = 103
COLOR_YUV420P2BGRA = 103
COLOR_YUV420p2BGRA = 103
COLOR_YUV2RGBA_I420 = 104
COLOR_YUV2RGBA_IYUV = 104
COLOR_YUV2BGRA_I420 = 105
COLOR_YUV2BGRA_IYUV = 105
COLOR_YUV2GRAY_420 = 106
COLOR_YUV2GRAY_I420 = 106
COLOR_YUV2GRAY_IYUV = 106
COLOR_YUV2GRAY_NV12 = 106
COLOR_YUV2GRAY_NV21 = 106
COLOR_YUV2GRAY_YV12 = 106
COLOR_YUV420P2GRAY = 106
COLOR_YUV420SP2GRAY = 106
COLOR_YUV420p2GRAY = 106
COLOR_YUV420sp2GRAY = 106
COLOR_RGB2YUV_I420 = 127
COLOR_RGB2YUV_IYUV = 127
COLOR_BGR2YUV_I420 = 128
COLOR_BGR2YUV_IYUV = 128
COLOR_RGBA2YUV_I420 = 129
COLOR_RGBA2YUV_IYUV = 129
COLOR_BGRA2YUV_I420 = 130
COLOR_BGRA2YUV_IYUV = 130
COLOR_RGB2YUV_YV12 = 131
COLOR_BGR2YUV_YV12 = 132
COLOR_RGBA2YUV_YV12 = 133
COLOR_BGRA2YUV_YV12 = 134
COLOR_BGR2YCrCb = 36
COLOR_RGB2YCrCb = 37
COLOR_YCrCb2BGR = 38
COLOR_YCrCb2RGB = 39
COLOR_BGR2HSV = 40
COLOR_RGB2HSV = 41
COLOR_BGR2HLS = 52
COLOR_RGB2HLS = 53
COLOR_HSV2BGR = 54
COLOR_HSV2RGB = 55
COLOR_BGR2HSV_FULL = 66
COLOR_RGB2HSV_FULL = 67
COLOR_BGR2HLS_FULL = 68
COLOR_RGB2HLS_FULL = 69
COLOR_HSV2BGR_FULL = 70
COLOR_HSV2RGB_FULL = 71

BORDER_CONSTANT = 0
BORDER_REPLICATE = 1
BORDER_REFLECT = 2
BORDER_WRAP = 3
BORDER_REFLECT_101 = BORDER_REFLECT101 = BORDER_DEFAULT = 4
BORDER_TRANSPARENT = 5
BORDER_ISOLATED = 16

WARP_FILL_OUTLIERS = 8
WARP_INVERSE_MAP = 16

NORM_INF = 1
NORM_L1 = 2
NORM_L2 = 4
NORM_MINMAX = 32

CV_8U = 0
CV_8S = 1
CV_16U = 2
CV_16S = 3
CV_32S = 4
CV_32F = 5
CV_64F = 6

ROTATE_90_CLOCKWISE = 0
ROTATE_180 = 1
ROTATE_90_COUNTERCLOCKWISE = 2

MORPH_ERODE = 0
MORPH_DILATE = 1
MORPH_OPEN = 2
MORPH_CLOSE = 3
MORPH_GRADIENT = 4
MORPH_TOPHAT = 5
MORPH_BLACKHAT = 6
MORPH_RECT = 0
MORPH_CROSS = 1
MORPH_ELLIPSE = 2

THRESH_BINARY = 0
THRESH_BINARY_INV = 1
THRESH_TRUNC = 2
THRESH_TOZERO = 3
THRESH_TOZERO_INV = 4
THRESH_MASK = 7
THRESH_OTSU = 8
THRESH_TRIANGLE = 16

LINE_4 = 4
LINE_8 = 8
LINE_AA = 16
FILLED = -1

IMWRITE_JPEG_QUALITY = 1
IMWRITE_PNG_COMPRESSION = 16

_EXTENSIONS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".bmp": "BMP"}


class error(Exception):
    """OpenCV's exception."""


def _into(dst, out):
    """OpenCV's `dst=` rule: an array of the result's shape and dtype
    receives the result and is returned; any other dst is left alone and
    a new array is returned."""
    if (out is not dst and isinstance(dst, _np.ndarray) and isinstance(out, _np.ndarray)
            and dst.shape == out.shape and dst.dtype == out.dtype):
        dst[...] = out
        return dst
    return out


def _fills_dst(index):
    """Decorates a function whose argument number `index` is `dst`: the
    result goes through `_into`."""
    def wrap(func):
        def call(*args, **kwargs):
            dst = args[index] if len(args) > index else kwargs.get("dst")
            return _into(dst, func(*args, **kwargs))
        call.__name__ = func.__name__
        call.__doc__ = func.__doc__
        return call
    return wrap


def _decoded(data, flags):
    try:
        fmt, mode, arr, palette, trns = _image.decode(data)
    except (ValueError, OSError):
        return None
    wide = mode.endswith(";16")
    if wide:
        arr, mode = _sixteen(arr), mode[:-3] if mode != "I;16" else "L"
    out = _pick(arr, mode, fmt, flags, palette, trns)
    if wide and flags != IMREAD_UNCHANGED and not flags & IMREAD_ANYDEPTH:
        out = (out >> 8).astype(_np.uint8)
    return out


def _pick(arr, mode, fmt, flags, palette, trns):
    """The channels imread's flags ask for from a decoded image (a
    palette image through its palette and transparency)."""
    if mode == "P":
        mode = "RGBA" if trns is not None and flags == IMREAD_UNCHANGED else "RGB"
        arr = _image.convert(arr, "P", mode, palette, trns)
    unchanged = flags == IMREAD_UNCHANGED
    if not unchanged and flags & (16 | 32 | 64):
        raise error("taipan's cv2.imread has no IMREAD_REDUCED_* flags")
    color = bool(flags & (IMREAD_COLOR | IMREAD_COLOR_RGB)) or bool(flags & IMREAD_ANYCOLOR and mode != "L")
    if not unchanged and not color:
        if mode == "L":
            return arr
        return _reader_gray(arr, fmt)
    if mode == "L":
        return arr if unchanged else _np.stack([arr, arr, arr], axis=-1)
    if mode == "RGBA" and not unchanged:
        arr = arr[:, :, :3]
    if not unchanged and flags & IMREAD_COLOR_RGB:
        return _np.ascontiguousarray(arr)
    order = [2, 1, 0, 3][:arr.shape[2]]
    return _np.ascontiguousarray(arr[:, :, order])


def _sixteen(pairs):
    """A 16-bit PNG's uint16 samples from their big-endian byte pairs."""
    v = (pairs[:, :, 0::2].astype(_np.uint16) << 8) | pairs[:, :, 1::2]
    return v.reshape(v.shape[:2]) if v.shape[2] == 1 else v


# How OpenCV's readers turn RGB into grey: (R, G, B weights, shift,
# rounding term). PNG asks libpng for rgb_to_gray(0.299, 0.587) (15-bit
# weights, truncated); BMP converts with 14-bit weights, rounded.
_READER_GRAY = {"PNG": (9797, 19234, 3737, 15, 0), "BMP": (4899, 9617, 1868, 14, 1 << 13)}


def _reader_gray(rgb, fmt):
    """The grey IMREAD_GRAYSCALE gives for an RGB(A) image of format fmt."""
    if fmt not in _READER_GRAY:
        return _image.cv_gray(rgb, False)
    r, g, b, shift, half = _READER_GRAY[fmt]
    if rgb.dtype == _np.uint16:  # libpng rounds 16-bit grey
        half = 1 << (shift - 1)
    w = rgb[:, :, :3].astype(_np.uint32)
    grey = (w[:, :, 0] * r + w[:, :, 1] * g + w[:, :, 2] * b + half) >> shift
    return grey.astype(rgb.dtype)


def imread(filename, flags=IMREAD_COLOR):
    filename = _os.fspath(filename)
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
    filename = _os.fspath(filename)
    data = _encode(_os.path.splitext(filename)[1], img, params)
    with _builtin_open(filename, "wb") as f:
        f.write(data)
    return True


def imencode(ext, img, params=None):
    data = _encode(ext, img, params)
    return True, _np.frombuffer(data, dtype=_np.uint8)


# The channel shuffles between BGR, RGB, BGRA and RGBA by conversion
# code: the channels they make and whether blue and red swap.
_SHUFFLES = {COLOR_BGR2BGRA: (4, False), COLOR_BGRA2BGR: (3, False), COLOR_BGR2RGBA: (4, True),
             COLOR_RGBA2BGR: (3, True), COLOR_BGR2RGB: (3, True), COLOR_BGRA2RGBA: (4, True)}


def _channels(src, allowed):
    n = 1 if src.ndim == 2 else src.shape[2]
    if n not in allowed:
        raise error("Invalid number of channels in input image: 'scn' is %d" % n)
    return n


@_fills_dst(2)
def cvtColor(src, code, dst=None, dstCn=0):
    """src converted between BGR/RGB(A), grey, HSV, HLS and YCrCb
    (uint8 or float32; `_cv2_color.py` does the colour spaces; uint16
    through the channel shuffles that add or drop alpha or reorder)."""
    src = _np.asarray(src)
    shuffle = code in (0, 1, 2, 3, 4, 5, 8, 9)
    if src.dtype not in (_np.uint8, _np.float32) and not (shuffle and src.dtype == _np.uint16):
        raise error("taipan's cv2.cvtColor converts uint8 and float32 images only "
                    "(uint16 between BGR, RGB, BGRA, RGBA and grey to BGR(A))")
    out = _cv2_color.convert(src, code)
    if out is None:
        out = _cv2_yuv.convert(src, code)
    if out is not None:
        return out
    if code in (COLOR_BGR2GRAY, COLOR_RGB2GRAY, COLOR_BGRA2GRAY, COLOR_RGBA2GRAY):
        _channels(src, (3, 4))
        bgr = code in (COLOR_BGR2GRAY, COLOR_BGRA2GRAY)
        if src.dtype == _np.float32:
            return _cv2_color.gray(src, 0 if bgr else 2)
        return _image.cv_gray(src, bgr)
    alpha = {"uint8": 255, "uint16": 65535}.get(src.dtype.name, 1)
    full = _np.full(src.shape[:2] + (1,), alpha, dtype=src.dtype)
    if code in _SHUFFLES:
        # OpenCV takes 1, 3 or 4 channels for each: grey repeats, and an
        # alpha channel is kept or made opaque.
        dcn, swap = _SHUFFLES[code]
        n = _channels(src, (1, 3, 4))
        if n == 1:
            g = src.reshape(src.shape[:2] + (1,))
            planes = [g, g, g]
        else:
            planes = [src[:, :, i:i + 1] for i in ((2, 1, 0) if swap else (0, 1, 2))]
        if dcn == 4:
            planes.append(src[:, :, 3:4] if n == 4 else full)
        return _np.concatenate(planes, axis=2)
    if code in (COLOR_GRAY2BGR, COLOR_GRAY2BGRA):
        _channels(src, (1,))
        g = src.reshape(src.shape[:2] + (1,))
        return _np.concatenate([g, g, g] + ([full] if code == COLOR_GRAY2BGRA else []), axis=2)
    raise error("taipan's cv2.cvtColor has no conversion code %d" % code)


_NEAREST_DTYPES = ("int8", "uint16", "int16", "int32", "float16", "float32", "float64")


def _nearest_rows(n_out, n_in, scale, exact):
    """The source index of each output row (or column): OpenCV's
    floor(i * scale), or INTER_NEAREST_EXACT's 16-bit fixed-point centres."""
    i = _np.arange(n_out, dtype=_np.int64)
    if exact:
        step = ((n_in << 16) + n_out // 2) // n_out
        idx = _np.maximum((step * i + (step // 2 - n_in % 2)) >> 16, 0)
    else:
        idx = _np.floor(i * scale).astype(_np.int64)
    return _np.minimum(idx, n_in - 1)


@_fills_dst(2)
def resize(src, dsize, dst=None, fx=0, fy=0, interpolation=INTER_LINEAR):
    src = _np.asarray(src)
    nearest = interpolation in (INTER_NEAREST, INTER_NEAREST_EXACT)
    if src.ndim not in (2, 3) or not (src.dtype == _np.uint8 or nearest and src.dtype.name in _NEAREST_DTYPES):
        raise error("taipan's cv2.resize resizes uint8 images (others with INTER_NEAREST only)")
    if src.ndim == 3 and src.shape[2] == 1:
        src = src[:, :, 0]
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
    if src.dtype != _np.uint8 or interpolation == INTER_NEAREST_EXACT:
        exact = interpolation == INTER_NEAREST_EXACT
        sx = 1.0 / (factors[0] or dw / w)
        sy = 1.0 / (factors[1] or dh / h)
        ys = _nearest_rows(dh, h, sy, exact)
        return _np.ascontiguousarray(src[ys][:, _nearest_rows(dw, w, sx, exact)])
    return _image.cv_resize(src, dw, dh, int(interpolation), factors[0], factors[1])


@_fills_dst(2)
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
        return _builtins.min(_builtins.max(p, 0), n - 1)
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


def _scalar_fill(value, src):
    """A Scalar (a number is Scalar(v, 0, 0, 0)) as src's pixel, each part
    saturated to src's dtype as OpenCV casts it."""
    vals = [float(value)] if isinstance(value, (int, float)) else [float(v) for v in value]
    vals = (vals + [0.0] * 4)[:1 if src.ndim == 2 else src.shape[2]]
    arr = _np.array(vals, dtype=_np.float64)
    if src.dtype.kind in "iu":
        info = _np.iinfo(src.dtype)
        arr = _np.clip(_np.rint(arr), info.min, info.max)
    arr = arr.astype(src.dtype)
    return arr[0] if src.ndim == 2 else arr


@_fills_dst(6)
def copyMakeBorder(src, top, bottom, left, right, borderType, dst=None, value=None):
    src = _np.asarray(src)
    h, w = src.shape[0], src.shape[1]
    if _builtins.min(top, bottom, left, right) < 0:
        raise error("(-215:Assertion failed) top >= 0 && bottom >= 0 && left >= 0 && right >= 0")
    kind = borderType & 15
    if kind == BORDER_CONSTANT:
        out = _np.zeros((h + top + bottom, w + left + right) + src.shape[2:], dtype=src.dtype)
        if value is not None:
            out[...] = _scalar_fill(value, src)
        out[top:top + h, left:left + w] = src
        return out
    if kind not in (BORDER_REPLICATE, BORDER_REFLECT, BORDER_WRAP, BORDER_REFLECT_101):
        raise error("Unknown/unsupported border type")
    if h == 0 or w == 0:
        raise error("(-215:Assertion failed) !src.empty()")
    rows = _np.array([_border_index(p, h, kind) for p in range(-top, h + bottom)])
    cols = _np.array([_border_index(p, w, kind) for p in range(-left, w + right)])
    return _np.ascontiguousarray(src.take(rows, axis=0).take(cols, axis=1))


def _uint8_image(src, func):
    src = _np.asarray(src)
    if src.dtype != _np.uint8 or src.ndim not in (2, 3) or (src.ndim == 3 and not 1 <= src.shape[2] <= 4):
        raise error("taipan's cv2.%s handles uint8 images of 1 to 4 channels only" % func)
    if src.size == 0:
        raise error("(-215:Assertion failed) !_src.empty() in function '%s'" % func)
    return src


def _native(func, *args):
    try:
        return func(*args)
    except (TypeError, ValueError) as e:
        raise error(str(e)) from None


def _scalar(value):
    if value is None:
        return (0.0, 0.0, 0.0, 0.0)
    if isinstance(value, (int, float)):
        return (float(value), 0.0, 0.0, 0.0)
    vals = [float(v) for v in _np.asarray(value, dtype=_np.float64).ravel()][:4]
    return tuple(vals + [0.0] * (4 - len(vals)))


def getRotationMatrix2D(center, angle, scale):
    try:
        cx, cy = [float(_np.float32(v)) for v in center]
        a = float(angle) * (_math.pi / 180)
        scale = float(scale)
    except (TypeError, ValueError):
        raise error("(-5:Bad argument) in function 'getRotationMatrix2D'") from None
    alpha = _math.cos(a) * scale
    beta = _math.sin(a) * scale
    return _np.array([[alpha, beta, (1 - alpha) * cx - beta * cy],
                      [-beta, alpha, beta * cx + (1 - alpha) * cy]], dtype=_np.float64)


def _warp_args(func, src, M, rows, dsize, flags, borderMode):
    """The checked arguments of warpAffine / warpPerspective (`rows` rows of
    the map): the image, the map as an array, the destination size and
    the interpolation (nearest, linear or cubic)."""
    src = _uint8_image(src, func)
    M = _np.asarray(M)
    if M.dtype not in (_np.float32, _np.float64) or M.shape != (rows, 3):
        raise error("(-215:Assertion failed) (M0.type() == CV_32F || M0.type() == CV_64F) "
                    "&& M0.rows == %d && M0.cols == 3 in function '%s'" % (rows, func))
    w, h = int(dsize[0]), int(dsize[1])
    if w <= 0 or h <= 0:
        w, h = src.shape[1], src.shape[0]
    interp = flags & 7
    if interp == INTER_AREA:
        interp = INTER_LINEAR
    if interp not in (INTER_NEAREST, INTER_LINEAR, INTER_CUBIC):
        raise error("taipan's cv2.%s has no interpolation %d" % (func, interp))
    if borderMode not in (BORDER_CONSTANT, BORDER_REPLICATE, BORDER_REFLECT, BORDER_WRAP,
                          BORDER_REFLECT_101):
        raise error("taipan's cv2.%s has no border mode %d" % (func, borderMode))
    return src, M, w, h, interp


@_fills_dst(3)
def warpAffine(src, M, dsize, dst=None, flags=INTER_LINEAR, borderMode=BORDER_CONSTANT,
               borderValue=None):
    src, M, w, h, interp = _warp_args("warpAffine", src, M, 2, dsize, flags, borderMode)
    m = tuple(float(v) for v in M.ravel())
    value = _native(_scalar, borderValue)
    return _native(_image.cv_warp_affine, src, m, w, h, interp,
                   bool(flags & WARP_INVERSE_MAP), borderMode, value)


def _points(pts, n, func):
    """n float32 (x, y) points, as OpenCV's transform builders check them."""
    a = _np.asarray(pts)
    if a.dtype != _np.float32 or a.size != 2 * n:
        raise error("(-215:Assertion failed) src.checkVector(2, CV_32F) == %d && "
                    "dst.checkVector(2, CV_32F) == %d in function '%s'" % (n, n, func))
    return a.reshape(n, 2)


def _lu_solve(a, b):
    """OpenCV's LU solve (partial pivoting, in place, in doubles); None
    when the matrix is singular."""
    n = len(a)
    for i in range(n):
        k = _builtins.max(range(i, n), key=lambda j: (abs(a[j][i]), -j))
        if abs(a[k][i]) < 2.220446049250313e-14:
            return None
        a[i], a[k], b[i], b[k] = a[k], a[i], b[k], b[i]
        d = -1 / a[i][i]
        for j in range(i + 1, n):
            alpha = a[j][i] * d
            for c in range(i + 1, n):
                a[j][c] += alpha * a[i][c]
            b[j] += alpha * b[i]
    for i in range(n - 1, -1, -1):
        s = b[i]
        for c in range(i + 1, n):
            s -= a[i][c] * b[c]
        b[i] = s / a[i][i]
    return b


def getPerspectiveTransform(src, dst, solveMethod=0):
    """The 3x3 map taking the four src points to the four dst points
    (float32 pairs, single-precision products, as OpenCV builds it)."""
    s, d = (_points(p, 4, "getPerspectiveTransform") for p in (src, dst))
    a, b = [], []
    for row in (0, 1):
        for i in range(4):
            x, y = float(s[i, 0]), float(s[i, 1])
            lead = [x, y, 1.0, 0.0, 0.0, 0.0] if row == 0 else [0.0, 0.0, 0.0, x, y, 1.0]
            a.append(lead + [float(-s[i, 0] * d[i, row]), float(-s[i, 1] * d[i, row])])
            b.append(float(d[i, row]))
    x = _lu_solve(a, b) or [0.0] * 8
    return _np.array(x + [1.0], dtype=_np.float64).reshape(3, 3)


def getAffineTransform(src, dst):
    """The 2x3 map taking the three src points to the three dst points
    (OpenCV's 6x6 LU solve in doubles; zeros when they are collinear)."""
    s, d = (_points(p, 3, "getAffineTransform") for p in (src, dst))
    a, b = [], []
    for i in range(3):
        x, y = float(s[i, 0]), float(s[i, 1])
        a += [[x, y, 1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, x, y, 1.0]]
        b += [float(d[i, 0]), float(d[i, 1])]
    x = _lu_solve(a, b) or [0.0] * 6
    return _np.array(x, dtype=_np.float64).reshape(2, 3)


def invertAffineTransform(M, iM=None):
    """The inverse of a 2x3 affine map (float32 or float64, kept), zeros
    when it is singular; for float32 OpenCV rounds the determinant and
    the 2x2 part to single precision and works the offsets in doubles."""
    m = _np.asarray(M)
    if m.shape != (2, 3) or m.dtype not in (_np.float32, _np.float64):
        raise error("(-215:Assertion failed) matM.rows == 2 && matM.cols == 3 "
                    "in function 'invertAffineTransform'")
    (a, b, c), (d, e, f) = [[float(v) for v in row] for row in m.tolist()]
    r = (lambda v: float(_np.float32(v))) if m.dtype == _np.float32 else (lambda v: v)
    det = r(r(a * e) - r(b * d))
    det = r(1.0 / det) if det != 0 else 0.0
    a, b, d, e = r(e * det), r(-b * det), r(-d * det), r(a * det)
    out = [[a, b, -a * c - b * f], [d, e, -d * c - e * f]]
    return _np.array(out, dtype=m.dtype)


def _split(a):
    """Veltkamp's split of doubles into high and low halves."""
    t = a * 134217729.0
    hi = t - (t - a)
    return hi, a - hi


def _fma64(a, b, c):
    """a * b + c in doubles as one fused multiply-add (Dekker's exact
    product and a two-sum; right but for rare double roundings)."""
    p = a * b
    (ah, al), (bh, bl) = _split(a), _split(b)
    lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    s = p + c
    v = s - p
    return s + (((p - (s - v)) + (c - v)) + lo)


def perspectiveTransform(src, m, dst=None):
    """N x 1 x 2 points (float32 or float64) through a 3x3 projective map
    as OpenCV's loop rounds: fma(x, m0, y * m1) + m2 in doubles, times
    1 / w; points at infinity become zeros."""
    a = _np.asarray(src)
    mat = _np.asarray(m, dtype=_np.float64)
    if a.dtype not in (_np.float32, _np.float64) or a.ndim != 3 or a.shape[-1] != 2 or mat.shape != (3, 3):
        raise error("taipan's cv2.perspectiveTransform maps N x 1 x 2 float points by a 3x3 matrix only")
    x, y = a[..., 0].astype(_np.float64), a[..., 1].astype(_np.float64)
    rows = [_fma64(x, mat[k, 0], y * mat[k, 1]) + mat[k, 2] for k in range(3)]
    far = _np.abs(rows[2]) <= 1.1920928955078125e-07
    w = 1.0 / _np.where(far, 1.0, rows[2])
    out = _np.stack([_np.where(far, 0.0, rows[k] * w) for k in (0, 1)], axis=-1)
    return out.astype(a.dtype)


def transform(src, m, dst=None):
    """float32 N x 1 x 2 points through a 2x2 or 2x3 matrix, as OpenCV's
    float loop rounds: fma(m0, x, m1 * y) + m2 in single precision."""
    a = _np.asarray(src)
    mat = _np.asarray(m, dtype=_np.float64)
    if a.dtype != _np.float32 or a.ndim != 3 or a.shape[-1] != 2 or mat.shape not in ((2, 2), (2, 3)):
        raise error("taipan's cv2.transform maps float32 N x 1 x 2 points by a 2x2 or 2x3 matrix only")
    mf = _np.concatenate([mat, _np.zeros((2, 1))], axis=1) if mat.shape[1] == 2 else mat
    mf = mf.astype(_np.float32)
    x, y = a[..., 0], a[..., 1]
    rows = [_fma32(x, mf[k, 0], y * mf[k, 1]) + mf[k, 2] for k in (0, 1)]
    return _np.stack(rows, axis=-1)


def _invert3(m):
    """OpenCV's invert of a 3x3 double matrix (cofactors over the
    determinant; zeros when it is singular)."""
    (a, b, c), (d, e, f), (g, h, i) = m
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    if det == 0:
        return [0.0] * 9
    det = 1.0 / det
    return [(e * i - f * h) * det, (c * h - b * i) * det, (b * f - c * e) * det,
            (f * g - d * i) * det, (a * i - c * g) * det, (c * d - a * f) * det,
            (d * h - e * g) * det, (b * g - a * h) * det, (a * e - b * d) * det]


@_fills_dst(3)
def warpPerspective(src, M, dsize, dst=None, flags=INTER_LINEAR, borderMode=BORDER_CONSTANT,
                    borderValue=None):
    src, M, w, h, interp = _warp_args("warpPerspective", src, M, 3, dsize, flags, borderMode)
    m = [[float(v) for v in row] for row in M.astype(_np.float64)]
    m = sum(m, []) if flags & WARP_INVERSE_MAP else _invert3(m)
    value = _native(_scalar, borderValue)
    return _native(_image.cv_warp_perspective, src, tuple(m), w, h, interp,
                   True, borderMode, value)


def _one_channel(src, func, check):
    a = _np.asarray(src)
    if a.dtype == _np.bool_:
        raise error("(-5:Bad argument) in function '%s'" % func)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim != 2:
        raise error("(-215:Assertion failed) %s in function '%s'" % (check, func))
    return a


def _mask_of(mask, shape):
    """The boolean where-mask of a CV_8U mask the size of the image."""
    m = _np.asarray(mask)
    if m.dtype != _np.uint8:
        raise error("(-215:Assertion failed) mask.empty() || mask.type() == CV_8U")
    if m.shape[:2] != shape[:2]:
        raise error("(-215:Assertion failed) A.size == arrays[i0]->size in function 'init'")
    return (m.reshape(shape[:2]) if m.ndim == 3 else m) != 0


def countNonZero(src):
    """The number of non-zero elements of a one-channel array."""
    return int(_np.count_nonzero(_one_channel(src, "countNonZero", "cn == 1")))


def findNonZero(src, idx=None):
    """The (x, y) of the non-zero elements, row by row, as an N x 1 x 2
    int32 array (None when there are none)."""
    a = _one_channel(src, "findNonZero", "src.channels() == 1 && src.dims == 2")
    ys, xs = _np.nonzero(a)
    if len(xs) == 0:
        return None
    return _np.stack([xs, ys], axis=1).astype(_np.int32).reshape(-1, 1, 2)


def mean(src, mask=None):
    """The mean of each channel (of the pixels where mask is not 0) as a
    4-tuple: the sums times the reciprocal of the count, as OpenCV does."""
    a = _np.asarray(src)
    a = a.reshape(a.shape + (1,)) if a.ndim == 2 else a
    if mask is not None:
        a = a[_mask_of(mask, a.shape)]
    a = a.reshape(-1, a.shape[-1])
    scale = 1.0 / a.shape[0] if a.shape[0] else 0.0
    sums = a.sum(axis=0, dtype=_np.int64 if a.dtype.kind in "iub" else _np.float64)
    out = [float(v) * scale for v in sums.tolist()]
    return tuple(out + [0.0] * (4 - len(out)))


def meanStdDev(src, mean=None, stddev=None, mask=None):
    """(mean, stddev) of each channel (where mask is not 0) as cn x 1
    float64 arrays: sums and sums of squares in doubles, the deviation
    sqrt(max(sq / n - mean ** 2, 0)) as OpenCV computes it."""
    a = _np.asarray(src)
    a = a.reshape(a.shape + (1,)) if a.ndim == 2 else a
    if mask is not None:
        a = a[_mask_of(mask, a.shape)]
    a = a.reshape(-1, a.shape[-1]).astype(_np.float64)
    scale = 1.0 / a.shape[0] if a.shape[0] else 0.0
    m = a.sum(axis=0) * scale
    sd = _np.sqrt(_np.maximum((a * a).sum(axis=0) * scale - m * m, 0.0))
    return m.reshape(-1, 1), sd.reshape(-1, 1)


def setNumThreads(nthreads):
    """Accepted and ignored: taipan runs each cv2 call on its caller's thread."""


def getNumThreads():
    """1: taipan runs each cv2 call on its caller's thread."""
    return 1


def minMaxLoc(src, mask=None):
    """(minVal, maxVal, minLoc, maxLoc) of a one-channel array (where mask
    is not 0), locations as (x, y) of the first in row order; with nothing
    to look at, zeros and (-1, -1)."""
    check = ("(cn == 1 && (_mask.empty() || _mask.type() == CV_8U)) || "
             "(cn > 1 && _mask.empty() && !minIdx && !maxIdx)")
    a = _one_channel(src, "minMaxIdx", check)
    flat = a.ravel()
    idx = _np.arange(flat.size)
    if mask is not None:
        keep = _mask_of(mask, a.shape).ravel()
        flat, idx = flat[keep], idx[keep]
    if flat.size == 0:
        return (0.0, 0.0, (-1, -1), (-1, -1))
    lo, hi = int(idx[int(_np.argmin(flat))]), int(idx[int(_np.argmax(flat))])
    w = a.shape[1]
    return (float(a.flat[lo]), float(a.flat[hi]), (lo % w, lo // w), (hi % w, hi // w))


def getGaussianKernel(ksize, sigma, ktype=CV_64F):
    if ktype not in (CV_32F, CV_64F):
        raise error("Unsupported depth of kernel type: ktype == CV_32F || ktype == CV_64F")
    if int(ksize) <= 0:
        raise error("(-215:Assertion failed) n > 0 in function 'getGaussianKernelBitExact'")
    k = _np.array(_native(_image.cv_gaussian_kernel, int(ksize), float(sigma)), dtype=_np.float64)
    return k.reshape(int(ksize), 1).astype(_np.float32 if ktype == CV_32F else _np.float64)


def _kernel_size(n, sigma):
    if n <= 0 and sigma > 0:
        n = int(round(sigma * 3 * 2 + 1)) | 1
    return n


@_fills_dst(3)
def GaussianBlur(src, ksize, sigmaX, dst=None, sigmaY=0, borderType=BORDER_DEFAULT):
    src = _uint8_image(src, "GaussianBlur")
    kind = borderType & ~BORDER_ISOLATED
    if kind not in (BORDER_CONSTANT, BORDER_REPLICATE, BORDER_REFLECT, BORDER_WRAP,
                    BORDER_REFLECT_101):
        raise error("taipan's cv2.GaussianBlur has no border type %d" % borderType)
    kw, kh = int(ksize[0]), int(ksize[1])
    if kind != BORDER_CONSTANT:
        kh = 1 if src.shape[0] == 1 else kh
        kw = 1 if src.shape[1] == 1 else kw
    if kw == 1 and kh == 1:
        return src.copy()
    sx, sy = float(sigmaX), float(sigmaY)
    if sy <= 0:
        sy = sx
    kw, kh = _kernel_size(kw, sx), _kernel_size(kh, sy)
    if kw <= 0 or kw % 2 == 0 or kh <= 0 or kh % 2 == 0:
        raise error("(-215:Assertion failed) ksize.width > 0 && ksize.width % 2 == 1 && "
                    "ksize.height > 0 && ksize.height % 2 == 1 in function 'createGaussianKernels'")
    return _native(_image.cv_gaussian_blur, src, kw, _builtins.max(sx, 0.0), kh, _builtins.max(sy, 0.0), kind)


_DEPTHS = {"uint8": CV_8U, "float32": CV_32F, "float64": CV_64F}


def normalize(src, dst=None, alpha=1, beta=0, norm_type=NORM_L2, dtype=-1, mask=None):
    src = _np.asarray(src)
    depth = _DEPTHS.get(src.dtype.name)
    if depth is None:
        raise error("taipan's cv2.normalize handles uint8, float32 and float64 arrays only")
    if mask is not None:
        raise error("taipan's cv2.normalize has no mask")
    if src.size == 0:
        raise error("(-215:Assertion failed) !_src.empty() in function 'normalize'")
    rtype = depth if dtype < 0 else dtype & 7
    if rtype not in (CV_8U, CV_32F, CV_64F):
        raise error("taipan's cv2.normalize converts to CV_8U, CV_32F or CV_64F only")
    a, b = float(alpha), float(beta)
    x = src.astype(_np.float64)
    if norm_type == NORM_MINMAX:
        dmin, dmax = _builtins.min(a, b), _builtins.max(a, b)
        smin, smax = float(x.min()), float(x.max())
        scale = (dmax - dmin) * (1.0 / (smax - smin) if smax - smin > 2.220446049250313e-16 else 0.0)
        if rtype == CV_32F:
            scale = float(_np.float32(scale))
            shift = float(_np.float32(dmin)) - float(_np.float32(smin * scale))
        else:
            shift = dmin - smin * scale
    elif norm_type in (NORM_INF, NORM_L1, NORM_L2):
        if norm_type == NORM_INF:
            n = float(_np.abs(x).max())
        elif norm_type == NORM_L1:
            n = float(_np.abs(x).sum())
        else:
            n = _math.sqrt(float((x * x).sum()))
        scale = a / n if n > 2.220446049250313e-16 else 0.0
        shift = 0.0
    else:
        raise error("(-5:Bad argument) Unknown/unsupported norm type in function 'normalize'")
    out = _native(_image.cv_convert, src, rtype, scale, shift)
    return _into(dst, out)


def split(m):
    """The channels of m as a tuple of 2-D arrays."""
    m = _np.asarray(m)
    if m.ndim == 2:
        return (m.copy(),)
    return tuple(_np.ascontiguousarray(m[:, :, i]) for i in range(m.shape[2]))


@_fills_dst(1)
def merge(mv, dst=None):
    """One multi-channel array from a sequence of 2-D (or 3-D) arrays."""
    planes = [_np.asarray(p) for p in mv]
    if not planes:
        raise error("(-215:Assertion failed) !mv.empty() in function 'merge'")
    parts = [p[:, :, None] if p.ndim == 2 else p for p in planes]
    for p in parts:
        if p.shape[:2] != parts[0].shape[:2] or p.dtype != parts[0].dtype:
            raise error("(-215:Assertion failed) mv[i].size == mv[0].size && "
                        "mv[i].depth() == depth in function 'merge'")
    out = _np.concatenate(parts, axis=2)
    return out[:, :, 0].copy() if out.shape[2] == 1 else out


@_fills_dst(2)
def rotate(src, rotateCode, dst=None):
    """src turned by a multiple of 90 degrees (ROTATE_* codes)."""
    src = _np.asarray(src)
    turns = {ROTATE_90_CLOCKWISE: -1, ROTATE_180: 2, ROTATE_90_COUNTERCLOCKWISE: 1}
    if rotateCode not in turns:
        raise error("(-215:Assertion failed) rotateMode >= 0 && rotateMode <= 2 in function 'rotate'")
    return _np.ascontiguousarray(_np.rot90(src, turns[rotateCode]))


@_fills_dst(1)
def transpose(src, dst=None):
    """src with rows and columns swapped (channels kept)."""
    src = _np.asarray(src)
    return _np.ascontiguousarray(_np.swapaxes(src, 0, 1))


@_fills_dst(1)
def hconcat(src, dst=None):
    """The arrays of src side by side."""
    return _np.concatenate([_np.asarray(a) for a in src], axis=1)


@_fills_dst(1)
def vconcat(src, dst=None):
    """The arrays of src one above the other."""
    return _np.concatenate([_np.asarray(a) for a in src], axis=0)


def _histogram(src):
    return [int(v) for v in _np.bincount(src.ravel(), minlength=256)]


def _otsu(src):
    h = _histogram(src)
    scale = 1.0 / src.size
    mu = sum(i * float(h[i]) for i in range(256)) * scale
    mu1 = q1 = 0.0
    max_sigma = max_val = 0.0
    eps = 1.1920928955078125e-07
    for i in range(256):
        p_i = h[i] * scale
        mu1 *= q1
        q1 += p_i
        q2 = 1.0 - q1
        if _builtins.min(q1, q2) < eps or _builtins.max(q1, q2) > 1.0 - eps:
            continue
        mu1 = (mu1 + i * p_i) / q1
        mu2 = (mu - q1 * mu1) / q2
        sigma = q1 * q2 * (mu1 - mu2) * (mu1 - mu2)
        if sigma > max_sigma:
            max_sigma, max_val = sigma, float(i)
    return max_val


def _triangle(src):
    h = _histogram(src)
    nz = [i for i in range(256) if h[i] > 0]
    left = _builtins.max(nz[0] - 1, 0) if nz[0] > 0 else 0
    right = nz[-1] if nz[-1] > 0 else 0
    right = right + 1 if right < 255 else right
    top = _builtins.max(h)
    peak = h.index(top)
    flipped = peak - left < right - peak
    if flipped:
        h = h[::-1]
        left, peak = 255 - right, 255 - peak
    thresh, dist = float(left), 0.0
    b = float(left - peak)
    for i in range(left + 1, peak + 1):
        d = top * i + b * h[i]
        if d > dist:
            dist, thresh = d, float(i)
    thresh -= 1
    return 255 - thresh if flipped else thresh


def threshold(src, thresh, maxval, type, dst=None):
    """(retval, dst): src thresholded by one of THRESH_BINARY, _INV,
    TRUNC, TOZERO, TOZERO_INV, optionally with THRESH_OTSU or
    THRESH_TRIANGLE choosing the threshold (uint8, one channel)."""
    src = _np.asarray(src)
    kind, auto = type & THRESH_MASK, type & (THRESH_OTSU | THRESH_TRIANGLE)
    if kind > THRESH_TOZERO_INV:
        raise error("Unknown threshold type")
    if src.dtype not in (_np.uint8, _np.float32, _np.float64):
        raise error("taipan's cv2.threshold handles uint8, float32 and float64 images only")
    if auto:
        if src.dtype != _np.uint8 or (src.ndim == 3 and src.shape[2] != 1):
            raise error("(-215:Assertion failed) src.type() == CV_8UC1 in function 'threshold'")
        thresh = _otsu(src) if auto == THRESH_OTSU else _triangle(src)
    if src.dtype == _np.uint8:
        thresh = float(_math.floor(thresh))
        maxval = float(_builtins.min(_builtins.max(round(maxval), 0), 255))
    t = thresh
    above = src > t
    m = _np.asarray(maxval).astype(src.dtype)
    zero = _np.zeros((), dtype=src.dtype)
    if kind == THRESH_BINARY:
        out = _np.where(above, m, zero)
    elif kind == THRESH_BINARY_INV:
        out = _np.where(above, zero, m)
    elif kind == THRESH_TRUNC:
        out = _np.where(above, _np.asarray(t).astype(src.dtype), src)
    elif kind == THRESH_TOZERO:
        out = _np.where(above, src, zero)
    else:
        out = _np.where(above, zero, src)
    return float(thresh), _into(dst, out.astype(src.dtype))



ADAPTIVE_THRESH_MEAN_C = 0
ADAPTIVE_THRESH_GAUSSIAN_C = 1


def _gaussian_kernel32(n):
    """getGaussianKernel(n, 0, CV_32F): float32 taps normalised as OpenCV
    normalises them (its fixed tables for n <= 7)."""
    if n <= 7:
        return getGaussianKernel(n, 0, CV_32F).ravel().astype(_np.float64).tolist()
    sigma = ((n - 1) * 0.5 - 1) * 0.3 + 0.8
    scale2 = -0.5 / (sigma * sigma)
    taps = [float(_np.float32(_math.exp(scale2 * (i - (n - 1) * 0.5) ** 2))) for i in range(n)]
    total = 0.0
    for t in taps:
        total += t
    inv = 1.0 / total
    return [float(_np.float32(t * inv)) for t in taps]


def _float_gaussian_mean(src, n):
    """adaptiveThreshold's Gaussian mean: the float32 blur of src
    (replicated border) rounded back to uint8. The sums are taken in
    double; for n <= 7 the taps are dyadic, so they are exact."""
    k = _gaussian_kernel32(n)
    r = n // 2
    h, w = src.shape
    p = _np.pad(src.astype(_np.float64), r, mode="edge")
    rows = sum(k[j] * p[:, j:j + w] for j in range(n))
    out = sum(k[i] * rows[i:i + h] for i in range(n))
    return _np.clip(_np.rint(out.astype(_np.float32)), 0, 255).astype(_np.uint8)


@_fills_dst(6)
def adaptiveThreshold(src, maxValue, adaptiveMethod, thresholdType, blockSize, C, dst=None):
    """src compared with the mean (or Gaussian mean) of its blockSize
    neighbourhood (replicated border) less C, as OpenCV does on uint8
    one-channel images."""
    src = _np.asarray(src)
    if src.dtype != _np.uint8 or src.ndim != 2:
        raise error("(-215:Assertion failed) src.type() == CV_8UC1 in function 'adaptiveThreshold'")
    if blockSize % 2 != 1 or blockSize <= 1:
        raise error("(-215:Assertion failed) blockSize % 2 == 1 && blockSize > 1 "
                    "in function 'adaptiveThreshold'")
    if adaptiveMethod not in (ADAPTIVE_THRESH_MEAN_C, ADAPTIVE_THRESH_GAUSSIAN_C):
        raise error("(-206:Bad flag (parameter or structure field)) Unknown/unsupported "
                    "adaptive threshold method in function 'adaptiveThreshold'")
    if thresholdType not in (THRESH_BINARY, THRESH_BINARY_INV):
        raise error("(-206:Bad flag (parameter or structure field)) Unknown/unsupported "
                    "threshold type in function 'adaptiveThreshold'")
    maxval = _builtins.min(_builtins.max(int(_np.rint(maxValue)), 0), 255)
    if maxval == 0:
        return _np.zeros_like(src)
    if adaptiveMethod == ADAPTIVE_THRESH_MEAN_C:
        mean = blur(src, (blockSize, blockSize), borderType=BORDER_REPLICATE)
    else:
        mean = _float_gaussian_mean(src, blockSize)
    diff = src.astype(_np.int64) - mean.astype(_np.int64)
    if thresholdType == THRESH_BINARY:
        keep = diff > -_math.ceil(C)
    else:
        keep = diff <= -_math.floor(C)
    return _np.where(keep, maxval, 0).astype(_np.uint8)


@_fills_dst(2)
def LUT(src, lut, dst=None):
    """Each element of a uint8 src looked up in a 256-entry table."""
    src = _np.asarray(src)
    lut = _np.asarray(lut)
    if src.dtype != _np.uint8 or lut.size % 256:
        raise error("(-215:Assertion failed) (lutcn == cn || lutcn == 1) && _lut.total() == 256 "
                    "&& _lut.isContinuous() && (depth == CV_8U || depth == CV_8S) in function 'LUT'")
    n = lut.size // 256
    if n == 1:
        return lut.ravel()[src]
    cn = 1 if src.ndim == 2 else src.shape[2]
    if n != cn:
        raise error("(-215:Assertion failed) (lutcn == cn || lutcn == 1) in function 'LUT'")
    table = lut.reshape(256, n)
    return _np.stack([table[src[:, :, c], c] for c in range(n)], axis=-1)


def _saturate_u8(x):
    return _np.clip(_np.rint(x), 0, 255).astype(_np.uint8)


def _fma32(x, scale, add):
    """x * float32(scale) + add rounded once to float32 (a fused multiply-add;
    exact in float64 for 8- and 16-bit x)."""
    return (x.astype(_np.float64) * float(_np.float32(scale))
            + _np.asarray(add, dtype=_np.float64)).astype(_np.float32)


def _same_shape(a, b, func):
    if a.shape != b.shape:
        raise error("(-209:Sizes of input arguments do not match) The operation is neither "
                    "'array op array' (where arrays have the same size and the same number of "
                    "channels), nor 'array op scalar', nor 'scalar op array' in function '%s'" % func)


@_fills_dst(5)
def addWeighted(src1, alpha, src2, beta, gamma, dst=None, dtype=-1):
    """src1 * alpha + src2 * beta + gamma, saturated to src1's type."""
    a, b = _np.asarray(src1), _np.asarray(src2)
    _same_shape(a, b, "arithm_op")
    if a.dtype == _np.uint8 and dtype in (-1, CV_8U):
        # OpenCV's vector loop: fma(src1, alpha, fma(src2, beta, gamma)) in float32.
        inner = _fma32(b, beta, _np.float32(gamma))
        return _saturate_u8(_fma32(a, alpha, inner))
    if a.dtype in (_np.float32, _np.float64) and dtype == -1:
        t = a.astype(_np.float64) * float(alpha) + b.astype(_np.float64) * float(beta) + float(gamma)
        return t.astype(a.dtype)
    raise error("taipan's cv2.addWeighted handles uint8, float32 and float64 arrays only")


@_fills_dst(1)
def convertScaleAbs(src, dst=None, alpha=1, beta=0):
    """|src * alpha + beta| saturated to uint8."""
    src = _np.asarray(src)
    if src.dtype == _np.float64:
        return _saturate_u8(_np.abs(src * float(alpha) + float(beta)))
    return _saturate_u8(_np.abs(_fma32(src, alpha, _np.float32(beta))))


def _bound(b, src, func):
    arr = _np.asarray(b, dtype=_np.float64)
    cn = 1 if src.ndim == 2 else src.shape[2]
    if arr.shape == src.shape:
        return arr
    flat = arr.ravel()
    if flat.size == 1 or flat.size >= cn and flat.size <= 4:
        vals = list(flat[:cn]) if flat.size >= cn else [flat[0]] + [0.0] * (cn - 1)
        if src.dtype.kind in "ui":
            vals = [float(_np.rint(v)) for v in vals]
        return _np.array(vals if cn > 1 else vals[0], dtype=_np.float64)
    raise error("(-215:Assertion failed) The lower boundary is neither an array of the same "
                "size and same type as src, nor a scalar in function '%s'" % func)


@_fills_dst(3)
def inRange(src, lowerb, upperb, dst=None):
    """255 where every channel of src lies in [lowerb, upperb], else 0."""
    src = _np.asarray(src)
    lo, hi = _bound(lowerb, src, "inRange"), _bound(upperb, src, "inRange")
    ok = (src >= lo) & (src <= hi)
    if src.ndim == 3:
        ok = ok.all(axis=2)
    return _np.where(ok, 255, 0).astype(_np.uint8)



def _hist_bins(plane, n, lo, hi):
    """Each pixel's bin along one histogram axis (-1 when outside the
    range): OpenCV's floor(v * a + b) in double, with a and b taken from
    float32 range ends; uint8 values inside the range are clamped to the
    bins as its lookup table clamps them."""
    lo, hi = float(_np.float32(lo)), float(_np.float32(hi))
    if not hi > lo:
        raise error("(-215:Assertion failed) ranges[i][0] < ranges[i][1] in function 'calcHist'")
    a = n / (hi - lo)
    b = -a * lo
    if plane.dtype == _np.uint8:
        j = _np.arange(256, dtype=_np.float64)
        idx = _np.clip(_np.floor(j * a + b), 0, n - 1).astype(_np.int64)
        table = _np.where((j >= lo) & (j < hi), idx, -1)
        return table[plane]
    idx = _np.floor(plane.astype(_np.float64) * a + b)
    return _np.where((idx >= 0) & (idx < n), idx, -1).astype(_np.int64)


def calcHist(images, channels, mask, histSize, ranges, hist=None, accumulate=False):
    """The histogram of the chosen channels of uint8 or float32 images
    over uniform bins, as float32 counts shaped (n, 1) for one channel and
    histSize for several."""
    planes = []
    for im in images:
        im = _np.asarray(im)
        if im.dtype not in (_np.uint8, _np.float32):
            raise error("taipan's cv2.calcHist handles uint8 and float32 images only")
        planes.extend([im] if im.ndim == 2 else [im[:, :, c] for c in range(im.shape[2])])
    dims = len(channels)
    if dims == 0 or len(histSize) != dims or len(ranges) != 2 * dims:
        raise error("(-215:Assertion failed) rsz == dims*2 || (rsz == 0 && images.depth(0) == CV_8U) "
                    "in function 'calcHist'")
    flat = None
    keep = None
    for d in range(dims):
        if not 0 <= channels[d] < len(planes):
            raise error("(-215:Assertion failed) j < nimages in function 'histPrepareImages'")
        n = int(histSize[d])
        idx = _hist_bins(planes[channels[d]], n, ranges[2 * d], ranges[2 * d + 1])
        ok = idx >= 0
        keep = ok if keep is None else keep & ok
        flat = idx if flat is None else flat * n + idx
    if mask is not None:
        mask = _np.asarray(mask)
        if mask.dtype not in (_np.uint8, _np.int8) or mask.shape != keep.shape:
            raise error("(-215:Assertion failed) mask.size() == imsize && mask.channels() == 1 "
                        "in function 'histPrepareImages'")
        keep = keep & (mask != 0)
    total = 1
    for n in histSize:
        total *= int(n)
    counts = _np.bincount(flat[keep].ravel(), minlength=total).astype(_np.float32)
    shape = (int(histSize[0]), 1) if dims == 1 else tuple(int(n) for n in histSize)
    out = counts.reshape(shape)
    if accumulate and hist is not None:
        out = out + _np.asarray(hist, dtype=_np.float32).reshape(shape)
    return _into(hist, out)



def _clahe_luts(ext, tiles, tile, clip_limit):
    """Each tile's clipped-histogram equalisation table (uint8), as
    OpenCV's CLAHE_CalcLut_Body computes it."""
    (tx_n, ty_n), (tw, th) = tiles, tile
    total = tw * th
    scale = _np.float32(255) / _np.float32(total)
    limit = 0
    if clip_limit > 0.0:
        limit = _builtins.max(int(clip_limit * total / 256), 1)
    luts = _np.zeros((ty_n, tx_n, 256), dtype=_np.uint8)
    for ty in range(ty_n):
        for tx in range(tx_n):
            block = ext[ty * th:(ty + 1) * th, tx * tw:(tx + 1) * tw]
            hist = [int(v) for v in _np.bincount(block.ravel(), minlength=256)]
            if limit > 0:
                clipped = 0
                for i in range(256):
                    if hist[i] > limit:
                        clipped += hist[i] - limit
                        hist[i] = limit
                batch, residual = divmod(clipped, 256)
                hist = [v + batch for v in hist]
                if residual:
                    step = _builtins.max(256 // residual, 1)
                    i = 0
                    while i < 256 and residual > 0:
                        hist[i] += 1
                        i += step
                        residual -= 1
            cum = _np.cumsum(_np.array(hist, dtype=_np.int64)).astype(_np.float32)
            luts[ty, tx] = _np.clip(_np.rint(cum * scale), 0, 255).astype(_np.uint8)
    return luts


def _clahe_axis(n, size, tiles):
    """Per position along one axis: the two neighbouring tiles and the
    float32 weights OpenCV interpolates between them with."""
    pos = _np.arange(n, dtype=_np.float32) * (_np.float32(1.0) / _np.float32(size)) - _np.float32(0.5)
    first = _np.floor(pos).astype(_np.int64)
    frac = (pos - first.astype(_np.float32)).astype(_np.float32)
    return (_np.maximum(first, 0), _np.minimum(first + 1, tiles - 1), frac,
            (_np.float32(1.0) - frac).astype(_np.float32))


class CLAHE:
    """Contrast-limited adaptive histogram equalisation of uint8 images
    (cv2.createCLAHE), with OpenCV's tables and float32 interpolation."""

    def __init__(self, clipLimit=40.0, tileGridSize=(8, 8)):
        self._clip = float(clipLimit)
        self._tiles = (int(tileGridSize[0]), int(tileGridSize[1]))

    def setClipLimit(self, clipLimit):
        self._clip = float(clipLimit)

    def getClipLimit(self):
        return self._clip

    def setTilesGridSize(self, tileGridSize):
        self._tiles = (int(tileGridSize[0]), int(tileGridSize[1]))

    def getTilesGridSize(self):
        return self._tiles

    def collectGarbage(self):
        return None

    def apply(self, src, dst=None):
        """The equalised image."""
        src = _np.asarray(src)
        if src.dtype != _np.uint8 or src.ndim != 2:
            raise error("(-215:Assertion failed) _src.type() == CV_8UC1 || _src.type() == CV_16UC1 "
                        "in function 'apply'")
        h, w = src.shape
        tx_n, ty_n = self._tiles
        ext = src
        if w % tx_n or h % ty_n:
            ext = copyMakeBorder(src, 0, ty_n - h % ty_n, 0, tx_n - w % tx_n, BORDER_REFLECT_101)
        tile = (ext.shape[1] // tx_n, ext.shape[0] // ty_n)
        luts = _clahe_luts(ext, self._tiles, tile, self._clip)
        x1, x2, xa, xa1 = _clahe_axis(w, tile[0], tx_n)
        y1, y2, ya, ya1 = _clahe_axis(h, tile[1], ty_n)
        v = src.astype(_np.int64)
        f32 = _np.float32

        def lut(ys, xs):
            return luts[ys[:, None], xs[None, :], v].astype(f32)

        top = lut(y1, x1) * xa1 + lut(y1, x2) * xa
        bottom = lut(y2, x1) * xa1 + lut(y2, x2) * xa
        res = top * ya1[:, None] + bottom * ya[:, None]
        return _into(dst, _np.clip(_np.rint(res), 0, 255).astype(_np.uint8))


def createCLAHE(clipLimit=40.0, tileGridSize=(8, 8)):
    """A CLAHE object."""
    return CLAHE(clipLimit, tileGridSize)


@_fills_dst(1)
def equalizeHist(src, dst=None):
    """A one-channel uint8 image with its histogram equalised."""
    src = _np.asarray(src)
    if src.dtype != _np.uint8 or src.ndim != 2:
        raise error("(-215:Assertion failed) _src.type() == CV_8UC1 in function 'equalizeHist'")
    if src.size == 0:
        return src.copy()
    h = _histogram(src)
    i = 0
    while not h[i]:
        i += 1
    total = src.size
    if h[i] == total:
        return _np.full(src.shape, i, dtype=_np.uint8)
    scale = _np.float32(255.0) / _np.float32(total - h[i])
    lut = [0] * 256
    acc = 0
    for j in range(i + 1, 256):
        acc += h[j]
        lut[j] = _builtins.min(_builtins.max(int(_np.rint(_np.float32(acc) * scale)), 0), 255)
    return _np.array(lut, dtype=_np.uint8)[src]


def _masked(out, mask, dst):
    """out where mask is set; elsewhere dst's old values when dst can hold
    the result (OpenCV writes only the masked pixels), else zeros."""
    if mask is None:
        return _into(dst, out)
    m = _np.asarray(mask) != 0
    if isinstance(dst, _np.ndarray) and dst.shape == out.shape and dst.dtype == out.dtype:
        res = dst
    else:
        res = _np.zeros_like(out)
    res[m] = out[m]
    return res


def _is_number(v, func):
    """Whether v is a Python number (np.float64 is one); other numpy
    scalars are refused, as OpenCV's bindings refuse them."""
    if hasattr(v, "dtype") and getattr(v, "ndim", 1) == 0:
        if v.dtype != _np.float64:
            raise error("(-5:Bad argument) in function '%s'\n> Overload resolution failed:\n"
                        ">  - src2 is not a numpy array, neither a scalar" % func)
        return True
    return isinstance(v, (int, float))


def _operands(src1, src2, broadcast, func):
    """(array, other, swapped) for a binary op: other is an array of the
    array's shape or a per-channel scalar. A Python number fills every
    channel (broadcast: add, subtract, multiply, divide, absdiff) or only
    the first (Scalar(v, 0, 0, 0): max, min, bitwise); a sequence or array
    of up to 4 values is a Scalar; a number may come first."""
    swapped = not isinstance(src1, _np.ndarray) and isinstance(src2, _np.ndarray)
    a = _np.asarray(src2 if swapped else src1)
    other = src1 if swapped else src2
    channels = 1 if a.ndim == 2 else a.shape[2]
    if _is_number(other, func):
        v = float(other)
        vals = [v] * channels if broadcast else [v] + [0.0] * (channels - 1)
    else:
        b = _np.asarray(other)
        if b.shape == a.shape:
            return a, b, swapped
        if b.size > 4 or b.ndim > 2:
            _same_shape(a, b, func)
        vals = ([float(x) for x in b.astype(_np.float64).ravel()] + [0.0] * 4)[:channels]
    return a, _np.asarray(vals[0] if a.ndim == 2 else vals), swapped


def bitwise_not(src, dst=None, mask=None):
    """~src (bit by bit)."""
    src = _np.asarray(src)
    return _masked(~src, mask, dst)


def _bitwise(op, src1, src2, mask, dst):
    a, b, _ = _operands(src1, src2, False, "binary_op")
    return _masked(op(a, b.astype(a.dtype)), mask, dst)


def bitwise_and(src1, src2, dst=None, mask=None):
    """src1 & src2 (where mask is set)."""
    return _bitwise(_np.bitwise_and, src1, src2, mask, dst)


def bitwise_or(src1, src2, dst=None, mask=None):
    """src1 | src2 (where mask is set)."""
    return _bitwise(_np.bitwise_or, src1, src2, mask, dst)


def bitwise_xor(src1, src2, dst=None, mask=None):
    """src1 ^ src2 (where mask is set)."""
    return _bitwise(_np.bitwise_xor, src1, src2, mask, dst)


def _saturating(op, src1, src2, mask, dst, func, broadcast=True):
    a, b, swapped = _operands(src1, src2, broadcast, func)
    x, y = a.astype(_np.float64), b.astype(_np.float64)
    if b.shape != a.shape and a.dtype.kind in "iu":
        # OpenCV rounds a scalar to the integer work type first
        y = _np.rint(y)
    out = op(y, x) if swapped else op(x, y)
    out = _saturate_u8(out) if a.dtype == _np.uint8 else out.astype(a.dtype)
    return _masked(out, mask, dst)


def add(src1, src2, dst=None, mask=None, dtype=-1):
    """src1 + src2, saturated (a number adds to every channel)."""
    return _saturating(_np.add, src1, src2, mask, dst, "arithm_op")


def subtract(src1, src2, dst=None, mask=None, dtype=-1):
    """src1 - src2, saturated."""
    return _saturating(_np.subtract, src1, src2, mask, dst, "arithm_op")


def max(src1, src2, dst=None):
    """The larger of src1 and src2 (a number counts for the first channel
    only, as OpenCV's Scalar(v, 0, 0, 0))."""
    return _saturating(_np.maximum, src1, src2, None, dst, "binary_op", False)


def min(src1, src2, dst=None):
    """The smaller of src1 and src2 (a number as for max)."""
    return _saturating(_np.minimum, src1, src2, None, dst, "binary_op", False)


def _f32_product(x, y, scale):
    """OpenCV's uint8 multiply: (x * scale) * y in float32 (exact when
    scale is 1 and y whole)."""
    return ((x.astype(_np.float32) * _np.float32(scale)) * y.astype(_np.float32)).astype(_np.float64)


def multiply(src1, src2, dst=None, scale=1, dtype=-1):
    """src1 * src2 * scale, saturated (a number multiplies every channel)."""
    a, b, swapped = _operands(src1, src2, True, "arithm_op")
    if a.dtype in (_np.float32, _np.float64) and scale == 1:
        return _into(dst, (a * b.astype(a.dtype)).astype(a.dtype))
    if a.dtype != _np.uint8:
        raise error("taipan's cv2.multiply handles uint8 images (and float ones with scale 1) only")
    out = _saturate_u8(_f32_product(a.astype(_np.float64), b.astype(_np.float64), scale))
    return _into(dst, out)


def divide(src1, src2, dst=None, scale=1, dtype=-1):
    """src1 * scale / src2 in float32, saturated; 0 where src2 is 0."""
    a, b, swapped = _operands(src1, src2, True, "arithm_op")
    if a.dtype != _np.uint8:
        raise error("taipan's cv2.divide handles uint8 images only")
    num, den = (b, a) if swapped else (a, b)
    num = _np.broadcast_to(num, a.shape).astype(_np.float32)
    den = _np.broadcast_to(den, a.shape).astype(_np.float32)
    safe = _np.where(den == 0, _np.float32(1), den)
    q = (num * _np.float32(scale)) / safe
    out = _np.where(den == 0, 0, _saturate_u8(q.astype(_np.float64)))
    return _into(dst, out.astype(_np.uint8))


def sumElems(src):
    """The sum of each channel, as a 4-tuple of floats."""
    a = _np.asarray(src)
    sums = [float(a.sum())] if a.ndim == 2 else [float(v) for v in a.reshape(-1, a.shape[2]).sum(axis=0)]
    return tuple((sums + [0.0] * 4)[:4])


def absdiff(src1, src2, dst=None):
    """|src1 - src2|."""
    return _saturating(lambda x, y: _np.abs(x - y), src1, src2, None, dst, "arithm_op")


from _cv2_draw import (line, rectangle, circle, polylines, fillConvexPoly, fillPoly,  # noqa: E402
                       drawContours)
import _cv2_dnn as dnn  # noqa: E402
from _cv2_shape import (findContours, boundingRect, contourArea, arcLength, approxPolyDP,  # noqa: E402
                        convexHull, boxPoints, moments,
                        connectedComponents, connectedComponentsWithStats,
                        RETR_EXTERNAL, RETR_LIST, RETR_CCOMP, RETR_TREE, CHAIN_APPROX_NONE,
                        CHAIN_APPROX_SIMPLE, CHAIN_APPROX_TC89_L1, CHAIN_APPROX_TC89_KCOS,
                        CC_STAT_LEFT, CC_STAT_TOP, CC_STAT_WIDTH, CC_STAT_HEIGHT, CC_STAT_AREA)
import _cv2_color  # noqa: E402
import _cv2_yuv  # noqa: E402
from _cv2_filter import (boxFilter, blur, medianBlur, filter2D, getStructuringElement,  # noqa: E402
                         erode, dilate, morphologyEx, Sobel, Scharr, Laplacian, Canny,
                         pyrDown, pyrUp)
boxFilter = _fills_dst(3)(boxFilter)
blur = _fills_dst(2)(blur)
medianBlur = _fills_dst(2)(medianBlur)
filter2D = _fills_dst(3)(filter2D)
erode = _fills_dst(2)(erode)
dilate = _fills_dst(2)(dilate)
morphologyEx = _fills_dst(3)(morphologyEx)
Sobel = _fills_dst(4)(Sobel)
Scharr = _fills_dst(4)(Scharr)
Laplacian = _fills_dst(2)(Laplacian)
Canny = _fills_dst(3)(Canny)
