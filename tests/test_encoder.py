"""The exported ONNX encoder gives sentence-transformers' vectors, without importing torch."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

TEXTS = [
    "What happened to action 6?",
    "MARAC",
    "The MARAC repeat referral rate sits at 50%, this is as previously reported above the "
    "SafeLives recommended upper threshold of 40%. " * 3,
    "Leicestershire County Council 1,127,205",
    "Who chaired the December 2020 meeting?",
]


def test_onnx_vectors_match_sentence_transformers_on_padded_batches(encoder_dir):
    from boardqa.index.embed import SentenceTransformerEmbedder
    from boardqa.index.onnx_encoder import OnnxQueryEncoder

    onnx = OnnxQueryEncoder(encoder_dir).embed_documents(TEXTS, batch_size=5)
    reference = SentenceTransformerEmbedder().embed_documents(TEXTS)
    assert onnx.shape == (5, 384)
    assert np.abs(onnx - reference).max() < 1e-4
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)


def test_query_encoding_does_not_import_torch(encoder_dir):
    code = (
        "import sys; from pathlib import Path;"
        "from boardqa.index.onnx_encoder import OnnxQueryEncoder;"
        f"v = OnnxQueryEncoder(Path({str(encoder_dir)!r})).embed_query('action 6');"
        "assert v.shape == (384,);"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_optimised_graph_gives_the_exported_models_vectors(encoder_dir, tmp_path):
    # A fresh `boardqa ask` loads the graph optimised at index time (no optimising of its
    # own); an encoder exported before that file was kept loads the plain export.
    import shutil

    from boardqa.index.onnx_encoder import OPTIMISED, OnnxQueryEncoder

    assert (encoder_dir / OPTIMISED).exists()
    plain = tmp_path / "encoder"
    shutil.copytree(encoder_dir, plain)
    (plain / OPTIMISED).unlink()
    optimised = OnnxQueryEncoder(encoder_dir).embed_documents(TEXTS, batch_size=5)
    exported = OnnxQueryEncoder(plain).embed_documents(TEXTS, batch_size=5)
    assert np.abs(optimised - exported).max() < 1e-5
    assert not (plain / OPTIMISED).exists()  # answering never writes beside the index
