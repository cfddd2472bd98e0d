//! The command line's grammar: subcommands, options and help texts.
//!
//! Parsed by hand: clap did the same job in about 180 KB of the binary,
//! more than the interpreter's compiler, and every byte counts on the edge
//! devices taipan ships to. Options take `--name VALUE` or `--name=VALUE`;
//! a usage error prints what was wrong, the usage line and a pointer to
//! `--help` on stderr and ends with status 2.

use crate::limit_args::LimitArgs;
use crate::sandbox::SandboxArgs;
use std::collections::VecDeque;

/// `taipan run`'s arguments.
pub struct RunArgs {
    /// Default worker count for thread pools.
    pub threads: Option<usize>,
    /// Limits of the run.
    pub limits: LimitArgs,
    /// File access.
    pub sandbox: SandboxArgs,
    /// The script.
    pub script: String,
    /// Its arguments (`sys.argv[1:]`).
    pub args: Vec<String>,
}

/// `taipan map`'s arguments.
pub struct MapArgs {
    /// `script.py:function`.
    pub target: String,
    /// The inputs, each passed as a str.
    pub inputs: Vec<String>,
    /// Worker threads.
    pub threads: Option<usize>,
    /// Where results go, one file per input.
    pub out: Option<String>,
    /// Limits of each call.
    pub limits: LimitArgs,
    /// File access.
    pub sandbox: SandboxArgs,
}

/// What the command line asks for.
pub enum Command {
    /// Run a script.
    Run(RunArgs),
    /// Call a function on many inputs.
    Map(MapArgs),
    /// Print a script's bytecode.
    Dis(String),
    /// Check scripts against the subset.
    Check(Vec<String>),
    /// Print this text on stdout and end with status 0 (help, version).
    Print(String),
}

/// A command line that does not parse.
pub struct UsageError {
    message: String,
    usage: &'static str,
}

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "error: {}\n\nUsage: {}\n\nFor more information, try '--help'.",
            self.message, self.usage
        )
    }
}

const TOP_USAGE: &str = "taipan <COMMAND>";
const RUN_USAGE: &str = "taipan run [OPTIONS] <SCRIPT> [ARGS]...";
const MAP_USAGE: &str = "taipan map [OPTIONS] <TARGET> <INPUTS>...";
const DIS_USAGE: &str = "taipan dis <SCRIPT>";
const CHECK_USAGE: &str = "taipan check [SCRIPTS]...";

const TOP_HELP: &str = "\
Run Python preprocessing scripts on many threads, without a global lock

Usage: taipan <COMMAND>

Commands:
  run    Run a script, like `python3 script.py`
  map    Call `function(input)` for every input on many threads: `taipan map script.py:function INPUT… --threads N`. Results print in input order (their `str()`), or go to one file per input with --out
  dis    Print the bytecode of a script (for debugging the compiler)
  check  Check a script against taipan's subset without running it
  help   Print this message or the help of the given subcommand(s)

Options:
  -h, --help     Print help
  -V, --version  Print version
";

const LIMIT_AND_SANDBOX_HELP: &str = "      --timeout <SECONDS>    Time budget in seconds: past it the script sees TimeoutError
      --max-heap <SIZE>      Heap budget per thread (bytes, or with a K, M or G suffix): past it the script sees MemoryError
      --recursion-limit <N>  Python call depth before RecursionError (default 1000)
      --sandbox              Deny file access outside the directories given with --allow-read and --allow-write (PermissionError names the path)
      --allow-read <DIR>     With --sandbox: a directory the script may read (repeatable)
      --allow-write <DIR>    With --sandbox: a directory the script may read and write (repeatable)
  -h, --help                 Print help
";

fn run_help() -> String {
    format!(
        "Run a script, like `python3 script.py`

Usage: {RUN_USAGE}

Arguments:
  <SCRIPT> [ARGS]...  The script, then its arguments (sys.argv[1:]): everything after the script is the script's (`-h` too), as with `python3`

Options:
      --threads <THREADS>    Default worker count for thread pools
{LIMIT_AND_SANDBOX_HELP}"
    )
}

