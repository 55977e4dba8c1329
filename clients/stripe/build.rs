//! Compiles `specs/stripe.yaml` into the client this crate includes.

fn main() {
    connector_codegen::build("../../specs/stripe.yaml");
}
