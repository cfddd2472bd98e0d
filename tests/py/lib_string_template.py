# string.Template: $name, ${name}, $$, missing names and invalid placeholders.
from string import Template

t = Template("$who likes ${what} for $$5 at $where_1.")
print(t.substitute(who="tim", what="kung pao", where_1="home"))
print(t.substitute({"who": "ann", "what": "tea", "where_1": "work"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
for mapping in ({"who": "x"}, {}):
    try:
        t.substitute(mapping)
    except KeyError as e:
        print("KeyError:", e)
bad = Template("line one\ncost: $ 5")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{x}").substitute(name="n", x=1))


class Upper(Template):
    idpattern = r"[A-Z]+"
    flags = 0


print(Upper("$AB $cd").safe_substitute(AB="yes", cd="no"))
print(Template("${a}b $a").substitute(a=1), Template("").substitute())
