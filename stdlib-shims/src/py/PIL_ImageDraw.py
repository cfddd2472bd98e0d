"""PIL.ImageDraw for taipan: Pillow 11.3's point, line (any width),
rectangle, polygon and ellipse on L, RGB and RGBA images, drawn as Pillow's
libImaging draws them (coordinates truncated to integers, Bresenham
lines without their last point, its float32 scan-line polygon filler).

Not there (a ValueError): text, arc, chord, pieslice,
rounded_rectangle, regular_polygon, bitmap, line joints, polygon outlines
wider than 1, and blending (Draw(rgb_image, "RGBA")).
"""

import math as _math
import numpy as _np

__all__ = ["Draw", "ImageDraw"]

_F32 = _np.float32


def _round_up(f):
    """Pillow's ROUND_UP: halves away from zero."""
    return int(_math.floor(f + 0.5)) if f >= 0 else -int(_math.floor(abs(f) + 0.5))


def _round_down(f):
    """Pillow's ROUND_DOWN: halves towards zero."""
    return int(_math.ceil(f - 0.5)) if f >= 0 else -int(_math.ceil(abs(f) - 0.5))


def _flatten(xy):
    """[x0, y0, x1, y1, ...] from flat numbers or (x, y) pairs."""
    out = []
    for item in xy:
        if isinstance(item, (list, tuple)):
            out.extend(float(v) for v in item)
        else:
            out.append(float(item))
    if len(out) % 2:
        raise ValueError("coordinate list must contain an even number of values")
    return out


class _Canvas:
    """A writable copy of the image's pixels; put back by commit()."""

    def __init__(self, image):
        self.image = image
        self.a = image._pixels().copy()
        self.h, self.w = self.a.shape[:2]

    def point(self, x, y, ink):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.a[y, x] = ink

    def hline(self, x0, y, x1, ink):
        if 0 <= y < self.h:
            x0 = 0 if x0 < 0 else x0
            x1 = self.w - 1 if x1 >= self.w else x1
            if x0 < self.w and x1 >= 0 and x0 <= x1:
                self.a[y, x0:x1 + 1] = ink

    def line(self, x0, y0, x1, y1, ink):
        """Bresenham from (x0, y0), not drawing the end point."""
        dx, xs = (x0 - x1, -1) if x1 < x0 else (x1 - x0, 1)
        dy, ys = (y0 - y1, -1) if y1 < y0 else (y1 - y0, 1)
        if dx == 0 or dy == 0:
            for _ in range(dx + dy):
                self.point(x0, y0, ink)
                x0, y0 = x0 + (xs if dy == 0 else 0), y0 + (ys if dx == 0 else 0)
            return
        major_x = dx > dy
        n, minor = (dx, dy) if major_x else (dy, dx)
        e = 2 * minor - n
        for _ in range(n):
            self.point(x0, y0, ink)
            if e >= 0:
                if major_x:
                    y0 += ys
                else:
                    x0 += xs
                e -= 2 * n
            e += 2 * minor
            if major_x:
                x0 += xs
            else:
                y0 += ys

    def commit(self):
        self.image._arr = self.a


class _Edge:
    """An edge of the polygon filler (float32 slope, as Pillow keeps it)."""

    def __init__(self, x0, y0, x1, y1):
        self.xmin, self.xmax = (x0, x1) if x0 <= x1 else (x1, x0)
        self.ymin, self.ymax = (y0, y1) if y0 <= y1 else (y1, y0)
        self.dx = _F32(0.0) if y0 == y1 else _F32(_F32(x1 - x0) / _F32(y1 - y0))
        self.x0, self.y0 = x0, y0

    def x_at(self, y):
        return float(_F32(_F32(y - self.y0) * self.dx) + _F32(self.x0))


