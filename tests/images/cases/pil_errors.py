# Bad files and bad arguments raise Pillow's exceptions.
import numpy as np
import PIL
from PIL import Image, UnidentifiedImageError

for name in ["not_an_image.png", "empty.png", "missing.png"]:
    try:
        Image.open("../inputs/" + name)
    except UnidentifiedImageError as e:
        print(name, "UnidentifiedImageError", isinstance(e, OSError))
    except OSError as e:
        print(name, type(e).__name__)
for name in ["truncated.png", "truncated.jpg"]:
    im = Image.open("../inputs/" + name)
    print(name, "open", im.mode, im.size, im.format)
    try:
        np.asarray(im)
    except OSError as e:
        print(name, "load", type(e).__name__)
    try:
        im.convert("L")
    except OSError as e:
        print(name, "convert", type(e).__name__)

im = Image.open("../inputs/rgb.png")
for call in [lambda: im.resize((0, 5)), lambda: im.resize((5, 5), 7),
             lambda: im.crop((5, 0, 2, 4)), lambda: im.crop((0, 5, 2, 4)),
             lambda: im.save("/tmp/x.unknownext"), lambda: im.convert("RGBA").save("/tmp/taipan_img_err.jpg"),
             lambda: im.transpose(9), lambda: im.getpixel((40, 0))]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
print(PIL.__version__, issubclass(UnidentifiedImageError, OSError))
