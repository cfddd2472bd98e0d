//! Imports: native modules from the runtime's registry, `sys`, and `.py`
//! files (and packages) found on `sys.path`.

use super::frame::Frame;
use super::Vm;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::module::Module;
use crate::types::types;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};

/// Makes an empty module object with `__name__` set.
pub fn new_module(name: &str) -> Value {
    let dict = crate::builtins::new_dict();
    if let Some(ObjKind::Dict(cell)) = dict.kind() {
        let key = local_name("__name__");
        cell.borrow_mut().set_str(
            Value::Obj(key),
            "__name__",
            crate::objects::str::hash_text("__name__"),
            str_value(name),
        );
    }
    Value::obj(ObjKind::Module(Box::new(Module {
        name: name.to_string(),
        dict,
        stdlib: Cell::new(false),
    })))
}

/// `import builtins`: a module whose namespace is the VM's builtins dict
/// itself, so `builtins.open` is the builtin `open`.
fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::obj(ObjKind::Module(Box::new(Module {
        name: "builtins".to_string(),
        dict: Value::Obj(vm.builtins.clone()),
        stdlib: Cell::new(false),
    }))))
}

impl Vm {
    /// The namespace to read a module's attributes from: its own dict, or,
    /// for a shared (frozen) standard-library module, the dict of this
    /// thread's own instance of it (each thread keeps its own `sys` …).
    pub fn module_namespace(&mut self, module_obj: &ObjRef, m: &Module) -> PyResult<Value> {
        if !(m.stdlib.get() && module_obj.is_frozen()) {
            return Ok(m.dict.clone());
        }
        let own = self.import_one(&m.name, &Value::None)?;
        match own.kind() {
            Some(ObjKind::Module(own)) => Ok(own.dict.clone()),
            _ => Ok(m.dict.clone()),
        }
    }

    /// Imports a standard-library module written in Python: compiled once
    /// per process, run once per thread that imports it.
    fn import_python_stdlib(
        &mut self,
        name: &'static str,
        source: crate::runtime::StdlibSource,
    ) -> PyResult<Value> {
        let program = stdlib_program(name, source)?;
        let m = new_module(name);
        if let Some(ObjKind::Module(module)) = m.kind() {
            module.stdlib.set(true);
        }
        self.module_put(name, m.clone())?;
        if let Err(e) = self.run_module_code(&program, &m) {
            let modules = self.modules.clone();
            let _ = self.dict_remove(&modules, &str_value(name));
            return Err(e);
        }
        self.bind_on_parent(name, &m)?;
        Ok(m)
    }

    /// Binds a just-imported submodule (`collections.abc`) as an attribute
    /// of its parent module, as the import system does.
    fn bind_on_parent(&mut self, full: &str, module: &Value) -> PyResult<()> {
        if let Some((parent, short)) = full.rsplit_once('.') {
            if let Some(p) = self.module_get(parent) {
                self.module_set(&p, short, module.clone())?;
            }
        }
        Ok(())
    }

    /// Sets a name in a module's namespace.
    pub fn module_set(&mut self, module: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Some(ObjKind::Module(m)) = module.kind() {
            let d = m.dict.clone();
            self.dict_set(&d, str_value(name), v)?;
        }
        Ok(())
    }

    /// A module from `sys.modules`.
    pub fn module_get(&mut self, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        self.dict_get(&modules, &str_value(name)).ok().flatten()
    }

    /// Records a module in `sys.modules`.
    pub fn module_put(&mut self, name: &str, module: Value) -> PyResult<()> {
        let modules = self.modules.clone();
        self.dict_set(&modules, str_value(name), module)
    }

