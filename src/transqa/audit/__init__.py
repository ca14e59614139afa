"""Audits of many translations: discover pairs → check them in parallel (or on Dask) with a result store → summarise."""
