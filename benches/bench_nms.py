# Object-heavy code: a bounding-box class, detections as small objects, and a
# pure-Python greedy non-maximum suppression (NMS) over a few thousand boxes.
# Exercises: classes, __init__, methods, properties, attribute access,
# small-object allocation in loops, sorting with a key, lambdas.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2147483648.0)


class Box:
    def __init__(self, x1, y1, x2, y2):
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2

    @property
    def area(self):
        return (self.x2 - self.x1) * (self.y2 - self.y1)

    def intersect(self, other):
        x1 = max(self.x1, other.x1)
        y1 = max(self.y1, other.y1)
        x2 = min(self.x2, other.x2)
        y2 = min(self.y2, other.y2)
        if x2 <= x1 or y2 <= y1:
            return None
        return Box(x1, y1, x2, y2)

    def iou(self, other):
        inter = self.intersect(other)
        if inter is None:
            return 0.0
        ia = inter.area
        return ia / (self.area + other.area - ia)

    def scaled(self, sx, sy):
        return Box(self.x1 * sx, self.y1 * sy, self.x2 * sx, self.y2 * sy)

    def __repr__(self):
        return f"Box({self.x1:.2f}, {self.y1:.2f}, {self.x2:.2f}, {self.y2:.2f})"


class Detection:
    def __init__(self, box, score, label):
        self.box = box
        self.score = score
        self.label = label

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"Detection({self.box!r}, {self.score:.4f}, {self.label})"


def make_detections(rng, count, num_labels):
    dets = []
    # Objects with a size each; detections jitter around them, so boxes
    # overlap the way raw detector output does.
    objects = []
    for _ in range(150):
        objects.append((rng.uniform(0, 640), rng.uniform(0, 640),
                        rng.uniform(20, 160), rng.uniform(20, 160)))
    for i in range(count):
        cx, cy, w, h = objects[rng.next() % len(objects)]
        cx += rng.uniform(-0.15, 0.15) * w
        cy += rng.uniform(-0.15, 0.15) * h
        w *= rng.uniform(0.8, 1.25)
        h *= rng.uniform(0.8, 1.25)
        box = Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        dets.append(Detection(box, rng.uniform(0.05, 1.0), rng.next() % num_labels))
    return dets


def nms(dets, iou_threshold, score_threshold):
    candidates = [d for d in dets if d.score >= score_threshold]
    candidates.sort(key=lambda d: d.score, reverse=True)
    kept = []
    for d in candidates:
        ok = True
        for k in kept:
            if k.label == d.label and k.box.iou(d.box) > iou_threshold:
                ok = False
                break
        if ok:
            kept.append(d)
    return kept


def batched_nms(dets, iou_threshold, score_threshold):
    by_label = {}
    for d in dets:
        by_label.setdefault(d.label, []).append(d)
    out = []
    for label in sorted(by_label):
        out.extend(nms(by_label[label], iou_threshold, score_threshold))
    out.sort(reverse=True)
    return out


def main():
    rng = Lcg(42)
    dets = make_detections(rng, 5000, 3)
    kept = nms(dets, 0.5, 0.1)
    kept2 = batched_nms(dets, 0.5, 0.1)
    # Rescale to the original image size, as post-processing does.
    scaled = [Detection(d.box.scaled(1920 / 640, 1080 / 640), d.score, d.label) for d in kept]
    area = 0.0
    for d in scaled:
        area += d.box.area
    per_label = [0, 0, 0]
    for d in kept2:
        per_label[d.label] += 1
    print(f"detections={len(dets)} kept={len(kept)} kept_batched={len(kept2)}")
    print("per label", per_label)
    print(f"total scaled area={area:.3f}")
    print("top", scaled[0])
    print("same order:", [d.score for d in kept2[:5]] == sorted((d.score for d in kept), reverse=True)[:5])


main()
