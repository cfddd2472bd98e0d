"""cv2's shape analysis for taipan: findContours (Suzuki's border
following as OpenCV 4.13 runs it, with the same contour order, starting
points and hierarchy), boundingRect, contourArea, arcLength,
approxPolyDP, convexHull (Sklansky's scan, OpenCV's point order), moments,
boxPoints and connectedComponents(WithStats).

The image is scanned as OpenCV does: padded by one zero pixel, every
non-zero pixel made 1, borders marked with signed 8-bit labels (a label
with the "right edge" bit set is negative), so the parents found through
the last border met on a row are OpenCV's.
"""

import math as _math
import numpy as _np

RETR_EXTERNAL = 0
RETR_LIST = 1
RETR_CCOMP = 2
RETR_TREE = 3
CHAIN_APPROX_NONE = 1
CHAIN_APPROX_SIMPLE = 2
CHAIN_APPROX_TC89_L1 = 3
CHAIN_APPROX_TC89_KCOS = 4

# Chain code directions: right, up-right, up, up-left, left, down-left,
# down, down-right.
_DX = (1, 1, 0, -1, -1, -1, 0, 1)
_DY = (0, -1, -1, -1, 0, 1, 1, 1)


class _Node:
    """A contour of the tree (node 0 is the frame, a hole)."""

    def __init__(self, is_hole):
        self.is_hole = is_hole
        self.parent = -1
        self.first_child = -1
        self.prev = -1
        self.next = -1
        self.ctable_next = -1
        self.points = []
        self.origin = (0, 0)
        self.rect = (0, 0, 0, 0)


def _error(msg):
    import cv2
    return cv2.error(msg)


