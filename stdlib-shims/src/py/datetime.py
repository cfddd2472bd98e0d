"""Dates, times, durations and time zones, as in CPython's datetime module."""
import re as _re
from functools import lru_cache as _lru_cache
import time as _time
from operator import index as _index

MINYEAR = 1
MAXYEAR = 9999
_DAY_US = 86400000000
_EPOCH_ORD = 719163
_MAX_ORD = 3652059
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
_KEEP = object()
_UTC = None


def _tn(obj):
    """The type name CPython shows for obj: this module's own types are qualified."""
    t = type(obj)
    return 'datetime.' + t.__name__ if t.__module__ == __name__ else t.__name__


def _bad_arg(what, expected, obj):
    """The TypeError of CPython's argument parsing."""
    return TypeError('%s must be %s, not %s' % (what, expected, 'None' if obj is None else _tn(obj)))


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _mdays(y, m):
    return 29 if m == 2 and _leap(y) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]


def _ordinal(y, m, d):
    """Day number of a proleptic Gregorian date, 0001-01-01 being day 1."""
    if m <= 2:
        y, m = y - 1, m + 12
    era, yoe = divmod(y, 400)
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + (153 * (m - 3) + 2) // 5 + d - 306


def _ymd(n):
    """The (year, month, day) of a day number (any integer)."""
    era, doe = divmod(n + 305, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - yoe * 365 - yoe // 4 + yoe // 100
    mp = (5 * doy + 2) // 153
    m = mp + 3 if mp < 10 else mp - 9
    return era * 400 + yoe + (m <= 2), m, doy - (153 * mp + 2) // 5 + 1


def _week1(y):
    """Day number of the Monday that starts ISO week 1 of year y."""
    n = _ordinal(y, 1, 4)
    return n - (n + 6) % 7


def _round_div(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    return q + 1 if 2 * r > b or 2 * r == b and q % 2 else q


def _cint(v):
    """v as an integer that fits a C int, raising what CPython's conversion raises."""
    if not isinstance(v, int):
        if not hasattr(type(v), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _tn(v))
        v = _index(v)
    if not -2 ** 31 <= v < 2 ** 31:
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('signed integer is ' + ('greater than maximum' if v > 0 else 'less than minimum'))
    return v


def _int3(b):
    return b[0] << 16 | b[1] << 8 | b[2]


def _bytes3(n):
    return bytes((n >> 16, n >> 8 & 255, n & 255))


def _check_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _mdays(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tn(tz))


def _check_time(h, mi, s, us, tz, fold):
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    for v, top, name in ((h, 23, 'hour'), (mi, 59, 'minute'), (s, 59, 'second'), (us, 999999, 'microsecond')):
        if not 0 <= v <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    _check_tzinfo(tz)
    return h, mi, s, us, tz, fold


def _check_offset(off, meth):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if off is not None:
        if not isinstance(off, timedelta):
            raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (meth, _tn(off)))
        if not -_DAY_US < off._us < _DAY_US:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24).')
    return off


def _fmt_offset(off, sep):
    """An offset as +HH<sep>MM[<sep>SS[.ffffff]], or '' for None."""
    if off is None:
        return ''
    s, us = divmod(abs(off._us), 1000000)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    out = '%s%02d%s%02d' % ('-' if off._us < 0 else '+', h, sep, m)
    if s or us:
        out += '%s%02d' % (sep, s)
    return out + ('.%06d' % us if us else '')


_TIMESPECS = {'hours': '%02d', 'minutes': '%02d:%02d', 'seconds': '%02d:%02d:%02d',
              'milliseconds': '%02d:%02d:%02d.%03d', 'microseconds': '%02d:%02d:%02d.%06d'}


