"""tqdm for taipan: progress bars on stderr, in tqdm 4's format.

Preprocessing scripts wrap their loops in `tqdm(...)`; this module gives
them the same bar (the meter text, `tqdm.write`, `set_description`,
`set_postfix`, `update`, `trange`, `total`/`n`/`desc` ...) so that they run
unchanged. What a script prints on stdout is what it prints under CPython
with tqdm 4.70; the bar itself goes to stderr and depends on timing, as in
tqdm.

Differences: the bar is redrawn at most every `mininterval` seconds and
when it closes (no monitor thread, no `maxinterval`); `position` and
nested bars are drawn one after the other rather than on separate lines;
there are no notebook widgets (`tqdm.notebook` and `tqdm.auto` give this
text bar), no `tqdm.pandas()` and no `tqdm.contrib` helpers other than
`tqdm.contrib.concurrent.thread_map` / `process_map`.
"""

import sys
import time as _time

__version__ = "4.70.1"
__all__ = ["tqdm", "trange", "TqdmWarning", "TqdmKeyError", "TqdmDeprecationWarning", "__version__"]


class TqdmWarning(Warning):
    """Base class of tqdm's warnings."""


class TqdmKeyError(KeyError):
    """An unknown keyword argument was given to tqdm."""


class TqdmDeprecationWarning(TqdmWarning, DeprecationWarning):
    """A deprecated tqdm feature was used."""


_UTF_CHARSET = " " + "".join(chr(c) for c in range(0x258F, 0x2587, -1))
_ASCII_CHARSET = " 123456789#"


class _Bar:
    """A bar filled to `frac`, drawn by `format`: `{bar}` is `default_len`
    cells; a spec gives the cells (`{bar:20}`, or `{bar:-5}` for five
    fewer) and may end in a charset letter: a(scii), u(nicode), b(lank)."""

    def __init__(self, frac, default_len, charset):
        self.frac = frac
        self.default_len = default_len
        self.charset = charset

    def __format__(self, spec):
        charset = self.charset
        if spec and spec[-1].lower() in "aub":
            charset = {"a": _ASCII_CHARSET, "u": _UTF_CHARSET, "b": " "}[spec[-1].lower()]
            spec = spec[:-1]
        width = self.default_len
        if spec:
            width = int(spec)
            if width < 0:
                width += self.default_len
        steps = len(charset) - 1
        if steps < 1:
            return charset * width
        full, part = divmod(int(self.frac * width * steps), steps)
        text = charset[-1] * full
        if full < width:
            return text + charset[part] + charset[0] * (width - full - 1)
        return text


def _is_numpy_scalar(value):
    """Whether `value` is a NumPy number (tqdm shortens those as numbers)."""
    return getattr(value, "ndim", None) == 0 and hasattr(value, "dtype")


class _BarSlot:
    """Marks where `{bar}` sits in a bar_format, so the rest can be measured."""

    def __init__(self):
        self.used = False

    def __format__(self, spec):
        self.used = True
        return ""