fn map_help() -> String {
    format!(
        "Call `function(input)` for every input on many threads: `taipan map script.py:function INPUT… --threads N`. Results print in input order (their `str()`), or go to one file per input with --out

Usage: {MAP_USAGE}

Arguments:
  <TARGET>     `script.py:function`
  <INPUTS>...  The inputs (file paths or literal strings), each passed as a str

Options:
      --threads <THREADS>    Worker threads (default: the number of cores)
      --out <OUT>            Write each result to DIR/<input file name>.out (or DIR/<index>.out)
{LIMIT_AND_SANDBOX_HELP}"
    )
}

fn dis_help() -> String {
    format!(
        "Print the bytecode of a script (for debugging the compiler)

Usage: {DIS_USAGE}

Arguments:
  <SCRIPT>  The script

Options:
  -h, --help  Print help
"
    )
}

fn check_help() -> String {
    format!(
        "Check a script against taipan's subset without running it

Usage: {CHECK_USAGE}

Arguments:
  [SCRIPTS]...  The scripts

Options:
  -h, --help  Print help
"
    )
}

/// The words of a command line still to read.
struct Words {
    words: VecDeque<String>,
    usage: &'static str,
}

/// One word of a subcommand's arguments.
enum Word {
    /// `--name` or `--name=value` (`-h` is `--help`).
    Option(String, Option<String>),
    /// Anything else (or everything after `--`).
    Positional(String),
}

impl Words {
    fn error(&self, message: String) -> UsageError {
        UsageError {
            message,
            usage: self.usage,
        }
    }

    /// The next word, telling options from positionals (`options` false
    /// once `--` was read).
    fn next(&mut self, options: &mut bool) -> Option<Word> {
        let word = self.words.pop_front()?;
        if !*options {
            return Some(Word::Positional(word));
        }
        if word == "--" {
            *options = false;
            return self.next(options);
        }
        if word == "-h" {
            return Some(Word::Option("help".to_string(), None));
        }
        match word.strip_prefix("--") {
            Some(rest) => Some(match rest.split_once('=') {
                Some((name, value)) => Word::Option(name.to_string(), Some(value.to_string())),
                None => Word::Option(rest.to_string(), None),
            }),
            None => Some(Word::Positional(word)),
        }
    }

    /// The value of option `name`: given with `=`, or the next word.
    fn value(
        &mut self,
        name: &str,
        inline: Option<String>,
        placeholder: &str,
    ) -> Result<String, UsageError> {
        if let Some(v) = inline {
            return Ok(v);
        }
        self.words.pop_front().ok_or_else(|| {
            self.error(format!(
                "a value is required for '--{name} <{placeholder}>' but none was supplied"
            ))
        })
    }
}

/// `--threads`: a count of at least 1.
fn threads_value(words: &mut Words, inline: Option<String>) -> Result<usize, UsageError> {
    let text = words.value("threads", inline, "THREADS")?;
    match text.parse::<usize>() {
        Ok(n) => Ok(n),
        Err(e) => Err(words.error(format!(
            "invalid value '{text}' for '--threads <THREADS>': {e}"
        ))),
    }
}

/// The options `run` and `map` share: limits and sandbox. `Ok(false)`
/// when `name` is none of them.
fn shared_option(
    words: &mut Words,
    name: &str,
    inline: Option<String>,
    limits: &mut LimitArgs,
    sandbox: &mut SandboxArgs,
) -> Result<bool, UsageError> {
    if let Some(placeholder) = LimitArgs::placeholder(name) {
        let text = words.value(name, inline, placeholder)?;
        limits.set(name, &text).map_err(|reason| {
            words.error(format!(
                "invalid value '{text}' for '--{name} <{placeholder}>': {reason}"
            ))
        })?;
        return Ok(true);
    }
    if name == "sandbox" {
        if inline.is_some() {
            return Err(words.error("unexpected value for '--sandbox'".to_string()));
        }
        sandbox.sandbox = true;
        return Ok(true);
    }
    if let Some(list) = sandbox.directories(name) {
        let dir = words.value(name, inline, "DIR")?;
        list.push(dir);
        return Ok(true);
    }
    Ok(false)
}

