//! Exceptions: raising, matching, chaining and tracebacks.

use super::carets::caret_line;
use super::frame::Frame;
use super::suggestions;
use super::Vm;
use crate::compiler::bytecode::Span;
use crate::error::{exc_state, PyErr, PyResult};
use crate::object::{ObjKind, PyObject};
use crate::objects::class::TracebackEntry;
use crate::types::types;
use crate::value::ObjRef;
use crate::value::Value;

impl Vm {
    /// Records that `err` passed through frame `f` (and links it to the
    /// exception being handled, as CPython's implicit chaining does).
    pub(crate) fn note_traceback(&mut self, f: &Frame, err: &PyErr) {
        let Some(state) = exc_state(&err.exc) else {
            return;
        };
        let Some(obj) = err.exc.as_obj() else {
            return;
        };
        if obj.is_frozen() {
            return;
        }
        let Ok(mut st) = state.try_borrow_mut() else {
            return;
        };
        let line = f.code().line_of(f.ip.saturating_sub(1));
        let span = f.code().span_of(f.ip.saturating_sub(1));
        if st.traceback.last().is_some_and(|t| t.frame_id == f.id) {
            return;
        }
        // Entries given by `with_traceback` (frame id 0) were not unwound
        // through: the exception is still being raised for the first time.
        let first_raise = st.traceback.iter().all(|t| t.frame_id == 0);
        if first_raise {
            // Where it is raised: it happened while handling the current
            // exception (CPython sets this on every raise, replacing a
            // context from an earlier raise of the same object).
            let handled = self.handled_exc();
            if let Value::Obj(cur) = handled {
                if !cur.ptr_eq(obj) {
                    cut_context_cycle(handled, obj);
                    st.context = Some(handled.clone());
                }
            }
        }
        let code = match f.func.kind() {
            ObjKind::Function(func) => func.code.clone(),
            _ => return,
        };
        if st.traceback.is_empty() && suggestions::wants_name_scope(&err.exc) {
            st.name_scope = Some(Value::Obj(f.globals.clone()));
        }
        st.traceback.push(TracebackEntry {
            code,
            line,
            span,
            frame_id: f.id,
        });
    }

    /// A bare `raise`: the exception being handled.
    pub(crate) fn reraise_current(&mut self) -> PyResult<PyErr> {
        let exc = self.handled_exc().clone();
        if exc.is_none() {
            return Err(PyErr::runtime_error("No active exception to reraise"));
        }
        Ok(PyErr { exc })
    }

