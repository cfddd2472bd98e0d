//! Object payloads: one type a file.

pub mod class;
pub mod dict;
pub mod file;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod set_table;
pub mod str;
pub mod str_ops;
