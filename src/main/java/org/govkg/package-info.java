/** govkg: Chinese local-government news in, an RDF knowledge graph in TDB2 out, served by Fuseki. */
package org.govkg;
