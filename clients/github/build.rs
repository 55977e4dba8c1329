//! Compiles `specs/github.yaml` into the client this crate includes.

fn main() {
    connector_codegen::build("../../specs/github.yaml");
}
