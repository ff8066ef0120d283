//! Stored dates as `toArray()` writes them: `serializeDate()` of the
//! Carbon instance `asDateTime()` (or `asDate()`) makes of a stored string,
//! for the two shapes whose result is certain when the default timezone is
//! UTC: `Y-m-d` (Laravel's "standard date format", read as that day's
//! midnight) and `Y-m-d H:i:s` read with the date format `Y-m-d H:i:s`.
//! Carbon's `toJSON()` writes `YYYY-MM-DDTHH:mm:ss.SSSSSSZ` in UTC.

/// A stored date and time of day, valid as written (no overflow to the
/// next day or month, which PHP's parser would carry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoredDate {
    year: u16,
    month: u8,
    day: u8,
    /// `None` for the bare `Y-m-d` shape.
    time: Option<[u8; 3]>,
}

/// The format `asDateTime()` must read a `Y-m-d H:i:s` value with for
/// [`StoredDate::parse`]'s reading of it to be Carbon's.
pub const STORAGE_FORMAT: &[u8] = b"Y-m-d H:i:s";

impl StoredDate {
    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` with a year from 1000 to 9999
    /// (four digits either way) and a real date and time; `None` for
    /// anything else (one-digit months, `T`, fractions, offsets…).
    pub fn parse(text: &[u8]) -> Option<Self> {
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            text.get(range)?.iter().try_fold(0u16, |number, &byte| {
                byte.is_ascii_digit()
                    .then(|| number * 10 + u16::from(byte - b'0'))
            })
        };
        let time = match text.len() {
            10 => None,
            19 if text[10] == b' ' && text[13] == b':' && text[16] == b':' => {
                let [hour, minute, second] = [digits(11..13)?, digits(14..16)?, digits(17..19)?];
                (hour < 24 && minute < 60 && second < 60)
                    .then_some([hour as u8, minute as u8, second as u8])
                    .map(Some)?
            }
            _ => return None,
        };
        if text[4] != b'-' || text[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month as u8)).contains(&(day as u8));
        valid.then_some(StoredDate {
            year,
            month: month as u8,
            day: day as u8,
            time,
        })
    }

    /// Whether the value has a time of day: read with the date format,
    /// which must then be [`STORAGE_FORMAT`].
    pub fn has_time(&self) -> bool {
        self.time.is_some()
    }

    /// `toJSON()` of the instant in UTC; at midnight for `asDate()` and for
    /// the bare date shape.
    pub fn json(&self, start_of_day: bool) -> String {
        let [hour, minute, second] = match self.time {
            Some(time) if !start_of_day => time,
            _ => [0; 3],
        };
        format!(
            "{:04}-{:02}-{:02}T{hour:02}:{minute:02}:{second:02}.000000Z",
            self.year, self.month, self.day
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str, start_of_day: bool) -> Option<String> {
        StoredDate::parse(text.as_bytes()).map(|date| date.json(start_of_day))
    }

    #[test]
    fn writes_carbons_json_for_both_shapes() {
        assert_eq!(
            json("2024-01-02 03:04:05", false).as_deref(),
            Some("2024-01-02T03:04:05.000000Z")
        );
        assert_eq!(
            json("2024-01-02 03:04:05", true).as_deref(),
            Some("2024-01-02T00:00:00.000000Z")
        );
        assert_eq!(
            json("2024-12-31", false).as_deref(),
            Some("2024-12-31T00:00:00.000000Z")
        );
        assert!(StoredDate::parse(b"2024-12-31").is_some_and(|date| !date.has_time()));
    }

    #[test]
    fn refuses_what_php_would_carry_over_or_read_otherwise() {
        for text in [
            "2024-02-30",
            "2023-02-29 00:00:00",
            "1900-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "2024-01-02 24:00:00",
            "2024-01-02 23:60:00",
            "2024-01-02 23:59:60",
            "2024-1-02",
            "2024-01-02T03:04:05",
            "2024-01-02 03:04:05.5",
            "0999-01-01",
            "+024-01-01",
            "2024-01-02 03:04:0x",
            "",
        ] {
            assert_eq!(json(text, false), None, "{text}");
        }
        assert!(json("2000-02-29", false).is_some());
        assert!(json("2024-02-29 23:59:59", false).is_some());
    }
}
