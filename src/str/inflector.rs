//! `Str::plural()`, `Str::singular()` and `Str::pluralStudly()`: Laravel's
//! `Pluralizer` over doctrine/inflector 2.1's English rules, for words in
//! any script.
//!
//! Doctrine's rules are case-insensitive regexes without `/u`, matched with
//! PCRE's character tables: under the C locale (the binding checks it) a
//! byte above 0x7F is no letter, no `\w` and has no other case, which is
//! the plain byte logic here. Their `.` and `$` treat a newline specially,
//! so words with control characters return `None`; so do words whose case
//! `Pluralizer::matchCase()` reads with mbstring tables that vary between
//! PHP releases ([`is_uncertain`]).
//! The PHP package checks that the inflector Laravel would use holds exactly
//! these rules ([`RULES_FINGERPRINT`]) before it calls any of this.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;
use std::thread::LocalKey;

use rustc_hash::{FxHashMap, FxHashSet};

use super::ascii::is_printable;
use super::unicode::is_uncertain;

/// xxh128 of the rules dump `Oxide\Concerns\InflectsNatively` takes from the
/// inflector `Pluralizer::inflector()` returns, for doctrine/inflector 2.1's
/// English rules: native inflection is only used when they agree.
pub const RULES_FINGERPRINT: &str = "155f005f461eb068d4659f0b5887185c";

