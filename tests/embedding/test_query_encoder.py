"""The lean query path gives encode()'s vectors, and steps aside for models it does not understand."""


from rag.embedding.query_encoder import BertQueryEncoder, fast_query_encoder


def test_unknown_layouts_are_not_supported():
    class Pooling:
        pooling_mode = "cls"

    class Transformer:
        auto_model = None

    assert not BertQueryEncoder.supports([Transformer(), Pooling()])  # wrong pooling, no BERT inside
    assert not BertQueryEncoder.supports(object())  # not even a module list
    assert fast_query_encoder(object()) is None
