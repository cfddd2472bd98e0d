# The __version__ strings of the standard modules that CPython 3.11 gives
# one, as environment reports print them.
import argparse
import csv
import json
import logging
import re
import zlib

for module in [argparse, csv, json, logging, re, zlib]:
    print(f"{module.__name__:10} {module.__version__}")
print({m.__name__: m.__version__ for m in (json, re)})
