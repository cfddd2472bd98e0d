//! The runtime side of `match` statements: the checks that sequence,
//! mapping and class patterns make on a subject, with CPython 3.11's rules
//! and errors (how patterns compile: `compiler::codegen::matching`).

use super::Vm;
use crate::builtins::functions::is_instance;
use crate::builtins::{new_list, new_tuple};
use crate::error::{PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::object::ObjKind;
use crate::types::types;
use crate::value::Value;

/// The builtin classes whose instances a class pattern with one positional
/// sub-pattern matches as a whole (`case int(n)`).
fn matches_self(class: &Value) -> bool {
    let t = types();
    [
        t.bool_,
        t.bytearray,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str_,
        t.tuple,
    ]
    .iter()
    .any(|c| class.as_obj().is_some_and(|o| o.ptr_eq(&c.to_ref())))
}

impl Vm {
    /// Whether `subject` matches a sequence pattern of `fixed` sub-patterns
    /// besides a starred one (present when `starred`): a sequence that is
    /// not a str, bytes or bytearray, of a length that fits.
    pub(crate) fn match_sequence(
        &mut self,
        subject: &Value,
        fixed: usize,
        starred: bool,
    ) -> PyResult<bool> {
        let is_sequence = match subject.kind() {
            Some(ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range { .. }) => true,
            Some(ObjKind::Instance(_)) => {
                let t = types();
                let texts = new_tuple(vec![
                    Value::Obj(t.str_.to_ref()),
                    Value::Obj(t.bytes.to_ref()),
                    Value::Obj(t.bytearray.to_ref()),
                ]);
                !is_instance(self, subject, &texts)? && self.is_abc_instance(subject, "Sequence")?
            }
            _ => false,
        };
        if !is_sequence {
            return Ok(false);
        }
        let len = self.len(subject)?;
        Ok(if starred { len >= fixed } else { len == fixed })
    }

    /// A mapping pattern's look-up: for a mapping with every key of
    /// `keys` (a tuple), the values in key order, followed by a dict of the
    /// other items when `rest`; None for anything else.
    pub(crate) fn match_keys(
        &mut self,
        subject: &Value,
        keys: &Value,
        rest: bool,
    ) -> PyResult<Option<Value>> {
        let is_mapping = match subject.kind() {
            Some(ObjKind::Dict(_)) => true,
            Some(ObjKind::Instance(_)) => self.is_abc_instance(subject, "Mapping")?,
            _ => false,
        };
        let Some(ObjKind::Tuple(keys)) = keys.kind() else {
            return Ok(None);
        };
        if !is_mapping || self.len(subject)? < keys.len() {
            return Ok(None);
        }
        let mut values = Vec::with_capacity(keys.len() + usize::from(rest));
        let seen = crate::builtins::new_dict();
        for key in keys.iter() {
            if self.dict_get(&seen, key)?.is_some() {
                let key = self.repr(key)?;
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({key})"
                )));
            }
            self.dict_set(&seen, key.clone(), Value::None)?;
            let value = if matches!(subject.kind(), Some(ObjKind::Dict(_))) {
                self.dict_get(subject, key)?
            } else {
                // A missing key is told apart by a default nothing else holds.
                let missing = new_list(Vec::new());
                let get = self.getattr_str(subject, "get")?;
                let v = self.call(&get, &[key.clone(), missing.clone()], &[])?;
                Some(v).filter(|v| !v.is(&missing))
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(None),
            }
        }
        if rest {
            let dict = Value::Obj(types().dict.to_ref());
            let others = self.call(&dict, std::slice::from_ref(subject), &[])?;
            for key in keys.iter() {
                self.dict_remove(&others, key)?;
            }
            values.push(others);
        }
        Ok(Some(new_tuple(values)))
    }

    /// A class pattern's look-up: when `subject` is an instance of `class`,
    /// the attributes its `positional` sub-patterns (named by the class's
    /// `__match_args__`) and its keyword sub-patterns (`names`, a tuple)
    /// match against, in order; None when it is not or lacks one.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        class: &Value,
        names: &Value,
        positional: usize,
    ) -> PyResult<Option<Value>> {
        if !matches!(class.kind(), Some(ObjKind::Class(_))) {
            return Err(PyErr::type_error("called match pattern must be a type"));
        }
        if !is_instance(self, subject, class)? {
            return Ok(None);
        }
        let class_name = match class.kind() {
            Some(ObjKind::Class(c)) => c.name.clone(),
            _ => String::new(),
        };
        let mut attrs = Vec::new();
        let mut wanted: Vec<String> = Vec::new();
        if positional > 0 {
            match self.getattr_opt(class, &local_name("__match_args__"))? {
                None if matches_self(class) => {
                    if positional > 1 {
                        return Err(too_many_positional(&class_name, 1, positional));
                    }
                    attrs.push(subject.clone());
                }
                None => return Err(too_many_positional(&class_name, 0, positional)),
                Some(args) => {
                    let Some(ObjKind::Tuple(args)) = args.kind() else {
                        let got = self.type_name(&args);
                        return Err(PyErr::type_error(format!(
                            "{class_name}.__match_args__ must be a tuple (got {got})"
                        )));
                    };
                    if positional > args.len() {
                        return Err(too_many_positional(&class_name, args.len(), positional));
                    }
                    for arg in &args[..positional] {
                        let Some(ObjKind::Str(s)) = arg.kind() else {
                            let got = self.type_name(arg);
                            return Err(PyErr::type_error(format!(
                                "__match_args__ elements must be strings (got {got})"
                            )));
                        };
                        wanted.push(s.as_str().to_string());
                    }
                }
            }
        }
        if let Some(ObjKind::Tuple(names)) = names.kind() {
            for name in names.iter() {
                if let Some(ObjKind::Str(s)) = name.kind() {
                    wanted.push(s.as_str().to_string());
                }
            }
        }
        for (i, name) in wanted.iter().enumerate() {
            if wanted[..i].contains(name) {
                return Err(PyErr::type_error(format!(
                    "{class_name}() got multiple sub-patterns for attribute '{name}'"
                )));
            }
            match self.getattr_str(subject, name) {
                Ok(v) => attrs.push(v),
                Err(e) if e.matches(types().attribute_error) => return Ok(None),
                Err(e) => return Err(e),
            }
        }
        Ok(Some(new_tuple(attrs)))
    }

    /// `isinstance(subject, collections.abc.<abc>)`, importing the module.
    fn is_abc_instance(&mut self, subject: &Value, abc: &str) -> PyResult<bool> {
        let module = self.import_module("collections.abc")?;
        let abc = self.getattr_str(&module, abc)?;
        is_instance(self, subject, &abc)
    }
}

fn too_many_positional(class_name: &str, accepts: usize, given: usize) -> PyErr {
    let s = if accepts == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{class_name}() accepts {accepts} positional sub-pattern{s} ({given} given)"
    ))
}
