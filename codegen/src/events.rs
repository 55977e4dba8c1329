//! Emits the `webhooks` module: the signature scheme as a static, one `Event`
//! variant per event of the spec, and verify-then-parse.

use connector_spec::CheckedSpec;
use connector_spec::model::{Algorithm, Encoding, Locator};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::naming::Names;
use crate::types::rust_type;
use crate::{CodegenError, doc_attrs, doc_text, expr};

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

fn locator(locator: &Locator) -> TokenStream {
    let header = option_str(locator.header.as_deref());
    let pointer = option_str(locator.pointer.as_deref());
    quote! {
        ::connector_runtime::spec::Locator { header: #header, pointer: #pointer }
    }
}

/// `pub mod webhooks { .. }`, or nothing when the spec has no webhooks.
pub(crate) fn webhooks_module(
    spec: &CheckedSpec,
    names: &Names,
) -> Result<TokenStream, CodegenError> {
    let Some(webhooks) = &spec.spec.webhooks else {
        return Ok(TokenStream::new());
    };
    let title = &spec.spec.title;
    let signature = &webhooks.signature;

    let header = &signature.header;
    let algorithm = match signature.algorithm {
        Algorithm::HmacSha1 => quote!(HmacSha1),
        Algorithm::HmacSha256 => quote!(HmacSha256),
        Algorithm::HmacSha512 => quote!(HmacSha512),
    };
    let encoding = match signature.encoding {
        Encoding::Hex => quote!(Hex),
        Encoding::Base64 => quote!(Base64),
    };
    let prefix = option_str(signature.prefix.as_deref());
    let separator = option_str(signature.separator.as_deref());
    let signature_key = option_str(signature.signature_key.as_deref());
    let timestamp = match &signature.timestamp {
        Some(timestamp) => {
            let header = option_str(timestamp.header.as_deref());
            let key = option_str(timestamp.key.as_deref());
            let tolerance = Literal::u64_unsuffixed(timestamp.tolerance_seconds);
            quote!(Some(::connector_runtime::spec::TimestampSpec {
                header: #header,
                key: #key,
                tolerance_seconds: #tolerance,
            }))
        }
        None => quote!(None),
    };
    let payload = &signature.payload;
    let event_name = locator(&webhooks.event_name);
    let event_id = match &webhooks.event_id {
        Some(id) => {
            let id = locator(id);
            quote!(Some(#id))
        }
        None => quote!(None),
    };

    let mut variants = Vec::new();
    let mut name_arms = Vec::new();
    let mut parse_arms = Vec::new();
    for (name, event) in &webhooks.events {
        let variant = names.event_variant(name);
        let ty = expr(spec, &event.ty, || format!("webhooks.events.{name}.type"))?;
        let ty = rust_type(&ty, names, &quote!(super::types));
        let doc = doc_text(
            &[event.description.as_deref()],
            &format!("The `{name}` event."),
        ) + &format!("\n\nWire name: `{name}`.");
        let doc = doc_attrs(&doc);
        // Boxed so that one large payload does not make every event as large.
        variants.push(quote!(#doc #variant(Box<#ty>),));
        name_arms.push(quote!(Event::#variant(_) => #name,));
        parse_arms.push(quote! {
            #name => ::serde_json::from_slice::<#ty>(body)
                .map(|event| Event::#variant(Box::new(event)))
                .map_err(|source| decode_error(name, body, source)),
        });
    }
    let event_names = webhooks.events.keys();

    let spec_doc =
        format!("How the {title} API signs its webhook deliveries and names their events.");
    let spec_doc = doc_attrs(&spec_doc);
    let event_doc = format!(
        "A webhook delivery of the {title} API, decoded by its event name. New events the spec does not know yet arrive as `Unknown`."
    );
    let event_doc = doc_attrs(&event_doc);

    Ok(quote! {
        /// Webhook events: verify a delivery's signature over the raw body,
        /// then decode it into an [`Event`](webhooks::Event).
        pub mod webhooks {
            pub use ::connector_runtime::http::HeaderMap;
            pub use ::connector_runtime::webhook::{Deduplicator, Verifier, VerifyError, WebhookError};

            #spec_doc
            pub static SPEC: ::connector_runtime::spec::WebhookSpec =
                ::connector_runtime::spec::WebhookSpec {
                    signature: ::connector_runtime::spec::SignatureSpec {
                        header: #header,
                        algorithm: ::connector_runtime::spec::Algorithm::#algorithm,
                        encoding: ::connector_runtime::spec::Encoding::#encoding,
                        prefix: #prefix,
                        separator: #separator,
                        signature_key: #signature_key,
                        timestamp: #timestamp,
                        payload: #payload,
                    },
                    event_name: #event_name,
                    event_id: #event_id,
                };

            /// The wire names of every event the spec declares.
            pub const EVENT_NAMES: &[&str] = &[#(#event_names),*];

            #event_doc
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum Event {
                #(#variants)*
                /// An event this spec does not declare, kept as raw JSON.
                Unknown {
                    /// The event name as delivered.
                    name: String,
                    /// The whole delivery body.
                    body: ::serde_json::Value,
                },
            }

            impl Event {
                /// The wire name of the event.
                pub fn name(&self) -> &str {
                    match self {
                        #(#name_arms)*
                        Event::Unknown { name, .. } => name,
                    }
                }

                /// Decodes a body whose event name is already known (from a
                /// header, or a queue that stored it). An unknown name gives
                /// `Unknown`; a body that does not decode gives
                /// `WebhookError::Decode`, which keeps the body.
                pub fn from_parts(name: &str, body: &[u8]) -> Result<Event, WebhookError> {
                    match name {
                        #(#parse_arms)*
                        _ => ::serde_json::from_slice::<::serde_json::Value>(body)
                            .map(|value| Event::Unknown { name: name.to_owned(), body: value })
                            .map_err(|source| decode_error(name, body, source)),
                    }
                }

                /// Verifies the signature over the raw body, then finds the event
                /// name and decodes the body. Nothing is parsed before the
                /// signature checks out.
                pub fn verify_and_parse(
                    verifier: &Verifier,
                    headers: &::connector_runtime::http::HeaderMap,
                    body: &[u8],
                ) -> Result<Event, WebhookError> {
                    verifier.verify(headers, body).map_err(WebhookError::Verify)?;
                    Event::parse(headers, body)
                }

                /// Decodes a delivery whose signature has already been
                /// verified (by a receiver, say). The event name comes from the
                /// signed body where the spec locates it there; a header that
                /// disagrees with it is refused, since headers are not signed.
                pub fn parse(
                    headers: &::connector_runtime::http::HeaderMap,
                    body: &[u8],
                ) -> Result<Event, WebhookError> {
                    let name = ::connector_runtime::webhook::signed_event_name(&SPEC, headers, body)?;
                    Event::from_parts(&name, body)
                }

                /// The event name of a delivery, for routing before the body is
                /// parsed: from the header when the spec names one and it is
                /// present, else from the body. The header is not signed:
                /// decode with `parse` or `verify_and_parse`, which check it.
                pub fn event_name(
                    headers: &::connector_runtime::http::HeaderMap,
                    body: &[u8],
                ) -> Option<String> {
                    ::connector_runtime::webhook::event_name(&SPEC, headers, body)
                }

                /// The unique id of a delivery, for dropping duplicates, when the
                /// spec says where it is.
                pub fn event_id(
                    headers: &::connector_runtime::http::HeaderMap,
                    body: &[u8],
                ) -> Option<String> {
                    ::connector_runtime::webhook::event_id(&SPEC, headers, body)
                }
            }

            fn decode_error(name: &str, body: &[u8], source: ::serde_json::Error) -> WebhookError {
                WebhookError::Decode {
                    event: name.to_owned(),
                    body: ::connector_runtime::bytes::Bytes::copy_from_slice(body),
                    source,
                }
            }

            /// A verifier of this API's signatures. Several secrets may be
            /// given while one is being rotated.
            pub fn verifier(
                secrets: impl IntoIterator<Item = ::connector_runtime::Secret>,
            ) -> Verifier {
                Verifier::new(&SPEC, secrets)
            }
        }
    })
}