def _fmt_clock(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    fmt = _TIMESPECS.get(timespec) if isinstance(timespec, str) else None
    if fmt is None:
        raise ValueError('Unknown timespec value')
    fields = (h, m, s, us // 1000 if timespec == 'milliseconds' else us)
    return fmt % fields[:fmt.count('%')]


def _clock_repr(self):
    """repr of a time or datetime, leaving out zero seconds and microseconds at the end."""
    *shown, tz, fold = self._fields()
    is_dt = isinstance(self, date)
    while len(shown) > (5 if is_dt else 2) and not shown[-1]:
        shown.pop()
    extra = [', tzinfo=%r' % (tz,)] if tz is not None else []
    if fold:
        extra.insert(0 if is_dt else len(extra), ', fold=1')
    return '%s(%s%s)' % (_tn(self), ', '.join(map(str, shown)), ''.join(extra))


def _utc_pair(x, y, a, b, eq, action):
    """Keys a and b of times or datetimes x and y, made comparable: shifted to UTC
    when their tzinfos differ.  None when eq and they cannot be equal."""
    if x._tz is y._tz:
        return a, b
    o1, o2 = x.utcoffset(), y.utcoffset()
    if (o1 is None) != (o2 is None):
        if eq:
            return None
        kind = 'datetimes' if isinstance(x, date) else 'times'
        raise TypeError("can't %s offset-naive and offset-aware %s" % (action, kind))
    if o1 is None:
        return a, b
    if eq and isinstance(x, datetime) and (x._fold_matters(o1) or y._fold_matters(o2)):
        return None  # PEP 495: such a time equals none in another zone
    return a - o1._us, b - o2._us


try:
    _struct_time = _time.struct_time
    _struct_time((1970, 1, 1, 0, 0, 0, 3, 1, 0))
except TypeError:  # taipan's time.struct_time cannot be built from Python
    _TM_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    class _struct_time(tuple):
        """A 9-tuple standing in for time.struct_time."""
        __slots__ = ()

        def __getattr__(self, name):
            if name in _TM_FIELDS:
                return self[_TM_FIELDS.index(name)]
            raise AttributeError(name)

        def __repr__(self):
            return 'time.struct_time(%s)' % ', '.join('%s=%r' % p for p in zip(_TM_FIELDS, self))


def _strftime(fmt, tt, clock=None):
    """time.strftime with %f, %z and %Z taken from clock (a time or datetime)."""
    if not isinstance(fmt, str):
        raise _bad_arg('strftime() argument 1', 'str', fmt)
    out = []
    i = 0
    while True:
        j = fmt.find('%', i)
        if j < 0 or j + 1 == len(fmt):
            out.append(fmt[i:])
            break
        k = j + 1
        while k + 1 < len(fmt) and fmt[k] in '-_0^#123456789EO':
            k += 1  # glibc's flags, width and modifiers
        c = fmt[k]
        if c == 'f':
            out.append(fmt[i:j] + '%06d' % (clock._us if clock else 0))
        elif c == 'z':
            out.append(fmt[i:j] + _fmt_offset(clock and clock.utcoffset(), ''))
        elif c == 'Z':
            out.append(fmt[i:j] + (clock and clock.tzname() or '').replace('%', '%%'))
        else:
            out.append(fmt[i:k + 1])
        i = k + 1
    return _time.strftime(''.join(out), tt)


class _Ordered:
    """Comparison operators built on each class's _pair(other, eq), which
    returns the two keys to compare, NotImplemented, or None for 'unequal'."""
    __slots__ = ()

    def __eq__(self, other):
        p = self._pair(other, True)
        return p if p is NotImplemented else p is not None and p[0] == p[1]

    def __lt__(self, other):
        p = self._pair(other, False)
        return p if p is NotImplemented else p[0] < p[1]

    def __le__(self, other):
        p = self._pair(other, False)
        return p if p is NotImplemented else p[0] <= p[1]

    def __gt__(self, other):
        p = self._pair(other, False)
        return p if p is NotImplemented else p[0] > p[1]

    def __ge__(self, other):
        p = self._pair(other, False)
        return p if p is NotImplemented else p[0] >= p[1]


def _td(us, cls=None):
    """A timedelta (or cls instance) of us microseconds."""
    days = us // _DAY_US
    if not -2 ** 31 <= days < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls or timedelta)
    self._us = us
    return self


class timedelta(_Ordered):
    """A duration, normalised to days, seconds and microseconds."""
    __slots__ = ('_us',)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Floats are split as CPython does: whole units exactly, the fractions
        # in floating point, their leftover rounded half to even at the end.
        whole, left = 0, 0.0
        for name, v, scale in (('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                               ('seconds', seconds, 1000000), ('minutes', minutes, 60000000),
                               ('hours', hours, 3600000000), ('days', days, _DAY_US),
                               ('weeks', weeks, 7 * _DAY_US)):
            if isinstance(v, int):
                whole += v * scale
            elif isinstance(v, float):
                n = int(v)
                part = (v - n) * scale
                whole += n * scale + int(part)
                left += part - int(part)
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, _tn(v)))
        whole += int(left)
        left -= int(left)
        return _td(whole + (int(left * 2) if abs(left) == 0.5 and whole % 2 else round(left)), cls)

    days = property(lambda self: self._us // _DAY_US)
    seconds = property(lambda self: self._us % _DAY_US // 1000000)
    microseconds = property(lambda self: self._us % 1000000)

    def _fields(self):
        return self.days, self.seconds, self.microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us / 1000000

    def __repr__(self):
        parts = ['%s=%d' % p for p in zip(('days', 'seconds', 'microseconds'), self._fields()) if p[1]]
        return '%s(%s)' % (_tn(self), ', '.join(parts) or '0')

    def __str__(self):
        d, s, us = self._fields()
        out = '%d:%02d:%02d' % (s // 3600, s // 60 % 60, s % 60) + ('.%06d' % us if us else '')
        return '%d day%s, %s' % (d, '' if abs(d) == 1 else 's', out) if d else out

    def __add__(self, other):
        return _td(self._us + other._us) if isinstance(other, timedelta) else NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return _td(self._us - other._us) if isinstance(other, timedelta) else NotImplemented

    def __rsub__(self, other):
        return _td(other._us - self._us) if isinstance(other, timedelta) else NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_div(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            return _td(_round_div(self._us, other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_div(self._us * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        return _td(self._us // other) if isinstance(other, int) else NotImplemented

    def __mod__(self, other):
        return _td(self._us % other._us) if isinstance(other, timedelta) else NotImplemented

    def __divmod__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        q, r = divmod(self._us, other._us)
        return q, _td(r)

    def _pair(self, other, eq):
        return (self._us, other._us) if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), self._fields()


timedelta.min = _td(-999999999 * _DAY_US)
timedelta.max = _td(1000000000 * _DAY_US - 1)
timedelta.resolution = _td(1)


class date(_Ordered):
    """A date in the proleptic Gregorian calendar."""
    __slots__ = ('_y', '_m', '_d')

    def __new__(cls, year, month=None, day=None):
        if isinstance(year, bytes) and len(year) == 4:  # CPython's pickled state
            return date.__new__(cls, year[0] * 256 + year[1], year[2], year[3])
        self = object.__new__(cls)
        self._y, self._m, self._d = _check_date(_cint(year), _cint(month), _cint(day))
        return self

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        s = _split_ts(t)[0]
        if s > t:
            s -= 1
        return cls(*_time.localtime(s)[:3])

    @classmethod
    def fromordinal(cls, n):
        """The date of a day number, 0001-01-01 being day 1."""
        if _cint(n) < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        """The date of 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        # like CPython: a UTF-8 length check, and a basic-form date ignores what follows
        ymd = _parse_date(s if s[4:5] == '-' else s[:8]) if len(s.encode()) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday)."""
        try:
            year, week, day = _cint(year), _cint(week), _cint(day)
        except OverflowError:
            raise ValueError('ISO calendar component out of range') from None
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 1 <= week <= 52 + (_week1(year + 1) - _week1(year) > 364):
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_ymd(_week1(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        """The day number, 0001-01-01 being day 1."""
        return _ordinal(self._y, self._m, self._d)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """The ISO (year, week, weekday) triple."""
        n = self.toordinal()
        y = self._y + (n >= _week1(self._y + 1)) - (n < _week1(self._y))
        w, d = divmod(n - _week1(y), 7)
        return _IsoCalendarDate(y, w + 1, d + 1)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        """A copy with the given fields changed."""
        return type(self)(*_merge((self._y, self._m, self._d), (year, month, day)))

    def timetuple(self):
        """The date as a time.struct_time."""
        return self._timetuple(0, 0, 0, -1)

    def _timetuple(self, h, m, s, isdst):
        yday = self.toordinal() - _ordinal(self._y, 1, 1) + 1
        return _struct_time((self._y, self._m, self._d, h, m, s, self.weekday(), yday, isdst))

    def ctime(self):
        """The date and time in the style of time.ctime()."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._m - 1][:3], self._d,
            getattr(self, '_h', 0), getattr(self, '_mi', 0), getattr(self, '_s', 0), self._y)

    def strftime(self, fmt):
        """Format with time.strftime() directives."""
        return _strftime(fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise _bad_arg('__format__() argument 1', 'str', fmt)
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        """The date as 'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tn(self), self._y, self._m, self._d)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._from_ord(self.toordinal() + other.days)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._from_ord(self.toordinal() - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _DAY_US)
        return NotImplemented

    def _from_ord(self, n):
        if not 1 <= n <= _MAX_ORD:
            raise OverflowError('date value out of range')
        return type(self)(*_ymd(n))

    def _pair(self, other, eq):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._y, self._m, self._d), (other._y, other._m, other._d)
        return NotImplemented

    def __hash__(self):
        return hash((self._y, self._m, self._d))

    def __reduce_ex__(self, protocol):
        return type(self), (bytes((self._y >> 8, self._y & 255, self._m, self._d)),)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_Date = date
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


def _merge(old, new):
    return [o if n is _KEEP else n for o, n in zip(old, new)]


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) that isocalendar() returns."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self

    def __reduce__(self):
        return tuple, (tuple(self),)


class tzinfo:
    """Abstract base class for time zones."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Convert dt, whose fields are UTC, to this zone's local time."""
        _check_fromutc(self, dt)
        off, dst = dt.utcoffset(), dt.dst()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        if off != dst:
            dt += off - dst
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', tuple)()
        return type(self), args, getattr(self, '__dict__', None) or None


def _check_fromutc(tz, dt):
    if not isinstance(dt, datetime):
        raise TypeError('fromutc: argument must be a datetime')
    if dt._tz is not tz:
        raise ValueError('fromutc: dt.tzinfo is not self')


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __slots__ = ('_off', '_name')

    def __new__(cls, offset, name=_KEEP):
        if not isinstance(offset, timedelta):
            raise _bad_arg('timezone() argument 1', 'datetime.timedelta', offset)
        if name is _KEEP:
            if not offset._us and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise _bad_arg('timezone() argument 2', 'str', name)
        if not -_DAY_US < offset._us < _DAY_US:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % offset)
        self = object.__new__(cls)
        self._off, self._name = offset, name
        return self

    def _arg(self, dt, meth):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (meth, _tn(dt)))

    def utcoffset(self, dt):
        self._arg(dt, 'utcoffset')
        return self._off

    def dst(self, dt):
        self._arg(dt, 'dst')

    def tzname(self, dt):
        self._arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        return 'UTC' + _fmt_offset(self._off, ':') if self._off._us else 'UTC'

    def fromutc(self, dt):
        _check_fromutc(self, dt)
        return dt + self._off

    def __eq__(self, other):
        return self._off == other._off if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._off)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        name = '' if self._name is None else ', %r' % self._name
        return '%s(%r%s)' % (_tn(self), self._off, name)

    def __str__(self):
        return self.tzname(None)

    def __reduce__(self):
        return type(self), (self._off,) if self._name is None else (self._off, self._name)


_UTC = UTC = timezone.utc = timezone(timedelta(0))
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


class _Clock:
    """What time and datetime share: clock fields, tzinfo and fold."""
    __slots__ = ()
    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    def _tzarg(self):
        return self if isinstance(self, datetime) else None

    def utcoffset(self):
        """The offset from UTC that tzinfo gives, or None."""
        return None if self._tz is None else _check_offset(self._tz.utcoffset(self._tzarg()), 'utcoffset')

    def dst(self):
        """The daylight saving adjustment that tzinfo gives, or None."""
        return None if self._tz is None else _check_offset(self._tz.dst(self._tzarg()), 'dst')

    def tzname(self):
        """The time zone name that tzinfo gives, or None."""
        if self._tz is None:
            return None
        name = self._tz.tzname(self._tzarg())
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tn(name))
        return name

    def _tod(self):
        return ((self._h * 60 + self._mi) * 60 + self._s) * 1000000 + self._us

    def _utc_shift(self):
        """The utcoffset() of the fold=0 twin in microseconds (for hashing)."""
        off = (self.replace(fold=0) if self._fold else self).utcoffset()
        return off._us if off is not None else 0



class time(_Clock, _Ordered):
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6:  # CPython's pickled state, then tzinfo
            b = hour
            return time.__new__(cls, b[0] & 127, b[1], b[2], _int3(b[3:]), minute or None, fold=b[0] >> 7)
        self = object.__new__(cls)
        h, mi, s, us, fold = map(_cint, (hour, minute, second, microsecond, fold))
        self._h, self._mi, self._s, self._us, self._tz, self._fold = _check_time(h, mi, s, us, tzinfo, fold)
        return self

    @classmethod
    def fromisoformat(cls, s):
        """The time of an ISO 8601 string such as 'HH:MM:SS.ffffff+HH:MM'."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _parse_time(s[1:] if s[:1] == 'T' else s)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(*fields)

    def _fields(self):
        return self._h, self._mi, self._s, self._us, self._tz, self._fold

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP, tzinfo=_KEEP, *, fold=_KEEP):
        """A copy with the given fields changed."""
        *args, fold = _merge(self._fields(), (hour, minute, second, microsecond, tzinfo, fold))
        return type(self)(*args, fold=fold)

    def isoformat(self, timespec='auto'):
        """The time as 'HH:MM:SS[.ffffff][+HH:MM]'."""
        return _fmt_clock(self._h, self._mi, self._s, self._us, timespec) + _fmt_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, fmt):
        """Format with time.strftime() directives, on 1900-01-01."""
        return _strftime(fmt, (1900, 1, 1, self._h, self._mi, self._s, 0, 1, -1), self)

    __format__ = date.__format__

    __repr__ = _clock_repr

    def _pair(self, other, eq):
        if not isinstance(other, time):
            return NotImplemented
        return _utc_pair(self, other, self._tod(), other._tod(), eq, 'compare')

    def __hash__(self):
        return hash(self._tod() - self._utc_shift())

    __reduce__ = date.__reduce__

    def __reduce_ex__(self, protocol):
        state = bytes((self._h + 128 * (self._fold and protocol > 3), self._mi, self._s)) + _bytes3(self._us)
        return type(self), (state,) if self._tz is None else (state, self._tz)


_Time = time
time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _split_ts(t):
    """Whole seconds and microseconds of a timestamp, rounding half to even."""
    if isinstance(t, float) and t != t:
        raise ValueError('Invalid value NaN (not a number)')
    s = (int(t) if abs(t) < 2.0 ** 63 else 2 ** 63) if isinstance(t, float) else _index(t)
    if not -2 ** 63 <= s < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    if not isinstance(t, float):
        return s, 0
    us = round((t - s) * 1e6)
    return s + us // 1000000, us % 1000000


def _local_offset(s):
    """Seconds east of UTC of local time at timestamp s."""
    t = _time.localtime(s)
    return (_ordinal(t[0], t[1], t[2]) - _EPOCH_ORD) * 86400 + t[3] * 3600 + t[4] * 60 + t[5] - s


def _local_to_utc(local, fold):
    """The timestamp whose local time is local (seconds), following PEP 495 for gaps and folds."""
    n = (local + (86400 if fold else -86400)) // 86400 + _EPOCH_ORD
    if not 1 <= n <= _MAX_ORD:  # CPython fails when its probe a day away leaves the calendar
        raise ValueError('year %d is out of range' % _ymd(n)[0])
    u1 = local - _local_offset(local - 86400)
    u2 = local - _local_offset(local + 86400)
    if fold:
        u1, u2 = u2, u1
    return u1 if u1 + _local_offset(u1) == local or u2 + _local_offset(u2) != local else u2


def _local_timezone(s):
    off = _local_offset(s)
    # taipan's struct_time has no tm_zone: name the zone only when it is UTC
    name = getattr(_time.localtime(s), 'tm_zone', 'UTC' if off == 0 else None)
    return timezone(timedelta(seconds=off)) if name is None else timezone(timedelta(seconds=off), name)


class datetime(date, _Clock):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, bytes) and len(year) == 10:  # CPython's pickled state, then tzinfo
            b = year
            return datetime.__new__(cls, b[0] * 256 + b[1], b[2] & 127, b[3], b[4], b[5], b[6], _int3(b[7:]),
                                    month, fold=b[2] >> 7)
        self = object.__new__(cls)
        y, m, d, h, mi, s, us, fold = map(_cint, (year, month, day, hour, minute, second, microsecond, fold))
        self._y, self._m, self._d = _check_date(y, m, d)
        self._h, self._mi, self._s, self._us, self._tz, self._fold = _check_time(h, mi, s, us, tzinfo, fold)
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz) date and time of a POSIX timestamp."""
        _check_tzinfo(tz)
        s, us = _split_ts(t)
        if tz is not None:
            return tz.fromutc(cls._from_epoch(s * 1000000 + us, tz))
        lt = _time.localtime(s)
        back = _local_offset(s - 86400) - _local_offset(s)
        fold = back > 0 and _local_offset(s - back) == _local_offset(s - 86400)
        return cls(*lt[:6], us, fold=int(fold))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp."""
        s, us = _split_ts(t)
        return cls._from_epoch(s * 1000000 + us, None)

    @classmethod
    def _from_epoch(cls, us, tz):
        n, us = divmod(us, _DAY_US)
        s, us = divmod(us, 1000000)
        return cls(*_ymd(n + _EPOCH_ORD), s // 3600, s // 60 % 60, s % 60, us, tz)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current naive UTC date and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=_KEEP):
        """The datetime of a date and a time."""
        if not isinstance(date, _Date):
            raise _bad_arg('combine() argument 1', 'datetime.date', date)
        if not isinstance(time, _Time):
            raise _bad_arg('combine() argument 2', 'datetime.time', time)
        tz = time._tz if tzinfo is _KEEP else tzinfo
        return cls(date._y, date._m, date._d, time._h, time._mi, time._s, time._us, tz, fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        """The datetime of an ISO 8601 string: a date, then optionally a separator and a time."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        n = _date_length(s)
        ymd = _parse_date(s[:n])
        clock = ymd and ([0, 0, 0, 0, None] if len(s) == n else _parse_time(s[n + 1:]))
        if clock is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(*ymd, *clock)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format (time.strftime() directives)."""
        return cls(*_strptime(date_string, format))

    def _fields(self):
        return self._y, self._m, self._d, self._h, self._mi, self._s, self._us, self._tz, self._fold

    def date(self):
        """The date part."""
        return _Date(self._y, self._m, self._d)

    def time(self):
        """The time part, without tzinfo."""
        return _Time(self._h, self._mi, self._s, self._us, fold=self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return _Time(*self._fields()[3:8], fold=self._fold)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP, second=_KEEP,
                microsecond=_KEEP, tzinfo=_KEEP, *, fold=_KEEP):
        """A copy with the given fields changed."""
        *args, fold = _merge(self._fields(), (year, month, day, hour, minute, second, microsecond, tzinfo, fold))
        return type(self)(*args, fold=fold)

    def _total(self):
        """Microseconds since 0001-01-01T00:00 minus one day, ignoring tzinfo."""
        return self.toordinal() * _DAY_US + self._tod()

    def _local_seconds(self):
        return (self.toordinal() - _EPOCH_ORD) * 86400 + self._tod() // 1000000

    def timestamp(self):
        """The POSIX timestamp, treating a naive datetime as local time."""
        if self._tz is None:
            return _local_to_utc(self._local_seconds(), self._fold) + self._us / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same instant in tz (by default the local time zone)."""
        _check_tzinfo(tz)
        if tz is not None and tz is self._tz:
            return self
        off = self.utcoffset()
        if off is None:  # in a gap this differs from timestamp(), as in CPython
            off_us = _local_offset(_local_to_utc(self._local_seconds(), self._fold)) * 1000000
        else:
            off_us = off._us
        utc = self._shift(-off_us)
        if tz is None:
            tz = _local_timezone(utc._local_seconds())
        return tz.fromutc(utc.replace(tzinfo=tz))

    def timetuple(self):
        """The local date and time as a time.struct_time."""
        dst = self.dst()
        return self._timetuple(self._h, self._mi, self._s, -1 if dst is None else int(bool(dst)))

    def utctimetuple(self):
        """The UTC date and time as a time.struct_time."""
        off = self.utcoffset()
        dt = self if off is None else self._shift(-off._us)
        return dt._timetuple(dt._h, dt._mi, dt._s, 0)

    def strftime(self, fmt):
        """Format with time.strftime() directives."""
        return _strftime(fmt, self.timetuple(), self)

    def isoformat(self, sep='T', timespec='auto'):
        """The date and time as 'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise _bad_arg('isoformat() argument 1', 'a unicode character', sep)
        return (date.isoformat(self) + sep + _fmt_clock(self._h, self._mi, self._s, self._us, timespec)
                + _fmt_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    __repr__ = _clock_repr

    def _shift(self, us):
        n, us = divmod(self._total() + us, _DAY_US)
        if not 1 <= n <= _MAX_ORD:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        return type(self)(*_ymd(n), s // 3600, s // 60 % 60, s % 60, us, self._tz)

    def __add__(self, other):
        return self._shift(other._us) if isinstance(other, timedelta) else NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift(-other._us)
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = _utc_pair(self, other, self._total(), other._total(), False, 'subtract')
        return _td(a - b)

    def _pair(self, other, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not eq:
                raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
            return NotImplemented
        return _utc_pair(self, other, self._total(), other._total(), eq, 'compare')

    def _fold_matters(self, off):
        return self.replace(fold=1 - self._fold).utcoffset() != off

    def __hash__(self):
        return hash(self._total() - self._utc_shift())

    def __reduce_ex__(self, protocol):
        state = bytes((self._y >> 8, self._y & 255, self._m + 128 * (self._fold and protocol > 3), self._d,
                       self._h, self._mi, self._s)) + _bytes3(self._us)
        return type(self), (state,) if self._tz is None else (state, self._tz)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


def _digits(s):
    return s.isascii() and s.isdigit()


def _digit_run(s, i):
    return len(s) - i - len(s[i:].lstrip('0123456789'))


def _date_length(s):
    """How many leading characters of s its ISO date takes (a digit may follow as separator)."""
    if s[4:5] == '-':
        if s[5:6] != 'W':
            return 10
        return 10 if s[8:9] == '-' and _digit_run(s, 9) == 1 else 8
    if s[4:5] != 'W':
        return 8
    n = _digit_run(s, 7)
    return 8 if n == 1 or n and n % 2 == 0 else 7


def _parse_date(s):
    """(year, month, day) of an ISO 8601 calendar or week date; None if malformed."""
    if s[4:5] == '-':  # extended form: drop both dashes, which sit at fixed places
        week = s[5:6] == 'W'
        if not (len(s) == 10 and s[7 + week] == '-' or week and len(s) == 8):
            return None
        s = s[:4] + s[5:]
        if len(s) == 9:
            s = s[:6 + week] + s[7 + week:]
    if s[4:5] == 'W':
        if len(s) not in (7, 8) or not _digits(s[:4] + s[5:]):
            return None
        y, w, d = int(s[:4]), int(s[5:7]), int(s[7:] or 1)
        if not 1 <= d <= 7 or not 1 <= w <= 52 + (_week1(y + 1) - _week1(y) > 364):
            return None
        if y == 0:  # CPython then reports a bad month
            return MINYEAR, 0, 1
        return _ymd(_week1(y) + (w - 1) * 7 + d - 1)
    if len(s) != 8 or not _digits(s):
        return None
    return int(s[:4]), int(s[4:6]), int(s[6:])


def _parse_hms(s):
    """([h, m, s, us], trailing) from 'hh[:mm[:ss[.f]]]' or its colon-free form; None
    if malformed.  trailing: s ends in a lone separator or junk after the fraction,
    which CPython accepts before an offset."""
    vals = [0, 0, 0, 0]
    i, colon = 0, None
    for k in range(3):
        part = s[i:i + 2]
        if len(part) != 2 or not _digits(part):
            return None
        vals[k] = int(part)
        if i + 2 == len(s):
            return vals, False
        c = s[i + 2]
        i += 3
        if i == len(s):
            return vals, True
        if colon is None:
            colon = c == ':'
        if c in '.,':
            break
        if c != ':' or not colon:
            if colon:
                return None
            i -= 1
    n = _digit_run(s, i)
    if not n or n < 6 and i + n < len(s):
        return None
    vals[3] = int(s[i:i + 6].ljust(6, '0'))
    return vals, i + n < len(s)  # CPython lets anything follow six digits


def _parse_time(s):
    """[h, m, s, us, tz] of an ISO 8601 time with an optional offset; None if malformed."""
    if not s.isascii():
        s = s.encode().decode('latin-1')  # CPython parses UTF-8 bytes
    cut = min([i for i in map(s.find, '+-Z') if i >= 0] or [len(s)])
    clock = _parse_hms(s[:cut])
    zone = s[cut:]
    if clock is None or clock[1] and not zone:
        return None
    tz = None
    if zone[:1] == 'Z':
        if len(zone) > 1:
            return None
        tz = _UTC
    elif zone:
        off = _parse_hms(zone[1:])
        if off is None or off[1]:
            return None
        h, m, sec, us = off[0]
        td = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
        # CPython ignores the microseconds of an otherwise zero offset
        tz = timezone(-td if zone[0] == '-' else td) if h or m or sec else _UTC
    return clock[0] + [tz]


_STRP_FIELDS = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]', 'f': r'\d{1,6}', 'H': r'2[0-3]|[01]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]', 'G': r'\d{4}', 'Y': r'\d{4}', 'y': r'\d\d',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]', 'M': r'[0-5]\d|\d', 'S': r'6[01]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d', 'W': r'5[0-3]|[0-4]\d|\d', 'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'w': r'[0-6]', 'u': r'[1-7]', 'p': 'am|pm', 'Z': 'utc|gmt',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
    'a': '|'.join(n[:3] for n in _DAY_NAMES), 'A': '|'.join(_DAY_NAMES),
    'b': '|'.join(n[:3] for n in _MONTH_NAMES), 'B': '|'.join(_MONTH_NAMES),
}
_STRP_MACROS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _strp_pattern(fmt, whole):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c == '%':
            if i == len(fmt):
                raise ValueError("stray %% in format '%s'" % whole)
            c = fmt[i]
            i += 1
            if c in _STRP_MACROS:
                out.append(_strp_pattern(_STRP_MACROS[c], whole))
            elif c in _STRP_FIELDS:
                out.append('(?P<%s>%s)' % (c, _STRP_FIELDS[c]))
            elif c == '%':
                out.append('%')
            else:
                bad = '%' if c.isspace() or c in '\\.^$*+?(){}[]|' else c
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, whole))
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(_re.escape(c))
    return ''.join(out)


def _strp_offset(z):
    """The timedelta of a %z match."""
    if z == 'Z':
        return timedelta(0)
    s = z
    if s[3] == ':':
        s = s[:3] + s[4:]
        if len(s) > 5:
            if s[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % z)
            s = s[:5] + s[6:]
    td = timedelta(hours=int(s[1:3]), minutes=int(s[3:5]), seconds=int(s[5:7] or 0),
                   microseconds=int(s[8:].ljust(6, '0')))
    return -td if s[0] == '-' else td


@_lru_cache(maxsize=128)
def _strp_regex(fmt):
    """The compiled pattern of a strptime format (cached per thread: the
    module is shared with worker threads)."""
    return _re.compile(_strp_pattern(fmt, fmt), _re.IGNORECASE)


def _strptime_fields(s, fmt='%a %b %d %H:%M:%S %Y'):
    """time.strptime's nine struct_time fields for s under format fmt:
    tm_isdst is -1 unless a %Z zone (UTC or GMT) was read."""
    for n, arg in enumerate((s, fmt)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (n, type(arg)))
    year, month, day, hour, minute, sec = _strptime(s, fmt)[:6]
    n = date(year, month, day).toordinal()
    isdst = 0 if 'Z' in _strp_regex(fmt).groupindex else -1
    return (year, month, day, hour, minute, sec, (n + 6) % 7,
            n - _ordinal(year, 1, 1) + 1, isdst)


def _strptime(s, fmt):
    """The datetime constructor arguments that s gives under format fmt."""
    for n, arg in enumerate((s, fmt), 1):
        if not isinstance(arg, str):
            raise _bad_arg('strptime() argument %d' % n, 'str', arg)
    found = _strp_regex(fmt).match(s)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (s, fmt))
    if found.end() != len(s):
        raise ValueError('unconverted data remains: %s' % s[found.end():])
    year = iso_year = week = iso_week = yday = wday = off = None
    month = day = 1
    hour = minute = sec = us = 0
    g = found.groupdict()
    for k, v in g.items():
        if k in 'aAbB':
            names = [n.lower() if k.isupper() else n[:3].lower() for n in (_DAY_NAMES if k in 'aA' else _MONTH_NAMES)]
            if k in 'aA':
                wday = names.index(v.lower())
            else:
                month = names.index(v.lower()) + 1
        elif k == 'z':
            off = _strp_offset(v)
        elif k == 'f':
            us = int(v.ljust(6, '0'))
        elif k in 'dHIjmMSUWVwuyYG':
            n = int(v)
            if k == 'd':
                day = n
            elif k == 'H':
                hour = n
            elif k == 'I':
                hour = n % 12 + (12 if (g.get('p') or '').lower() == 'pm' else 0)
            elif k == 'j':
                yday = n
            elif k == 'm':
                month = n
            elif k == 'M':
                minute = n
            elif k == 'S':
                sec = n
            elif k in 'UW':
                week = n, k == 'U'
            elif k == 'V':
                iso_week = n
            elif k == 'w':
                wday = (n - 1) % 7
            elif k == 'u':
                wday = n - 1
            elif k == 'y':
                year = n + (2000 if n < 69 else 1900)
            elif k == 'Y':
                year = n
            else:
                iso_year = n
    if iso_year is not None and year is None:
        if iso_week is None or wday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week is None:
        if wday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    n = None
    if yday is not None:
        n = _ordinal(year, 1, 1) + yday - 1
    elif wday is not None and week is not None:
        jan1 = _ordinal(year, 1, 1)
        shift = week[1]  # %U weeks start on Sunday, %W weeks on Monday
        first = (jan1 + 6 + shift) % 7  # Jan 1's place in its week
        # week 0 holds the days before the first full week (or is week 1 when none)
        n = jan1 - first + (wday + shift) % 7 + 7 * max(week[0] - (first == 0), 0)
    elif wday is not None and iso_week is not None:
        n = _week1(iso_year) + (iso_week - 1) * 7 + wday
    if n is not None:
        year, month, day = _ymd(n)
    tz = None
    if off is not None:
        tz = timezone(off, g['Z']) if g.get('Z') else timezone(off)
    return year, month, day, hour, minute, sec, us, tz