class tqdm:
    """An iterable (or a manual counter) that draws a progress bar."""

    def __init__(self, iterable=None, desc=None, total=None, leave=True,
                 file=None, ncols=None, mininterval=0.1, maxinterval=10.0,
                 miniters=None, ascii=None, disable=False, unit="it",
                 unit_scale=False, dynamic_ncols=False, smoothing=0.3,
                 bar_format=None, initial=0, position=None, postfix=None,
                 unit_divisor=1000, write_bytes=False, lock_args=None,
                 nrows=None, colour=None, delay=0.0, gui=False, **kwargs):
        if kwargs:
            raise TqdmKeyError("Unknown argument(s): " + str(kwargs))
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError):
                total = None
        if total == float("inf"):
            total = None
        self.iterable = iterable
        self.desc = desc or ""
        self.total = total
        self.leave = leave
        self.fp = file if file is not None else sys.stderr
        self.ncols = ncols
        self.nrows = nrows
        self.mininterval = mininterval
        self.maxinterval = maxinterval
        self.miniters = miniters or 0
        self.ascii = ascii
        self.disable = disable
        self.unit = unit
        self.unit_scale = unit_scale
        self.unit_divisor = unit_divisor
        self.dynamic_ncols = dynamic_ncols
        self.smoothing = smoothing
        self.bar_format = bar_format
        self.initial = initial
        self.n = initial
        self.last_print_n = initial
        self.pos = position or 0
        self.colour = colour
        self.delay = delay
        self.postfix = None
        self._last_len = 0
        self.start_t = _time.time()
        self.last_print_t = self.start_t
        if disable:
            return
        if postfix:
            try:
                self.set_postfix(refresh=False, **postfix)
            except TypeError:
                self.postfix = postfix
        if delay <= 0:
            self.refresh()

    # ------------------------------------------------------------ formatting

    @staticmethod
    def format_sizeof(num, suffix="", divisor=1000):
        """`num` with an SI prefix: 123456789 -> '123M'."""
        for unit in ["", "k", "M", "G", "T", "P", "E", "Z"]:
            if abs(num) < 999.5:
                if abs(num) < 99.95:
                    if abs(num) < 9.995:
                        return "{0:1.2f}".format(num) + unit + suffix
                    return "{0:2.1f}".format(num) + unit + suffix
                return "{0:3.0f}".format(num) + unit + suffix
            num /= divisor
        return "{0:3.1f}Y".format(num) + suffix

    @staticmethod
    def format_interval(t):
        """Seconds as [H:]MM:SS."""
        mins, s = divmod(int(t), 60)
        h, m = divmod(mins, 60)
        if h:
            return "{0:d}:{1:02d}:{2:02d}".format(h, m, s)
        return "{0:02d}:{1:02d}".format(m, s)

    @staticmethod
    def format_num(n):
        """The shorter of `n` and its 3-significant-digit form."""
        f = "{0:.3g}".format(n).replace("e+0", "e+").replace("e-0", "e-")
        n = str(n)
        return f if len(f) < len(n) else n

    @staticmethod
    def format_meter(n, total, elapsed, ncols=None, prefix="", ascii=False,
                     unit="it", unit_scale=False, rate=None, bar_format=None,
                     postfix=None, unit_divisor=1000, initial=0, colour=None,
                     **extra_kwargs):
        """The text of a bar: counts, percentage, bar, times and rate."""
        if total and n >= (total + 0.5):
            total = None
        if unit_scale and unit_scale not in (True, 1):
            if total:
                total *= unit_scale
            n *= unit_scale
            if rate:
                rate *= unit_scale
            unit_scale = False
        sizeof = tqdm.format_sizeof
        elapsed_str = tqdm.format_interval(elapsed)
        if rate is None and elapsed:
            rate = (n - initial) / elapsed
        inv_rate = 1 / rate if rate else None
        if rate:
            rate_noinv_fmt = (sizeof(rate) if unit_scale else "{0:5.2f}".format(rate)) + unit + "/s"
        else:
            rate_noinv_fmt = "?" + unit + "/s"
        if inv_rate:
            rate_inv_fmt = (sizeof(inv_rate) if unit_scale else "{0:5.2f}".format(inv_rate)) + "s/" + unit
        else:
            rate_inv_fmt = "?s/" + unit
        rate_fmt = rate_inv_fmt if inv_rate and inv_rate > 1 else rate_noinv_fmt
        if unit_scale:
            n_fmt = sizeof(n, divisor=unit_divisor)
            total_fmt = sizeof(total, divisor=unit_divisor) if total is not None else "?"
        else:
            n_fmt = str(n)
            total_fmt = str(total) if total is not None else "?"
        try:
            postfix = ", " + postfix if postfix else ""
        except TypeError:
            pass
        remaining = (total - n) / rate if rate and total else 0
        remaining_str = tqdm.format_interval(remaining) if rate else "?"
        if prefix:
            l_bar = prefix if prefix[-2:] == ": " else prefix + ": "
        else:
            l_bar = ""
        r_bar = "| {0}/{1} [{2}<{3}, {4}{5}]".format(
            n_fmt, total_fmt, elapsed_str, remaining_str, rate_fmt, postfix)
        fields = dict(
            n=n, n_fmt=n_fmt, total=total, total_fmt=total_fmt, elapsed=elapsed_str,
            elapsed_s=elapsed, ncols=ncols, desc=prefix or "", unit=unit,
            rate=inv_rate if inv_rate and inv_rate > 1 else rate,
            rate_fmt=rate_fmt, rate_noinv=rate, rate_noinv_fmt=rate_noinv_fmt,
            rate_inv=inv_rate, rate_inv_fmt=rate_inv_fmt, postfix=postfix,
            unit_divisor=unit_divisor, colour=colour, remaining=remaining_str,
            remaining_s=remaining, l_bar=l_bar, r_bar=r_bar)
        fields.update(extra_kwargs)
        if total:
            frac = n / total
            fields["percentage"] = frac * 100
            l_bar += "{0:3.0f}%|".format(frac * 100)
            if ncols == 0:
                return l_bar[:-1] + r_bar[1:]
            fields["l_bar"] = l_bar
            if bar_format:
                if not prefix:
                    bar_format = bar_format.replace("{desc}: ", "")
            else:
                bar_format = "{l_bar}{bar}{r_bar}"
            if ascii is True:
                charset = _ASCII_CHARSET
            else:
                charset = ascii or _UTF_CHARSET
        elif bar_format:
            fields["percentage"] = 0
            frac = 0
            charset = " "
        else:
            return "{0}{1}{2} [{3}, {4}{5}]".format(
                (prefix + ": ") if prefix else "", n_fmt, unit, elapsed_str, rate_fmt, postfix)
        slot = _BarSlot()
        without_bar = bar_format.format(bar=slot, **fields)
        if not slot.used:
            return without_bar
        width = max(1, ncols - len(without_bar)) if ncols else 10
        text = bar_format.format(bar=_Bar(frac, width, charset), **fields)
        return text[:ncols] if ncols else text

    @property
    def format_dict(self):
        """The fields `format_meter` draws this bar from."""
        return {
            "n": self.n, "total": self.total,
            "elapsed": _time.time() - self.start_t,
            "ncols": self.ncols, "nrows": self.nrows, "prefix": self.desc,
            "ascii": self.ascii, "unit": self.unit, "unit_scale": self.unit_scale,
            "rate": None, "bar_format": self.bar_format, "postfix": self.postfix,
            "unit_divisor": self.unit_divisor, "initial": self.initial,
            "colour": self.colour,
        }

    def __str__(self):
        return self.format_meter(**self.format_dict)

    __repr__ = __str__

    # ------------------------------------------------------------ drawing

    def display(self, msg=None, pos=None):
        """Draws the bar (or `msg`) over the current line of the file."""
        text = self.__str__() if msg is None else msg
        pad = " " * max(self._last_len - len(text), 0)
        self._last_len = len(text)
        self._write("\r" + text + pad)
        return True

    def _write(self, text):
        """Writes `text` to the bar's file; a closed or broken file is ignored."""
        try:
            self.fp.write(text)
            self.fp.flush()
        except (OSError, ValueError, AttributeError):
            pass

    def refresh(self, nolock=False, lock_args=None):
        """Redraws the bar now."""
        if self.disable:
            return False
        self.display()
        self.last_print_n = self.n
        self.last_print_t = _time.time()
        return True

    def clear(self, nolock=False):
        """Blanks the bar's line."""
        if not self.disable and self._last_len:
            self.display(msg="")

    def update(self, n=1):
        """Advances the count by `n`; redraws when `mininterval` has passed."""
        if self.disable:
            return None
        if n < 0:
            self.last_print_n += n
        self.n += n
        if self.n - self.last_print_n >= self.miniters:
            now = _time.time()
            if now - self.last_print_t >= self.mininterval and now - self.start_t >= self.delay:
                self.refresh()
                return True
        return None

    def close(self):
        """Draws the final bar (ends its line, or blanks it when leave=False)."""
        if self.disable:
            return
        self.disable = True
        if self.leave:
            self.display()
            self._write("\n")
        elif self._last_len:
            self.display(msg="")
            self._write("\r")

    def unpause(self):
        """Restarts the clock of the last redraw."""
        self.last_print_t = _time.time()

    def reset(self, total=None):
        """Counts from zero again (with a new total, when given)."""
        self.n = 0
        self.last_print_n = 0
        if total is not None:
            self.total = total
        self.start_t = self.last_print_t = _time.time()
        if not self.disable:
            self.refresh()

    def set_description(self, desc=None, refresh=True):
        """Sets the text before the bar (a ': ' is added)."""
        self.desc = desc + ": " if desc else ""
        if refresh:
            self.refresh()

    def set_description_str(self, desc=None, refresh=True):
        """Sets the text before the bar as given."""
        self.desc = desc or ""
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        """Sets `key=value` pairs shown after the rate (numbers shortened)."""
        items = dict(ordered_dict or {})
        for key in sorted(kwargs.keys()):
            items[key] = kwargs[key]
        parts = []
        for key, value in items.items():
            if isinstance(value, (int, float)) or _is_numpy_scalar(value):
                value = self.format_num(value)
            elif not isinstance(value, str):
                value = str(value)
            parts.append(key + "=" + value.strip())
        self.postfix = ", ".join(parts)
        if refresh:
            self.refresh()

    def set_postfix_str(self, s="", refresh=True):
        """Sets the text shown after the rate."""
        self.postfix = str(s)
        if refresh:
            self.refresh()

    @classmethod
    def write(cls, s, file=None, end="\n", nolock=False):
        """Prints `s` (to stdout unless `file` is given) without breaking bars."""
        fp = file if file is not None else sys.stdout
        fp.write(s)
        fp.write(end)

    # ------------------------------------------------------------ protocols

    def __iter__(self):
        iterable = self.iterable
        if iterable is None:
            raise TypeError("'tqdm' object is not iterable")
        if self.disable:
            for item in iterable:
                yield item
            return
        try:
            for item in iterable:
                yield item
                self.update(1)
        finally:
            self.close()

    def __len__(self):
        if self.total is not None:
            return self.total
        if self.iterable is None:
            return 0
        if hasattr(self.iterable, "__len__"):
            return len(self.iterable)
        if hasattr(self.iterable, "shape"):
            return self.iterable.shape[0]
        raise TypeError("'tqdm' object has no len()")

    def __bool__(self):
        if self.total is not None:
            return self.total > 0
        if self.iterable is None:
            raise TypeError("bool() undefined when iterable == total == None")
        return bool(self.iterable)

    def __reversed__(self):
        if self.iterable is None:
            raise TypeError("'tqdm' object is not reversible")
        orig = self.iterable
        try:
            self.iterable = reversed(orig)
            return self.__iter__()
        finally:
            self.iterable = orig

    def __contains__(self, item):
        return item in (self.iterable if self.iterable is not None else ())

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False

    def __hash__(self):
        return id(self)


def trange(*args, **kwargs):
    """`tqdm(range(*args), **kwargs)`."""
    return tqdm(range(*args), **kwargs)
