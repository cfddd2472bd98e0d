# np.pad modes maximum/minimum/mean/median (stat_length), linear_ramp
# (end_values) and reflect_type='odd'; each axis pads what the earlier
# axes padded.
import numpy as np

a = np.array([[1, 2, 9], [3, 4, 5]])
for mode in ('maximum', 'minimum', 'mean', 'median'):
    print(mode)
    print(np.pad(a, 1, mode))
    print(np.pad(a, ((1, 2), (0, 1)), mode, stat_length=1))
    print(np.pad(a.astype(float), (2, 1), mode, stat_length=((1, 2), (2, 1))))
    r = np.pad(a.astype(np.float32), (1, 2), mode, stat_length=2)
    print(r.dtype, r[0], np.pad(np.array([[1, 2], [3, 4]], np.int32), 1, mode).dtype)
    print(np.pad(np.array([1, 2, 3, 4, 10]), 2, mode, stat_length=(2, 3)))
print(np.pad(np.array([1, 4]), 1, 'mean'), np.pad(np.array([1, 6]), 1, 'mean'), np.pad(np.array([-1, -4]), 1, 'mean'))
print(np.pad(np.array([1, 4, 5, 6]), 1, 'median'), np.pad(np.array([1, 4], np.uint8), 1, 'median'))
print(np.pad(np.array([True, False, True]), 1, 'mean'), np.pad(np.array([True, False]), 1, 'maximum'))
print(np.pad(np.array([1., np.nan, 3]), 1, 'maximum'), np.pad(np.arange(4), 2, 'mean', stat_length=10))
print(np.pad([1, 2, 4], (2, 3), 'linear_ramp'), np.pad([1., 2, 4], (2, 3), 'linear_ramp', end_values=(5, -1)))
print(np.pad(a, 2, 'linear_ramp', end_values=10))
print(np.pad(np.array([1, 2], np.uint8), 3, 'linear_ramp', end_values=(200, 0)))
print(np.pad(a.astype(float), ((1, 1), (2, 0)), 'linear_ramp', end_values=((-1, 1), (5, 0))))
print(np.pad(np.array([5, 6], np.int32), (3, 2), 'linear_ramp', end_values=-4), np.pad(np.arange(3.), 0, 'linear_ramp'))
for mode in ('reflect', 'symmetric'):
    print(mode)
    print(np.pad([1, 2, 4], 4, mode, reflect_type='odd'))
    r = np.pad(a, ((3, 4), (5, 2)), mode, reflect_type='odd')
    print(r, r.dtype)
    r = np.pad(a.astype(np.float32), 2, mode, reflect_type='odd')
    print(r[0], r.dtype)
    print(np.pad(np.array([7]), 3, mode, reflect_type='odd'), np.pad(np.array([5, 7]), 3, mode, reflect_type='odd'))
    print(np.pad(np.array([1., 2, 4]), (5, 0), mode, reflect_type='odd'), np.pad(a, 0, mode, reflect_type='odd'))
    print(np.pad(np.arange(5), (2, 7), mode, reflect_type='even'))
print(np.pad(np.zeros((0, 3)), ((0, 0), (1, 1)), 'mean').shape)
for width, mode, kw in [(1, 'maximum', {'stat_length': 0}), (1, 'minimum', {'stat_length': -2}),
                        (1, 'mean', {'stat_length': (1, 2, 3)}), (1, 'maximum', {'end_values': 1}),
                        (1, 'reflect', {'reflect_type': 'odd', 'stat_length': 1})]:
    try:
        print(np.pad(np.arange(4), width, mode, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.pad(np.zeros((0, 2)), 1, 'maximum')
except ValueError as e:
    print('ValueError', e)