class _Scanner:
    """OpenCV's raster scan over the padded, marked image."""

    def __init__(self, img, mode, direct, offset):
        h, w = img.shape
        self.w = w + 2
        self.width = w + 1
        self.height = h + 1
        pad = _np.zeros((h + 2, w + 2), dtype=_np.int64)
        pad[1:h + 1, 1:w + 1] = img != 0
        self.img = pad.ravel().tolist()
        # the first and last foreground column of each row (borders are
        # only ever marked on foreground pixels, so the rest scans as 0)
        any_fg = pad.any(axis=1)
        self.first = _np.where(any_fg, pad.argmax(axis=1), 0).tolist()
        self.last = _np.where(any_fg, w + 1 - pad[:, ::-1].argmax(axis=1), -1).tolist()
        step = self.w
        self.deltas = [_DX[s] + _DY[s] * step for s in range(8)]
        self.mode = mode
        self.simple = mode in (RETR_EXTERNAL, RETR_LIST)
        self.direct = direct
        self.offset = (offset[0] - 1, offset[1] - 1)
        self.nodes = [_Node(True)]
        self.ctable = [-1] * 128
        self.nbd = 2

    def _first_turn(self, i0, hole):
        """The direction of the first non-zero neighbour, turning clockwise
        from the start direction, and whether there is none."""
        img, deltas = self.img, self.deltas
        s_end = 0 if hole else 4
        s = s_end
        while True:
            s = (s - 1) & 7
            if img[i0 + deltas[s]] != 0 or s == s_end:
                return s, s == s_end

    def _next_turn(self, i3, s):
        """The next non-zero neighbour of i3 counter-clockwise after s."""
        img, deltas = self.img, self.deltas
        s = min(s, 15)
        i4 = i3
        while s < 15:
            s += 1
            i4 = i3 + deltas[s & 7]
            if img[i4] != 0:
                break
        return i4, s & 7

    def fetch(self, node, x, y, nbd):
        """Follows the border starting at (x, y), marking it with nbd and
        storing its points and bounding rectangle in node."""
        img = self.img
        i0 = y * self.w + x
        s, single = self._first_turn(i0, node.is_hole)
        px, py = x + self.offset[0], y + self.offset[1]
        points = node.points
        rect = [x, y, x, y]
        if single:
            img[i0] = nbd - 128
            points.append((px, py))
        else:
            i1 = i0 + self.deltas[s]
            i3 = i0
            prev_s = s ^ 4
            cx, cy = x, y
            while True:
                s_end = s
                i4, s = self._next_turn(i3, s)
                if 0 < s <= s_end:
                    img[i3] = nbd - 128
                elif img[i3] == 1:
                    img[i3] = nbd
                if s != prev_s or self.direct:
                    points.append((px, py))
                if s != prev_s:
                    _grow(rect, cx, cy)
                prev_s = s
                px += _DX[s]
                py += _DY[s]
                cx += _DX[s]
                cy += _DY[s]
                if i4 == i0 and i3 == i1:
                    break
                i3 = i4
                s = (s + 4) & 7
        node.rect = (rect[0], rect[1], rect[2] - rect[0] + 1, rect[3] - rect[1] + 1)

    def trace_reaches(self, origin, end, hole):
        """OpenCV's icvTraceContour: whether following the border from
        origin meets end as the last border of the row scan."""
        img, deltas = self.img, self.deltas
        i0 = origin[1] * self.w + origin[0]
        stop = end[1] * self.w + end[0]
        s, single = self._first_turn(i0, hole)
        if single:
            return i0 == stop
        i1 = i0 + deltas[s]
        i3 = i0
        while True:
            i4, s = self._next_turn(i3, s)
            if i3 == stop:
                if img[i3] >= 0:
                    return True
                t = s
                while True:
                    t = (t - 1) & 7
                    if img[i3 + deltas[t]] != 0:
                        break
                    if t == 0:
                        return True
            if i4 == i0 and i3 == i1:
                return False
            i3 = i4
            s = (s + 4) & 7

    def bounding_parent(self, last, y, lval):
        """The first contour labelled lval whose rectangle holds last."""
        res = -1
        cur = self.ctable[lval]
        while cur != -1:
            node = self.nodes[cur]
            rx, ry, rw, rh = node.rect
            if last[0] - rx < rw and last[1] - ry < rh:
                if res != -1:
                    top = self.nodes[res]
                    if self.trace_reaches(top.origin, (last[0], y), top.is_hole):
                        break
                res = cur
            cur = node.ctable_next
        return res

    def parent_of(self, is_hole, last, y):
        """The node a new border found after `last` hangs under."""
        if self.simple or (not is_hole and self.mode == RETR_CCOMP) or last[0] <= 0:
            return 0
        lval = self.img[last[1] * self.w + last[0]] & 127
        parent = self.bounding_parent(last, y, lval)
        node = self.nodes[parent]
        if node.is_hole == is_hole:
            parent = node.parent if node.parent != -1 else 0
        return parent

    def add(self, parent, is_hole, x, y):
        """Traces a new border starting at (x, y) and links it as the first
        child of parent."""
        node = _Node(is_hole)
        idx = len(self.nodes)
        self.nodes.append(node)
        start = (x - 1 if is_hole else x, y)
        if self.simple:
            self.fetch(node, start[0], start[1], 2)
        else:
            lval = self.nbd
            self.nbd = (self.nbd + 1) & 127
            if self.nbd == 0:
                self.nbd = 3
            self.fetch(node, start[0], start[1], lval)
            node.ctable_next = self.ctable[lval]
            self.ctable[lval] = idx
        node.origin = start
        top = self.nodes[parent]
        if top.first_child != -1:
            self.nodes[top.first_child].prev = idx
            node.next = top.first_child
        top.first_child = idx
        node.parent = parent

    def border_start(self, prev, p, last, x, y):
        """Whether (x, y) starts a border to follow; follows it if so."""
        is_hole = False
        if not (prev == 0 and p == 1):
            if p != 0 or prev < 1:
                return False
            if prev & -2:
                last[0] = x - 1
            is_hole = True
        if self.mode == RETR_EXTERNAL and (is_hole or self.img[last[1] * self.w + last[0]] > 0):
            return False
        parent = self.parent_of(is_hole, last, y)
        last[0] = x - 1 if is_hole else x
        self.add(parent, is_hole, x, y)
        return True

    def scan(self):
        """The whole raster scan."""
        img, w = self.img, self.w
        for y in range(1, self.height):
            if self.last[y] < 0:
                continue
            last = [0, y]
            prev = 0
            x = self.first[y]
            end = min(self.last[y] + 2, self.width)
            row = y * w
            while x < end:
                p = img[row + x]
                if p == prev:
                    x += 1
                    continue
                if self.border_start(prev, p, last, x, y):
                    prev = img[row + x]
                    x += 1
                    continue
                prev = p
                if prev & -2:
                    last[0] = x
                x += 1

    def results(self):
        """(contours, hierarchy) in OpenCV's depth-first order."""
        nodes = self.nodes
        if len(nodes) == 1:
            return (), None
        order = []
        stack = [0]
        while stack:
            idx = stack.pop()
            order.append(idx)
            kids = []
            cur = nodes[idx].first_child
            while cur != -1:
                kids.append(cur)
                cur = nodes[cur].next
            stack.extend(reversed(kids))
        order = order[1:]
        index = {-1: -1, 0: -1}
        for i, idx in enumerate(order):
            index[idx] = i
        contours = tuple(_np.array(nodes[i].points, dtype=_np.int32).reshape(-1, 1, 2) for i in order)
        links = [[index[nodes[i].next], index[nodes[i].prev], index[nodes[i].first_child],
                  index[nodes[i].parent]] for i in order]
        return contours, _np.array([links], dtype=_np.int32)


