"""PIL.ImageOps for taipan: the whole-image operations of Pillow 11.3
that preprocessing uses (contain, pad, cover, fit, scale, expand, crop,
mirror, flip, grayscale, invert, exif_transpose) and the lookup-table ones
(autocontrast, equalize, posterize, solarize), built on PIL.Image.

taipan's decoders keep no EXIF data, so exif_transpose() finds no
orientation to apply and returns a copy (or, in place, does nothing).
"""

from PIL import Image

__all__ = ["contain", "cover", "fit", "pad", "scale", "expand", "crop", "mirror", "flip",
           "grayscale", "invert", "exif_transpose", "autocontrast", "equalize", "posterize",
           "solarize"]


def _fit_side(size, image, cover_box):
    """The size that keeps image's aspect ratio and fits in (or, with
    cover_box, covers) size, each side rounded as Pillow rounds it."""
    width, height = size
    im_ratio = image.width / image.height
    dest_ratio = width / height
    if im_ratio == dest_ratio:
        return (width, height)
    if (im_ratio > dest_ratio) != cover_box:
        new_height = round(image.height / image.width * width)
        return (width, new_height)
    new_width = round(image.width / image.height * height)
    return (new_width, height)


def contain(image, size, method=Image.BICUBIC):
    """image resized to the largest size that fits in size, aspect kept."""
    return image.resize(_fit_side(tuple(size), image, False), resample=method)


def cover(image, size, method=Image.BICUBIC):
    """image resized to the smallest size that covers size, aspect kept."""
    return image.resize(_fit_side(tuple(size), image, True), resample=method)


def pad(image, size, method=Image.BICUBIC, color=None, centering=(0.5, 0.5)):
    """image contained in size and padded with color to exactly size; the
    padding is split by centering (0 to 1 on each axis)."""
    size = tuple(size)
    resized = contain(image, size, method)
    if resized.size == size:
        return resized
    out = Image.new(image.mode, size, color)
    if resized.width != size[0]:
        x = round((size[0] - resized.width) * max(0, min(centering[0], 1)))
        out.paste(resized, (x, 0))
    else:
        y = round((size[1] - resized.height) * max(0, min(centering[1], 1)))
        out.paste(resized, (0, y))
    return out


def fit(image, size, method=Image.BICUBIC, bleed=0.0, centering=(0.5, 0.5)):
    """The centred (by centering) crop of image with size's aspect ratio,
    less bleed of each side, resized to size."""
    cx, cy = centering
    cx = cx if 0.0 <= cx <= 1.0 else 0.5
    cy = cy if 0.0 <= cy <= 1.0 else 0.5
    bleed = bleed if 0.0 <= bleed < 0.5 else 0.0
    bx, by = bleed * image.size[0], bleed * image.size[1]
    lw, lh = image.size[0] - bx * 2, image.size[1] - by * 2
    ratio = size[0] / size[1]
    if lw / lh == ratio:
        cw, ch = lw, lh
    elif lw / lh >= ratio:
        cw, ch = ratio * lh, lh
    else:
        cw, ch = lw, lw / ratio
    left, top = bx + (lw - cw) * cx, by + (lh - ch) * cy
    return image.resize(size, method, box=(left, top, left + cw, top + ch))


def scale(image, factor, resample=Image.BICUBIC):
    """image resized by factor (a copy for 1)."""
    if factor == 1:
        return image.copy()
    if factor <= 0:
        raise ValueError("the factor must be greater than 0")
    size = (round(factor * image.width), round(factor * image.height))
    return image.resize(size, resample)


def _border(border):
    """(left, top, right, bottom) from an int, a pair or a 4-tuple."""
    if isinstance(border, tuple):
        if len(border) == 2:
            return border + border
        if len(border) == 4:
            return border
    return (border, border, border, border)


