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
    dir: tempfile::TempDir,
}

impl Tmux {
    fn start(width: u16, height: u16) -> Option<Tmux> {
        Tmux::start_with(width, height, "", "", &[])
    }

    /// Runs `env newsdiff args` in the terminal, as a shell line, after
    /// writing `files` (name, text) to the session's folder, which the
    /// reader is given as its first paths.
    fn start_with(
        width: u16,
        height: u16,
        env: &str,
        args: &str,
        files: &[(&str, String)],
    ) -> Option<Tmux> {
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
        let mut paths = String::new();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
            paths.push_str(&format!(" '{name}'"));
        }
        static SERVERS: AtomicUsize = AtomicUsize::new(0);
        let n = SERVERS.fetch_add(1, Ordering::Relaxed);
        let socket = format!("newsdiff-test-{}-{n}", std::process::id());
        // The shell stays after newsdiff exits, so the terminal it left
        // behind can be inspected; its line settings are written down
        // before the status, so both are there once the status is.
        let script = format!(
            "cd '{dir}' && NEWSDIFF_CACHE_DIR='{cache}' {env} '{bin}'{paths} {args}; code=$?; stty -a > '{dir}/stty'; echo $code > '{status}'; exec sleep 600",
            dir = dir.path().display(),
            cache = env!("CARGO_TARGET_TMPDIR"),
            bin = env!("CARGO_BIN_EXE_newsdiff"),
            status = status.display()
        );
        let tmux = Tmux {
            socket,
            status,
            dir,
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

    /// Sends `key`, then waits until the screen shows `ready`.
    fn press(&self, key: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.keys(&[key]);
        self.wait_for(what, ready)
    }

    fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", "main", "-x", &w, "-y", &h]);
    }

    /// tmux's view of the terminal's modes: alternate screen and mouse
    /// reporting, "1 1" while the reader runs, "0 0" once it restored them.
    fn modes(&self) -> String {
        let out = self.run(&[
            "display-message",
            "-p",
            "-t",
            "main",
            "#{alternate_on} #{mouse_any_flag}",
        ]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "main"]).stdout)
            .into_owned()
    }

    /// Waits until the screen satisfies `ready`, returning it. Only a
    /// settled screen is judged, the same in two captures in a row: a
    /// capture taken while a frame is being written shows half of each
    /// frame, and could pass or fail a check that the whole frame would
    /// not.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        // Long, for a debug build on a busy machine: a deadline only says
        // when to stop waiting, it is not what is tested.
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut before = String::new();
        loop {
            let screen = self.screen();
            if screen == before && ready(&screen) {
                return screen;
            }
            before = screen.clone();
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

    /// Quits with `key` and checks the exit status and that the terminal
    /// was given back as it was found.
    fn quit_cleanly(&self, key: &str) {
        self.keys(&[key]);
        assert_eq!(self.exit_status(), "0");
        self.assert_restored();
    }

    /// The terminal as newsdiff found it: main screen, no mouse reporting,
    /// and the line discipline cooked again (not raw: `icanon` and `echo`).
    fn assert_restored(&self) {
        assert_eq!(self.modes(), "0 0", "alternate screen and mouse restored");
        let stty = std::fs::read_to_string(self.dir.path().join("stty")).unwrap();
        let flags: Vec<&str> = stty.split_whitespace().collect();
        for flag in ["icanon", "echo", "isig"] {
            assert!(flags.contains(&flag), "{flag} restored:\n{stty}");
        }
    }

    /// The newsdiff process the pane's shell runs.
    fn reader_pid(&self) -> String {
        let out = self.run(&["display-message", "-p", "-t", "main", "#{pane_pid}"]);
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let children =
            std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
        children.split_whitespace().next().unwrap().to_string()
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

    tmux.quit_cleanly("q");
}

#[test]
fn ctrl_c_quits_with_status_0() {
    let Some(tmux) = Tmux::start(100, 30) else {
        return;
    };
    tmux.wait_for("the panes", |s| s.contains("000_8bd36a165a8504ce"));
    tmux.quit_cleanly("C-c");
}

/// Another program ending the reader (a `kill`, a closed window) gets the
/// terminal back as it was, and the signal's own exit status.
#[cfg(target_os = "linux")]
#[test]
fn a_signal_from_outside_restores_the_terminal() {
    for (signal, status) in [("TERM", "143"), ("HUP", "129"), ("INT", "130")] {
        let Some(tmux) = Tmux::start(100, 30) else {
            return;
        };
        tmux.wait_for("the panes", |s| s.contains("000_8bd36a165a8504ce"));
        assert_eq!(tmux.modes(), "1 1", "alternate screen and mouse on");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &tmux.reader_pid()])
            .status()
            .unwrap();
        assert!(killed.success());
        assert_eq!(tmux.exit_status(), status, "SIG{signal}");
        tmux.assert_restored();
    }
}

