//! Faults from outside, on the built binary: kill -9 and SIGTERM at
//! random moments of a large `export -o`, two exports racing to one
//! path, a full disk, a named pipe given as an input.
//!
//! The terminal's faults (resized to 1x1 during a long load, SIGTERM and
//! SIGHUP restoring it) are in `tests/tmux.rs`, beside the tmux driver.
//! A test that needs a tool the machine lacks (`unshare`, `mkfifo`) says
//! so and is skipped.
#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

fn newsdiff() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newsdiff"));
    command
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("NEWSDIFF_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// A small random-number generator (xorshift), seeded from the clock and
/// printed, so a failing run can be told from the log.
struct Dice(u64);

impl Dice {
    fn new() -> Dice {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        eprintln!("seed {seed}");
        Dice(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// An article of `paragraphs` paragraphs of about 400 words, differing
/// by `seed`: large enough that writing its export takes a while.
fn article(dir: &Path, name: &str, paragraphs: usize, seed: u64) -> PathBuf {
    const WORDS: &[&str] = &[
        "fire", "police", "city", "river", "bridge", "council", "storm", "mayor", "school", "road",
        "minister", "court", "flood", "station", "market", "harbour",
    ];
    let mut dice = Dice(seed | 1);
    let mut text = String::new();
    for p in 0..paragraphs {
        for _ in 0..400 {
            text.push_str(WORDS[dice.below(WORDS.len() as u64) as usize]);
            text.push(' ');
        }
        text.push_str(&format!("and {p} people were hurt.\n\n"));
    }
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The temporary exports in `folder`.
fn temporaries(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().ends_with(".tmp"))
        .collect()
}

fn export(inputs: &[&Path], output: &Path) -> Command {
    let mut command = newsdiff();
    command
        .args(["export", "--format", "json", "-o"])
        .arg(output)
        .args(inputs);
    command
}

fn signal(child: &Child, number: i32) {
    let pid = i32::try_from(child.id()).unwrap();
    // SAFETY: kill on a child this test started and has not yet waited for.
    unsafe {
        libc::kill(pid, number);
    }
}

/// Sends `number` to exports of a large comparison at random moments:
/// half at any time, half once the temporary file is there, while the
/// export is being written. Returns, per export, its exit status and
/// whether it was caught with its temporary on disk.
fn interrupt_exports(number: i32, runs: usize) -> (tempfile::TempDir, Vec<(bool, bool)>) {
    let dir = tempfile::tempdir().unwrap();
    let input = article(dir.path(), "big.txt", 600, 7);
    let folder = dir.path().join("out");
    std::fs::create_dir(&folder).unwrap();
    let output = folder.join("cmp.json");
    // The whole export, made once without interruption.
    let started = Instant::now();
    let whole = export(&[&input], &output).status().unwrap();
    assert!(whole.success());
    let span = started.elapsed();
    let new = std::fs::read(&output).unwrap();
    serde_json::from_slice::<serde_json::Value>(&new).expect("the export is JSON");
    let old = b"{\"old\": true}\n".to_vec();
    let mut dice = Dice::new();
    let mut outcomes = Vec::new();
    for run in 0..runs {
        std::fs::write(&output, &old).unwrap();
        let mut child = export(&[&input], &output).spawn().unwrap();
        let at_write = run % 2 == 1;
        let mut caught_writing = false;
        if at_write {
            let deadline = Instant::now() + span * 4;
            while temporaries(&folder).is_empty()
                && child.try_wait().unwrap().is_none()
                && Instant::now() < deadline
            {
                std::thread::yield_now();
            }
            sleep(Duration::from_micros(dice.below(2_000)));
            caught_writing = !temporaries(&folder).is_empty();
        } else {
            sleep(Duration::from_millis(dice.below(span.as_millis() as u64)));
        }
        signal(&child, number);
        let status = child.wait().unwrap();
        let now = std::fs::read(&output).unwrap();
        assert!(
            now == old || now == new,
            "run {run}: the export is neither the old file nor the whole new one ({} bytes of {})",
            now.len(),
            new.len()
        );
        assert!(
            status.success() || status.signal() == Some(number),
            "run {run}: {status:?}"
        );
        outcomes.push((status.signal() == Some(number), caught_writing));
        if number == libc::SIGKILL {
            // What a kill -9 leaves, the next export sweeps once stale;
            // here it is cleared so each run starts alike.
            for temporary in temporaries(&folder) {
                std::fs::remove_file(temporary).unwrap();
            }
        }
    }
    (dir, outcomes)
}

#[test]
fn kill_9_at_random_moments_leaves_the_old_file_or_the_whole_new_one() {
    let (_dir, outcomes) = interrupt_exports(libc::SIGKILL, 12);
    eprintln!("{outcomes:?}");
}

/// Issue 16: 10 of 60 exports stopped by SIGTERM left their temporary
/// file beside the destination.
#[test]
fn sigterm_at_random_moments_leaves_no_temporary_and_no_half_file() {
    let (dir, outcomes) = interrupt_exports(libc::SIGTERM, 12);
    eprintln!("{outcomes:?}");
    assert_eq!(
        temporaries(&dir.path().join("out")),
        Vec::<PathBuf>::new(),
        "temporaries left"
    );
    assert!(
        outcomes.iter().any(|&(killed, writing)| killed && writing),
        "no signal came while a temporary was on disk, so the test proved nothing: {outcomes:?}"
    );
}

#[test]
fn sigint_while_writing_leaves_no_temporary() {
    let (dir, outcomes) = interrupt_exports(libc::SIGINT, 4);
    eprintln!("{outcomes:?}");
    assert_eq!(temporaries(&dir.path().join("out")), Vec::<PathBuf>::new());
}

#[test]
fn two_exports_to_one_path_at_once_leave_one_of_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    let one = article(dir.path(), "one.txt", 200, 1);
    let two = article(dir.path(), "two.txt", 300, 2);
    let folder = dir.path().join("out");
    std::fs::create_dir(&folder).unwrap();
    let expected: Vec<Vec<u8>> = [&one, &two]
        .iter()
        .map(|input| {
            let path = folder.join("expected.json");
            assert!(export(&[input], &path).status().unwrap().success());
            let bytes = std::fs::read(&path).unwrap();
            std::fs::remove_file(path).unwrap();
            bytes
        })
        .collect();
    let output = folder.join("cmp.json");
    for round in 0..4 {
        let children: Vec<Child> = [&one, &two]
            .iter()
            .map(|input| export(&[input], &output).spawn().unwrap())
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let now = std::fs::read(&output).unwrap();
        assert!(expected.contains(&now), "round {round}: a mixed file");
        assert_eq!(temporaries(&folder), Vec::<PathBuf>::new());
    }
}

/// A disk that fills up midway: a 256 KiB tmpfs, mounted in a user and
/// mount namespace of our own (`unshare -rm`), so no root is needed. The
/// export fails with 2, says the disk is full, and the file already there
/// is unchanged, with no temporary left.
#[test]
fn a_full_disk_fails_clearly_and_keeps_the_old_file() {
    let probe = Command::new("unshare")
        .args(["-rm", "sh", "-c", "mount -t tmpfs -o size=4k tmpfs /mnt"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipping: cannot mount a tmpfs in a user namespace (unshare -rm)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = article(dir.path(), "big.txt", 200, 3);
    let small = dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let script = format!(
        "mount -t tmpfs -o size=256k tmpfs '{small}' && echo old > '{small}/cmp.json' && \
         '{bin}' export --format json -o '{small}/cmp.json' '{input}'; echo \"code $?\"; \
         cat '{small}/cmp.json'; ls -A '{small}'",
        small = small.display(),
        bin = env!("CARGO_BIN_EXE_newsdiff"),
        input = input.display()
    );
    let out = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        ["code 2", "old", "cmp.json"],
        "{stderr}"
    );
    assert!(
        stderr
            .contains("cmp.json: no space left on the device (a file already there is unchanged)"),
        "{stderr}"
    );
}

/// A named pipe given by name with nothing writing to it: a clear word
/// and the exit code, never a wait.
#[test]
fn a_named_pipe_on_the_command_line_never_hangs() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipping: mkfifo is not available");
        return;
    }
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "Officials said 12 people were hurt in the fire.\n").unwrap();
    for (inputs, code) in [(vec![&fifo], 2), (vec![&fifo, &other], 1)] {
        let mut child = newsdiff().arg("list").args(&inputs).spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                child.kill().unwrap();
                panic!("newsdiff waited on the pipe");
            }
            sleep(Duration::from_millis(20));
        };
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
        assert_eq!(status.code(), Some(code), "{stderr}");
        assert!(
            stderr.contains("pipe.txt: a named pipe with nothing writing to it"),
            "{stderr}"
        );
    }
}
