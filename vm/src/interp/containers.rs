//! Dict, set and list operations that may run Python code (hashing and
//! equality of keys), shared by the interpreter loop and the builtins.

use super::Vm;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::set_table::SetTable;
use crate::value::Value;
use std::cell::RefCell;

/// Whether equality of this key can run Python code.
fn plain_key(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match o.kind() {
            ObjKind::Str(_) | ObjKind::BigInt(_) | ObjKind::Bytes(_) => true,
            ObjKind::Tuple(t) => t.iter().all(plain_key),
            _ => false,
        },
        _ => true,
    }
}

impl Vm {
    /// `d[key]`, None when absent.
    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(ObjKind::Dict(cell)) = d.kind() else {
            return Ok(None);
        };
        let o = d.as_obj().expect("dict is an object");
        let hash = self.hash(key)?;
        let dict = o.get().read(cell);
        let pos = dict.find(hash, |k| self.eq_item(k, key))?;
        Ok(pos.and_then(|p| dict.entry(p)).map(|e| e.value.clone()))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let Some(ObjKind::Dict(cell)) = d.kind() else {
            return Err(PyErr::type_error("not a dict"));
        };
        let o = d.as_obj().expect("dict is an object");
        let hash = self.hash(&key)?;
        let pos = {
            let dict = o.get().read(cell);
            dict.find(hash, |k| self.eq_item(k, &key))?
        };
        let mut dict = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "dict"))?;
        match pos {
            Some(p) if dict.entry(p).is_some() => {
                dict.set_at(p, value);
            }
            _ => dict.push_new(hash, key, value),
        }
        Ok(())
    }

    /// `del d[key]`; returns the removed value (None when absent).
    pub fn dict_remove(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(ObjKind::Dict(cell)) = d.kind() else {
            return Ok(None);
        };
        let o = d.as_obj().expect("dict is an object");
        let hash = self.hash(key)?;
        let pos = {
            let dict = o.get().read(cell);
            dict.find(hash, |k| self.eq_item(k, key))?
        };
        let Some(pos) = pos else {
            return Ok(None);
        };
        let mut dict = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "dict"))?;
        Ok(dict.remove_at(pos).map(|e| e.value))
    }

    /// A shallow copy of a dict.
    pub fn dict_copy(&mut self, d: &Value) -> PyResult<Value> {
        let Some(ObjKind::Dict(cell)) = d.kind() else {
            return Err(PyErr::type_error("not a dict"));
        };
        let o = d.as_obj().expect("dict is an object");
        let copy = o.get().read(cell).clone_entries();
        Ok(Value::obj(ObjKind::Dict(Box::new(RefCell::new(copy)))))
    }

    /// `d.update(other)` from a dict, a mapping with keys(), or pairs.
    /// With a `callee`, this builds the keywords of `callee(**a, **b)`: a
    /// repeated key or a non-mapping is an error naming the callee.
    pub fn dict_update_from(
        &mut self,
        d: &Value,
        other: &Value,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other.kind() {
            Some(ObjKind::Dict(cell)) => {
                let o = other.as_obj().expect("dict is an object");
                o.get()
                    .read(cell)
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            }
            _ if self.lookup_type_attr(other, "keys").is_some() && self.is_user_object(other) => {
                let keys_fn = self.getattr_str(other, "keys")?;
                let keys = self.call(&keys_fn, &[], &[])?;
                let mut pairs = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(other, &k)?;
                    pairs.push((k, v));
                }
                pairs
            }
            _ => {
                if let Some(callee) = callee {
                    return Err(PyErr::type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.function_str(callee),
                        self.type_name(other)
                    )));
                }
                let mut pairs = Vec::new();
                for (i, item) in self.collect(other)?.into_iter().enumerate() {
                    let kv = self.collect(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    let mut kv = kv.into_iter();
                    if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
                        pairs.push((k, v));
                    }
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if let Some(callee) = callee.filter(|_| self.dict_get(d, &k).ok().flatten().is_some()) {
                let key = self.repr(&k)?;
                return Err(PyErr::type_error(format!(
                    "{} got multiple values for keyword argument {key}",
                    self.function_str(callee)
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `a == b` for dicts.
    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.nested(" in comparison", |vm| vm.dict_items_eq(a, b))
    }

    /// [`Vm::dict_eq`] one level down.
    fn dict_items_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if self.len_of_builtin(a) != self.len_of_builtin(b) {
            return Ok(false);
        }
        let pairs: Vec<(Value, Value)> = match a.kind() {
            Some(ObjKind::Dict(cell)) => {
                let o = a.as_obj().expect("dict is an object");
                o.get()
                    .read(cell)
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            }
            _ => return Ok(false),
        };
        for (k, v) in pairs {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !self.eq_item(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// A new set from items, inserted in order.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let table = self.table_from(items)?;
        Ok(Value::obj(ObjKind::Set(Box::new(RefCell::new(table)))))
    }

    /// A set table with items inserted one by one.
    pub fn table_from(&mut self, items: Vec<Value>) -> PyResult<SetTable<Value>> {
        let mut table = SetTable::new();
        for item in items {
            let hash = self.hash(&item)?;
            self.table_insert(&mut table, hash, item)?;
        }
        Ok(table)
    }

    fn table_insert(
        &mut self,
        table: &mut SetTable<Value>,
        hash: i64,
        item: Value,
    ) -> PyResult<bool> {
        if plain_key(&item) {
            return table.insert(hash, item.clone(), |k| self.eq_item(k, &item));
        }
        if table.contains(hash, |k| self.eq_item(k, &item))? {
            return Ok(false);
        }
        table.insert_absent(hash, item);
        Ok(true)
    }

    /// `s.add(item)`.
    pub fn set_add(&mut self, s: &Value, item: Value) -> PyResult<()> {
        let Some(ObjKind::Set(cell)) = s.kind() else {
            return Err(PyErr::type_error("not a set"));
        };
        let o = s.as_obj().expect("set is an object");
        let hash = self.hash(&item)?;
        if !plain_key(&item) {
            let present = {
                let t = o.get().read(cell);
                t.contains(hash, |k| self.eq_item(k, &item))?
            };
            if present {
                return Ok(());
            }
            let mut t = o
                .get()
                .write(cell)
                .map_err(|e| PyErr::from_write(e, "set"))?;
            t.insert_absent(hash, item);
            return Ok(());
        }
        let mut t = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "set"))?;
        t.insert(hash, item.clone(), |k| {
            Ok::<bool, PyErr>(plain_eq(k, &item))
        })?;
        Ok(())
    }

    /// `item in s` for a set or frozenset.
    pub fn set_contains(&mut self, s: &Value, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        match s.kind() {
            Some(ObjKind::Set(cell)) => {
                let o = s.as_obj().expect("set is an object");
                let t = o.get().read(cell);
                t.contains(hash, |k| self.eq_item(k, item))
            }
            Some(ObjKind::FrozenSet(t)) => t.contains(hash, |k| self.eq_item(k, item)),
            _ => Ok(false),
        }
    }

    /// Removes an item from a set; whether it was there.
    pub fn set_discard(&mut self, s: &Value, item: &Value) -> PyResult<bool> {
        let Some(ObjKind::Set(cell)) = s.kind() else {
            return Err(PyErr::type_error("not a set"));
        };
        let o = s.as_obj().expect("set is an object");
        let hash = self.hash(item)?;
        let mut t = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "set"))?;
        Ok(t.remove(hash, |k| Ok::<bool, PyErr>(plain_eq(k, item)))?
            .is_some())
    }

    /// A copy of the table of a set or frozenset.
    pub fn set_table_of(&self, s: &Value) -> Option<SetTable<Value>> {
        match s.kind() {
            Some(ObjKind::Set(cell)) => Some(s.as_obj()?.get().read(cell).copy()),
            Some(ObjKind::FrozenSet(t)) => Some(t.copy()),
            _ => None,
        }
    }

    /// `a op b` for sets; the result has the type of `a`. Both tables are
    /// read in place (a copy may be laid out differently).
    pub fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let same = a.is(b);
        let result = {
            let (Some(ta), Some(tb)) = (set_read(a), set_read(b)) else {
                return Err(PyErr::type_error("unsupported operand for sets"));
            };
            let mut eq = |x: &Value, y: &Value| self.eq_item(x, y);
            match op {
                BinOp::Or if same => ta.copy(),
                BinOp::Or => ta.union(&tb, &mut eq)?,
                BinOp::And if same => ta.copy(),
                BinOp::And => ta.intersection(&tb, &mut eq)?,
                BinOp::Sub => ta.difference(&tb, &mut eq)?,
                _ => ta.symmetric_difference(&tb, &mut eq)?,
            }
        };
        Ok(match a.kind() {
            Some(ObjKind::FrozenSet(_)) => Value::obj(ObjKind::FrozenSet(Box::new(result))),
            _ => Value::obj(ObjKind::Set(Box::new(RefCell::new(result)))),
        })
    }

    /// `a op= b` for a set `a`.
    pub fn set_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<()> {
        let Some(ObjKind::Set(cell)) = a.kind() else {
            return Err(PyErr::type_error("not a set"));
        };
        let o = a.as_obj().expect("set is an object");
        if a.is(b) {
            let mut t = o
                .get()
                .write(cell)
                .map_err(|e| PyErr::from_write(e, "set"))?;
            match op {
                BinOp::Sub | BinOp::Xor => t.clear(),
                BinOp::And => {
                    let c = t.copy();
                    t.replace_contents(c);
                }
                _ => {}
            }
            return Ok(());
        }
        // Move the table out while Python equality may run, then put it back.
        let mut t = std::mem::take(
            &mut *o
                .get()
                .write(cell)
                .map_err(|e| PyErr::from_write(e, "set"))?,
        );
        let r = {
            let Some(tb) = set_read(b) else {
                return Err(PyErr::type_error("unsupported operand for sets"));
            };
            let mut eq = |x: &Value, y: &Value| self.eq_item(x, y);
            match op {
                BinOp::Or => t.update_from_set(&tb, &mut eq),
                BinOp::And => t.intersection_update(&tb, &mut eq),
                BinOp::Sub => t.difference_update(&tb, &mut eq),
                _ => t.symmetric_difference_update(&tb, &mut eq),
            }
        };
        *o.get()
            .write(cell)
            .map_err(|_| PyErr::runtime_error("Set changed size during iteration"))? = t;
        r
    }

    /// Set comparisons (subset / superset / equality).
    pub fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let la = self.len_of_builtin(a).unwrap_or(0);
        let lb = self.len_of_builtin(b).unwrap_or(0);
        let a_in_b = |vm: &mut Vm| -> PyResult<bool> {
            for item in vm.collect(a)? {
                if !vm.set_contains(b, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let b_in_a = |vm: &mut Vm| -> PyResult<bool> {
            for item in vm.collect(b)? {
                if !vm.set_contains(a, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => la == lb && a_in_b(self)?,
            CmpOp::Ne => !(la == lb && a_in_b(self)?),
            CmpOp::Le => la <= lb && a_in_b(self)?,
            CmpOp::Lt => la < lb && a_in_b(self)?,
            CmpOp::Ge => la >= lb && b_in_a(self)?,
            CmpOp::Gt => la > lb && b_in_a(self)?,
        })
    }

    /// Appends items to a list.
    pub fn list_extend(&mut self, list: &Value, items: Vec<Value>) -> PyResult<()> {
        let Some(ObjKind::List(cell)) = list.kind() else {
            return Err(PyErr::type_error("not a list"));
        };
        let o = list.as_obj().expect("list is an object");
        o.get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "list"))?
            .extend(items);
        Ok(())
    }

    /// The bytes of a bytes-like value (bytes, a bytearray or a
    /// memoryview).
    pub fn bytes_of(&self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(view) = crate::objects::memoryview::as_memoryview(v) {
            return view.to_bytes();
        }
        let v = v.data();
        match v.kind() {
            Some(ObjKind::Bytes(b)) => Ok(b.to_vec()),
            Some(ObjKind::ByteArray(b)) => Ok(v
                .as_obj()
                .map(|o| o.get().read(b).clone())
                .unwrap_or_default()),
            _ => Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(v)
            ))),
        }
    }
}