/// What must precede a rule's suffix.
#[derive(Clone, Copy)]
enum Before {
    Anything,
    /// The suffix is the whole word (`^`).
    WordStart,
    /// One of these bytes (a character class, case-insensitive).
    OneOf(&'static [u8]),
    /// A byte, not one of these (a negated class).
    NoneOf(&'static [u8]),
    /// The word does not end with this (a negative lookbehind at `$`).
    Unless(&'static str),
}

/// One of Doctrine's transformations: the first that matches decides.
#[derive(Clone, Copy)]
enum Transformation {
    /// The word ends with one of `suffixes`: its last `cut` bytes become
    /// `append` (what the regex captures keeps its case, literals do not).
    Suffix {
        suffixes: &'static [&'static str],
        before: Before,
        cut: usize,
        append: &'static str,
    },
    /// `^(ox)en` → `\1`.
    OxenPrefix,
    /// `(alias)(es)*$` → `\1`.
    AliasEs,
    /// `([ftw]ax)es` → `\1`, unanchored, so every occurrence.
    AxesAnywhere,
}

const fn suffix(
    suffixes: &'static [&'static str],
    before: Before,
    cut: usize,
    append: &'static str,
) -> Transformation {
    Transformation::Suffix {
        suffixes,
        before,
        cut,
        append,
    }
}

use Before::{Anything, NoneOf, OneOf, Unless, WordStart};

/// `Inflectible::getPlural()`, in order.
const PLURAL: &[Transformation] = &[
    suffix(&["status"], Anything, 5, "tatuses"),
    suffix(&["quiz"], Anything, 0, "zes"),
    suffix(&["ox"], WordStart, 0, "en"),
    suffix(&["ouse"], OneOf(b"m|l"), 4, "ice"),
    suffix(
        &["matrix", "matrex", "vertix", "vertex", "indix", "index"],
        Anything,
        2,
        "ices",
    ),
    suffix(&["x", "ch", "ss", "sh"], Anything, 0, "es"),
    // `([^aeiouy]|qu)y$`: either way everything before the `y` stays.
    suffix(&["quy"], Anything, 1, "ies"),
    suffix(&["y"], NoneOf(b"aeiouy"), 1, "ies"),
    suffix(&["hive", "gulf"], Anything, 0, "s"),
    // `(?:([^f])fe|([lr])f)$`: the two branches cannot both match.
    suffix(&["fe"], NoneOf(b"f"), 2, "ves"),
    suffix(&["f"], OneOf(b"lr"), 1, "ves"),
    suffix(&["sis"], Anything, 3, "ses"),
    suffix(&["um"], OneOf(b"ti"), 2, "a"),
    suffix(&["taxon"], Anything, 2, "a"),
    suffix(&["criterion"], Anything, 8, "riteria"),
    suffix(&["person"], Anything, 5, "eople"),
    suffix(&["man"], Anything, 2, "en"),
    suffix(&["child"], Anything, 4, "hildren"),
    suffix(&["foot"], Anything, 3, "eet"),
    suffix(
        &["buffalo", "hero", "potato", "tomato", "volcano"],
        Anything,
        1,
        "oes",
    ),
    suffix(
        &[
            "alumnus", "bacillus", "cactus", "focus", "fungus", "nucleus", "radius", "stimulus",
            "syllabus", "terminus", "virus",
        ],
        Anything,
        2,
        "i",
    ),
    suffix(&["us"], Anything, 2, "uses"),
    suffix(&["alias"], Anything, 0, "es"),
    suffix(
        &["analysis", "axis", "crisis", "testis", "thesis"],
        Anything,
        2,
        "es",
    ),
    suffix(&["s"], Anything, 1, "s"),
    // `^$` only matches the empty word, which never gets here.
    suffix(&[""], Anything, 0, "s"),
];

/// `Inflectible::getSingular()`, in order.
const SINGULAR: &[Transformation] = &[
    suffix(&["statuses"], Anything, 7, "tatus"),
    suffix(&["status"], Anything, 5, "tatus"),
    suffix(&["campus"], Anything, 5, "ampus"),
    suffix(&["menus"], Anything, 1, ""),
    suffix(&["quizzes"], Anything, 3, ""),
    suffix(&["matrices"], Anything, 4, "ix"),
    suffix(&["vertices", "indices"], Anything, 4, "ex"),
    Transformation::OxenPrefix,
    Transformation::AliasEs,
    suffix(
        &["buffaloes", "heroes", "potatoes", "tomatoes", "volcanoes"],
        Anything,
        3,
        "o",
    ),
    // `(…|viri?)i$`: `virii` keeps `viri`, `viri` keeps `vir`.
    suffix(
        &[
            "alumni", "bacilli", "cacti", "foci", "fungi", "nuclei", "radii", "stimuli", "syllabi",
            "termini", "viri", "virii",
        ],
        Anything,
        1,
        "us",
    ),
    Transformation::AxesAnywhere,
    suffix(
        &["analyses", "axes", "crises", "testes", "theses"],
        Anything,
        2,
        "is",
    ),
    suffix(&["shoes", "slaves"], Anything, 1, ""),
    suffix(&["oes"], Anything, 2, ""),
    suffix(&["ouses"], Anything, 5, "ouse"),
    suffix(&["uses"], NoneOf(b"a"), 4, "us"),
    suffix(&["ice"], OneOf(b"m|l"), 3, "ouse"),
    suffix(&["xes", "ches", "sses", "shes"], Anything, 2, ""),
    suffix(&["movies"], Anything, 5, "ovie"),
    suffix(&["series"], Anything, 5, "eries"),
    suffix(&["quies"], Anything, 3, "y"),
    suffix(&["ies"], NoneOf(b"aeiouy"), 3, "y"),
    suffix(&["ves"], OneOf(b"lr"), 3, "f"),
    suffix(
        &["tives", "hives", "drives", "dives", "olives"],
        Anything,
        1,
        "",
    ),
    suffix(&["ves"], NoneOf(b"fo"), 3, "fe"),
    suffix(&["analyses"], WordStart, 3, "sis"),
    // `(…|(p)arenthe|…)ses$` would append the captured `p` too, but every
    // word ending in `parentheses` already ended in `theses` above.
    suffix(
        &["analyses", "diagnoses", "prognoses", "synopses", "theses"],
        Anything,
        3,
        "sis",
    ),
    suffix(&["bases"], WordStart, 3, "sis"),
    suffix(&["taxa"], Anything, 1, "on"),
    suffix(&["criteria"], Anything, 7, "riterion"),
    suffix(&["ta", "ia"], Unless("regatta"), 1, "um"),
    suffix(&["people"], Anything, 5, "erson"),
    suffix(&["men"], Anything, 2, "an"),
    suffix(&["children"], Anything, 7, "hild"),
    suffix(&["feet"], Anything, 3, "oot"),
    suffix(&["news"], Anything, 3, "ews"),
    suffix(&["eaus"], Anything, 4, "eau"),
    suffix(&["tights"], WordStart, 6, "tights"),
    suffix(&["shorts"], WordStart, 6, "shorts"),
    suffix(&["s"], Anything, 1, ""),
];

/// `Inflectible::getIrregular()`: singular and plural, in order.
const IRREGULAR: &[(&str, &str)] = &[
    ("abuse", "abuses"),
    ("alga", "algae"),
    ("atlas", "atlases"),
    ("avalanche", "avalanches"),
    ("axis", "axes"),
    ("axe", "axes"),
    ("beef", "beefs"),
    ("blouse", "blouses"),
    ("brother", "brothers"),
    ("brownie", "brownies"),
    ("cache", "caches"),
    ("cafe", "cafes"),
    ("canvas", "canvases"),
    ("cave", "caves"),
    ("chateau", "chateaux"),
    ("child", "children"),
    ("cookie", "cookies"),
    ("corpus", "corpuses"),
    ("cow", "cows"),
    ("criterion", "criteria"),
    ("curriculum", "curricula"),
    ("curve", "curves"),
    ("demo", "demos"),
    ("die", "dice"),
    ("domino", "dominoes"),
    ("echo", "echoes"),
    ("emphasis", "emphases"),
    ("epoch", "epochs"),
    ("foe", "foes"),
    ("foot", "feet"),
    ("fungus", "fungi"),
    ("ganglion", "ganglions"),
    ("gas", "gases"),
    ("genie", "genies"),
    ("genus", "genera"),
    ("goose", "geese"),
    ("graffito", "graffiti"),
    ("grave", "graves"),
    ("hippopotamus", "hippopotami"),
    ("hoax", "hoaxes"),
    ("hoof", "hoofs"),
    ("human", "humans"),
    ("iris", "irises"),
    ("larva", "larvae"),
    ("leaf", "leaves"),
    ("lens", "lenses"),
    ("loaf", "loaves"),
    ("man", "men"),
    ("medium", "media"),
    ("memorandum", "memoranda"),
    ("money", "monies"),
    ("mongoose", "mongooses"),
    ("motto", "mottoes"),
    ("move", "moves"),
    ("mythos", "mythoi"),
    ("neurosis", "neuroses"),
    ("niche", "niches"),
    ("niveau", "niveaux"),
    ("nucleus", "nuclei"),
    ("numen", "numina"),
    ("nursery", "nurseries"),
    ("oasis", "oases"),
    ("occiput", "occiputs"),
    ("octopus", "octopuses"),
    ("opus", "opuses"),
    ("ox", "oxen"),
    ("passerby", "passersby"),
    ("penis", "penises"),
    ("person", "people"),
    ("plateau", "plateaux"),
    ("runner-up", "runners-up"),
    ("safe", "safes"),
    ("save", "saves"),
    ("sex", "sexes"),
    ("sieve", "sieves"),
    ("soliloquy", "soliloquies"),
    ("son-in-law", "sons-in-law"),
    ("stadium", "stadiums"),
    ("syllabus", "syllabi"),
    ("testis", "testes"),
    ("thief", "thieves"),
    ("tooth", "teeth"),
    ("tornado", "tornadoes"),
    ("trilby", "trilbys"),
    ("turf", "turfs"),
    ("valve", "valves"),
    ("volcano", "volcanoes"),
    ("wave", "waves"),
    ("zombie", "zombies"),
];

/// `Uninflected::getDefault()` but for `\w+media`, which is matched apart.
const UNINFLECTED: &[&str] = &[
    "advice",
    "aircraft",
    "amoyese",
    "art",
    "audio",
    "baggage",
    "bison",
    "borghese",
    "bream",
    "breeches",
    "britches",
    "buffalo",
    "butter",
    "cantus",
    "carp",
    "cattle",
    "chassis",
    "clippers",
    "clothing",
    "coal",
    "cod",
    "coitus",
    "compensation",
    "congoese",
    "contretemps",
    "coreopsis",
    "corps",
    "cotton",
    "data",
    "debris",
    "deer",
    "diabetes",
    "djinn",
    "education",
    "eland",
    "elk",
    "emoji",
    "equipment",
    "evidence",
    "faroese",
    "feedback",
    "fish",
    "flounder",
    "flour",
    "foochowese",
    "food",
    "furniture",
    "gallows",
    "genevese",
    "genoese",
    "gilbertese",
    "gold",
    "headquarters",
    "herpes",
    "hijinks",
    "homework",
    "hottentotese",
    "impatience",
    "information",
    "innings",
    "jackanapes",
    "jeans",
    "jedi",
    "kin",
    "kiplingese",
    "knowledge",
    "kongoese",
    "leather",
    "love",
    "lucchese",
    "luggage",
    "mackerel",
    "maltese",
    "management",
    "metadata",
    "mews",
    "money",
    "moose",
    "mumps",
    "music",
    "nankingese",
    "news",
    "nexus",
    "niasese",
    "nutrition",
    "offspring",
    "oil",
    "patience",
    "pekingese",
    "piedmontese",
    "pincers",
    "pistoiese",
    "plankton",
    "pliers",
    "pokemon",
    "police",
    "polish",
    "portuguese",
    "proceedings",
    "progress",
    "rabies",
    "rain",
    "research",
    "rhinoceros",
    "rice",
    "salmon",
    "sand",
    "sarawakese",
    "scissors",
    "sea bass",
    "sea-bass",
    "series",
    "shavese",
    "shears",
    "sheep",
    "siemens",
    "silk",
    "sms",
    "soap",
    "social media",
    "spam",
    "species",
    "staff",
    "sugar",
    "swine",
    "talent",
    "toothpaste",
    "traffic",
    "travel",
    "trousers",
    "trout",
    "tuna",
    "us",
    "vermontese",
    "vinegar",
    "weather",
    "wenchowese",
    "wheat",
    "whiting",
    "wildebeest",
    "wood",
    "wool",
    "yengeese",
];

/// `Uninflected::getSingular()` beyond the defaults, but for `.*ss`.
const UNINFLECTED_SINGULAR: &[&str] = &[
    "clothes", "data", "fascia", "fuchsia", "galleria", "mafia", "militia", "pants", "petunia",
    "sepia", "trivia", "utopia",
];

/// `Uninflected::getPlural()` beyond the defaults, but for `\w+ware$`.
const UNINFLECTED_PLURAL: &[&str] = &["people", "trivia", "media"];

/// Doctrine's rule set for one direction.
struct Ruleset {
    uninflected: FxHashSet<&'static [u8]>,
    /// `\w+<suffix>` patterns among the uninflected.
    uninflected_word_suffixes: &'static [&'static str],
    /// `.*<suffix>` patterns among the uninflected.
    uninflected_suffixes: &'static [&'static str],
    irregular: FxHashMap<&'static [u8], &'static str>,
    regular: &'static [Transformation],
    candidates: Candidates,
}

