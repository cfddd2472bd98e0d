"""PIL.ImageFilter for taipan: Pillow 11.3's convolution filters (the
built-in 3x3 and 5x5 kernels and Kernel) and rank filters (MedianFilter,
MinFilter, MaxFilter, RankFilter), in numpy with Pillow's float32
arithmetic: each row of the kernel summed left to right, rows from the
bottom one up, half added for rounding, then truncated; the outermost
rows and columns are copied unchanged, as Pillow leaves them.

Not there: GaussianBlur, BoxBlur, UnsharpMask, ModeFilter, Color3DLUT.
"""

import numpy as _np

__all__ = ["Filter", "MultibandFilter", "BuiltinFilter", "Kernel", "RankFilter", "MedianFilter",
           "MinFilter", "MaxFilter", "BLUR", "CONTOUR", "DETAIL", "EDGE_ENHANCE",
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
