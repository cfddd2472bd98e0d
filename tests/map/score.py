# A script for `taipan map`: its main block must not run when mapped.
WEIGHTS = {"good": 2, "bad": -3}


def score(text):
    return sum(WEIGHTS.get(w, 0) for w in text.split())


def shout(text):
    return text.upper().encode()


def fail_on_empty(text):
    return 10 // len(text)


if __name__ == "__main__":
    print("main block")
