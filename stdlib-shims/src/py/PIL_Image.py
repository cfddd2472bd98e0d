"""PIL.Image for taipan: a subset of Pillow 11.3's Image on numpy arrays.

Modes L, RGB, RGBA, P (palette, read from files) and F (float32); files
PNG, JPEG and BMP. Pixels live in a numpy array of shape (H, W) or (H, W,
C), uint8 but for F; the
native module _image decodes, encodes, converts and resamples them with
Pillow's integer arithmetic. An image never changes after it is made
(every method returns a new one), so a frozen image is read by worker
threads freely. rotate and transform (AFFINE, PERSPECTIVE) sample in
numpy with Pillow's ImagingTransform arithmetic.
"""

import math as _math
import os as _os
import numpy as _np
import _image
from enum import IntEnum
from PIL import UnidentifiedImageError

_builtin_open = open


def _floor(v):
    return int(v // 1)


def _round_aspect(number, key):
    """Pillow's choice between floor and ceiling of a thumbnail side: the
    one that keeps the aspect ratio closer (at least 1)."""
    low = int(number // 1)
    high = low if low == number else low + 1
    return max(min(low, high, key=key), 1)


def _path(fp):
    """The file name fp stands for (a str or os.PathLike), else None."""
    return _os.fspath(fp) if isinstance(fp, str) or hasattr(fp, "__fspath__") else None

NEAREST = 0
LANCZOS = 1
BILINEAR = 2
BICUBIC = 3
BOX = 4
HAMMING = 5

FLIP_LEFT_RIGHT = 0
FLIP_TOP_BOTTOM = 1
ROTATE_90 = 2
ROTATE_180 = 3
ROTATE_270 = 4
TRANSPOSE = 5
TRANSVERSE = 6


AFFINE = 0
EXTENT = 1
PERSPECTIVE = 2
QUAD = 3
MESH = 4


class Transform(IntEnum):
    AFFINE = 0
    EXTENT = 1
    PERSPECTIVE = 2
    QUAD = 3
    MESH = 4


class Resampling(IntEnum):
    NEAREST = 0
    LANCZOS = 1
    BILINEAR = 2
    BICUBIC = 3
    BOX = 4
    HAMMING = 5


class Transpose(IntEnum):
    FLIP_LEFT_RIGHT = 0
    FLIP_TOP_BOTTOM = 1
    ROTATE_90 = 2
    ROTATE_180 = 3
    ROTATE_270 = 4
    TRANSPOSE = 5
    TRANSVERSE = 6


MAX_IMAGE_PIXELS = 89478485


class DecompressionBombError(Exception):
    """An image with more than twice MAX_IMAGE_PIXELS pixels."""


_BANDS = {"L": ("L",), "P": ("P",), "F": ("F",), "RGB": ("R", "G", "B"), "RGBA": ("R", "G", "B", "A")}
_DESCRIPTIONS = {"PNG": "Portable network graphics", "JPEG": "JPEG (ISO 10918)",
                 "BMP": "Windows Bitmap"}
_EXTENSIONS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG",
               ".jfif": "JPEG", ".bmp": "BMP"}


def _cumulative(start, step, n):
    """start, start + step, ... (n values), added one at a time as C does."""
    return _np.cumsum(_np.concatenate((_np.array([start]), _np.full(n - 1, step))))[:n]


def _source_positions(a, w, h, resample):
    """Where each of the h x w output pixels samples the source, (X, Y),
    as Pillow's ImagingTransform computes it; for NEAREST affine maps its
    fast paths (whole-pixel scaling, 16.16 fixed point, or running double
    sums) whose floors are the pixels' indices."""
    cols, rows = _np.arange(w, dtype=_np.float64), _np.arange(h, dtype=_np.float64)
    if len(a) == 6 and resample == NEAREST:
        if a[1] == 0 and a[3] == 0:
            xs = _cumulative(a[2] + a[0] * 0.5, a[0], w)
            ys = _cumulative(a[5] + a[4] * 0.5, a[4], h)
            return xs[None, :] + 0 * rows[:, None], ys[:, None] + 0 * cols
        if all(abs(x * a[0] + y * a[1] + a[2]) < 32768.0 and abs(x * a[3] + y * a[4] + a[5]) < 32768.0
               for x, y in ((0, 0), (w, h), (0, h), (w, 0))):
            f = [_math.floor(v * 65536.0 + 0.5) for v in
                 (a[0], a[1], a[2] + a[0] * 0.5 + a[1] * 0.5, a[3], a[4], a[5] + a[3] * 0.5 + a[4] * 0.5)]
            ci, ri = _np.arange(w, dtype=_np.int64), _np.arange(h, dtype=_np.int64)[:, None]
            return (f[2] + ri * f[1] + ci * f[0]) // 65536, (f[5] + ri * f[4] + ci * f[3]) // 65536
        grids = []
        for step, down, base in ((a[0], a[1], a[2] + a[1] * 0.5 + a[0] * 0.5),
                                 (a[3], a[4], a[5] + a[4] * 0.5 + a[3] * 0.5)):
            m = _np.full((h, w), step)
            m[:, 0] = _cumulative(base, down, h)
            grids.append(_np.cumsum(m, axis=1))
        return grids[0], grids[1]
    xin, yin = cols[None, :] + 0.5, rows[:, None] + 0.5
    x = a[0] * xin + a[1] * yin + a[2]
    y = a[3] * xin + a[4] * yin + a[5]
    if len(a) == 8:
        d = a[6] * xin + a[7] * yin + 1
        x, y = x / d, y / d
    return x, y


def _cubic(v1, v2, v3, v4, d):
    p2 = -v1 + v3
    p3 = 2 * (v1 - v2) + v3 - v4
    p4 = -v1 + v2 - v3 + v4
    return v2 + d * (p2 + d * (p3 + d * p4))


def _transform_into(out, src, a, resample):
    """Pillow's ImagingTransform: fills the pixels of out (H, W[, C]) whose
    source position lies inside src, sampling it nearest, bilinear or
    bicubic with Pillow's double arithmetic (truncated to uint8); the
    others keep their value (the fill colour)."""
    sh, sw = src.shape[0], src.shape[1]
    if out.size == 0:
        return
    x, y = _source_positions(a, out.shape[1], out.shape[0], resample)
    if resample == NEAREST:
        x, y = _np.floor(x), _np.floor(y)
        hit = (x >= 0) & (x < sw) & (y >= 0) & (y < sh)
        out[hit] = src[y[hit].astype(_np.int64), x[hit].astype(_np.int64)]
        return
    hit = (x >= 0.0) & (x < sw) & (y >= 0.0) & (y < sh)
    xf, yf = x[hit] - 0.5, y[hit] - 0.5
    xi, yi = _np.floor(xf), _np.floor(yf)
    dx, dy = xf - xi, yf - yi
    xi, yi = xi.astype(_np.int64), yi.astype(_np.int64)
    if src.ndim == 3:
        dx, dy = dx[:, None], dy[:, None]
    taps = (0, 1) if resample == BILINEAR else (-1, 0, 1, 2)
    cols = [_np.clip(xi + k, 0, sw - 1) for k in taps]
    vals = []
    for k in taps:
        r = _np.clip(yi + k, 0, sh - 1)
        px = [src[r, c].astype(_np.float64) for c in cols]
        vals.append(px[0] + (px[1] - px[0]) * dx if len(px) == 2 else _cubic(*px, dx))
    v = vals[0] + (vals[1] - vals[0]) * dy if len(vals) == 2 else _cubic(*vals, dy)
    out[hit] = v if out.dtype == _np.float32 else _np.clip(v, 0.0, 255.0).astype(_np.uint8)


def _check_mode(mode):
    if mode not in _BANDS:
        raise ValueError("taipan's PIL has no image mode %r (it has L, RGB, RGBA, P and F)" % (mode,))


class Image:
    """An image: a mode, a size and its pixels (read-only once made)."""

    format = None
    format_description = None

    def __init__(self, mode, arr, palette=None, info=None, error=None):
        self._mode = mode
        self._arr = arr
        self._palette = palette
        self._error = error
        self.info = info if info is not None else {}
        self.filename = ""

    @property
    def mode(self):
        return self._mode

    @property
    def size(self):
        return (self.width, self.height)

    @property
    def width(self):
        return self._shape[1]

    @property
    def height(self):
        return self._shape[0]

    @property
    def _shape(self):
        if self._arr is None:
            return (self._probed[1], self._probed[0])
        return self._arr.shape

    @property
    def readonly(self):
        return 0

    def _pixels(self):
        if self._error is not None:
            raise OSError(self._error)
        return self._arr

    def load(self):
        self._pixels()
        return None

    def close(self):
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __array__(self, dtype=None, copy=None):
        return _image.readonly(self._pixels())

    def __repr__(self):
        return "<%s.%s image mode=%s size=%dx%d>" % (
            self.__class__.__module__, self.__class__.__name__, self.mode, self.width, self.height)

    def _new(self, mode, arr, palette=None):
        info = {}
        if palette is not None and "transparency" in self.info:
            info["transparency"] = self.info["transparency"]
        return Image(mode, arr, palette, info)

    def getbands(self):
        return _BANDS[self.mode]

    def copy(self):
        return self._new(self.mode, self._pixels().copy(), self._palette)

    def tobytes(self):
        return self._pixels().tobytes()

    def _pixel_at(self, xy):
        """(x, y) of a pixel, negative coordinates counting from the far
        edge; IndexError outside the image."""
        x, y = int(xy[0]), int(xy[1])
        if x < 0:
            x += self.width
        if y < 0:
            y += self.height
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError("image index out of range")
        return x, y

    def getpixel(self, xy):
        x, y = self._pixel_at(xy)
        v = self._pixels()[y, x].tolist()
        return tuple(v) if isinstance(v, list) else v

    def getdata(self, band=None):
        """The pixels row by row: numbers for one band (or the chosen
        band), tuples otherwise."""
        a = self._pixels()
        if band is not None:
            a = a[:, :, band] if a.ndim == 3 else a
        flat = a.reshape(-1) if a.ndim == 2 else a.reshape(-1, a.shape[2])
        values = flat.tolist()
        return values if a.ndim == 2 else [tuple(v) for v in values]

    def putpixel(self, xy, value):
        """Sets one pixel, in place (a number or a tuple, as getpixel
        gives)."""
        x, y = self._pixel_at(xy)
        if not isinstance(value, (int, float, tuple)):
            raise TypeError("color must be int or tuple")
        a = self._pixels().copy()
        a[y, x] = value
        self._arr = a

    def putdata(self, data, scale=1.0, offset=0.0):
        """Replaces the pixels, row by row, from a sequence of numbers or
        tuples (value * scale + offset, for one band)."""
        a = self._pixels()
        vals = _np.array(list(data), dtype=_np.float64)
        n = self.width * self.height
        if vals.shape[0] > n:
            raise ValueError("too many data entries")
        if a.ndim == 2 and (scale != 1.0 or offset != 0.0):
            vals = vals * scale + offset
        out = a.copy().reshape((n,) + a.shape[2:])
        if a.dtype == _np.uint8:
            vals = _np.clip(_np.floor(vals) if a.ndim == 2 else vals, 0, 255)
        out[:vals.shape[0]] = vals.astype(a.dtype)
        self._arr = out.reshape(a.shape)

    def getpalette(self, rawmode="RGB"):
        if self._palette is None:
            return None
        return list(self._palette)

    def putpalette(self, data, rawmode="RGB"):
        """Sets an L or P image's RGB palette (an L image becomes P), as
        many entries as data gives."""
        if self.mode not in ("L", "P"):
            raise ValueError("illegal image mode")
        if rawmode != "RGB":
            raise ValueError("taipan's PIL putpalette takes RGB palettes only")
        data = bytes(data) if not isinstance(data, bytes) else data
        self._pixels()
        self._mode, self._palette = "P", data[:768]
        self.info.pop("transparency", None)

    def convert(self, mode=None, matrix=None, dither=None, palette=0, colors=256):
        if mode is None or mode == self.mode:
            if mode is None and self.mode == "P":
                mode = "RGBA" if "transparency" in self.info else "RGB"
            else:
                return self.copy()
        _check_mode(mode)
        if mode == "P" and self.mode == "L":  # Pillow keeps the values, on a grey palette
            return Image("P", self._pixels().copy(), bytes(i for i in range(256) for _ in "RGB"))
        if mode == "P":
            raise ValueError("taipan's PIL cannot quantize to mode P")
        if "F" in (mode, self.mode):
            return self._new(mode, _float_convert(self, mode))
        trns = None
        if self.mode == "P" and mode == "RGBA":
            trns = self.info.get("transparency")
            if isinstance(trns, int):
                trns = bytes([255] * trns + [0])
        src = self._pixels()
        arr = _image.convert(src, self.mode, mode, self._palette, trns)
        key = self.info.get("transparency")
        if mode == "RGBA" and self.mode in ("L", "RGB") and key is not None:
            # Pillow's transparent conversion: the key colour gets alpha 0.
            hit = src == key if self.mode == "L" else (src == _np.array(key)).all(axis=2)
            arr[..., 3] = _np.where(hit, 0, 255).astype(_np.uint8)
        return self._new(mode, arr)

    def resize(self, size, resample=None, box=None, reducing_gap=None):
        if resample is None:
            resample = BICUBIC
        elif resample not in (NEAREST, BILINEAR, BICUBIC, LANCZOS, BOX, HAMMING):
            raise ValueError("Unknown resampling filter (%s)." % (resample,))
        if reducing_gap is not None and reducing_gap < 1.0:
            raise ValueError("reducing_gap must be 1.0 or greater")
        if self.mode == "F":
            raise ValueError("taipan's PIL cannot resize mode F images")
        size = tuple(size)
        if len(size) != 2:
            raise ValueError("size must be a (width, height) pair")
        w, h = int(size[0]), int(size[1])
        if w <= 0 or h <= 0:
            raise ValueError("height and width must be > 0")
        box = (0, 0) + self.size if box is None else tuple(box)
        if (w, h) == self.size and box == (0, 0) + self.size:
            return self.copy()
        if reducing_gap is not None and resample != NEAREST and self.mode not in ("RGBA", "P"):
            reduced, box = self._reduce_for((w, h), resample, box, reducing_gap)
            if reduced is not self:
                return reduced.resize((w, h), resample, box)
        # Pillow holds the box in single precision.
        box = tuple(float(_np.float32(v)) for v in box)
        if box[0] < 0 or box[1] < 0:
            raise ValueError("box offset can't be negative")
        if box[2] > self.width or box[3] > self.height:
            raise ValueError("box can't exceed original image size")
        if box[2] - box[0] < 0 or box[3] - box[1] < 0:
            raise ValueError("box can't be empty")
        if self.mode == "P":
            resample = NEAREST
        src = self._pixels()
        if resample == NEAREST and box != (0, 0) + self.size:
            out = _np.zeros((h, w) + src.shape[2:], dtype=src.dtype)
            sx, sy = float(_np.float32(box[2] - box[0])), float(_np.float32(box[3] - box[1]))
            _transform_into(out, src, [sx / w, 0.0, box[0], 0.0, sy / h, box[1]], NEAREST)
            return self._new(self.mode, out, self._palette)
        if self.mode == "RGBA" and resample != NEAREST:
            pre = _image.convert(src, "RGBA", "RGBa", None, None)
            out = _image.resize(pre, w, h, int(resample), box)
            return self._new("RGBA", _image.convert(out, "RGBa", "RGBA", None, None))
        return self._new(self.mode, _image.resize(src, w, h, int(resample), box), self._palette)

    def _safe_box(self, size, resample, box):
        """Pillow's _get_safe_box: box grown by the filter's support."""
        support = _FILTER_SUPPORT[resample] - 0.5
        sx = support * ((box[2] - box[0]) / size[0])
        sy = support * ((box[3] - box[1]) / size[1])
        return (max(0, int(box[0] - sx)), max(0, int(box[1] - sy)),
                min(self.size[0], _math.ceil(box[2] + sx)), min(self.size[1], _math.ceil(box[3] + sy)))

    def _reduce_for(self, size, resample, box, gap):
        """resize's first step with reducing_gap: the image reduced by
        whole factors (or itself) and the box mapped onto it."""
        fx = int((box[2] - box[0]) / size[0] / gap) or 1
        fy = int((box[3] - box[1]) / size[1] / gap) or 1
        if fx == 1 and fy == 1:
            return self, box
        safe = self._safe_box(size, resample, box)
        reduced = self.reduce((fx, fy), box=safe)
        return reduced, ((box[0] - safe[0]) / fx, (box[1] - safe[1]) / fy,
                         (box[2] - safe[0]) / fx, (box[3] - safe[1]) / fy)

    def reduce(self, factor, box=None):
        """The image shrunk by whole factors: each block's mean (blocks cut
        by the right and bottom edges average what they hold), with Pillow's
        fixed-point rounding."""
        fx, fy = (factor, factor) if not isinstance(factor, (list, tuple)) else factor
        box = (0, 0) + self.size if box is None else tuple(int(v) for v in box)
        if (fx, fy) == (1, 1) and box == (0, 0) + self.size:
            return self.copy()
        if self.mode in ("P", "F"):
            raise ValueError("image has wrong mode")
        if fx < 1 or fy < 1:
            raise ValueError("scale must be > 0")
        if box[0] < 0 or box[1] < 0:
            raise ValueError("box offset can't be negative")
        if box[2] > self.width or box[3] > self.height:
            raise ValueError("box can't exceed original image size")
        if box[2] <= box[0] or box[3] <= box[1]:
            raise ValueError("box can't be empty")
        src = self._pixels()[box[1]:box[3], box[0]:box[2]]
        if (fx, fy) == (1, 1):
            return self._new(self.mode, src.copy())
        if self.mode == "RGBA":
            pre = _image.convert(_np.ascontiguousarray(src), "RGBA", "RGBa", None, None)
            return self._new("RGBA", _image.convert(_block_means(pre, fx, fy), "RGBa", "RGBA",
                                                    None, None))
        return self._new(self.mode, _block_means(src, fx, fy))

    def crop(self, box=None):
        if box is None:
            return self.copy()
        l, t, r, b = [int(round(v)) for v in box]
        if r < l:
            raise ValueError("Coordinate 'right' is less than 'left'")
        if b < t:
            raise ValueError("Coordinate 'lower' is less than 'upper'")
        src = self._pixels()
        out = _np.zeros((b - t, r - l) + src.shape[2:], dtype=src.dtype)
        x0, y0 = max(l, 0), max(t, 0)
        x1, y1 = min(r, self.width), min(b, self.height)
        if x1 > x0 and y1 > y0:
            out[y0 - t:y1 - t, x0 - l:x1 - l] = src[y0:y1, x0:x1]
        return self._new(self.mode, out, self._palette)

    def transpose(self, method):
        a = self._pixels()
        if method == FLIP_LEFT_RIGHT:
            out = a[:, ::-1]
        elif method == FLIP_TOP_BOTTOM:
            out = a[::-1]
        elif method == ROTATE_90:
            out = _np.swapaxes(a, 0, 1)[::-1]
        elif method == ROTATE_180:
            out = a[::-1, ::-1]
        elif method == ROTATE_270:
            out = _np.swapaxes(a, 0, 1)[:, ::-1]
        elif method == TRANSPOSE:
            out = _np.swapaxes(a, 0, 1)
        elif method == TRANSVERSE:
            out = _np.swapaxes(a, 0, 1)[::-1, ::-1]
        else:
            raise ValueError("Unknown transpose method")
        return self._new(self.mode, _np.ascontiguousarray(out), self._palette)

    def rotate(self, angle, resample=NEAREST, expand=0, center=None, translate=None, fillcolor=None):
        """Pillow's rotate: counter-clockwise by angle degrees about center
        (default the middle), then shifted by translate, through transform."""
        angle = angle % 360.0
        if not (center or translate):
            if angle == 0:
                return self.copy()
            if angle == 180:
                return self.transpose(ROTATE_180)
            if angle in (90, 270) and (expand or self.width == self.height):
                return self.transpose(ROTATE_90 if angle == 90 else ROTATE_270)
        w, h = self.size
        post = (0, 0) if translate is None else translate
        if center is None:
            center = (w / 2, h / 2)
        rad = -_math.radians(angle)
        c, s = round(_math.cos(rad), 15), round(_math.sin(rad), 15)
        m = [c, s, 0.0, round(-_math.sin(rad), 15), c, 0.0]

        def at(x, y):
            return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]

        m[2], m[5] = at(-center[0] - post[0], -center[1] - post[1])
        m[2] += center[0]
        m[5] += center[1]
        if expand:
            xs, ys = zip(*[at(x, y) for x, y in ((0, 0), (w, 0), (w, h), (0, h))])
            nw = _math.ceil(max(xs)) - _math.floor(min(xs))
            nh = _math.ceil(max(ys)) - _math.floor(min(ys))
            m[2], m[5] = at(-(nw - w) / 2.0, -(nh - h) / 2.0)
            w, h = nw, nh
        return self.transform((w, h), AFFINE, m, resample, fillcolor=fillcolor)

    def transform(self, size, method, data=None, resample=NEAREST, fill=1, fillcolor=None):
        """Pillow's transform for AFFINE and PERSPECTIVE: data maps each
        output pixel centre to a source position (see _transform_into)."""
        if resample not in (NEAREST, BILINEAR, BICUBIC):
            names = {BOX: "BOX", HAMMING: "HAMMING", LANCZOS: "LANCZOS"}
            msg = ("Image.Resampling.%s (%s) cannot be used." % (names[resample], resample)
                   if resample in names else "Unknown resampling filter (%s)." % (resample,))
            raise ValueError(msg + " Use Image.Resampling.NEAREST (0), Image.Resampling.BILINEAR "
                             "(2) or Image.Resampling.BICUBIC (3)")
        if method not in (AFFINE, PERSPECTIVE):
            raise ValueError("taipan's PIL transform has AFFINE and PERSPECTIVE only")
        if data is None:
            raise ValueError("missing method data")
        w, h = int(size[0]), int(size[1])
        if self.mode == "P":
            # new("P", size, colour) takes a colour as palette entry 0.
            out = _np.full((h, w), fillcolor if isinstance(fillcolor, int) else 0, dtype=_np.uint8)
        else:
            out = new(self.mode, (w, h), fillcolor)._arr
        a = [float(v) for v in data[:8 if method == PERSPECTIVE else 6]]
        src = self._pixels()
        if self.mode == "RGBA" and resample != NEAREST:
            src = _image.convert(src, "RGBA", "RGBa", None, None)
        _transform_into(out, src, a, NEAREST if self.mode == "P" else resample)
        if self.mode == "RGBA" and resample != NEAREST:
            out = _image.convert(out, "RGBa", "RGBA", None, None)
        return self._new(self.mode, out, self._palette)

    def paste(self, im, box=None, mask=None):
        """Pastes an image (or fills a color) into this one, in place: at
        box (left, upper) or (left, upper, right, lower); through mask
        (an L or RGBA image whose alpha weights each pixel) if given."""
        dst = self._pixels()
        if isinstance(im, Image):
            if box is None:
                box = (0, 0)
            src = im.convert(self.mode)._pixels() if im.mode != self.mode else im._pixels()
        else:
            if box is None:
                box = (0, 0, self.width, self.height)
            color = _color(im, self.mode) if isinstance(im, str) else im
            if isinstance(color, (int, float)):
                color = (int(color),) * len(_BANDS[self.mode])
            color = tuple(int(v) for v in color)
            if self.mode == "RGBA" and len(color) == 3:
                color = color + (255,)
            src = None
        box = tuple(int(v) for v in box)
        if len(box) == 2:
            if src is None:
                raise ValueError("a color needs a 4-item box")
            box = box + (box[0] + src.shape[1], box[1] + src.shape[0])
        if len(box) != 4:
            raise ValueError("box must be a 2-tuple or a 4-tuple")
        left, upper, right, lower = box
        if src is None:
            shape = (lower - upper, right - left) + dst.shape[2:]
            src = _np.zeros(shape, dtype=_np.uint8)
            src[...] = _np.array(color[:len(_BANDS[self.mode])], dtype=_np.uint8) if dst.ndim == 3 else color[0]
        elif src.shape[:2] != (lower - upper, right - left):
            raise ValueError("images do not match")
        weights = None
        if mask is not None:
            m = mask._pixels()
            if mask.mode == "RGBA":
                m = m[:, :, 3]
            elif mask.mode != "L":
                raise ValueError("bad transparency mask")
            if m.shape[:2] != src.shape[:2]:
                raise ValueError("bad transparency mask")
            weights = m.astype(_np.int64)
        out = dst.copy()
        x0, y0 = max(left, 0), max(upper, 0)
        x1, y1 = min(right, self.width), min(lower, self.height)
        if x1 > x0 and y1 > y0:
            part = src[y0 - upper:y1 - upper, x0 - left:x1 - left]
            if weights is None:
                out[y0:y1, x0:x1] = part
            else:
                w = weights[y0 - upper:y1 - upper, x0 - left:x1 - left]
                if out.ndim == 3:
                    w = w[:, :, None]
                # Pillow's blend: (in * a + out * (255 - a) + 128) / 255, rounded.
                t = part.astype(_np.int64) * w + out[y0:y1, x0:x1].astype(_np.int64) * (255 - w) + 128
                out[y0:y1, x0:x1] = ((t + (t >> 8)) >> 8).astype(_np.uint8)
        self._arr = out
        return None

    def thumbnail(self, size, resample=BICUBIC, reducing_gap=2.0):
        """Shrinks the image in place to fit in size, keeping its aspect
        ratio (never enlarges it)."""
        x, y = int(_floor(size[0])), int(_floor(size[1]))
        if x >= self.width and y >= self.height:
            return None
        aspect = self.width / self.height
        if x / y >= aspect:
            x = _round_aspect(y * aspect, lambda n: abs(aspect - n / y))
        else:
            y = _round_aspect(x / aspect, lambda n: 0 if n == 0 else abs(aspect - x / n))
        if (x, y) == self.size:
            return None
        if reducing_gap is not None and self.format == "JPEG" and min(
                self.width // int(size[0] * reducing_gap), self.height // int(size[1] * reducing_gap)) >= 2:
            raise ValueError(
                "taipan's PIL thumbnail cannot shrink a JPEG file by 2 x reducing_gap or more "
                "(Pillow decodes it at a reduced DCT scale); convert() it first, or pass "
                "reducing_gap=None")
        self._arr = self.resize((x, y), resample, reducing_gap=reducing_gap)._pixels()
        return None

    def point(self, lut, mode=None):
        """Each sample mapped through lut: 256 values per band (a list, or
        a function called on 0..255), rounded and clipped to 0..255."""
        if mode not in (None, self.mode) or self.mode == "F":
            raise ValueError("taipan's PIL point maps L, RGB, RGBA and P images to their own mode")
        bands = len(_BANDS[self.mode])
        table = [lut(i) for i in range(256)] * bands if callable(lut) else list(lut)
        if len(table) != 256 * bands:
            raise ValueError("wrong number of lut entries")
        table = _np.clip(_np.array([round(v) for v in table], dtype=_np.int64), 0, 255)
        table = table.astype(_np.uint8).reshape(bands, 256)
        a = self._pixels()
        if a.ndim == 2:
            return self._new(self.mode, table[0][a], self._palette)
        return self._new(self.mode, _np.stack([table[i][a[:, :, i]] for i in range(bands)], axis=2))

    def histogram(self, mask=None, extrema=None):
        """256 counts per band (of the pixels where mask, an L image, is not 0)."""
        a = self._pixels()
        if self.mode == "F":
            raise ValueError("taipan's PIL has no histogram of mode F images")
        if mask is not None:
            if mask.size != self.size:
                raise ValueError("images do not match")
            a = a[mask._pixels() != 0]
        a = a.reshape(-1, len(_BANDS[self.mode]))
        return [int(n) for i in range(a.shape[1]) for n in _np.bincount(a[:, i], minlength=256)]

    def getbbox(self, *, alpha_only=True):
        """(left, upper, right, lower) of the non-zero pixels (of the alpha
        band only for RGBA with alpha_only), or None."""
        a = self._pixels()
        if a.ndim == 3:
            a = a[:, :, 3] if self.mode == "RGBA" and alpha_only else a.any(axis=2)
        ys, xs = _np.nonzero(a)
        if len(xs) == 0:
            return None
        return (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)

    def getextrema(self):
        """(min, max), or one such pair per band."""
        a = self._pixels()
        if a.ndim == 2:
            return (a.min().item(), a.max().item())
        return tuple((int(a[:, :, i].min()), int(a[:, :, i].max())) for i in range(a.shape[2]))

    def filter(self, filter):
        """This image through an ImageFilter filter (an instance or a
        class): all bands at once for convolutions, band by band for rank
        filters."""
        from PIL import ImageFilter
        if callable(filter) and isinstance(filter, type):
            filter = filter()
        if not hasattr(filter, "filter"):
            raise TypeError("filter argument should be ImageFilter.Filter instance or class")
        if isinstance(filter, ImageFilter.MultibandFilter) or len(self.getbands()) == 1:
            return filter.filter(self)
        return merge(self.mode, [filter.filter(band) for band in self.split()])

    def getchannel(self, channel):
        """One band (by index or name, e.g. "A") as an L image."""
        bands = self.getbands()
        if isinstance(channel, str):
            if channel not in bands:
                raise ValueError('The image has no channel "%s"' % channel)
            channel = bands.index(channel)
        return self.split()[channel]

    def putalpha(self, alpha):
        """Sets this RGBA image's alpha band, in place, from an L image or
        a number."""
        if self.mode != "RGBA":
            raise ValueError("taipan's PIL putalpha handles RGBA images only")
        a = self._pixels().copy()
        if isinstance(alpha, Image):
            if alpha.mode != "L" or alpha.size != self.size:
                raise ValueError("illegal image mode")
            a[:, :, 3] = alpha._pixels()
        else:
            a[:, :, 3] = int(alpha)
        self._arr = a

    def split(self):
        a = self._pixels()
        if a.ndim == 2:
            return (self.copy(),)
        return tuple(Image("L", _np.ascontiguousarray(a[:, :, i])) for i in range(a.shape[2]))

    def save(self, fp, format=None, **params):
        path = _path(fp)
        if format is None:
            if path is None:
                raise ValueError("unknown file extension: ")
            ext = _os.path.splitext(path)[1].lower()
            if ext not in _EXTENSIONS:
                raise ValueError("unknown file extension: %s" % ext)
            format = _EXTENSIONS[ext]
        format = format.upper()
        if format == "JPG":
            format = "JPEG"
        if format not in ("PNG", "JPEG", "BMP"):
            raise KeyError(format)
        if self.mode == "F":
            raise OSError("cannot write mode F as %s" % format)
        data = _image.encode(self._pixels(), self.mode, format, self._palette,
                             int(params.get("quality", 75)))
        if path is None:
            fp.write(data)
            return None
        with _builtin_open(path, "wb") as f:
            f.write(data)
        return None


class ImageFile(Image):
    """An image read from a file (its `format` says which kind)."""


def open(fp, mode="r", formats=None):
    if mode != "r":
        raise ValueError("bad mode %r" % (mode,))
    name = _path(fp)
    if name is not None:
        with _builtin_open(name, "rb") as f:
            data = f.read()
    else:
        data = fp.read()
        name = fp
    try:
        fmt, img_mode, width, height = _image.probe(data)
    except ValueError:
        raise UnidentifiedImageError("cannot identify image file %r" % (name,))
    if img_mode == "I;16":
        raise OSError("taipan's PIL reads no Grayscale PNGs of 16 bits per sample (Pillow modes 1, I;16, LA)")
    if MAX_IMAGE_PIXELS is not None and width * height > 2 * MAX_IMAGE_PIXELS:
        raise DecompressionBombError(
            "Image size (%d pixels) exceeds limit of %d pixels, could be decompression bomb DOS attack."
            % (width * height, 2 * MAX_IMAGE_PIXELS))
    try:
        fmt, img_mode, arr, palette, trns = _image.decode(data)
        error = None
        if img_mode.endswith(";16"):  # 16-bit RGB(A): Pillow keeps the high bytes
            arr, img_mode = _np.ascontiguousarray(arr[:, :, 0::2]), img_mode[:-3]
    except OSError as e:
        arr, palette, trns, error = None, None, None, str(e)
    info = {}
    if trns is not None and img_mode == "P":
        see_through = [i for i in range(len(trns)) if trns[i] != 255]
        if len(see_through) == 1 and trns[see_through[0]] == 0:
            info["transparency"] = see_through[0]
        else:
            info["transparency"] = trns
    elif trns is not None and img_mode in ("L", "RGB"):
        # One sample per channel, 1 byte each (8-bit files) or 2 (16-bit).
        step = 2 if len(trns) in (2, 6) else 1
        key = tuple(int.from_bytes(trns[i:i + step], "big") for i in range(0, len(trns), step))
        info["transparency"] = key[0] if img_mode == "L" else key
    im = ImageFile(img_mode, arr, palette, info, error)
    im._probed = (width, height)
    im.format = fmt
    im.format_description = _DESCRIPTIONS.get(fmt)
    im.filename = name if isinstance(name, str) else ""
    return im


def new(mode, size, color=0):
    _check_mode(mode)
    w, h = int(size[0]), int(size[1])
    if w < 0 or h < 0:
        raise ValueError("Width and height must be >= 0")
    if mode == "P":  # an index and Pillow's empty palette
        if color is not None and not isinstance(color, int):
            raise ValueError("taipan's PIL makes mode P images of an index colour only")
        return Image("P", _np.full((h, w), (color or 0) & 255, dtype=_np.uint8), b"")
    bands = len(_BANDS[mode])
    if color is None:
        color = 0
    if mode == "F":
        return Image("F", _np.full((h, w), float(color), dtype=_np.float32))
    if isinstance(color, str):
        color = _color(color, mode)
    if isinstance(color, (int, float)):
        c = int(color)
        color = (c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >> 24) & 255)[:bands] if bands > 1 else (c,)
    color = tuple(int(v) for v in color)
    if mode == "RGBA" and len(color) == 3:
        color = color + (255,)
    if len(color) < bands:
        raise TypeError("color must be int or single-element tuple" if bands == 1 else
                        "color must be int or tuple")
    shape = (h, w) if bands == 1 else (h, w, bands)
    arr = _np.zeros(shape, dtype=_np.uint8)
    arr[...] = _np.array(color[:bands], dtype=_np.uint8) if bands > 1 else color[0] & 255
    return Image(mode, arr)


