//! A pool of worker threads, each with its own VM, running tasks and
//! completing their futures. Threads start as work arrives, up to the
//! pool's size, as CPython's `ThreadPoolExecutor` starts them.

use super::future::FutureCore;
use super::lock;
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, Weak};
use std::thread::JoinHandle;
use taipan_vm::runtime::{ExitWait, RuntimeContext};
use taipan_vm::share::task::set_thread_name;
use taipan_vm::share::{Task, ThreadStart};
use taipan_vm::Vm;

/// Stack reserved for each worker thread. Python calls do not recurse on
/// the Rust stack (frames live on the VM's heap), so this only bounds
/// native recursion (repr of nested data, sorting with key functions);
/// untouched pages cost no memory.
pub const WORKER_STACK: usize = 64 << 20;

struct Job {
    future: Arc<FutureCore>,
    task: Task,
}

struct State {
    jobs: VecDeque<Job>,
    idle: usize,
    threads: Vec<JoinHandle<()>>,
    shutdown: bool,
}

struct Inner {
    ctx: Arc<RuntimeContext>,
    start: ThreadStart,
    max_workers: usize,
    name_prefix: String,
    state: Mutex<State>,
    work_ready: Condvar,
}

/// A pool of worker threads.
pub struct WorkerPool {
    inner: Arc<Inner>,
}

/// Why a task was not accepted.
#[derive(Debug)]
pub enum SubmitError {
    /// The pool was shut down.
    ShutDown,
    /// The OS refused to start a thread.
    Spawn(String),
}

impl WorkerPool {
    /// A pool of at most `max_workers` threads named `{prefix}_{i}`, whose
    /// VMs start from `start`. The program waits for it at exit (see
    /// `RuntimeContext::wait_at_exit`).
    pub fn new(
        ctx: Arc<RuntimeContext>,
        start: ThreadStart,
        max_workers: usize,
        name_prefix: String,
    ) -> WorkerPool {
        let inner = Arc::new(Inner {
            ctx: ctx.clone(),
            start,
            max_workers: max_workers.max(1),
            name_prefix,
            state: Mutex::new(State {
                jobs: VecDeque::new(),
                idle: 0,
                threads: Vec::new(),
                shutdown: false,
            }),
            work_ready: Condvar::new(),
        });
        let weak: Weak<Inner> = Arc::downgrade(&inner);
        let watched = weak.clone();
        ctx.wait_at_exit(ExitWait {
            done: Box::new(move || watched.strong_count() == 0),
            wait: Box::new(move || {
                if let Some(inner) = weak.upgrade() {
                    shutdown(&inner, true, false, None);
                }
            }),
        });
        WorkerPool { inner }
    }

    /// Queues a task whose outcome completes `future`.
    pub fn submit(&self, future: Arc<FutureCore>, task: Task) -> Result<(), SubmitError> {
        let mut st = lock(&self.inner.state);
        if st.shutdown {
            return Err(SubmitError::ShutDown);
        }
        st.jobs.push_back(Job { future, task });
        if st.idle < st.jobs.len() && st.threads.len() < self.inner.max_workers {
            let index = st.threads.len();
            let inner = self.inner.clone();
            let name = format!("{}_{index}", self.inner.name_prefix);
            let spawned = std::thread::Builder::new()
                .name(name.clone())
                .stack_size(WORKER_STACK)
                .spawn(move || worker_loop(inner, name));
            match spawned {
                Ok(handle) => st.threads.push(handle),
                Err(e) if st.threads.is_empty() => {
                    st.jobs.pop_back();
                    return Err(SubmitError::Spawn(e.to_string()));
                }
                Err(_) => {}
            }
        }
        drop(st);
        self.inner.work_ready.notify_one();
        Ok(())
    }

    /// Stops accepting work; with `cancel_pending`, cancels what has not
    /// started (on `vm`'s thread); with `wait`, waits for the workers.
    pub fn shutdown(&self, vm: &mut Vm, wait: bool, cancel_pending: bool) {
        shutdown(&self.inner, wait, cancel_pending, Some(vm));
    }

    /// Whether the pool was shut down.
    pub fn is_shut_down(&self) -> bool {
        lock(&self.inner.state).shutdown
    }
}

fn shutdown(inner: &Inner, wait: bool, cancel_pending: bool, vm: Option<&mut Vm>) {
    let (cancelled, threads) = {
        let mut st = lock(&inner.state);
        st.shutdown = true;
        let cancelled: Vec<Job> = if cancel_pending {
            st.jobs.drain(..).collect()
        } else {
            Vec::new()
        };
        let threads = if wait {
            std::mem::take(&mut st.threads)
        } else {
            Vec::new()
        };
        (cancelled, threads)
    };
    inner.work_ready.notify_all();
    if !cancelled.is_empty() {
        match vm {
            Some(vm) => cancelled.iter().for_each(|j| {
                j.future.cancel(vm);
            }),
            None => {
                let mut vm = Vm::new(inner.ctx.clone());
                cancelled.iter().for_each(|j| {
                    j.future.cancel(&mut vm);
                });
            }
        }
    }
    for t in threads {
        let _ = t.join();
    }
}

fn worker_loop(inner: Arc<Inner>, name: String) {
    set_thread_name(name);
    let mut vm = inner.start.new_vm(inner.ctx.clone());
    loop {
        let job = {
            let mut st = lock(&inner.state);
            loop {
                if let Some(job) = st.jobs.pop_front() {
                    break Some(job);
                }
                if st.shutdown {
                    break None;
                }
                st.idle += 1;
                st = inner.work_ready.wait(st).unwrap_or_else(|p| p.into_inner());
                st.idle -= 1;
            }
        };
        let Some(job) = job else {
            return;
        };
        if job.future.start_running() {
            let outcome = job.task.run(&mut vm);
            drop(job.task);
            job.future.complete(&mut vm, Some(outcome));
        }
    }
}

impl Drop for WorkerPool {
    /// A pool nobody can reach any more lets its idle workers go (work
    /// already queued still runs).
    fn drop(&mut self) {
        lock(&self.inner.state).shutdown = true;
        self.inner.work_ready.notify_all();
    }
}
