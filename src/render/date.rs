//! Dates as a learner reads them, from the app's millisecond timestamps.

use crate::engine::review::Timestamp;

/// `YYYY-MM-DD` in UTC, so history and file names read the same on every machine: `format_date(Timestamp(0))` is
/// `"1970-01-01"`.
pub fn format_date(at: Timestamp) -> String {
    let days = (at.0 / 86_400_000) as i64;
    // The civil date from days since 1970-01-01 (Howard Hinnant's days-to-civil algorithm): exact for every
    // timestamp, with no calendar table.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year}-{month:02}-{day:02}")
}

/// How long ago `then` was, as a learner says it: "today", "yesterday", "3 days ago" (whole days, rounded down).
pub fn format_age(then: Timestamp, now: Timestamp) -> String {
    match now.0.saturating_sub(then.0) / 86_400_000 {
        0 => "today".to_string(),
        1 => "yesterday".to_string(),
        days => format!("{days} days ago"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = 86_400_000;

    #[test]
    fn dates_fall_on_the_right_day_across_month_year_and_leap_boundaries() {
        assert_eq!(format_date(Timestamp(0)), "1970-01-01");
        assert_eq!(format_date(Timestamp(DAY - 1)), "1970-01-01");
        assert_eq!(format_date(Timestamp(DAY)), "1970-01-02");
        // 2000-02-29 is day 11,016; 2000 is a leap year although it is divisible by 100.
        assert_eq!(format_date(Timestamp(11_016 * DAY)), "2000-02-29");
        assert_eq!(format_date(Timestamp(11_017 * DAY)), "2000-03-01");
        // 2100 is not a leap year: 28 February is followed by 1 March.
        assert_eq!(format_date(Timestamp(47_540 * DAY)), "2100-02-28");
        assert_eq!(format_date(Timestamp(47_541 * DAY)), "2100-03-01");
        assert_eq!(format_date(Timestamp(1_796_601_600_000)), "2026-12-07");
    }

    #[test]
    fn ages_are_whole_days_in_words() {
        let now = Timestamp(10 * DAY + 5);
        assert_eq!(format_age(Timestamp(10 * DAY), now), "today");
        assert_eq!(format_age(Timestamp(9 * DAY), now), "yesterday");
        assert_eq!(format_age(Timestamp(7 * DAY + 6), now), "2 days ago");
        assert_eq!(
            format_age(Timestamp(20 * DAY), now),
            "today",
            "a clock that went back is not the future"
        );
    }
}