impl Ruleset {
    fn new(
        uninflected: &[&'static str],
        uninflected_word_suffixes: &'static [&'static str],
        uninflected_suffixes: &'static [&'static str],
        irregular: impl IntoIterator<Item = (&'static str, &'static str)>,
        regular: &'static [Transformation],
    ) -> Self {
        Ruleset {
            uninflected: UNINFLECTED
                .iter()
                .chain(uninflected)
                .map(|word| word.as_bytes())
                .collect(),
            uninflected_word_suffixes,
            uninflected_suffixes,
            irregular: irregular
                .into_iter()
                .map(|(from, to)| (from.as_bytes(), to))
                .collect(),
            regular,
            candidates: Candidates::new(regular),
        }
    }
}

fn plural_rules() -> &'static Ruleset {
    static RULES: OnceLock<Ruleset> = OnceLock::new();
    RULES.get_or_init(|| {
        Ruleset::new(
            UNINFLECTED_PLURAL,
            &["media", "ware"],
            &[],
            IRREGULAR.iter().copied(),
            PLURAL,
        )
    })
}

fn singular_rules() -> &'static Ruleset {
    static RULES: OnceLock<Ruleset> = OnceLock::new();
    RULES.get_or_init(|| {
        Ruleset::new(
            UNINFLECTED_SINGULAR,
            &["media"],
            &["ss"],
            // Flipped: of two singulars with one plural (`axes`), the later wins.
            IRREGULAR
                .iter()
                .map(|&(singular, plural)| (plural, singular)),
            SINGULAR,
        )
    })
}

