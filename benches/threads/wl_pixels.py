"""Thread-scaling workload: per-pixel image preprocessing in nested lists.

Module mode: importing this file builds the read-only tables once, at module
level (bilinear resize coordinates and weights, a gamma lookup table, the
per-channel mean/std, the blur kernel). `work(i)` builds a small RGB image
(SRC x SRC x 3 ints in nested lists) from i, then for each of a few frames:
bilinear resize to DST x DST, gamma lookup and per-channel normalisation,
grayscale, a 3x3 Gaussian blur with clamped edges, and returns
(checksum, bright-pixel count). `work` reads the module-level data only: it
never mutates globals or its argument, so the globals can be frozen and
shared read-only by every worker thread.

Script mode: python3 wl_pixels.py MODE THREADS TASKS
    MODE is serial, thread (ThreadPoolExecutor(THREADS).map(work, range(TASKS)))
    or process (ProcessPoolExecutor(THREADS), chunked). Prints one line:
    {"tasks": N, "seconds": S, "checksum": C}
    where S is time.perf_counter() around the map only and C combines every
    result in task order (the same for every mode and thread count).

Pure Python, deterministic (no random module; floats are only combined in a
fixed order and turned into ints with int()).
"""

# ---------------------------------------------------------------- module data

SRC = 80          # source image side
DST = 64          # resized side
FRAMES = 1        # frames per task: about 30 ms under CPython 3.11


def _resize_table(src, dst):
    """For each destination index: (i0, i1, w0, w1) of bilinear sampling."""
    table = []
    scale = src / dst
    for d in range(dst):
        s = (d + 0.5) * scale - 0.5
        if s < 0.0:
            s = 0.0
        i0 = int(s)
        if i0 > src - 1:
            i0 = src - 1
        i1 = i0 + 1
        if i1 > src - 1:
            i1 = src - 1
        w1 = s - i0
        table.append((i0, i1, 1.0 - w1, w1))
    return table


RESIZE = _resize_table(SRC, DST)

# A gamma-like curve as a 256-entry lookup table. Only + * / (no pow), so
# every interpreter computes the same floats.
GAMMA = []
for _v in range(256):
    _x = _v / 255.0
    GAMMA.append(_x * _x * (0.75 + 0.25 * _x))

MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
INV_STD = (1.0 / STD[0], 1.0 / STD[1], 1.0 / STD[2])
GRAY_W = (0.299, 0.587, 0.114)
KERNEL = ((1.0, 2.0, 1.0), (2.0, 4.0, 2.0), (1.0, 2.0, 1.0))
KERNEL_NORM = 1.0 / 16.0


# ---------------------------------------------------------------- the work


def make_image(seed, side):
    """side x side x 3 ints in 0..255, a deterministic pattern plus noise."""
    img = []
    x = (seed * 2654435761 + 97) % 4294967296
    for r in range(side):
        row = []
        for c in range(side):
            x = (x * 1103515245 + 12345) % 2147483648
            n = (x >> 16) % 32
            row.append([(r * 3 + c + seed + n) % 256,
                        (r * c + seed * 7 + n) % 256,
                        (r + c * 5 + n * 3) % 256])
        img.append(row)
    return img


def resize(img):
    out = []
    for (r0, r1, wr0, wr1) in RESIZE:
        row0 = img[r0]
        row1 = img[r1]
        orow = []
        for (c0, c1, wc0, wc1) in RESIZE:
            p00 = row0[c0]
            p01 = row0[c1]
            p10 = row1[c0]
            p11 = row1[c1]
            px = []
            for ch in range(3):
                v = (wr0 * (wc0 * p00[ch] + wc1 * p01[ch])
                     + wr1 * (wc0 * p10[ch] + wc1 * p11[ch]))
                px.append(int(v + 0.5))
            orow.append(px)
        out.append(orow)
    return out


def normalise_gray(img):
    """gamma LUT, per-channel (x - mean) / std, then a weighted grayscale."""
    gray = []
    m0, m1, m2 = MEAN
    s0, s1, s2 = INV_STD
    g0, g1, g2 = GRAY_W
    for row in img:
        grow = []
        for px in row:
            a = (GAMMA[px[0]] - m0) * s0
            b = (GAMMA[px[1]] - m1) * s1
            c = (GAMMA[px[2]] - m2) * s2
            grow.append(g0 * a + g1 * b + g2 * c)
        gray.append(grow)
    return gray


def blur(gray):
    h = len(gray)
    w = len(gray[0])
    out = []
    for r in range(h):
        orow = []
        for c in range(w):
            acc = 0.0
            for dr in range(3):
                rr = r + dr - 1
                if rr < 0:
                    rr = 0
                elif rr >= h:
                    rr = h - 1
                src = gray[rr]
                krow = KERNEL[dr]
                for dc in range(3):
                    cc = c + dc - 1
                    if cc < 0:
                        cc = 0
                    elif cc >= w:
                        cc = w - 1
                    acc += krow[dc] * src[cc]
            orow.append(acc * KERNEL_NORM)
        out.append(orow)
    return out


def work(i):
    checksum = 0
    bright = 0
    for f in range(FRAMES):
        img = make_image(i * FRAMES + f, SRC)
        g = blur(normalise_gray(resize(img)))
        for r in range(len(g)):
            row = g[r]
            for c in range(len(row)):
                q = int(row[c] * 1000.0)
                checksum = (checksum * 31 + q + (r ^ c)) % 1000000007
                if q > 0:
                    bright += 1
    return (checksum, bright)


# ---------------------------------------------------------------- script mode

if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, "wl_pixels.py"))
