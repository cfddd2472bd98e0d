"""PIL.ImageFilter for taipan: Pillow 11.3's convolution filters (the
built-in 3x3 and 5x5 kernels and Kernel) and rank filters (MedianFilter,
MinFilter, MaxFilter, RankFilter), in numpy with Pillow's float32
arithmetic: each row of the kernel summed left to right, rows from the
bottom one up, half added for rounding, then truncated; the outermost
rows and columns are copied unchanged, as Pillow leaves them.

GaussianBlur, BoxBlur and UnsharpMask run Pillow's box blurs: 24-bit
fixed-point weights, edges replicated, rounded to 8 bits after every
pass (three passes of a radius derived from the Gaussian's for
GaussianBlur).

Not there: ModeFilter, Color3DLUT.
"""

import numpy as _np

__all__ = ["Filter", "MultibandFilter", "BuiltinFilter", "Kernel", "RankFilter", "MedianFilter",
           "MinFilter", "MaxFilter", "GaussianBlur", "BoxBlur", "UnsharpMask", "BLUR", "CONTOUR", "DETAIL", "EDGE_ENHANCE",
           "EDGE_ENHANCE_MORE", "EMBOSS", "FIND_EDGES", "SHARPEN", "SMOOTH", "SMOOTH_MORE"]


class Filter:
    """The base of every filter."""


class MultibandFilter(Filter):
    """A filter applied to all bands at once."""


def _convolve(arr, size, scale, offset, kernel):
    """Pillow's ImagingFilter on a uint8 array (H, W) or (H, W, bands)."""
    n = size[0]
    f32 = _np.float32
    taps = [f32(f32(k) / f32(scale)) for k in kernel]
    h, w = arr.shape[:2]
    if h < n or w < n:
        return arr.copy()
    r = n // 2
    src = arr.astype(f32)
    ss = _np.full((h - 2 * r, w - 2 * r) + arr.shape[2:], f32(f32(offset) + f32(0.5)), dtype=f32)
    for row in range(n):
        dy = r - row
        acc = None
        for col in range(n):
            term = src[r + dy:h - r + dy, col:w - 2 * r + col] * taps[row * n + col]
            acc = term if acc is None else acc + term
        ss = ss + acc
    out = arr.copy()
    out[r:h - r, r:w - r] = _np.clip(ss, 0, 255).astype(_np.uint8)
    return out


class BuiltinFilter(MultibandFilter):
    """A convolution given by filterargs: (size, scale, offset, kernel)."""

    filterargs = ()

    def filter(self, image):
        if image.mode == "P":
            raise ValueError("cannot filter palette images")
        if image.mode == "F":
            raise ValueError("taipan's PIL filters L, RGB and RGBA images only")
        size, scale, offset, kernel = self.filterargs
        return image._new(image.mode, _convolve(image._pixels(), size, scale, offset, kernel))


class Kernel(BuiltinFilter):
    """A 3x3 or 5x5 convolution kernel (flipped vertically when applied),
    divided by scale (the sum of the weights by default), plus offset."""

    name = "Kernel"

    def __init__(self, size, kernel, scale=None, offset=0):
        if scale is None:
            scale = 0
            for k in kernel:
                scale = scale + k
        if size[0] * size[1] != len(kernel):
            raise ValueError("not enough coefficients in kernel")
        if tuple(size) not in ((3, 3), (5, 5)):
            raise ValueError("bad kernel size")
        self.filterargs = tuple(size), scale, offset, tuple(kernel)


class RankFilter(Filter):
    """The rank-th smallest value of each size x size window (edges
    replicated), band by band."""

    name = "Rank"

    def __init__(self, size, rank):
        self.size = size
        self.rank = rank

    def filter(self, image):
        if image.mode == "P":
            raise ValueError("cannot filter palette images")
        if image.mode == "F":
            raise ValueError("taipan's PIL filters L, RGB and RGBA images only")
        n, rank = self.size, self.rank
        if n % 2 == 0 or n < 1:
            raise ValueError("bad filter size")
        if not 0 <= rank < n * n:
            raise ValueError("bad rank value")
        arr = image._pixels()
        r = n // 2
        pad = [(r, r), (r, r)] + [(0, 0)] * (arr.ndim - 2)
        p = _np.pad(arr, pad, mode="edge")
        h, w = arr.shape[:2]
        windows = _np.stack([p[i:i + h, j:j + w] for i in range(n) for j in range(n)], axis=0)
        return image._new(image.mode, _np.ascontiguousarray(_np.sort(windows, axis=0)[rank]))