/// Which transformations could match a word, by its last two bytes: testing
/// each of Doctrine's 25–43 rules in turn cost more than the rest of a call.
struct Candidates {
    /// Rules with a suffix of two bytes or more, by its last two.
    by_last_two: FxHashMap<[u8; 2], Vec<usize>>,
    /// Rules with a one-byte suffix, by that byte; rules with an empty
    /// suffix and the special ones under every byte.
    by_last: Vec<Vec<usize>>,
}

impl Candidates {
    fn new(rules: &[Transformation]) -> Self {
        let mut candidates = Candidates {
            by_last_two: FxHashMap::default(),
            by_last: vec![Vec::new(); 256],
        };
        for (index, rule) in rules.iter().enumerate() {
            let suffixes = match rule {
                Transformation::Suffix { suffixes, .. } => *suffixes,
                _ => &[""],
            };
            for suffix in suffixes {
                let lists = match *suffix.as_bytes() {
                    [] => candidates.by_last.iter_mut().collect(),
                    [last] => vec![&mut candidates.by_last[usize::from(last)]],
                    [.., before, last] => {
                        vec![candidates.by_last_two.entry([before, last]).or_default()]
                    }
                };
                for list in lists {
                    if list.last() != Some(&index) {
                        list.push(index);
                    }
                }
            }
        }
        candidates
    }

    /// In rule order, the rules that could match a non-empty word.
    fn of(&self, lower: &[u8]) -> impl Iterator<Item = usize> {
        let last = lower[lower.len() - 1];
        let short = self.by_last[usize::from(last)].as_slice();
        let long = match lower {
            [.., before, last] => self
                .by_last_two
                .get(&[*before, *last])
                .map_or(&[][..], Vec::as_slice),
            _ => &[],
        };
        let (mut short, mut long) = (short.iter().peekable(), long.iter().peekable());
        std::iter::from_fn(move || match (short.peek(), long.peek()) {
            (Some(a), Some(b)) if a < b => short.next().copied(),
            (Some(a), Some(b)) if a == b => {
                long.next();
                short.next().copied()
            }
            (Some(_), None) => short.next().copied(),
            _ => long.next().copied(),
        })
    }
}

/// Doctrine's `\w` without `/u` under the C locale.
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// What an inflection makes of a word: its first `keep` bytes, then `tail`.
struct Inflection<'a> {
    keep: usize,
    tail: Cow<'a, [u8]>,
}

