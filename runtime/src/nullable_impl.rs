//! TODO(module doc)
