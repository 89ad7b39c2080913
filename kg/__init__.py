"""kg: a knowledge graph of Vietnamese officials, bodies, meetings, documents and metrics."""
