"""Actors: the gazetteer, person names, group actors ("Russian forces") and references (pronouns, surnames,
descriptions) resolved to the actors they stand for."""
