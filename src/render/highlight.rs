//! A small Python lexer for syntax highlighting: keywords, builtins, strings, numbers, comments, decorators and
//! the rest. It never fails: whatever it does not recognise is plain text, and the tokens always add up to the
//! input, so the code shown is exactly the code the answer key was checked against.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Keyword,
    Builtin,
    String,
    Number,
    Comment,
    Decorator,
    Plain,
}

impl TokenKind {
    /// The CSS class the UI gives the token.
    pub fn class(self) -> &'static str {
        match self {
            TokenKind::Keyword => "tok-kw",
            TokenKind::Builtin => "tok-bi",
            TokenKind::String => "tok-str",
            TokenKind::Number => "tok-num",
            TokenKind::Comment => "tok-com",
            TokenKind::Decorator => "tok-dec",
            TokenKind::Plain => "tok",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub text: String,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case",
];

const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "int",
    "str",
    "float",
    "list",
    "dict",
    "set",
    "tuple",
    "bool",
    "type",
    "isinstance",
    "super",
    "object",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "sum",
    "min",
    "max",
    "abs",
    "any",
    "all",
    "iter",
    "next",
    "open",
    "repr",
    "hasattr",
    "getattr",
    "setattr",
    "frozenset",
    "bytes",
    "round",
    "id",
    "hash",
    "callable",
    "self",
    "cls",
];

/// Splits Python source into tokens, one line's tokens never spanning a newline except inside strings.
pub fn highlight(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            TokenKind::Comment
        } else if c == '@' && line_start {
            i += 1;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
            TokenKind::Decorator
        } else if let Some(end) = string_end(&chars, i) {
            i = end;
            TokenKind::String
        } else if c.is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
            TokenKind::Number
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if KEYWORDS.contains(&word.as_str()) {
                TokenKind::Keyword
            } else if BUILTINS.contains(&word.as_str()) || is_exception_name(&word) {
                TokenKind::Builtin
            } else {
                TokenKind::Plain
            }
        } else {
            i += 1;
            TokenKind::Plain
        };
        if !c.is_whitespace() {
            line_start = false;
        }
        if c == '\n' {
            line_start = true;
        }
        let text: String = chars[start..i].iter().collect();
        match tokens.last_mut() {
            Some(last) if last.kind == TokenKind::Plain && kind == TokenKind::Plain => {
                last.text.push_str(&text);
            }
            _ => tokens.push(Token { kind, text }),
        }
    }
    tokens
}

fn is_exception_name(word: &str) -> bool {
    (word.ends_with("Error") || word.ends_with("Exception"))
        && word.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Where a string literal starting at `i` (with any prefix such as `f`, `rb`) ends, or `None` if none starts.
fn string_end(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    while j < chars.len() && j - i < 2 && "rRbBfFuU".contains(chars[j]) {
        j += 1;
    }
    let quote = *chars.get(j)?;
    if quote != '\'' && quote != '"' {
        return None;
    }
    if j > i && i > 0 && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let triple = chars.get(j + 1) == Some(&quote) && chars.get(j + 2) == Some(&quote);
    let mut k = if triple { j + 3 } else { j + 1 };
    while k < chars.len() {
        let c = chars[k];
        if c == '\\' {
            k += 2;
            continue;
        }
        if triple {
            if c == quote && chars.get(k + 1) == Some(&quote) && chars.get(k + 2) == Some(&quote) {
                return Some(k + 3);
            }
        } else if c == quote {
            return Some(k + 1);
        } else if c == '\n' {
            return Some(k);
        }
        k += 1;
    }
    Some(chars.len())
}
