# Numeric loops: image pre-processing on a 2-D image held in lists of lists.
# Bilinear resize, per-pixel mean/std normalisation, a 3x3 box blur and a
# histogram, over a small batch of frames, the way model pre-processing
# scripts do it by hand. Exercises: float arithmetic, int(), nested lists.
import math


def make_image(width, height, seed):
    # Deterministic smooth-ish image with LCG noise, values 0..255 (ints).
    state = seed
    img = []
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = (state >> 16) % 32
            v = ((x * 3 + y * 5) % 224) + noise
            row.append(v)
        img.append(row)
    return img


def resize_bilinear(img, out_w, out_h):
    in_h = len(img)
    in_w = len(img[0])
    sx = in_w / out_w
    sy = in_h / out_h
    out = []
    for oy in range(out_h):
        fy = (oy + 0.5) * sy - 0.5
        if fy < 0.0:
            fy = 0.0
        y0 = int(fy)
        if y0 > in_h - 2:
            y0 = in_h - 2
        wy = fy - y0
        if wy > 1.0:
            wy = 1.0
        r0 = img[y0]
        r1 = img[y0 + 1]
        row = []
        for ox in range(out_w):
            fx = (ox + 0.5) * sx - 0.5
            if fx < 0.0:
                fx = 0.0
            x0 = int(fx)
            if x0 > in_w - 2:
                x0 = in_w - 2
            wx = fx - x0
            if wx > 1.0:
                wx = 1.0
            top = r0[x0] * (1.0 - wx) + r0[x0 + 1] * wx
            bot = r1[x0] * (1.0 - wx) + r1[x0 + 1] * wx
            row.append(top * (1.0 - wy) + bot * wy)
        out.append(row)
    return out


def normalise(img):
    n = 0
    total = 0.0
    for row in img:
        for v in row:
            total += v
            n += 1
    mean = total / n
    sq = 0.0
    for row in img:
        for v in row:
            d = v - mean
            sq += d * d
    std = math.sqrt(sq / n)
    inv = 1.0 / std
    return [[(v - mean) * inv for v in row] for row in img], mean, std


def box_blur(img):
    h = len(img)
    w = len(img[0])
    out = [[0.0] * w for _ in range(h)]
    for y in range(1, h - 1):
        above = img[y - 1]
        mid = img[y]
        below = img[y + 1]
        orow = out[y]
        for x in range(1, w - 1):
            s = (above[x - 1] + above[x] + above[x + 1]
                 + mid[x - 1] + mid[x] + mid[x + 1]
                 + below[x - 1] + below[x] + below[x + 1])
            orow[x] = s / 9.0
    return out


def histogram(img, bins, lo, hi):
    counts = [0] * bins
    scale = bins / (hi - lo)
    for row in img:
        for v in row:
            b = int((v - lo) * scale)
            if b < 0:
                b = 0
            elif b >= bins:
                b = bins - 1
            counts[b] += 1
    return counts


def process(seed):
    src = make_image(320, 240, seed)
    resized = resize_bilinear(src, 224, 224)
    norm, mean, std = normalise(resized)
    blurred = box_blur(norm)
    hist = histogram(blurred, 16, -2.0, 2.0)
    up = resize_bilinear(blurred, 300, 300)
    total = 0.0
    for row in up:
        for v in row:
            total += v
    return mean, std, hist, blurred[100][100], total


def main():
    # A small batch of frames, as a pre-processing loop would see them.
    for frame, seed in enumerate([2024, 77, 31337, 4242, 5, 606]):
        mean, std, hist, probe, total = process(seed)
        print(f"frame {frame}: mean={mean:.6f} std={std:.6f}")
        print("  hist", hist)
        print(f"  blur[100][100]={probe:.9f} up_sum={total:.6f}")


main()
