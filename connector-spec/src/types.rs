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
    /// A built-in scalar.
    Prim(Prim),
    /// `list<T>`
    List(Box<TypeExpr>),
    /// `map<T>`: string keys
    Map(Box<TypeExpr>),
    /// A named type, with arguments when it is generic: `Resource<CustomerAttributes>`.
    Named {
        /// The key of the type under `types`.
        name: String,
        /// One argument per type parameter; empty for a type without any.
        args: Vec<TypeExpr>,
    },
    /// A type parameter of the enclosing generic type.
    Param(String),
}

/// Deepest nesting of `<…>` a type expression may have; guards the recursive
/// parser against hostile input such as `list<list<list<…>>>` repeated.
const MAX_NESTING: usize = 32;

/// Why a type expression did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeExprError {
    /// Byte offset in the expression where the problem is.
    pub offset: usize,
    /// What went wrong, lower case, saying what was expected.
    pub message: String,
}

impl std::fmt::Display for TypeExprError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at offset {})", self.message, self.offset)
    }
}

impl std::error::Error for TypeExprError {}

impl Prim {
    /// Every built-in type with the name a spec uses for it.
    pub const NAMES: &'static [(&'static str, Prim)] = &[
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

    /// The built-in type a spec names `name`, if any.
    ///
    /// ```
    /// # use connector_spec::types::Prim;
    /// assert_eq!(Prim::from_name("integer"), Some(Prim::I64));
    /// assert_eq!(Prim::from_name("Customer"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Prim> {
        Prim::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, prim)| *prim)
    }

    /// The canonical spec name of this type.
    pub fn name(self) -> &'static str {
        match self {
            Prim::String => "string",
            Prim::Bool => "boolean",
            Prim::I64 => "integer",
            Prim::I32 => "i32",
            Prim::U32 => "u32",
            Prim::U64 => "u64",
            Prim::F64 => "number",
            Prim::DateTime => "date-time",
            Prim::Date => "date",
            Prim::Json => "json",
            Prim::Secret => "secret",
        }
    }
}

impl std::fmt::Display for TypeExpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeExpr::Prim(prim) => f.write_str(prim.name()),
            TypeExpr::List(inner) => write!(f, "list<{inner}>"),
            TypeExpr::Map(inner) => write!(f, "map<{inner}>"),
            TypeExpr::Param(name) => f.write_str(name),
            TypeExpr::Named { name, args } => {
                f.write_str(name)?;
                if !args.is_empty() {
                    f.write_str("<")?;
                    for (i, arg) in args.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "{arg}")?;
                    }
                    f.write_str(">")?;
                }
                Ok(())
            }
        }
    }
}

impl TypeExpr {
    /// Replaces every type parameter named in `params` by the matching
    /// argument in `args`; parameters without an argument stay as they are.
    pub fn substitute(&self, params: &[String], args: &[TypeExpr]) -> TypeExpr {
        match self {
            TypeExpr::Param(name) => params
                .iter()
                .position(|p| p == name)
                .and_then(|i| args.get(i))
                .cloned()
                .unwrap_or_else(|| self.clone()),
            TypeExpr::List(inner) => TypeExpr::List(Box::new(inner.substitute(params, args))),
            TypeExpr::Map(inner) => TypeExpr::Map(Box::new(inner.substitute(params, args))),
            TypeExpr::Named { name, args: inner } => TypeExpr::Named {
                name: name.clone(),
                args: inner.iter().map(|a| a.substitute(params, args)).collect(),
            },
            TypeExpr::Prim(_) => self.clone(),
        }
    }
}

/// Parses a type expression. A bare identifier that is in `params` is a type
/// parameter.
///
/// Grammar: `string|boolean|integer|i32|i64|u32|u64|number|f64|date-time|date|json|secret`,
/// `list<T>`, `map<T>`, `Name`, `Name<T, U>`. Whitespace is allowed around
/// `<`, `>` and `,`.
///
/// ```
/// # use connector_spec::types::{parse, Prim, TypeExpr};
/// let expr = parse("list< Page<T> >", &["T".to_owned()]).unwrap();
/// assert_eq!(expr.to_string(), "list<Page<T>>");
/// assert!(parse("list<", &[]).is_err());
/// ```
pub fn parse(text: &str, params: &[String]) -> Result<TypeExpr, TypeExprError> {
    let mut parser = ExprParser {
        text,
        pos: 0,
        params,
    };
    parser.skip_space();
    if parser.pos == text.len() {
        return Err(parser.error("expected a type expression, found nothing"));
    }
    let expr = parser.expr(0)?;
    parser.skip_space();
    if parser.pos < text.len() {
        let rest = parser.peek().unwrap_or(' ');
        return Err(parser.error(format!(
            "expected the end of the type expression, found `{rest}`"
        )));
    }
    Ok(expr)
}

struct ExprParser<'a> {
    text: &'a str,
    pos: usize,
    params: &'a [String],
}

impl ExprParser<'_> {
    fn error(&self, message: impl Into<String>) -> TypeExprError {
        TypeExprError {
            offset: self.pos,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.pos += c.len_utf8();
        }
    }

    fn eat(&mut self, want: char) -> bool {
        self.skip_space();
        if self.peek() == Some(want) {
            self.pos += want.len_utf8();
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Result<&str, TypeExprError> {
        self.skip_space();
        let start = self.pos;
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        {
            self.pos += c.len_utf8();
        }
        if start == self.pos {
            let found = match self.peek() {
                Some(c) => format!("`{c}`"),
                None => "the end".to_owned(),
            };
            return Err(self.error(format!("expected a type name, found {found}")));
        }
        Ok(self.text.get(start..self.pos).unwrap_or_default())
    }

    fn expr(&mut self, depth: usize) -> Result<TypeExpr, TypeExprError> {
        if depth > MAX_NESTING {
            return Err(self.error(format!(
                "type expression nests deeper than {MAX_NESTING} levels"
            )));
        }
        let start = self.pos;
        let name = self.ident()?.to_owned();
        let args = if self.eat('<') {
            let mut args = vec![self.expr(depth + 1)?];
            while self.eat(',') {
                args.push(self.expr(depth + 1)?);
            }
            if !self.eat('>') {
                let found = match self.peek() {
                    Some(c) => format!("`{c}`"),
                    None => "the end".to_owned(),
                };
                return Err(self.error(format!("expected `,` or `>`, found {found}")));
            }
            args
        } else {
            Vec::new()
        };
        let count = args.len();
        let arity_error = |want: usize| TypeExprError {
            offset: start,
            message: format!(
                "`{name}` takes {want} type argument{}, found {count}",
                if want == 1 { "" } else { "s" },
            ),
        };
        match name.as_str() {
            "list" | "map" => {
                let mut args = args.into_iter();
                match (args.next(), args.next()) {
                    (Some(inner), None) if name == "list" => Ok(TypeExpr::List(Box::new(inner))),
                    (Some(inner), None) => Ok(TypeExpr::Map(Box::new(inner))),
                    _ => Err(arity_error(1)),
                }
            }
            _ => {
                if let Some(prim) = Prim::from_name(&name) {
                    return if args.is_empty() {
                        Ok(TypeExpr::Prim(prim))
                    } else {
                        Err(arity_error(0))
                    };
                }
                if self.params.contains(&name) {
                    return if args.is_empty() {
                        Ok(TypeExpr::Param(name))
                    } else {
                        Err(arity_error(0))
                    };
                }
                Ok(TypeExpr::Named { name, args })
            }
        }
    }
}
