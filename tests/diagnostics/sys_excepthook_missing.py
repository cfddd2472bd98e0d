# A deleted or uncallable sys.excepthook: CPython says so, then prints the
# original traceback.
import sys

del sys.excepthook
raise ValueError("reported anyway")
