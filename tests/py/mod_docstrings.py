"""A module docstring,
over two lines."""
# __doc__ of the running module, functions and classes, and its use as an
# argparse description.
import argparse


def documented():
    """Function doc."""


def bare():
    pass


class Documented:
    """Class doc."""

    def method(self):
        """Method doc."""


print(repr(__doc__))
print(documented.__doc__, bare.__doc__, Documented.__doc__, Documented.method.__doc__)
parser = argparse.ArgumentParser(prog="tool", description=__doc__)
parser.print_help()
