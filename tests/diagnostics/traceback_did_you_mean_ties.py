# Which hint wins: of candidates at the same distance, the first in
# CPython's order (`max` before `min` among the builtins, globals in the
# order they were bound); long names compare only the part that differs;
# with nothing close there is no hint.
zeta_b = 1
zeta_a = 2
a_rather_long_name_for_a_setting_of_the_pipeline = 3


def pick():
    try:
        return mix(1, 2)
    except NameError:
        return zeta_c


try:
    try:
        pick()
    except NameError:
        print(a_rather_long_name_for_a_settimg_of_the_pipeline)
except NameError:
    print(qqqq)
