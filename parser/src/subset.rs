//! The subset check: constructs taipan refuses before anything runs.
//!
//! Every refusal names the construct, its position and a hint. The list is
//! kept in `docs/limitations.md`; keep the two in step.

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::escapes::find_lone_surrogate;
use crate::source::SourceFile;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};

/// Names whose call is refused: they need a compiler at run time or expose
/// frames, which taipan does not offer.
const REFUSED_CALLS: &[(&str, &str)] = &[
    (
        "eval",
        "evaluate expressions with explicit code, or parse data with json/int/float",
    ),
    (
        "exec",
        "write the code in the script or import it from a module",
    ),
    (
        "compile",
        "write the code in the script or import it from a module",
    ),
    ("__import__", "use an import statement"),
];

/// Whether a class's `metaclass=` names one taipan stands in for: `type`
/// (the default) or `ABCMeta`/`abc.ABCMeta` (the class derives from
/// `abc.ABC` instead; the VM checks the value when the class is made).
fn is_known_metaclass(value: &Expr) -> bool {
    match value {
        Expr::Name(n) => matches!(n.id.as_str(), "type" | "ABCMeta"),
        Expr::Attribute(a) => {
            a.attr.as_str() == "ABCMeta"
                && matches!(a.value.as_ref(), Expr::Name(m) if m.id.as_str() == "abc")
        }
        _ => false,
    }
}

/// Checks a parsed module against taipan's subset and returns every problem found.
pub fn check_subset(body: &[Stmt], source: &SourceFile) -> Vec<Diagnostic> {
    let mut checker = Checker {
        source,
        problems: Vec::new(),
        depth: 0,
        too_deep: false,
    };
    checker.stmts(body);
    checker.problems
}

/// The deepest nesting of statements and expressions a module may have,
/// as CPython 3.11 allows (`1+1+…+1` with 2998 operators compiles, one
/// more raises RecursionError). Checking it first bounds the recursion of
/// every later pass.
pub const MAX_AST_DEPTH: usize = 3000;

struct Checker<'a> {
    source: &'a SourceFile,
    problems: Vec<Diagnostic>,
    /// How many statements and expressions enclose the node being checked.
    depth: usize,
    /// Whether the module is nested too deeply (reported once).
    too_deep: bool,
}

