"""PIL.ImageChops for taipan: Pillow 11.3's channel operations on L, RGB
and RGBA images (the result is as large as the smaller image), with
libImaging's integer arithmetic; the logical operations need mode 1
images, which taipan has not, so they raise."""

import numpy as _np
from PIL import Image

__all__ = ["constant", "duplicate", "invert", "lighter", "darker", "difference", "multiply",
           "screen", "soft_light", "hard_light", "overlay", "add", "subtract", "add_modulo",
           "subtract_modulo", "logical_and", "logical_or", "logical_xor", "blend", "composite",
           "offset"]


def _pair(image1, image2):
    """Both images' pixels as int64, cropped to the common size."""
    if image1.mode in ("P", "F") or image2.mode in ("P", "F"):
        raise ValueError("image has wrong mode")
    if len(image1.getbands()) != len(image2.getbands()):
        raise ValueError("images do not match")
    h = min(image1.height, image2.height)
    w = min(image1.width, image2.width)
    a = image1._pixels()[:h, :w].astype(_np.int64)
    b = image2._pixels()[:h, :w].astype(_np.int64)
    return a, b


def _clipped(image1, values):
    return image1._new(image1.mode, _np.clip(values, 0, 255).astype(_np.uint8))


def _wrapped(image1, values):
    return image1._new(image1.mode, (values & 255).astype(_np.uint8))


def constant(image, value):
    """An L image of image's size filled with value."""
    return Image.new("L", image.size, value)


def duplicate(image):
    """A copy of image."""
    return image.copy()


def invert(image):
    """255 - image."""
    if image.mode in ("P", "F"):
        raise ValueError("image has wrong mode")
    return image._new(image.mode, 255 - image._pixels())


def lighter(image1, image2):
    """The larger value, pixel by pixel."""
    a, b = _pair(image1, image2)
    return _clipped(image1, _np.maximum(a, b))


def darker(image1, image2):
    """The smaller value, pixel by pixel."""
    a, b = _pair(image1, image2)
    return _clipped(image1, _np.minimum(a, b))


def difference(image1, image2):
    """|image1 - image2|."""
    a, b = _pair(image1, image2)
    return _clipped(image1, _np.abs(a - b))


def multiply(image1, image2):
    """image1 * image2 / 255 (truncated)."""
    a, b = _pair(image1, image2)
    return _clipped(image1, a * b // 255)


def screen(image1, image2):
    """255 - (255 - image1) * (255 - image2) / 255."""
    a, b = _pair(image1, image2)
    return _clipped(image1, 255 - (255 - a) * (255 - b) // 255)


def soft_light(image1, image2):
    """Pillow's soft light blend."""
    a, b = _pair(image1, image2)
    return _wrapped(image1, (255 - a) * (a * b) // 65536 + a * (255 - (255 - a) * (255 - b) // 255) // 255)


def hard_light(image1, image2):
    """Pillow's hard light blend."""
    a, b = _pair(image1, image2)
    return _wrapped(image1, _np.where(b < 128, a * b // 127, 255 - (255 - b) * (255 - a) // 127))


def overlay(image1, image2):
    """Pillow's overlay blend."""
    a, b = _pair(image1, image2)
    return _wrapped(image1, _np.where(a < 128, a * b // 127, 255 - (255 - a) * (255 - b) // 127))


def _scaled(image1, total, scale, offset):
    """(total / scale + offset) in float32, truncated, clipped."""
    f = total.astype(_np.float32) / _np.float32(scale) + _np.float32(int(offset))
    return _clipped(image1, _np.trunc(f).astype(_np.int64))


def add(image1, image2, scale=1.0, offset=0):
    """(image1 + image2) / scale + offset, clipped."""
    a, b = _pair(image1, image2)
    return _scaled(image1, a + b, scale, offset)


def subtract(image1, image2, scale=1.0, offset=0):
    """(image1 - image2) / scale + offset, clipped."""
    a, b = _pair(image1, image2)
    return _scaled(image1, a - b, scale, offset)


def add_modulo(image1, image2):
    """(image1 + image2) modulo 256."""
    a, b = _pair(image1, image2)
    return _wrapped(image1, a + b)


def subtract_modulo(image1, image2):
    """(image1 - image2) modulo 256."""
    a, b = _pair(image1, image2)
    return _wrapped(image1, a - b)


def _logical(image1, image2):
    raise ValueError("image has wrong mode")


logical_and = logical_or = logical_xor = _logical


def blend(image1, image2, alpha):
    """Image.blend."""
    return Image.blend(image1, image2, alpha)


def composite(image1, image2, mask):
    """Image.composite."""
    return Image.composite(image1, image2, mask)


def offset(image, xoffset, yoffset=None):
    """The image shifted by (xoffset, yoffset), wrapping around."""
    yoffset = xoffset if yoffset is None else yoffset
    a = image._pixels()
    return image._new(image.mode, _np.roll(_np.roll(a, int(yoffset), axis=0), int(xoffset), axis=1),
                      image._palette)
