ivals = [0, 7, -7, 1234, 2 ** 40]
for v in ivals:
    print(f"{v}|{v!r}|{v:>8}|{v:<8}|{v:^8}|{v:10.2e}|{v:+g}|")
vals = [0.0, -0.0, 1.5, 1e-5, 1e16, 123.456, float("inf"), float("nan")]
for v in vals:
    print(f"{v}|{v!r}|{v:>8}|{v:<8}|{v:^8}|{v:.3}|{v:10.2e}|{v:+g}|")
for v in [0, 1, -1, 15, 255, 65535, -4096]:
    print(f"{v:d}|{v:5d}|{v:05d}|{v:x}|{v:#06x}|{v:o}|{v:b}|{v:,d}|{v: d}|")
print(f"{12345.6789:,.2f} {12345.6789:_.3f} {0.1 + 0.2:.17f} {1/3:.10g} {2/3:12.6}")
print(f"{True:d} {False:5} {True!r} {True:>6}")
