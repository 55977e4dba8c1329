//! Located diagnostics: what the checker reports about a spec, rendered the
//! way rustc renders its errors so that a user sees the offending line.

use std::fmt;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The spec cannot be compiled.
    Error,
    /// The spec compiles, but probably does not say what was meant.
    Warning,
}

/// One problem in a spec, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Display name of the source file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Key path of the offending value: `operations.get_customer.response.type`.
    pub path: String,
    /// What is wrong, lower case, saying what was expected.
    pub message: String,
    /// How to fix it, e.g. "did you mean `Customer`?".
    pub hint: Option<String>,
    /// The offending line, for the excerpt under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// Whether this diagnostic stops the spec from compiling.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Characters to underline from `column`: the scalar that starts there
    /// (quoted or plain), the name or placeholder inside a scalar, or one
    /// character.
    fn underline_len(&self) -> usize {
        self.source_line
            .as_deref()
            .map_or(1, |line| underline_len(line, self.column))
    }
}

/// How many characters of `line` the token at 1-based `column` spans.
fn underline_len(line: &str, column: usize) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let start = column.saturating_sub(1);
    let Some(&first) = chars.get(start) else {
        return 1;
    };
    let prev = start.checked_sub(1).and_then(|i| chars.get(i)).copied();
    let rest = chars.get(start..).unwrap_or_default();
    let run = |stop: &dyn Fn(char) -> bool| rest.iter().take_while(|&&c| !stop(c)).count();

    let at_value_start = prev.is_none_or(|p| matches!(p, ' ' | '\t' | '{' | '[' | ',' | '-' | '?'));
    if matches!(first, '"' | '\'') && at_value_start {
        let close = rest.iter().skip(1).position(|&c| c == first);
        return close.map_or(rest.len(), |i| i + 2);
    }
    if first == '{' && !at_value_start {
        return rest.iter().position(|&c| c == '}').map_or(1, |i| i + 1);
    }
    let is_name = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    if !at_value_start {
        return run(&|c| !is_name(c)).max(1);
    }
    if matches!(first, '{' | '[' | '|' | '>' | '&' | '*' | '!')
        || (first == '-' && rest.get(1).is_none_or(|&c| c == ' '))
    {
        return 1;
    }

    // A plain scalar ends at a comment or at `: `, and inside a flow
    // collection also at `,`, `}` and `]`.
    let in_flow = flow_depth(chars.get(..start).unwrap_or_default()) > 0;
    let mut len = rest.len();
    for (i, &c) in rest.iter().enumerate() {
        let next = rest.get(i + 1).copied();
        let ends = (c == ' ' && next == Some('#'))
            || (c == ':' && next.is_none_or(|n| n == ' '))
            || (in_flow && matches!(c, ',' | '}' | ']'));
        if ends {
            len = i;
            break;
        }
    }
    let text: String = rest.iter().take(len).collect();
    text.trim_end().chars().count().max(1)
}

/// How many flow collections (`{`, `[`) are open at the end of `prefix`,
/// ignoring brackets inside quotes.
fn flow_depth(prefix: &[char]) -> usize {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for &c in prefix {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let width = self.line.to_string().len();
        let pad = " ".repeat(width);
        writeln!(
            f,
            "{}--> {}:{}:{}",
            " ".repeat(width.saturating_sub(1).max(1)),
            self.file,
            self.line,
            self.column
        )?;
        if let Some(source) = &self.source_line {
            writeln!(f, "{pad} |")?;
            writeln!(f, "{} | {}", self.line, source.trim_end())?;
            // Tabs stay tabs so that the carets line up under the excerpt.
            let indent: String = source
                .chars()
                .chain(std::iter::repeat(' '))
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} | {indent}{}", "^".repeat(self.underline_len()))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = help: {hint}")?;
        }
        if !self.path.is_empty() {
            writeln!(f, "{pad} = at: {}", self.path)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Every diagnostic of one failed check, errors and warnings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// How many of the diagnostics are errors.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.0 {
            writeln!(f, "{diagnostic}")?;
        }
        let errors = self.error_count();
        let file = self.0.first().map_or("spec", |d| d.file.as_str());
        write!(
            f,
            "error: could not check `{file}`: {errors} error{}",
            if errors == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for Diagnostics {}
