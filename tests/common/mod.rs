//! A small HTTP server for tests, on 127.0.0.1 and a port the system
//! picks: each test says how to answer each request, and reads back what
//! the client sent. Nothing leaves the machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Request {
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }
}

/// How to answer.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Waited before answering, to play a slow server.
    pub delay: Duration,
}

/// A body: bytes, or a long run of one byte written as it goes, with or
/// without a `Content-Length` saying how long.
pub enum Body {
    Bytes(Vec<u8>),
    Repeat {
        byte: u8,
        length: usize,
        declared: bool,
    },
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: Body::Bytes(body.into()),
            delay: Duration::ZERO,
        }
    }

    pub fn html(body: &str) -> Response {
        Response::new(200, "text/html; charset=utf-8", body)
    }

    pub fn redirect(to: &str) -> Response {
        let mut response = Response::new(302, "text/plain", "moved");
        response.headers.push(("Location".into(), to.into()));
        response
    }

    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// The running server; stops when dropped.
pub struct Server {
    port: u16,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Response + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (seen, stopping) = (Arc::clone(&requests), Arc::clone(&stop));
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (handler, seen) = (Arc::clone(&handler), Arc::clone(&seen));
                thread::spawn(move || serve(stream, &*handler, &seen));
            }
        });
        Server {
            port,
            requests,
            stop,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Every request so far, in the order they came.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accepting thread so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(stream: TcpStream, handler: &Handler, seen: &Mutex<Vec<Request>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    let request = Request { path, headers };
    seen.lock().unwrap().push(request.clone());
    let response = handler(&request);
    thread::sleep(response.delay);
    let mut stream = stream;
    let mut head = format!("HTTP/1.1 {} Test\r\nConnection: close\r\n", response.status);
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // The client may hang up midway (a body over its limit): not an error.
    let _ = match response.body {
        Body::Bytes(bytes) => {
            head.push_str(&format!("Content-Length: {}\r\n\r\n", bytes.len()));
            stream
                .write_all(head.as_bytes())
                .and_then(|()| stream.write_all(&bytes))
        }
        Body::Repeat {
            byte,
            length,
            declared,
        } => {
            if declared {
                head.push_str(&format!("Content-Length: {length}\r\n"));
            }
            head.push_str("\r\n");
            let chunk = vec![byte; 64 * 1024];
            stream.write_all(head.as_bytes()).and_then(|()| {
                (0..length.div_ceil(chunk.len())).try_for_each(|_| stream.write_all(&chunk))
            })
        }
    };
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}
