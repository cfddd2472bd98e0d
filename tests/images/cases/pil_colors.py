# PIL.ImageColor (names, hex, rgb()/rgba()/hsl()/hsv() strings, grey levels)
# as Image.new and paste read colour strings; format_description.
from PIL import Image, ImageColor
import numpy as np
for c in ["yellow", "orange", "#f80", "#ff880080", "#FF8800", "rgb(10, 20,30)", "rgb(10%,50%,100%)", "hsl(120, 50%, 25%)", "hsv(300,100%,50%)", "hsb(10.5,20%,30%)", "rgba(1,2,3,4)", "RebeccaPurple", "#abcd"]:
    print(c, ImageColor.getrgb(c), ImageColor.getcolor(c, "L"), ImageColor.getcolor(c, "RGBA"), ImageColor.getcolor(c, "RGB"))
    print(Image.new("RGB", (1, 1), c).getpixel((0, 0)), Image.new("L", (1, 1), c).getpixel((0, 0)), Image.new("RGBA", (1, 1), c).getpixel((0, 0)))
for bad in ["nope", "#12345", "rgb(1,2)"]:
    try:
        ImageColor.getrgb(bad)
    except ValueError as e:
        print("ValueError", e)
im = Image.open("../inputs/rgb.png"); print(im.format_description)
c = im.copy(); c.paste("teal", (0, 0, 10, 10)); print(np.asarray(c)[5, 5].tolist())
