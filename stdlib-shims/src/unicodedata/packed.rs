//! The long tables (`tables.bin`, written by `generate_tables.py` and
//! deflated into the binary by `build.rs`), inflated and decoded once per
//! process, when a script first looks a character up: as Rust arrays they
//! took 128 KB of the binary, deflated they take 24 KB.

use std::sync::OnceLock;

/// One decomposition mapping: where it sits in [`Packed::decomp_text`]
/// and its tag (an index into `tables::DECOMP_TAGS`).
#[derive(Clone, Copy)]
pub struct Decomp {
    /// Byte offset of the mapping in the text.
    pub start: u32,
    /// Its UTF-8 length.
    pub len: u8,
    /// Its tag.
    pub tag: u8,
}

/// The decoded tables (see `generate_tables.py` for what each holds).
pub struct Packed {
    /// First code point of each run of equal property records.
    pub run_starts: Vec<u32>,
    /// The record (an index into `tables::RECORDS`) of each run.
    pub run_records: Vec<u8>,
    /// Code points with a numeric value, sorted.
    pub numeric_cps: Vec<u32>,
    /// Per numeric code point: value index << 2 | kind (2 decimal, 1
    /// digit, 0 numeric only).
    pub numeric_info: Vec<u16>,
    /// Code points with a decomposition mapping, sorted.
    pub decomp_cps: Vec<u32>,
    /// Per decomposing code point: its mapping.
    pub decomps: Vec<Decomp>,
    /// The decomposition mappings, one after another.
    pub decomp_text: String,
    /// Canonical compositions (first, second, composite), sorted.
    pub compositions: Vec<(u32, u32, u32)>,
    /// Named sequences, one `NAME;characters` line each, sorted by name.
    pub named_sequences: String,
}

/// The tables, decoded on first use.
pub fn packed() -> &'static Packed {
    static PACKED: OnceLock<Packed> = OnceLock::new();
    PACKED.get_or_init(|| {
        let deflated = include_bytes!(concat!(env!("OUT_DIR"), "/unicodedata.z"));
        crate::zlib::inflate_embedded(deflated, &[])
            .ok()
            .and_then(|bytes| decode(&bytes))
            // build.rs deflated tables.bin as generate_tables.py wrote it,
            // and a test decodes it: this cannot fail in a built binary.
            .expect("the embedded Unicode tables decode")
    })
}

/// Reads unsigned LEB128 numbers and UTF-8 strings off a byte slice.
struct Reader<'a> {
    bytes: std::slice::Iter<'a, u8>,
}

impl Reader<'_> {
    fn number(&mut self) -> Option<u32> {
        let mut n = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = *self.bytes.next()?;
            n |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn count(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }

    /// `n` numbers stored as differences from the one before.
    fn sorted(&mut self, n: usize) -> Option<Vec<u32>> {
        let mut before = 0u32;
        (0..n)
            .map(|_| {
                before = before.checked_add(self.number()?)?;
                Some(before)
            })
            .collect()
    }

    /// `n` numbers, each converted to `T`.
    fn column<T: TryFrom<u32>>(&mut self, n: usize) -> Option<Vec<T>> {
        (0..n).map(|_| T::try_from(self.number()?).ok()).collect()
    }

    fn text(&mut self) -> Option<String> {
        let len = self.count()?;
        let bytes = self.bytes.as_slice().get(..len)?.to_vec();
        self.bytes = self.bytes.as_slice()[len..].iter();
        String::from_utf8(bytes).ok()
    }
}

/// The tables from `tables.bin`'s bytes; None if they are malformed.
fn decode(bytes: &[u8]) -> Option<Packed> {
    let mut r = Reader {
        bytes: bytes.iter(),
    };
    let runs = r.count()?;
    let run_starts = r.sorted(runs)?;
    let run_records = r.column(runs)?;
    let numerics = r.count()?;
    let numeric_cps = r.sorted(numerics)?;
    let numeric_info = r.column(numerics)?;
    let decomp_count = r.count()?;
    let decomp_cps = r.sorted(decomp_count)?;
    let lens: Vec<u8> = r.column(decomp_count)?;
    let tags: Vec<u8> = r.column(decomp_count)?;
    let mut start = 0u32;
    let decomps = lens
        .iter()
        .zip(&tags)
        .map(|(&len, &tag)| {
            let d = Decomp { start, len, tag };
            start += u32::from(len);
            d
        })
        .collect();
    let pairs = r.count()?;
    let firsts = r.sorted(pairs)?;
    let seconds: Vec<u32> = r.column(pairs)?;
    let composites: Vec<u32> = r.column(pairs)?;
    let compositions = (0..pairs)
        .map(|i| (firsts[i], seconds[i], composites[i]))
        .collect();
    let decomp_text = r.text()?;
    let named_sequences = r.text()?;
    if r.bytes.len() != 0 || decomp_text.len() != start as usize {
        return None;
    }
    Some(Packed {
        run_starts,
        run_records,
        numeric_cps,
        numeric_info,
        decomp_cps,
        decomps,
        decomp_text,
        compositions,
        named_sequences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_tables_decode() {
        let p = packed();
        assert_eq!(p.run_starts.first(), Some(&0));
        assert!(p.run_starts.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(p.run_records.len(), p.run_starts.len());
        assert_eq!(p.decomps.len(), p.decomp_cps.len());
        assert!(p.named_sequences.ends_with('\n'));
    }

    #[test]
    fn malformed_bytes_are_refused() {
        assert!(decode(&[]).is_none());
        // A count of 3 runs with nothing after it.
        assert!(decode(&[3]).is_none());
        // A number that runs past 32 bits.
        assert!(decode(&[0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).is_none());
    }
}