def _corner_fix(xx, current, others, y):
    """Pillow's adjustment of an x where two sloped edges meet at a
    corner on row y (it keeps thin corners from leaving gaps)."""
    x = xx[-1]
    for other in others:
        if (y != other.ymin and y != other.ymax) or other.dx == 0:
            continue
        if _round_up(x) != _round_up(other.x_at(y)):
            continue
        offset = -1 if y == current.ymax else 1
        near = current.x_at(y + offset)
        if other.ymin <= y + offset <= other.ymax:
            far = other.x_at(y + offset)
            if x > near + 1 and x > far + 1:
                xx[-1] = float(_round_up(max(near, far)) + 1)
            elif x < near - 1 and x < far - 1:
                xx[-1] = float(_round_up(min(near, far)) - 1)
            return


def _fill_polygon(canvas, edges, ink):
    """Pillow's polygon_generic (no blending): horizontal edges drawn as
    they are, then each row filled between pairs of crossings."""
    if not edges:
        return
    ymin = min(e.ymin for e in edges)
    ymax = max(e.ymax for e in edges)
    sloped = []
    for e in edges:
        if e.ymin == e.ymax:
            canvas.hline(e.xmin, e.ymin, e.xmax, ink)
        else:
            sloped.append(e)
    ymin = max(ymin, 0)
    ymax = min(ymax, canvas.h)
    for y in range(ymin, ymax + 1):
        xx = []
        for i, e in enumerate(sloped):
            if not e.ymin <= y <= e.ymax:
                continue
            xx.append(e.x_at(y))
            if y == e.ymax and y < ymax:
                xx.append(xx[-1])
            elif (y == e.ymin or y == e.ymax) and e.dx != 0:
                _corner_fix(xx, e, sloped[:i], y)
        xx.sort()
        for i in range(1, len(xx), 2):
            canvas.hline(_round_up(xx[i - 1]), y, _round_down(xx[i]), ink)


