/**
 * The read-only SPARQL endpoint: an embedded Fuseki over the TDB2 store, with a union default graph,
 * a SPARQL 1.1 Service Description and the Fuseki web UI. A DatasetGraph flows in; HTTP flows out.
 */
package org.govkg.server;