impl Ruleset {
    /// `RulesetInflector::inflect()` with one rule set; `lower` is `word`
    /// lowercased. `None`: the word stays as it is.
    fn inflect<'a>(&self, word: &'a [u8], lower: &[u8]) -> Option<Inflection<'a>> {
        if word.is_empty() || self.is_uninflected(lower) {
            return None;
        }
        if let Some(&irregular) = self.irregular.get(lower) {
            let irregular = with_first_letter_of(irregular, word);
            if irregular != word {
                return Some(Inflection {
                    keep: 0,
                    tail: irregular,
                });
            }
        }
        self.candidates
            .of(lower)
            .find_map(|index| self.regular[index].apply(word, lower))
    }

    fn is_uninflected(&self, lower: &[u8]) -> bool {
        self.uninflected.contains(lower)
            || self
                .uninflected_suffixes
                .iter()
                .any(|s| lower.ends_with(s.as_bytes()))
            || self.uninflected_word_suffixes.iter().any(|s| {
                lower.len() > s.len()
                    && lower.ends_with(s.as_bytes())
                    && lower[..lower.len() - s.len()]
                        .iter()
                        .all(|&b| is_word_byte(b))
            })
    }
}

/// `Substitutions::inflect()`: the replacement, with its first letter
/// upper-cased if the word's was.
fn with_first_letter_of(replacement: &'static str, word: &[u8]) -> Cow<'static, [u8]> {
    if word[0].is_ascii_uppercase() {
        let mut out = replacement.as_bytes().to_owned();
        out[..1].make_ascii_uppercase();
        Cow::Owned(out)
    } else {
        Cow::Borrowed(replacement.as_bytes())
    }
}

impl Transformation {
    /// What this rule makes of the word if its pattern matches.
    fn apply<'a>(&self, word: &'a [u8], lower: &[u8]) -> Option<Inflection<'a>> {
        match *self {
            Transformation::Suffix {
                suffixes,
                before,
                cut,
                append,
            } => {
                let suffix = suffixes.iter().find(|s| lower.ends_with(s.as_bytes()))?;
                let start = lower.len() - suffix.len();
                let preceding = start.checked_sub(1).map(|i| lower[i]);
                let matches = match before {
                    Anything => true,
                    WordStart => start == 0,
                    OneOf(bytes) => preceding.is_some_and(|b| bytes.contains(&b)),
                    NoneOf(bytes) => preceding.is_some_and(|b| !bytes.contains(&b)),
                    Unless(ending) => !lower.ends_with(ending.as_bytes()),
                };
                matches.then_some(Inflection {
                    keep: word.len() - cut,
                    tail: Cow::Borrowed(append.as_bytes()),
                })
            }
            Transformation::OxenPrefix => lower.starts_with(b"oxen").then(|| Inflection {
                keep: 2,
                tail: Cow::Borrowed(&word[4..]),
            }),
            Transformation::AliasEs => {
                let mut end = lower.len();
                while lower[..end].ends_with(b"es") {
                    end -= 2;
                }
                lower[..end].ends_with(b"alias").then_some(Inflection {
                    keep: end,
                    tail: Cow::Borrowed(b""),
                })
            }
            Transformation::AxesAnywhere => {
                let (bytes, mut out, mut copied, mut at) = (lower, None, 0, 0);
                while at + 5 <= bytes.len() {
                    if matches!(bytes[at], b'f' | b't' | b'w') && &bytes[at + 1..at + 5] == b"axes"
                    {
                        let out: &mut Vec<u8> = out.get_or_insert_with(Vec::new);
                        out.extend_from_slice(&word[copied..at + 3]);
                        copied = at + 5;
                        at += 5;
                    } else {
                        at += 1;
                    }
                }
                out.map(|mut out: Vec<u8>| {
                    out.extend_from_slice(&word[copied..]);
                    Inflection {
                        keep: 0,
                        tail: Cow::Owned(out),
                    }
                })
            }
        }
    }
}

