"""head-surgery: attention heads as readable Python programs."""
