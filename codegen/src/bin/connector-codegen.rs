//! The `connector-codegen` command line.

fn main() {}
