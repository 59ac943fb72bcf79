"""Running programs: loading program files, the sandbox for untrusted source, normalization."""
