//! Open files, as returned by `open()`.

use std::fs::File;
use std::io::{BufReader, BufWriter};

/// How a file was opened.
pub enum FileHandle {
    /// Open for reading.
    Read(BufReader<File>),
    /// Open for writing or appending.
    Write(BufWriter<File>),
    /// The runtime's standard output.
    Stdout,
    /// The runtime's standard error.
    Stderr,
    /// Closed.
    Closed,
}

/// The state of an open file.
pub struct FileState {
    /// The path given to `open`.
    pub name: String,
    /// The mode given to `open`.
    pub mode: String,
    /// Binary (`b` in the mode) or text.
    pub binary: bool,
    /// The handle.
    pub handle: FileHandle,
}
