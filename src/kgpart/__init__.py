"""kgpart: a knowledge graph of academic partnerships, built from news about academic diplomacy."""

__version__ = "0.1.0"
