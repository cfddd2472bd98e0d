//! The compressing and decompressing engines behind `zlib`'s one-shot
//! functions and its stream objects: flate2's raw deflate, wrapped in the
//! container `wbits` selects (see `container`).

use super::container::{self, Checksums, Container, HeaderScan};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// How much output space each step of an engine adds.
const STEP: usize = 16 * 1024;

/// A compressor: the header when the first output is asked for, the
/// deflate data, and the trailer at the end.
pub struct Deflater {
    container: Container,
    level: u32,
    raw: Compress,
    sums: Checksums,
    header_written: bool,
    finished: bool,
}

/// Why an engine stopped: zlib's message.
pub type EngineError = &'static str;

/// The message for a stream used after its end or wrongly (zlib's -2).
pub const MISUSED: EngineError = "inconsistent stream state";

impl Deflater {
    /// A compressor at `level` (0 to 9) writing `container`.
    pub fn new(container: Container, level: u32) -> Deflater {
        Deflater {
            container,
            level,
            raw: Compress::new(Compression::new(level), false),
            sums: Checksums::new(),
            header_written: false,
            finished: false,
        }
    }

    /// Compresses `data` and appends what comes out to `out`; `flush` as
    /// zlib's (`Finish` also writes the trailer, after which the stream
    /// takes nothing more).
    pub fn feed(
        &mut self,
        data: &[u8],
        flush: FlushCompress,
        out: &mut Vec<u8>,
    ) -> Result<(), EngineError> {
        if self.finished {
            return Err(MISUSED);
        }
        if !self.header_written {
            out.extend(container::header(self.container, self.level));
            self.header_written = true;
        }
        self.sums.update(self.container, data);
        let mut rest = data;
        loop {
            out.reserve(STEP);
            let before = self.raw.total_in();
            let room = out.capacity() - out.len();
            let status = self
                .raw
                .compress_vec(rest, out, flush)
                .map_err(|_| MISUSED)?;
            rest = &rest[(self.raw.total_in() - before) as usize..];
            let filled = out.capacity() == out.len() && room > 0;
            let done = match flush {
                FlushCompress::Finish => status == Status::StreamEnd,
                FlushCompress::None => rest.is_empty(),
                _ => rest.is_empty() && !filled,
            };
            if done {
                break;
            }
        }
        if flush == FlushCompress::Finish {
            out.extend(container::trailer(self.container, &self.sums));
            self.finished = true;
        }
        Ok(())
    }
}

/// Where a decompressor is in its stream.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Header,
    Body,
    Trailer,
    Done,
}

/// A decompressor: reads the container's header, inflates, then reads
/// and checks the trailer. Input it was given but has not used up is kept
/// in `pending` (an incomplete header or trailer).
pub struct Inflater {
    container: Container,
    wbits: i64,
    stage: Stage,
    raw: Decompress,
    sums: Checksums,
    /// Header or trailer bytes gathered so far.
    pending: Vec<u8>,
}

impl Inflater {
    /// A decompressor for `container`, with `wbits` for its header checks.
    pub fn new(container: Container, wbits: i64) -> Inflater {
        Inflater {
            container,
            wbits,
            stage: Stage::Header,
            raw: Decompress::new(false),
            sums: Checksums::new(),
            pending: Vec::new(),
        }
    }

    /// Whether the end of the stream (its trailer included) has been read.
    pub fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    /// Decompresses from `input`, appending to `out` until it holds
    /// `limit` bytes (None: no limit), the input runs out or the stream
    /// ends; returns how many bytes of `input` it used.
    pub fn run(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: Option<usize>,
    ) -> Result<usize, EngineError> {
        let mut used = 0;
        loop {
            let rest = &input[used..];
            match self.stage {
                Stage::Done => return Ok(used),
                Stage::Header => {
                    used += self.gather(rest, usize::MAX);
                    match container::scan_header(self.container, self.wbits, &self.pending)? {
                        HeaderScan::Done(len, found) => {
                            // The header may end before the bytes gathered do.
                            used -= self.pending.len() - len;
                            self.pending.clear();
                            self.container = found;
                            self.stage = Stage::Body;
                        }
                        HeaderScan::Incomplete => return Ok(used),
                    }
                }
                Stage::Body => {
                    let (n, ended) = self.inflate(rest, out, limit)?;
                    used += n;
                    if !ended {
                        return Ok(used);
                    }
                    self.stage = Stage::Trailer;
                }
                Stage::Trailer => {
                    let want = container::trailer_len(self.container);
                    used += self.gather(rest, want);
                    if self.pending.len() < want {
                        return Ok(used);
                    }
                    container::check_trailer(self.container, &self.pending, &self.sums)?;
                    self.pending.clear();
                    self.stage = Stage::Done;
                }
            }
        }
    }

    /// Moves bytes of `input` into `pending` until it holds `want`;
    /// returns how many it took.
    fn gather(&mut self, input: &[u8], want: usize) -> usize {
        let take = want.saturating_sub(self.pending.len()).min(input.len());
        self.pending.extend_from_slice(&input[..take]);
        take
    }

    /// Inflates deflate data from `input`: (bytes used, whether the
    /// deflate stream ended).
    fn inflate(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: Option<usize>,
    ) -> Result<(usize, bool), EngineError> {
        let mut used = 0;
        loop {
            let room = match limit {
                Some(limit) if out.len() >= limit => return Ok((used, false)),
                Some(limit) => (limit - out.len()).min(STEP),
                None => STEP,
            };
            let start = out.len();
            out.resize(start + room, 0);
            let (in_before, out_before) = (self.raw.total_in(), self.raw.total_out());
            let status = self
                .raw
                .decompress(&input[used..], &mut out[start..], FlushDecompress::None)
                .map_err(|_| "invalid compressed data");
            let produced = (self.raw.total_out() - out_before) as usize;
            out.truncate(start + produced);
            let status = status?;
            let took = (self.raw.total_in() - in_before) as usize;
            used += took;
            self.sums.update(self.container, &out[start..]);
            if status == Status::StreamEnd {
                return Ok((used, true));
            }
            if produced < room && (used == input.len() || took == 0) {
                // Wants more input.
                return Ok((used, false));
            }
        }
    }
}
