//! Checks the spec files given as arguments and prints the diagnostics.

fn main() {
    for path in std::env::args().skip(1) {
        match connector_spec::load(&path) {
            Ok(checked) => {
                for warning in &checked.warnings {
                    println!("{warning}");
                }
                println!("{path}: ok");
            }
            Err(diagnostics) => println!("{diagnostics}"),
        }
    }
}
