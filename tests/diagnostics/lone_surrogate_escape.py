import re

# Strips the surrogates that a bad decode left behind.
SURROGATES = re.compile("[\ud800-\udfff]")
print(SURROGATES.sub("", "text"))