def expand(image, border=0, fill=0):
    """image with a border of fill around it."""
    left, top, right, bottom = _border(border)
    width = left + image.width + right
    height = top + image.height + bottom
    out = Image.new(image.mode, (width, height), fill)
    out.paste(image, (left, top))
    return out


def crop(image, border=0):
    """image with border pixels cut off each side."""
    left, top, right, bottom = _border(border)
    return image.crop((left, top, image.width - right, image.height - bottom))


def mirror(image):
    """image flipped left to right."""
    return image.transpose(Image.FLIP_LEFT_RIGHT)


def flip(image):
    """image flipped top to bottom."""
    return image.transpose(Image.FLIP_TOP_BOTTOM)


def grayscale(image):
    """image converted to mode L."""
    return image.convert("L")


def invert(image):
    """255 - each sample (modes L and RGB)."""
    if image.mode not in ("L", "RGB"):
        raise OSError("not supported for mode " + image.mode)
    return Image.fromarray(255 - image._pixels())


def exif_transpose(image, *, in_place=False):
    """image turned upright by its EXIF orientation: taipan keeps no EXIF
    data, so a copy (None when in_place)."""
    if in_place:
        return None
    return image.copy()


def _lut(image, lut):
    """image mapped through lut (256 values, or 256 per band)."""
    if image.mode == "P":
        raise NotImplementedError("mode P support coming soon")
    if image.mode not in ("L", "RGB"):
        raise OSError("not supported for mode " + image.mode)
    if image.mode == "RGB" and len(lut) == 256:
        lut = lut * 3
    return image.point(lut)


def _trim(h, cut, order):
    """Removes cut pixels from the histogram h, walking the levels in order."""
    for ix in order:
        if cut <= 0:
            return
        taken = min(cut, h[ix])
        h[ix] -= taken
        cut -= taken


def autocontrast(image, cutoff=0, ignore=None, mask=None, preserve_tone=False):
    """Stretches each band so its darkest level (after dropping cutoff
    percent at each end and the ignore levels) becomes 0, its lightest 255."""
    histogram = (image.convert("L") if preserve_tone else image).histogram(mask)
    if cutoff and not isinstance(cutoff, tuple):
        cutoff = (cutoff, cutoff)
    lut = []
    for layer in range(0, len(histogram), 256):
        h = histogram[layer:layer + 256]
        for ix in ([] if ignore is None else [ignore] if isinstance(ignore, int) else ignore):
            h[ix] = 0
        if cutoff:
            n = sum(h)
            _trim(h, int(n * cutoff[0] // 100), range(256))
            _trim(h, int(n * cutoff[1] // 100), range(255, -1, -1))
        used = [ix for ix in range(256) if h[ix]]
        if len(used) < 2:
            lut.extend(range(256))
            continue
        lo, hi = used[0], used[-1]
        scale = 255.0 / (hi - lo)
        offset = -lo * scale
        lut.extend(min(max(int(ix * scale + offset), 0), 255) for ix in range(256))
    return _lut(image, lut)


def equalize(image, mask=None):
    """Each band mapped so its levels are spread evenly (Pillow's
    histogram equalisation)."""
    if image.mode == "P":
        image = image.convert("RGB")
    h = image.histogram(mask)
    lut = []
    for b in range(0, len(h), 256):
        histo = [n for n in h[b:b + 256] if n]
        step = (sum(histo) - histo[-1]) // 255 if len(histo) > 1 else 0
        if not step:
            lut.extend(range(256))
            continue
        n = step // 2
        for i in range(256):
            lut.append(n // step)
            n += h[i + b]
    return _lut(image, lut)


def posterize(image, bits):
    """Each sample keeps its top bits bits."""
    mask = ~(2 ** (8 - bits) - 1)
    return _lut(image, [i & mask for i in range(256)])


def solarize(image, threshold=128):
    """Samples at or above threshold inverted."""
    return _lut(image, [i if i < threshold else 255 - i for i in range(256)])
