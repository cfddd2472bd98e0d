//! `numpy.random`: NumPy 2.3's random numbers, draw for draw.
//!
//! This part: the bit generators (`bitgen`, `mt19937`, `pcg64`), their
//! seeding (`seed_sequence`) and the drawing algorithms (`bounded`,
//! `ziggurat`), each checked against NumPy's output in its tests.

pub mod bitgen;
pub mod bounded;
pub mod mt19937;
pub mod pcg64;
pub mod seed_sequence;
pub mod ziggurat;
