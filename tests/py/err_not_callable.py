handlers = {"a": len, "b": 5}
for key in ["a", "b"]:
    h = handlers[key]
    print("calling", key)
    print(h("xyz"))
