"""Mock servers of the providers: a generic spec-driven engine plus one module per provider."""
