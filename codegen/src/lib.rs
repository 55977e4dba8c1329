//! Compiles a checked connector spec into formatted Rust.
