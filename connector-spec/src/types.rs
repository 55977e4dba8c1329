//! Type expressions: the small language fields, bodies and responses use to
//! name a type (`string`, `list<Email>`, `Resource<CustomerAttributes>`).

/// Built-in scalar types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prim {
    /// `string`
    String,
    /// `boolean`
    Bool,
    /// `integer` (64-bit signed) and `i64`
    I64,
    /// `i32`
    I32,
    /// `u32`
    U32,
    /// `u64`
    U64,
    /// `number` (64-bit float) and `f64`
    F64,
    /// `date-time`: RFC 3339
    DateTime,
    /// `date`: `YYYY-MM-DD`
    Date,
    /// `json`: any JSON value
    Json,
    /// `secret`: a string never shown in `Debug` or logs
    Secret,
}

/// A parsed type expression.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeExpr {
    Prim(Prim),
    /// `list<T>`
    List(Box<TypeExpr>),
    /// `map<T>`: string keys
    Map(Box<TypeExpr>),
    /// A named type, with arguments when it is generic: `Resource<CustomerAttributes>`.
    Named { name: String, args: Vec<TypeExpr> },
    /// A type parameter of the enclosing generic type.
    Param(String),
}
