//! The wrappers around a raw deflate stream that `wbits` selects: zlib's
//! two-byte header and Adler-32 trailer, gzip's header and CRC-32/length
//! trailer, or none. The deflate data itself is flate2's (miniz_oxide);
//! headers and trailers are written and checked here, so that every
//! container goes through one raw engine and fails with zlib's messages.

/// A stream's wrapper.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Container {
    /// RFC 1950: a two-byte header and an Adler-32 trailer.
    Zlib,
    /// Bare deflate data.
    Raw,
    /// RFC 1952: a gzip member header and a CRC-32 and length trailer.
    Gzip,
    /// zlib or gzip, whichever the first two bytes say (decompression only).
    Auto,
}

/// The container a compressor's `wbits` selects: 8 to 15 zlib (zlib
/// raises 8 to 9), -9 to -15 raw, 25 to 31 gzip; None for anything else.
pub fn for_compression(wbits: i64) -> Option<Container> {
    match wbits {
        8..=15 => Some(Container::Zlib),
        -15..=-9 => Some(Container::Raw),
        25..=31 => Some(Container::Gzip),
        _ => None,
    }
}

/// The container a decompressor's `wbits` selects: 0 (the header's window)
/// or 8 to 15 zlib, -8 to -15 raw, 24 to 31 gzip, 32 or 40 to 47 either.
pub fn for_decompression(wbits: i64) -> Option<Container> {
    match wbits {
        0 | 8..=15 => Some(Container::Zlib),
        -15..=-8 => Some(Container::Raw),
        24..=31 => Some(Container::Gzip),
        32 | 40..=47 => Some(Container::Auto),
        _ => None,
    }
}

/// The largest window (log2) a decompressor with `wbits` accepts in a
/// zlib header (0 and 32: whatever the header says, up to 15).
fn window_limit(wbits: i64) -> u8 {
    match (wbits & 15) as u8 {
        0 => 15,
        w => w.max(8),
    }
}

/// The header a compressor writes at the start of its output.
pub fn header(container: Container, level: u32) -> Vec<u8> {
    match container {
        Container::Zlib => {
            // CMF: deflate with a 32 KB window; FLG: the level class, then
            // the check bits that make CMF*256+FLG a multiple of 31.
            let cmf: u8 = 0x78;
            let level_class: u8 = match level {
                0 | 1 => 0,
                2..=5 => 1,
                6 => 2,
                _ => 3,
            };
            let flg = level_class << 6;
            let check = 31 - ((u16::from(cmf) << 8 | u16::from(flg)) % 31) as u8;
            vec![cmf, flg | (check % 31)]
        }
        Container::Gzip => {
            // No name, no time stamp; the extra flags say "best" for level
            // 9 and "fastest" for 0 and 1, and the OS is Unix, as zlib writes.
            let xfl = match level {
                9 => 2,
                0 | 1 => 4,
                _ => 0,
            };
            vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
        }
        Container::Raw | Container::Auto => Vec::new(),
    }
}

/// The trailer a compressor writes after the deflate data, from the
/// checksums of everything it was given.
pub fn trailer(container: Container, sums: &Checksums) -> Vec<u8> {
    match container {
        Container::Zlib => sums.adler.checksum().to_be_bytes().to_vec(),
        Container::Gzip => {
            let mut t = sums.crc.clone().finalize().to_le_bytes().to_vec();
            t.extend_from_slice(&sums.size.to_le_bytes());
            t
        }
        Container::Raw | Container::Auto => Vec::new(),
    }
}

/// The checksums of a stream's uncompressed data, as its trailer needs.
#[derive(Clone)]
pub struct Checksums {
    adler: adler2::Adler32,
    crc: crc32fast::Hasher,
    /// The length modulo 2**32 (gzip's ISIZE).
    size: u32,
}

impl Checksums {
    /// The checksums of nothing.
    pub fn new() -> Checksums {
        Checksums {
            adler: adler2::Adler32::new(),
            crc: crc32fast::Hasher::new(),
            size: 0,
        }
    }

    /// Adds `data` to the sums that `container` needs.
    pub fn update(&mut self, container: Container, data: &[u8]) {
        match container {
            Container::Zlib => self.adler.write_slice(data),
            Container::Gzip => {
                self.crc.update(data);
                self.size = self.size.wrapping_add(data.len() as u32);
            }
            Container::Raw | Container::Auto => {}
        }
    }
}

/// What reading a header from the bytes seen so far found.
pub enum HeaderScan {
    /// The header is complete: its length, and the container it belongs to
    /// (`Auto` resolved).
    Done(usize, Container),
    /// More bytes are needed.
    Incomplete,
}

/// Reads the header of a `container` stream (decompressing with `wbits`)
/// from the start of `bytes`; the error is zlib's message.
pub fn scan_header(
    container: Container,
    wbits: i64,
    bytes: &[u8],
) -> Result<HeaderScan, &'static str> {
    match container {
        Container::Raw => Ok(HeaderScan::Done(0, Container::Raw)),
        Container::Zlib => scan_zlib(wbits, bytes),
        Container::Gzip => scan_gzip(bytes),
        Container::Auto => match bytes {
            [0x1f, 0x8b, ..] => scan_gzip(bytes),
            [_, _, ..] => scan_zlib(wbits, bytes),
            _ => Ok(HeaderScan::Incomplete),
        },
    }
}

