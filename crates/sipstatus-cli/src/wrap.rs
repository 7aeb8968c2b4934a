//! Word wrapping for the terminal: the description column of `list` and the
//! values of `explain` wrap to the terminal's width; a pipe or a file gets
//! every line whole.

/// The narrowest column text is wrapped to, however narrow the terminal: a
/// column of a few characters would be harder to read than a long line.
///
/// ```
/// use sipstatus_cli::wrap::{MIN_COLUMN, hanging};
///
/// let text = hanging("a description that is long enough to wrap", 70, Some(80));
/// assert!(text.lines().all(|l| l.trim_start().chars().count() <= MIN_COLUMN));
/// ```
pub const MIN_COLUMN: usize = 20;

/// Splits `text` into lines of at most `width` characters, breaking at
/// spaces; a word longer than `width` stands alone on its line, unbroken.
/// White space between words becomes one space. `None` keeps the text on
/// one line.
///
/// ```
/// use sipstatus_cli::wrap::wrap;
///
/// assert_eq!(wrap("the callee is busy", Some(10)), ["the callee", "is busy"]);
/// assert_eq!(wrap("the callee is busy", None), ["the callee is busy"]);
/// assert_eq!(wrap("a §21.4.24-reference", Some(8)), ["a", "§21.4.24-reference"]);
/// ```
#[must_use]
pub fn wrap(text: &str, width: Option<usize>) -> Vec<String> {
    let Some(width) = width else {
        return vec![text.to_owned()];
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut length = 0;
    for word in text.split_whitespace() {
        let size = word.chars().count();
        if length > 0 && length + 1 + size > width {
            lines.push(std::mem::take(&mut line));
            length = 0;
        }
        if length > 0 {
            line.push(' ');
            length += 1;
        }
        line.push_str(word);
        length += size;
    }
    if length > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes `text` after a prefix of `indent` characters already on the line:
/// the first line follows the prefix, the others are indented by `indent`
/// spaces, and all fit in `width` columns (at least [`MIN_COLUMN`] for the
/// text). `None` writes the text on one line.
///
/// ```
/// use sipstatus_cli::wrap::hanging;
///
/// assert_eq!(
///     hanging("the callee is busy right now", 4, Some(26)),
///     "the callee is busy\n    right now"
/// );
/// assert_eq!(hanging("one line", 4, None), "one line");
/// ```
#[must_use]
pub fn hanging(text: &str, indent: usize, width: Option<usize>) -> String {
    let column = width.map(|w| w.saturating_sub(indent).max(MIN_COLUMN));
    wrap(text, column).join(&format!("\n{:indent$}", ""))
}

#[cfg(test)]
mod tests {
    use super::{hanging, wrap};

    #[test]
    fn no_line_is_wider_than_the_column_unless_a_word_is() {
        let text = "Der Angerufene ist erreicht, nimmt aber gerade keinen weiteren Anruf an.";
        for width in 1..80 {
            for line in wrap(text, Some(width)) {
                let count = line.chars().count();
                assert!(count <= width || !line.contains(' '), "{width}: {line:?}");
            }
            assert_eq!(
                wrap(text, Some(width)).join(" "),
                text,
                "nothing lost at {width}"
            );
        }
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", Some(10)), [""]);
        assert_eq!(hanging("", 4, Some(10)), "");
    }

    #[test]
    fn a_narrow_terminal_still_gets_a_readable_column() {
        let text = "word ".repeat(10);
        for line in hanging(text.trim(), 30, Some(35)).lines() {
            assert!(line.trim_start().chars().count() <= super::MIN_COLUMN);
        }
    }
}
