"""Running things: loading programs, the sandbox for untrusted source, normalization, and the executors
(local, Ray) that run the pieces of the heavy stages."""
