// Placeholder removed once GEOS/PROJ wrappers land.
