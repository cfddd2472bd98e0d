# PIL.ImageFilter (the built-in kernels, Kernel, rank filters, Gaussian and
# box blurs, unsharp masking),
# PIL.ImageEnhance (Brightness, Contrast, Color, Sharpness), Image.blend,
# Image.alpha_composite, getchannel and putalpha, as augmentation and
# visualisation code uses them.
import sys
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance

OUT = sys.argv[1]


def dump(label, im):
    a = np.asarray(im)
    np.save("%s/%s.tol0.npy" % (OUT, label), a)
    print(label, im.mode, im.size, int(a.astype(np.int64).sum()))


rgb = Image.open("../inputs/rgb.png").convert("RGB")
gray = Image.open("../inputs/gray.png")
rgba = Image.open("../inputs/rgba.png")
filters = [("blur", ImageFilter.BLUR), ("contour", ImageFilter.CONTOUR), ("detail", ImageFilter.DETAIL),
           ("edge", ImageFilter.EDGE_ENHANCE), ("edge_more", ImageFilter.EDGE_ENHANCE_MORE),
           ("emboss", ImageFilter.EMBOSS), ("find_edges", ImageFilter.FIND_EDGES),
           ("sharpen", ImageFilter.SHARPEN), ("smooth", ImageFilter.SMOOTH),
           ("smooth_more", ImageFilter.SMOOTH_MORE), ("median3", ImageFilter.MedianFilter(3)),
           ("median5", ImageFilter.MedianFilter(5)), ("min", ImageFilter.MinFilter()),
           ("max", ImageFilter.MaxFilter(5)), ("rank", ImageFilter.RankFilter(3, 2)),
           ("kernel3", ImageFilter.Kernel((3, 3), [1, 2, 1, 2, 4, 2, 1, 2, 1])),
           ("kernel5", ImageFilter.Kernel((5, 5), list(range(25)), scale=100, offset=3)),
           ("laplace", ImageFilter.Kernel((3, 3), [0, -1, 0, -1, 5, -1, 0, -1, 0]))]
filters += [("gauss%s" % (r,), ImageFilter.GaussianBlur(r)) for r in (0.5, 2, 2.7, 9, (0, 3))]
filters += [("box%s" % (r,), ImageFilter.BoxBlur(r)) for r in (1, 1.5, 6, (2, 0))]
filters += [("unsharp", ImageFilter.UnsharpMask()), ("unsharp2", ImageFilter.UnsharpMask(1, 220, 0))]
for name, f in filters:
    for label, im in [("rgb", rgb), ("gray", gray), ("rgba", rgba)]:
        dump("%s_%s" % (name, label), im.filter(f))
for enhancer in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color,
                 ImageEnhance.Sharpness):
    for factor in (0.0, 0.35, 1.0, 1.6, -0.5):
        dump("%s_%s" % (enhancer.__name__, factor), enhancer(rgb).enhance(factor))
        dump("%s_gray_%s" % (enhancer.__name__, factor), enhancer(gray).enhance(factor))
dump("contrast_rgba", ImageEnhance.Contrast(rgba).enhance(0.6))
dump("blend", Image.blend(rgb, rgb.transpose(Image.Transpose.FLIP_LEFT_RIGHT), 0.37))
dump("blend_extra", Image.blend(gray, gray.rotate(10), 1.7))
back = Image.new("RGBA", rgba.size, (30, 60, 90, 200))
dump("over", Image.alpha_composite(back, rgba))
dump("under", Image.alpha_composite(rgba, back))
copy = rgba.copy()
copy.putalpha(gray.crop((0, 0, 24, 20)))
dump("putalpha", copy)
print(rgba.getchannel("A").mode, np.asarray(rgb.getchannel(1)).sum())
for bad in [lambda: Image.open("../inputs/palette.png").filter(ImageFilter.SMOOTH),
            lambda: Image.blend(rgb, gray, 0.5), lambda: Image.alpha_composite(rgb, rgb)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
