# A Latin-1 byte and no coding comment: CPython refuses the file.
print("before")
s = "café"
