//! The macro that turns the rows of `table.rs` into the table.
//!
//! One row yields the associated constant (`StatusCode::BUSY_HERE`, with its
//! documentation and a doc test) and the [`Entry`](crate::Entry). Nothing
//! else in the crate lists codes; the per-code indexes are computed from the
//! entries when the crate is compiled.

macro_rules! sip_status_table {
    ($(
        $code:literal $name:ident $phrase:literal {
            status: $status:ident,
            refs: [$($refs:literal),* $(,)?],
            $(former: $former:literal,)?
            aliases: [$($alias:literal),* $(,)?],
            en: $en:literal,
            de: $de:literal $(,)?
        }
    )*) => {
        impl crate::StatusCode {
            $(
                #[doc = concat!("`", stringify!($code), " ", $phrase, "`: ", $en)]
                #[doc = ""]
                #[doc = sip_status_table!(@defined_in $($refs),*)]
                #[doc = ""]
                #[doc = "```"]
                #[doc = concat!(
                    "assert_eq!(sipstatus::StatusCode::", stringify!($name), ", ",
                    stringify!($code), ");"
                )]
                #[doc = concat!(
                    "assert_eq!(sipstatus::StatusCode::", stringify!($name),
                    ".reason_phrase(), Some(\"", $phrase, "\"));"
                )]
                #[doc = "```"]
                pub const $name: crate::StatusCode = crate::StatusCode::from_table($code);
            )*
        }

        /// How many entries the table holds.
        pub(crate) const COUNT: usize = [$($code),*].len();

        /// The rows as a constant, for the indexes computed at compile time.
        pub(crate) const ENTRY_ARRAY: [crate::Entry; COUNT] = [$(
            crate::Entry {
                code: crate::StatusCode::$name,
                name: crate::entry::Text::new(concat!(stringify!($name), "\0")),
                phrase: crate::entry::Text::new(concat!($phrase, "\0")),
                status: crate::RegistryStatus::$status,
                references: &[$($refs),*],
                reference: crate::entry::Text::new(sip_status_table!(@joined $($refs),*)),
                aliases: &[$($former,)? $($alias),*],
                has_former: sip_status_table!(@has_former $($former)?),
                en: crate::entry::Text::new(concat!($en, "\0")),
                de: crate::entry::Text::new(concat!($de, "\0")),
            }
        ),*];
    };
    (@defined_in) => { "Defined by no RFC." };
    (@defined_in $first:literal $(, $rest:literal)*) => {
        concat!("Defined in ", $first, $("; ", $rest,)* ".")
    };
    (@joined) => { "\0" };
    (@joined $first:literal $(, $rest:literal)*) => { concat!($first, $("; ", $rest,)* "\0") };
    (@has_former) => { false };
    (@has_former $former:literal) => { true };
}

/// A [`Text`](crate::entry::Text) from a literal without its NUL, built
/// when the crate is compiled: one literal serves as `&str` and `&CStr`.
macro_rules! text {
    ($text:literal) => {
        const { $crate::entry::Text::new(concat!($text, "\0")) }
    };
}