def _grow(rect, x, y):
    """OpenCV's running bounds (x, y, max x, max y), updated as it does."""
    if x < rect[0]:
        rect[0] = x
    elif x > rect[2]:
        rect[2] = x
    if y < rect[1]:
        rect[1] = y
    elif y > rect[3]:
        rect[3] = y


def findContours(image, mode, method, contours=None, hierarchy=None, offset=None):
    """(contours, hierarchy) of the non-zero regions of a uint8 image, as
    OpenCV 4.13 finds them (RETR_EXTERNAL, LIST, CCOMP, TREE;
    CHAIN_APPROX_NONE and SIMPLE)."""
    img = _np.asarray(image)
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.dtype == _np.bool_:
        raise _error("Expected Ptr<cv::UMat> for argument 'image'")
    if img.dtype != _np.uint8 or img.ndim != 2:
        raise _error("(-2:Unspecified error) Modes other than RETR_FLOODFILL and RETR_CCOMP "
                     "support only CV_8UC1 images (expected: 'img.type() == CV_8UC1')")
    if mode not in (RETR_EXTERNAL, RETR_LIST, RETR_CCOMP, RETR_TREE):
        raise _error("(-2:Unspecified error) Wrong extraction mode")
    if method not in (CHAIN_APPROX_NONE, CHAIN_APPROX_SIMPLE):
        if method in (0, CHAIN_APPROX_TC89_L1, CHAIN_APPROX_TC89_KCOS):
            raise _error("taipan's cv2.findContours has no chain code or TC89 approximation")
        raise _error("(-2:Unspecified error) Wrong approximation method")
    ox, oy = (0, 0) if offset is None else (int(offset[0]), int(offset[1]))
    scanner = _Scanner(img, mode, method == CHAIN_APPROX_NONE, (ox, oy))
    scanner.scan()
    return scanner.results()


def _points(curve, func):
    """A point set as an (n, 2) int32 or float32 array (int64 arrays
    become int32, as OpenCV's bindings convert them)."""
    a = _np.asarray(curve)
    if a.dtype == _np.int64:
        a = a.astype(_np.int32)
    if a.size == 0:
        return _np.zeros((0, 2), dtype=_np.int32)
    if a.dtype not in (_np.int32, _np.float32) or a.shape[-1] != 2 or a.size // 2 * 2 != a.size \
            or (a.ndim == 3 and 1 not in a.shape[:2]) or a.ndim > 3:
        raise _error("(-215:Assertion failed) npoints >= 0 && (depth == CV_32F || depth == CV_32S) "
                     "in function '%s'" % func)
    return a.reshape(-1, 2)


def boundingRect(array):
    """(x, y, w, h): the smallest upright rectangle holding a point set, or
    the non-zero pixels of a one-channel uint8 image."""
    a = _np.asarray(array)
    if a.ndim == 2 and a.dtype == _np.uint8:
        ys, xs = _np.nonzero(a)
        if xs.size == 0:
            return (0, 0, 0, 0)
        x0, y0 = int(xs.min()), int(ys.min())
        return (x0, y0, int(xs.max()) - x0 + 1, int(ys.max()) - y0 + 1)
    pts = _points(a, "pointSetBoundingRect")
    if pts.shape[0] == 0:
        return (0, 0, 0, 0)
    if pts.dtype == _np.float32:
        lo = _np.floor(pts.min(axis=0)).astype(_np.int64)
        hi = _np.floor(pts.max(axis=0)).astype(_np.int64)
    else:
        lo, hi = pts.min(axis=0).astype(_np.int64), pts.max(axis=0).astype(_np.int64)
    return (int(lo[0]), int(lo[1]), int(hi[0] - lo[0] + 1), int(hi[1] - lo[1] + 1))


def contourArea(contour, oriented=False):
    """The area of a polygon by the shoelace formula (float32 points,
    double products, as OpenCV sums them)."""
    pts = _points(contour, "contourArea").astype(_np.float32).astype(_np.float64)
    n = pts.shape[0]
    if n == 0:
        return 0.0
    xs, ys = pts[:, 0].tolist(), pts[:, 1].tolist()
    area = 0.0
    px, py = xs[n - 1], ys[n - 1]
    for i in range(n):
        area += px * ys[i] - py * xs[i]
        px, py = xs[i], ys[i]
    area *= 0.5
    return area if oriented else abs(area)


