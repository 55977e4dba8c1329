//! The `types` module of a generated crate: one Rust item per named type of
//! the spec (objects, open enums, unions, aliases), with serde that keeps
//! what it does not know.
//!
//! - Objects are structs. An optional field is `Option<T>`, skipped when
//!   `None`; optional and nullable is `Option<Nullable<T>>` (absent, `null`
//!   and a value are three states); required and nullable is `Option<T>`
//!   written as `null`. Unless `closed`, unknown fields land in a flattened
//!   map. `Default` is derived when every required field has one.
//! - Enums are open: an `Unknown` variant keeps a value added later, and
//!   serde is written by hand so that it round-trips.
//! - Untagged unions try their variants in order, then keep the raw JSON in
//!   `Other`; tagged unions pick a variant by their tag field and keep an
//!   unknown tag in `Unknown`.
//! - A field or variant that contains its own type without a list or map in
//!   between is boxed, and so is an enum variant much larger than the rest.

mod analysis;
mod emit;

use connector_spec::{CheckedSpec, Prim, TypeExpr};
use proc_macro2::TokenStream;
use quote::quote;

use crate::naming::Names;

/// The Rust type for a type expression, as seen from inside the generated
/// `types` module (`types_path` = `quote!(super::types)` when used from
/// another module, or empty).
pub fn rust_type(expr: &TypeExpr, names: &Names, types_path: &TokenStream) -> TokenStream {
    match expr {
        TypeExpr::Prim(prim) => prim_type(*prim),
        TypeExpr::List(inner) => {
            let inner = rust_type(inner, names, types_path);
            quote!(Vec<#inner>)
        }
        TypeExpr::Map(inner) => {
            let inner = rust_type(inner, names, types_path);
            quote!(::std::collections::BTreeMap<String, #inner>)
        }
        TypeExpr::Named { name, args } => {
            let ident = names.type_ident(name);
            let path = if types_path.is_empty() {
                quote!(#ident)
            } else {
                quote!(#types_path::#ident)
            };
            let args: Vec<TokenStream> = args
                .iter()
                .enumerate()
                .filter(|(index, _)| names.keeps_param(name, *index))
                .map(|(_, arg)| rust_type(arg, names, types_path))
                .collect();
            if args.is_empty() {
                path
            } else {
                quote!(#path<#(#args),*>)
            }
        }
        TypeExpr::Param(param) => {
            let ident = names.type_param(param);
            quote!(#ident)
        }
    }
}

fn prim_type(prim: Prim) -> TokenStream {
    match prim {
        Prim::String => quote!(String),
        Prim::Bool => quote!(bool),
        Prim::I64 => quote!(i64),
        Prim::I32 => quote!(i32),
        Prim::U32 => quote!(u32),
        Prim::U64 => quote!(u64),
        Prim::F64 => quote!(f64),
        Prim::DateTime => quote!(::connector_runtime::DateTime),
        Prim::Date => quote!(::connector_runtime::Date),
        Prim::Json => quote!(::serde_json::Value),
        Prim::Secret => quote!(::connector_runtime::Secret),
    }
}

/// `pub mod types { ... }` with every named type, in the order of the spec.
pub fn types_module(spec: &CheckedSpec, names: &Names) -> TokenStream {
    let catalog = analysis::Catalog::new(spec);
    let items = spec
        .spec
        .types
        .iter()
        .map(|(name, def)| emit::type_item(&catalog, names, name, def));
    let helper = if emit::needs_present_json(&catalog, &spec.spec.types) {
        emit::present_json_fn()
    } else {
        TokenStream::new()
    };
    quote! {
        /// Models: the objects, enums and unions the API sends and receives.
        pub mod types {
            #(#items)*
            #helper
        }
    }
}
