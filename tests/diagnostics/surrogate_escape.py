# A lone surrogate escape would silently become U+FFFD: refused instead.
fine = "caf\u00e9 \U0001F600 a\\ud800"
bad = "\ud83d\ude00"
