# JSONEncoder.iterencode yields the chunks CPython's pure-Python encoder
# yields (a streaming writer sees the same pieces), with and without indent.
import io
import json

doc = {"name": "run", "scores": [1, 2.5, None], "meta": {"ok": True, "tags": []}, "empty": {}}
for kwargs in [{}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")}]:
    chunks = list(json.JSONEncoder(**kwargs).iterencode(doc))
    print(len(chunks), chunks)
print(list(json.JSONEncoder(indent=1).iterencode([{"a": [1]}, "s"])))
buf = io.StringIO()
json.dump(doc, buf, indent=1)
print(buf.getvalue() == json.dumps(doc, indent=1))