    /// `raise exc [from cause]`: instantiates a class if needed and sets the cause.
    pub(crate) fn make_raisable(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = self.exception_instance(exc)?;
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                self.exception_instance(cause)?
            };
            if let Some(st) = exc_state(&exc) {
                if let Ok(mut st) = st.try_borrow_mut() {
                    st.cause = if cause.is_none() { None } else { Some(cause) };
                    st.suppress_context = true;
                }
            }
        }
        // `raise exc` of an exception raised before keeps its traceback,
        // as CPython does, and adds the raising frame in front of it: the
        // old entries count as not unwound (frame id 0), so that this
        // frame's entry is not mistaken for a re-raise in the same frame.
        if let Some(st) = exc_state(&exc) {
            if let Ok(mut st) = st.try_borrow_mut() {
                for entry in &mut st.traceback {
                    entry.frame_id = 0;
                }
            }
        }
        Ok(PyErr { exc })
    }

    /// The exception instance `raise v` raises: `v` itself, or a new
    /// instance when `v` is an exception class.
    pub(crate) fn exception_instance(&mut self, v: Value) -> PyResult<Value> {
        match v.kind() {
            Some(ObjKind::Class(_)) => {
                let class = v.as_obj().cloned().expect("class is an object");
                if !crate::types::is_subclass(&class, &types().base_exception.to_ref()) {
                    return Err(PyErr::type_error(
                        "exceptions must derive from BaseException",
                    ));
                }
                self.call(&v, &[], &[])
            }
            Some(ObjKind::Instance(i)) if i.exc.is_some() => Ok(v),
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// Whether the exception matches a class or a tuple of classes (`except`).
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let exc_class = self.type_of(exc);
        match class.kind() {
            Some(ObjKind::Class(_)) => {
                let c = class.as_obj().expect("class is an object");
                if !crate::types::is_subclass(c, &types().base_exception.to_ref()) {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(crate::types::is_subclass(&exc_class, c))
            }
            Some(ObjKind::Tuple(items)) => {
                for item in items.clone().iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The traceback text CPython prints for an uncaught exception,
    /// including chained causes and contexts.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen = Vec::new();
        self.format_chain(exc, &mut seen)
    }

    fn format_chain(&mut self, exc: &Value, seen: &mut Vec<usize>) -> String {
        let mut out = String::new();
        if let Some(o) = exc.as_obj() {
            seen.push(o.addr());
        }
        if let Some(st) = exc_state(exc) {
            let (cause, context, suppress) = {
                let st = st.borrow();
                (st.cause.clone(), st.context.clone(), st.suppress_context)
            };
            let not_seen = |v: &Value, seen: &Vec<usize>| {
                v.as_obj().is_some_and(|o| !seen.contains(&o.addr()))
            };
            if let Some(cause) = cause.filter(|c| not_seen(c, seen)) {
                out.push_str(&self.format_chain(&cause, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(context) = context.filter(|c| !suppress && not_seen(c, seen)) {
                out.push_str(&self.format_chain(&context, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        out.push_str(&self.format_single(exc));
        out
    }

    /// One exception and its traceback, without its cause or context.
    pub(crate) fn format_single(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        if let Some(st) = exc_state(exc) {
            let tb = st.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                // As CPython: after three identical entries in a row
                // (runaway recursion), the rest are counted, not printed.
                let mut last: Option<(&str, u32, &str)> = None;
                let mut count = 0;
                for entry in tb.iter().rev() {
                    let code = &entry.code;
                    let key: (&str, u32, &str) = (code.source.path(), entry.line, &code.name);
                    if last != Some(key) {
                        out.push_str(&repeated_line_note(count));
                        last = Some(key);
                        count = 0;
                    }
                    count += 1;
                    if count > RECURSIVE_CUTOFF {
                        continue;
                    }
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        key.0, entry.line, key.2
                    ));
                    let text = code.source.line_text(entry.line).trim();
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                        if let Some(marks) = caret_line(&code.source, entry.line, entry.span) {
                            out.push_str(&marks);
                            out.push('\n');
                        }
                    }
                }
                out.push_str(&repeated_line_note(count));
            }
        }
        let name = self.exception_type_name(exc);
        // `str()` of the exception, so that a class's own `__str__` shows.
        let msg = self
            .to_str(exc)
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        out.push_str(&name);
        if !msg.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
        }
        out.push_str(&suggestions::hint_text(self, exc).unwrap_or_default());
        out.push('\n');
        out.push_str(&self.format_notes(exc));
        out
    }

    /// The lines CPython prints after an exception's message for the
    /// notes in its `__notes__` (`add_note`).
    fn format_notes(&mut self, exc: &Value) -> String {
        let Ok(notes) = self.getattr_str(exc, "__notes__") else {
            return String::new();
        };
        let items = match notes.kind() {
            Some(ObjKind::List(_) | ObjKind::Tuple(_)) => self.collect(&notes).unwrap_or_default(),
            _ => vec![notes],
        };
        let mut out = String::new();
        for note in &items {
            let text = match note.kind() {
                Some(ObjKind::Str(s)) => s.as_str().to_string(),
                _ => self
                    .to_str(note)
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            out.push_str(&text);
            out.push('\n');
        }
        out
    }

    /// The qualified class name used in a traceback's last line.
    pub fn exception_type_name(&self, exc: &Value) -> String {
        match self.type_of(exc).kind() {
            ObjKind::Class(c) if c.module == "builtins" || c.module == "__main__" => {
                c.qualname.clone()
            }
            ObjKind::Class(c) => format!("{}.{}", c.module, c.qualname),
            _ => "Exception".to_string(),
        }
    }
}

/// How many identical traceback entries in a row are printed.
const RECURSIVE_CUTOFF: usize = 3;

/// CPython's note for the identical traceback entries left out of a run of
/// `count` (nothing when none were).
fn repeated_line_note(count: usize) -> String {
    if count <= RECURSIVE_CUTOFF {
        return String::new();
    }
    let more = count - RECURSIVE_CUTOFF;
    format!(
        "  [Previous line repeated {more} more time{}]\n",
        if more > 1 { "s" } else { "" }
    )
}

/// One line of a traceback or stack listing: where a function stood.
pub struct FrameLine {
    /// The file of its code.
    pub filename: String,
    /// The line.
    pub line: u32,
    /// The function's name (`<module>` for module code).
    pub name: String,
    /// The text of the line, trimmed.
    pub text: String,
    /// The `^^^` marks CPython prints under the line, if any.
    pub marks: Option<String>,
}

impl FrameLine {
    /// Line `line` of `code`, where the instruction compiled from `span` ran.
    pub(crate) fn of(code: &crate::compiler::bytecode::Code, line: u32, span: Span) -> FrameLine {
        FrameLine {
            filename: code.source.path().to_string(),
            line,
            name: code.name.to_string(),
            text: code.source.line_text(line).trim().to_string(),
            marks: caret_line(&code.source, line, span),
        }
    }
}

/// A line of code: its file, number and text.
pub(crate) struct Place {
    filename: String,
    line: u32,
    text: String,
}

impl Place {
    /// Where instruction `ip - 1` of `code` (the one last run) stands.
    pub(crate) fn of(code: &crate::compiler::bytecode::Code, ip: usize) -> Place {
        let line = code.line_of(ip.saturating_sub(1));
        Place {
            filename: code.source.path().to_string(),
            line,
            text: code.source.line_text(line).trim().to_string(),
        }
    }
}

/// Where a suspended caller frame stands: what `warnings.warn` reports.
pub struct CallerLocation {
    /// The file of its code.
    pub filename: String,
    /// The line it is at.
    pub line: u32,
    /// Its module (`__name__` of its globals), if it has one.
    pub module: Option<Value>,
    /// The text of that line, trimmed.
    pub text: String,
}

impl CallerLocation {
    /// `(filename, lineno, module, line)` as the `warnings` module takes
    /// them (`"<string>"` for code run without a module name).
    pub fn into_values(self) -> [Value; 4] {
        [
            crate::error::str_value(self.filename),
            Value::Int(i64::from(self.line)),
            self.module
                .unwrap_or_else(|| crate::error::str_value("<string>")),
            crate::error::str_value(self.text),
        ]
    }
}

impl Vm {
    /// The `depth`-th suspended caller of the running Python frame (1: the
    /// frame that called the running one), or None past the outermost.
    /// A native function sees its caller's caller at depth 1: its own
    /// caller runs, and only suspended frames are on the stack.
    pub fn caller_location(&mut self, depth: usize) -> Option<CallerLocation> {
        let frames = self.suspended_frames();
        let f = frames.get(frames.len().checked_sub(depth.max(1))?)?;
        let place = Place::of(f.code()?, f.ip);
        let globals = Value::Obj(f.globals.clone());
        Some(self.locate(place, &globals))
    }

    /// Where each suspended Python frame stands, outermost first: for a
    /// native function, the stack up to the Python code that called it.
    pub fn stack_lines(&self) -> Vec<FrameLine> {
        self.suspended_frames()
            .iter()
            .filter_map(|f| {
                // CPython marks no part of a stack listing's lines.
                let code = f.code()?;
                Some(FrameLine::of(
                    code,
                    code.line_of(f.ip.saturating_sub(1)),
                    Span::default(),
                ))
            })
            .collect()
    }

    /// A place in code run with `globals`, with its module's name.
    pub(crate) fn locate(&mut self, place: Place, globals: &Value) -> CallerLocation {
        let module = self
            .dict_get(globals, &crate::error::str_value("__name__"))
            .ok()
            .flatten();
        CallerLocation {
            filename: place.filename,
            line: place.line,
            module,
            text: place.text,
        }
    }
}

/// Before `raised` gets `handled` as its context: if `raised` is already
/// somewhere in `handled`'s chain of contexts, that link is cut, so that
/// the chain stays finite (as CPython does). A chain that already loops
/// (a script set `__context__` by hand) is walked once round.
fn cut_context_cycle(handled: &Value, raised: &ObjRef) {
    let mut link = handled.clone();
    let mut seen: Vec<*const PyObject> = Vec::new();
    while let Some(state) = exc_state(&link) {
        if let Value::Obj(o) = &link {
            if seen.contains(&(o.get() as *const PyObject)) {
                return;
            }
            seen.push(o.get());
        }
        let Ok(mut st) = state.try_borrow_mut() else {
            return;
        };
        let next = match &st.context {
            Some(Value::Obj(o)) if o.ptr_eq(raised) => {
                st.context = None;
                return;
            }
            Some(next) => next.clone(),
            None => return,
        };
        drop(st);
        link = next;
    }
}
