//! `--sandbox`, `--allow-read DIR` and `--allow-write DIR`: what a script
//! run from the command line may touch. Without `--sandbox` it has
//! Python's full access.

use taipan::Capabilities;

/// The sandbox flags shared by `run` and `map`.
#[derive(Clone, Debug, Default)]
pub struct SandboxArgs {
    /// Deny file access outside the directories given with --allow-read
    /// and --allow-write (PermissionError names the path).
    pub sandbox: bool,
    /// With --sandbox: directories the script may read.
    allow_read: Vec<String>,
    /// With --sandbox: directories the script may read and write.
    allow_write: Vec<String>,
}

impl SandboxArgs {
    /// The directory list option `name` (without `--`) adds to, or `None`
    /// when `name` is not one.
    pub fn directories(&mut self, name: &str) -> Option<&mut Vec<String>> {
        match name {
            "allow-read" => Some(&mut self.allow_read),
            "allow-write" => Some(&mut self.allow_write),
            _ => None,
        }
    }

    /// Whether directories were granted without `--sandbox`.
    pub fn needs_flag(&self) -> bool {
        !self.sandbox && (!self.allow_read.is_empty() || !self.allow_write.is_empty())
    }

    /// The capabilities these flags grant: everything without `--sandbox`.
    pub fn capabilities(&self) -> Capabilities {
        if !self.sandbox {
            return Capabilities::full();
        }
        let caps = self
            .allow_read
            .iter()
            .fold(Capabilities::none(), |caps, dir| caps.allow_read(dir));
        self.allow_write
            .iter()
            .fold(caps, |caps, dir| caps.allow_write(dir))
    }
}
