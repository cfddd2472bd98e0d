# Numeric loops: nested-loop matrix multiply on lists of floats.
# Exercises: float arithmetic, list indexing, range loops, local variables.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def make_matrix(rng, rows, cols):
    return [[rng.next_float() - 0.5 for _ in range(cols)] for _ in range(rows)]


def transpose(m):
    rows = len(m)
    cols = len(m[0])
    return [[m[i][j] for i in range(rows)] for j in range(cols)]


def matmul(a, b):
    # Classic triple loop, i-k-j order with a hoisted row.
    n = len(a)
    k_dim = len(b)
    m = len(b[0])
    out = []
    for i in range(n):
        row_a = a[i]
        row_out = [0.0] * m
        for k in range(k_dim):
            aik = row_a[k]
            row_b = b[k]
            for j in range(m):
                row_out[j] += aik * row_b[j]
        out.append(row_out)
    return out


def matmul_dot(a, bt):
    # Dot-product form against a transposed matrix.
    out = []
    for row in a:
        out_row = []
        for col in bt:
            s = 0.0
            for idx in range(len(row)):
                s += row[idx] * col[idx]
            out_row.append(s)
        out.append(out_row)
    return out


def checksum(m):
    total = 0.0
    weighted = 0.0
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            total += v
            weighted += v * ((i * 7 + j * 13) % 17)
    return total, weighted


def main():
    rng = Lcg(12345)
    n = 160
    a = make_matrix(rng, n, n)
    b = make_matrix(rng, n, n)
    c = matmul(a, b)
    d = matmul_dot(a, transpose(b))
    max_diff = 0.0
    for i in range(n):
        for j in range(n):
            diff = abs(c[i][j] - d[i][j])
            if diff > max_diff:
                max_diff = diff
    e = matmul(c, a)
    t1, w1 = checksum(c)
    t2, w2 = checksum(e)
    print(f"matmul n={n}")
    print(f"c: sum={t1:.9f} weighted={w1:.9f}")
    print(f"e: sum={t2:.9f} weighted={w2:.9f}")
    print(f"agree: {max_diff < 1e-9}")
    print(f"c[3][7]={c[3][7]!r}")


main()
