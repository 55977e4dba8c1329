//! Lazy streams over paged list operations, for every way a spec can say
//! where the next page is, with cycle detection.

use std::collections::HashSet;

use futures::{Stream, StreamExt, stream};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::Error;
use crate::spec::{NextPage, PagingSpec};
use crate::transport::{RawResponse, Request, RequestOptions, Transport, decode_error, parse_body};

/// Lazily fetches pages starting with `first`, following `spec`; each page
/// is decoded into `P`. A page is only requested when the stream is polled
/// past the previous one.
///
/// A next link or cursor seen before (A→B→A included) ends the stream with
/// [`Error::PagingCycle`]; a body or header link to another origin ends it
/// with [`Error::InvalidRequest`], so credentials never go to another host.
pub fn pages<P, E>(
    transport: Transport,
    first: Request,
    spec: &'static PagingSpec,
    options: RequestOptions,
) -> impl Stream<Item = Result<P, Error<E>>> + Send + 'static
where
    P: DeserializeOwned + Send + 'static,
    E: DeserializeOwned + Send + 'static,
{
    raw_pages::<E>(transport, first, spec, options).then(|page| async move {
        let page = page?;
        match parse_body(&page.response.body) {
            Ok(decoded) => Ok(decoded),
            Err(source) => Err(decode_error(page.response, source)),
        }
    })
}

/// Flattens pages into items: the array at `spec.items` of every page, each
/// element decoded into `I`.
pub fn items<I, E>(
    transport: Transport,
    first: Request,
    spec: &'static PagingSpec,
    options: RequestOptions,
) -> impl Stream<Item = Result<I, Error<E>>> + Send + 'static
where
    I: DeserializeOwned + Send + 'static,
    E: DeserializeOwned + Send + 'static,
{
    raw_pages::<E>(transport, first, spec, options)
        .map(move |page| {
            let decoded: Vec<Result<I, Error<E>>> = match page {
                Ok(page) => page_items(spec, &page),
                Err(error) => vec![Err(error)],
            };
            stream::iter(decoded)
        })
        .flatten()
}

/// Why paging stopped early, turned into an [`Error`] when yielded.
enum Stop {
    Cycle(String),
    Invalid(String),
}

impl Stop {
    fn into_error<E>(self) -> Error<E> {
        match self {
            Stop::Cycle(token) => Error::PagingCycle { token },
            Stop::Invalid(message) => Error::InvalidRequest { message },
        }
    }
}

/// One fetched page: the response and its parsed body.
struct Page {
    response: RawResponse,
    value: Value,
}

struct Cursor {
    transport: Transport,
    spec: &'static PagingSpec,
    options: RequestOptions,
    first: Request,
    next: Option<Request>,
    /// Links and cursors already followed, for cycle detection.
    seen: HashSet<String>,
    page_number: u64,
    /// Why paging must stop, found after a page was fetched: yielded after
    /// that page.
    pending: Option<Stop>,
}

fn raw_pages<E>(
    transport: Transport,
    first: Request,
    spec: &'static PagingSpec,
    options: RequestOptions,
) -> impl Stream<Item = Result<Page, Error<E>>> + Send + 'static
where
    E: DeserializeOwned + Send + 'static,
{
    let mut first = first;
    let mut page_number = 0;
    if let NextPage::PageNumber { param, start } = spec.next {
        page_number = first
            .query_value(param)
            .and_then(|value| value.parse().ok())
            .unwrap_or(start);
        first = first.set_query(param, page_number.to_string());
    }
    let mut seen = HashSet::new();
    if matches!(spec.next, NextPage::BodyLink { .. } | NextPage::LinkHeader) {
        if let Some(url) = transport.plain_url(&first) {
            seen.insert(transport.without_credential(&url));
        }
    }
    let cursor = Cursor {
        transport,
        spec,
        options,
        first: first.clone(),
        next: Some(first),
        seen,
        page_number,
        pending: None,
    };
    stream::unfold(cursor, |mut cursor| async move {
        if let Some(stop) = cursor.pending.take() {
            return Some((Err(stop.into_error()), cursor));
        }
        let request = cursor.next.take()?;
        let fetched = fetch::<E>(&cursor.transport, &cursor.options, &request).await;
        match fetched {
            Ok(page) => {
                match next_request(&mut cursor, &request, &page) {
                    Ok(next) => cursor.next = next,
                    Err(stop) => cursor.pending = Some(stop),
                }
                Some((Ok(page), cursor))
            }
            Err(error) => Some((Err(error), cursor)),
        }
    })
}

async fn fetch<E: DeserializeOwned>(
    transport: &Transport,
    options: &RequestOptions,
    request: &Request,
) -> Result<Page, Error<E>> {
    let response = transport.send_raw::<E>(request.clone(), options).await?;
    match parse_body(&response.body) {
        Ok(value) => Ok(Page { response, value }),
        Err(source) => Err(decode_error(response, source)),
    }
}

