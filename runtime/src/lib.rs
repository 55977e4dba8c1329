//! Support code shared by every generated connector client.
