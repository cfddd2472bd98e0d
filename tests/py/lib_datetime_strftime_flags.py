# strftime with glibc's flags, as Linux scripts write them: `%-d` (no
# padding), `%_H` (spaces), `%0e` (zeros), `%^b` (upper case), `%#p`
# (swapped case), a field width, the E/O modifiers; unknown directives
# stay as written.
import time
from datetime import date, datetime, timedelta, timezone

stamps = [datetime(2005, 3, 5, 7, 8, 9), datetime(2024, 12, 31, 23, 59, 0),
          datetime(1999, 1, 1, 0, 0, 0)]
formats = ["%-d/%-m/%Y", "%-I:%M %p", "%-H:%-M:%-S", "%-j %-U %-W %-V %-y",
           "%_d|%_m|%_H|%_j", "%0e|%0k|%0l", "%^a %^B %^p", "%#a %#B %#p",
           "%10Y|%5d|%-5d|%_5d|%^8a|%3m", "%Ey %Od %EY %OH", "%-D %-F",
           "%-q %-", "%%-d %-%"]
for stamp in stamps:
    for fmt in formats:
        print(repr(fmt), repr(stamp.strftime(fmt)))
aware = datetime(2024, 6, 1, 9, 5, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(aware.strftime("%-d %b, %-I%p %Z %z"), date(2024, 7, 4).strftime("%A, %B %-d"))
print(f"{date(2024, 2, 9):%-d.%-m.%y}", "{:%_d %^b}".format(date(2024, 2, 9)))
print(time.strftime("%-d %_H %^b %-y", time.gmtime(86400 * 40 + 3600 * 5)))
