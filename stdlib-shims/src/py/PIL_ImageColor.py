"""PIL.ImageColor for taipan: Pillow 11.3's colour strings - the 148 CSS
colour names, #rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba() and
percentage rgb(), hsl() and hsv()/hsb() - as getrgb and getcolor read
them."""

import colorsys as _colorsys
import re as _re

__all__ = ["getrgb", "getcolor", "colormap"]

_NAMES = """
    aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff
    beige:f5f5dc bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff
    blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00
    chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c
    cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9
    darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b
    darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000
    darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
    darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493
    deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222
    floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff
    gold:ffd700 goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080
    honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c
    lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd
    lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2
    lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a
    lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899
    lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6
    magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd
    mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee
    mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
    midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
    navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
    orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee
    palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb
    plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000
    rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460
    seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb
    slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f
    steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0
    violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00
    yellowgreen:9acd32
"""
colormap = {}
for _item in _NAMES.split():
    _name, _hex = _item.split(":")
    colormap[_name] = "#" + _hex


def _round255(v):
    return int(v * 255 + 0.5)


def _hex(text):
    digits = text[1:]
    if len(digits) in (3, 4):
        return tuple(int(d * 2, 16) for d in digits)
    return tuple(int(digits[i:i + 2], 16) for i in range(0, len(digits), 2))


def _functional(text):
    """rgb(), rgba(), percentage rgb(), hsl() and hsv()/hsb(), or None."""
    num = r"\s*(\d+)\s*"
    real = r"\s*(\d+\.?\d*)"
    m = _re.match(r"rgb\(%s,%s,%s\)$" % (num, num, num), text)
    if m:
        return tuple(int(g) for g in m.groups())
    m = _re.match(r"rgb\(%s%%\s*,%s%%\s*,%s%%\s*\)$" % (num, num, num), text)
    if m:
        return tuple(int(int(g) * 255 / 100.0 + 0.5) for g in m.groups())
    m = _re.match(r"(hsl|hs[bv])\(%s\s*,%s%%\s*,%s%%\s*\)$" % (real, real, real), text)
    if m:
        h, a, b = (float(g) for g in m.groups()[1:])
        if m.group(1) == "hsl":
            rgb = _colorsys.hls_to_rgb(h / 360.0, b / 100.0, a / 100.0)
        else:
            rgb = _colorsys.hsv_to_rgb(h / 360.0, a / 100.0, b / 100.0)
        return tuple(_round255(v) for v in rgb)
    m = _re.match(r"rgba\(%s,%s,%s,%s\)$" % (num, num, num, num), text)
    if m:
        return tuple(int(g) for g in m.groups())
    return None


def getrgb(color):
    """The (r, g, b) or (r, g, b, a) of a colour string."""
    if len(color) > 100:
        raise ValueError("color specifier is too long")
    text = color.lower()
    if text in colormap:
        return _hex(colormap[text])
    if _re.match(r"#([a-f0-9]{3}|[a-f0-9]{4}|[a-f0-9]{6}|[a-f0-9]{8})$", text):
        return _hex(text)
    rgb = _functional(text)
    if rgb is None:
        raise ValueError("unknown color specifier: %r" % (text,))
    return rgb


def getcolor(color, mode):
    """The colour as a pixel of mode: a grey level for L (ITU-R 601-2 in
    16-bit fixed point, rounded), with alpha for LA and RGBA."""
    rgb = getrgb(color)
    alpha = 255
    if len(rgb) == 4:
        alpha, rgb = rgb[3], rgb[:3]
    if mode in ("L", "LA", "1", "I", "F"):
        grey = (rgb[0] * 19595 + rgb[1] * 38470 + rgb[2] * 7471 + 0x8000) >> 16
        return (grey, alpha) if mode == "LA" else grey
    if mode.endswith("A"):
        return rgb + (alpha,)
    return rgb
