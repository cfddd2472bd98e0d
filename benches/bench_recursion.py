# Function-call heavy recursion: naive fib, a recursive binary tree built
# from small objects and walked recursively, the Takeuchi function, a
# recursive partition count and deep linear recursion (600 frames).
# Exercises: call overhead, argument passing, defaults, return values.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Node:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value)


def tree_sum(node):
    if node is None:
        return 0
    return node.value + tree_sum(node.left) + tree_sum(node.right)


def tree_height(node):
    if node is None:
        return 0
    return 1 + max(tree_height(node.left), tree_height(node.right))


def tree_check(node):
    # Node count, as in the classic binary-trees benchmark.
    if node.left is None:
        return 1
    return 1 + tree_check(node.left) + tree_check(node.right)


def partitions(n, k):
    # Number of partitions of n into parts of size at most k.
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def depth(n, acc=0):
    # Deep (non-tail) recursion near the default limit.
    if n == 0:
        return acc
    return depth(n - 1, acc + n % 7)


def main():
    print("fib(31) =", fib(31))
    total = 0
    nodes = 0
    for i in range(4):
        t = build(13, i + 1)
        total += tree_sum(t)
        nodes += tree_check(t)
    print("trees:", nodes, total, tree_height(build(10, 1)))
    print("partitions(50, 25) =", partitions(50, 25))
    print("tak(22, 16, 8) =", tak(22, 16, 8))
    print("depth:", sum(depth(600) for _ in range(1400)))


main()
