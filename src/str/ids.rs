//! `Str::uuid()`, `uuid7()`, `orderedUuid()`, `ulid()` and `random()`: the
//! layouts of ramsey/uuid and symfony/uid, which Laravel's methods return.
//!
//! Randomness and the clock come from the caller (the binding layer reads
//! PHP's CSPRNG), so everything here is deterministic and unit-testable.

/// Hex digits as `bin2hex()` writes them.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// The canonical text form, `8-4-4-4-12` lowercase hex.
pub fn uuid_text(bytes: &[u8; 16]) -> [u8; 36] {
    let mut text = [b'-'; 36];
    let mut at = 0;
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            at += 1;
        }
        text[at] = HEX[usize::from(byte >> 4)];
        text[at + 1] = HEX[usize::from(byte & 0xf)];
        at += 2;
    }
    text
}

/// `BinaryUtils::applyVersion()` and `applyVariant()` on RFC 4122 fields:
/// the version in the top nibble of byte 6, variant `10` in the top bits of
/// byte 8.
fn stamp(mut bytes: [u8; 16], version: u8) -> [u8; 16] {
    bytes[6] = (bytes[6] & 0x0f) | (version << 4);
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes
}

/// `Uuid::uuid4()` from 16 random bytes.
pub fn uuid4(random: [u8; 16]) -> [u8; 16] {
    stamp(random, 4)
}

/// The ticks `CombGenerator` puts in an ordered UUID: the Unix time in units
/// of 10 µs (`microtime()`'s seconds followed by five digits of its fraction).
pub fn comb_ticks(seconds: u64, microseconds: u32) -> u64 {
    seconds * 100_000 + u64::from(microseconds / 10)
}

/// The fields `Str::orderedUuid()` builds its `UuidV4` from: ten random
/// bytes, then the ticks in six big-endian bytes (`CombGenerator`), version
/// and variant applied.
pub fn ordered_uuid_fields(random: [u8; 10], ticks: u64) -> [u8; 16] {
    let mut bytes = [0; 16];
    bytes[..10].copy_from_slice(&random);
    bytes[10..].copy_from_slice(&ticks.to_be_bytes()[2..]);
    stamp(bytes, 4)
}

/// What `TimestampFirstCombCodec` makes of those fields: the first and last
/// six bytes swapped, so the ticks lead.
pub fn timestamp_first(fields: &[u8; 16]) -> [u8; 16] {
    let mut bytes = *fields;
    bytes[..6].copy_from_slice(&fields[10..]);
    bytes[10..].copy_from_slice(&fields[..6]);
    bytes
}

/// The state behind monotonic identifiers: the last time used and the
/// random part last issued for it.
#[derive(Debug, Default)]
pub struct Monotonic<R> {
    last: Option<(i64, R)>,
}

/// Where a new identifier's time comes from.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The current time in milliseconds: never earlier than the last one
    /// issued, so identifiers stay ordered if the clock steps back.
    Now(i64),
    /// A time the caller chose (`Str::uuid7($time)`, `Str::ulid($time)`).
    Given(i64),
}

impl<R: Copy> Monotonic<R> {
    /// The time and random part of the next identifier: fresh randomness
    /// when the time moves on (or a given time differs from the last), else
    /// the last random part advanced; `advance` returns `None` when it
    /// overflows, which moves to the next millisecond.
    fn next(
        &mut self,
        clock: Clock,
        fresh: &mut impl FnMut() -> R,
        advance: impl FnOnce(R) -> Option<R>,
    ) -> (i64, R) {
        let (Clock::Now(time) | Clock::Given(time)) = clock;
        let next = match self.last {
            Some((last, random))
                if matches!(clock, Clock::Now(now) if now <= last) || time == last =>
            {
                advance(random).map_or_else(|| (last + 1, fresh()), |random| (last, random))
            }
            _ => (time, fresh()),
        };
        self.last = Some(next);
        next
    }
}

/// `Uuid::uuid7()`'s random part: five 16-bit words, the first kept to ten
/// bits when drawn so increments have room (`UnixTimeGenerator`).
pub type Uuid7Random = [u16; 5];

/// Ten random bytes as a fresh [`Uuid7Random`].
pub fn uuid7_random(bytes: [u8; 10]) -> Uuid7Random {
    let mut words = [0; 5];
    for (word, pair) in words.iter_mut().zip(bytes.chunks_exact(2)) {
        *word = u16::from_be_bytes([pair[0], pair[1]]);
    }
    words[0] &= 0x03ff;
    words
}

