//! Scope analysis: which names are local, global, cell or free in each
//! function, class and comprehension, before any code is generated.

use std::collections::{HashMap, HashSet};
use taipan_parser::ast::{self, Expr, Stmt};

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A function, lambda or comprehension.
    Function,
    /// A class body.
    Class,
}

/// How a name is reached in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A fast local slot.
    Local,
    /// A local captured by an inner function (a cell).
    Cell,
    /// A variable of an enclosing function (through a cell).
    Free,
    /// A module global (then builtins).
    Global,
    /// A class-body or module-level name (namespace dict, then globals).
    Name,
}

/// One scope and its resolved names.
#[derive(Debug)]
pub struct Scope {
    /// Module, function or class.
    pub kind: ScopeKind,
    /// The enclosing scope.
    pub parent: Option<usize>,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Names bound here, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    /// Names read here.
    pub used: HashSet<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// A comprehension's implicit function.
    pub is_comprehension: bool,
    /// Cells this scope creates, in order.
    pub cellvars: Vec<String>,
    /// Cells this scope receives, in order.
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            is_generator: false,
            is_comprehension: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    /// Whether `name` is bound in this scope (assigned or a parameter).
    pub fn binds(&self, name: &str) -> bool {
        self.bound_set.contains(name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    /// How `name` is reached from code in this scope.
    pub fn resolve(&self, name: &str) -> NameKind {
        if self.globals.contains(name) {
            return NameKind::Global;
        }
        if self.freevars.iter().any(|f| f == name)
            && (self.kind != ScopeKind::Class || !self.bound_set.contains(name))
        {
            return NameKind::Free;
        }
        match self.kind {
            ScopeKind::Module => NameKind::Global,
            ScopeKind::Class => NameKind::Name,
            ScopeKind::Function => {
                if self.cellvars.iter().any(|c| c == name) {
                    NameKind::Cell
                } else if self.bound_set.contains(name) {
                    NameKind::Local
                } else {
                    NameKind::Global
                }
            }
        }
    }
}

/// The scopes of a module, keyed by the address of the AST node that opens each.
pub struct SymbolTable {
    /// All scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    /// `from __future__ import annotations`: annotations are never
    /// evaluated, so the names in them are not uses.
    future_annotations: bool,
}

impl SymbolTable {
    /// Analyses a module body (`future_annotations`: whether it imports
    /// `annotations` from `__future__`).
    pub fn build(body: &[Stmt], future_annotations: bool) -> SymbolTable {
        let mut t = SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            future_annotations,
        };
        for s in body {
            t.stmt(0, s);
        }
        t.resolve();
        t
    }

    /// The scope opened by an AST node (function, lambda, class, comprehension).
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    fn open<T>(&mut self, node: &T, kind: ScopeKind, parent: usize) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(parent)));
        self.by_node.insert(node as *const T as usize, idx);
        idx
    }

    fn bind(&mut self, s: usize, name: &str) {
        self.scopes[s].bind(name);
    }

    fn use_name(&mut self, s: usize, name: &str) {
        self.scopes[s].used.insert(name.to_string());
    }

    fn args(&mut self, s: usize, args: &ast::Arguments) {
        let sc = &mut self.scopes[s];
        for a in args.posonlyargs.iter().chain(&args.args) {
            sc.params.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            sc.params.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            sc.params.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            sc.params.push(k.arg.to_string());
        }
        for p in sc.params.clone() {
            sc.bind(&p);
        }
    }

    fn defaults(&mut self, s: usize, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(s, d);
            }
        }
    }

    /// An annotation evaluated in scope `s` (unless annotations are
    /// kept as text).
    fn annotation(&mut self, s: usize, e: &Expr) {
        if !self.future_annotations {
            self.expr(s, e);
        }
    }

    /// A function's parameter and return annotations, evaluated in the
    /// scope that defines it.
    fn function_annotations(&mut self, s: usize, args: &ast::Arguments, returns: Option<&Expr>) {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for ann in params
            .filter_map(|p| p.annotation.as_deref())
            .chain(returns)
        {
            self.annotation(s, ann);
        }
    }

    /// The names a `match` pattern captures, and the expressions in it.
    fn pattern(&mut self, s: usize, p: &ast::Pattern) {
        use ast::Pattern;
        match p {
            Pattern::MatchValue(v) => self.expr(s, &v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(q) => q.patterns.iter().for_each(|p| self.pattern(s, p)),
            Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(s, k));
                m.patterns.iter().for_each(|p| self.pattern(s, p));
                if let Some(rest) = &m.rest {
                    self.bind(s, rest);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(s, &c.cls);
                c.patterns
                    .iter()
                    .chain(&c.kwd_patterns)
                    .for_each(|p| self.pattern(s, p));
            }
            Pattern::MatchStar(star) => {
                if let Some(name) = &star.name {
                    self.bind(s, name);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(s, inner);
                }
                if let Some(name) = &a.name {
                    self.bind(s, name);
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(s, p)),
        }
    }

    fn stmts(&mut self, s: usize, body: &[Stmt]) {
        for st in body {
            self.stmt(s, st);
        }
    }

    fn stmt(&mut self, s: usize, st: &Stmt) {
        match st {
            Stmt::FunctionDef(f) => {
                self.bind(s, &f.name);
                for d in &f.decorator_list {
                    self.expr(s, d);
                }
                self.defaults(s, &f.args);
                self.function_annotations(s, &f.args, f.returns.as_deref());
                let inner = self.open(f, ScopeKind::Function, s);
                self.args(inner, &f.args);
                self.stmts(inner, &f.body);
            }
            Stmt::ClassDef(c) => {
                self.bind(s, &c.name);
                for d in c.decorator_list.iter().chain(&c.bases) {
                    self.expr(s, d);
                }
                let inner = self.open(c, ScopeKind::Class, s);
                self.stmts(inner, &c.body);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(s, v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(s, t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(s, &a.value);
                for t in &a.targets {
                    self.target(s, t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(s, &a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(s, &n.id);
                }
                self.target(s, &a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(s, v);
                }
                match a.target.as_ref() {
                    Expr::Name(n) if a.simple || a.value.is_some() => self.bind(s, &n.id),
                    Expr::Name(_) => {}
                    t => self.target(s, t),
                }
                if self.scopes[s].kind != ScopeKind::Function {
                    self.annotation(s, &a.annotation);
                }
            }
            Stmt::For(f) => {
                self.expr(s, &f.iter);
                self.target(s, &f.target);
                self.stmts(s, &f.body);
                self.stmts(s, &f.orelse);
            }
            Stmt::Match(m) => {
                self.expr(s, &m.subject);
                for case in &m.cases {
                    self.pattern(s, &case.pattern);
                    if let Some(guard) = &case.guard {
                        self.expr(s, guard);
                    }
                    self.stmts(s, &case.body);
                }
            }
            Stmt::While(w) => {
                self.expr(s, &w.test);
                self.stmts(s, &w.body);
                self.stmts(s, &w.orelse);
            }
            Stmt::If(i) => {
                self.expr(s, &i.test);
                self.stmts(s, &i.body);
                self.stmts(s, &i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(s, &item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(s, v);
                    }
                }
                self.stmts(s, &w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(s, e);
                }
                if let Some(c) = &r.cause {
                    self.expr(s, c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(s, &t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(s, ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(s, n);
                    }
                    self.stmts(s, &h.body);
                }
                self.stmts(s, &t.orelse);
                self.stmts(s, &t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(s, &a.test);
                if let Some(m) = &a.msg {
                    self.expr(s, m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(s, &name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        self.bind(s, &name);
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scopes[s].globals.insert(n.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.scopes[s].nonlocals.insert(n.to_string());
                }
            }
            Stmt::Expr(e) => self.expr(s, &e.value),
            _ => {}
        }
    }

    fn target(&mut self, s: usize, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(s, &n.id),
            Expr::Tuple(tu) => tu.elts.iter().for_each(|e| self.target(s, e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(s, e)),
            Expr::Starred(st) => self.target(s, &st.value),
            Expr::Attribute(a) => self.expr(s, &a.value),
            Expr::Subscript(sub) => {
                self.expr(s, &sub.value);
                self.expr(s, &sub.slice);
            }
            _ => self.expr(s, t),
        }
    }

    fn comprehension<T>(
        &mut self,
        s: usize,
        node: &T,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        let Some(first) = gens.first() else {
            return;
        };
        self.expr(s, &first.iter);
        let inner = self.open(node, ScopeKind::Function, s);
        self.scopes[inner].is_comprehension = true;
        self.scopes[inner].params.push(".0".to_string());
        self.bind(inner, ".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(inner, &g.iter);
            }
            self.target(inner, &g.target);
            for cond in &g.ifs {
                self.expr(inner, cond);
            }
        }
        for e in elts {
            self.expr(inner, e);
        }
    }

    fn expr(&mut self, s: usize, e: &Expr) {
        match e {
            Expr::Name(n) => self.use_name(s, &n.id),
            Expr::Lambda(l) => {
                self.defaults(s, &l.args);
                let inner = self.open(l, ScopeKind::Function, s);
                self.args(inner, &l.args);
                self.expr(inner, &l.body);
            }
            Expr::ListComp(c) => self.comprehension(s, c, &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(s, c, &c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => {
                self.comprehension(s, c, &c.generators, &[&c.elt]);
                if let Some(idx) = self.scope_of(c) {
                    self.scopes[idx].is_generator = true;
                }
            }
            Expr::DictComp(c) => self.comprehension(s, c, &c.generators, &[&c.key, &c.value]),
            Expr::Yield(y) => {
                self.scopes[s].is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(s, v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scopes[s].is_generator = true;
                self.expr(s, &y.value);
            }
            Expr::NamedExpr(n) => {
                self.expr(s, &n.value);
                // The target binds in the nearest scope that is not a
                // comprehension, as in CPython.
                let Expr::Name(name) = n.target.as_ref() else {
                    self.target(s, &n.target);
                    return;
                };
                let mut owner = s;
                while self.scopes[owner].is_comprehension {
                    match self.scopes[owner].parent {
                        Some(p) => owner = p,
                        None => break,
                    }
                }
                self.bind(owner, &name.id);
                if owner != s {
                    self.use_name(s, &name.id);
                }
                if owner != s && self.scopes[owner].kind == ScopeKind::Module {
                    let mut c = s;
                    while c != owner {
                        self.scopes[c].globals.insert(name.id.to_string());
                        c = self.scopes[c].parent.unwrap_or(owner);
                    }
                }
            }
            Expr::Call(c) => {
                if let Expr::Name(n) = c.func.as_ref() {
                    if n.id.as_str() == "super" && c.args.is_empty() {
                        self.use_name(s, "__class__");
                        if let Some(first) = self.scopes[s].params.first().cloned() {
                            self.use_name(s, &first);
                        }
                    }
                }
                self.expr(s, &c.func);
                for a in &c.args {
                    self.expr(s, a);
                }
                for k in &c.keywords {
                    self.expr(s, &k.value);
                }
            }
            _ => walk_children(e, &mut |child| self.expr(s, child)),
        }
    }

    /// Decides cells and free variables for every scope.
    fn resolve(&mut self) {
        for idx in 0..self.scopes.len() {
            let names: Vec<String> = {
                let sc = &self.scopes[idx];
                let mut v: Vec<String> = sc.used.iter().cloned().collect();
                v.extend(sc.nonlocals.iter().cloned());
                v.sort_unstable();
                v
            };
            for name in names {
                let sc = &self.scopes[idx];
                if sc.kind == ScopeKind::Module || sc.globals.contains(&name) {
                    continue;
                }
                if sc.kind == ScopeKind::Function
                    && sc.binds(&name)
                    && !sc.nonlocals.contains(&name)
                {
                    continue;
                }
                if sc.kind == ScopeKind::Class
                    && sc.bound_set.contains(&name)
                    && name != "__class__"
                {
                    continue;
                }
                // Search enclosing scopes for a binding function (or the
                // class providing __class__).
                let mut path = vec![idx];
                let mut cur = sc.parent;
                let mut definer = None;
                while let Some(p) = cur {
                    let ps = &self.scopes[p];
                    if ps.kind == ScopeKind::Module {
                        break;
                    }
                    if ps.kind == ScopeKind::Class {
                        if name == "__class__" {
                            definer = Some(p);
                            break;
                        }
                    } else if ps.binds(&name) && !ps.globals.contains(&name) {
                        definer = Some(p);
                        break;
                    }
                    path.push(p);
                    cur = ps.parent;
                }
                let Some(def) = definer else {
                    continue;
                };
                if !self.scopes[def].cellvars.contains(&name) {
                    self.scopes[def].cellvars.push(name.clone());
                }
                for &p in &path {
                    if !self.scopes[p].freevars.contains(&name) {
                        self.scopes[p].freevars.push(name.clone());
                    }
                }
            }
        }
    }
}

/// Calls `f` on each direct child expression of `e` (not entering new scopes
/// specially: callers handle lambdas and comprehensions themselves).
pub fn walk_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::NamedExpr(n) => {
            f(&n.target);
            f(&n.value);
        }
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::IfExp(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        Expr::Dict(d) => {
            d.keys.iter().flatten().for_each(&mut *f);
            d.values.iter().for_each(f);
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v)
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f);
        }
        Expr::Call(c) => {
            f(&c.func);
            c.args.iter().for_each(&mut *f);
            c.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FormattedValue(fv) => {
            f(&fv.value);
            if let Some(s) = &fv.format_spec {
                f(s);
            }
        }
        Expr::JoinedStr(j) => j.values.iter().for_each(f),
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(part);
            }
        }
        Expr::Name(_)
        | Expr::Constant(_)
        | Expr::Lambda(_)
        | Expr::ListComp(_)
        | Expr::SetComp(_)
        | Expr::DictComp(_)
        | Expr::GeneratorExp(_) => {}
    }
}
