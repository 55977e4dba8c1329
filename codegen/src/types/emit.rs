//! Rust items for the named types: structs for objects, open enums with
//! hand-written serde, untagged and tagged unions, aliases.

use connector_spec::TypeExpr;
use connector_spec::model::{EnumLiteral, Field, TypeDef, Variants};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::analysis::{Catalog, Kind, MAX_INLINE_VARIANT_BYTES};
use super::rust_type;
use crate::naming::Names;

/// Name of the helper that reads an optional `json` field, emitted once in
/// the `types` module when a field needs it.
pub const PRESENT_JSON_FN: &str = "deserialize_present_json";

/// Whether some object of the spec has an optional, non-nullable `json`
/// field, which reads through `PRESENT_JSON_FN`.
pub fn needs_present_json(
    catalog: &Catalog<'_>,
    types: &indexmap::IndexMap<String, TypeDef>,
) -> bool {
    types.iter().any(|(name, def)| {
        catalog.kind(name) == Kind::Object
            && def.fields.iter().flatten().any(|(_, field)| {
                !field.required
                    && !field.nullable
                    && catalog.expr(&field.ty, &def.params)
                        == TypeExpr::Prim(connector_spec::Prim::Json)
            })
    })
}

/// The helper behind `PRESENT_JSON_FN`: a present field is `Some`, even
/// when it is `null`; an absent one stays `None` through `#[serde(default)]`.
pub fn present_json_fn() -> TokenStream {
    let ident = Ident::new(PRESENT_JSON_FN, proc_macro2::Span::call_site());
    quote! {
        /// Reads an optional `json` field so that a present `null` is
        /// `Some(Value::Null)` and stays apart from an absent field.
        fn #ident<'de, __D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Option<::serde_json::Value>, __D::Error> {
            <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer).map(Some)
        }
    }
}

/// The item (and its impls) for one named type.
pub fn type_item(catalog: &Catalog<'_>, names: &Names, name: &str, def: &TypeDef) -> TokenStream {
    let ident = names.type_ident(name);
    let item = Item {
        catalog,
        names,
        name,
        def,
        generics: def
            .params
            .iter()
            .enumerate()
            .filter(|(index, _)| names.keeps_param(name, *index))
            .map(|(_, param)| names.type_param(param))
            .collect(),
        ident,
    };
    match catalog.kind(name) {
        Kind::Object => item.object(),
        Kind::StringEnum => item.string_enum(),
        Kind::IntegerEnum => item.integer_enum(),
        Kind::Tagged => item.tagged_union(),
        Kind::Untagged => item.untagged_union(),
        Kind::Alias => item.alias(),
        Kind::Newtype => item.newtype(),
    }
}

/// One named type being emitted.
struct Item<'a> {
    catalog: &'a Catalog<'a>,
    names: &'a Names,
    name: &'a str,
    def: &'a TypeDef,
    ident: Ident,
    generics: Vec<Ident>,
}

