import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 3, 1))
calendar.prmonth(1999, 7)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 11, 24), calendar.day_name[calendar.weekday(2024, 11, 24)])
print(calendar.monthcalendar(2021, 3))
print(calendar.calendar(2024))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1))
print(list(calendar.Calendar().iterweekdays()), calendar.month_abbr[3], calendar.timegm((2000, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("error:", e)
print(calendar.weekheader(3))
