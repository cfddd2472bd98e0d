"""cv2 drawing for taipan: line, rectangle, circle, polylines,
fillConvexPoly and fillPoly with OpenCV 4.13's pixel rules (8- and 4-connected
lines, its fixed-point thick lines and its circle walk), in place on a
numpy image. LINE_AA is not there (cv2.error).
"""

import math as _math
import numpy as _np
import cv2 as _cv2

_SHIFT = 16
_ONE = 1 << _SHIFT
_HALF = _ONE >> 1
_MAX_THICKNESS = 32767


def _tdiv(a, b):
    """C's integer division (truncating toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _check_image(img, func):
    if not isinstance(img, _np.ndarray):
        raise TypeError("%s() argument 'img' must be a numpy array" % func)
    if img.ndim not in (2, 3) or (img.ndim == 3 and not 1 <= img.shape[2] <= 4):
        raise _cv2.error("(-215:Assertion failed) img.channels() <= 4 in function '%s'" % func)
    return img


def _raw_color(img, color):
    """The colour as the pixel value OpenCV writes (scalarToRawData)."""
    if isinstance(color, (int, float)):
        vals = [float(color), 0.0, 0.0, 0.0]
    else:
        vals = [float(v) for v in color][:4]
        vals = vals + [0.0] * (4 - len(vals))
    n = 1 if img.ndim == 2 else img.shape[2]
    vals = vals[:n]
    if img.dtype.kind in "ui":
        info = _np.iinfo(img.dtype)
        vals = [min(max(int(round(v)), int(info.min)), int(info.max)) for v in vals]
    out = _np.array(vals, dtype=img.dtype)
    return out[0] if img.ndim == 2 else out


def _point(p, name="pt"):
    try:
        x, y = p
        return int(x), int(y)
    except (TypeError, ValueError):
        raise _cv2.error("Can't parse '%s'. Sequence item with index 0 has a wrong type" % name) from None


def _clip(w, h, x1, y1, x2, y2):
    """clipLine: the segment cut to [0, w) x [0, h), or None outside."""
    seg = _clip_ends(w, h, x1, y1, x2, y2)
    return seg[:4] if seg[4] else None


def _clip_ends(w, h, x1, y1, x2, y2):
    """clipLine's end points after it ran (moved part way even when the
    segment misses the image) and whether it is inside."""
    if w <= 0 or h <= 0:
        return x1, y1, x2, y2, False
    right, bottom = w - 1, h - 1
    c1 = (x1 < 0) + (x1 > right) * 2 + (y1 < 0) * 4 + (y1 > bottom) * 8
    c2 = (x2 < 0) + (x2 > right) * 2 + (y2 < 0) * 4 + (y2 > bottom) * 8
    if (c1 & c2) == 0 and (c1 | c2) != 0:
        if c1 & 12:
            a = 0 if c1 < 8 else bottom
            x1 += _tdiv((a - y1) * (x2 - x1), y2 - y1)
            y1 = a
            c1 = (x1 < 0) + (x1 > right) * 2
        if c2 & 12:
            a = 0 if c2 < 8 else bottom
            x2 += _tdiv((a - y2) * (x2 - x1), y2 - y1)
            y2 = a
            c2 = (x2 < 0) + (x2 > right) * 2
        if (c1 & c2) == 0 and (c1 | c2) != 0:
            if c1:
                a = 0 if c1 == 1 else right
                y1 += _tdiv((a - x1) * (y2 - y1), x2 - x1)
                x1 = a
                c1 = 0
            if c2:
                a = 0 if c2 == 1 else right
                y2 += _tdiv((a - x2) * (y2 - y1), x2 - x1)
                x2 = a
                c2 = 0
    return x1, y1, x2, y2, not (c1 | c2)


def _put(img, xs, ys, color):
    if xs:
        img[_np.array(ys, dtype=_np.int64), _np.array(xs, dtype=_np.int64)] = color


def _line(img, p1, p2, color, connectivity):
    """An integer line through LineIterator's pixels (left to right)."""
    h, w = img.shape[0], img.shape[1]
    x1, y1 = p1
    x2, y2 = p2
    if not (0 <= x1 < w and 0 <= x2 < w and 0 <= y1 < h and 0 <= y2 < h):
        seg = _clip(w, h, x1, y1, x2, y2)
        if seg is None:
            return
        x1, y1, x2, y2 = seg
    dx, dy = x2 - x1, y2 - y1
    if dx < 0:
        dx, dy = -dx, -dy
        x1, y1 = x2, y2
    sy = 1
    if dy < 0:
        dy, sy = -dy, -1
    vert = dy > dx
    if vert:
        dx, dy = dy, dx
    # (major, minor) steps as (x, y) moves
    major = (0, sy) if vert else (1, 0)
    minor = (1, 0) if vert else (0, sy)
    xs, ys = [], []
    x, y = x1, y1
    if connectivity == 8:
        err, plus, minus, count = dx - 2 * dy, 2 * dx, -2 * dy, dx + 1
    else:
        err, plus, minus, count = 0, 2 * dx + 2 * dy, -2 * dy, dx + dy + 1
    for _ in range(count):
        xs.append(x)
        ys.append(y)
        if err < 0:
            err += minus + plus
            if connectivity == 8:
                x += major[0] + minor[0]
                y += major[1] + minor[1]
            else:
                x += minor[0]
                y += minor[1]
        else:
            err += minus
            x += major[0]
            y += major[1]
    _put(img, xs, ys, color)


