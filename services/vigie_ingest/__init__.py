"""Vigie's ingest service: feeds, push endpoint and files in; normalised, de-duplicated Articles out."""