/// The inflected word in the original's case, as `Pluralizer::matchCase()`
/// sets it: lower-cased, upper-cased or with its first letter upper-cased
/// when `mb_strtolower()`, `mb_strtoupper()` or `ucfirst()` leaves the
/// original as it is. (Its last test, `ucwords()`, never decides: any word
/// it leaves alone, `ucfirst()` does.) The inflection adds ASCII only, and
/// its other characters are the original's, which the mbstring function
/// leaves alone: so ASCII case mapping does what mbstring would. An
/// original that is not UTF-8 passes neither mbstring test: the `?` they
/// write for an ill-formed sequence changes it.
/// `text` is the original as UTF-8, when it is.
fn in_case_of<'a>(
    original: &'a [u8],
    text: Option<&str>,
    inflection: Option<Inflection<'_>>,
) -> Cow<'a, [u8]> {
    let change: fn(&mut [u8]) = if text.is_some_and(|text| keeps_case(text, char::to_lowercase)) {
        <[u8]>::make_ascii_lowercase
    } else if text.is_some_and(|text| keeps_case(text, char::to_uppercase)) {
        <[u8]>::make_ascii_uppercase
    } else if !original.first().is_some_and(u8::is_ascii_lowercase) {
        // A first byte above ASCII is no letter: ucfirst() leaves it alone.
        |text| {
            text.get_mut(..1)
                .into_iter()
                .for_each(<[u8]>::make_ascii_uppercase)
        }
    } else {
        |_| {}
    };
    // The original is in its own case already.
    let Some(Inflection { keep, tail }) = inflection else {
        return Cow::Borrowed(original);
    };
    let mut out = Vec::with_capacity(keep + tail.len());
    out.extend_from_slice(&original[..keep]);
    out.extend_from_slice(&tail);
    change(&mut out);
    if out == original {
        Cow::Borrowed(original)
    } else {
        Cow::Owned(out)
    }
}

/// Whether every character's full case mapping (`char::to_lowercase` or
/// `char::to_uppercase`) is that character alone.
fn keeps_case<M: Iterator<Item = char>>(word: &str, mapping: fn(char) -> M) -> bool {
    word.chars().all(|c| mapping(c).eq([c]))
}

/// Whether the rules and `matchCase()` read `word` as the byte logic here
/// does: no control character (PCRE's `.` and `$` and newlines), no
/// character whose case mapping differs between PHP's Unicode releases.
/// Bytes of ill-formed sequences are no characters to either.
fn is_inflectable(word: &[u8]) -> bool {
    is_printable(word)
        || word
            .utf8_chunks()
            .all(|chunk| chunk.valid().chars().all(is_inflectable_char))
}

/// [`is_inflectable`] of a word known to be UTF-8.
fn is_inflectable_text(word: &str) -> bool {
    is_printable(word.as_bytes()) || word.chars().all(is_inflectable_char)
}

fn is_inflectable_char(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}') && !is_uncertain(c)
}

/// The last character `Pluralizer::plural()` requires, by its
/// `/[A-Za-z0-9\x{0080}-\x{FFFF}]$/u`.
fn ends_pluralizable(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || ('\u{80}'..='\u{FFFF}').contains(&c))
}

/// A word lowercased (ASCII letters only, as `strtolower()`), on the stack
/// when short.
struct Lowercase {
    buffer: [u8; 32],
    heap: Option<Vec<u8>>,
    len: usize,
}

impl Lowercase {
    fn of(word: &[u8]) -> Self {
        let mut lower = Lowercase {
            buffer: [0; 32],
            heap: None,
            len: word.len(),
        };
        match lower.buffer.get_mut(..word.len()) {
            Some(buffer) => {
                buffer.copy_from_slice(word);
                buffer.make_ascii_lowercase();
            }
            None => lower.heap = Some(word.to_ascii_lowercase()),
        }
        lower
    }

    fn as_bytes(&self) -> &[u8] {
        match &self.heap {
            Some(heap) => heap,
            None => &self.buffer[..self.len],
        }
    }
}

/// `Str::plural($value)` for a count other than 1 or -1 (the package returns
/// those words as they are), given whether a lowercased word is in
/// `Pluralizer::$uncountable` (`None`: cannot tell). Of UTF-8 text: any
/// other fails Pluralizer's `/u` test and stays as it is, whatever the
/// inflector, which the binding answers itself.
pub fn plural(text: &str, is_uncountable: impl Fn(&[u8]) -> Option<bool>) -> Option<Cow<'_, [u8]>> {
    if !is_inflectable_text(text) {
        return None;
    }
    let value = text.as_bytes();
    let lower = Lowercase::of(value);
    // Lowercasing changes no character's class at the end: ASCII letters
    // stay letters, the rest is untouched.
    if is_uncountable(lower.as_bytes())? || !ends_pluralizable(text) {
        return Some(Cow::Borrowed(value));
    }
    Some(memoized(&PLURALS, value, || {
        in_case_of(
            value,
            Some(text),
            plural_rules().inflect(value, lower.as_bytes()),
        )
    }))
}

/// Words inflected on this thread, each to its inflection (`None`: it stays
/// as it is), as Doctrine's `CachedWordInflector` keeps them: the rules and
/// `matchCase()` never change, so an entry never goes stale. Applying the
/// rules and the case took half of a native `plural('user')`. Per thread, so
/// no two requests share one; words of up to [`MEMO_WORD_BYTES`] bytes,
/// cleared once it holds [`MEMO_WORDS`] of them (at most ~200 KB).
type Memo = RefCell<FxHashMap<Box<[u8]>, Option<Box<[u8]>>>>;

