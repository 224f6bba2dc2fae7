# datetime: dates, times, intervals and fixed-offset time zones on the
# proleptic Gregorian calendar, with CPython's reprs, str forms, arithmetic
# and the common strftime/strptime directives. Local time (now(), today(),
# fromtimestamp()) comes from the time module.

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULLMONTHNAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June',
                   'July', 'August', 'September', 'October', 'November', 'December')
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULLDAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    # n is 1-based (1 = 0001-01-01)
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before -= _DAYS_IN_MONTH[m] + (m == 2 and leap)
    return y, m, n - before + 1


def _check_int(v, name):
    if not isinstance(v, int):
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        raise TypeError('an integer is required (got type %s)' % type(v).__name__)
    return v


def _check_date(y, m, d):
    _check_int(y, 'year')
    _check_int(m, 'month')
    _check_int(d, 'day')
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')


def _check_time(h, mi, s, us, fold=0):
    for v, n in ((h, 'hour'), (mi, 'minute'), (s, 'second'), (us, 'microsecond')):
        _check_int(v, n)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # exact for ints; floats go through one rounding of the total
        # microseconds, as CPython's result agrees for the usual cases
        parts = (days * 86400 * 1000000, seconds * 1000000, microseconds,
                 milliseconds * 1000, minutes * 60 * 1000000, hours * 3600 * 1000000,
                 weeks * 7 * 86400 * 1000000)
        if all(isinstance(p, int) for p in parts):
            total = sum(parts)
        else:
            total = 0
            frac = 0.0
            for p in parts:
                if isinstance(p, int):
                    total += p
                else:
                    ip = int(p)
                    total += ip
                    frac += p - ip
            total += round(frac)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        self = object.__new__(cls)
        d, rest = divmod(total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_round(a, b):
    # a / b rounded half to even, for ints
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _strftime(fmt, y, m, d, hh, mi, ss, us, wd, yday, tz=None, dt=None):
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        if c == 'Y':
            out.append('%d' % y if y >= 1000 else '%04d' % y)
        elif c == 'm':
            out.append('%02d' % m)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[m])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[m])
        elif c == 'a':
            out.append(_DAYNAMES[wd])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wd])
        elif c == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wd + 1))
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'I':
            out.append('%02d' % ((hh - 1) % 12 + 1))
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'z':
            off = tz.utcoffset(dt) if tz is not None else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif c == 'Z':
            name = tz.tzname(dt) if tz is not None else None
            out.append(name or '')
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[m], d, hh, mi, ss, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif c == 'F':
            out.append('%04d-%02d-%02d' % (y, m, d))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wd) // 7))
        elif c == 'G' or c == 'V':
            iy, iw, _ = _isocalendar(y, m, d)
            out.append('%d' % iy if c == 'G' else '%02d' % iw)
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _isocalendar(y, m, d):
    def week1_monday(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday
    o = _ymd2ord(y, m, d)
    year = y
    w1 = week1_monday(year)
    week, day = divmod(o - w1, 7)
    if week < 0:
        year -= 1
        w1 = week1_monday(year)
        week, day = divmod(o - w1, 7)
    elif week >= 52 and o >= week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        import time
        tm = time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        import time
        return cls.fromtimestamp(time.time())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % (s,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        w1 = _ymd2ord(year, 1, 4)
        w1 -= (w1 + 6) % 7
        return cls.fromordinal(w1 + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.weekday()
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         self.weekday(), self._yday())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _yday(self):
        return _DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day

    def timetuple(self):
        import time
        return time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                 self.weekday(), self._yday(), -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        return False

    def __lt__(self, other):
        if self._cmp_check(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._cmp_check(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_check(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_check(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_MAX_ORDINAL = _ymd2ord(MAXYEAR, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _time_iso(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _parse_isotime(s):
    # HH[:MM[:SS[.ffffff]]][+HH:MM] -> (h, m, s, us, tz)
    tz = None
    for sep in ('+', '-', 'Z'):
        k = s.find(sep)
        if k > 0:
            tzs = s[k:]
            s = s[:k]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                parts = tzs[1:].replace(':', '')
                th, tm = int(parts[0:2]), int(parts[2:4] or 0)
                tsec = int(parts[4:6] or 0)
                tz = timezone(sign * timedelta(hours=th, minutes=tm, seconds=tsec))
            break
    us = 0
    if '.' in s:
        s, frac = s.split('.', 1)
        if not frac.isdigit():
            raise ValueError
        us = int((frac + '000000')[:6])
    if ':' in s:
        parts = s.split(':')
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not parts or len(parts) > 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return vals[0], vals[1], vals[2], us, tz


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        try:
            h, m, sec, us, tz = _parse_isotime(s)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (s,))

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return 'datetime.time(%s)' % s

    def isoformat(self, timespec='auto'):
        s = _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, 0, 1, self._tzinfo, None)

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us_ordinal(cls, us_total, tz=None):
        days, us = divmod(us_total, 86400 * 1000000)
        s, us = divmod(us, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            import time as _t
            frac, whole = _fract(t)
            tm = _t.localtime(whole)
            return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), frac)
        return tz.fromutc(cls.utcfromtimestamp(t).replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * 1000000)
        return cls._from_us_ordinal(us + _EPOCH_US)

    @classmethod
    def now(cls, tz=None):
        import time as _t
        return cls.fromtimestamp(_t.time(), tz)

    @classmethod
    def utcnow(cls):
        import time as _t
        return cls.utcfromtimestamp(_t.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            if s[10] not in 'T ':
                raise ValueError
            h, m, sec, us, tz = _parse_isotime(s[11:])
            return cls(d.year, d.month, d.day, h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (s,))

    @classmethod
    def strptime(cls, s, fmt):
        return _strptime(cls, s, fmt)

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        if parts[-1] == 0:
            parts.pop()
            if parts[-1] == 0:
                parts.pop()
        s = 'datetime.datetime(%s' % ', '.join(str(p) for p in parts)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        wd = self.weekday()
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self._yday(),
                         self._tzinfo, self)

    def timetuple(self):
        import time as _t
        return _t.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                               self._second, self.weekday(), self._yday(), -1))

    def timestamp(self):
        if self._tzinfo is None:
            import time as _t
            return _t.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1)) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc if self._tzinfo is None else self._tzinfo
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return dt.replace(tzinfo=None).timetuple()

    def _aware_us(self):
        off = self.utcoffset()
        us = self._to_us()
        if off is not None:
            us -= off._to_us()
        return us

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op not in ('eq', 'ne'):
                raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
            return NotImplemented
        a_aware = self.utcoffset() is not None
        b_aware = other.utcoffset() is not None
        if a_aware != b_aware:
            if op == 'eq':
                return False
            if op == 'ne':
                return True
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._aware_us(), other._aware_us())

    def __eq__(self, other):
        r = self._cmp(other, 'eq')
        return r if r is NotImplemented or isinstance(r, bool) else r == 0

    def __lt__(self, other):
        r = self._cmp(other, 'lt')
        return r if r is NotImplemented else r < 0

    def __le__(self, other):
        r = self._cmp(other, 'le')
        return r if r is NotImplemented else r <= 0

    def __gt__(self, other):
        r = self._cmp(other, 'gt')
        return r if r is NotImplemented else r > 0

    def __ge__(self, other):
        r = self._cmp(other, 'ge')
        return r if r is NotImplemented else r >= 0

    def __hash__(self):
        return hash(self._aware_us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us_ordinal(self._to_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us_ordinal(self._to_us() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            a_aware = self.utcoffset() is not None
            b_aware = other.utcoffset() is not None
            if a_aware != b_aware:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(self._aware_us() - other._aware_us())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


tzinfo_class = tzinfo


def _fract(t):
    whole = int(t // 1)
    us = round((t - whole) * 1000000)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    return us, whole


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_US = _ymd2ord(1970, 1, 1) * 86400 * 1000000
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _strptime(cls, s, fmt):
    vals = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    tz = None
    i = j = 0
    n = len(fmt)

    def bad():
        raise ValueError("time data %r does not match format %r" % (s, fmt))

    def number(maxlen, maxval=None):
        # the longest run of digits (up to maxlen) whose value fits, as
        # CPython's patterns such as 1[0-2]|0[1-9]|[1-9] match
        nonlocal j
        k = j
        while k < len(s) and k - j < maxlen and s[k].isdigit():
            k += 1
        if maxval is not None:
            while k - j > 1 and int(s[j:k]) > maxval:
                k -= 1
        if k == j:
            bad()
        v = s[j:k]
        j = k
        return v

    def word(names):
        nonlocal j
        low = s[j:].lower()
        best = -1
        for idx, name in enumerate(names):
            if name and low.startswith(name.lower()) and (best < 0 or len(name) > len(names[best])):
                best = idx
        if best < 0:
            bad()
        j += len(names[best])
        return best

    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'Y':
                vals['Y'] = int(number(4))
            elif d == 'y':
                y = int(number(2))
                vals['Y'] = y + (2000 if y < 69 else 1900)
            elif d in 'mdHMS':
                vals[d] = int(number(2, {'m': 12, 'd': 31, 'H': 23, 'M': 59, 'S': 61}[d]))
            elif d == 'I':
                vals['H'] = int(number(2, 12))
                if pm is None:
                    pm = False
            elif d == 'p':
                pm = word(('AM', 'PM')) == 1
            elif d == 'f':
                f = number(6)
                vals['f'] = int((f + '000000')[:6])
            elif d == 'b' or d == 'h':
                vals['m'] = word(_MONTHNAMES[1:]) + 1
            elif d == 'B':
                vals['m'] = word(_FULLMONTHNAMES[1:]) + 1
            elif d == 'a':
                word(_DAYNAMES)
            elif d == 'A':
                word(_FULLDAYNAMES)
            elif d == 'j':
                vals['j'] = int(number(3))
            elif d == 'z':
                if j < len(s) and s[j] == 'Z':
                    j += 1
                    tz = timezone.utc
                else:
                    if j >= len(s) or s[j] not in '+-':
                        bad()
                    sign = -1 if s[j] == '-' else 1
                    j += 1
                    hh = int(number(2))
                    if j < len(s) and s[j] == ':':
                        j += 1
                    mm = int(number(2))
                    tz = timezone(sign * timedelta(hours=hh, minutes=mm))
            elif d == '%':
                if j >= len(s) or s[j] != '%':
                    bad()
                j += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            i += 1
            while j < len(s) and s[j].isspace():
                j += 1
        else:
            if j >= len(s) or s[j] != c:
                bad()
            i += 1
            j += 1
    if j != len(s):
        raise ValueError('unconverted data remains: %s' % s[j:])
    h = vals['H']
    if pm is not None:
        h = h % 12 + (12 if pm else 0)
    if 'j' in vals:
        dt = date(vals['Y'], 1, 1) + timedelta(vals['j'] - 1)
        vals['m'], vals['d'] = dt.month, dt.day
    return cls(vals['Y'], vals['m'], vals['d'], h, vals['M'], vals['S'], vals['f'], tz)
