//! `docs/codes.md`: the whole table as Markdown, one section a class. The
//! table rows are the command's own Markdown format, so there is one
//! renderer.

use sipstatus::{Language, StatusClass};
use sipstatus_cli::render::{markdown, select};

pub(crate) fn render() -> String {
    let mut out = crate::banner("<!--").trim_end().to_owned();
    out.push_str(" -->\n\n# SIP response codes\n\n");
    out.push_str(
        "Every code sipstatus knows, in code order. *Status* is the code's standing in the IANA \
         registry: `registered`, `deprecated`, `obsolete` (RFC 2543 only, never registered) or \
         `non-standard` (sipstatus's own local code, never sent on the wire). The same table is \
         `sipstatus list --format markdown`.\n",
    );
    for class in StatusClass::ALL {
        let entries = select(Some(class));
        if entries.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {} {}\n\n", class.range(), class.label()));
        out.push_str(&markdown(entries, Language::English));
    }
    out
}