def _line2(img, p1, p2, color):
    """A line between fixed-point (16-bit fraction) ends, 8-connected."""
    h, w = img.shape[0], img.shape[1]
    seg = _clip(w << _SHIFT, h << _SHIFT, p1[0], p1[1], p2[0], p2[1])
    if seg is None:
        return
    x1, y1, x2, y2 = seg
    dx, dy = x2 - x1, y2 - y1
    ax, ay = abs(dx), abs(dy)
    xs, ys = [], []
    if ax > ay:
        if dx < 0:
            x1, x2, y1, y2 = x2, x1, y2, y1
            dy = -dy
        y_step = _tdiv(dy << _SHIFT, ax | 1)
        ecount = (x2 - x1) >> _SHIFT
    else:
        if dy < 0:
            x1, x2, y1, y2 = x2, x1, y2, y1
            dx = -dx
        x_step = _tdiv(dx << _SHIFT, ay | 1)
        ecount = (y2 - y1) >> _SHIFT
    x1 += _HALF
    y1 += _HALF
    xs.append((x2 + _HALF) >> _SHIFT)
    ys.append((y2 + _HALF) >> _SHIFT)
    if ax > ay:
        x = x1 >> _SHIFT
        while ecount >= 0:
            xs.append(x)
            ys.append(y1 >> _SHIFT)
            x += 1
            y1 += y_step
            ecount -= 1
    else:
        y = y1 >> _SHIFT
        while ecount >= 0:
            xs.append(x1 >> _SHIFT)
            ys.append(y)
            x1 += x_step
            y += 1
            ecount -= 1
    keep = [i for i in range(len(xs)) if 0 <= xs[i] < w and 0 <= ys[i] < h]
    _put(img, [xs[i] for i in keep], [ys[i] for i in keep], color)


def _hline(img, y, x1, x2, color):
    img[y, x1:x2 + 1] = color


