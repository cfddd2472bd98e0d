"""cv2 for taipan: a subset of OpenCV 4.12 on numpy uint8 arrays.

imread/imwrite/imdecode/imencode (PNG, JPEG, BMP; BGR channel order),
cvtColor between BGR, RGB, BGRA, RGBA and grey, resize (nearest, linear,
cubic, area, with OpenCV's fixed-point arithmetic), flip,
copyMakeBorder, getRotationMatrix2D, warpAffine (nearest and linear),
getGaussianKernel, GaussianBlur (OpenCV's bit-exact 8-bit filter) and
normalize. The native module _image does the decoding and the
arithmetic.
"""

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


def warpAffine(src, M, dsize, dst=None, flags=INTER_LINEAR, borderMode=BORDER_CONSTANT,
               borderValue=None):
    src = _uint8_image(src, "warpAffine")
    M = _np.asarray(M)
    if M.dtype not in (_np.float32, _np.float64) or M.shape != (2, 3):
        raise error("(-215:Assertion failed) (M0.type() == CV_32F || M0.type() == CV_64F) "
                    "&& M0.rows == 2 && M0.cols == 3 in function 'warpAffine'")
    w, h = int(dsize[0]), int(dsize[1])
    if w <= 0 or h <= 0:
        w, h = src.shape[1], src.shape[0]
    interp = flags & 7
    if interp == INTER_AREA:
        interp = INTER_LINEAR
    if interp not in (INTER_NEAREST, INTER_LINEAR):
        raise error("taipan's cv2.warpAffine has no interpolation %d" % interp)
    if borderMode not in (BORDER_CONSTANT, BORDER_REPLICATE, BORDER_REFLECT, BORDER_WRAP,
                          BORDER_REFLECT_101):
        raise error("taipan's cv2.warpAffine has no border mode %d" % borderMode)
    m = tuple(float(v) for v in M.ravel())
    value = _native(_scalar, borderValue)
    return _native(_image.cv_warp_affine, src, m, w, h, interp == INTER_NEAREST,
                   bool(flags & WARP_INVERSE_MAP), borderMode, value)


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
    return _native(_image.cv_gaussian_blur, src, kw, max(sx, 0.0), kh, max(sy, 0.0), kind)


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
        dmin, dmax = min(a, b), max(a, b)
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
    if isinstance(dst, _np.ndarray) and dst.shape == out.shape and dst.dtype == out.dtype:
        dst[...] = out
        return dst
    return out
