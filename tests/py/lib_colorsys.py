import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (0.2, 0.4, 0.4), (0.9, 0.1, 0.5), (0.25, 0.5, 0.75), (1 / 3, 2 / 3, 1 / 6),
           (0.5, 0.5, 0.2), (1, 0, 1), (0.1, 0.2, 0.3), (-0.5, 1.5, 0.25), (1.5, 0.0, 0.25)]
for r, g, b in samples:
    y, i, q = colorsys.rgb_to_yiq(r, g, b)
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    h2, s2, v = colorsys.rgb_to_hsv(r, g, b)
    print((r, g, b), (y, i, q), (h, l, s), (h2, s2, v))
    print(colorsys.yiq_to_rgb(y, i, q), colorsys.hls_to_rgb(h, l, s), colorsys.hsv_to_rgb(h2, s2, v))
for args in [(0.5, 0.5, 0.0), (0.5, 0.5, 2.0), (0.0, 0.25, 1.0), (1.5, 0.5, 0.5), (-0.2, 0.5, 0.5),
             (1 / 6, 0.7, 0.3), (5 / 6, 1.0, 1.0), (0.99, 0.2, 0.8), (2 / 3, 0.6, 0.4)]:
    print(args, colorsys.hls_to_rgb(*args), colorsys.hsv_to_rgb(*args))
for args in [(0.0, 5.0, 5.0), (1.0, -5.0, 5.0), (0.5, 0.1, -0.1), (0.3, 0.0, 0.0)]:
    print(args, colorsys.yiq_to_rgb(*args))
x = 0.123
for k in range(200):
    x = (x * 7.31 + 0.17) % 1.0
    rgb = (x, (x * 3.7) % 1.0, (x * 11.3) % 1.0)
    print(colorsys.rgb_to_hls(*rgb), colorsys.hsv_to_rgb(*rgb), colorsys.yiq_to_rgb(*rgb))