def _fill_convex(img, v, color, line_type, shift):
    """FillConvexPoly: v's outline, then its rows scanned between two edges."""
    h, w = img.shape[0], img.shape[1]
    npts = len(v)
    delta = 1 << shift >> 1
    p0 = (v[-1][0] << (_SHIFT - shift), v[-1][1] << (_SHIFT - shift))
    xmin = xmax = v[0][0]
    ymin = ymax = v[0][1]
    imin = 0
    for i in range(npts):
        px, py = v[i]
        if py < ymin:
            ymin, imin = py, i
        ymax, xmax, xmin = max(ymax, py), max(xmax, px), min(xmin, px)
        p = (px << (_SHIFT - shift), py << (_SHIFT - shift))
        if shift == 0:
            _line(img, (p0[0] >> _SHIFT, p0[1] >> _SHIFT), (p[0] >> _SHIFT, p[1] >> _SHIFT),
                  color, 4 if line_type == 4 else 8)
        else:
            _line2(img, p0, p, color)
        p0 = p
    xmin, xmax = (xmin + delta) >> shift, (xmax + delta) >> shift
    ymin, ymax = (ymin + delta) >> shift, (ymax + delta) >> shift
    if npts < 3 or xmax < 0 or ymax < 0 or xmin >= w or ymin >= h:
        return
    ymax = min(ymax, h - 1)
    edge = [[imin, 1, -_ONE, 0, ymin], [imin, npts - 1, -_ONE, 0, ymin]]  # idx, di, x, dx, ye
    edges = npts
    y = ymin
    while True:
        for e in edge:
            if y < e[4]:
                continue
            idx0, di = e[0], e[1]
            idx = (idx0 + di) % npts
            while True:
                more = edges > 0
                edges -= 1
                if not more:
                    break
                ty = (v[idx][1] + delta) >> shift
                if ty > y:
                    xs = v[idx0][0] << (_SHIFT - shift)
                    xe = v[idx][0] << (_SHIFT - shift)
                    e[4] = ty
                    e[3] = _tdiv((xe - xs) * 2 + (ty - y), 2 * (ty - y))
                    e[2] = xs
                    e[0] = idx
                    break
                idx0 = idx
                idx = (idx + di) % npts
        if edges < 0:
            break
        if y >= 0:
            left, right = (edge[1], edge[0]) if edge[0][2] > edge[1][2] else (edge[0], edge[1])
            xx1 = (left[2] + _HALF) >> _SHIFT
            xx2 = (right[2] + _HALF) >> _SHIFT
            if xx2 >= 0 and xx1 < w:
                _hline(img, y, max(xx1, 0), min(xx2, w - 1), color)
        edge[0][2] += edge[0][3]
        edge[1][2] += edge[1][3]
        y += 1
        if y > ymax:
            break


def _circle(img, cx, cy, radius, color, fill):
    """OpenCV's integer circle walk (outline or filled)."""
    h, w = img.shape[0], img.shape[1]
    err, dx, dy, plus, minus = 0, radius, 0, 1, (radius << 1) - 1
    xs, ys = [], []
    while dx >= dy:
        y11, y12, y21, y22 = cy - dy, cy + dy, cy - dx, cy + dx
        x11, x12, x21, x22 = cx - dx, cx + dx, cx - dy, cx + dy
        if x11 < w and x12 >= 0 and y21 < h and y22 >= 0:
            rows = [(y11, x11, x12), (y12, x11, x12)]
            if x21 < w and x22 >= 0:
                rows += [(y21, x21, x22), (y22, x21, x22)]
            for yy, xa, xb in rows:
                if not 0 <= yy < h:
                    continue
                if fill:
                    _hline(img, yy, max(xa, 0), min(xb, w - 1), color)
                else:
                    for xx in (xa, xb):
                        if 0 <= xx < w:
                            xs.append(xx)
                            ys.append(yy)
        dy += 1
        err += plus
        plus += 2
        if err > 0:
            err -= minus
            dx -= 1
            minus -= 2
    _put(img, xs, ys, color)


def _thick_line(img, p0, p1, color, thickness, line_type, flags, shift):
    s = _SHIFT - shift
    p0 = (p0[0] << s, p0[1] << s)
    p1 = (p1[0] << s, p1[1] << s)
    if thickness <= 1:
        if line_type in (1, 4) or shift == 0:
            a = ((p0[0] + _HALF) >> _SHIFT, (p0[1] + _HALF) >> _SHIFT)
            b = ((p1[0] + _HALF) >> _SHIFT, (p1[1] + _HALF) >> _SHIFT)
            _line(img, a, b, color, 4 if line_type in (1, 4) else 8)
        else:
            _line2(img, p0, p1, color)
        return
    dx = (p0[0] - p1[0]) / _ONE
    dy = (p1[1] - p0[1]) / _ONE
    r = dx * dx + dy * dy
    odd = thickness & 1
    thickness <<= _SHIFT - 1
    if abs(r) > 2.220446049250313e-16:
        r = (thickness + odd * _ONE * 0.5) / _math.sqrt(r)
        ddx, ddy = int(round(dy * r)), int(round(dx * r))
        pts = [(p0[0] + ddx, p0[1] + ddy), (p0[0] - ddx, p0[1] - ddy),
               (p1[0] - ddx, p1[1] - ddy), (p1[0] + ddx, p1[1] + ddy)]
        _fill_convex(img, pts, color, line_type, _SHIFT)
    for i, p in enumerate((p0, p1)):
        if flags & (i + 1):
            _circle(img, (p[0] + _HALF) >> _SHIFT, (p[1] + _HALF) >> _SHIFT,
                    (thickness + _HALF) >> _SHIFT, color, True)


