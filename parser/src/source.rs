//! Source text with a line index, turning byte offsets into line and column.

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use rustpython_parser::source_code::LineIndex;
use rustpython_parser::text_size::TextSize;
use std::sync::Arc;

/// One source file: its path, its text and an index of line starts.
#[derive(Clone)]
pub struct SourceFile {
    path: Arc<str>,
    text: Arc<str>,
    index: Arc<LineIndex>,
}

impl SourceFile {
    /// Indexes `text`, read from `path`.
    pub fn new(path: &str, text: &str) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
            index: Arc::new(LineIndex::from_source_text(text)),
        }
    }

    /// The path the text was read from (as given).
    pub fn path(&self) -> &Arc<str> {
        &self.path
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let loc = self
            .index
            .source_location(TextSize::new(offset as u32), &self.text);
        (loc.row.get(), loc.column.get())
    }

    /// The 1-based line of a byte offset (cheaper than [`SourceFile::locate`]:
    /// no column is counted).
    pub fn line_of(&self, offset: usize) -> u32 {
        let offset = offset.min(self.text.len());
        self.index.line_index(TextSize::new(offset as u32)).get()
    }

    /// The text of a 1-based line, without its line ending ("" past the end).
    pub fn line_text(&self, line: u32) -> &str {
        self.text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
    }

    /// Builds a diagnostic at a byte offset of this file.
    pub fn diagnostic(
        &self,
        kind: DiagnosticKind,
        offset: usize,
        message: String,
        hint: Option<String>,
    ) -> Diagnostic {
        let (line, column) = self.locate(offset);
        Diagnostic {
            kind,
            path: self.path.to_string(),
            line,
            column,
            message,
            hint,
            source_line: self.line_text(line).to_string(),
        }
    }
}