/// `--allow-read`/`--allow-write` mean nothing without `--sandbox`.
fn check_sandbox(words: &Words, sandbox: &SandboxArgs) -> Result<(), UsageError> {
    if sandbox.needs_flag() {
        return Err(words.error(
            "the following required arguments were not provided:\n  --sandbox".to_string(),
        ));
    }
    Ok(())
}

fn unexpected(words: &Words, name: &str) -> UsageError {
    words.error(format!("unexpected argument '--{name}' found"))
}

fn parse_run(mut words: Words) -> Result<Command, UsageError> {
    let (mut threads, mut limits, mut sandbox) =
        (None, LimitArgs::default(), SandboxArgs::default());
    let mut options = true;
    // Options come before the script; every word after it is the script's.
    let script = loop {
        match words.next(&mut options) {
            None => {
                return Err(words.error(
                    "the following required arguments were not provided:\n  <SCRIPT> [ARGS]..."
                        .to_string(),
                ))
            }
            Some(Word::Positional(script)) => break script,
            Some(Word::Option(name, _)) if name == "help" => return Ok(Command::Print(run_help())),
            Some(Word::Option(name, inline)) if name == "threads" => {
                threads = Some(threads_value(&mut words, inline)?);
            }
            Some(Word::Option(name, inline)) => {
                if !shared_option(&mut words, &name, inline, &mut limits, &mut sandbox)? {
                    return Err(unexpected(&words, &name));
                }
            }
        }
    };
    check_sandbox(&words, &sandbox)?;
    Ok(Command::Run(RunArgs {
        threads,
        limits,
        sandbox,
        script,
        args: words.words.into_iter().collect(),
    }))
}

fn parse_map(mut words: Words) -> Result<Command, UsageError> {
    let (mut threads, mut out) = (None, None);
    let (mut limits, mut sandbox) = (LimitArgs::default(), SandboxArgs::default());
    let mut positionals = Vec::new();
    let mut options = true;
    while let Some(word) = words.next(&mut options) {
        match word {
            Word::Positional(p) => positionals.push(p),
            Word::Option(name, _) if name == "help" => return Ok(Command::Print(map_help())),
            Word::Option(name, inline) if name == "threads" => {
                threads = Some(threads_value(&mut words, inline)?);
            }
            Word::Option(name, inline) if name == "out" => {
                out = Some(words.value("out", inline, "OUT")?);
            }
            Word::Option(name, inline) => {
                if !shared_option(&mut words, &name, inline, &mut limits, &mut sandbox)? {
                    return Err(unexpected(&words, &name));
                }
            }
        }
    }
    check_sandbox(&words, &sandbox)?;
    let mut positionals = positionals.into_iter();
    let (Some(target), inputs) = (positionals.next(), positionals.collect::<Vec<_>>()) else {
        return Err(words.error(
            "the following required arguments were not provided:\n  <TARGET>\n  <INPUTS>..."
                .to_string(),
        ));
    };
    if inputs.is_empty() {
        return Err(words.error(
            "the following required arguments were not provided:\n  <INPUTS>...".to_string(),
        ));
    }
    Ok(Command::Map(MapArgs {
        target,
        inputs,
        threads,
        out,
        limits,
        sandbox,
    }))
}

/// The positional words of `dis` and `check` (which take no options
/// but `--help`); `None` when help was asked for.
fn positionals_only(words: &mut Words) -> Result<Option<Vec<String>>, UsageError> {
    let mut options = true;
    let mut found = Vec::new();
    while let Some(word) = words.next(&mut options) {
        match word {
            Word::Positional(p) => found.push(p),
            Word::Option(name, _) if name == "help" => return Ok(None),
            Word::Option(name, _) => return Err(unexpected(words, &name)),
        }
    }
    Ok(Some(found))
}

fn parse_dis(mut words: Words) -> Result<Command, UsageError> {
    let Some(found) = positionals_only(&mut words)? else {
        return Ok(Command::Print(dis_help()));
    };
    let mut found = found.into_iter();
    match (found.next(), found.next()) {
        (Some(script), None) => Ok(Command::Dis(script)),
        (None, _) => Err(words
            .error("the following required arguments were not provided:\n  <SCRIPT>".to_string())),
        (Some(_), Some(extra)) => Err(words.error(format!("unexpected argument '{extra}' found"))),
    }
}