def _poly_line(img, v, closed, color, thickness, line_type, shift):
    if not v:
        return
    i = len(v) - 1 if closed else 0
    flags = 2 if closed else 3
    p0 = v[i]
    for i in range(0 if closed else 1, len(v)):
        _thick_line(img, p0, v[i], color, thickness, line_type, flags, shift)
        p0 = v[i]
        flags = 2


_SIN = None


def _sin_table():
    global _SIN
    if _SIN is None:
        _SIN = [float(_np.float32(round(_math.sin(_math.radians(a)), 7))) for a in range(451)]
    return _SIN


def _ellipse_points(cx, cy, ax, ay, delta):
    """ellipse2Poly for a whole turn at angle 0, in fixed point."""
    table = _sin_table()
    pts = []
    i = 0
    while i < 360 + delta:
        a = min(i, 360)
        pts.append((cx + ax * table[450 - a], cy + ay * table[a]))
        i += delta
    out = []
    for x, y in pts:
        px = int(round(x / _ONE)) << _SHIFT
        py = int(round(y / _ONE)) << _SHIFT
        p = (px + int(round(x - px)), py + int(round(y - py)))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) == 1:
        out = [(cx, cy), (cx, cy)]
    return out


def _check_line_type(line_type):
    if line_type == _cv2.LINE_AA:
        raise _cv2.error("taipan's cv2 has no LINE_AA drawing (use LINE_8)")
    if line_type not in (1, 4, 8, 0):
        raise _cv2.error("(-215:Assertion failed) line_type == 1 || line_type == 4 || "
                         "line_type == 8 || line_type == 16")


def _check_shift(shift):
    if shift != 0:
        raise _cv2.error("taipan's cv2 draws with shift=0 only")


def line(img, pt1, pt2, color, thickness=1, lineType=8, shift=0):
    """Draws a segment on img in place (and returns img)."""
    _check_image(img, "line")
    _check_line_type(lineType)
    _check_shift(shift)
    if not 0 <= thickness <= _MAX_THICKNESS:
        raise _cv2.error("(-215:Assertion failed) 0 < thickness && thickness <= MAX_THICKNESS "
                         "in function 'line'")
    p1, p2 = _point(pt1, "pt1"), _point(pt2, "pt2")
    if thickness > 1:
        # OpenCV 4.13 first cuts a thick line to the image grown by thickness.
        h, w, m = img.shape[0], img.shape[1], thickness
        seg = _clip(w + 2 * m, h + 2 * m, p1[0] + m, p1[1] + m, p2[0] + m, p2[1] + m)
        if seg is None:
            return img
        p1, p2 = (seg[0] - m, seg[1] - m), (seg[2] - m, seg[3] - m)
    _thick_line(img, p1, p2, _raw_color(img, color), thickness, lineType, 3, 0)
    return img


def rectangle(img, pt1, pt2, color=None, thickness=1, lineType=8, shift=0):
    """Draws a rectangle on img in place: corners pt1 and pt2 (inclusive),
    or rec = (x, y, w, h); thickness < 0 fills it."""
    _check_image(img, "rectangle")
    if hasattr(pt1, "__len__") and len(pt1) == 4:
        rec = [int(v) for v in pt1]
        if color is not None:
            thickness = color
        if isinstance(pt2, dict):
            pt2 = None
        color = pt2
        if rec[2] <= 0 or rec[3] <= 0:
            return img
        pt1 = (rec[0], rec[1])
        pt2 = (rec[0] + rec[2] - 1, rec[1] + rec[3] - 1)
    _check_line_type(lineType)
    _check_shift(shift)
    if thickness > _MAX_THICKNESS:
        raise _cv2.error("(-215:Assertion failed) thickness <= MAX_THICKNESS in function 'rectangle'")
    raw = _raw_color(img, color)
    (x1, y1), (x2, y2) = _point(pt1, "pt1"), _point(pt2, "pt2")
    v = [(x1, y1), (x2, y1), (x2, y2), (x1, y2)]
    if thickness >= 0:
        _poly_line(img, v, True, raw, thickness, lineType, 0)
    else:
        _fill_convex(img, v, raw, lineType, 0)
    return img