def _polygon_edges(pts):
    """The edges Pillow builds for a filled polygon of integer points
    (consecutive horizontal runs merged, closed back to the start)."""
    edges = []
    n = len(pts)
    for i in range(n - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        if y0 == y1 and i != 0 and y0 == pts[i - 1][1] and edges:
            last = edges[-1]
            if x1 > x0 > pts[i - 1][0]:
                last.xmax = x1
                continue
            if x1 < x0 < pts[i - 1][0]:
                last.xmin = x1
                continue
        edges.append(_Edge(x0, y0, x1, y1))
    if pts[-1] != pts[0]:
        edges.append(_Edge(pts[-1][0], pts[-1][1], pts[0][0], pts[0][1]))
    return edges


def _wide_line(canvas, x0, y0, x1, y1, ink, width):
    """Pillow's ImagingDrawWideLine: the line as a filled quadrilateral."""
    dx, dy = x1 - x0, y1 - y0
    if dx == 0 and dy == 0:
        canvas.point(x0, y0, ink)
        return
    big = _math.hypot(dx, dy)
    small = (width - 1) / 2.0
    rmax, rmin = _round_up(small) / big, _round_down(small) / big
    dxmin, dxmax = _round_down(rmin * dy), _round_down(rmax * dy)
    dymin, dymax = _round_down(rmin * dx), _round_down(rmax * dx)
    v = [(x0 - dxmin, y0 + dymax), (x1 - dxmin, y1 + dymax), (x1 + dxmax, y1 - dymin),
         (x0 + dxmax, y0 - dymin)]
    _fill_polygon(canvas, [_Edge(*v[i], *v[(i + 1) % 4]) for i in range(4)], ink)


class _Quarter:
    """Pillow's quarter_state: the top-right quarter of an ellipse with
    half-axes a and b, on the grid of points (2x + a % 2, 2y + b % 2)."""

    def __init__(self, a, b):
        self.finished = a < 0 or b < 0
        if not self.finished:
            self.a2, self.b2 = a * a, b * b
            self.a2b2 = self.a2 * self.b2
            self.cx, self.cy = a, b % 2
            self.ex, self.ey = a % 2, b

    def _delta(self, x, y):
        return abs(self.a2 * y * y + self.b2 * x * x - self.a2b2)

    def next(self):
        """The next point (x, y), or None when the quarter is done."""
        if self.finished:
            return None
        point = (self.cx, self.cy)
        if self.cx == self.ex and self.cy == self.ey:
            self.finished = True
            return point
        nx, ny = self.cx, self.cy + 2
        best = self._delta(nx, ny)
        if nx > 1:
            d = self._delta(self.cx - 2, self.cy + 2)
            if best > d:
                nx, ny, best = self.cx - 2, self.cy + 2, d
            d = self._delta(self.cx - 2, self.cy)
            if best > d:
                nx, ny = self.cx - 2, self.cy
        self.cx, self.cy = nx, ny
        return point


def _ellipse_spans(a, b, w):
    """Pillow's ellipse_state: the horizontal spans (x0, y, x1), on the
    doubled grid, of an ellipse ring `w` pixels wide."""
    outer = _Quarter(a, b)
    leftmost = a % 2
    first = outer.next() if w >= 1 else None
    if first is None:
        return
    pr, py = first
    inner = _Quarter(a - 2 * (w - 1), b - 2 * (w - 1))
    pl = leftmost
    finished = False
    while not finished:
        y, left, right = py, pl, pr
        nxt = outer.next()
        while nxt is not None and nxt[1] <= y:
            nxt = outer.next()
        if nxt is None:
            finished = True
        else:
            pr, py = nxt
        nxt = inner.next()
        while nxt is not None and nxt[1] <= y:
            left = nxt[0]
            nxt = inner.next()
        pl = leftmost if nxt is None else nxt[0]
        spans = []
        if (left > 0 or left < right) and y > 0:
            spans.append((2 if left == 0 else left, y, right))
        if y > 0:
            spans.append((-right, y, -left))
        if left > 0 or left < right:
            spans.append((2 if left == 0 else left, -y, right))
        spans.append((-right, -y, -left))
        for span in reversed(spans):
            yield span


class ImageDraw:
    """Drawing on an image in place (see the module's list)."""

    def __init__(self, im, mode=None):
        if mode is not None and mode != im.mode:
            raise ValueError("taipan's ImageDraw does not blend (Draw(image, mode))")
        if im.mode not in ("L", "RGB", "RGBA"):
            raise ValueError("taipan's ImageDraw draws on L, RGB and RGBA images only")
        self.im = im
        self.mode = im.mode
        self.ink = -1
        self.fill = False

    def _ink(self, color):
        """A colour as the pixel Pillow's draw_ink makes of it."""
        from PIL import ImageColor
        bands = len(self.im.getbands())
        if isinstance(color, str):
            color = ImageColor.getcolor(color, self.mode)
        if isinstance(color, (tuple, list)):
            vals = [min(max(int(v), 0), 255) for v in color]
            if bands == 1:
                if len(vals) != 1:
                    raise TypeError("color must be int or single-element tuple")
                return _np.uint8(vals[0])
            if len(vals) not in (1, 3, 4):
                raise TypeError("color must be int, or tuple of one, three or four elements")
            vals = (vals + [255])[:bands] if len(vals) == 3 else vals[:bands]
            return _np.array(vals, dtype=_np.uint8)
        v = int(color)
        if bands == 1:
            return _np.uint8(min(max(v, 0), 255))
        return _np.array([(v >> (8 * i)) & 255 for i in range(bands)], dtype=_np.uint8)

    def _getink(self, ink, fill=None):
        if ink is None and fill is None:
            return (None, self._ink(self.ink)) if self.fill else (self._ink(self.ink), None)
        return (None if ink is None else self._ink(ink), None if fill is None else self._ink(fill))

    @staticmethod
    def _same(a, b):
        return a is not None and b is not None and _np.array_equal(a, b)

    def point(self, xy, fill=None):
        """Sets the pixels at the given points."""
        ink = self._getink(fill)[0]
        if ink is None:
            return
        c = _Canvas(self.im)
        v = _flatten(xy)
        for i in range(0, len(v), 2):
            c.point(int(v[i]), int(v[i + 1]), ink)
        c.commit()

    def line(self, xy, fill=None, width=0, joint=None):
        """Lines through the points (Bresenham, or quadrilaterals for
        width > 1)."""
        if joint is not None:
            raise ValueError("taipan's ImageDraw has no line joints")
        ink = self._getink(fill)[0]
        if ink is None:
            return
        v = [int(t) for t in _flatten(xy)]
        c = _Canvas(self.im)
        pts = list(zip(v[0::2], v[1::2]))
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            if width <= 1:
                c.line(x0, y0, x1, y1, ink)
            else:
                _wide_line(c, x0, y0, x1, y1, ink, width)
        if width <= 1 and len(pts) > 1:
            c.point(pts[-1][0], pts[-1][1], ink)
        c.commit()

    def rectangle(self, xy, fill=None, outline=None, width=1):
        """A rectangle between two corners, both included."""
        ink, fill_ink = self._getink(outline, fill)
        v = _flatten(xy)
        if len(v) != 4:
            raise ValueError("coordinate list must contain exactly 2 coordinates")
        if v[2] < v[0]:
            raise ValueError("x1 must be greater than or equal to x0")
        if v[3] < v[1]:
            raise ValueError("y1 must be greater than or equal to y0")
        x0, y0, x1, y1 = (int(t) for t in v)
        c = _Canvas(self.im)
        if fill_ink is not None:
            for y in range(max(y0, 0), min(y1, c.h) + 1):
                c.hline(x0, y, x1, fill_ink)
        if ink is not None and not self._same(ink, fill_ink) and width != 0:
            for i in range(width):
                c.hline(x0, y0 + i, x1, ink)
                c.hline(x0, y1 - i, x1, ink)
                c.line(x1 - i, y0 + width, x1 - i, y1 - width + 1, ink)
                c.line(x0 + i, y0 + width, x0 + i, y1 - width + 1, ink)
        c.commit()

    def polygon(self, xy, fill=None, outline=None, width=1):
        """A polygon through the points: filled by Pillow's scan lines,
        outlined by its lines."""
        ink, fill_ink = self._getink(outline, fill)
        v = [int(t) for t in _flatten(xy)]
        if len(v) < 4:
            raise TypeError("coordinate list must contain at least 2 coordinates")
        pts = list(zip(v[0::2], v[1::2]))
        c = _Canvas(self.im)
        if fill_ink is not None:
            _fill_polygon(c, _polygon_edges(pts), fill_ink)
        if ink is not None and not self._same(ink, fill_ink) and width != 0:
            if width != 1:
                raise ValueError("taipan's ImageDraw outlines polygons 1 pixel wide only")
            for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
                c.line(x0, y0, x1, y1, ink)
        c.commit()

    def ellipse(self, xy, fill=None, outline=None, width=1):
        """An ellipse inside the bounding box xy (Pillow's integer
        ellipse, filled or as a ring `width` pixels wide)."""
        ink, fill_ink = self._getink(outline, fill)
        v = _flatten(xy)
        if len(v) != 4:
            raise ValueError("coordinate list must contain exactly 2 coordinates")
        if v[2] < v[0]:
            raise ValueError("x1 must be greater than or equal to x0")
        if v[3] < v[1]:
            raise ValueError("y1 must be greater than or equal to y0")
        x0, y0, x1, y1 = (int(t) for t in v)
        a, b = x1 - x0, y1 - y0
        c = _Canvas(self.im)
        if fill_ink is not None:
            for sx0, sy, sx1 in _ellipse_spans(a, b, a + b):
                c.hline(x0 + (sx0 + a) // 2, y0 + (sy + b) // 2, x0 + (sx1 + a) // 2, fill_ink)
        if ink is not None and not self._same(ink, fill_ink) and width != 0:
            for sx0, sy, sx1 in _ellipse_spans(a, b, width):
                c.hline(x0 + (sx0 + a) // 2, y0 + (sy + b) // 2, x0 + (sx1 + a) // 2, ink)
        c.commit()

    def _missing(self, *args, **kwargs):
        raise ValueError("taipan's ImageDraw has point, line, rectangle, polygon and ellipse only")

    text = textbbox = textlength = multiline_text = arc = chord = _missing
    pieslice = rounded_rectangle = regular_polygon = bitmap = circle = _missing


def Draw(im, mode=None):
    """An ImageDraw for im."""
    return ImageDraw(im, mode)
