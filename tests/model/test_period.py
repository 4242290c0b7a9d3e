import datetime

import pytest

from papi_desktop.model.period import Period


@pytest.mark.parametrize(
    "year, quarter, expected",
    [(2022, 1, (2022, 2)), (2022, 3, (2022, 4)), (2022, 4, (2023, 1))],
)
def test_next_quarter_rolls_over_the_year(year, quarter, expected):
    following = Period(year, quarter).next()
    assert (following.year, following.quarter) == expected
    assert following.previous() == Period(year, quarter)


def test_roman_labels():
    assert [Period(2022, q).roman for q in range(1, 5)] == ["I", "II", "III", "IV"]
    assert Period(2022, 2).short_label() == "quý II/2022"
    assert Period(2023, 4).long_label() == "quý IV năm 2023"


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_invalid_quarter_is_refused(quarter):
    with pytest.raises(ValueError):
        Period(2022, quarter)


@pytest.mark.parametrize(
    "day, quarter", [(datetime.date(2022, 3, 31), 1), (datetime.date(2022, 4, 1), 2), (datetime.date(2022, 12, 1), 4)]
)
def test_period_containing_a_date(day, quarter):
    assert Period.containing(day) == Period(day.year, quarter)


def test_periods_order_chronologically():
    assert sorted([Period(2023, 1), Period(2022, 4), Period(2022, 2)]) == [
        Period(2022, 2), Period(2022, 4), Period(2023, 1)
    ]
