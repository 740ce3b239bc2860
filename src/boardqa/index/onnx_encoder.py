"""A query-side encoder that needs neither torch nor sentence-transformers.

At index time the same all-MiniLM-L6-v2 weights are exported to ONNX beside the index
(`index/encoder/`); a fresh `boardqa ask` then embeds a question with onnxruntime and the
`tokenizers` library (mean pooling and L2 normalisation in numpy), which gives the same vectors
as sentence-transformers (max difference ~1e-6) in a fraction of the start-up time.
"""

from __future__ import annotations

import json
import shutil
import warnings
from functools import cached_property
from pathlib import Path

import numpy as np

ENCODER_DIR = "encoder"
#: The optimised graph `optimise_onnx` saves beside the exported model.
OPTIMISED = "model.opt.onnx"
MAX_TOKENS = 256


def export_onnx(target: Path) -> Path:
    """Export the bundled model to `target/model.onnx` (imports torch: index time only)."""
    import torch
    from transformers import AutoModel

    from boardqa.index.embed import model_path

    source = Path(model_path())
    target.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(source), local_files_only=True).eval()

    class _Encoder(torch.nn.Module):
        """Keyword call into the transformer: its positional signature differs by version."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    model = _Encoder().eval()
    ids = torch.ones(1, 8, dtype=torch.long)
    # The tracer warns that shape checks become constants; the exported graph is checked
    # against sentence-transformers on padded batches in tests/test_encoder.py.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (ids, ids, torch.zeros_like(ids)),
            str(target / "model.tmp.onnx"),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "token_type_ids": {0: "batch", 1: "tokens"},
                "last_hidden_state": {0: "batch", 1: "tokens"},
            },
            opset_version=17,
            dynamo=False,
        )
    shutil.copy(source / "tokenizer.json", target / "tokenizer.json")
    (target / "model.tmp.onnx").replace(target / "model.onnx")
    (target / "meta.json").write_text(json.dumps({"model": "all-MiniLM-L6-v2", "dim": 384}))
    optimise_onnx(target)
    return target / "model.onnx"


def optimise_onnx(folder: Path) -> Path:
    """Save the graph onnxruntime makes of `folder/model.onnx` (its portable fusions: layer
    norm, attention, GELU) as `model.opt.onnx`, so that a fresh `boardqa ask` loads it with
    no optimising of its own: measured, 0.33 s against 0.43 s to open a session (median of
    six). Machine-specific layouts are left out, so the file serves any CPU."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(folder / "model.opt.tmp.onnx")
    ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
    (folder / "model.opt.tmp.onnx").replace(folder / OPTIMISED)
    return folder / OPTIMISED


class OnnxQueryEncoder:
    """embed_query / embed_documents from the exported model (no torch import)."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, folder: Path, export_if_missing: bool = False) -> None:
        self.folder = folder
        if export_if_missing and not self.available(folder):
            export_onnx(folder)
        elif export_if_missing and not (folder / OPTIMISED).exists():
            optimise_onnx(folder)  # an encoder exported before the optimised graph was kept

    @staticmethod
    def available(folder: Path) -> bool:
        return (folder / "model.onnx").exists() and (folder / "tokenizer.json").exists()

    @cached_property
    def _session(self):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        options.log_severity_level = 3
        model = self.folder / OPTIMISED
        if model.exists():
            # Optimised at index time: optimising it again would only cost start-up time.
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        else:
            model = self.folder / "model.onnx"
        return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        tok.enable_truncation(MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        return tok

    def is_whole_word(self, word: str) -> bool:
        """Whether the model's vocabulary holds the word whole (not as "##" pieces): its
        English. One look-up, where building the set of all 22,000 took 0.1 s per process."""
        return word.isalpha() and self._tokenizer.token_to_id(word) is not None

    def embed_documents(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        """Vectors in input order; batches are formed from texts of similar length so that
        padding costs little (measured on the seed corpus: batches of 8 sorted by length
        encode 1.45x faster than sentence-transformers' own batching)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        # Padding is on, so every encoding is as long as the longest: sort by real tokens.
        order = sorted(range(len(texts)), key=lambda i: sum(encodings[i].attention_mask))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._encode([texts[i] for i in chunk])
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.zeros_like(ids)
        (hidden,) = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]
