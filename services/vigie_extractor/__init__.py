"""The extractor service: a Faust agent that turns articles into actor/event signals."""