fn scan_zlib(wbits: i64, bytes: &[u8]) -> Result<HeaderScan, &'static str> {
    let [cmf, flg, ..] = *bytes else {
        return Ok(HeaderScan::Incomplete);
    };
    if (u16::from(cmf) << 8 | u16::from(flg)) % 31 != 0 {
        return Err("incorrect header check");
    }
    if cmf & 0x0f != 8 {
        return Err("unknown compression method");
    }
    if (cmf >> 4) + 8 > window_limit(wbits) {
        return Err("invalid window size");
    }
    if flg & 0x20 != 0 {
        return Err(NEEDS_DICTIONARY);
    }
    Ok(HeaderScan::Done(2, Container::Zlib))
}

/// The "message" for a zlib stream that needs a preset dictionary (zlib's
/// Z_NEED_DICT, which CPython reports without a message).
pub const NEEDS_DICTIONARY: &str = "a preset dictionary is needed";

fn scan_gzip(bytes: &[u8]) -> Result<HeaderScan, &'static str> {
    const FHCRC: u8 = 2;
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    let magic_ok = bytes.iter().zip([0x1f, 0x8b]).all(|(&b, m)| b == m);
    if !magic_ok {
        return Err("incorrect header check");
    }
    if bytes.len() < 10 {
        return Ok(HeaderScan::Incomplete);
    }
    if bytes[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = bytes[3];
    if flags & 0xe0 != 0 {
        return Err("unknown header flags set");
    }
    let mut at = 10;
    if flags & FEXTRA != 0 {
        let Some(&[lo, hi]) = bytes.get(at..at + 2) else {
            return Ok(HeaderScan::Incomplete);
        };
        at += 2 + usize::from(u16::from_le_bytes([lo, hi]));
    }
    for field in [FNAME, FCOMMENT] {
        if flags & field != 0 {
            match bytes
                .get(at..)
                .and_then(|rest| rest.iter().position(|&b| b == 0))
            {
                Some(end) => at += end + 1,
                None => return Ok(HeaderScan::Incomplete),
            }
        }
    }
    if flags & FHCRC != 0 {
        at += 2;
    }
    Ok(if bytes.len() >= at {
        HeaderScan::Done(at, Container::Gzip)
    } else {
        HeaderScan::Incomplete
    })
}

/// The length of a container's trailer.
pub fn trailer_len(container: Container) -> usize {
    match container {
        Container::Zlib => 4,
        Container::Gzip => 8,
        Container::Raw | Container::Auto => 0,
    }
}

/// Checks a complete trailer against the sums of the data decompressed.
pub fn check_trailer(
    container: Container,
    trailer: &[u8],
    sums: &Checksums,
) -> Result<(), &'static str> {
    let word = |at: usize| -> [u8; 4] {
        let mut w = [0; 4];
        w.copy_from_slice(&trailer[at..at + 4]);
        w
    };
    match container {
        Container::Zlib if u32::from_be_bytes(word(0)) != sums.adler.checksum() => {
            Err("incorrect data check")
        }
        Container::Gzip if u32::from_le_bytes(word(0)) != sums.crc.clone().finalize() => {
            Err("incorrect data check")
        }
        Container::Gzip if u32::from_le_bytes(word(4)) != sums.size => {
            Err("incorrect length check")
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zlib_headers_carry_their_check_bits() {
        for level in 0..=9 {
            let h = header(Container::Zlib, level);
            assert_eq!((u16::from(h[0]) << 8 | u16::from(h[1])) % 31, 0);
        }
        // zlib's own header for the default level.
        assert_eq!(header(Container::Zlib, 6), [0x78, 0x9c]);
        assert_eq!(header(Container::Zlib, 9), [0x78, 0xda]);
        assert_eq!(header(Container::Zlib, 1), [0x78, 0x01]);
    }

    #[test]
    fn gzip_headers_are_scanned_field_by_field() {
        // FEXTRA (2 bytes), FNAME "ab", FCOMMENT "", FHCRC.
        let mut h = vec![0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3];
        h.extend_from_slice(&[2, 0, 9, 9, b'a', b'b', 0, 0, 0xaa, 0xbb]);
        for cut in 0..h.len() {
            assert!(matches!(
                scan_header(Container::Gzip, 31, &h[..cut]),
                Ok(HeaderScan::Incomplete)
            ));
        }
        assert!(matches!(
            scan_header(Container::Auto, 47, &h),
            Ok(HeaderScan::Done(20, Container::Gzip))
        ));
        assert_eq!(
            scan_header(Container::Gzip, 31, &[0x1f, 0x8c]).err(),
            Some("incorrect header check")
        );
    }

    #[test]
    fn zlib_headers_are_checked_as_zlib_checks_them() {
        let err = |wbits, b: &[u8]| scan_header(Container::Zlib, wbits, b).err();
        assert_eq!(err(15, &[0x78, 0x9d]), Some("incorrect header check"));
        let flg = (31 - 0x7900u16 % 31) as u8;
        assert_eq!(err(15, &[0x79, flg]), Some("unknown compression method"));
        assert_eq!(err(9, &[0x78, 0x9c]), Some("invalid window size"));
        assert_eq!(err(0, &[0x78, 0x9c]), None);
        assert_eq!(err(15, &[0x78, 0xbb]), Some(NEEDS_DICTIONARY));
    }
}
