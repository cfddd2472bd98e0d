# \s and \S with the ASCII separators U+001C..U+001F: spaces in str
# patterns (as str.isspace() and str.split() say), not in ASCII or bytes
# patterns.
import re

text = "field1\x1cfield2\x1ffield3 field4\tfield5"
print(text.split())
print(re.split(r"\s+", text))
print(re.split(r"\s+", text, flags=re.ASCII))
print(re.findall(r"\S+", text))
print(re.split(rb"\s+", text.encode()))
print([hex(c) for c in range(128) if re.match(r"\s", chr(c))])
print([hex(c) for c in range(128) if re.match(r"\s", chr(c), re.A)])
print([hex(c) for c in range(128) if re.match(rb"\s", bytes([c]))])
print([hex(c) for c in range(128) if re.match(r"[\s]", chr(c))], re.sub(r"[^\S]", "_", "a\x1db c"))