fn parse_check(mut words: Words) -> Result<Command, UsageError> {
    match positionals_only(&mut words)? {
        Some(scripts) => Ok(Command::Check(scripts)),
        None => Ok(Command::Print(check_help())),
    }
}

/// The help of subcommand `name` (the top help for none).
fn help_of(name: Option<&str>) -> Result<String, UsageError> {
    Ok(match name {
        None => TOP_HELP.to_string(),
        Some("run") => run_help(),
        Some("map") => map_help(),
        Some("dis") => dis_help(),
        Some("check") => check_help(),
        Some(other) => {
            return Err(UsageError {
                message: format!("unrecognized subcommand '{other}'"),
                usage: TOP_USAGE,
            })
        }
    })
}

/// Parses the words after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, UsageError> {
    let mut args: VecDeque<String> = args.into_iter().collect();
    let Some(first) = args.pop_front() else {
        return Err(UsageError {
            message: "'taipan' requires a subcommand but one was not provided".to_string(),
            usage: TOP_USAGE,
        });
    };
    let mut words = |usage| Words {
        words: std::mem::take(&mut args),
        usage,
    };
    match first.as_str() {
        "run" => parse_run(words(RUN_USAGE)),
        "map" => parse_map(words(MAP_USAGE)),
        "dis" => parse_dis(words(DIS_USAGE)),
        "check" => parse_check(words(CHECK_USAGE)),
        "help" => help_of(words(TOP_USAGE).words.front().map(String::as_str)).map(Command::Print),
        "-h" | "--help" => Ok(Command::Print(TOP_HELP.to_string())),
        "-V" | "--version" => Ok(Command::Print(format!(
            "taipan {}\n",
            env!("CARGO_PKG_VERSION")
        ))),
        other if other.starts_with('-') => Err(UsageError {
            message: format!("unexpected argument '{other}' found"),
            usage: TOP_USAGE,
        }),
        other => Err(UsageError {
            message: format!("unrecognized subcommand '{other}'"),
            usage: TOP_USAGE,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(line: &str) -> Result<Command, UsageError> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn run_takes_options_before_the_script_only() {
        let Ok(Command::Run(r)) = parse_words("run --threads 4 --timeout=2 s.py --threads 9 -h")
        else {
            panic!("run parses");
        };
        assert_eq!((r.threads, r.script.as_str()), (Some(4), "s.py"));
        assert_eq!(r.args, ["--threads", "9", "-h"]);
    }

    #[test]
    fn map_takes_options_anywhere() {
        let Ok(Command::Map(m)) = parse_words("map s.py:f a --threads 2 b --out=o -- --c") else {
            panic!("map parses");
        };
        assert_eq!(
            (m.target.as_str(), m.threads, m.out.as_deref()),
            ("s.py:f", Some(2), Some("o"))
        );
        assert_eq!(m.inputs, ["a", "b", "--c"]);
    }

    #[test]
    fn usage_errors_name_the_problem() {
        let message = |line: &str| match parse_words(line) {
            Err(e) => e.to_string(),
            Ok(_) => String::from("parsed"),
        };
        assert!(message("run").contains("<SCRIPT> [ARGS]..."));
        assert!(message("run --allow-read /tmp s.py").contains("--sandbox"));
        assert!(
            message("run --threads x s.py").contains("invalid value 'x' for '--threads <THREADS>'")
        );
        assert!(message("run --recursion-limit 0 s.py").contains("--recursion-limit <N>"));
        assert!(message("run --bogus s.py").contains("unexpected argument '--bogus' found"));
        assert!(message("map s.py:f").contains("<INPUTS>..."));
        assert!(message("bogus").contains("unrecognized subcommand 'bogus'"));
        assert!(message("run --timeout").contains("a value is required"));
        assert!(
            matches!(parse_words("--version"), Ok(Command::Print(v)) if v.starts_with("taipan "))
        );
        assert!(matches!(parse_words("help map"), Ok(Command::Print(h)) if h.contains("<TARGET>")));
    }
}