/// Where the page after `page` is, or `None` on the last page.
fn next_request(
    cursor: &mut Cursor,
    request: &Request,
    page: &Page,
) -> Result<Option<Request>, Stop> {
    let spec = cursor.spec;
    if let Some(pointer) = spec.stop_when_false {
        if page.value.pointer(pointer) == Some(&Value::Bool(false)) {
            return Ok(None);
        }
    }

    match spec.next {
        NextPage::BodyLink { pointer } => match page.value.pointer(pointer).and_then(token_text) {
            Some(link) => follow_link(cursor, request, &link).map(Some),
            None => Ok(None),
        },
        NextPage::LinkHeader => {
            let link = page
                .response
                .headers
                .get_all(http::header::LINK)
                .iter()
                .filter_map(|value| value.to_str().ok())
                .find_map(next_link);
            match link {
                Some(link) => follow_link(cursor, request, link).map(Some),
                None => Ok(None),
            }
        }
        NextPage::BodyCursor { pointer, param } => {
            match page.value.pointer(pointer).and_then(token_text) {
                Some(token) => next_cursor(cursor, param, token).map(Some),
                None => Ok(None),
            }
        }
        NextPage::LastItem { pointer, param } => {
            let last = items_of(spec, &page.value)
                .and_then(|items| items.last())
                .and_then(|item| item.pointer(pointer))
                .and_then(token_text);
            match last {
                Some(token) => next_cursor(cursor, param, token).map(Some),
                None => Ok(None),
            }
        }
        NextPage::PageNumber { param, .. } => {
            let empty = items_of(spec, &page.value).is_none_or(|items| items.is_empty());
            if empty {
                return Ok(None);
            }
            cursor.page_number = cursor.page_number.saturating_add(1);
            Ok(Some(
                request
                    .clone()
                    .set_query(param, cursor.page_number.to_string()),
            ))
        }
    }
}

fn next_cursor(cursor: &mut Cursor, param: &str, token: String) -> Result<Request, Stop> {
    if !cursor.seen.insert(token.clone()) {
        return Err(Stop::Cycle(cursor.transport.redact(&token)));
    }
    Ok(cursor.first.clone().set_query(param, token))
}

/// Resolves a link against the base URL and checks it stays on that origin.
fn follow_link(cursor: &mut Cursor, request: &Request, link: &str) -> Result<Request, Stop> {
    let base = cursor.transport.base();
    let url = base.join(link).map_err(|error| {
        Stop::Invalid(format!("the next page link is not a valid url: {error}"))
    })?;
    if url.origin() != base.origin() {
        return Err(Stop::Invalid(format!(
            "the next page link points to another origin ({}), expected {}",
            url.origin().ascii_serialization(),
            base.origin().ascii_serialization()
        )));
    }
    // Compared without a query credential, in case the server echoes it.
    if !cursor
        .seen
        .insert(cursor.transport.without_credential(&url))
    {
        return Err(Stop::Cycle(cursor.transport.redact(link)));
    }
    Ok(request.clone().follow(url))
}

/// A cursor or link as text; `null`, missing and empty values end the list.
/// Webhook event names and ids are read the same way.
pub(crate) fn token_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn items_of<'a>(spec: &PagingSpec, value: &'a Value) -> Option<&'a Vec<Value>> {
    value.pointer(spec.items)?.as_array()
}

fn page_items<I: DeserializeOwned, E>(spec: &PagingSpec, page: &Page) -> Vec<Result<I, Error<E>>> {
    let decode_error = |source| Error::Decode {
        status: page.response.status,
        headers: page.response.headers.clone(),
        body: page.response.body.clone(),
        source,
    };
    let Some(items) = items_of(spec, &page.value) else {
        let message = format!("expected an array of items at `{}`", spec.items);
        return vec![Err(decode_error(serde::de::Error::custom(message)))];
    };
    let mut decoded = Vec::with_capacity(items.len());
    for item in items {
        decoded.push(match I::deserialize(item) {
            Ok(item) => Ok(item),
            Err(source) => Err(decode_error(source)),
        });
    }
    decoded
}

/// The target of the `rel="next"` entry in one `Link` header value (RFC 8288).
pub(crate) fn next_link(header: &str) -> Option<&str> {
    let mut rest = header;
    loop {
        let start = rest.find('<')?;
        let after = rest.get(start + 1..)?;
        let end = after.find('>')?;
        let target = after.get(..end)?.trim();
        let params = after.get(end + 1..)?;

        // Parameters run to the next comma outside a quoted string.
        let mut quoted = false;
        let mut cut = params.len();
        for (index, character) in params.char_indices() {
            match character {
                '"' => quoted = !quoted,
                ',' if !quoted => {
                    cut = index;
                    break;
                }
                _ => {}
            }
        }
        let (own, remaining) = params.split_at(cut);

        let is_next = own.split(';').any(|param| {
            param.split_once('=').is_some_and(|(key, value)| {
                key.trim().eq_ignore_ascii_case("rel")
                    && value
                        .trim()
                        .trim_matches('"')
                        .split_ascii_whitespace()
                        .any(|rel| rel.eq_ignore_ascii_case("next"))
            })
        });
        if is_next {
            return Some(target);
        }
        rest = remaining;
    }
}

#[cfg(test)]
mod tests {
    use super::next_link;

    #[test]
    fn next_link_finds_rel_next_among_several() {
        let header = r#"<https://api.example.com/items?page=1>; rel="first", <https://api.example.com/items?page=3>; rel="next""#;
        assert_eq!(
            next_link(header),
            Some("https://api.example.com/items?page=3")
        );
    }

    #[test]
    fn next_link_handles_unquoted_multi_valued_and_odd_spacing() {
        assert_eq!(next_link("</b>;rel=next"), Some("/b"));
        assert_eq!(next_link(r#"< /c >; REL="prev NEXT""#), Some("/c"));
        assert_eq!(
            next_link(r#"</a,b>; rel="first"; title="x, rel=next", </d>; rel="next""#),
            Some("/d")
        );
    }

    #[test]
    fn next_link_ignores_other_relations_and_garbage() {
        assert_eq!(next_link(r#"</a>; rel="nextish", </b>; rel="prev""#), None);
        assert_eq!(next_link(""), None);
        assert_eq!(next_link("<unterminated; rel=next"), None);
        assert_eq!(next_link("no brackets; rel=next"), None);
    }
}
