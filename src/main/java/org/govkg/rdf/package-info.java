/** Maps resolved documents to the ontology's RDF (Jena graphs); the only stage before the store that knows RDF. */
package org.govkg.rdf;