impl Item<'_> {
    fn expr(&self, text: &str) -> TypeExpr {
        self.catalog.expr(text, &self.def.params)
    }

    /// `<A, B>`, or nothing.
    fn generics(&self) -> TokenStream {
        let params = &self.generics;
        if params.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#params),*>)
        }
    }

    /// Explicit serde bounds for generic types: serde's own inference adds
    /// `Default` bounds for `#[serde(default)]` fields, which no caller
    /// wants.
    fn serde_bounds(&self) -> TokenStream {
        if self.generics.is_empty() {
            return TokenStream::new();
        }
        let serialize = self
            .generics
            .iter()
            .map(|p| format!("{p}: ::serde::Serialize"))
            .collect::<Vec<_>>()
            .join(", ");
        let deserialize = self
            .generics
            .iter()
            .map(|p| format!("{p}: ::serde::Deserialize<'de>"))
            .collect::<Vec<_>>()
            .join(", ");
        quote!(#[serde(bound(serialize = #serialize, deserialize = #deserialize))])
    }

    fn docs(&self, fallback: String) -> TokenStream {
        docs(self.def.description.as_deref(), &fallback)
    }

    fn object(&self) -> TokenStream {
        let ident = &self.ident;
        let generics = self.generics();
        let docs = self.docs(format!("The `{}` object.", self.name));
        let default = if self.catalog.derives_default(self.name) {
            quote!(Default,)
        } else {
            TokenStream::new()
        };
        let bounds = self.serde_bounds();

        let mut fields: Vec<TokenStream> = self
            .def
            .fields
            .iter()
            .flatten()
            .map(|(wire, field)| self.field(wire, field))
            .collect();
        if !self.def.closed {
            let extra = self.names.extra_ident(self.name);
            fields.push(quote! {
                /// Fields this spec does not name, kept as received so that
                /// they survive a round trip.
                #[serde(flatten)]
                pub #extra: ::serde_json::Map<String, ::serde_json::Value>,
            });
        }

        let constructor = self.constructor();
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
            #bounds
            pub struct #ident #generics {
                #(#fields)*
            }
            #constructor
        }
    }

    /// `new(required fields…)`, leaving every optional field absent: the way
    /// to build a request body whose required fields have no default. Types
    /// with more required fields than clippy accepts as arguments get none;
    /// a struct literal reads better there anyway.
    fn constructor(&self) -> TokenStream {
        const MAX_ARGUMENTS: usize = 7;
        let fields: Vec<(&String, &Field)> = self.def.fields.iter().flatten().collect();
        let required = fields.iter().filter(|(_, field)| field.required).count();
        if required == 0 || required > MAX_ARGUMENTS {
            return TokenStream::new();
        }

        let mut params = Vec::new();
        let mut values = Vec::new();
        let mut documented = Vec::new();
        for (wire, field) in fields {
            let ident = self.names.field_ident(self.name, wire);
            if !field.required {
                values.push(quote!(#ident: None));
                continue;
            }
            documented.push(format!("`{wire}`"));
            let expr = self.expr(&field.ty);
            let ty = rust_type(&expr, self.names, &TokenStream::new());
            let boxed = self.catalog.closes_cycle(self.name, &expr);
            let is_string = expr == TypeExpr::Prim(connector_spec::Prim::String);
            match (field.nullable, boxed) {
                (true, true) => {
                    params.push(quote!(#ident: Option<#ty>));
                    values.push(quote!(#ident: #ident.map(Box::new)));
                }
                (true, false) => {
                    params.push(quote!(#ident: Option<#ty>));
                    values.push(quote!(#ident));
                }
                (false, true) => {
                    params.push(quote!(#ident: #ty));
                    values.push(quote!(#ident: Box::new(#ident)));
                }
                (false, false) if is_string => {
                    params.push(quote!(#ident: impl Into<String>));
                    values.push(quote!(#ident: #ident.into()));
                }
                (false, false) => {
                    params.push(quote!(#ident: #ty));
                    values.push(quote!(#ident));
                }
            }
        }
        if !self.def.closed {
            let extra = self.names.extra_ident(self.name);
            values.push(quote!(#extra: ::serde_json::Map::new()));
        }

        let ident = &self.ident;
        let generics = self.generics();
        let doc = format!(
            " Builds the `{}` object from its required fields ({}); every optional field is absent.",
            self.name,
            documented.join(", ")
        );
        // The constructor must name deprecated fields to leave them absent.
        let allow = if self.def.fields.iter().flatten().any(|(_, f)| f.deprecated) {
            quote!(#[allow(deprecated)])
        } else {
            TokenStream::new()
        };
        quote! {
            impl #generics #ident #generics {
                #[doc = #doc]
                #allow
                pub fn new(#(#params),*) -> Self {
                    Self { #(#values),* }
                }
            }
        }
    }

    fn field(&self, wire: &str, field: &Field) -> TokenStream {
        let ident = self.names.field_ident(self.name, wire);
        let expr = self.expr(&field.ty);
        let mut ty = rust_type(&expr, self.names, &TokenStream::new());
        if self.catalog.closes_cycle(self.name, &expr) {
            ty = quote!(Box<#ty>);
        }
        let docs = docs(
            field.description.as_deref(),
            &if wire.is_empty() {
                "The field whose wire name is empty.".to_owned()
            } else {
                format!("The `{wire}` field.")
            },
        );
        let deprecated = if field.deprecated {
            quote!(#[deprecated])
        } else {
            TokenStream::new()
        };

        let mut serde = Vec::new();
        if unraw(&ident) != wire {
            serde.push(quote!(rename = #wire));
        }
        let ty = match (field.required, field.nullable) {
            (true, false) => ty,
            (true, true) => {
                serde.push(quote!(default));
                quote!(Option<#ty>)
            }
            (false, false) if expr == TypeExpr::Prim(connector_spec::Prim::Json) => {
                // `null` is a JSON value like any other: keep it apart from
                // an absent field.
                let helper = PRESENT_JSON_FN;
                serde.push(quote! {
                    default,
                    deserialize_with = #helper,
                    skip_serializing_if = "Option::is_none"
                });
                quote!(Option<#ty>)
            }
            (false, false) => {
                serde.push(quote!(default, skip_serializing_if = "Option::is_none"));
                quote!(Option<#ty>)
            }
            (false, true) => {
                serde.push(quote! {
                    default,
                    deserialize_with = "::connector_runtime::nullable::deserialize",
                    skip_serializing_if = "Option::is_none"
                });
                quote!(Option<::connector_runtime::Nullable<#ty>>)
            }
        };
        let serde = if serde.is_empty() {
            TokenStream::new()
        } else {
            quote!(#[serde(#(#serde),*)])
        };
        quote! {
            #docs
            #deprecated
            #serde
            pub #ident: #ty,
        }
    }

    /// Enum values in order, without repeats (the first of two equal values
    /// wins), each with its variant and doc comment.
    fn enum_values(&self) -> Vec<(EnumLiteral, Ident, TokenStream)> {
        let mut seen = Vec::new();
        let mut values = Vec::new();
        for value in self.def.values.iter().flatten() {
            if seen.contains(&value.value) {
                continue;
            }
            seen.push(value.value.clone());
            let key = match &value.value {
                EnumLiteral::String(text) => text.clone(),
                EnumLiteral::Integer(number) => number.to_string(),
            };
            let variant = self.names.variant_ident(self.name, &key);
            let fallback = if key.is_empty() {
                "The empty string.".to_owned()
            } else {
                format!("The value `{key}`.")
            };
            let docs = docs(value.description.as_deref(), &fallback);
            values.push((value.value.clone(), variant, docs));
        }
        values
    }

    fn string_enum(&self) -> TokenStream {
        let ident = &self.ident;
        let docs = self.docs(format!(
            "The values of `{}`; open to values added later.",
            self.name
        ));
        let values = self.enum_values();
        let wire: Vec<String> = values
            .iter()
            .map(|(literal, _, _)| match literal {
                EnumLiteral::String(text) => text.clone(),
                EnumLiteral::Integer(number) => number.to_string(),
            })
            .collect();
        let variants: Vec<&Ident> = values.iter().map(|(_, variant, _)| variant).collect();
        let variant_docs = values.iter().map(|(_, _, docs)| docs);
        let unknown = self.names_unknown();

        let as_str = if variants.is_empty() {
            quote!(let Self::#unknown(value) = self; value)
        } else {
            quote! {
                match self {
                    #(Self::#variants => #wire,)*
                    Self::#unknown(value) => value,
                }
            }
        };
        let from_str = if variants.is_empty() {
            quote!(Self::#unknown(value.to_owned()))
        } else {
            quote! {
                match value {
                    #(#wire => Self::#variants,)*
                    other => Self::#unknown(other.to_owned()),
                }
            }
        };
        let from_string = if variants.is_empty() {
            quote!(Self::#unknown(value))
        } else {
            quote! {
                match value.as_str() {
                    #(#wire => Self::#variants,)*
                    _ => Self::#unknown(value),
                }
            }
        };

        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #ident {
                #(#variant_docs #variants,)*
                /// A value this spec does not know, kept as received.
                #unknown(String),
            }

            impl #ident {
                /// The value as it is written on the wire.
                pub fn as_str(&self) -> &str {
                    #as_str
                }
            }

            impl From<&str> for #ident {
                fn from(value: &str) -> Self {
                    #from_str
                }
            }

            impl From<String> for #ident {
                fn from(value: String) -> Self {
                    #from_string
                }
            }

            impl ::std::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl ::serde::Serialize for #ident {
                fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> ::serde::Deserialize<'de> for #ident {
                fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                    <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
                }
            }
        }
    }

    fn names_unknown(&self) -> Ident {
        Ident::new(
            crate::naming::UNKNOWN_VARIANT,
            proc_macro2::Span::call_site(),
        )
    }

    fn integer_enum(&self) -> TokenStream {
        let ident = &self.ident;
        let docs = self.docs(format!(
            "The values of `{}`; open to values added later.",
            self.name
        ));
        let values = self.enum_values();
        let numbers: Vec<i64> = values
            .iter()
            .map(|(literal, _, _)| match literal {
                EnumLiteral::Integer(number) => *number,
                EnumLiteral::String(_) => 0,
            })
            .collect();
        let variants: Vec<&Ident> = values.iter().map(|(_, variant, _)| variant).collect();
        let variant_docs = values.iter().map(|(_, _, docs)| docs);
        let unknown = self.names_unknown();

        let value = if variants.is_empty() {
            quote!(let Self::#unknown(value) = *self; value)
        } else {
            quote! {
                match self {
                    #(Self::#variants => #numbers,)*
                    Self::#unknown(value) => *value,
                }
            }
        };
        let from = if variants.is_empty() {
            quote!(Self::#unknown(value))
        } else {
            quote! {
                match value {
                    #(#numbers => Self::#variants,)*
                    other => Self::#unknown(other),
                }
            }
        };

        quote! {
            #docs
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #ident {
                #(#variant_docs #variants,)*
                /// A value this spec does not know, kept as received.
                #unknown(i64),
            }

            impl #ident {
                /// The value as it is written on the wire.
                pub fn value(&self) -> i64 {
                    #value
                }
            }

            impl From<i64> for #ident {
                fn from(value: i64) -> Self {
                    #from
                }
            }

            impl ::std::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Display::fmt(&self.value(), f)
                }
            }

            impl ::serde::Serialize for #ident {
                fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                    serializer.serialize_i64(self.value())
                }
            }

            impl<'de> ::serde::Deserialize<'de> for #ident {
                fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                    <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
                }
            }
        }
    }

    /// The Rust type of a union variant: boxed when it closes a cycle or is
    /// much larger than the others.
    fn variant_type(&self, expr: &TypeExpr) -> TokenStream {
        let ty = rust_type(expr, self.names, &TokenStream::new());
        let boxed = self.catalog.closes_cycle(self.name, expr)
            || (self.generics.is_empty() && self.catalog.size(expr) > MAX_INLINE_VARIANT_BYTES);
        if boxed { quote!(Box<#ty>) } else { ty }
    }

    fn untagged_union(&self) -> TokenStream {
        let ident = &self.ident;
        let generics = self.generics();
        let docs = self.docs(format!(
            "One of several shapes of `{}`, tried in order.",
            self.name
        ));
        let bounds = self.serde_bounds();
        let texts: Vec<&str> = match &self.def.variants {
            Some(Variants::Untagged(list)) => list.iter().map(String::as_str).collect(),
            Some(Variants::Tagged(map)) => map.values().map(String::as_str).collect(),
            None => Vec::new(),
        };
        let variants = texts.iter().enumerate().map(|(index, text)| {
            let variant = self.names.variant_ident(self.name, &index.to_string());
            let expr = self.expr(text);
            let ty = self.variant_type(&expr);
            let doc = format!(" The value as `{expr}`.");
            quote! {
                #[doc = #doc]
                #variant(#ty),
            }
        });
        let other = Ident::new(crate::naming::OTHER_VARIANT, proc_macro2::Span::call_site());
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
            #[serde(untagged)]
            #bounds
            pub enum #ident #generics {
                #(#variants)*
                /// A value that fits none of the shapes above, kept as received.
                #other(::serde_json::Value),
            }
        }
    }

    fn tagged_union(&self) -> TokenStream {
        let ident = &self.ident;
        let generics = self.generics();
        let params = &self.generics;
        let tag = self.def.tag.clone().unwrap_or_default();
        let docs = self.docs(format!(
            "One of several objects, told apart by their `{tag}` field."
        ));
        let unknown = self.names_unknown();
        let variants: Vec<(String, Ident, TypeExpr, TokenStream)> = match &self.def.variants {
            Some(Variants::Tagged(map)) => map
                .iter()
                .map(|(value, text)| {
                    let variant = self.names.variant_ident(self.name, value);
                    let expr = self.expr(text);
                    let ty = self.variant_type(&expr);
                    (value.clone(), variant, expr, ty)
                })
                .collect(),
            _ => Vec::new(),
        };

        let declarations = variants.iter().map(|(value, variant, expr, ty)| {
            let doc = format!(" The value as `{expr}`, when `{tag}` is `{value}`.");
            quote! {
                #[doc = #doc]
                #variant(#ty),
            }
        });
        let tag_arms = variants
            .iter()
            .map(|(value, variant, _, _)| quote!(Self::#variant(_) => Some(#value),));
        let serialize_arms = variants.iter().map(|(value, variant, _, _)| {
            quote!(Self::#variant(value) => (#value, ::serde_json::to_value(value)),)
        });
        let deserialize_arms = variants.iter().map(|(value, variant, expr, ty)| {
            let declares_tag = self
                .catalog
                .object_fields(expr)
                .is_some_and(|fields| fields.contains_key(&tag));
            let strip = if declares_tag {
                TokenStream::new()
            } else {
                quote! {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != #tag);
                    }
                }
            };
            let message = format!(
                "invalid `{}` variant of `{}`: {{error}}",
                escape_braces(value),
                escape_braces(self.name)
            );
            quote! {
                Some(#value) => {
                    #strip
                    <#ty as ::serde::Deserialize>::deserialize(value)
                        .map(Self::#variant)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(format_args!(#message)))
                }
            }
        });

        let (serialize_where, deserialize_where) = if params.is_empty() {
            (TokenStream::new(), TokenStream::new())
        } else {
            (
                quote!(where #(#params: ::serde::Serialize),*),
                quote!(where #(#params: ::serde::de::DeserializeOwned),*),
            )
        };
        let not_object = format!(
            "expected a variant of `{}` to serialize to an object",
            self.name
        );

        let serialize_body = if variants.is_empty() {
            quote! {
                let Self::#unknown(value) = self;
                ::serde::Serialize::serialize(value, serializer)
            }
        } else {
            quote! {
                use ::serde::ser::SerializeMap as _;
                let (tag, fields) = match self {
                    #(#serialize_arms)*
                    Self::#unknown(value) => return ::serde::Serialize::serialize(value, serializer),
                };
                let fields = match fields.map_err(<__S::Error as ::serde::ser::Error>::custom)? {
                    ::serde_json::Value::Object(fields) => fields,
                    _ => return Err(<__S::Error as ::serde::ser::Error>::custom(#not_object)),
                };
                let len = fields.len() + usize::from(!fields.contains_key(#tag));
                let mut map = serializer.serialize_map(Some(len))?;
                map.serialize_entry(#tag, tag)?;
                for (key, value) in &fields {
                    if key != #tag {
                        map.serialize_entry(key, value)?;
                    }
                }
                map.end()
            }
        };
        let deserialize_body = if variants.is_empty() {
            quote! {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer).map(Self::#unknown)
            }
        } else {
            quote! {
                let mut value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#tag).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#deserialize_arms)*
                    _ => Ok(Self::#unknown(value)),
                }
            }
        };
        let tag_body = if variants.is_empty() {
            quote! {
                let Self::#unknown(value) = self;
                value.get(#tag).and_then(::serde_json::Value::as_str)
            }
        } else {
            quote! {
                match self {
                    #(#tag_arms)*
                    Self::#unknown(value) => value.get(#tag).and_then(::serde_json::Value::as_str),
                }
            }
        };
        let tag_doc = format!(" The `{tag}` of this object, if it has one.");

        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq)]
            pub enum #ident #generics {
                #(#declarations)*
                /// An object whose tag this spec does not know (or that has
                /// none), kept as received.
                #unknown(::serde_json::Value),
            }

            impl #generics #ident #generics {
                #[doc = #tag_doc]
                pub fn tag(&self) -> Option<&str> {
                    #tag_body
                }
            }

            impl #generics ::serde::Serialize for #ident #generics #serialize_where {
                fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                    #serialize_body
                }
            }

            impl<'de, #(#params),*> ::serde::Deserialize<'de> for #ident #generics #deserialize_where {
                fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                    #deserialize_body
                }
            }
        }
    }

    fn alias(&self) -> TokenStream {
        let ident = &self.ident;
        let generics = self.generics();
        let target = match &self.def.alias {
            Some(text) => rust_type(&self.expr(text), self.names, &TokenStream::new()),
            None => quote!(::serde_json::Value),
        };
        let docs = self.docs(format!("Another name for `{}`.", alias_text(self.def)));
        quote! {
            #docs
            pub type #ident #generics = #target;
        }
    }

    fn newtype(&self) -> TokenStream {
        let ident = &self.ident;
        let generics = self.generics();
        let bounds = self.serde_bounds();
        let expr = self
            .def
            .alias
            .as_deref()
            .map(|text| self.expr(text))
            .unwrap_or(TypeExpr::Prim(connector_spec::Prim::Json));
        let mut target = rust_type(&expr, self.names, &TokenStream::new());
        if self.catalog.closes_cycle(self.name, &expr) {
            target = quote!(Box<#target>);
        }
        let docs = self.docs(format!("Another name for `{}`.", alias_text(self.def)));
        let default = if self.catalog.expr_has_default(&expr) {
            quote!(Default,)
        } else {
            TokenStream::new()
        };
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
            #[serde(transparent)]
            #bounds
            pub struct #ident #generics(pub #target);
        }
    }
}

fn alias_text(def: &TypeDef) -> String {
    def.alias.clone().unwrap_or_else(|| "json".to_owned())
}

/// `text` made safe inside a format string.
fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// The identifier as text, without `r#`.
fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// Doc attributes from a spec description, or `fallback` when there is none.
/// Lines are trimmed and code fences marked `text`, so that nothing in a
/// description becomes a doctest.
pub fn docs(description: Option<&str>, fallback: &str) -> TokenStream {
    let text = description
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .unwrap_or(fallback);
    let mut in_fence = false;
    let lines = text.lines().map(|line| {
        let line = line.trim();
        let line = if line.starts_with("```") {
            let opening = !in_fence;
            in_fence = !in_fence;
            if opening && line.trim_start_matches('`').is_empty() {
                format!(" {line}text")
            } else {
                format!(" {line}")
            }
        } else if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each `#[doc = "…"]` attribute.
    fn doc_lines(tokens: TokenStream) -> Vec<String> {
        let item: syn::ItemStruct = match syn::parse2(quote!(#tokens struct Documented;)) {
            Ok(item) => item,
            Err(error) => panic!("doc attributes do not parse: {error}"),
        };
        item.attrs
            .iter()
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(pair) => match &pair.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }) => Some(text.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    #[test]
    fn descriptions_never_become_doctests() {
        let description = "Runs a query.\n\n```\nlet x = 1;\n```\n\n    indented code";
        assert_eq!(
            doc_lines(docs(Some(description), "unused")),
            vec![
                " Runs a query.",
                "",
                " ```text",
                " let x = 1;",
                " ```",
                "",
                " indented code",
            ]
        );
    }

    #[test]
    fn a_missing_or_blank_description_uses_the_fallback() {
        assert_eq!(
            doc_lines(docs(None, "The `id` field.")),
            vec![" The `id` field."]
        );
        assert_eq!(
            doc_lines(docs(Some("  \n "), "Fallback.")),
            vec![" Fallback."]
        );
    }
}
