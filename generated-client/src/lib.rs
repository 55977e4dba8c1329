#![doc = include_str!(concat!(env!("OUT_DIR"), "/kustomer.md"))]
include!(concat!(env!("OUT_DIR"), "/kustomer.rs"));
