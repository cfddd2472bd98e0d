# Complex spectra collected frame by frame and joined: np.array of a list,
# stack, concatenate and the stack family on complex arrays.
import numpy as np
frames = np.arange(24, dtype=np.float64).reshape(3, 8)
specs = [np.fft.rfft(f) for f in frames]
for name, f in [("asarray", lambda: np.asarray(specs[0]).shape), ("array", lambda: np.array(specs[0]).shape),
                ("stack", lambda: np.stack(specs).shape), ("stack1", lambda: np.stack(specs, axis=1).shape),
                ("array_list", lambda: np.array(specs).shape), ("vstack", lambda: np.vstack(specs).shape),
                ("hstack", lambda: np.hstack(specs).shape), ("concat", lambda: np.concatenate(specs).shape),
                ("concat_mixed", lambda: np.concatenate([specs[0], np.ones(2)])),
                ("stack_vals", lambda: np.round(np.abs(np.stack(specs)), 4)),
                ("dtype32", lambda: np.stack([np.fft.rfft(f.astype(np.float32)) for f in frames]).dtype),
                ("mixed_dtype", lambda: np.concatenate([np.fft.rfft(frames[0].astype(np.float32)), specs[1]]).dtype),
                ("column_stack", lambda: np.column_stack(specs).shape), ("dstack", lambda: np.dstack(specs).shape),
                ("T", lambda: np.stack(specs).T.shape), ("angle", lambda: np.round(np.angle(np.stack(specs)), 3)[0]),
                ]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
