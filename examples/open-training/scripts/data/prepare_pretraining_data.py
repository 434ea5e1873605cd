"""Turn raw JSONL documents into tokenized, deduplicated, packed training shards."""
import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH
from tokenizers import Tokenizer

SEQ_LEN = 2048


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=260)
    words = text.split()
    for i in range(len(words) - 4):
        m.update(" ".join(words[i : i + 5]).encode("utf-8"))
    return m


def keep(doc: dict) -> bool:
    words = doc["text"].split()
    if len(words) < 50:
        return False
    alpha = sum(c.isalpha() for c in doc["text"]) / max(len(doc["text"]), 1)
    return alpha >= 0.7 and doc.get("lang_score", 1.0) >= 0.65


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--tokenizer", type=Path, required=True)
    args = parser.parse_args()

    tokenizer = Tokenizer.from_file(str(args.tokenizer))
    lsh = MinHashLSH(threshold=0.8, num_perm=260)
    seen: set[str] = set()
    buffer: list[int] = []
    shard = 0
    args.output.mkdir(parents=True, exist_ok=True)

    for path in sorted(args.input.glob("*.jsonl")):
        with path.open() as f:
            for n, line in enumerate(f):
                doc = json.loads(line)
                if not keep(doc):
                    continue
                digest = hashlib.sha256(normalise(doc["text"]).encode()).hexdigest()
                if digest in seen:
                    continue
                seen.add(digest)
                sig = minhash(doc["text"])
                if lsh.query(sig):
                    continue
                lsh.insert(f"{path.name}:{n}", sig)
                buffer.extend(tokenizer.encode(doc["text"]).ids + [tokenizer.token_to_id("<eos>")])
                while len(buffer) >= SEQ_LEN * 4096:
                    chunk = np.array(buffer[: SEQ_LEN * 4096], dtype=np.uint16)
                    chunk.tofile(args.output / f"shard_{shard:05d}.bin")
                    buffer = buffer[SEQ_LEN * 4096 :]
                    shard += 1


if __name__ == "__main__":
    main()