    /// `import name` (returns the top package) or `from name import …`
    /// (returns the module itself).
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
        globals: &ObjRef,
    ) -> PyResult<Value> {
        let level = super::ops::small_int(level).unwrap_or(0);
        let full = if level > 0 {
            let pkg = super::eval::dict_get_name(globals, &local_name("__package__"))
                .and_then(|v| match v.kind() {
                    Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            let mut parts: Vec<&str> = if pkg.is_empty() {
                vec![]
            } else {
                pkg.split('.').collect()
            };
            for _ in 1..level {
                parts.pop();
            }
            if !name.is_empty() {
                parts.push(name);
            }
            parts.join(".")
        } else {
            name.to_string()
        };
        if self.ctx.capabilities.modules.is_some() && !self.is_stdlib_code(globals) {
            self.ctx.capabilities.check_import(&full)?;
        }
        let mut module = Value::None;
        let mut top = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, &module)?;
            if i == 0 {
                top = module.clone();
            }
        }
        let has_fromlist = !fromlist.is_none() && self.len_of_builtin(fromlist).unwrap_or(0) > 0;
        Ok(if has_fromlist || level > 0 {
            module
        } else {
            top
        })
    }

    /// Whether `globals` belong to a standard-library module (its own
    /// imports are not subject to the host's module list).
    fn is_stdlib_code(&self, globals: &ObjRef) -> bool {
        let Some(name) = super::eval::dict_get_name(globals, &local_name("__name__")) else {
            return false;
        };
        match name.kind() {
            Some(ObjKind::Str(s)) => {
                let name = s.as_str();
                self.ctx.python_modules.contains_key(name)
                    || self.ctx.native_modules.contains_key(name)
            }
            _ => false,
        }
    }

    /// `import name` from native code: the module (the last part of a
    /// dotted name), importing its parents first.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let mut module = Value::None;
        let mut prefix = String::new();
        for (i, part) in name.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, &module)?;
        }
        Ok(module)
    }

    pub(crate) fn import_one(&mut self, full: &str, parent: &Value) -> PyResult<Value> {
        if let Some(m) = self.module_get(full) {
            return Ok(m);
        }
        let init = if full == "sys" {
            Some(crate::builtins::sys_module::make as crate::runtime::ModuleInit)
        } else if full == "builtins" {
            Some(builtins_module as crate::runtime::ModuleInit)
        } else {
            self.ctx.native_modules.get(full).copied()
        };
        if let Some(init) = init {
            let m = init(self)?;
            if let Some(ObjKind::Module(module)) = m.kind() {
                module.stdlib.set(true);
            }
            self.module_put(full, m.clone())?;
            return Ok(m);
        }
        let python = self
            .ctx
            .python_modules
            .get_key_value(full)
            .map(|(k, v)| (*k, *v));
        if let Some((name, source)) = python {
            return self.import_python_stdlib(name, source);
        }
        let short = full.rsplit('.').next().unwrap_or(full);
        let search: Vec<String> = match parent.kind() {
            Some(ObjKind::Module(pm)) => {
                let p = super::eval::dict_get_name(
                    pm.dict.as_obj().expect("module dict"),
                    &local_name("__path__"),
                );
                match p {
                    Some(v) => self
                        .collect(&v)?
                        .iter()
                        .filter_map(|v| {
                            v.kind().and_then(|k| match k {
                                ObjKind::Str(s) => Some(s.as_str().to_string()),
                                _ => None,
                            })
                        })
                        .collect(),
                    None => Vec::new(),
                }
            }
            _ => {
                let path = self.sys_path.clone();
                self.collect(&path)?
                    .iter()
                    .filter_map(|v| match v.kind() {
                        Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
                        _ => None,
                    })
                    .collect()
            }
        };
        for dir in search {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let file = format!("{base}/{short}.py");
            let pkg_init = format!("{base}/{short}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return self.load_source_module(full, &pkg_init, Some(format!("{base}/{short}")));
            }
            if std::path::Path::new(&file).is_file() {
                return self.load_source_module(full, &file, None);
            }
        }
        let why = match self.ctx.left_out_modules.get(full) {
            Some(feature) => {
                format!(" (this build of taipan leaves it out: its `{feature}` feature is off)")
            }
            None => String::new(),
        };
        Err(PyErr::new(
            types().module_not_found_error,
            format!("No module named '{full}'{why}"),
        )
        .with_attr("name", str_value(full)))
    }

    fn load_source_module(
        &mut self,
        full: &str,
        path: &str,
        package_dir: Option<String>,
    ) -> PyResult<Value> {
        let bytes = std::fs::read(path)
            .map_err(|e| PyErr::new(types().import_error, format!("cannot read {path}: {e}")))?;
        let source = crate::compiler::source_encoding::decode_source(&bytes, path)
            .map_err(|message| PyErr::new(types().syntax_error, message))?;
        let program = crate::compiler::compile_or_raise(path, &source)?;
        let module = new_module(full);
        self.module_set(&module, "__file__", str_value(path))?;
        let package = match &package_dir {
            Some(dir) => {
                self.module_set(
                    &module,
                    "__path__",
                    crate::builtins::new_list(vec![str_value(dir.as_str())]),
                )?;
                full.to_string()
            }
            None => full
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string()),
        };
        self.module_set(&module, "__package__", str_value(package))?;
        self.module_put(full, module.clone())?;
        if let Err(e) = self.run_module_code(&program, &module) {
            let _ = self.dict_remove(&self.modules.clone(), &str_value(full));
            return Err(e);
        }
        self.bind_on_parent(full, &module)?;
        Ok(module)
    }

    /// Runs a compiled program's top-level code in a module's namespace.
    pub fn run_module_code(
        &mut self,
        program: &crate::compiler::Program,
        module: &Value,
    ) -> PyResult<Value> {
        let Some(ObjKind::Module(m)) = module.kind() else {
            return Err(PyErr::type_error("not a module"));
        };
        let Some(globals) = m.dict.as_obj().cloned() else {
            return Err(PyErr::type_error("module without a namespace"));
        };
        let doc = match &program.code.docstring {
            Some(doc) => str_value(&**doc),
            None => Value::None,
        };
        self.module_set(module, "__doc__", doc)?;
        let func = ObjRef::new(ObjKind::Function(Box::new(
            crate::objects::function::Function {
                code: program.code.clone(),
                globals,
                shared_globals: std::sync::OnceLock::new(),
                defaults: Box::new([]),
                kwdefaults: None,
                closure: Box::new([]),
                attrs: RefCell::new(Dict::new()),
            },
        )));
        let frame = self.new_frame(&func)?;
        match self.run_frame(frame)? {
            super::eval::Exit::Return(v) => Ok(v),
            super::eval::Exit::Yield(..) => Err(PyErr::runtime_error("yield at module level")),
        }
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        // An AttributeError (from a module's `__getattr__`) means absent.
        match self.getattr_opt(module, &local_name(name)) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if e.matches(types().attribute_error) => {}
            Err(e) => return Err(e),
        }
        if let Some(ObjKind::Module(m)) = module.kind() {
            let sub = format!("{}.{name}", m.name);
            if let Ok(v) = self.import_one(&sub, module) {
                return Ok(v);
            }
            let file = self.dict_get(&m.dict, &str_value("__file__"))?;
            let path = match file.as_ref().and_then(Value::kind) {
                Some(ObjKind::Str(p)) => format!(" ({})", p.as_str()),
                _ => String::new(),
            };
            return Err(PyErr::new(
                types().import_error,
                format!("cannot import name '{name}' from '{}'{path}", m.name),
            )
            .with_attr("name", str_value(m.name.as_str()))
            .with_attr("path", file.unwrap_or(Value::None)));
        }
        Err(PyErr::new(
            types().import_error,
            format!("cannot import name '{name}'"),
        ))
    }

    /// `from module import *`.
    pub(crate) fn import_star(&mut self, module: &Value, f: &mut Frame) -> PyResult<()> {
        let Some(ObjKind::Module(m)) = module.kind() else {
            return Ok(());
        };
        let target = Value::Obj(f.locals_dict.clone().unwrap_or_else(|| f.globals.clone()));
        // With `__all__`, exactly the names it lists.
        if let Some(all) = self.dict_get(&m.dict, &str_value("__all__"))? {
            for name in self.collect(&all)? {
                let key = name
                    .data()
                    .as_obj()
                    .filter(|o| matches!(o.kind(), ObjKind::Str(_)));
                let Some(key) = key.cloned() else {
                    return Err(PyErr::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        self.type_name(&name)
                    )));
                };
                let value = self.getattr(module, &key)?;
                self.dict_set(&target, Value::Obj(key), value)?;
            }
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = match m.dict.kind() {
            Some(ObjKind::Dict(cell)) => {
                let o = m.dict.as_obj().expect("dict");
                o.get()
                    .read(cell)
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            }
            _ => Vec::new(),
        };
        for (k, v) in pairs {
            if let Some(ObjKind::Str(s)) = k.kind() {
                if s.as_str().starts_with('_') {
                    continue;
                }
            }
            self.dict_set(&target, k, v)?;
        }
        Ok(())
    }
}

/// The compiled program of a standard-library module written in Python,
/// compiled on first use and kept for the process (the lock is taken only
/// by imports, never by running code).
fn stdlib_program(
    name: &'static str,
    source: crate::runtime::StdlibSource,
) -> PyResult<crate::compiler::Program> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<&'static str, crate::compiler::Program>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(p) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(name) {
        return Ok(p.clone());
    }
    let path = format!("<taipan>/{}.py", name.replace('.', "/"));
    let source = source.text().map_err(|why| {
        PyErr::new(
            types().import_error,
            format!("taipan's module '{name}' cannot be read: {why}"),
        )
    })?;
    let program = crate::compiler::compile_module(&path, &source).map_err(|diags| {
        let text: Vec<String> = diags.iter().map(|d| d.render()).collect();
        PyErr::new(
            types().import_error,
            format!(
                "taipan's module '{name}' does not compile:\n{}",
                text.join("\n")
            ),
        )
    })?;
    cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(name, program.clone());
    Ok(program)
}
