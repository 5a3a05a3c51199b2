//! End to end: the real binary in a real terminal (tmux), driven by keys
//! as a person would, read back with capture-pane.
//!
//! Needs tmux. Without it the test is skipped with a note, except under CI
//! (`CI` set), where a missing tmux is a failure: `.ci/run` installs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// One tmux server of our own, so tests never touch the user's sessions.
struct Tmux {
    socket: String,
    status: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    fn start(width: u16, height: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is required under CI; .ci/run installs it"
            );
            eprintln!("skipping: tmux is not installed");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let status = dir.path().join("status");
        static SERVERS: AtomicUsize = AtomicUsize::new(0);
        let n = SERVERS.fetch_add(1, Ordering::Relaxed);
        let socket = format!("newsdiff-test-{}-{n}", std::process::id());
        let script = format!(
            "cd '{}' && '{}'; echo $? > '{}'",
            dir.path().display(),
            env!("CARGO_BIN_EXE_newsdiff"),
            status.display()
        );
        let tmux = Tmux {
            socket,
            status,
            _dir: dir,
        };
        let (w, h) = (width.to_string(), height.to_string());
        let started = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &w,
            "-y",
            &h,
            "-e",
            "NO_COLOR=",
            &script,
        ]);
        assert!(
            started.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&started.stderr)
        );
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "main", key]);
        }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "main"]).stdout)
            .into_owned()
    }

    /// Waits until the screen satisfies `ready`, returning it.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(100));
        }
    }

    fn exit_status(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !Path::new(&self.status).exists() {
            assert!(
                Instant::now() < deadline,
                "newsdiff did not exit; screen:\n{}",
                self.screen()
            );
            sleep(Duration::from_millis(100));
        }
        sleep(Duration::from_millis(50));
        std::fs::read_to_string(&self.status)
            .unwrap()
            .trim()
            .to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

#[test]
fn reads_the_bundled_sample_and_quits_cleanly() {
    let Some(tmux) = Tmux::start(120, 35) else {
        return;
    };
    let screen = tmux.wait_for("both panes", |s| {
        s.contains("000_8bd36a165a8504ce") && s.contains("001_5d229ea3870d1d12")
    });
    assert!(screen.contains("Following a deadly attack"), "{screen}");
    assert!(
        screen.contains("Following a devastating attack"),
        "{screen}"
    );
    let lede = screen
        .lines()
        .find(|l| l.starts_with('│') && l.contains("Following a deadly"))
        .unwrap();
    assert!(
        lede.contains("Following a devastating"),
        "the ledes share a line: {lede}"
    );

    tmux.keys(&["?"]);
    tmux.wait_for("help", |s| {
        s.contains("Keys") && s.contains("next difference")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("help to close", |s| !s.contains("Esc closes"));

    tmux.keys(&["l", "]"]);
    tmux.wait_for("the third article on the right", |s| {
        s.contains("002_3998a47e31f20c4c")
    });
    tmux.keys(&["n", "j", "G", "g"]);
    tmux.wait_for("the top again", |s| s.contains("row 1/"));

    tmux.run(&["resize-window", "-t", "main", "-x", "40", "-y", "10"]);
    tmux.run(&["resize-window", "-t", "main", "-x", "1", "-y", "1"]);
    tmux.run(&["resize-window", "-t", "main", "-x", "120", "-y", "35"]);
    tmux.wait_for("a redraw after resizing", |s| {
        s.contains("002_3998a47e31f20c4c")
    });

    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), "0");
}

#[test]
fn ctrl_c_quits_with_status_0() {
    let Some(tmux) = Tmux::start(100, 30) else {
        return;
    };
    tmux.wait_for("the panes", |s| s.contains("000_8bd36a165a8504ce"));
    tmux.keys(&["C-c"]);
    assert_eq!(tmux.exit_status(), "0");
}
