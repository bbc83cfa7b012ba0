"""A lean forward pass for one short text through a BERT-family sentence-transformers model (query embedding).

Why: for a single 15-token question, `SentenceTransformer.encode` spends about a quarter of its time in Python
(batching, feature dicts, attention-mask plumbing, per-module hooks). This path runs the same weights with a
handful of torch calls: Q, K and V in one matrix product, plain softmax attention, mean pooling.
It is only used when the model is a plain BERT encoder with mean pooling, and only after it has reproduced
`encode()` on probe texts; otherwise callers keep using `encode()`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# Probe texts of different lengths; the fast path must match encode() on all of them.
_PROBES = (
    "Hi",
    "How much did the crime prevention funding protection cost?",
    "Which borough councils wrote to the Mayor's Office for Policing and Crime about the closure of police "
    "front counters, and what did the Commissioner reply in his letter of November 2020?",
)
MIN_AGREEMENT = 0.9999  # cosine to encode()'s vector on every probe


class BertQueryEncoder:
    """Embed one text with a BERT encoder + mean pooling (+ normalisation), without encode()'s overhead."""

    def __init__(self, model: Any):
        import torch

        transformer, pooling = model[0], model[1]
        bert = transformer.auto_model
        config = bert.config
        self._torch = torch
        self._tokenizer = transformer.tokenizer
        self._max_length = int(transformer.max_seq_length or config.max_position_embeddings)
        self._lowercase = bool(getattr(transformer, "do_lower_case", False))
        self._heads = int(config.num_attention_heads)
        self._eps = float(config.layer_norm_eps)
        self._normalize = len(model) > 2
        del pooling  # checked by supports(); mean pooling needs no weights
        embeddings = bert.embeddings
        self._words = embeddings.word_embeddings.weight.detach()
        self._positions = embeddings.position_embeddings.weight.detach()
        self._token_type = embeddings.token_type_embeddings.weight.detach()[0]
        self._embedding_norm = (embeddings.LayerNorm.weight.detach(), embeddings.LayerNorm.bias.detach())
        self._layers = []
        for layer in bert.encoder.layer:
            attention = layer.attention
            q, k, v = attention.self.query, attention.self.key, attention.self.value
            self._layers.append(
                (
                    torch.cat([q.weight, k.weight, v.weight]).detach().contiguous(),
                    torch.cat([q.bias, k.bias, v.bias]).detach(),
                    attention.output.dense.weight.detach(),
                    attention.output.dense.bias.detach(),
                    attention.output.LayerNorm.weight.detach(),
                    attention.output.LayerNorm.bias.detach(),
                    layer.intermediate.dense.weight.detach(),
                    layer.intermediate.dense.bias.detach(),
                    layer.output.dense.weight.detach(),
                    layer.output.dense.bias.detach(),
                    layer.output.LayerNorm.weight.detach(),
                    layer.output.LayerNorm.bias.detach(),
                )
            )

    @staticmethod
    def supports(model: Any) -> bool:
        """True for Transformer(BertModel, absolute positions, GELU) -> mean Pooling [-> Normalize]."""
        try:
            modules = [type(m).__name__ for m in model]
            if modules not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
                return False
            bert = model[0].auto_model
            config = bert.config
            pooling = model[1]
            mode = getattr(pooling, "pooling_mode", None)
            if mode is None:  # older sentence-transformers keep one flag per mode
                mode = "mean" if getattr(pooling, "pooling_mode_mean_tokens", False) else "other"
            return (
                type(bert).__name__ == "BertModel"
                and getattr(config, "position_embedding_type", "absolute") == "absolute"
                and config.hidden_act == "gelu"
                and mode == "mean"
            )
        except Exception:  # any unexpected model layout: not ours to speed up
            return False

    def embed(self, text: str) -> np.ndarray:
        """The float32 sentence vector for one text, as encode() would give it."""
        return self.embed_with_tokens(text)[0]

    def embed_with_tokens(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sentence vector, the last layer's token vectors, token ids) for one text."""
        torch = self._torch
        functional = torch.nn.functional
        if self._lowercase:
            text = text.lower()
        norm = functional.layer_norm
        with torch.inference_mode():
            ids = self._tokenizer(text, truncation=True, max_length=self._max_length)["input_ids"]
            ids = torch.tensor(ids, dtype=torch.long)
            n = ids.shape[0]
            x = self._words[ids] + self._positions[:n] + self._token_type
            width = x.shape[-1]
            x = norm(x, (width,), *self._embedding_norm, self._eps)
            head_dim = width // self._heads
            scale = head_dim**-0.5
            for qkv_w, qkv_b, out_w, out_b, ln1_w, ln1_b, up_w, up_b, down_w, down_b, ln2_w, ln2_b in self._layers:
                qkv = functional.linear(x, qkv_w, qkv_b).view(n, 3, self._heads, head_dim).permute(1, 2, 0, 3)
                # Plain softmax(QK^T)V: for one short unpadded text, scaled_dot_product_attention takes its
                # generic "math" path with masking checks: 116 us a layer here against 59 us for these calls.
                weights = torch.softmax(torch.bmm(qkv[0] * scale, qkv[1].transpose(1, 2)), dim=-1)
                attended = torch.bmm(weights, qkv[2]).permute(1, 0, 2).reshape(n, width)
                x = norm(functional.linear(attended, out_w, out_b) + x, (width,), ln1_w, ln1_b, self._eps)
                hidden = functional.gelu(functional.linear(x, up_w, up_b))
                x = norm(functional.linear(hidden, down_w, down_b) + x, (width,), ln2_w, ln2_b, self._eps)
            vector = x.mean(0)
            if self._normalize:
                vector = functional.normalize(vector, dim=0)
            return vector.numpy().astype(np.float32), x.numpy(), ids.numpy()


def fast_query_encoder(model: Any) -> BertQueryEncoder | None:
    """A BertQueryEncoder for `model` if it supports one and reproduces encode() on the probes, else None."""
    if not BertQueryEncoder.supports(model):
        return None
    try:
        encoder = BertQueryEncoder(model)
        reference = model.encode(list(_PROBES), normalize_embeddings=False, show_progress_bar=False)
        for text, expected in zip(_PROBES, reference):
            got = encoder.embed(text)
            cosine = float(np.dot(got, expected) / (np.linalg.norm(got) * np.linalg.norm(expected)))
            if cosine < MIN_AGREEMENT:
                return None
    except Exception:  # a layout we misread: fall back to encode()
        return None
    return encoder