const MEMO_WORDS: usize = 1024;
const MEMO_WORD_BYTES: usize = 64;

thread_local! {
    static PLURALS: Memo = RefCell::default();
    static SINGULARS: Memo = RefCell::default();
}

/// `inflect()`'s result for `word`, remembered in `memo`.
fn memoized<'a>(
    memo: &'static LocalKey<Memo>,
    word: &'a [u8],
    inflect: impl FnOnce() -> Cow<'a, [u8]>,
) -> Cow<'a, [u8]> {
    if word.len() > MEMO_WORD_BYTES {
        return inflect();
    }
    if let Some(known) = memo.with_borrow(|words| words.get(word).cloned()) {
        return known.map_or(Cow::Borrowed(word), |inflected| {
            Cow::Owned(inflected.into())
        });
    }
    let inflected = inflect();
    memo.with_borrow_mut(|words| {
        if words.len() >= MEMO_WORDS {
            words.clear();
        }
        let remembered = match &inflected {
            Cow::Borrowed(_) => None,
            Cow::Owned(inflected) => Some(inflected.as_slice().into()),
        };
        words.insert(word.into(), remembered);
    });
    inflected
}

/// `Str::singular($value)`, for any bytes: Doctrine's rules read them
/// without `/u`.
pub fn singular(value: &[u8]) -> Option<Cow<'_, [u8]>> {
    if !is_inflectable(value) {
        return None;
    }
    Some(memoized(&SINGULARS, value, || {
        let lower = Lowercase::of(value);
        in_case_of(
            value,
            std::str::from_utf8(value).ok(),
            singular_rules().inflect(value, lower.as_bytes()),
        )
    }))
}

