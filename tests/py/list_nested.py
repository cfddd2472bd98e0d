grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[1] for row in grid], [grid[i][i] for i in range(3)], [grid[i][2 - i] for i in range(3)])
print(list(zip(*grid)), [list(col) for col in zip(*grid)])
grid[1][1] = "X"
print(grid)
flat = [v for row in grid for v in row]
print(flat, len(flat))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], str(deep), deep == [1, [2, [3, [4, [5]]]]])
copy_shallow = grid[:]
copy_shallow[0][0] = "S"
copy_deep = [row[:] for row in grid]
copy_deep[2][2] = "D"
print(grid, copy_deep)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), max([[1, 2], [1, 3]]), [[]] * 2)
