import io
import csv

data = 'a,b,c\r\n1,"two, 2","he said ""hi"""\r\n"multi\nline",x,\r\n\r\nlast,  sp,"q"\r\n'
r = csv.reader(io.StringIO(data, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["x;y;'z;w'", "1; 2;3"], delimiter=";", quotechar="'", skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\"d', 'e\\\\f'], escapechar="\\", quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,"a",2.5,', ' 3,x'], quoting=csv.QUOTE_NONNUMERIC)) if False else
      list(csv.reader(['1,"a",2.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"unterminated', 'more'])))
print(list(csv.reader(['a\tb\t"c\td"'], dialect="excel-tab")))
print(list(csv.reader(['"ab"cd,e'])))
try:
    list(csv.reader(['"ab"cd,e'], strict=True))
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(['a,b\rc']))
except csv.Error as e:
    print("Error", e)

rows = [["id", "name", "note"], [1, "Ann", "likes, commas"], [2, 'Bo "B"', None],
        [3.5, "", "line\nbreak"], [True, " lead", "tab\tx"]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    for row in rows:
        n = w.writerow(row)
    print(q, n, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerows([["a,b", 'c"d', "e\\f"], ["plain", 1, 2.0]])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar="!", delimiter="|")
w.writerow(['say "x"', "a|b", "ok!"])
w.writerow([""])
w.writerow([])
w.writerow([None])
print(repr(s.getvalue()))
for bad_row, kw in ((["a,b"], {"quoting": csv.QUOTE_NONE}), ([""], {"quoting": csv.QUOTE_NONE}), (5, {})):
    try:
        csv.writer(io.StringIO(), **kw).writerow(bad_row)
    except csv.Error as e:
        print("Error", e)
for kw in ({"delimiter": "ab"}, {"quoting": 9}, {"delimiter": 1}, {"quotechar": None}, {"lineterminator": 3}):
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError", e)
s = io.StringIO()
csv.writer(s, quotechar=None, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(['a"b', "c"])
print(repr(s.getvalue()))
print(repr(list(csv.reader(["a,b"], quotechar=None))))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote, sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, "pipes").writerow(["x", 1])
csv.writer(s, csv.unix_dialect).writerow(["y", 2])
print(repr(s.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)

text = "name,age,city\nAnn,30,Oslo\n\nBo,25\nCy,40,Rome,extra,more\n"
dr = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(dr.fieldnames, dr.line_num)
for rec in dr:
    print(dr.line_num, rec)
print(list(csv.DictReader(["1,2", "3,4,5"], fieldnames=["a", "b"])))
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b", "c"], restval="NA")
dw.writeheader()
dw.writerow({"a": 1, "c": "x,y"})
dw.writerows([{"b": 2}, {"a": "q", "b": "w", "c": "e"}])
try:
    dw.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(s, ["a"], extrasaction="ignore").writerow({"a": 5, "zz": 6})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError", e)
old = csv.field_size_limit(10)
print(old, csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(old)

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["1;2;'3'"], Semi)), list(csv.reader(["1;2"], Semi())))