/// Whether the status line (the last line) holds `text`.
/// Whether the screen is in the narrow layout: one pane, and under its
/// bottom border the strip's title rule (in the wide layout the status
/// line follows the border). The strip's own words may be cut to make
/// room for the figures in dispute, so its shape is what tells.
fn narrow(screen: &str) -> bool {
    let mut lines = screen.lines();
    let one_pane = lines
        .next()
        .is_some_and(|top| top.matches('┌').count() == 1);
    one_pane
        && screen
            .lines()
            .skip_while(|l| !l.starts_with('└'))
            .nth(1)
            .is_some_and(|strip| strip.contains('─'))
}

fn status_has(screen: &str, text: &str) -> bool {
    screen
        .trim_end()
        .lines()
        .last()
        .is_some_and(|l| l.contains(text))
}

/// The columns of the screen's top line, its panes' borders.
fn width(screen: &str) -> usize {
    screen.lines().next().map_or(0, |l| l.chars().count())
}

/// Every key of the table, as a reader at a wide terminal would use them.
#[test]
fn a_session_at_160x45_drives_every_key() {
    let Some(tmux) = Tmux::start(160, 45) else {
        return;
    };
    tmux.wait_for("both panes", |s| {
        s.contains("000_8bd36a165a8504ce · 2024-03-24") && s.contains("001_5d229ea3870d1d12")
    });
    assert_eq!(tmux.modes(), "1 1", "alternate screen and mouse on");

    tmux.press("?", "help", |s| s.contains("Keys") && s.contains("sources"));
    tmux.press("Escape", "help closed", |s| !s.contains("Esc closes"));

    // Switching sources: ] and [ in the focused (right) pane.
    tmux.keys(&["Tab"]);
    tmux.press("]", "002 on the right", |s| {
        s.contains("002_3998a47e31f20c4c")
    });
    tmux.press("[", "001 back", |s| !s.contains("002_3998a47e31f20c4c"));
    tmux.keys(&["h", "l", "Left", "Right"]);

    // Differences, and scrolling.
    tmux.keys(&["n", "n", "n"]);
    tmux.wait_for("a difference further down", |s| !status_has(s, "row 1/"));
    tmux.keys(&["N", "g"]);
    tmux.wait_for("the top", |s| status_has(s, "row 1/"));
    tmux.keys(&["j", "k", "Down", "Up", "NPage", "PPage", "Space", "G"]);
    tmux.wait_for("the bottom", |s| s.contains("communities around the globe"));
    tmux.keys(&["Home"]);
    tmux.wait_for("the top", |s| status_has(s, "row 1/"));

    // The claims panel: the conflicting death tolls, then a jump.
    let claims = tmux.press("c", "the claims panel", |s| s.contains("deaths CONFLICT"));
    for toll in ["more than 130", "at least 60", "137", "about 60"] {
        assert!(claims.contains(toll), "{toll}:\n{claims}");
    }
    tmux.keys(&["j", "j", "j"]);
    let jumped = tmux.press("Enter", "004 in a pane", |s| {
        !s.contains("deaths CONFLICT") && s.contains("004_310e81df929d18ea · 2024-03-23")
    });
    assert!(jumped.contains("approximately 60 people dead"), "{jumped}");

    // Search: typed keys are text, n/N walk the matches, Esc clears.
    tmux.press("/", "the search prompt", |s| status_has(s, "Enter search"));
    tmux.keys(&["m", "o", "s", "c", "o", "w"]);
    tmux.wait_for("a count", |s| status_has(s, "matches"));
    tmux.press("Enter", "the first match", |s| status_has(s, "/moscow 1/"));
    tmux.press("n", "the second match", |s| status_has(s, "/moscow 2/"));
    tmux.press("N", "the first again", |s| status_has(s, "/moscow 1/"));
    // A resize re-wraps the text but keeps the match n/N go on from.
    tmux.keys(&["n"]);
    tmux.resize(150, 45);
    tmux.wait_for("the match kept at 150 columns", |s| {
        width(s) == 150 && status_has(s, "/moscow 2/")
    });
    tmux.resize(160, 45);
    tmux.wait_for("160 columns again", |s| width(s) == 160);
    tmux.press("N", "the first again", |s| status_has(s, "/moscow 1/"));
    tmux.press("Escape", "search cleared", |s| {
        status_has(s, "search cleared")
    });

    // The sources picker.
    tmux.press("o", "the picker", |s| s.contains("Sources for pane"));
    tmux.keys(&["g", "j", "k"]);
    tmux.press("Escape", "picker closed", |s| {
        !s.contains("Sources for pane")
    });

    // Sync off and on, more and fewer panes.
    tmux.press("s", "sync off", |s| status_has(s, "sync off"));
    tmux.press("s", "sync on", |s| {
        status_has(s, "synchronised scrolling on")
    });
    tmux.press("+", "a third pane", |s| {
        s.lines().next().unwrap().matches('┌').count() == 3
    });
    tmux.press("+", "a fourth pane", |s| {
        s.lines().next().unwrap().matches('┌').count() == 4
    });
    tmux.press("+", "no fifth", |s| status_has(s, "too narrow for 5 panes"));
    tmux.keys(&["-", "-"]);
    tmux.wait_for("two panes", |s| {
        s.lines().next().unwrap().matches('┌').count() == 2
    });

    // Export the two panes on screen to the file the prompt offers, then
    // again: asked before the file is replaced.
    let panes = ["000_8bd36a165a8504ce", "004_310e81df929d18ea"];
    let offered = format!("newsdiff-{}-{}.txt", panes[0], panes[1]);
    tmux.press("e", "the export prompt", |s| status_has(s, &offered));
    tmux.press("Enter", "the file written", |s| status_has(s, "wrote"));
    // The panes side by side, as on screen; no article off screen.
    let written = std::fs::read_to_string(tmux.dir.path().join(&offered)).unwrap();
    let heading = format!("{} · 2024-03-24", panes[0]);
    let first = written
        .lines()
        .find(|l| l.contains(&heading))
        .unwrap_or_default();
    assert!(
        first.contains(&format!("│ {} · 2024-03-23", panes[1])),
        "{written}"
    );
    for id in [
        "001_5d229ea3870d1d12",
        "002_3998a47e31f20c4c",
        "003_12b1194fc15ca6a7",
    ] {
        assert!(!written.contains(id), "{id} is off screen:\n{written}");
    }
    tmux.press("e", "the export prompt", |s| status_has(s, &offered));
    tmux.press("Enter", "asked to replace", |s| {
        status_has(s, "y replaces it")
    });
    tmux.press("y", "the file replaced", |s| status_has(s, "replaced)"));

    // Resize to narrow and back.
    tmux.resize(70, 20);
    tmux.wait_for("the narrow layout", narrow);
    tmux.resize(160, 45);
    tmux.wait_for("two panes again", |s| {
        !narrow(s) && s.lines().next().unwrap().matches('┌').count() == 2
    });

    tmux.quit_cleanly("q");
}

