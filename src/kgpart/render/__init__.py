"""⑨ Render: what the graph becomes for people and other tools.

``page.py`` writes the network page (its look and script in ``page_assets.py``),
``timeline.py`` the timeline page or chart, ``rdf.py`` RDF exports, ``build.py`` the main job
(validate, draw, summarise).
"""