def circle(img, center, radius, color, thickness=1, lineType=8, shift=0):
    """Draws a circle on img in place; thickness < 0 fills it."""
    _check_image(img, "circle")
    _check_line_type(lineType)
    _check_shift(shift)
    radius = int(radius)
    if radius < 0 or thickness > _MAX_THICKNESS:
        raise _cv2.error("(-215:Assertion failed) radius >= 0 && thickness <= MAX_THICKNESS && "
                         "0 <= shift && shift <= XY_SHIFT in function 'circle'")
    raw = _raw_color(img, color)
    cx, cy = _point(center, "center")
    if thickness > 1 or lineType not in (8, 0):
        r = radius << _SHIFT
        n = (r + _HALF) >> _SHIFT
        delta = 90 if n < 3 else 30 if n < 10 else 18 if n < 15 else 5
        v = _ellipse_points(cx << _SHIFT, cy << _SHIFT, r, r, delta)
        if thickness >= 0:
            _poly_line(img, v, False, raw, thickness, lineType, _SHIFT)
        else:
            _fill_convex(img, v, raw, lineType, _SHIFT)
    else:
        _circle(img, cx, cy, radius, raw, thickness < 0)
    return img


def _points_of(pts):
    arr = _np.asarray(pts)
    if arr.dtype.kind not in "iu" or arr.size % 2:
        raise _cv2.error("(-215:Assertion failed) p.checkVector(2, CV_32S) >= 0")
    return [(int(a), int(b)) for a, b in arr.reshape(-1, 2)]


def polylines(img, pts, isClosed, color, thickness=1, lineType=8, shift=0):
    """Draws polygonal chains (a list of Nx1x2 or Nx2 int32 arrays)."""
    _check_image(img, "polylines")
    _check_line_type(lineType)
    _check_shift(shift)
    raw = _raw_color(img, color)
    for p in pts:
        _poly_line(img, _points_of(p), bool(isClosed), raw, thickness, lineType, 0)
    return img


def fillConvexPoly(img, points, color, lineType=8, shift=0):
    """Fills a convex polygon (Nx2 int32 points)."""
    _check_image(img, "fillConvexPoly")
    _check_line_type(lineType)
    _check_shift(shift)
    _fill_convex(img, _points_of(points), _raw_color(img, color), lineType, 0)
    return img


def _poly_edges(img, v, color, line_type, shift, offset, edges):
    """CollectPolyEdges: draws the outline of polygon v and adds its
    non-horizontal edges [y0, y1, x, dx] (x in 16.16 fixed point, moved to
    where the outline enters the image) to edges."""
    h, w = img.shape[0], img.shape[1]
    delta = offset[1] + ((1 << shift) >> 1)

    def fixed(p):
        return (p[0] + offset[0]) << (_SHIFT - shift), (p[1] + delta) >> shift

    p0 = fixed(v[-1])
    for p in v:
        p1 = fixed(p)
        t0 = ((p0[0] + _HALF) >> _SHIFT, p0[1])
        t1 = ((p1[0] + _HALF) >> _SHIFT, p1[1])
        _line(img, t0, t1, color, 4 if line_type in (1, 4) else 8)
        (x0, y0), (x1, y1) = t0, t1
        if not all(0 <= t[0] < w and 0 <= t[1] < h for t in (t0, t1)):
            x0, y0, x1, y1, _ = _clip_ends(w, h, x0, y0, x1, y1)
            if y0 == y1:
                y0, y1 = p0[1], p1[1]
        # The clipped ends' x always, their y only when it still spans rows.
        c0, c1 = (x0 << _SHIFT, y0), (x1 << _SHIFT, y1)
        if p0[1] != p1[1]:
            dx = _tdiv(c1[0] - c0[0], c1[1] - c0[1])
            top, c = (p0, c0) if p0[1] < p1[1] else (p1, c1)
            edges.append([top[1], max(p0[1], p1[1]), c[0] + (top[1] - c[1]) * dx, dx])
        p0 = p1


