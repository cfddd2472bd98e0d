# csv writes NumPy scalars as str() does and counts them as numbers.
import csv
import io

import numpy as np

row = [np.float64(0.25), np.float32(0.5), np.float16(1.5), np.int64(3), np.uint8(7), np.bool_(True),
       np.float64(1e-7), np.float64('nan'), np.float64(1) / 3, 'text']
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting)
    w.writerow(row)
    w.writerows(np.arange(6).reshape(2, 3) / 4)
    print(buf.getvalue())
buf = io.StringIO()
csv.DictWriter(buf, ['x', 'y']).writerows([{'x': np.float64(2.5), 'y': np.int32(-1)}])
print(repr(buf.getvalue()))