/// The same reader in a small terminal: one pane and a strip.
#[test]
fn a_session_at_70x20_in_the_narrow_layout() {
    let Some(tmux) = Tmux::start(70, 20) else {
        return;
    };
    let screen = tmux.wait_for("one pane and a strip", narrow);
    assert!(screen.contains("000_8bd36a165a8504ce"), "{screen}");
    assert!(
        screen.contains("Following a devastating"),
        "the strip: {screen}"
    );

    tmux.press("Tab", "the other article in the pane", |s| {
        s.lines().next().unwrap().contains("001_5d229ea3870d1d12")
    });
    tmux.press("]", "the next article", |s| {
        s.lines().next().unwrap().contains("002_3998a47e31f20c4c")
    });
    tmux.press("?", "help", |s| s.contains("j/k scroll, Esc closes"));
    tmux.keys(&["G"]);
    tmux.wait_for("the end of help", |s| s.contains("While typing"));
    // Esc and c in one write, as a script or a fast typist sends them:
    // help closes and the claims open.
    tmux.run(&["send-keys", "-t", "main", "Escape", "c"]);
    // A frame may be caught half written: wait for the whole panel, every
    // toll in it and no line of the help left; if the help lingered, the
    // wait times out and the test fails.
    let tolls = ["more than 130", "at least 60", "137", "about 60"];
    tmux.wait_for("the claims panel, whole, with the help gone", |s| {
        s.contains("deaths CONFLICT")
            && tolls.iter().all(|toll| s.contains(toll))
            && !s.contains("While typing")
    });
    tmux.press("Escape", "claims closed", |s| {
        !s.contains("deaths CONFLICT")
    });

    tmux.press("/", "the search prompt", |s| status_has(s, "Enter search"));
    tmux.keys(&["a", "t", "t", "a", "l", "Enter"]);
    tmux.wait_for("a match", |s| status_has(s, "/attal 1/"));
    tmux.press("Escape", "search cleared", |s| {
        status_has(s, "search cleared")
    });

    tmux.press("n", "a difference", |s| !status_has(s, "search"));
    tmux.press("+", "no room for a pane", |s| status_has(s, "too narrow"));

    // An export under a name typed over the offered one.
    tmux.press("e", "the export prompt", |s| status_has(s, "export to:"));
    // Ctrl-U clears the name offered, as in a shell; the arrows move in it.
    tmux.keys(&[
        "C-u", "o", "u", "t", ".", "j", "s", "o", "Left", "x", "Right", "n", "Left", "BSpace",
    ]);
    tmux.wait_for("the edited name", |s| status_has(s, "export to: out.jsxn"));
    tmux.keys(&["Home", "DC", "O"]);
    tmux.wait_for("the first letter replaced", |s| {
        status_has(s, "export to: Out.jsxn")
    });
    tmux.keys(&["End", "BSpace", "C-w"]);
    tmux.wait_for("the word deleted", |s| status_has(s, "export to:  "));
    tmux.keys(&["o", "u", "t", ".", "j", "s", "o", "n"]);
    tmux.wait_for("the typed name", |s| status_has(s, "export to: out.json"));
    tmux.press("Enter", "the file written", |s| {
        status_has(s, "wrote out.json")
    });
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmux.dir.path().join("out.json")).unwrap())
            .unwrap();
    // The two articles on screen: the pane and the strip's.
    assert_eq!(json["articles"].as_array().unwrap().len(), 2);

    tmux.resize(160, 45);
    tmux.wait_for("two panes", |s| !narrow(s));
    tmux.resize(70, 20);
    tmux.wait_for("narrow again", narrow);
    tmux.quit_cleanly("C-c");
}

