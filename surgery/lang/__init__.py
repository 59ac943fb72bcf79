"""Program artifacts: the primitives library, hand-written library programs, synthesized reference programs."""
