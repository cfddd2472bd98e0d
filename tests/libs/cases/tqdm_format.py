# tqdm's meter text from its static formatters: the numbers a bar shows.
from tqdm import tqdm

for n in [0, 0.5, 9.994, 9.996, 99.94, 99.96, 999.4, 999.6, 12345, 1e9, 7.5e15, 1e30, -4321]:
    print(n, tqdm.format_sizeof(n), tqdm.format_sizeof(n, "B", 1024))
for t in [0, 59.9, 61, 3599, 3600, 3725, 86400 * 2 + 5]:
    print(t, tqdm.format_interval(t))
for v in [0, 12, 1234567, 0.000012345, 3.14159, 1e22, -0.5]:
    print(v, tqdm.format_num(v))

meters = [
    dict(n=5, total=10, elapsed=1.5),
    dict(n=5, total=10, elapsed=1.5, ncols=60, prefix="d"),
    dict(n=5, total=None, elapsed=1.5),
    dict(n=50, total=100, elapsed=12.3, unit="B", unit_scale=True),
    dict(n=3, total=7, elapsed=100, ncols=40, prefix="load: ", ascii=True),
    dict(n=3, total=7, elapsed=0, bar_format="{desc}: {percentage:.1f}% {n_fmt}/{total_fmt}"),
    dict(n=3, total=7, elapsed=0, prefix="p", bar_format="{l_bar}{bar:5}|"),
    dict(n=3, total=7, elapsed=0, prefix="p", bar_format="{l_bar}{bar:-4a}|", ncols=30),
    dict(n=7, total=7, elapsed=2, bar_format="{bar:8b}|{remaining}"),
    dict(n=12, total=7, elapsed=2),
    dict(n=1, total=1000, elapsed=3000),
    dict(n=0, total=10, elapsed=0, ncols=0),
    dict(n=4, total=9, elapsed=2, unit_scale=1024, unit="B"),
    dict(n=2048, total=4096, elapsed=2, unit_scale=True, unit_divisor=1024, unit="B"),
    dict(n=6, total=8, elapsed=3, postfix="loss=0.1", rate=4.0),
    dict(n=2, total=None, elapsed=5, prefix="q", bar_format="{desc} {bar} {n}"),
    dict(n=1, total=4, elapsed=4, ascii=" .oO0"),
]
for m in meters:
    print(tqdm.format_meter(**m))
