#!/usr/bin/env python3
"""Make (or check) the test images and golden outputs of the image corpus.

Every ``tests/images/cases/*.py`` runs under a CPython with Pillow 11.3.0,
opencv-python-headless 4.12.0.88 or 4.13.0.92 and NumPy, in ``tests/images/cases``, with
one argument: a fresh directory for its arrays.  Its exact stdout goes to
``expected/NAME.out`` (plus ``EXIT <code> <exception type>`` when it exits
non-zero, as in tests/numpy/generate.py), and every array it saved there
goes to ``expected/NAME/``.  A case saves an array as
``<label>.tol<N>.npy``: ``tests/image_golden.rs`` requires taipan's array
of the same name to have the same shape and dtype and to differ by at
most N in every element (N is 0 everywhere but resampling and JPEG
decoding, where integer rounding may legitimately differ by one).

    python tests/images/generate.py               # inputs, then every golden
    python tests/images/generate.py resize_pil    # only these cases
    python tests/images/generate.py --check       # compare, write nothing
    python tests/images/generate.py --python /tmp/imgvenv/bin/python

The inputs (``tests/images/inputs/``, small PNG/JPEG/BMP files and broken
ones) are drawn from formulas, not randomness, and written with Pillow
unless --check is given.  Standard library only; the oracle's own
libraries run in the subprocess.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The goldens are identical under OpenCV 4.12.0.88 (NumPy 2.2.6) and
# 4.13.0.92 (NumPy 2.3.5, the pins of tests/golden/requirements.txt).
PINS = {"PIL": ("11.3.0",), "cv2": ("4.12.0", "4.13.0")}
HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
EXPECTED = HERE / "expected"
INPUTS = HERE / "inputs"
EXAMPLE_DATA = HERE.parent.parent / "examples" / "data"
TIMEOUT_S = 120
ENV_OVERRIDES = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OMP_NUM_THREADS": "1",
    "OPENCV_FOR_THREADS_NUM": "1",
}

# Runs under the oracle: writes the input files from formulas.
MAKE_INPUTS = r'''
import sys
import numpy as np
from PIL import Image
inputs, examples = sys.argv[1], sys.argv[2]
y, x = np.mgrid[0:30, 0:40]
rgb = np.stack([(x * 6) % 256, (y * 8) % 256, (x * y * 3) % 256], axis=-1).astype(np.uint8)
rgb[10:14, 5:30] = [250, 20, 60]
Image.fromarray(rgb).save(inputs + "/rgb.png")
Image.fromarray(rgb).save(inputs + "/rgb.bmp")
gy, gx = np.mgrid[0:21, 0:33]
gray = ((gx * 7 + gy * 11) % 256).astype(np.uint8)
gray[5:9, 10:20] = 255
Image.fromarray(gray).save(inputs + "/gray.png")
Image.fromarray(gray).save(inputs + "/gray.bmp")
Image.fromarray(rgb).save(inputs + "/rgb_key.png", transparency=(250, 20, 60))
Image.fromarray(gray).save(inputs + "/gray_key.png", transparency=255)
ay, ax = np.mgrid[0:20, 0:24]
rgba = np.stack([ax * 10, ay * 12, (ax + ay) * 5, (ax * 11 + ay * 3) % 256], axis=-1).astype(np.uint8)
rgba[0:4, 0:4, 3] = 0
rgba[16:20, 20:24, 3] = 255
Image.fromarray(rgba).save(inputs + "/rgba.png")
pal = Image.fromarray(((gx // 3 + gy // 3) % 16).astype(np.uint8), mode="L").convert("P")
pal.putpalette([v for i in range(16) for v in (i * 16, 255 - i * 13, (i * 37) % 256)])
pal.save(inputs + "/palette.png", transparency=3)
pal.save(inputs + "/palette_alpha.png", transparency=bytes([255, 0, 128, 64] + [255] * 12))
pal.save(inputs + "/palette.bmp")
sy, sx = np.mgrid[0:40, 0:48]
smooth = np.stack([sx * 5, sy * 6, 128 + (sx - sy) * 2], axis=-1).clip(0, 255).astype(np.uint8)
Image.fromarray(smooth).save(inputs + "/smooth.jpg", quality=90)
Image.fromarray(smooth[:, :, 1].copy()).save(inputs + "/smooth_gray.jpg", quality=90)
Image.fromarray(rgb).save(inputs + "/rgb.jpg", quality=75)
png = open(inputs + "/rgb.png", "rb").read()
open(inputs + "/truncated.png", "wb").write(png[: len(png) // 2])
jpg = open(inputs + "/smooth.jpg", "rb").read()
open(inputs + "/truncated.jpg", "wb").write(jpg[: len(jpg) * 4 // 5])
open(inputs + "/not_an_image.png", "wb").write(b"this is not an image file at all\n" * 4)
open(inputs + "/empty.png", "wb").write(b"")
deep = (rgba.astype(np.uint16) * 257 + np.arange(4, dtype=np.uint16) * 37)
Image.fromarray(deep[:, :, 0]).save(inputs + "/gray16.png")
import cv2
cv2.imwrite(inputs + "/rgb16.png", deep[:, :, :3])
cv2.imwrite(inputs + "/rgba16.png", deep)
for name, (w, h) in (("cat", (320, 240)), ("tall", (200, 300))):
    ey, ex = np.mgrid[0:h, 0:w]
    img = np.stack([(ex * 180 // w) + 60, (ey * 255 // h), ((ex // 20 + ey // 20) % 2) * 200 + 20], axis=-1)
    Image.fromarray(img.astype(np.uint8)).save(examples + "/%s.jpg" % name, quality=92)
'''

VERSIONS = r'''
import sys, PIL, cv2, numpy
print(PIL.__version__, cv2.__version__, numpy.__version__, sys.version.split()[0])
'''


def exception_type(stderr):
    """The text before ':' on the last non-empty, non-indented stderr line."""
    for line in reversed(stderr.split("\n")):
        line = line.rstrip("\r")
        if line.strip() and not line.startswith(" ") and not line.startswith("hint:"):
            return line.split(":", 1)[0].strip()
    return ""


def oracle(python, args, cwd=None):
    env = dict(os.environ)
    env.update(ENV_OVERRIDES)
    return subprocess.run([python] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, cwd=cwd, env=env, timeout=TIMEOUT_S)


def check_versions(python):
    try:
        proc = oracle(python, ["-c", VERSIONS])
    except OSError as e:
        sys.exit("generate.py: cannot run %s: %s" % (python, e))
    if proc.returncode != 0:
        sys.exit("generate.py: %s lacks Pillow/OpenCV/NumPy. Make a virtualenv:\n"
                 "    python3 -m venv /tmp/imgvenv && /tmp/imgvenv/bin/pip install numpy==2.3.5 "
                 "pillow==11.3.0 opencv-python-headless==4.13.0.92\n%s"
                 % (python, proc.stderr.decode(errors="replace").strip()))
    pil, cv, np_version, pyver = proc.stdout.decode().split()[:4]
    if pil not in PINS["PIL"] or not cv.startswith(PINS["cv2"]):
        sys.exit("generate.py: %s has Pillow %s and OpenCV %s; the goldens are pinned to "
                 "Pillow %s and OpenCV %s" % (python, pil, cv, " or ".join(PINS["PIL"]),
                                              " or ".join(PINS["cv2"])))
    return "Pillow %s, OpenCV %s, NumPy %s, Python %s" % (pil, cv, np_version, pyver)


def run_case(python, script):
    """The case's output text and {array file name: bytes}."""
    with tempfile.TemporaryDirectory(prefix="taipan_images_") as out_dir:
        proc = oracle(python, [str(script), out_dir], cwd=str(CASES))
        out = proc.stdout.decode("utf-8", errors="replace")
        if proc.returncode != 0:
            if out and not out.endswith("\n"):
                out += "\n"
            exc = exception_type(proc.stderr.decode("utf-8", errors="replace"))
            out += ("EXIT %d %s" % (proc.returncode, exc)).rstrip() + "\n"
        arrays = {p.name: p.read_bytes() for p in sorted(Path(out_dir).glob("*.npy"))}
    return out, arrays