/// A reader whose terminal goes away with no signal reaching it (its tmux
/// server killed) ends, rather than spin for ever on a terminal that reads
/// nothing (crossterm issue #793).
#[cfg(target_os = "linux")]
#[test]
fn a_reader_whose_terminal_is_gone_ends() {
    let Some(tmux) = Tmux::start(100, 30) else {
        return;
    };
    tmux.wait_for("the panes", |s| s.contains("000_8bd36a165a8504ce"));
    let pid = tmux.reader_pid();
    tmux.run(&["kill-server"]);
    let alive = || std::path::Path::new(&format!("/proc/{pid}")).exists();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while alive() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // A zombie is gone for this purpose: it runs no more.
    let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    assert!(
        !alive() || state.contains(") Z "),
        "the reader still runs: {state}"
    );
}

#[test]
fn long_output_on_a_terminal_goes_through_the_pager_unless_refused() {
    for (args, paged) in [
        ("claims", true),
        ("--no-pager claims", false),
        ("list", true),
    ] {
        let Some(tmux) = Tmux::start_with(100, 30, "NEWSDIFF_PAGER='tee paged'", args, &[]) else {
            return;
        };
        assert_eq!(tmux.exit_status(), "0");
        let file = tmux.dir.path().join("paged");
        assert_eq!(file.exists(), paged, "{args}: {}", tmux.screen());
        if paged {
            let text = std::fs::read_to_string(&file).unwrap();
            let header = if args == "list" { "ID " } else { "QUANTITY " };
            assert!(text.starts_with(header), "{args}: {text}");
            // Laid out for the terminal's width.
            assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
        }
    }
}

