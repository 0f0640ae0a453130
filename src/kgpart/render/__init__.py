"""⑨ Render: what the graph becomes for people and other tools.

``page.py`` writes the network page (the look of each class in ``page_assets.py``, its
template, styles and script in ``assets/``), ``timeline.py`` the timeline page or chart,
``rdf.py`` RDF exports, ``build.py`` the main job (validate, draw, summarise).
"""
