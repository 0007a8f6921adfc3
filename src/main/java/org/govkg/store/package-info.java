/** The TDB2 store: documents written in batches, each batch one transaction, each document all or nothing. */
package org.govkg.store;
