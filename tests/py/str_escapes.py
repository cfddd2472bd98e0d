print("tab:\t|", "nl:\\n", "quote:\"'", 'single:\'', "backslash:\\", "bell repr:", repr("\a\b\f\v"))
print(r"raw \n string \t", r"C:\path\to", len(r"\n"), len("\n"))
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "octal \0end" == "octal \x00end")
print("""triple "quoted" string
with 'newline'""")
print('''another
one''', len("""a
b"""))
print("implicit" " concat" ' mixed', "a\
b")
print(repr("\r\n\t\x00\x1f\x7f"), repr("'\""), repr('\\'))
print(b"\x00\n".hex(), "%r" % "\t")
