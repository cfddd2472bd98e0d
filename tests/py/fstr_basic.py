x = 3.14159
n = 1234567
s = "hi"
print(f"{s!r} {s!s} {s!a} {'é'!a}")
print(f"[{s:>10}] [{s:<10}] [{s:^9}] [{s:*<7}] [{s:*>7}] [{s:-^8}]")
print(f"{x:08.3f} {x:.2f} {x:10.4f}| {-x:08.2f}")
print(f"{n:,} {n:_} {-n:,} {n:e} {x:e} {x:.2e} {n:g} {x:g} {0.00001234:g}")
print(f"{0.256:%} {0.256:.1%} {1:.0%}")
print(f"{255:x} {255:X} {255:#x} {255:#b} {5:#b} {255:o} {255:#o} {255:08b}")
print(f"{42:^9}|{42:<6}|{42:>6}|{42:+}|{-42:=8}|")
print(f"{x=}", f"{n = }", f"{s=!s}", f"{x=:.2f}", f"{1+2=}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{x:{w}}] [{s:{'>'}{w}}]")
print(f"{{literal}} {{{n}}} {'}'}")
d = {"k": 5, "j": [1, 2]}
print(f"{d['k']} {d['j'][1]} {len(d)} {[i * 2 for i in range(3)]}")
print(f"{'nested ' + f'{n:,}'}")
print(f"{None} {True} {[1, 'a']} {(1,)} {3 if n > 0 else 4}")
print(f"""triple {s}
second line {x:.1f}""")
print(f"{s}" f"{n}" "plain" f"{x:.0f}")
