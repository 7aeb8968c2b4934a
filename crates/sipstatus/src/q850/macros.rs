//! The macro that turns the rows of `q850/table.rs` into the cause table.
//!
//! One row yields the associated constant (`Cause::USER_BUSY`, with its
//! documentation and a doc test) and the [`CauseEntry`](crate::q850::CauseEntry).
//! Nothing else in the crate lists causes; the per-value index is computed
//! from the entries when the crate is compiled.

macro_rules! q850_cause_table {
    ($(
        $value:literal $name:ident $q850_name:literal {
            refs: [$($refs:literal),* $(,)?],
            en: $en:literal,
            de: $de:literal $(,)?
        }
    )*) => {
        impl crate::q850::Cause {
            $(
                #[doc = concat!("Cause ", stringify!($value), " \"", $q850_name, "\": ", $en)]
                #[doc = ""]
                #[doc = concat!("Defined in ", q850_cause_table!(@joined $($refs),*), ".")]
                #[doc = ""]
                #[doc = "```"]
                #[doc = concat!(
                    "assert_eq!(sipstatus::q850::Cause::", stringify!($name), ", ",
                    stringify!($value), ");"
                )]
                #[doc = concat!(
                    "assert_eq!(sipstatus::q850::Cause::", stringify!($name),
                    ".name(), Some(\"", $q850_name, "\"));"
                )]
                #[doc = "```"]
                pub const $name: crate::q850::Cause = crate::q850::Cause::from_table($value);
            )*
        }

        /// How many causes the table holds.
        pub(crate) const COUNT: usize = [$($value),*].len();

        /// The rows as a constant, for the index computed at compile time.
        pub(crate) const ENTRY_ARRAY: [crate::q850::CauseEntry; COUNT] = [$(
            crate::q850::CauseEntry {
                cause: crate::q850::Cause::$name,
                name: crate::entry::Text::new(concat!(stringify!($name), "\0")),
                q850_name: crate::entry::Text::new(concat!($q850_name, "\0")),
                references: &[$($refs),*],
                reference: crate::entry::Text::new(concat!(q850_cause_table!(@joined $($refs),*), "\0")),
                en: crate::entry::Text::new(concat!($en, "\0")),
                de: crate::entry::Text::new(concat!($de, "\0")),
            }
        ),*];
    };
    (@joined $first:literal $(, $rest:literal)*) => { concat!($first, $("; ", $rest,)*) };
}