impl Monotonic<Uuid7Random> {
    /// The next version 7 UUID's fields. Within one millisecond the random
    /// part grows by `1 + step()` (`step` below 2^24), as ramsey/uuid's does.
    pub fn uuid7(
        &mut self,
        clock: Clock,
        mut fresh: impl FnMut() -> Uuid7Random,
        step: impl FnOnce() -> u32,
    ) -> [u8; 16] {
        let (time, random) = self.next(clock, &mut fresh, |mut words| {
            let mut carry = 1 + (step() & 0x00ff_ffff);
            for word in words[1..].iter_mut().rev() {
                carry += u32::from(*word);
                *word = carry as u16;
                carry >>= 16;
            }
            // Ten bits when drawn; an increment that spills past them moves
            // to the next millisecond.
            words[0] += carry as u16;
            (words[0] & 0xfc00 == 0).then_some(words)
        });
        let mut bytes = [0; 16];
        bytes[..6].copy_from_slice(&time.to_be_bytes()[2..]);
        for (pair, word) in bytes[6..].chunks_exact_mut(2).zip(random) {
            pair.copy_from_slice(&word.to_be_bytes());
        }
        stamp(bytes, 7)
    }
}

/// Crockford's base 32, as `Ulid::generate()` spells `base_convert()`'s digits.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `Ulid::generate()`'s random part: four 20-bit numbers.
pub type UlidRandom = [u32; 4];

/// Ten random bytes as a fresh [`UlidRandom`]: four 16-bit words, each
/// topped with one nibble of the fifth (highest nibble first).
pub fn ulid_random(bytes: [u8; 10]) -> UlidRandom {
    let word =
        |index: usize| u32::from(u16::from_be_bytes([bytes[2 * index], bytes[2 * index + 1]]));
    let nibbles = word(4);
    std::array::from_fn(|index| word(index) | (((nibbles >> (12 - 4 * index)) & 0xf) << 16))
}

impl Monotonic<UlidRandom> {
    /// The next ULID for a non-negative time in milliseconds; within one
    /// millisecond the random part counts up by one.
    pub fn ulid(&mut self, clock: Clock, mut fresh: impl FnMut() -> UlidRandom) -> Ulid {
        let (time, random) = self.next(clock, &mut fresh, |mut numbers| {
            let last = numbers.iter().rposition(|&number| number != 0xf_ffff)?;
            numbers[last] += 1;
            numbers[last + 1..].fill(0);
            Some(numbers)
        });
        let mut ulid = Ulid {
            text: [b'0'; ULID_MAX],
            start: 0,
        };
        // Right to left: the random part, then the time, padded to ten
        // digits (a time past 32^10 ms takes more, as `sprintf()` allows).
        let mut at = ULID_MAX;
        for mut number in random.into_iter().rev() {
            for _ in 0..4 {
                at -= 1;
                ulid.text[at] = CROCKFORD[(number % 32) as usize];
                number /= 32;
            }
        }
        let mut time = time.unsigned_abs();
        let mut digits = 0;
        while time > 0 || digits < 10 {
            at -= 1;
            ulid.text[at] = CROCKFORD[(time % 32) as usize];
            time /= 32;
            digits += 1;
        }
        ulid.start = at;
        ulid
    }
}

/// The most characters a ULID of any `i64` time takes: 13 for the time.
const ULID_MAX: usize = 13 + 16;

/// A ULID's text, built in place.
pub struct Ulid {
    text: [u8; ULID_MAX],
    start: usize,
}

impl AsRef<[u8]> for Ulid {
    fn as_ref(&self) -> &[u8] {
        &self.text[self.start..]
    }
}

