cases = [
    lambda: f"{1.5:d}",
    lambda: f"{'abc':d}",
    lambda: f"{42:s}",
    lambda: f"{'x':+}",
    lambda: f"{[1]:>5}",
    lambda: format(1, "q"),
    lambda: format(3, ".2d"),
    lambda: format("a", "=5"),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__)
print(f"{'ok':>4}", format(None, ""), format(1.0, ""), format([1], ""))
