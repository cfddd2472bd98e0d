# string.Template compiles its pattern verbose, as CPython (custom patterns
# in the documented verbose style, delimiters, flags).
import re
import string

class Mustache(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z][_a-z0-9]*)\}\} |
      (?P<braced>[_a-z][_a-z0-9]*)\}\} |
      (?P<invalid>)
    )
    """
print(Mustache("Hello {{name}}!").substitute(name="W"))

class Pct(string.Template):
    delimiter = "%"
    flags = re.ASCII
print(Pct("%who is %{what}, 100%%").substitute(who="x", what="y"))

class Hash(string.Template):
    delimiter = "#"
print(Hash("#a and #{b} ##").substitute(a=1, b=2))
print(string.Template("$Name $name").substitute(Name="A", name="b"))
