"""kgpart: a knowledge graph of academic partnerships."""
