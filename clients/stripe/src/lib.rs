#![doc = include_str!(concat!(env!("OUT_DIR"), "/stripe.md"))]
include!(concat!(env!("OUT_DIR"), "/stripe.rs"));
