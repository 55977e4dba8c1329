//! Compiles `specs/kustomer.yaml` into the client this crate includes.

fn main() {
    connector_codegen::build("../specs/kustomer.yaml");
}
