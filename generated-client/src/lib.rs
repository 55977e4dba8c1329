//! Kustomer client.
