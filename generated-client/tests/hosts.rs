//! Which server the generated Kustomer client talks to: the org host checked
//! against the spec's pattern, the regional hosts, and a base URL override.

use kustomer::{BuildError, Client, Host};

const KEY: &str = "eyJhbGciOiJIUzI1NiJ9.host-test-key.Zq9w";

#[test]
fn the_org_host_puts_the_org_name_in_the_subdomain() {
    assert_eq!(
        Host::org("acme").url().expect("a valid org name"),
        "https://acme.api.kustomerapp.com"
    );
    assert_eq!(
        Host::org("acme-support-2")
            .url()
            .expect("hyphens inside are allowed"),
        "https://acme-support-2.api.kustomerapp.com"
    );
}

#[test]
fn regional_hosts_have_fixed_urls() {
    let urls: Vec<String> = [Host::Us, Host::Eu, Host::India]
        .iter()
        .map(|host| host.url().expect("a regional host needs no value"))
        .collect();
    assert_eq!(
        urls,
        [
            "https://api.kustomerapp.com",
            "https://api.prod2.kustomerapp.com",
            "https://api.prod4.kustomerapp.com",
        ]
    );
}

#[test]
fn an_org_name_outside_the_pattern_is_a_build_error() {
    for org in [
        "acme.evil.com/x",
        "",
        "-acme",
        "acme_support",
        "acme@evil.com",
        "acme.evil.com",
    ] {
        let error = Host::org(org)
            .url()
            .expect_err("an org name that fails the pattern");
        match &error {
            BuildError::InvalidHostVariable { name, value, .. } => {
                assert_eq!(name, "org");
                assert_eq!(value, org);
            }
            other => panic!("expected InvalidHostVariable for {org:?}, got {other:?}"),
        }

        let built = Client::builder().host(Host::org(org)).api_key(KEY).build();
        assert!(
            matches!(built, Err(BuildError::InvalidHostVariable { .. })),
            "building a client for {org:?} must fail before any request: {built:?}"
        );
    }
}

#[test]
fn a_client_without_a_host_is_a_build_error() {
    // The default server needs an org name, so there is nothing to fall back to.
    let built = Client::builder().api_key(KEY).build();
    assert!(
        matches!(built, Err(BuildError::InvalidBaseUrl(_))),
        "{built:?}"
    );
}

#[test]
fn a_client_for_a_host_shows_its_url_but_never_its_key() {
    let client = Client::builder()
        .host(Host::org("acme"))
        .api_key(KEY)
        .build()
        .expect("a valid org builds");
    let shown = format!("{client:?}");
    assert!(
        shown.contains("https://acme.api.kustomerapp.com"),
        "{shown}"
    );
    assert!(!shown.contains(KEY), "{shown}");

    let builder = Client::builder().host(Host::Eu).api_key(KEY);
    assert!(!format!("{builder:?}").contains(KEY));
}

#[test]
fn a_base_url_overrides_the_host() {
    let client = Client::builder()
        .host(Host::org("acme.evil.com/x"))
        .base_url("http://127.0.0.1:9/")
        .api_key(KEY)
        .build()
        .expect("the base url wins over the host");
    assert!(format!("{client:?}").contains("http://127.0.0.1:9"));

    let built = Client::builder().base_url("not a url").api_key(KEY).build();
    assert!(
        matches!(built, Err(BuildError::InvalidBaseUrl(_))),
        "{built:?}"
    );
}

#[test]
fn credentials_written_into_a_base_url_never_show() {
    let builder = kustomer::Client::builder()
        .base_url("http://sync:pw-hunter2@127.0.0.1:9")
        .api_key("k");
    let shown = format!("{builder:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("127.0.0.1:9"), "{shown}");
    let client = builder.build().expect("builds");
    let shown = format!("{client:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
}
