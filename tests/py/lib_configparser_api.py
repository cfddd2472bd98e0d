import configparser
import io
import os

cp = configparser.ConfigParser(defaults={"Shared": 1, "flag": True}, converters={"list": str.split})
cp.read_dict({"one": {"a": 1, "B": 2.5, "c": ""}, 2: {"x": "y z"}}, source="my dict")
print(cp.sections(), cp.items("one"), cp.defaults(), cp.getlist("2", "x"), cp["2"].getlist("x"))
cp["three"] = {"k": "v", "n": "10"}
cp["three"]["extra"] = "e"
cp["DEFAULT"]["fromproxy"] = "p"
print(cp.items("three"), len(cp["three"]), sorted(cp["three"]), cp.getint("three", "n"))
print(cp.remove_option("three", "k"), cp.remove_option("three", "k"), cp.remove_section("one"),
      cp.remove_section("one"), cp.sections())
del cp["2"]
del cp["three"]["extra"]
print(cp.sections(), list(cp["three"].keys()), cp.popitem()[0], cp.sections())
print(list(cp.converters), cp.converters["list"] is str.split, cp.converters["int"])
cp.converters["upper"] = str.upper
cp.add_section("late")
cp.set("late", "name", "abc")
print(cp.getupper("late", "name"), cp["late"].getupper("name"), cp["late"].getupper("no", "FB"))
del cp.converters["upper"]
print(hasattr(cp, "getupper"), hasattr(cp["late"], "getupper"), "upper" in cp.converters)
cp["late"] = {"replaced": "yes"}
print(cp.items("late", raw=True), cp.has_option("late", "name"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
base = "/tmp/taipan_test_lib_configparser_api"
with open(base + "_a.ini", "w") as f:
    f.write("[file]\nfrom = a\n")
with open(base + "_b.ini", "w", encoding="utf-8") as f:
    f.write("[file]\nalso = b\u00e9\n")
cp2 = configparser.ConfigParser()
print(cp2.read([base + "_a.ini", base + "_missing.ini", base + "_b.ini"], encoding="utf-8") ==
      [base + "_a.ini", base + "_b.ini"], cp2.read(base + "_missing.ini"), cp2.items("file"))
with open(base + "_a.ini") as f:
    cp3 = configparser.ConfigParser()
    cp3.read_file(f)
    cp3.read_file(["[lines]\n", "k = v\n"], source="a list")
print(cp3.sections(), cp3["lines"]["k"], cp3.read(base + "_b.ini") == [base + "_b.ini"], cp3["file"]["also"])
for name in ("_a.ini", "_b.ini"):
    os.remove(base + name)
raw = configparser.RawConfigParser(allow_no_value=True)
raw.add_section("s")
raw.set("s", "num", 5)
raw.set("s", "bare")
out = io.StringIO()
raw.write(out)
print(raw.get("s", "num"), raw.items("s"), repr(out.getvalue()), raw.defaults(), configparser.DEFAULTSECT)
