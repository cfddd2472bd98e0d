//! Drops the docstrings and comments of the modules in `src/py/` before
//! they are embedded, as `python -OO` does for docstrings: they are a
//! fifth of the deflated text and nothing at run time reads them. Each
//! docstring becomes `pass` and blank lines, and a comment is cut from its
//! line with the blanks before it, so that every line keeps its number
//! (tracebacks into a module point at the right line).
//!
//! A docstring is the first statement of the module or of a `def`/`class`
//! body when that statement is a triple-quoted string alone on its lines.
//! The scan follows strings, comments, brackets and backslash
//! continuations, so text inside other strings is never taken for code.
//!
//! [`reindent`] then shrinks the indentation that is left (see there).

/// A string literal being read: its quote character and whether it is
/// triple-quoted.
#[derive(Clone, Copy)]
struct Quote {
    ch: u8,
    triple: bool,
}

/// What the scan knows at the start of a line.
#[derive(Default)]
struct Lexer {
    /// An unfinished triple-quoted string.
    open: Option<Quote>,
    /// Open brackets.
    depth: i32,
    /// The previous line ended with a backslash.
    continued: bool,
}

impl Lexer {
    /// Whether a new statement starts on the next line.
    fn at_statement_start(&self) -> bool {
        self.open.is_none() && self.depth == 0 && !self.continued
    }

    /// Reads one line; returns its last significant byte outside strings
    /// and comments (the quote for a line ending in a string), and where
    /// its comment starts, if it has one.
    fn read_line(&mut self, line: &[u8]) -> (Option<u8>, Option<usize>) {
        let mut last = None;
        let mut i = 0;
        self.continued = false;
        while i < line.len() {
            if let Some(q) = self.open {
                match close_of(line, i, q) {
                    Some(end) => {
                        self.open = None;
                        last = Some(q.ch);
                        i = end;
                    }
                    None => return (last, None),
                }
                continue;
            }
            let b = line[i];
            match b {
                b'#' => return (last, Some(i)),
                b'\'' | b'"' => {
                    let triple = line[i..].starts_with(&[b, b, b]);
                    self.open = Some(Quote { ch: b, triple });
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => self.depth += 1,
                b')' | b']' | b'}' => self.depth -= 1,
                b'\\' if i + 1 == line.len() => self.continued = true,
                _ => {}
            }
            if !b.is_ascii_whitespace() {
                last = Some(b);
            }
            i += 1;
        }
        // A single-quoted string ends with its line, unless a backslash
        // carries it over to the next.
        if self.open.is_some_and(|q| !q.triple) && !line.ends_with(b"\\") {
            self.open = None;
        }
        (last, None)
    }
}

/// Where the string `q` (open before `from`) ends on `line`: the index
/// just past its closing quote(s), or None when it goes on.
fn close_of(line: &[u8], from: usize, q: Quote) -> Option<usize> {
    let mut i = from;
    while i < line.len() {
        match line[i] {
            b'\\' => i += 2,
            b if b == q.ch && (!q.triple || line[i..].starts_with(&[b, b, b])) => {
                return Some(i + if q.triple { 3 } else { 1 });
            }
            _ => i += 1,
        }
    }
    None
}

/// If a docstring starts on `lines[start]`, the index of its last line.
fn docstring_end(lines: &[&str], start: usize) -> Option<usize> {
    let text = lines[start].trim_start().as_bytes();
    let text = match text.first() {
        Some(b'r' | b'R' | b'u' | b'U') => &text[1..],
        _ => text,
    };
    let ch = *text.first()?;
    if !(ch == b'"' || ch == b'\'') || !text.starts_with(&[ch, ch, ch]) {
        return None;
    }
    let q = Quote { ch, triple: true };
    let mut line = start;
    let mut from = lines[start].len() - text.len() + 3;
    loop {
        let bytes = lines[line].as_bytes();
        if let Some(end) = close_of(bytes, from, q) {
            let rest = lines[line][end..].trim_start();
            return (rest.is_empty() || rest.starts_with('#')).then_some(line);
        }
        line += 1;
        from = 0;
        if line == lines.len() {
            return None;
        }
    }
}

/// Whether a statement starting with `code` opens a `def` or `class`.
fn opens_definition(code: &str) -> bool {
    let code = code.strip_prefix("async ").unwrap_or(code);
    code.starts_with("def ") || code.starts_with("class ")
}

/// `source` without its docstrings and comments (see the module comment);
/// the result has as many lines as `source`.
pub fn strip_docs_and_comments(source: &str) -> String {
    let lines: Vec<&str> = source.split('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut lexer = Lexer::default();
    let mut expect_doc = true;
    let mut in_header = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let code = line.trim_start();
        if lexer.at_statement_start() && !code.is_empty() && !code.starts_with('#') {
            if expect_doc {
                if let Some(end) = docstring_end(&lines, i) {
                    out[i] = format!("{}pass", &line[..line.len() - code.len()]);
                    out[i + 1..=end].iter_mut().for_each(String::clear);
                    expect_doc = false;
                    i = end + 1;
                    continue;
                }
            }
            expect_doc = false;
            in_header = opens_definition(code);
        }
        let (last, comment) = lexer.read_line(line.as_bytes());
        if let Some(at) = comment {
            out[i] = line[..at].trim_end().to_string();
        }
        if in_header && lexer.at_statement_start() {
            // The header ends here: a body on the next lines may open with
            // a docstring; a one-line body (`def f(): pass`) has none.
            expect_doc = last == Some(b':');
            in_header = false;
        }
        i += 1;
    }
    out.join("\n")
}

/// `source` with each statement indented by one space a block level
/// rather than four, and the lines that continue a statement (inside
/// brackets or after a backslash) not indented at all: indentation is a
/// tenth of the deflated modules, and Python reads the blocks the same.
/// Lines inside strings are kept as they are; so is the line count.
pub fn reindent(source: &str) -> String {
    let mut lexer = Lexer::default();
    // The widths of the open blocks' indentation, outermost first.
    let mut widths = vec![0usize];
    let mut out = Vec::new();
    for line in source.split('\n') {
        let code = line.trim_start_matches([' ', '\t']);
        let in_string = lexer.open.is_some();
        if in_string || code.is_empty() {
            out.push(if in_string { line } else { "" }.to_string());
        } else if lexer.at_statement_start() {
            let width = line.len() - code.len();
            while widths.last().is_some_and(|&w| w > width) {
                widths.pop();
            }
            if widths.last().is_none_or(|&w| w < width) {
                widths.push(width);
            }
            out.push(format!("{}{code}", " ".repeat(widths.len() - 1)));
        } else {
            out.push(code.to_string());
        }
        lexer.read_line(line.as_bytes());
    }
    out.join("\n")
}

/// The text of a module as it is embedded: [`strip_docs_and_comments`],
/// then [`reindent`].
pub fn embedded_text(source: &str) -> String {
    reindent(&strip_docs_and_comments(source))
}

#[cfg(test)]
mod tests {
    use super::{reindent, strip_docs_and_comments};