class MedianFilter(RankFilter):
    """The median of each size x size window."""

    name = "Median"

    def __init__(self, size=3):
        self.size = size
        self.rank = size * size // 2


class MinFilter(RankFilter):
    """The smallest value of each size x size window."""

    name = "Min"

    def __init__(self, size=3):
        self.size = size
        self.rank = 0


class MaxFilter(RankFilter):
    """The largest value of each size x size window."""

    name = "Max"

    def __init__(self, size=3):
        self.size = size
        self.rank = size * size - 1


def _check_blur_mode(image):
    if image.mode not in ("L", "RGB", "RGBA"):
        raise ValueError("image has wrong mode")


def _box_pass(a, radius):
    """One horizontal pass of Pillow's ImagingHorizontalBoxBlur over the
    rows of a (H, W[, C]) uint8 array: 24-bit weights for the 2r+1 inner
    samples and a fractional weight for the two beyond, edges replicated."""
    f32 = _np.float32
    r = int(radius)
    ww = int(f32(16777216.0) / f32(f32(f32(radius) * f32(2)) + f32(1)))
    fw = (16777216 - (r * 2 + 1) * ww) // 2
    w = a.shape[1]
    pad = [(0, 0), (r + 1, r + 1)] + [(0, 0)] * (a.ndim - 2)
    p = _np.pad(a.astype(_np.int64), pad, mode="edge")
    c = _np.cumsum(p, axis=1)
    zero = _np.zeros_like(c[:, :1])
    c = _np.concatenate([zero, c], axis=1)
    # window x covers padded columns x+1 .. x+2r+1
    inner = c[:, 2 * r + 2:2 * r + 2 + w] - c[:, 1:1 + w]
    far = p[:, 0:w] + p[:, 2 * r + 2:2 * r + 2 + w]
    return ((inner * ww + far * fw + (1 << 23)) >> 24).astype(_np.uint8)


def _box_blur(arr, xradius, yradius, passes):
    out = arr
    if xradius != 0:
        for _ in range(passes):
            out = _box_pass(out, xradius)
    if yradius != 0:
        t = _np.swapaxes(out, 0, 1)
        for _ in range(passes):
            t = _box_pass(t, yradius)
        out = _np.ascontiguousarray(_np.swapaxes(t, 0, 1))
    return out.copy() if out is arr else out


def _gaussian_radius(radius, passes):
    """Pillow's _gaussian_blur_radius: the box radius (float32) whose
    passes approximate a Gaussian of the given radius."""
    f32 = _np.float32
    sigma2 = f32(f32(f32(radius) * f32(radius)) / f32(passes))
    big = f32(_np.sqrt(12.0 * float(sigma2) + 1.0))
    small = f32(_np.floor((float(big) - 1.0) / 2.0))
    a = f32(f32(f32(2) * small) + f32(1)) * f32(f32(small * f32(small + f32(1))) - f32(f32(3) * sigma2))
    a = f32(a / f32(f32(6) * f32(sigma2 - f32(f32(small + f32(1)) * f32(small + f32(1))))))
    return f32(small + a)


def _radii(radius):
    return (radius, radius) if isinstance(radius, (int, float)) else tuple(radius)


class GaussianBlur(MultibandFilter):
    """Pillow's approximate Gaussian blur: three box blurs."""

    name = "GaussianBlur"

    def __init__(self, radius=2):
        self.radius = radius

    def filter(self, image):
        _check_blur_mode(image)
        xr, yr = _radii(self.radius)
        if (xr, yr) == (0, 0):
            return image.copy()
        out = _box_blur(image._pixels(), _gaussian_radius(xr, 3), _gaussian_radius(yr, 3), 3)
        return image._new(image.mode, out)


