"""Train geokg's English pipeline: ``python -m ingest.training.train``.

Background-friendly: logs go to ``build/model/train.log``, spaCy writes
``model-last`` and ``model-best`` at every evaluation, and ``--resume``
continues from ``model-last`` (weights are sourced from it). ``--install``
copies ``model-best`` into ``ingest/models/en_geokg`` where geokg loads it.
"""

from __future__ import annotations

import argparse
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


def install(best: Path, target: Path = INSTALL_DIR) -> Path:
    """Copy a trained pipeline into the package, dropping training-only files."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
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
