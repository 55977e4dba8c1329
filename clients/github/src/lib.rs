#![doc = include_str!(concat!(env!("OUT_DIR"), "/github.md"))]
include!(concat!(env!("OUT_DIR"), "/github.rs"));
