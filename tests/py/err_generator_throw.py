def worker():
    while True:
        v = yield
        print("got", v)

w = worker()
next(w)
w.send(1)
w.send(2)
w.throw(ValueError("injected"))