impl Checker<'_> {
    fn refuse(&mut self, node: &impl Ranged, what: &str, hint: &str) {
        let offset = node.range().start().to_usize();
        self.problems.push(self.source.diagnostic(
            DiagnosticKind::Unsupported,
            offset,
            what.to_string(),
            Some(hint.to_string()),
        ));
    }

    /// Refuses an escape naming a lone surrogate (`'\\ud800'`) in the
    /// string literal `node`: taipan's str cannot hold the character
    /// CPython makes of it.
    fn lone_surrogates(&mut self, node: &Expr) {
        let range = node.range();
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        let Some(text) = self.source.text().get(start..end) else {
            return;
        };
        let Some(at) = find_lone_surrogate(text) else {
            return;
        };
        let offset = start + at;
        let (line, column) = self.source.locate(offset);
        if self
            .problems
            .iter()
            .any(|p| (p.line, p.column) == (line, column))
        {
            return;
        }
        let escape: String = text.get(at..).unwrap_or("").chars().take(6).collect();
        self.problems.push(
            self.source.diagnostic(
                DiagnosticKind::Unsupported,
                offset,
                format!("the escape '{escape}', a lone surrogate,"),
                Some(
                    "taipan's str cannot hold lone surrogates; in a regular expression \
                 write the escape in a raw string (r'[\\ud800-\\udfff]'), which re reads"
                        .to_string(),
                ),
            ),
        );
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// Enters one level of nesting: false (and the problem reported once)
    /// when that goes past [`MAX_AST_DEPTH`].
    fn enter(&mut self, node: &impl Ranged) -> bool {
        if self.depth >= MAX_AST_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                let offset = node.range().start().to_usize();
                self.problems.push(self.source.diagnostic(
                    DiagnosticKind::TooDeep,
                    offset,
                    "maximum recursion depth exceeded during compilation".to_string(),
                    None,
                ));
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn stmt(&mut self, s: &Stmt) {
        if self.enter(s) {
            self.stmt_inner(s);
            self.depth -= 1;
        }
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                if !f.type_params.is_empty() {
                    self.refuse(s, "a type parameter list", "drop the type parameters");
                }
                self.arguments(&f.args);
                self.exprs(&f.decorator_list);
                self.stmts(&f.body);
            }
            Stmt::AsyncFunctionDef(_) => self.refuse(
                s,
                "'async def'",
                "write a plain function; use concurrent.futures for concurrency",
            ),
            Stmt::AsyncFor(_) => self.refuse(s, "'async for'", "use a plain for loop"),
            Stmt::AsyncWith(_) => self.refuse(s, "'async with'", "use a plain with statement"),
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    self.opt_expr(case.guard.as_deref());
                    self.stmts(&case.body);
                }
            }
            Stmt::TryStar(_) => self.refuse(s, "'except*'", "use a plain except clause"),
            Stmt::TypeAlias(_) => {
                self.refuse(s, "the 'type' statement", "assign the type to a name")
            }
            Stmt::ClassDef(c) => {
                if c.keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some("metaclass") && !is_known_metaclass(&k.value))
                {
                    self.refuse(
                        s,
                        "a metaclass",
                        "use a plain class, a decorator or a factory function",
                    );
                } else if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
                    self.refuse(k, "'**' in a class's keywords", "name each keyword");
                }
                if !c.type_params.is_empty() {
                    self.refuse(s, "a type parameter list", "drop the type parameters");
                }
                self.exprs(&c.bases);
                self.exprs(&c.decorator_list);
                self.stmts(&c.body);
            }
            Stmt::Return(r) => self.opt_expr(r.value.as_deref()),
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.exprs(&a.targets);
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                self.expr(&a.target);
                self.opt_expr(a.value.as_deref());
            }
            Stmt::For(f) => {
                self.expr(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.opt_expr(item.optional_vars.as_deref());
                }
                self.stmts(&w.body);
            }
            Stmt::Raise(r) => {
                self.opt_expr(r.exc.as_deref());
                self.opt_expr(r.cause.as_deref());
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.opt_expr(h.type_.as_deref());
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                self.opt_expr(a.msg.as_deref());
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern;
        if !self.enter(p) {
            return;
        }
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
            Pattern::MatchSequence(q) => q.patterns.iter().for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                self.exprs(&m.keys);
                m.patterns.iter().for_each(|p| self.pattern(p));
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns
                    .iter()
                    .chain(&c.kwd_patterns)
                    .for_each(|p| self.pattern(p));
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner);
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
        self.depth -= 1;
    }

    fn arguments(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.opt_expr(a.default.as_deref());
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn opt_expr(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) {
        for g in gens {
            if g.is_async {
                self.refuse(
                    &g.iter,
                    "an async comprehension",
                    "use a plain comprehension",
                );
            }
            self.expr(&g.target);
            self.expr(&g.iter);
            self.exprs(&g.ifs);
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.enter(e) {
            self.expr_inner(e);
            self.depth -= 1;
        }
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => {
                self.expr(&n.target);
                self.expr(&n.value);
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arguments(&l.args);
                self.expr(&l.body);
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(&d.values);
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => {
                self.expr(&c.elt);
                self.comprehensions(&c.generators);
            }
            Expr::SetComp(c) => {
                self.expr(&c.elt);
                self.comprehensions(&c.generators);
            }
            Expr::GeneratorExp(c) => {
                self.expr(&c.elt);
                self.comprehensions(&c.generators);
            }
            Expr::DictComp(c) => {
                self.expr(&c.key);
                self.expr(&c.value);
                self.comprehensions(&c.generators);
            }
            Expr::Await(_) => self.refuse(e, "'await'", "call the function directly"),
            Expr::Yield(y) => self.opt_expr(y.value.as_deref()),
            Expr::YieldFrom(y) => self.expr(&y.value),
            Expr::Compare(c) => {
                self.expr(&c.left);
                self.exprs(&c.comparators);
            }
            Expr::Call(c) => {
                if let Expr::Name(n) = c.func.as_ref() {
                    if let Some((name, hint)) = REFUSED_CALLS
                        .iter()
                        .find(|(name, _)| n.id.as_str() == *name)
                    {
                        self.refuse(e, &format!("'{name}()'"), hint);
                    }
                }
                self.expr(&c.func);
                self.exprs(&c.args);
                for k in &c.keywords {
                    self.expr(&k.value);
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                self.opt_expr(f.format_spec.as_deref());
            }
            Expr::JoinedStr(j) => {
                self.lone_surrogates(e);
                self.exprs(&j.values);
            }
            Expr::Constant(c) => match c.value {
                Constant::Complex { .. } => {
                    self.refuse(e, "a complex number", "use two floats or numpy arrays")
                }
                Constant::Str(_) => self.lone_surrogates(e),
                _ => {}
            },
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(_) => {}
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                self.opt_expr(s.lower.as_deref());
                self.opt_expr(s.upper.as_deref());
                self.opt_expr(s.step.as_deref());
            }
        }
    }
}