/// `base64_encode()`'s alphabet; `Str::random()` drops its last two symbols.
const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `Str::random($length)`: `length` letters and digits, drawn as Laravel
/// draws them (base64 of random bytes with `+` and `/` dropped, in rounds
/// until there are enough). `fill` writes random bytes.
pub fn random_alphanumeric(length: usize, mut fill: impl FnMut(&mut [u8])) -> Vec<u8> {
    let mut text = Vec::with_capacity(length);
    let mut bytes = Vec::new();
    while text.len() < length {
        let wanted = length - text.len();
        bytes.resize(wanted.div_ceil(3) * 3, 0);
        fill(&mut bytes);
        let round = bytes.chunks_exact(3).flat_map(|triple| {
            let bits = u32::from_be_bytes([0, triple[0], triple[1], triple[2]]);
            [18, 12, 6, 0].map(|shift| BASE64[((bits >> shift) & 0x3f) as usize])
        });
        text.extend(
            round
                .filter(|symbol| symbol.is_ascii_alphanumeric())
                .take(wanted),
        );
    }
    bytes.fill(0);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid4_has_version_and_variant() {
        let text = uuid_text(&uuid4([0xff; 16]));
        assert_eq!(&text, b"ffffffff-ffff-4fff-bfff-ffffffffffff");
        let text = uuid_text(&uuid4([0; 16]));
        assert_eq!(&text, b"00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn ordered_uuid_leads_with_the_ticks() {
        // microtime() = "0.12345600 1700000000"
        let ticks = comb_ticks(1_700_000_000, 123_456);
        assert_eq!(ticks, 170_000_000_012_345);
        let fields = ordered_uuid_fields(*b"\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23", ticks);
        assert_eq!(&uuid_text(&fields), b"01234567-89ab-4def-8123-9a9d359cd039");
        assert_eq!(
            &uuid_text(&timestamp_first(&fields)),
            b"9a9d359c-d039-4def-8123-0123456789ab"
        );
    }

    #[test]
    fn uuid7_is_monotonic_within_a_millisecond() {
        let mut state = Monotonic::default();
        let first = state.uuid7(
            Clock::Now(1_700_000_000_000),
            || uuid7_random([0; 10]),
            || unreachable!(),
        );
        assert_eq!(&uuid_text(&first), b"018bcfe5-6800-7000-8000-000000000000");
        // The clock stepped back: still after the first, by 1 + step.
        let second = state.uuid7(Clock::Now(1_699_999_999_999), || unreachable!(), || 5);
        assert_eq!(&uuid_text(&second), b"018bcfe5-6800-7000-8000-000000000006");
        let carried = state.uuid7(Clock::Now(1_700_000_000_000), || unreachable!(), || 0xffff);
        assert_eq!(
            &uuid_text(&carried),
            b"018bcfe5-6800-7000-8000-000000010006"
        );
        // The random part is full: the next millisecond.
        let mut full = Monotonic::default();
        full.uuid7(
            Clock::Given(7),
            || [0x03ff, 0xffff, 0xffff, 0xffff, 0xffff],
            || unreachable!(),
        );
        let next = full.uuid7(Clock::Given(7), || uuid7_random([0xff; 10]), || 0);
        assert_eq!(&uuid_text(&next)[..13], b"00000000-0008");
        // Another given time draws afresh even when it is earlier.
        let earlier = state.uuid7(
            Clock::Given(1),
            || uuid7_random([0xff; 10]),
            || unreachable!(),
        );
        assert_eq!(
            &uuid_text(&earlier),
            b"00000000-0001-73ff-bfff-ffffffffffff"
        );
    }

    #[test]
    fn ulid_counts_up_within_a_millisecond() {
        assert_eq!(
            ulid_random([0, 1, 0, 2, 0, 3, 0, 4, 0x12, 0x34]),
            [0x1_0001, 0x2_0002, 0x3_0003, 0x4_0004]
        );
        let mut state = Monotonic::default();
        let first = state.ulid(Clock::Now(1_700_000_000_000), || [0, 0, 0, 0xf_ffff]);
        assert_eq!(first.as_ref(), b"01HF7YAT00000000000000ZZZZ");
        let second = state.ulid(Clock::Now(1_700_000_000_000), || unreachable!());
        assert_eq!(second.as_ref(), b"01HF7YAT000000000000010000");
        let late = state.ulid(Clock::Given(i64::MAX), || [0; 4]);
        assert_eq!(late.as_ref(), b"7ZZZZZZZZZZZZ0000000000000000");
        let mut full = Monotonic::default();
        full.ulid(Clock::Given(0), || [0xf_ffff; 4]);
        assert_eq!(
            full.ulid(Clock::Given(0), || [0; 4]).as_ref(),
            b"00000000010000000000000000"
        );
    }

    #[test]
    fn random_strings_are_alphanumeric_of_the_length_asked() {
        let mut counter = 0u8;
        let mut fill = |bytes: &mut [u8]| {
            for byte in bytes {
                // 0xfb, 0xff give '+' and '/' symbols, which are dropped.
                *byte = [0xfb, 0xff, counter][usize::from(counter % 3)];
                counter = counter.wrapping_add(1);
            }
        };
        for length in [0, 1, 2, 16, 40, 1000] {
            let text = random_alphanumeric(length, &mut fill);
            assert_eq!(text.len(), length);
            assert!(text.iter().all(u8::is_ascii_alphanumeric));
        }
    }
}
