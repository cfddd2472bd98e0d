//! `--sandbox`, `--allow-read DIR` and `--allow-write DIR`: what a script
//! run from the command line may touch. Without `--sandbox` it has
//! Python's full access.

use taipan::Capabilities;

/// The sandbox flags shared by `run` and `map`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct SandboxArgs {
    /// Deny file access outside the directories given with --allow-read
    /// and --allow-write (PermissionError names the path).
    #[arg(long)]
    sandbox: bool,
    /// With --sandbox: a directory the script may read (repeatable).
    #[arg(long = "allow-read", value_name = "DIR", requires = "sandbox")]
    allow_read: Vec<String>,
    /// With --sandbox: a directory the script may read and write (repeatable).
    #[arg(long = "allow-write", value_name = "DIR", requires = "sandbox")]
    allow_write: Vec<String>,
}

impl SandboxArgs {
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
