def load(name):
    try:
        raise FileNotFoundError(2, "No such file or directory", name)
    except FileNotFoundError as e:
        e.add_note(f"while loading the vocabulary for {name!r}")
        e.add_note("hint: run download.py first")
        raise


load("vocab.txt")