class BoxBlur(MultibandFilter):
    """The mean over a (2r+1)-wide box (a fractional radius weights the
    two samples beyond it), one pass each way."""

    name = "BoxBlur"

    def __init__(self, radius):
        xr, yr = _radii(radius)
        if xr < 0 or yr < 0:
            raise ValueError("radius must be >= 0")
        self.radius = radius

    def filter(self, image):
        _check_blur_mode(image)
        xr, yr = _radii(self.radius)
        if (xr, yr) == (0, 0):
            return image.copy()
        return image._new(image.mode, _box_blur(image._pixels(), _np.float32(xr), _np.float32(yr), 1))


class UnsharpMask(MultibandFilter):
    """The image plus percent of its difference from a Gaussian blur,
    where that difference exceeds threshold."""

    name = "UnsharpMask"

    def __init__(self, radius=2, percent=150, threshold=3):
        self.radius = radius
        self.percent = percent
        self.threshold = threshold

    def filter(self, image):
        _check_blur_mode(image)
        src = image._pixels()
        r = _gaussian_radius(self.radius, 3)
        blurred = _box_blur(src, r, r, 3).astype(_np.int64)
        a = src.astype(_np.int64)
        diff = a - blurred
        moved = a + _np.trunc(diff * int(self.percent) / 100.0).astype(_np.int64)
        out = _np.where(_np.abs(diff) > int(self.threshold), _np.clip(moved, 0, 255), a)
        return image._new(image.mode, out.astype(_np.uint8))


class BLUR(BuiltinFilter):
    """Pillow's Blur kernel."""

    name = "Blur"
    filterargs = (5, 5), 16, 0, (1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1,
                                 1, 1, 1, 1, 1)


class CONTOUR(BuiltinFilter):
    """Pillow's Contour kernel."""

    name = "Contour"
    filterargs = (3, 3), 1, 255, (-1, -1, -1, -1, 8, -1, -1, -1, -1)


class DETAIL(BuiltinFilter):
    """Pillow's Detail kernel."""

    name = "Detail"
    filterargs = (3, 3), 6, 0, (0, -1, 0, -1, 10, -1, 0, -1, 0)


class EDGE_ENHANCE(BuiltinFilter):
    """Pillow's Edge-enhance kernel."""

    name = "Edge-enhance"
    filterargs = (3, 3), 2, 0, (-1, -1, -1, -1, 10, -1, -1, -1, -1)


class EDGE_ENHANCE_MORE(BuiltinFilter):
    """Pillow's Edge-enhance More kernel."""

    name = "Edge-enhance More"
    filterargs = (3, 3), 1, 0, (-1, -1, -1, -1, 9, -1, -1, -1, -1)


class EMBOSS(BuiltinFilter):
    """Pillow's Emboss kernel."""

    name = "Emboss"
    filterargs = (3, 3), 1, 128, (-1, 0, 0, 0, 1, 0, 0, 0, 0)


class FIND_EDGES(BuiltinFilter):
    """Pillow's Find Edges kernel."""

    name = "Find Edges"
    filterargs = (3, 3), 1, 0, (-1, -1, -1, -1, 8, -1, -1, -1, -1)


class SHARPEN(BuiltinFilter):
    """Pillow's Sharpen kernel."""

    name = "Sharpen"
    filterargs = (3, 3), 16, 0, (-2, -2, -2, -2, 32, -2, -2, -2, -2)


class SMOOTH(BuiltinFilter):
    """Pillow's Smooth kernel."""

    name = "Smooth"
    filterargs = (3, 3), 13, 0, (1, 1, 1, 1, 5, 1, 1, 1, 1)


class SMOOTH_MORE(BuiltinFilter):
    """Pillow's Smooth More kernel."""

    name = "Smooth More"
    filterargs = (5, 5), 100, 0, (1, 1, 1, 1, 1, 1, 5, 5, 5, 1, 1, 5, 44, 5, 1,
                                 1, 5, 5, 5, 1, 1, 1, 1, 1, 1)
