import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


xp = [0.0, 1.0, 2.0, 4.0]
fp = [1.0, 3.0, 2.0, 10.0]
show("basic", lambda: np.interp([0.5, 1.5, 3.0, 0.0, 4.0, 1.0], xp, fp))
show("outside", lambda: np.interp([-1.0, 5.0], xp, fp))
show("left right", lambda: np.interp([-1.0, 5.0, 2.0], xp, fp, left=-99, right=99.5))
show("left np", lambda: np.interp([-1.0], xp, fp, left=np.float32(0.25)))
show("scalar", lambda: np.interp(2.5, xp, fp))
show("int scalar", lambda: np.interp(3, [1, 5], [10, 20]))
show("0d", lambda: np.interp(np.array(1.25), xp, fp))
show("2d x", lambda: np.interp(np.arange(6).reshape(2, 3) * 0.7, xp, fp))
show("int arrays", lambda: np.interp(np.arange(5), [0, 2, 4], [0, 10, 5]))
show("f32", lambda: np.interp(np.array([0.5, 1.25], dtype=np.float32), np.array(xp, dtype=np.float32), fp))
show("nan x", lambda: np.interp([np.nan, 1.0], xp, fp))
show("nan fp", lambda: np.interp([0.5, 1.5], xp, [1.0, np.nan, 2.0, 3.0]))
show("inf fp", lambda: np.interp([0.5, 1.0, 1.5], [0, 1, 2], [0.0, np.inf, np.inf]))
show("inf x", lambda: np.interp([np.inf, -np.inf], xp, fp))
show("one point", lambda: np.interp([-1.0, 0.0, 1.0], [0.0], [5.0]))
show("one point lr", lambda: np.interp([-1.0, 0.0, 1.0], [0.0], [5.0], left=1, right=2))
show("repeated xp", lambda: np.interp([1.0, 1.5], [0.0, 1.0, 1.0, 2.0], [0.0, 1.0, 3.0, 4.0]))
show("empty x", lambda: np.interp([], xp, fp))
show("many x", lambda: np.interp(np.linspace(-1, 5, 13), xp, fp))
show("fine xp", lambda: np.interp([0.33, 2.71], np.linspace(0, 3, 31), np.linspace(0, 3, 31) ** 2))
show("period", lambda: np.interp([-180, -170, -185, 185, -10, -5, 0, 365],
                                 [190, -190, 350, -350], [5, 10, 3, 4], period=360))
show("period float", lambda: np.interp(np.array([0.5, 7.25, -1.0]), [0.0, 1.0, 2.0], [0.0, 2.0, 1.0], period=3.0))
show("period neg", lambda: np.interp(1.5, [0.0, 1.0, 2.0], [0.0, 2.0, 1.0], period=-3))

show("err empty", lambda: np.interp(1.0, [], []))
show("err length", lambda: np.interp(1.0, [1, 2], [1]))
show("err 2d xp", lambda: np.interp(1.0, [[1, 2]], [1, 2]))
show("err 2d fp", lambda: np.interp(1.0, [1, 2], [[1, 2]]))
show("err 0d xp", lambda: np.interp(1.0, 1.0, 2.0))
show("err period 0", lambda: np.interp(1.0, [1, 2], [1, 2], period=0))
show("err period 2d", lambda: np.interp(1.0, [[1, 2]], [1, 2], period=5))
show("err period len", lambda: np.interp(1.0, [1, 2, 3], [1, 2], period=5))