/// With no pager named, less shows long output; Ctrl-C is less's (it
/// keeps the text on screen), never a way to kill newsdiff under it; q
/// leaves with status 0.
#[test]
fn less_pages_long_output_and_ctrl_c_does_not_kill_newsdiff_under_it() {
    if Command::new("less").arg("--version").output().is_err() {
        eprintln!("skipping: less is not installed");
        return;
    }
    let Some(tmux) = Tmux::start_with(100, 20, "env -u PAGER -u NEWSDIFF_PAGER", "claims", &[])
    else {
        return;
    };
    tmux.wait_for("less at the first page", |s| {
        s.starts_with("QUANTITY") && s.trim_end().ends_with(':')
    });
    tmux.keys(&["C-c"]);
    // less drops what was typed ahead of its interrupt: on a busy machine
    // the "j" can arrive before less has read the Ctrl-C, and is lost. A
    // pager that reads keys at all scrolls on one of a few.
    let scrolled = |s: &str| !s.starts_with("QUANTITY");
    let mut tries = 0;
    while !scrolled(&tmux.screen()) {
        tries += 1;
        assert!(
            tries <= 20,
            "less never scrolled; screen:\n{}",
            tmux.screen()
        );
        tmux.keys(&["j"]);
        sleep(Duration::from_millis(500));
    }
    tmux.wait_for("a line further down in less", scrolled);
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), "0");
}

/// Issue 16: the terminal resized to 1x1 and back while a long comparison
/// loads, and again while the reader shows it: it draws at the size it
/// ends at, and quits with the terminal restored.
#[test]
fn resized_to_1x1_and_back_during_a_long_load() {
    let text = |outlet: &str, toll: usize| -> String {
        (0..4000)
            .map(|p| {
                format!(
                    "In paragraph {p}, {outlet} said the council met at the river station after \
                     the storm, and {toll} people were hurt when the bridge gave way.\n\n"
                )
            })
            .collect()
    };
    let files = [
        ("first.txt", text("the Daily", 12)),
        ("second.txt", text("the Post", 14)),
    ];
    let Some(tmux) = Tmux::start_with(100, 30, "", "", &files) else {
        return;
    };
    for _ in 0..5 {
        tmux.resize(1, 1);
        sleep(Duration::from_millis(150));
        tmux.resize(100, 30);
        sleep(Duration::from_millis(150));
    }
    tmux.wait_for("the panes", |s| s.contains("first") && s.contains("second"));
    tmux.resize(1, 1);
    sleep(Duration::from_millis(300));
    tmux.resize(90, 25);
    let screen = tmux.wait_for("the panes at 90x25", |s| {
        s.contains("first") && s.contains("row 1/") && s.lines().count() == 25
    });
    assert!(width(&screen) <= 90, "{screen}");
    tmux.quit_cleanly("q");
}