_FILTER_SUPPORT = {BOX: 0.5, BILINEAR: 1.0, HAMMING: 1.0, BICUBIC: 2.0, LANCZOS: 3.0}


def _block_means(a, fx, fy):
    """Pillow's ImagingReduce of a uint8 array: ((n // 2 + sum) * m) >> 24
    per block of n pixels, m = 2**32 / (256 n) in float32, truncated."""
    h, w = a.shape[:2]
    oh, ow = -(-h // fy), -(-w // fx)
    c = _np.zeros((h + 1, w + 1) + a.shape[2:], dtype=_np.int64)
    c[1:, 1:] = a.astype(_np.int64).cumsum(axis=0).cumsum(axis=1)
    ys = _np.minimum(_np.arange(oh + 1) * fy, h)
    xs = _np.minimum(_np.arange(ow + 1) * fx, w)
    sums = c[ys[1:]][:, xs[1:]] - c[ys[:-1]][:, xs[1:]] - c[ys[1:]][:, xs[:-1]] + c[ys[:-1]][:, xs[:-1]]
    n = _np.outer(ys[1:] - ys[:-1], xs[1:] - xs[:-1])
    mult = (_np.float32(4294967296.0) / (n * 256).astype(_np.float32)).astype(_np.int64)
    if a.ndim == 3:
        n, mult = n[:, :, None], mult[:, :, None]
    return (((n // 2 + sums) * mult) >> 24).astype(_np.uint8)


def frombytes(mode, size, data, decoder_name="raw", *args):
    """An image of mode and size from raw pixel bytes (L, RGB, RGBA)."""
    _check_mode(mode)
    if decoder_name != "raw" or args not in ((), (mode,), (mode, 0, 1)) or mode in ("P", "F"):
        raise ValueError("taipan's PIL frombytes reads raw L, RGB and RGBA data only")
    w, h = int(size[0]), int(size[1])
    if w < 0 or h < 0:
        raise ValueError("Width and height must be >= 0")
    bands = len(_BANDS[mode])
    need = w * h * bands
    buf = bytes(data)
    if len(buf) < need:
        raise ValueError("not enough image data")
    arr = _np.frombuffer(buf[:need], dtype=_np.uint8).reshape((h, w) if bands == 1 else (h, w, bands))
    return Image(mode, arr.copy())


def frombuffer(mode, size, data, decoder_name="raw", *args):
    """frombytes (taipan always copies the data)."""
    return frombytes(mode, size, data, decoder_name, *args)


def eval(image, *args):
    """image.point(function): each band through a function of 0..255."""
    return image.point(args[0])


def composite(image1, image2, mask):
    """image1 where mask is set over image2 (image2 pasted with image1
    through mask)."""
    out = image2.copy()
    out.paste(image1, None, mask)
    return out


def blend(im1, im2, alpha):
    """im1 + alpha * (im2 - im1) in float32, truncated (and clipped when
    alpha is outside 0..1), as Pillow's ImagingBlend computes it."""
    if im1.mode in ("P", "F") or im2.mode in ("P", "F"):
        raise ValueError("image has wrong mode")
    if im1.mode != im2.mode or im1.size != im2.size:
        raise ValueError("images do not match")
    im1._pixels()
    im2._pixels()
    a = _np.float32(alpha)
    if a == 0:
        return im1.copy()
    if a == 1:
        return im2.copy()
    x = im1._pixels().astype(_np.float32)
    d = im2._pixels().astype(_np.float32) - x
    out = x + a * d
    if not 0 <= a <= 1:
        out = _np.clip(out, 0, 255)
    return im1._new(im1.mode, out.astype(_np.uint8))


def alpha_composite(im1, im2):
    """im2 over im1 (both RGBA), with Pillow's integer arithmetic."""
    if im1.mode != "RGBA" or im2.mode != "RGBA":
        raise ValueError("image has wrong mode")
    if im1.size != im2.size:
        raise ValueError("images do not match")
    dst = im1._pixels().astype(_np.int64)
    src = im2._pixels().astype(_np.int64)
    sa, da = src[:, :, 3:4], dst[:, :, 3:4]
    outa255 = sa * 255 + da * (255 - sa)
    coef1 = sa * 255 * 255 * 128 // _np.maximum(outa255, 1)
    coef2 = 255 * 128 - coef1
    tmp = src[:, :, :3] * coef1 + dst[:, :, :3] * coef2 + (0x80 << 7)
    rgb = (((tmp >> 8) + tmp) >> 8) >> 7
    alpha = outa255 + 0x80
    alpha = ((alpha >> 8) + alpha) >> 8
    out = _np.concatenate([rgb, alpha], axis=2)
    out = _np.where(sa == 0, dst, out)
    return im1._new("RGBA", out.astype(_np.uint8))


def merge(mode, bands):
    """One image of mode from its bands (L images of one size)."""
    _check_mode(mode)
    if len(bands) != len(_BANDS[mode]) or mode == "P":
        raise ValueError("wrong number of bands")
    for band in bands:
        if band.mode != ("F" if mode == "F" else "L"):
            raise ValueError("mode mismatch")
        if band.size != bands[0].size:
            raise ValueError("size mismatch")
    if len(bands) == 1:
        return bands[0].copy()
    return Image(mode, _np.stack([b._pixels() for b in bands], axis=2))


def _float_convert(im, mode):
    """Pillow's conversions to and from mode F: L values as floats, RGB(A)
    and P as (299 R + 587 G + 114 B) / 1000 in float32; F to the others
    clipped to 0..255 and truncated."""
    a = im._pixels()
    if mode == "F":
        if im.mode == "P":
            a = im.convert("RGB")._pixels()
        if a.ndim == 3:
            a = a[:, :, :3].astype(_np.int32) @ _np.array([299, 587, 114], dtype=_np.int32)
            return a.astype(_np.float32) / _np.float32(1000.0)
        return a.astype(_np.float32)
    grey = _np.clip(a, 0.0, 255.0).astype(_np.uint8)
    return grey if mode == "L" else _image.convert(grey, "L", mode, None, None)


def _color(name, mode):
    """A colour string as a pixel tuple of mode (PIL.ImageColor)."""
    from PIL import ImageColor
    c = ImageColor.getcolor(name, mode)
    return (c,) if isinstance(c, int) else tuple(c)


def fromarray(obj, mode=None):
    arr = _np.asarray(obj)
    key = "(1, 1" + "".join(", %d" % n for n in arr.shape[2:]) + ")"
    if arr.ndim == 2 and arr.dtype in (_np.float32, _np.float64) and mode in (None, "F"):
        return Image("F", arr.astype(_np.float32))
    if arr.dtype != _np.uint8 or arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (3, 4)):
        raise TypeError("Cannot handle this data type: %s, %s" % (key, arr.dtype.str))
    found = "L" if arr.ndim == 2 else ("RGB" if arr.shape[2] == 3 else "RGBA")
    if mode == "P" and found == "L":  # indices, with an empty palette as in Pillow
        return Image("P", _np.array(arr), b"")
    if mode is not None and mode != found:
        raise ValueError("taipan's PIL fromarray makes mode %s from this array, not %s" % (found, mode))
    return Image(found, _np.array(arr))
