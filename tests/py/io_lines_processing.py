path = "/tmp/taipan_test_io_lines_processing.csv"
rows = [("name", "qty", "price"), ("apple", "3", "0.5"), ("pear", "10", "0.25"), ("fig", "0", "2.0")]
with open(path, "w") as f:
    for r in rows:
        f.write(",".join(r) + "\n")
with open(path) as f:
    header = f.readline().strip().split(",")
    total = 0.0
    for line in f:
        rec = dict(zip(header, line.strip().split(",")))
        cost = int(rec["qty"]) * float(rec["price"])
        total += cost
        print(f"{rec['name']:<6}{cost:>8.2f}")
print(f"total {total:.2f}")
with open(path) as f:
    print(sum(1 for _ in f))
with open(path) as f:
    lines = f.read().split("\n")
print(lines)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(path) as f:
    print(f.readlines())
