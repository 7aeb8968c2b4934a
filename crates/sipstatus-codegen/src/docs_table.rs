//! `docs/codes.md`: the whole table as Markdown, for readers of the docs.

use sipstatus::{Language, StatusClass, entries};

/// Escapes the characters that would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

pub(crate) fn render() -> String {
    let mut out = crate::banner("<!--").trim_end().to_owned();
    out.push_str(" -->\n\n# SIP response codes\n\n");
    out.push_str(
        "Every code sipstatus knows, in code order. *Status* is the code's standing in the IANA \
         registry: `registered`, `deprecated`, `obsolete` (RFC 2543 only, never registered) or \
         `non-standard` (a local stack code, never sent on the wire).\n",
    );
    for class in StatusClass::ALL {
        let rows: Vec<_> = entries().iter().filter(|e| e.class() == class).collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {} {}\n\n", class.range(), class.label()));
        out.push_str("| Code | Phrase | Constant | Status | Reference | Aliases | Description |\n");
        out.push_str("|---:|---|---|---|---|---|---|\n");
        for entry in rows {
            out.push_str(&format!(
                "| {} | {} | `{}` | {} | {} | {} | {} |\n",
                entry.code().as_u16(),
                cell(entry.phrase()),
                entry.name(),
                entry.status(),
                cell(&entry.references().join("; ")),
                cell(&entry.aliases().join("; ")),
                cell(entry.description(Language::English)),
            ));
        }
    }
    out
}