/// `Str::pluralStudly($value)`, as [`plural`]: the last studly word, from
/// the last capital that is not the first character, pluralized. Its split
/// is a `/u` regex too, which throws on a value that is not UTF-8: `None`.
pub fn plural_studly(
    value: &[u8],
    is_uncountable: impl Fn(&[u8]) -> Option<bool>,
) -> Option<Cow<'_, [u8]>> {
    let value = std::str::from_utf8(value).ok()?;
    let last_word = value
        .as_bytes()
        .get(1..)
        .and_then(|rest| rest.iter().rposition(u8::is_ascii_uppercase))
        .map_or(0, |i| i + 1);
    let (head, word) = value.split_at(last_word);
    if !is_inflectable_text(head) {
        return None;
    }
    match plural(word, is_uncountable)? {
        Cow::Borrowed(_) => Some(Cow::Borrowed(value.as_bytes())),
        Cow::Owned(plural) => Some(Cow::Owned([head.as_bytes(), &plural].concat())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_words_inflect_as_they_did_the_first_time() {
        let countable = |_: &[u8]| Some(false);
        for text in ["user", "Child", "SHEEP", "bus", "Octopus", "café", "ÉCOLE"] {
            let word = text.as_bytes();
            let plural_of = || plural(text, countable).map(Cow::into_owned);
            let singular_of = || singular(word).map(Cow::into_owned);
            let (first_plural, first_singular) = (plural_of(), singular_of());
            assert!(PLURALS.with_borrow(|words| words.contains_key(word)));
            assert_eq!(plural_of(), first_plural);
            assert_eq!(singular_of(), first_singular);
        }
        for n in 0..MEMO_WORDS + 10 {
            plural(&format!("word{n}x"), countable);
        }
        assert!(PLURALS.with_borrow(|words| words.len()) <= MEMO_WORDS);
        let long = "long".repeat(MEMO_WORD_BYTES);
        assert_eq!(
            plural(&long, countable).unwrap(),
            format!("{long}s").as_bytes()
        );
        assert!(!PLURALS.with_borrow(|words| words.contains_key(long.as_bytes())));
    }

    #[test]
    fn inflects_words_longer_than_the_stack_buffer() {
        let word = "x".repeat(40) + "Box";
        assert_eq!(plural_of(&word), "x".repeat(40) + "Boxes");
        assert_eq!(singular_of(&(word.clone() + "es")), word);
    }

    #[test]
    fn singularizes_bytes_that_are_not_utf8() {
        let singular = |word: &[u8]| singular(word).unwrap().into_owned();
        assert_eq!(singular(b"caf\xE9s"), b"caf\xE9");
        // mbstring's tests fail on it; ucfirst() leaves it: its first letter is raised.
        assert_eq!(singular(b"Caf\xE9S"), b"Caf\xE9");
        assert_eq!(singular(b"\xFFboxes"), b"\xFFbox");
    }

    fn laravel_uncountable(word: &[u8]) -> Option<bool> {
        Some(matches!(word, b"recommended" | b"related"))
    }

    fn plural_of(word: &str) -> String {
        String::from_utf8(plural(word, laravel_uncountable).unwrap().into_owned()).unwrap()
    }

    fn singular_of(word: &str) -> String {
        String::from_utf8(singular(word.as_bytes()).unwrap().into_owned()).unwrap()
    }

    #[test]
    fn pluralizes_regular_and_irregular_words() {
        for (singular, plural) in [
            ("user", "users"),
            ("category", "categories"),
            ("day", "days"),
            ("box", "boxes"),
            ("wife", "wives"),
            ("half", "halves"),
            ("mouse", "mice"),
            ("index", "indices"),
            ("person", "people"),
            ("child", "children"),
            ("status", "statuses"),
            ("quiz", "quizzes"),
            ("ox", "oxen"),
            ("alias", "aliases"),
            ("bus", "buses"),
            ("virus", "viri"),
            ("crisis", "crises"),
            ("medium", "media"),
            ("axe", "axes"),
            ("runner-up", "runners-up"),
            ("sheep", "sheep"),
            ("hardware", "hardware"),
            ("multimedia", "multimedia"),
        ] {
            assert_eq!(plural_of(singular), plural, "plural of {singular}");
        }
    }

    #[test]
    fn singularizes_regular_and_irregular_words() {
        for (plural, singular) in [
            ("users", "user"),
            ("categories", "category"),
            ("boxes", "box"),
            ("wives", "wife"),
            ("halves", "half"),
            ("mice", "mouse"),
            ("indices", "index"),
            ("people", "person"),
            ("children", "child"),
            ("statuses", "status"),
            ("quizzes", "quiz"),
            ("oxen", "ox"),
            ("oxenford", "oxford"),
            ("aliaseses", "alias"),
            ("buses", "bus"),
            ("axes", "axe"),
            ("taxestaxes", "taxtax"),
            ("diagnoses", "diagnosis"),
            ("bases", "basis"),
            ("regatta", "regatta"),
            ("data", "data"),
            ("class", "class"),
            ("virii", "virius"),
            ("viri", "virus"),
        ] {
            assert_eq!(singular_of(plural), singular, "singular of {plural}");
        }
    }

    #[test]
    fn matches_the_original_case() {
        assert_eq!(plural_of("User"), "Users");
        assert_eq!(plural_of("USER"), "USERS");
        assert_eq!(plural_of("Blog post"), "Blog posts");
        assert_eq!(plural_of("Blog Post"), "Blog Posts");
        assert_eq!(plural_of("bLOG"), "bLOGs");
        assert_eq!(plural_of("Status"), "Statuses");
        assert_eq!(plural_of("STATUS"), "STATUSES");
        assert_eq!(plural_of("Person"), "People");
        assert_eq!(singular_of("PEOPLE"), "PERSON");
    }

    #[test]
    fn laravel_leaves_some_words_alone() {
        assert_eq!(plural_of("Related"), "Related");
        assert_eq!(plural_of("user!"), "user!");
        assert_eq!(plural_of(""), "");
        assert_eq!(plural_of("party 🎉"), "party 🎉");
        assert_eq!(plural("user", |_| None), None);
    }

    #[test]
    fn inflects_words_in_any_script_and_keeps_their_case() {
        assert_eq!(plural_of("café"), "cafés");
        assert_eq!(plural_of("CAFÉ"), "CAFÉS");
        assert_eq!(plural_of("Café"), "Cafés");
        assert_eq!(plural_of("пользователь"), "пользовательs");
        assert_eq!(plural_of("ÉCOLe"), "ÉCOLes");
        assert_eq!(plural_of("straße"), "straßes");
        assert_eq!(plural_of("STRAßE"), "STRAßEs");
        assert_eq!(singular_of("Cafés"), "Café");
        assert_eq!(singular_of("ΣΟΦΙΕΣ"), "ΣΟΦΙΕΣ");
    }

    #[test]
    fn hands_back_what_pcre_or_mbstring_could_read_differently() {
        assert_eq!(plural("status\n", laravel_uncountable), None);
        assert_eq!(plural("ꟀUSER", laravel_uncountable), None);
        assert_eq!(singular(b"statuses\t"), None);
    }

    #[test]
    fn pluralizes_the_last_studly_word() {
        let studly = |value: &[u8]| {
            plural_studly(value, laravel_uncountable)
                .unwrap()
                .into_owned()
        };
        assert_eq!(studly(b"UserProfile"), b"UserProfiles");
        assert_eq!(studly(b"VerifiedHuman"), b"VerifiedHumans");
        assert_eq!(studly(b"ABC"), b"ABCS");
        assert_eq!(studly(b"child"), b"children");
        assert_eq!(studly(b"SomeChild"), b"SomeChildren");
        assert_eq!(studly("ÉcoleChild".as_bytes()), "ÉcoleChildren".as_bytes());
        assert_eq!(plural_studly(b"\xffUser", laravel_uncountable), None);
    }
}
