//! Bad inputs on the built binary, each named with its problem while the
//! rest still loads: a symbolic-link loop, /dev/zero, a folder nested past
//! the system's longest path, an unreadable file, and text with NUL bytes
//! and CRLF line ends. (Empty, binary, UTF-16, Latin-1, bad UTF-8, broken
//! front matter and JSON Lines rows: tests in src/corpus and tests/cli.rs,
//! listed in ROBUSTNESS.md.)
#![cfg(unix)]

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn newsdiff(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    cmd.current_dir(dir)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("NEWSDIFF_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .timeout(std::time::Duration::from_secs(120));
    cmd
}

fn good(dir: &Path) {
    std::fs::write(
        dir.join("good.txt"),
        "Officials said 12 people were hurt in the fire.\n",
    )
    .unwrap();
}

#[test]
fn a_symbolic_link_loop_in_a_folder_is_named_and_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    good(dir.path());
    std::fs::create_dir(dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("loop/up")).unwrap();
    newsdiff(dir.path())
        .args(["list", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("good"))
        .stderr("newsdiff: ./loop/up: symbolic link loop; not followed\n");
}

#[test]
fn dev_zero_is_refused_by_size_not_read_for_ever() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff(dir.path())
        .args(["list", "/dev/zero"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "newsdiff: /dev/zero: too large to be an article (over 64 MiB)\n",
        ));
    // Inside a folder, a device is no article file: passed over.
    good(dir.path());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    newsdiff(dir.path())
        .args(["list", "--format", "json", "."])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"good\"").and(predicate::str::contains("zero").not()));
}

#[test]
fn a_folder_nested_past_the_longest_path_is_named_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    good(dir.path());
    // Made a level at a time from the folder above, as no path this long
    // can be opened whole.
    std::fs::create_dir(dir.path().join("deep")).unwrap();
    let deep =
        std::ffi::CString::new(dir.path().join("deep").as_os_str().as_encoded_bytes()).unwrap();
    let name = c"nestedfolder";
    // SAFETY: plain system calls on descriptors opened and closed here.
    unsafe {
        let mut folder = libc::open(deep.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
        for _ in 0..600 {
            assert_eq!(libc::mkdirat(folder, name.as_ptr(), 0o755), 0);
            let inner = libc::openat(folder, name.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
            libc::close(folder);
            assert!(inner >= 0);
            folder = inner;
        }
        let file = libc::openat(
            folder,
            c"a.txt".as_ptr(),
            libc::O_WRONLY | libc::O_CREAT,
            0o644,
        );
        assert!(libc::write(file, b"Deep.\n".as_ptr().cast(), 6) == 6);
        libc::close(file);
        libc::close(folder);
    }
    newsdiff(dir.path())
        .args(["list", "good.txt", "deep"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("good"))
        .stderr(predicate::str::ends_with(": file name too long\n"));
}

#[test]
fn an_unreadable_file_is_named_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    good(dir.path());
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "Hidden.\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        eprintln!("skipping: running as root, every file is readable");
        return;
    }
    newsdiff(dir.path())
        .args(["list", "good.txt", "secret.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("secret.txt: permission denied"));
}

#[test]
fn nul_bytes_and_crlf_line_ends_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("crlf.txt"),
        b"Officials said 12 people\r\nwere hurt.\r\n\r\nA second para\x00graph here.\r\n",
    )
    .unwrap();
    let out = newsdiff(dir.path())
        .args(["export", "--format", "json", "crlf.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let texts: Vec<&str> = json["articles"][0]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Officials said 12 people were hurt.",
            "A second para\u{fffd}graph here."
        ]
    );
}
