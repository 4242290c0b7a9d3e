import datetime

import pytest

from papi_desktop.l10n.dates import decree_date, place_and_date


@pytest.mark.parametrize(
    "day, text",
    [
        (datetime.date(2022, 3, 14), "ngày 14 tháng 3 năm 2022"),
        (datetime.date(2023, 2, 5), "ngày 05 tháng 02 năm 2023"),
        (datetime.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (datetime.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (datetime.date(2022, 12, 1), "ngày 01 tháng 12 năm 2022"),
        (datetime.date(2022, 10, 9), "ngày 09 tháng 10 năm 2022"),
    ],
)
def test_decree_leading_zero_rule(day, text):
    assert decree_date(day) == text


def test_place_and_date_line():
    assert place_and_date("Quảng Trị", datetime.date(2022, 3, 14)) == "Quảng Trị, ngày 14 tháng 3 năm 2022"
    assert place_and_date("", datetime.date(2022, 3, 14)) == "Ngày 14 tháng 3 năm 2022"


def test_the_decree_date_is_what_babel_wrote_for_every_day_of_two_years():
    """Written directly since it is a fixed form (not the locale's), the date line must not
    change by a character from the one babel's pattern gave."""
    from babel.dates import format_date

    day = datetime.date(2023, 1, 1)
    while day.year < 2025:
        pattern = f"'ngày' dd 'tháng' {'MM' if day.month <= 2 else 'M'} 'năm' yyyy"
        assert decree_date(day) == format_date(day, pattern, locale="vi")
        day += datetime.timedelta(days=1)