def _fill_edges(img, edges, color):
    """FillEdgeCollection: fills between pairs of active edges, row by
    row, keeping the active list in OpenCV's order (edges are [y0, y1, x,
    dx])."""
    h, w = img.shape[0], img.shape[1]
    if len(edges) < 2:
        return
    ends = [e[2] + (e[1] - e[0]) * e[3] for e in edges]
    if (max(e[1] for e in edges) < 0 or min(e[0] for e in edges) >= h
            or max(max(e[2] for e in edges), max(ends)) < 0
            or min(min(e[2] for e in edges), min(ends)) >= w << _SHIFT):
        return
    edges.sort(key=lambda e: (e[0], e[2], e[3]))
    y_max = min(max(e[1] for e in edges), h)
    i, active = 0, []
    for y in range(edges[0][0], y_max):
        active = [e for e in active if e[1] != y]
        k, merged = 0, []
        while k < len(active) or (i < len(edges) and edges[i][0] == y):
            if k < len(active) and (i >= len(edges) or edges[i][0] > y or active[k][2] < edges[i][2]):
                merged.append(active[k])
                k += 1
            else:
                merged.append(edges[i])
                i += 1
        for a, b in zip(merged[0::2], merged[1::2]):
            if y >= 0:
                lo, hi = (b, a) if a[2] > b[2] else (a, b)
                x1, x2 = (lo[2] + _ONE - 1) >> _SHIFT, hi[2] >> _SHIFT
                if x1 < w and x2 >= 0 and max(x1, 0) <= min(x2, w - 1):
                    img[y, max(x1, 0):min(x2, w - 1) + 1] = color
            a[2] += a[3]
            b[2] += b[3]
        active = sorted(merged, key=lambda e: e[2])


def fillPoly(img, pts, color, lineType=8, shift=0, offset=(0, 0)):
    """Fills the area bounded by one or more polygons (a list of Nx2 or
    Nx1x2 int32 arrays): OpenCV's edge-list scan, which fills between
    alternate crossings of each row."""
    _check_image(img, "fillPoly")
    _check_line_type(lineType)
    if not 0 <= shift <= _SHIFT:
        raise _cv2.error("(-215:Assertion failed) pts && npts && ncontours >= 0 && "
                         "0 <= shift && shift <= XY_SHIFT in function 'fillPoly'")
    raw = _raw_color(img, color)
    edges = []
    for p in pts:
        v = _points_of(p)
        if v:
            _poly_edges(img, v, raw, lineType, shift, _point(offset, "offset"), edges)
    _fill_edges(img, edges, raw)
    return img


def _contours_to_draw(count, contourIdx, hierarchy, maxLevel):
    """The indices drawContours draws: the chosen contour (or all), and
    with a hierarchy their nested contours down to maxLevel levels."""
    if contourIdx >= count:
        raise _cv2.error("(-215:Assertion failed) 0 <= contourIdx && contourIdx < (int)last "
                         "in function 'drawContours'")
    chosen = [contourIdx] if contourIdx >= 0 else list(range(count))
    if hierarchy is None or maxLevel == 0:
        return chosen
    if maxLevel < 0:
        raise _cv2.error("taipan's cv2.drawContours takes maxLevel >= 0 only")
    links = _np.asarray(hierarchy).reshape(-1, 4).tolist()
    if contourIdx < 0:
        chosen = [i for i in range(count) if links[i][3] < 0]
    out = []
    stack = [(i, 0) for i in reversed(chosen)]
    while stack:
        i, depth = stack.pop()
        out.append(i)
        child = links[i][2]
        while child >= 0 and depth < maxLevel:
            stack.append((child, depth + 1))
            child = links[child][0]
    return out


def drawContours(image, contours, contourIdx, color, thickness=1, lineType=8, hierarchy=None,
                 maxLevel=2147483647, offset=None):
    """Draws contours (findContours' output) as closed polylines, or fills
    them together (thickness < 0, holes left open), as OpenCV does."""
    _check_image(image, "drawContours")
    ox, oy = (0, 0) if offset is None else _point(offset, "offset")
    which = _contours_to_draw(len(contours), int(contourIdx), hierarchy, int(maxLevel))
    pts = [_np.asarray(contours[i]).reshape(-1, 2) + _np.array([ox, oy], dtype=_np.int32)
           for i in which]
    if thickness < 0:
        return fillPoly(image, pts, color, lineType)
    return polylines(image, pts, True, color, thickness, lineType)
