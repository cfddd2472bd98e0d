import io
import os
import tempfile
import warnings

import numpy as np


def show(txt, **kw):
    try:
        print(repr(np.genfromtxt(io.StringIO(txt), **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show("1 2 3\n4 5 6\n")
show("1,2,3\n4,,6\n", delimiter=",")
show("# c\n1,2,abc\n4,5,6 # x\n", delimiter=",")
show("a,b\n1,2\n3,4\n", delimiter=",", skip_header=1)
show("1,2\n3,4\n5,6\nEND\n", delimiter=",", skip_footer=1)
show("1,2,3\n4,5\n6,7,8\n9\n", delimiter=",")
show("1,2\n,4\n", delimiter=",", dtype=int)
show("1,2\n3,4\n", delimiter=",", dtype=None)
show("true,false\nFALSE,True\n", delimiter=",", dtype=None)
show("1,2,3\n4,5,6\n", delimiter=",", usecols=(0, -1))
show("1,2,3\n4,5,6\n", delimiter=",", usecols=1)
show("1 2 3\n")
show("5\n")
show("1,2\n3,4\n5,6\n", delimiter=",", max_rows=2)
show("1,2\n3,4\n", delimiter=",", unpack=True)
show("1,N/A\n3,4\n", delimiter=",", missing_values="N/A", filling_values=0)
show("1,,3\n,5,\n", delimiter=",", filling_values=[-9, -8, -7])
show("1, 2 ,3\n", delimiter=",")
show("1;2\n3;4", delimiter=";", dtype=np.float32)
show("x 1.5\ny 2\n")
show("1,2\n\n3,4\n", delimiter=",")
show("1,2\n3,4\n", delimiter=",", ndmin=2, usecols=0)
show("7\n", ndmin=1)
show("1  2\t3\n")
show("1,2 # not a comment here\n", delimiter=",", comments=None)
show("1,2\n3\n", delimiter=",", skip_footer=1)
show("1,2\n3,4\n", delimiter=",", max_rows=0)
show("1,2\n3,4\n", delimiter=",", max_rows=1, skip_footer=1)
show(" 1 , 2 \n", delimiter=",", autostrip=True, dtype=int)
print(repr(np.genfromtxt(["1 2", "3 4"])), repr(np.genfromtxt([b"1,2", b"3,4"], delimiter=",")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(repr(np.genfromtxt(io.StringIO(""), delimiter=",")))
print([w.category.__name__ for w in caught])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.csv")
    with open(path, "w") as f:
        f.write("# x,y\n0.5,1\n1.5,2\n2.5,nan\n")
    print(repr(np.genfromtxt(path, delimiter=",")))

for s, kw in [("1 2 3", {"sep": " "}), ("1, 2,3 ,4", {"sep": ","}),
              ("1,2,3", {"dtype": np.int32, "sep": ","}), ("1,2,3", {"sep": ",", "count": 2}),
              ("1\n2  \t3", {"sep": " "}), ("", {"sep": " "}), ("1.5,2.5,", {"sep": ","}),
              ("1,,2", {"sep": ","}), ("1,2", {"dtype": np.uint8, "sep": ","}),
              ("1.7,2", {"dtype": np.int64, "sep": ","}), ("nan,inf,-inf,1e3,Infinity", {"sep": ","}),
              ("1 2 3", {"dtype": bool, "sep": " "}), ("1 0 2", {"sep": " ", "dtype": np.bool_}),
              (" 1 2 ", {"sep": " "}), ("1, 2", {"sep": ", "}), ("+1 -2 3.", {"sep": " "}),
              ("1 2", {"sep": ""}), ("-1,300", {"dtype": np.uint8, "sep": ","}),
              ("1e400 -1e400", {"sep": " "}), ("1 2", {"sep": " ", "count": 0}),
              ("1x2", {"sep": "x"}), ("1_000 2", {"sep": " "}), (",1", {"sep": ","}),
              (b"4 5", {"sep": " "}), ("1 x 3", {"sep": " "}), ("1 2 x", {"sep": " ", "count": 2})]:
    try:
        print(repr(s), repr(np.fromstring(s, **kw)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
