# The __main__ module of a script run by path has __package__ and __spec__
# set to None, which scripts test to choose between relative and absolute
# imports.
import sys

if __package__ is None or __package__ == "":
    how = "absolute"
else:
    how = "relative"
print(how, __package__, __spec__, __name__)
main = sys.modules["__main__"]
print(main.__package__, main.__spec__, "__package__" in vars(main), "__spec__" in dir())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__package__", "__spec__", "__file__", "__doc__")))
