# numpy.testing: which assertions pass, and the AssertionError text of
# those that fail (NumPy 2.x's "Mismatched elements" report).
import numpy as np
import numpy.testing as npt
from numpy.testing import assert_allclose, assert_array_equal


def show(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "passed")
    except AssertionError as e:
        print(label, "AssertionError:")
        print(str(e))
    except Exception as e:
        print(label, type(e).__name__, e)


print(np.testing is npt)
x = np.linspace(0.0, 1.0, 5)
show("allclose close", assert_allclose, x, x + 1e-9, rtol=1e-6)
show("allclose rel", assert_allclose, [1.0, 2.0, 3.0], [1.0, 2.1, 3.5])
show("allclose 2d msg", assert_allclose, np.arange(6.0).reshape(2, 3),
     np.arange(6.0).reshape(2, 3) + 1e-3, rtol=1e-5, err_msg="hello")
show("allclose long msg", assert_allclose, [1.0], [2.0], err_msg="x" * 90)
show("allclose scalar", assert_allclose, 1.0, 1.1)
show("allclose nan", assert_allclose, [1, np.nan], [1, np.nan])
show("allclose nan strict", assert_allclose, [1, np.nan], [1, np.nan], equal_nan=False)
show("allclose nan place", assert_allclose, [1, np.nan], [np.nan, 1])
show("allclose shapes", assert_allclose, [1, 2], [1, 2, 3])
show("allclose quiet", assert_allclose, [1.0, 2.0], [1.0, 3.0], verbose=False)
show("allclose atol", assert_allclose, [0, 2], [1, 2], atol=0.5)
show("allclose atol ok", assert_allclose, [0.2, 2], [0, 2], atol=0.5)
show("allclose long", assert_allclose, np.arange(100.0), np.arange(100.0) * 1.01)
show("allclose ints", assert_allclose, [1, 2, 3], [1, 2, 4])
show("allclose inf", assert_allclose, [np.inf, 1], [np.inf, 1])
show("allclose -inf", assert_allclose, [np.inf, 1], [-np.inf, 1])
show("allclose zero", assert_allclose, [1e-9], [0.0])
show("allclose f32", assert_allclose, np.float32([1, 2]), np.float32([1, 2.5]))
show("allclose strict", assert_allclose, np.float32([1, 2]), np.float64([1, 2]), strict=True)
show("allclose broadcast", assert_allclose, np.zeros((2, 2)), 0.0)
show("array_equal", assert_array_equal, [1, 2, 3], [1, 2, 4])
show("array_equal shapes", assert_array_equal, [1, 2, 3], [1, 2])
show("array_equal nan", assert_array_equal, [1.5, np.nan], [1.5, np.nan])
show("array_equal scalar", assert_array_equal, np.zeros((2, 2)), 1)
show("array_equal bool", assert_array_equal, [True, False], [True, True])
show("array_equal uint8", assert_array_equal, np.array([1, 200], np.uint8),
     np.array([3, 100], np.uint8))
show("almost 6", npt.assert_array_almost_equal, [1.0, 2.0], [1.0, 2.0001])
show("almost 3", npt.assert_array_almost_equal, [1.0, 2.0], [1.0, 2.0001], decimal=3)
show("almost inf", npt.assert_array_almost_equal, [1.0, np.inf], [1.0, np.inf])
show("almost scalar", npt.assert_almost_equal, 1.0, 1.0001)
show("almost scalar ok", npt.assert_almost_equal, 1.0, 1.00000001)
show("almost list", npt.assert_almost_equal, [1.0, 2.0], [1.0, 2.01])
show("almost nan", npt.assert_almost_equal, np.nan, 1.0)
show("equal ints", npt.assert_equal, 1, 2)
show("equal list", npt.assert_equal, [1, 2], [1, 3])
show("equal dict", npt.assert_equal, {"a": 1}, {"a": 2})
show("equal arrays", npt.assert_equal, np.array([1, 2]), np.array([1, 3]))
show("equal str", npt.assert_equal, "ab", "ac")
show("equal nested", npt.assert_equal, (1, [2, 3.0]), (1, [2, 3]))
show("equal nan", npt.assert_equal, float("nan"), np.nan)
show("equal zeros", npt.assert_equal, 0.0, -0.0)
show("less", npt.assert_array_less, [1, 2], [2, 3])
show("less tie", npt.assert_array_less, [1, 2], [2, 2])
show("less inf", npt.assert_array_less, [1.0, -np.inf], [2.0, np.inf])
show("raises", npt.assert_raises, ValueError, int, "x")
show("raises none", npt.assert_raises, ValueError, int, "3")
show("raises other", npt.assert_raises, KeyError, int, "x")
with npt.assert_raises(ZeroDivisionError) as ctx:
    1 / 0
print("context", type(ctx.exception).__name__)
try:
    with npt.assert_raises(ZeroDivisionError):
        pass
except AssertionError as e:
    print("context failed:", e)
show("raises_regex", npt.assert_raises_regex, ValueError, "invalid literal", int, "x")
show("raises_regex no", npt.assert_raises_regex, ValueError, "^zzz", int, "x")
show("assert_", npt.assert_, 1 == 2, "one is not two")


def noisy(x):
    import warnings
    warnings.warn("careful", UserWarning)
    return x * 2


print("warns", npt.assert_warns(UserWarning, noisy, 21))
show("warns none", npt.assert_warns, UserWarning, abs, -1)
show("warns other", npt.assert_warns, DeprecationWarning, noisy, 1)
with npt.assert_warns(RuntimeWarning):
    print(np.log(np.array([-1.0])))
try:
    with npt.assert_warns(RuntimeWarning):
        pass
except AssertionError as e:
    print("context warns:", e)