def stored(name):
    golden = EXPECTED / (name + ".out")
    text = golden.read_bytes().decode("utf-8", errors="replace") if golden.exists() else None
    folder = EXPECTED / name
    arrays = {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}
    return text, arrays


def write(name, out, arrays):
    EXPECTED.mkdir(parents=True, exist_ok=True)
    (EXPECTED / (name + ".out")).write_bytes(out.encode("utf-8"))
    folder = EXPECTED / name
    if folder.exists():
        shutil.rmtree(folder)
    if arrays:
        folder.mkdir()
        for file, data in arrays.items():
            (folder / file).write_bytes(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=sys.executable, help="interpreter with the pinned Pillow and OpenCV (default: this one)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any golden is stale")
    parser.add_argument("cases", nargs="*", help="only these cases (names with or without .py)")
    args = parser.parse_args()
    versions = check_versions(args.python)
    if not args.check:
        INPUTS.mkdir(parents=True, exist_ok=True)
        EXAMPLE_DATA.mkdir(parents=True, exist_ok=True)
        proc = oracle(args.python, ["-c", MAKE_INPUTS, str(INPUTS), str(EXAMPLE_DATA)])
        if proc.returncode != 0:
            sys.exit("generate.py: making the inputs failed:\n" + proc.stderr.decode(errors="replace"))
    scripts = sorted(CASES.glob("*.py"))
    if args.cases:
        wanted = {c[:-3] if c.endswith(".py") else c for c in args.cases}
        scripts = [s for s in scripts if s.stem in wanted]
    problems = []
    for script in scripts:
        out, arrays = run_case(args.python, script)
        if args.check:
            text, old = stored(script.stem)
            if text != out:
                problems.append("%s: stdout differs from expected/%s.out" % (script.stem, script.stem))
            if old != arrays:
                problems.append("%s: arrays differ from expected/%s/" % (script.stem, script.stem))
        else:
            write(script.stem, out, arrays)
    if not args.cases:
        names = {s.stem for s in scripts}
        for golden in sorted(EXPECTED.glob("*.out")):
            if golden.stem not in names:
                if args.check:
                    problems.append("%s: golden without a case" % golden.stem)
                else:
                    golden.unlink()
                    shutil.rmtree(EXPECTED / golden.stem, ignore_errors=True)
    if problems:
        print("image goldens (%s): %d problem(s)" % (versions, len(problems)))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("image goldens: %d cases %s (%s)" % (len(scripts), "match" if args.check else "written", versions))


if __name__ == "__main__":
    main()
