from datetime import date

from boardqa.parse.dates import first_date, parse_long_dates, parse_numeric_dates


def test_board_date_styles():
    assert parse_long_dates("19th MARCH 2021") == [date(2021, 3, 19)]
    assert parse_long_dates("19thMARCH 2021") == [date(2021, 3, 19)]
    assert parse_long_dates("held on Friday, 11 December 2020.") == [date(2020, 12, 11)]
    assert parse_long_dates("1 October 2018") == [date(2018, 10, 1)]
    assert parse_numeric_dates("11.12.20 and 20.9.19") == [date(2020, 12, 11), date(2019, 9, 20)]
    assert first_date("nothing here") is None
    assert parse_numeric_dates("31.2.20") == []  # not a date
