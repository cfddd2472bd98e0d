"""PIL for taipan: the package of `PIL.Image`, `ImageOps`, `ImageFilter`,
`ImageEnhance`, `ImageColor`, `ImageDraw` and `ImageChops` (a subset of Pillow
11.3)."""

__version__ = "11.3.0"


class UnidentifiedImageError(OSError):
    """Raised by Image.open when no decoder recognises the file."""