def arcLength(curve, closed):
    """The length of a polyline (float32 steps, summed in double)."""
    pts = _points(curve, "arcLength").astype(_np.float32)
    n = pts.shape[0]
    if n <= 1:
        return 0.0
    start = pts[n - 1:n] if closed else pts[0:1]
    d = _np.diff(_np.concatenate([start, pts]), axis=0)
    steps = _np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    total = 0.0
    for v in steps.tolist():
        total += v
    return total


CC_STAT_LEFT = 0
CC_STAT_TOP = 1
CC_STAT_WIDTH = 2
CC_STAT_HEIGHT = 3
CC_STAT_AREA = 4
_EMPTY_STATS = [-1, 2147483647, 0, 0, 0]


def _runs(img):
    """The runs of non-zero pixels, row by row: (rows, starts, ends), ends
    exclusive."""
    h, w = img.shape
    b = _np.zeros((h, w + 2), dtype=_np.int8)
    b[:, 1:w + 1] = img != 0
    d = _np.diff(b, axis=1)
    rows, starts = _np.nonzero(d == 1)
    _, ends = _np.nonzero(d == -1)
    return rows.tolist(), starts.tolist(), ends.tolist()


def _find(parent, i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _join_runs(rows, starts, ends, reach):
    """Union-find over runs: runs on neighbouring rows that overlap (or
    touch diagonally, with reach 1) are one component."""
    parent = list(range(len(rows)))
    above = 0
    for i in range(len(rows)):
        y = rows[i]
        while above < i and rows[above] < y - 1:
            above += 1
        j = above
        while j < i and rows[j] == y - 1:
            if starts[j] < ends[i] + reach and starts[i] < ends[j] + reach:
                a, b = _find(parent, i), _find(parent, j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            j += 1
    return [_find(parent, i) for i in range(len(rows))]


def _labels(img, connectivity):
    """(count, labels, runs, run labels) numbered as OpenCV's default
    algorithms number them: 8-connected components in the order of their
    first 2x2 block (Spaghetti scans blocks of two rows), 4-connected ones
    in the order of their first pixel."""
    rows, starts, ends = _runs(img)
    roots = _join_runs(rows, starts, ends, 1 if connectivity == 8 else 0)
    first = {}
    for i, r in enumerate(roots):
        key = (rows[i] // 2, starts[i] // 2) if connectivity == 8 else (rows[i], starts[i])
        if r not in first or key < first[r]:
            first[r] = key
    order = sorted(first, key=lambda r: first[r])
    number = {r: n + 1 for n, r in enumerate(order)}
    run_labels = [number[r] for r in roots]
    return len(order) + 1, (rows, starts, ends), run_labels


def _cc_args(image, connectivity, ltype):
    img = _np.asarray(image)
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.dtype not in (_np.uint8, _np.int8) or img.ndim != 2:
        raise _error("(-215:Assertion failed) iDepth == CV_8U || iDepth == CV_8S "
                     "in function 'connectedComponents_sub1'")
    if connectivity not in (4, 8):
        raise _error("(-215:Assertion failed) connectivity == 8 || connectivity == 4 "
                     "in function 'connectedComponents_sub1'")
    if ltype not in (4, 2):
        raise _error("(-215:Assertion failed) iDepth == CV_16U || iDepth == CV_32S "
                     "in function 'connectedComponents_sub1'")
    return img, _np.int32 if ltype == 4 else _np.uint16


def _paint(shape, runs, run_labels, dtype):
    out = _np.zeros(shape, dtype=dtype)
    rows, starts, ends = runs
    for i in range(len(rows)):
        out[rows[i], starts[i]:ends[i]] = run_labels[i]
    return out


def connectedComponents(image, labels=None, connectivity=8, ltype=4):
    """(count, labels): the connected components of the non-zero pixels,
    labelled 1.. as OpenCV's default algorithm labels them (0 is the
    background)."""
    img, dtype = _cc_args(image, connectivity, ltype)
    n, runs, run_labels = _labels(img, connectivity)
    return n, _paint(img.shape, runs, run_labels, dtype)


def connectedComponentsWithStats(image, labels=None, stats=None, centroids=None,
                                 connectivity=8, ltype=4):
    """(count, labels, stats, centroids): connectedComponents with each
    label's bounding box and area (CC_STAT_*) and its centroid."""
    img, dtype = _cc_args(image, connectivity, ltype)
    n, runs, run_labels = _labels(img, connectivity)
    out = _paint(img.shape, runs, run_labels, dtype)
    # per label: min x, min y, max x, max y, area, sum of x, sum of y
    acc = [[1 << 62, 1 << 62, -1, -1, 0, 0, 0] for _ in range(n)]
    ys, xs = _np.nonzero(out == 0)
    if xs.size:
        acc[0] = [int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()), int(xs.size),
                  int(xs.sum()), int(ys.sum())]
    rows, starts, ends = runs
    for i in range(len(rows)):
        a = acc[run_labels[i]]
        y, x0, x1 = rows[i], starts[i], ends[i]
        a[0], a[1], a[2], a[3] = min(a[0], x0), min(a[1], y), max(a[2], x1 - 1), max(a[3], y)
        a[4] += x1 - x0
        a[5] += (x0 + x1 - 1) * (x1 - x0) // 2
        a[6] += y * (x1 - x0)
    st = _np.zeros((n, 5), dtype=_np.int32)
    cent = _np.zeros((n, 2), dtype=_np.float64)
    for lab in range(n):
        a = acc[lab]
        if a[4] == 0:
            st[lab] = _EMPTY_STATS
            cent[lab] = (_np.nan, _np.nan)
        else:
            st[lab] = [a[0], a[1], a[2] - a[0] + 1, a[3] - a[1] + 1, a[4]]
            cent[lab] = (a[5] / a[4], a[6] / a[4])
    return n, out, st, cent


def _dp_split(pts, count, eps, stack, out):
    """Douglas-Peucker over the slices on the stack: a slice whose points
    all lie within eps of its chord keeps only its start point."""
    sub, mul = pts.sub, pts.mul
    while stack:
        start, end = stack.pop()
        ex, ey = pts.at(end)
        sx, sy = pts.at(start)
        pos = (start + 1) % count
        if pos == end:
            out.append((sx, sy))
            continue
        dx, dy = float(sub(ex, sx)), float(sub(ey, sy))
        seg = dx * dx + dy * dy
        best, split = 0.0, start
        while pos != end:
            px, py = pts.at(pos)
            pos = (pos + 1) % count
            ax, ay = sub(px, sx), sub(py, sy)
            proj = ax * dx + ay * dy
            if proj < 0:
                d = float(mul(ax, ax) + mul(ay, ay)) * seg if pts.exact else \
                    float(pts.f32(pts.f32(ax * ax) + pts.f32(ay * ay))) * seg
            elif proj > seg:
                bx, by = sub(px, ex), sub(py, ey)
                d = float(bx * bx + by * by) * seg if pts.exact else \
                    float(pts.f32(pts.f32(bx * bx) + pts.f32(by * by))) * seg
            else:
                c = ay * dx - ax * dy
                d = c * c
            if d > best:
                best, split = d, (pos + count - 1) % count
        if best <= eps * seg:
            out.append((sx, sy))
        else:
            stack.append((split, end))
            stack.append((start, split))


class _DPPoints:
    """The points of approxPolyDP with OpenCV's arithmetic on them: exact
    integers, or float32 differences and squares."""

    def __init__(self, arr):
        self.exact = arr.dtype == _np.int32
        vals = arr.tolist()
        self.xs = [v[0] for v in vals]
        self.ys = [v[1] for v in vals]

    def at(self, i):
        return self.xs[i], self.ys[i]

    def f32(self, v):
        return v if self.exact else float(_np.float32(v))

    def sub(self, a, b):
        return a - b if self.exact else float(_np.float32(a - b))

    def mul(self, a, b):
        return a * b


def _dp_seed(pts, count, eps, closed):
    """The first slices: the whole open curve, or a closed curve cut at two
    nearly farthest points (three rounds of farthest-point search)."""
    if not closed:
        if pts.at(0) != pts.at(count - 1):
            return [(0, count - 1)], False, None
        closed, iters = True, 1
    else:
        iters = 3
    right, pos, far = 0, 0, False
    start = None
    for _ in range(iters):
        pos = (pos + right) % count
        sx, sy = pts.at(pos)
        start = (sx, sy)
        pos = (pos + 1) % count
        best = 0.0
        for j in range(1, count):
            px, py = pts.at(pos)
            pos = (pos + 1) % count
            dx, dy = float(pts.sub(px, sx)), float(pts.sub(py, sy))
            d = dx * dx + dy * dy
            if d > best:
                best, right = d, j
        far = best > eps
    if not far:
        return [], True, start
    first = pos % count
    mid = (right + first) % count
    return [(mid, first), (first, mid)], True, None


def _dp_clean(pts, out, eps, closed):
    """OpenCV's last pass: drops points on almost straight runs."""
    count = len(out)
    new_count = count
    res = list(out)
    pos = count - 1 if closed else 0
    start = res[pos]
    pos = (pos + 1) % count
    wpos = pos
    pt = res[pos]
    pos = (pos + 1) % count
    i = 0 if closed else 1
    while i < count - (0 if closed else 1) and new_count > 2:
        end = res[pos]
        pos = (pos + 1) % count
        dx, dy = float(pts.sub(end[0], start[0])), float(pts.sub(end[1], start[1]))
        ax, ay = pts.sub(pt[0], start[0]), pts.sub(pt[1], start[1])
        dist = abs(ax * dy - ay * dx)
        bx, by = pts.sub(end[0], pt[0]), pts.sub(end[1], pt[1])
        inner = ax * bx + ay * by if pts.exact else pts.f32(pts.f32(ax * bx) + pts.f32(ay * by))
        if dist * dist <= 0.5 * eps * (dx * dx + dy * dy) and dx != 0 and dy != 0 and inner >= 0:
            new_count -= 1
            res[wpos] = start = end
            wpos = (wpos + 1) % count
            pt = res[pos]
            pos = (pos + 1) % count
            i += 2
            continue
        res[wpos] = start = pt
        wpos = (wpos + 1) % count
        pt = end
        i += 1
    if not closed:
        res[wpos] = pt
    return res[:new_count]


def approxPolyDP(curve, epsilon, closed, approxCurve=None):
    """The curve simplified by Douglas-Peucker within epsilon, as OpenCV
    4.13 computes it (its start points, its final clean-up pass)."""
    if epsilon < 0.0 or not epsilon < 1e30:
        raise _error("(-211:One of the arguments' values is out of range) Epsilon not valid.")
    arr = _points(curve, "approxPolyDP")
    if arr.shape[0] == 0:
        return None
    pts = _DPPoints(arr)
    count = arr.shape[0]
    eps = float(epsilon) * float(epsilon)
    stack, is_closed, single = _dp_seed(pts, count, eps, bool(closed))
    out = [] if single is None else [single]
    _dp_split(pts, count, eps, stack, out)
    if not is_closed:
        out.append(pts.at(count - 1))
    out = _dp_clean(pts, out, eps, bool(closed))
    return _np.array(out, dtype=arr.dtype).reshape(-1, 1, 2)


def _f32(v):
    """v rounded to float32 (one rounding of an exact or double result is
    the float32 result of +, -, *, / and sqrt of float32 operands)."""
    return float(_np.float32(v))


def _sign(v):
    return (v > 0) - (v < 0)


def _unit(x, y):
    """cv::normalize of a float32 2-vector: float32 squared norm, float32
    square root, each part scaled in double and rounded to float32."""
    nv = _f32(_math.sqrt(_f32(_f32(x * x) + _f32(y * y))))
    alpha = 1.0 / nv if nv else 0.0
    return _f32(x * alpha), _f32(y * alpha)


def _sklansky(pts, start, end, nsign, sign2, is_float):
    """OpenCV's Sklansky scan of the sorted points from start to end: the
    indices (into pts) of one quarter of the hull."""
    incr = 1 if end > start else -1
    pprev, pcur, pnext = start, start + incr, start + 2 * incr
    if start == end or pts[start] == pts[end]:
        return [start]
    stack = [pprev, pcur, pnext]
    end += incr
    while pnext != end:
        cury, nexty = pts[pcur][1], pts[pnext][1]
        by = _f32(nexty - cury) if is_float else nexty - cury
        if _sign(by) != nsign:
            ax, ay = pts[pcur][0] - pts[pprev][0], cury - pts[pprev][1]
            bx = pts[pnext][0] - pts[pcur][0]
            if is_float:
                ax, ay, bx = _f32(ax), _f32(ay), _f32(bx)
                ax, ay = _unit(ax, ay)
                bx, by = _unit(bx, by)
            convexity = ay * bx - ax * by
            if _sign(convexity) == sign2 and (ax != 0 or ay != 0):
                pprev, pcur = pcur, pnext
                pnext += incr
                stack.append(pnext)
            elif pprev == start:
                pcur = pnext
                pnext += incr
                stack[1:] = [pcur, pnext]
            else:
                stack[-2] = pnext
                pcur = pprev
                pprev = stack[-4]
                stack.pop()
        else:
            pnext += incr
            stack[-1] = pnext
    return stack[:-1]


def _hull_order(hull):
    """OpenCV's cyclic shift making the hull's indices ascend or descend
    when they can."""
    n = len(hull)
    if n < 3:
        return hull
    lo = hi = lt = 0
    for i in range(1, n):
        lt += hull[i - 1] < hull[i]
        if 1 < lt <= i - 2:
            break
        if hull[i] < hull[lo]:
            lo = i
        if hull[i] > hull[hi]:
            hi = i
    dist = abs(hi - lo)
    if (dist == 1 or dist == n - 1) and (lt <= 1 or lt >= n - 2):
        ascending = (hi + 1) % n == lo
        i0 = lo if ascending else hi
        if i0 > 0:
            shifted = hull[i0:] + hull[:i0]
            if all(ascending == (shifted[i] < shifted[i + 1]) for i in range(n - 1)):
                return shifted
    return hull


def _hull_indices(pts, clockwise, is_float):
    """Indices into pts of OpenCV's convex hull."""
    total = len(pts)
    order = sorted(range(total), key=lambda i: (pts[i], i))
    srt = [pts[i] for i in order]
    miny = maxy = 0
    for i in range(1, total):
        if srt[miny][1] > srt[i][1]:
            miny = i
        if srt[maxy][1] < srt[i][1]:
            maxy = i
    if srt[0] == srt[total - 1]:
        return [order[0]]
    tl = _sklansky(srt, 0, maxy, -1, 1, is_float)
    tr = _sklansky(srt, total - 1, maxy, -1, -1, is_float)
    if not clockwise:
        tl, tr = tr, tl
    hull = [order[i] for i in tl[:-1]] + [order[i] for i in tr[:0:-1]]
    stop = tr[1] if len(tr) > 2 else tl[-2] if len(tl) > 2 else -1
    bl = _sklansky(srt, 0, miny, 1, -1, is_float)
    br = _sklansky(srt, total - 1, miny, 1, 1, is_float)
    if clockwise:
        bl, br = br, bl
    if stop >= 0:
        check = bl[1] if len(bl) > 2 else br[2 - len(bl)] if len(bl) + len(br) > 2 else -1
        if check == stop or (check >= 0 and srt[check] == srt[stop]):
            bl, br = bl[:2], br[:2]
    hull += [order[i] for i in bl[:-1]] + [order[i] for i in br[:0:-1]]
    return _hull_order(hull)


def convexHull(points, hull=None, clockwise=False, returnPoints=True):
    """OpenCV's convex hull (Sklansky) of a point set: its points, or with
    returnPoints=False their indices (of sets without repeated points), in
    OpenCV's order."""
    arr = _points(points, "convexHull")
    if arr.shape[0] == 0:
        return None
    pts = [tuple(p) for p in arr.tolist()]
    idx = _hull_indices(pts, bool(clockwise), arr.dtype == _np.float32)
    if not returnPoints:
        if len(set(pts)) != len(pts):
            raise _error("taipan's cv2.convexHull(returnPoints=False) cannot pick among repeated "
                         "points as OpenCV does; remove the repeats (np.unique) first")
        return _np.array(idx, dtype=_np.int32).reshape(-1, 1)
    return arr[idx].reshape(-1, 1, 2)


def boxPoints(box, points=None):
    """The four corners of a rotated rectangle ((cx, cy), (w, h), angle)
    as a float32 (4, 2) array, in OpenCV's order."""
    (cx, cy), (w, h), angle = box
    cx, cy, w, h = _f32(cx), _f32(cy), _f32(w), _f32(h)
    rad = _f32(angle) * _math.pi / 180.0
    b = _f32(_f32(_math.cos(rad)) * 0.5)
    a = _f32(_f32(_math.sin(rad)) * 0.5)
    p0 = (_f32(_f32(cx - _f32(a * h)) - _f32(b * w)), _f32(_f32(cy + _f32(b * h)) - _f32(a * w)))
    p1 = (_f32(_f32(cx + _f32(a * h)) - _f32(b * w)), _f32(_f32(cy - _f32(b * h)) - _f32(a * w)))
    p2 = (_f32(_f32(2 * cx) - p0[0]), _f32(_f32(2 * cy) - p0[1]))
    p3 = (_f32(_f32(2 * cx) - p1[0]), _f32(_f32(2 * cy) - p1[1]))
    return _np.array([p0, p1, p2, p3], dtype=_np.float32)


_MOMENT_KEYS = ("m00", "m10", "m01", "m20", "m11", "m02", "m30", "m21", "m12", "m03",
                "mu20", "mu11", "mu02", "mu30", "mu21", "mu12", "mu03",
                "nu20", "nu11", "nu02", "nu30", "nu21", "nu12", "nu03")


def _polygon_sums(pts):
    """OpenCV's Green's-theorem sums over a polygon's edges (double)."""
    a = [0.0] * 10
    x1, y1 = pts[-1]
    x12, y12 = x1 * x1, y1 * y1
    for x, y in pts:
        x2, y2 = x * x, y * y
        dxy = x1 * y - x * y1
        xs, ys = x1 + x, y1 + y
        a[0] += dxy
        a[1] += dxy * xs
        a[2] += dxy * ys
        a[3] += dxy * (x1 * xs + x2)
        a[4] += dxy * (x1 * (ys + y1) + x * (ys + y))
        a[5] += dxy * (y1 * ys + y2)
        a[6] += dxy * xs * (x12 + x2)
        a[7] += dxy * (x12 * (3 * y1 + y) + 2 * x * x1 * ys + x2 * (y1 + 3 * y))
        a[8] += dxy * (y12 * (3 * x1 + x) + 2 * y * y1 * xs + y2 * (x1 + 3 * x))
        a[9] += dxy * ys * (y12 + y2)
        x1, y1, x12, y12 = x, y, x2, y2
    return a


def _central(m):
    """OpenCV's completeMomentState: central and normalised moments."""
    m00, m10, m01, m20, m11, m02, m30, m21, m12, m03 = m
    inv = 1.0 / m00 if abs(m00) > 2.220446049250313e-16 else 0.0
    cx, cy = m10 * inv, m01 * inv
    mu20, mu11, mu02 = m20 - m10 * cx, m11 - m10 * cy, m02 - m01 * cy
    mu30 = m30 - cx * (3 * mu20 + cx * m10)
    two11 = mu11 + mu11
    mu21 = m21 - cx * (two11 + cx * m01) - cy * mu20
    mu12 = m12 - cy * (two11 + cy * m10) - cx * mu02
    mu03 = m03 - cy * (3 * mu02 + cy * m01)
    s2 = inv * inv
    s3 = s2 * _math.sqrt(abs(inv))
    mu = [mu20, mu11, mu02, mu30, mu21, mu12, mu03]
    return mu + [v * s2 for v in mu[:3]] + [v * s3 for v in mu[3:]]


def _contour_moments(pts):
    a = _polygon_sums([(float(x), float(y)) for x, y in pts])
    if not abs(a[0]) > 1.1920928955078125e-07:
        return [0.0] * 24
    sign = 1.0 if a[0] > 0 else -1.0
    scales = [0.5, 1 / 6, 1 / 6, 1 / 12, 1 / 24, 1 / 12, 1 / 20, 1 / 60, 1 / 60, 1 / 20]
    m = [v * (sign * s) for v, s in zip(a, scales)]
    return m + _central(m)


def _image_moments(img, binary):
    """Raw moments of a one-channel image as exact integer sums (OpenCV
    sums uint8 tiles in integers too)."""
    a = img.astype(_np.int64) if not binary else (img != 0).astype(_np.int64)
    h, w = a.shape
    xs = [_np.arange(w, dtype=_np.int64) ** k for k in range(4)]
    ys = [_np.arange(h, dtype=_np.int64) ** k for k in range(4)]
    cols = [a @ x for x in xs]
    orders = [(0, 0), (1, 0), (0, 1), (2, 0), (1, 1), (0, 2), (3, 0), (2, 1), (1, 2), (0, 3)]
    m = [float(int(ys[q] @ cols[p])) for p, q in orders]
    return m + _central(m)


def moments(array, binaryImage=False):
    """OpenCV's spatial, central and normalised moments of a contour (a
    point set, by Green's theorem) or of a one-channel integer image, as
    the dict cv2 returns."""
    a = _np.asarray(array)
    if a.ndim == 2 and a.shape[1] != 2 or a.dtype == _np.uint8 or a.dtype == _np.bool_:
        if a.dtype not in (_np.uint8, _np.int8, _np.uint16, _np.int16) or a.ndim != 2:
            raise _error("taipan's cv2.moments takes contours and integer images only")
        vals = _image_moments(a, bool(binaryImage))
    else:
        pts = _points(a, "contourMoments")
        vals = _contour_moments(pts.tolist()) if pts.shape[0] else [0.0] * 24
    return dict(zip(_MOMENT_KEYS, vals))