/// Read access to the table of a set or frozenset.
fn set_read(v: &Value) -> Option<crate::object::ReadGuard<'_, SetTable<Value>>> {
    match v.kind() {
        Some(ObjKind::Set(cell)) => Some(v.as_obj()?.get().read(cell)),
        Some(ObjKind::FrozenSet(t)) => Some(crate::object::ReadGuard::Shared(t)),
        _ => None,
    }
}

/// Equality of keys without running Python code: identity, or equal
/// builtin values (numbers across int/float/bool, strings, bytes, tuples).
pub fn plain_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (x.kind(), y.kind()) {
            (ObjKind::Str(p), ObjKind::Str(q)) => p.as_str() == q.as_str(),
            (ObjKind::BigInt(p), ObjKind::BigInt(q)) => p == q,
            (ObjKind::Bytes(p), ObjKind::Bytes(q)) => p == q,
            (ObjKind::Tuple(p), ObjKind::Tuple(q)) => {
                p.len() == q.len() && p.iter().zip(q.iter()).all(|(i, j)| plain_eq(i, j))
            }
            (ObjKind::FrozenSet(p), ObjKind::FrozenSet(q)) => {
                p.len() == q.len()
                    && p.iter().all(|(k, h)| {
                        q.contains(h, |other| Ok::<bool, ()>(plain_eq(other, k)))
                            .unwrap_or(false)
                    })
            }
            _ => false,
        },
        (Value::Obj(_), _) | (_, Value::Obj(_)) => false,
        _ => super::ops::numeric_cmp(a, b) == Some(std::cmp::Ordering::Equal),
    }
}

/// The hash of a value whose hashing runs no Python code (numbers, str,
/// bytes, None, tuples of those); None for anything else.
pub fn plain_hash(v: &Value) -> Option<i64> {
    use crate::hash;
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => hash::hash_bool(*b),
        Value::Int(i) => hash::hash_i64(*i),
        Value::Float(f) => hash::hash_f64(*f, 0),
        Value::Unbound => return None,
        Value::Obj(o) => match o.kind() {
            ObjKind::Str(s) => s.hash(),
            ObjKind::BigInt(b) => hash::hash_bigint(b),
            ObjKind::Bytes(b) => hash::hash_bytes(b),
            ObjKind::Tuple(items) => {
                let hashes: Option<Vec<i64>> = items.iter().map(plain_hash).collect();
                hash::hash_tuple(hashes?, items.len())
            }
            _ => return None,
        },
    })
}
