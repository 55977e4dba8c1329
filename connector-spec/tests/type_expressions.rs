//! The type expression grammar: every built-in, generics, parameters,
//! whitespace, and errors that say where and what was expected.

use connector_spec::types::{TypeExprError, parse};
use connector_spec::{Prim, TypeExpr};

fn named(name: &str, args: Vec<TypeExpr>) -> TypeExpr {
    TypeExpr::Named {
        name: name.to_owned(),
        args,
    }
}

fn error(text: &str) -> TypeExprError {
    match parse(text, &[]) {
        Ok(expr) => panic!("`{text}` parsed as {expr:?}, expected an error"),
        Err(err) => err,
    }
}

#[test]
fn every_builtin_parses() {
    let expected = [
        ("string", Prim::String),
        ("boolean", Prim::Bool),
        ("integer", Prim::I64),
        ("i32", Prim::I32),
        ("i64", Prim::I64),
        ("u32", Prim::U32),
        ("u64", Prim::U64),
        ("number", Prim::F64),
        ("f64", Prim::F64),
        ("date-time", Prim::DateTime),
        ("date", Prim::Date),
        ("json", Prim::Json),
        ("secret", Prim::Secret),
    ];
    for (text, prim) in expected {
        assert_eq!(parse(text, &[]), Ok(TypeExpr::Prim(prim)), "{text}");
    }
}

#[test]
fn lists_maps_and_generics_nest() {
    let params = ["T".to_owned()];
    assert_eq!(
        parse("map<list<Resource<Note, T>>>", &params),
        Ok(TypeExpr::Map(Box::new(TypeExpr::List(Box::new(named(
            "Resource",
            vec![named("Note", vec![]), TypeExpr::Param("T".to_owned())]
        ))))))
    );
}

#[test]
fn whitespace_is_allowed_around_brackets_and_commas() {
    let tight = parse("Pair<list<string>,Note>", &[]);
    let loose = parse("  Pair < list< string > ,  Note >  ", &[]);
    assert_eq!(tight, loose);
    assert_eq!(
        tight.map(|expr| expr.to_string()),
        Ok("Pair<list<string>, Note>".to_owned())
    );
}

#[test]
fn a_name_is_a_parameter_only_when_listed() {
    assert_eq!(
        parse("T", &["T".to_owned()]),
        Ok(TypeExpr::Param("T".to_owned()))
    );
    assert_eq!(parse("T", &[]), Ok(named("T", vec![])));
}

#[test]
fn substitute_replaces_parameters_with_arguments() {
    let params = ["A".to_owned(), "B".to_owned()];
    let expr = parse("map<Pair<B, list<A>>>", &params).expect("parses");
    let args = [TypeExpr::Prim(Prim::U32), named("Note", vec![])];
    assert_eq!(
        expr.substitute(&params, &args).to_string(),
        "map<Pair<Note, list<u32>>>"
    );
}

#[test]
fn errors_give_the_offset_and_what_was_expected() {
    let err = error("list<Note");
    assert_eq!(err.offset, 9);
    assert_eq!(err.message, "expected `,` or `>`, found the end");

    let err = error("list<>");
    assert_eq!(err.offset, 5);
    assert_eq!(err.message, "expected a type name, found `>`");

    let err = error("Note>");
    assert_eq!(err.offset, 4);
    assert_eq!(
        err.message,
        "expected the end of the type expression, found `>`"
    );

    let err = error("   ");
    assert_eq!(err.message, "expected a type expression, found nothing");

    let err = error("Note Other");
    assert_eq!(err.offset, 5);
    assert_eq!(
        err.message,
        "expected the end of the type expression, found `O`"
    );
}

#[test]
fn builtins_check_their_arity() {
    assert_eq!(
        error("list").message,
        "`list` takes 1 type argument, found 0"
    );
    assert_eq!(
        error("map<string, Note>").message,
        "`map` takes 1 type argument, found 2"
    );
    assert_eq!(
        error("string<Note>").message,
        "`string` takes 0 type arguments, found 1"
    );
    assert_eq!(
        parse("T<string>", &["T".to_owned()]).map_err(|e| e.message),
        Err("`T` takes 0 type arguments, found 1".to_owned())
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = format!("{}string{}", "list<".repeat(100_000), ">".repeat(100_000));
    let err = error(&text);
    assert!(err.message.contains("nests deeper than"), "{}", err.message);
}

#[test]
fn non_ascii_input_is_an_error_at_a_char_boundary() {
    let err = error("list<Ñote>");
    assert_eq!(err.offset, 5);
    assert_eq!(err.message, "expected a type name, found `Ñ`");
    assert!("list<Ñote>".is_char_boundary(err.offset));
    let err = error("Noteé");
    assert_eq!(
        err.message,
        "expected the end of the type expression, found `é`"
    );
}

#[test]
fn display_of_an_error_names_the_offset() {
    assert_eq!(
        error("list<").to_string(),
        "expected a type name, found the end (at offset 5)"
    );
}
