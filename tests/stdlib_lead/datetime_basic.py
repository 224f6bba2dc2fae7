from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d.replace(day=1), d.toordinal(), date.fromordinal(738945), d.strftime("%A %d %B %Y, day %j"))
print(date.fromisoformat("2021-07-04"), d.ctime(), f"{d:%d/%m/%y}", format(d, ""))
print(date(2023, 1, 1) < date(2023, 1, 2), date(2023, 1, 1) == date(2023, 1, 1), hash(d) == hash(date(2024, 2, 28)))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)))
print(timedelta(hours=36), timedelta(weeks=2), timedelta(milliseconds=1.5), timedelta(minutes=0.5))
print(td * 2, td / 2, td // 3, timedelta(hours=5) / timedelta(hours=2), timedelta(hours=5) // timedelta(hours=2))
print(timedelta(hours=5) % timedelta(hours=2), -td, abs(-td), td > timedelta(1), bool(timedelta(0)))
print(sorted([timedelta(3), timedelta(1), timedelta(2)]))
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat("minutes"), t.strftime("%I:%M %p"), time(7), repr(time(7, 30)))
print(time.fromisoformat("10:20:30.5"), time(1, 2) < time(1, 3))
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(dt + timedelta(hours=12), dt - timedelta(days=40), dt - datetime(2024, 1, 1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b"), dt.replace(year=2000, microsecond=0))
print(datetime.strptime("2023-06-15 08:45", "%Y-%m-%d %H:%M"), datetime.strptime("15/Jun/2023:08:45:00 PM", "%d/%b/%Y:%I:%M:%S %p"))
print(datetime.fromisoformat("2020-05-17T10:11:12"), datetime.fromisoformat("2020-05-17"), datetime.combine(d, t))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)))
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.timestamp())
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(aware.astimezone(ist), repr(ist), str(timezone(timedelta(hours=-3))), repr(timezone(timedelta(hours=2))))
print(aware == datetime(2024, 1, 1, 17, 30, tzinfo=ist), datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromtimestamp(0, utc), datetime.fromisoformat("2020-01-01T00:00:00+02:00"))
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.strptime("2023-99", "%Y-%m")
except ValueError as e:
    print("ValueError", e)
print(dtmod.MINYEAR, dtmod.MAXYEAR, date.max, datetime.min, timedelta.max, timedelta.min)
print(date(2020, 1, 1) + timedelta(days=366 + 365), date(2000, 2, 29) - timedelta(days=365 * 4 + 1))
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 365, 45)]
print([x.strftime("%a %U %W %V") for x in days])
print({date(2024, 1, 1): "new year"}[date(2024, 1, 1)])