    #[test]
    fn blocks_take_one_space_a_level_and_continuations_none() {
        // Each line of a module and the line it becomes.
        let lines = [
            ("class A:", "class A:"),
            ("    def f(self, a,", " def f(self, a,"),
            ("          b):", "b):"),
            ("        if a:", "  if a:"),
            ("            return (a +", "   return (a +"),
            ("                    b)", "b)"),
            ("        x = a + \\", "  x = a + \\"),
            ("            b", "b"),
            ("        s = \"\"\"", "  s = \"\"\""),
            ("    kept as it is", "    kept as it is"),
            ("\"\"\"", "\"\"\""),
            ("        t = 'one \\", "  t = 'one \\"),
            ("    two'", "    two'"),
            ("", ""),
            ("    y = 2", " y = 2"),
            ("z = 3", "z = 3"),
        ];
        let src: Vec<&str> = lines.iter().map(|(before, _)| *before).collect();
        let want: Vec<&str> = lines.iter().map(|(_, after)| *after).collect();
        assert_eq!(reindent(&src.join("\n")), want.join("\n"));
    }

    #[test]
    fn module_class_and_function_docstrings_become_pass() {
        let src = "#!/x\n\"\"\"Module.\n\nMore.\n\"\"\"\nimport os\n\n\nclass A(\n        B):\n    '''One.'''\n    x = 1\n\n    def f(self, a=\"):\"):  # c\n        r\"\"\"Raw \\\"\"\" still.\"\"\"\n        return a\n";
        let want = "\npass\n\n\n\nimport os\n\n\nclass A(\n        B):\n    pass\n    x = 1\n\n    def f(self, a=\"):\"):\n        pass\n        return a\n";
        assert_eq!(strip_docs_and_comments(src), want);
    }

    #[test]
    fn other_strings_stay() {
        let src = [
            "x = \"\"\"not a doc\"\"\"",
            "def g(): \"\"\"one-liner\"\"\"",
            "def h():",
            "    return 1",
            "\"\"\"late string statement\"\"\"",
            "s = '''",
            "def k():",
            "    \"\"\"inside a string\"\"\"",
            "'''",
            "def m():",
            "    \"\"\"doc\"\"\" + x",
            "d = {",
            "    'k':",
            "        \"\"\"v\"\"\"}",
        ]
        .join("\n");
        assert_eq!(strip_docs_and_comments(&src), src);
    }

    #[test]
    fn comments_go_but_hashes_in_strings_stay() {
        let src = "# top\nx = 1  # one\ns = 'a # b'  # two\nt = \"\"\"\n# kept\n\"\"\" # three\n    # indented";
        let want = "\nx = 1\ns = 'a # b'\nt = \"\"\"\n# kept\n\"\"\"\n";
        assert_eq!(strip_docs_and_comments(src), want);
    }

    #[test]
    fn line_count_is_kept() {
        let src = "def f():\n    \"\"\"a\n    b\n    c\"\"\"\n\nx = 1";
        let out = strip_docs_and_comments(src);
        assert_eq!(out.lines().count(), src.lines().count());
        assert_eq!(out, "def f():\n    pass\n\n\n\nx = 1");
    }
}
