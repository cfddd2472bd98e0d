"""PIL.ImageEnhance for taipan: Pillow 11.3's Color, Contrast,
Brightness and Sharpness, each a blend (Image.blend) of the image with a
degenerate version of it."""

from PIL import Image, ImageFilter

__all__ = ["Color", "Contrast", "Brightness", "Sharpness"]


class _Enhance:
    """Blends a degenerate image with the original by a factor."""

    def enhance(self, factor):
        """The image moved from the degenerate one by factor (1.0 gives
        the original; other factors interpolate or extrapolate)."""
        return Image.blend(self.degenerate, self.image, factor)


def _keep_alpha(enhancer):
    if "A" in enhancer.image.getbands():
        enhancer.degenerate.putalpha(enhancer.image.getchannel("A"))


class Color(_Enhance):
    """Colour balance: 0.0 gives the image's greys."""

    def __init__(self, image):
        self.image = image
        if "A" in image.getbands():
            raise ValueError("taipan's PIL has no LA mode for ImageEnhance.Color of RGBA images")
        self.intermediate_mode = "L"
        self.degenerate = image.convert("L").convert(image.mode) if image.mode != "L" else image


class Contrast(_Enhance):
    """Contrast: 0.0 gives a solid grey of the image's mean luminance."""

    def __init__(self, image):
        self.image = image
        grey = image.convert("L") if image.mode != "L" else image
        counts = grey.histogram()
        total = 0.0
        for value in range(256):
            total += value * counts[value]
        mean = int(total / (grey.width * grey.height) + 0.5)
        self.degenerate = Image.new("L", image.size, mean)
        if self.degenerate.mode != image.mode:
            self.degenerate = self.degenerate.convert(image.mode)
        _keep_alpha(self)


class Brightness(_Enhance):
    """Brightness: 0.0 gives a black image."""

    def __init__(self, image):
        self.image = image
        self.degenerate = Image.new(image.mode, image.size, 0)
        _keep_alpha(self)


class Sharpness(_Enhance):
    """Sharpness: 0.0 gives ImageFilter.SMOOTH's blur, 2.0 a sharpened
    image."""

    def __init__(self, image):
        self.image = image
        self.degenerate = image.filter(ImageFilter.SMOOTH)
        _keep_alpha(self)
